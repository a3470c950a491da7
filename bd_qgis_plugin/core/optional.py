"""Optional third-party packages: imported on first use, from the installed copy or the plugin's bundled wheels.

No module of the plugin imports scipy or psycopg2 when it is loaded: :func:`lazy_module` stands for the module
and imports it at the first attribute access, so the Processing provider loads on a Python that lacks them and
only the work that needs one stops, with :class:`~.errors.MissingPackageError` (the package and the command
that installs it, from ``bd_qgis_plugin.dependencies``).

The plugin carries some packages in ``ext_libs/<abi>-<platform>/`` (scripts/bundle_ext_libs.py). An installed
copy always wins: the bundled folder is appended to ``sys.path``, after everything else, and only
when the package cannot be imported otherwise. The folder is chosen by the running Python's ABI (cp311, cp312,
cp313) and platform (linux_x86_64, win_amd64), so one plugin zip serves QGIS on Debian 12 and 13 and on Windows.
"""

import importlib
import json
import os
import platform
import sys

from ..paths import EXT_LIBS_DIR
from .errors import MissingPackageError

_MACHINES = {"x86_64": "x86_64", "amd64": "x86_64"}


def platform_tag():
    """'linux_x86_64', 'win_amd64', or None where the plugin bundles nothing (macOS, ARM)."""
    machine = _MACHINES.get(platform.machine().lower())
    if machine is None:
        return None
    if sys.platform.startswith("linux"):
        return "linux_x86_64"
    if sys.platform == "win32":
        return "win_amd64"
    return None


def abi_tag():
    return f"cp{sys.version_info.major}{sys.version_info.minor}"


def bundled_folder(ext_libs=EXT_LIBS_DIR):
    """The ext_libs sub-folder for this Python and platform, or None when the plugin has none for it."""
    tag = platform_tag()
    folder = os.path.join(ext_libs, f"{abi_tag()}-{tag}") if tag else None
    return folder if folder and os.path.isdir(folder) else None


def bundled_versions(ext_libs=EXT_LIBS_DIR):
    """{'<abi>-<platform>': {package: version}} from ext_libs/manifest.json ({} without one)."""
    try:
        with open(os.path.join(ext_libs, "manifest.json"), encoding="utf-8") as fh:
            return {tag: {name: entry["version"] for name, entry in packages.items()}
                    for tag, packages in json.load(fh).items()}
    except (OSError, ValueError, KeyError):
        return {}


def import_optional(name, ext_libs=EXT_LIBS_DIR):
    """The module ``name``: installed first, else from the bundled folder; None when neither imports."""
    try:
        return importlib.import_module(name)
    except ImportError:
        folder = bundled_folder(ext_libs)
        if folder is None:
            return None
        if folder not in sys.path:
            sys.path.append(folder)
            importlib.invalidate_caches()
        try:
            return importlib.import_module(name)
        except ImportError:
            return None


class LazyModule:
    """Stands for the module ``name`` (of the optional package ``package``) until an attribute is used."""

    def __init__(self, name, package):
        self._name, self._package, self._module = name, package, None

    def __getattr__(self, attribute):
        if self._module is None:
            try:
                self._module = importlib.import_module(self._name)
            except ImportError as exc:
                raise MissingPackageError(self._package) from exc
        return getattr(self._module, attribute)

    def __repr__(self):
        return f"<lazy module {self._name}>"


def lazy_module(name, package=None):
    """A :class:`LazyModule` for ``name``; ``package`` is its key in dependencies.PACKAGES (its top level)."""
    return LazyModule(name, package or name.split(".")[0])
