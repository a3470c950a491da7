"""Shared test set-up: tests import the plugin straight from the checkout (the checkout is the plugin).

The compiled parts (`make compile`: C cost search, translations, ext_libs) are built in place; only the
package and desktop tests use the zip that `make package` makes.

pytest-qgis (2.1.x, the line documented for QGIS < 3.34) starts a headless
QgsApplication and gives the `qgis_app`, `qgis_iface`, `qgis_processing` fixtures.
"""

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pyproj inside the venv looks for PROJ's data under the venv prefix; Debian keeps it here.
if os.path.exists("/usr/share/proj/proj.db"):
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
# A throwaway home, so QGIS settings and user CRSs written by tests never reach a real profile.
# Set before pytest-qgis creates the QgsApplication.
os.environ["HOME"] = tempfile.mkdtemp(prefix="bd-test-home-")
os.environ.setdefault("XDG_RUNTIME_DIR", os.path.join(os.environ["HOME"], "runtime"))
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
# QGIS' own Python plugins (the `processing` package) live here on Debian.
for qgis_plugins in ("/usr/share/qgis/python/plugins",):
    if os.path.isdir(qgis_plugins) and qgis_plugins not in sys.path:
        sys.path.append(qgis_plugins)

from postgis_server import postgis_db, postgis_server  # noqa: E402,F401  (fixtures)


@pytest.fixture(scope="session")
def sample_dir():
    """The real Sentinel-2 sample scene, as `make sample-data` obtains it into .cache/ (never the shared folder)."""
    path = Path(os.environ.get("BD_SAMPLE_DIR", ROOT / ".cache" / "sample_data"))
    stack = path / "S2_L1C_18SVG_20160112_20m_10band.tif"
    if not stack.exists():
        pytest.fail(f"sample scene missing at {stack}: run `make sample-data` (make test does it)")
    return path


@pytest.fixture(scope="session")
def iface(qgis_iface):
    """pytest-qgis' iface, with the dock methods it lacks routed to its real QMainWindow."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    window = qgis_iface.mainWindow()
    qgis_iface.addDockWidget = lambda area, dock: window.addDockWidget(area, dock)
    qgis_iface.removeDockWidget = lambda dock: window.removeDockWidget(dock)
    # QGIS 3.40's Processing post-processing asks the iface for its layer tree view, which pytest-qgis 2.1's
    # iface lacks: a real view on the project's layer tree, as QGIS' main window has.
    view = QgsLayerTreeView(window)
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    # Processing's algorithm dialog gives its widgets the browser model of QGIS' main window (data sources)
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel(window)
    qgis_iface.browserModel = lambda: browser
    return qgis_iface


@pytest.fixture(scope="module")
def bd_plugin(qgis_app, iface, qgis_processing):
    """The real plugin, loaded through classFactory as QGIS does, with its GUI and provider."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    import bd_qgis_plugin

    plugin = bd_qgis_plugin.classFactory(iface)
    plugin.initGui()
    yield plugin
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what QGIS' event loop does next


_HOSTILE = {}


def pytest_runtest_logreport(report):
    """Count the hostile-input cases (tests marked ``hostile``) by outcome, for the summary below."""
    if "hostile" in report.keywords and (report.when == "call" or report.outcome != "passed"):
        _HOSTILE[report.nodeid] = report.outcome if report.when == "call" or report.outcome == "failed" \
            else _HOSTILE.get(report.nodeid, report.outcome)


def pytest_terminal_summary(terminalreporter):
    if _HOSTILE:
        passed = sum(1 for outcome in _HOSTILE.values() if outcome == "passed")
        terminalreporter.write_line(f"hostile-input cases: {len(_HOSTILE)} tried, {passed} passed, "
                                    f"{len(_HOSTILE) - passed} failed")
