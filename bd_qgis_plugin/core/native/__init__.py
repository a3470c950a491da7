"""Compiled helpers, loaded with ctypes (no Python headers, no build step at run time).

``make compile`` builds ``grid_dijkstra.c`` next to this file twice: ``libbd_grid_dijkstra.so`` for Linux (gcc)
and ``bd_grid_dijkstra.dll`` for Windows x86-64 (mingw-w64); :data:`LIBRARY` is the one for this platform.
Where the library is missing or cannot be loaded (a plugin zip on another platform), :func:`grid_dijkstra`
returns None and :func:`load_error` says why; the callers then use their library fallback, which gives the
same results more slowly.
"""

import ctypes
import os
import sys

#: The compiled file for this platform (a macOS build does not exist yet: the fallback runs there).
LIBRARY = "bd_grid_dijkstra.dll" if sys.platform == "win32" else "libbd_grid_dijkstra.so"
_loaded = {}


def _load():
    if "function" in _loaded:
        return _loaded["function"]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), LIBRARY)
    function = None
    try:
        function = ctypes.CDLL(path).bd_grid_dijkstra
    except (OSError, AttributeError) as exc:
        _loaded["error"] = f"{path}: {exc}"
    if function is not None:
        pointer = ctypes.c_void_p
        function.argtypes = [ctypes.c_int64, ctypes.c_int64, pointer, pointer, ctypes.c_int, pointer,
                             ctypes.c_double, pointer, pointer, pointer, pointer, pointer]
        function.restype = ctypes.c_int
    _loaded["function"] = function
    return function


def grid_dijkstra():
    """The C function ``bd_grid_dijkstra`` (see grid_dijkstra.c for its arguments), or None."""
    if os.environ.get("BD_NO_NATIVE"):  # to compare with the library fallback (tests, benchmarks)
        return None
    return _load()


def load_error():
    """Why the compiled library could not be loaded (None when it loads)."""
    _load()
    return _loaded.get("error")
