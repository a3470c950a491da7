"""Shared by the check scripts that run inside the real QGIS desktop (``qgis --code``): the JSON report.

The startup hook puts this folder on ``sys.path`` ($BD_DESKTOP_DIR); errors QGIS reported (startup_hook.py)
and the script's own are written with the report to $BD_RESULT_JSON, and QGIS quits without asking to save.
"""

import builtins
import json
import os

from qgis.core import QgsProject
from qgis.PyQt.QtGui import QGuiApplication


def finish(report):
    report["errors"] = list(getattr(builtins, "BD_LOGGED_ERRORS", [])) + report.get("script_errors", [])
    with open(os.environ["BD_RESULT_JSON"], "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False, indent=1)
    QgsProject.instance().setDirty(False)
    os._exit(0)  # the report is written; a clean Qt shutdown adds nothing to the check


def maximize(window):
    """Fill the screen: under Xvfb there is no window manager, so showMaximized() alone leaves the window at
    its natural size, which differs between QGIS versions (919 px wide on 3.40 here)."""
    window.showMaximized()
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
