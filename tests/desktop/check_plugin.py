"""Run inside the real QGIS desktop (qgis --code): check the plugin, open its panel, screenshot, quit.

Writes a JSON report to $BD_RESULT_JSON and the main window to $BD_SCREENSHOT.
"""

import builtins
import os
import traceback

from desktop_report import finish, maximize
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar
from qgis.utils import active_plugins, iface, plugins

report = {"errors": list(getattr(builtins, "BD_LOGGED_ERRORS", []))}




def screenshot():
    try:
        window = iface.mainWindow()
        report["screenshot_saved"] = window.grab().save(os.environ["BD_SCREENSHOT"], "PNG")
        dock = [d for d in window.findChildren(QDockWidget) if d.objectName() == "BdBiodiversityDock"]
        report["dock_visible"] = bool(dock) and dock[0].isVisible()
        report["dock_title"] = dock[0].windowTitle() if dock else None
        report["dock_province_count"] = dock[0].provinceCombo.count() if dock else 0
        report["dock_province_chosen"] = dock[0].provinceCombo.currentData() if dock else None
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
    finish(report)


def check():
    try:
        window = iface.mainWindow()
        report["qgis_version"] = QgsApplication.instance().applicationVersion() if hasattr(
            QgsApplication.instance(), "applicationVersion") else ""
        report["plugin_loaded"] = "bd_qgis_plugin" in plugins
        report["plugin_active"] = "bd_qgis_plugin" in active_plugins
        menus = [m for m in window.findChildren(QMenu) if m.objectName() == "mBdBiodiversityMenu"]
        report["menu_title"] = menus[0].title() if menus else None
        report["menu_actions"] = [a.text() for a in menus[0].actions()] if menus else []
        report["menu_in_menubar"] = bool(menus) and menus[0].menuAction() in window.menuBar().actions()
        toolbars = [t for t in window.findChildren(QToolBar) if t.objectName() == "mBdBiodiversityToolBar"]
        report["toolbar_visible"] = bool(toolbars) and toolbars[0].isVisible()
        provider = QgsApplication.processingRegistry().providerById("bd")
        report["provider"] = provider.name() if provider else None
        report["algorithms"] = [a.id() for a in provider.algorithms()] if provider else []
        plugins["bd_qgis_plugin"].panel_action.trigger()  # as a user clicks the toolbar button
        maximize(window)
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
    QTimer.singleShot(2500, screenshot)


QTimer.singleShot(3000, check)
QTimer.singleShot(90000, finish)  # never hang the test
