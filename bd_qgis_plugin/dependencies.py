"""Optional Python packages: which are missing, and the exact command that installs them (no Qt, no QGIS).

QGIS' installers bundle numpy and GDAL everywhere, but not always scipy, scikit-learn, scikit-image or
psycopg2 (the Windows installers ship neither scikit-learn nor scikit-image). No module of the plugin imports
them at load time, so the provider always loads; an algorithm that needs one declares it (``REQUIRES``) and
stops before any work with :func:`missing_message`, which names the package and gives the command for the
user's platform. The plugin menu's "Install missing packages" runs :func:`pip_command` into
:func:`install_folder`, a folder of the QGIS profile put on ``sys.path`` by :func:`activate_install_folder`:
``pip install --user`` is refused by Debian's "externally managed" system Python (PEP 668), a ``--target``
folder needs no rights on any platform.
"""

import importlib
import importlib.util
import os
import platform
import sys
from dataclasses import dataclass

from .core.errors import Message


@dataclass(frozen=True)
class Package:
    module: str  # what is imported
    pip: str  # the PyPI distribution
    debian: str  # the Debian package of the system Python
    why: str  # what it is for, shown to the user (translatable)


#: The optional packages, by import name. The pip names are the distributions of requirements-optional.txt.
PACKAGES = {
    "scipy": Package("scipy", "scipy", "python3-scipy",
                     "sparse solvers of current flow, cost search fallback, majority filter"),
    "sklearn": Package("sklearn", "scikit-learn", "python3-sklearn", "habitat and benthic classifiers"),
    "skimage": Package("skimage", "scikit-image", "python3-skimage",
                       "cost search where the compiled library is missing"),
    "psycopg2": Package("psycopg2", "psycopg2-binary", "python3-psycopg2", "the PostGIS provincial database"),
    # QGIS ships matplotlib (Debian's python3-qgis-common depends on it); without it only the charts are left out
    "matplotlib": Package("matplotlib", "matplotlib", "python3-matplotlib", "charts of the habitat trend report"),
}
#: The folder name inside the QGIS profile's python/ folder.
INSTALL_FOLDER_NAME = "bd_qgis_plugin_packages"


def is_available(module):
    """True when ``module`` can be imported (without importing it)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing(modules):
    """The :class:`Package` of each of ``modules`` that cannot be imported, in order."""
    return [PACKAGES[m] for m in modules if not is_available(m)]


def system_kind():
    """'windows', 'debian', 'macos' or 'other': decides which install command is shown."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if os.path.exists("/etc/debian_version"):
        return "debian"
    return "other"


def install_command(packages, kind=None):
    """The exact command a user runs to install ``packages`` on this platform."""
    kind = kind or system_kind()
    if kind == "windows":  # in the OSGeo4W Shell that comes with QGIS
        return "python -m pip install --user " + " ".join(p.pip for p in packages)
    if kind == "debian":
        return "sudo apt install " + " ".join(p.debian for p in packages)
    return f"{os.path.basename(sys.executable) or 'python3'} -m pip install --user " + " ".join(p.pip for p in packages)


def missing_message(packages, kind=None):
    """The translatable message an algorithm stops with when ``packages`` are missing."""
    kind = kind or system_kind()
    names = ", ".join(p.pip for p in packages)  # (what each is for stays out: it would not be translated)
    command = install_command(packages, kind)
    if kind == "windows":
        return Message("This needs the Python package(s) {names}, which QGIS' Python does not have. Install them "
                       "with the plugin menu Biodiversity (ĐDSH) › Install missing packages, or in the OSGeo4W "
                       "Shell: {command}. Then restart QGIS.", names=names, command=command)
    return Message("This needs the Python package(s) {names}, which QGIS' Python does not have. Install them with "
                   "the plugin menu Biodiversity (ĐDSH) › Install missing packages, or in a terminal: {command}. "
                   "Then restart QGIS.", names=names, command=command)


def install_folder(profile_dir):
    """Where "Install missing packages" puts them: ``<profile>/python/bd_qgis_plugin_packages``."""
    return os.path.join(profile_dir, "python", INSTALL_FOLDER_NAME)


def activate_install_folder(folder):
    """Put ``folder`` on ``sys.path`` (after QGIS' own site-packages) when it exists; True if it was added."""
    if os.path.isdir(folder) and folder not in sys.path:
        sys.path.append(folder)
        importlib.invalidate_caches()
        return True
    return False


def python_executable():
    """The Python interpreter QGIS runs (inside QGIS ``sys.executable`` is the QGIS binary itself)."""
    exe = sys.executable
    if os.path.basename(exe).lower().startswith("python"):
        return exe
    if sys.platform == "win32":  # QGIS for Windows: <prefix>/bin/qgis-ltr-bin.exe, Python in <prefix>/bin
        candidate = os.path.join(sys.exec_prefix, "python.exe")
        if os.path.exists(candidate):
            return candidate
    candidate = os.path.join(sys.exec_prefix, "bin", f"python{sys.version_info.major}.{sys.version_info.minor}")
    return candidate if os.path.exists(candidate) else "python3"


def pip_command(packages, folder, find_links=None):
    """The pip command line that installs ``packages`` into ``folder`` for this Python (ABI and platform).

    ``find_links`` installs from a local wheel folder only (offline sites; the tests).
    """
    command = [python_executable(), "-m", "pip", "install", "--disable-pip-version-check", "--no-input",
               "--only-binary", ":all:", "--upgrade-strategy", "only-if-needed", "--target", folder]
    if find_links:
        command += ["--no-index", "--find-links", find_links]
    # numpy comes with QGIS and its compiled modules are built against it: never replace it.
    command += ["--no-deps"] if find_links else []
    return command + [p.pip for p in packages]


def platform_label():
    return f"Python {platform.python_version()} ({sys.platform}, {platform.machine()})"
