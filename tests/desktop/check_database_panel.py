"""Run inside the real QGIS desktop (qgis --code): open the panel's Push tab, push a layer and a thematic map (a
print layout of the project, exported on the fly) into the embedded GeoPackage through the panel (QgsTask), then
measure where the dock, its Push button and its status line are on the screen, screenshot the screen (Push tab,
then History), quit. Report to $BD_RESULT_JSON."""

import os
import sys
import traceback

from desktop_report import finish, maximize
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.utils import iface, plugins

sys.path.append(os.path.dirname(os.environ["BD_DESKTOP_DIR"]))  # tests/: the print layout the plugin tests use
from db_helpers import cam_ranh_squares, print_layout  # noqa: E402

report = {"errors": []}
state = {}
LAYOUT = "Bản đồ sinh cảnh Cam Ranh"


def rect(widget):
    """[x, y, width, height] of ``widget`` on the screen."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def measure(key):
    dock, window = state["dock"], iface.mainWindow()
    screen = QGuiApplication.primaryScreen().geometry()
    report[key] = {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "window": [window.frameGeometry().x(), window.frameGeometry().y(), window.frameGeometry().width(),
                   window.frameGeometry().height()],
        "dock": rect(dock), "dock_minimum": [dock.minimumSizeHint().width(), dock.minimumSizeHint().height()],
        "push_button": rect(dock.pushButton), "status": rect(dock.statusLabel),
        "push_visible": dock.pushButton.isVisible(), "status_visible": dock.statusLabel.isVisible(),
        "tab": dock.tabs.tabText(dock.tabs.currentIndex())}


def screen_shot(path):
    return QGuiApplication.primaryScreen().grabWindow(0).save(path, "PNG")


def history_shot():
    try:
        dock = state["dock"]
        table = dock.historyTable
        report["history"] = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
                             for r in range(table.rowCount())]
        report["history_headers"] = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        from bd_qgis_plugin.gui.database_panel import HISTORY_COLUMNS

        report["history_columns"] = list(HISTORY_COLUMNS)
        if table.rowCount():  # the times in view, for the screenshot
            table.scrollToItem(table.item(0, HISTORY_COLUMNS.index("pushed_at")))
        measure("history_geometry")
        QTimer.singleShot(500, history_grab)  # drawn scrolled first
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
        finish(report)


def history_grab():
    try:
        report["history_screenshot_saved"] = screen_shot(os.environ["BD_SCREENSHOT"].replace(".png", "_history.png"))
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
    finish(report)


def screenshot(push_report=None):
    try:
        dock = state["dock"]
        report["push_report"] = [[name, getattr(result, "table_name", None) or getattr(result, "format", None)
                                  if result else None, error] for name, result, error in (push_report or [])]
        report["report_text"] = dock.reportText.toPlainText()
        report["history_rows"] = dock.historyTable.rowCount()
        report["checks"] = [dock.checksList.item(i).text() for i in range(dock.checksList.count())]
        report["status_text"] = dock.statusLabel.text()
        report["message_bar"] = [[int(item.level()), item.text()] for item in iface.messageBar().items()]
        measure("geometry")
        report["screenshot_saved"] = screen_shot(os.environ["BD_SCREENSHOT"])
        dock.tabs.setCurrentWidget(dock.historyTab)
        QTimer.singleShot(800, history_shot)  # History refreshes as it is shown
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
        finish(report)


def start():
    try:
        window = iface.mainWindow()
        maximize(window)
        project = QgsProject.instance()
        added = project.addMapLayer(cam_ranh_squares("Rừng ngập mặn Thủy Triều"))
        print_layout(project, LAYOUT, added)
        iface.mapCanvas().setExtent(added.extent())
        dock = plugins["bd_qgis_plugin"].toggle_panel(True)
        state["dock"] = dock
        dock.tabs.setCurrentWidget(dock.pushTab)
        measure("geometry_before_push")
        panel = dock.database_panel
        dock.provinceCombo.setCurrentIndex(dock.provinceCombo.findData("khanh_hoa"))  # no province by default
        panel.refresh_layers()
        map_key = panel.add_layout_map(LAYOUT)  # "Add a map…" › the project's print layout
        panel.set_checked([added.id(), map_key])
        panel.select_layer(added.id())
        dock.abstractEdit.setPlainText("Rừng ngập mặn đầm Thủy Triều, Cam Ranh (demo)")
        dock.reserveEdit.setText("Hòn Bà")
        panel.push_finished.connect(lambda result: QTimer.singleShot(1500, lambda: screenshot(result)))
        report["push_started"] = panel.start_push() is not None
        if not report["push_started"]:
            report["checks"] = [dock.checksList.item(i).text() for i in range(dock.checksList.count())]
            QTimer.singleShot(500, screenshot)
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
        finish(report)


QTimer.singleShot(3000, start)
QTimer.singleShot(90000, lambda: finish(report))
