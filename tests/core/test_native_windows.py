"""The Windows DLL of the C cost search gives byte-identical results to the Linux library.

``make compile`` cross-compiles grid_dijkstra.c with mingw-w64; a small C harness (tests/native/harness_win.c)
loads that very DLL with LoadLibrary and runs it under wine on the same inputs as the .so, called through
ctypes as the plugin calls it.
"""

import ctypes
import os
import shutil
import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest

from bd_qgis_plugin.core import native

NATIVE = Path(native.__file__).parent
HARNESS = Path(__file__).resolve().parents[1] / "native" / "harness_win.c"
LENGTHS = np.array([1, 2 ** 0.5] * 4 + [5 ** 0.5] * 8, dtype="float64")


@pytest.fixture(scope="module")
def wine_harness(tmp_path_factory):
    for tool in ("x86_64-w64-mingw32-gcc", "wine"):
        assert shutil.which(tool), f"{tool} is missing: `make setup` installs gcc-mingw-w64-x86-64 and wine"
    dll = NATIVE / "bd_grid_dijkstra.dll"
    assert dll.exists(), f"{dll} is missing: run `make compile`"
    folder = tmp_path_factory.mktemp("wine")
    exe = folder / "harness_win.exe"
    subprocess.run(["x86_64-w64-mingw32-gcc", "-O2", "-Wall", "-Werror", "-o", str(exe), str(HARNESS)], check=True)
    env = dict(os.environ, WINEPREFIX=str(folder / "prefix"), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")

    def run(rows, cols, resistance, start, neighbours, max_cost, allocation):
        given = folder / "in.bin"
        with open(given, "wb") as fh:
            fh.write(struct.pack("<qqiid", rows, cols, neighbours, allocation is not None, max_cost))
            fh.write(LENGTHS.tobytes() + resistance.tobytes() + start.tobytes())
            if allocation is not None:
                fh.write(allocation.tobytes())
        got = folder / "out.bin"
        subprocess.run(["wine", str(exe), str(dll), str(given), str(got)], check=True, env=env, timeout=180,
                       capture_output=True)
        data = got.read_bytes()
        n = rows * cols
        status, settled = struct.unpack_from("<iq", data)
        cost = np.frombuffer(data, "float64", n, 12)
        step = np.frombuffer(data, "int8", n, 12 + 8 * n)
        alloc = np.frombuffer(data, "int32", n, 12 + 9 * n) if allocation is not None else None
        return status, settled, cost, step, alloc

    return run


def pointer(array):
    return array.ctypes.data_as(ctypes.c_void_p) if array is not None else None


def run_linux(rows, cols, resistance, start, neighbours, max_cost, allocation):
    function = native.grid_dijkstra()
    assert function is not None, native.load_error()
    cost = np.empty(rows * cols, "float64")
    step = np.empty(rows * cols, "int8")
    alloc = allocation.copy() if allocation is not None else None
    cancel, settled = ctypes.c_int32(0), ctypes.c_int64(0)
    status = function(rows, cols, pointer(resistance), pointer(start), neighbours, pointer(LENGTHS), max_cost,
                      pointer(cost), pointer(step), pointer(alloc), ctypes.byref(cancel), ctypes.byref(settled))
    return status, settled.value, cost, step, alloc


@pytest.mark.parametrize("neighbours, max_cost, barriers, with_allocation, spread", [
    (8, np.inf, False, False, 100.0),
    (16, np.inf, True, True, 100.0),
    (8, 5e7, True, True, 1e6),  # wide range: the binary heap instead of the bucket queue
    (16, 300.0, False, True, 5.0),
])
def test_windows_dll_matches_the_linux_library_byte_for_byte(wine_harness, neighbours, max_cost, barriers,
                                                              with_allocation, spread):
    rows, cols = 60, 75
    rng = np.random.default_rng(neighbours + int(spread))
    resistance = rng.uniform(1.0, spread, (rows, cols)).astype("float32")
    if barriers:
        resistance[30, 5:70] = np.inf
        resistance[rng.random((rows, cols)) < 0.05] = np.inf
    start = np.zeros((rows, cols), "uint8")
    allocation = np.zeros((rows, cols), "int32") if with_allocation else None
    for ident, (r, c) in enumerate([(3, 4), (50, 60), (10, 70), (55, 2)], start=1):
        resistance[r, c] = 1.0
        start[r, c] = 1
        if allocation is not None:
            allocation[r, c] = ident
    args = (rows, cols, resistance.ravel(), start.ravel(), neighbours, max_cost,
            allocation.ravel() if allocation is not None else None)
    linux = run_linux(*args)
    windows = wine_harness(*args)
    assert linux[0] == windows[0] == 0
    assert linux[1] == windows[1] > 100
    reached = np.isfinite(windows[2])
    assert reached.sum() > 100 and (np.isfinite(max_cost) or barriers or reached.all())
    assert linux[2].tobytes() == windows[2].tobytes()
    assert linux[3].tobytes() == windows[3].tobytes()
    if with_allocation:
        assert linux[4].tobytes() == windows[4].tobytes()
        assert set(np.unique(windows[4])) <= {0, 1, 2, 3, 4}
