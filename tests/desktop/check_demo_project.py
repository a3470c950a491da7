"""Run inside the real QGIS desktop (qgis --code): open the project $BD_INPUTS["project"] as Project ▸ Open does,
report its layer tree, canvas and layouts, screenshot the main window; then open its print layout in the layout
designer (as Project ▸ Layouts ▸ <name> does) and screenshot the designer ($BD_INPUTS["layout_screenshot"]).
"""

import json
import os
import traceback

from desktop_report import finish, maximize
from qgis.core import QgsLayerTree, QgsProject
from qgis.PyQt.QtCore import QPoint, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.utils import iface

report = {"errors": []}
state = {}
INPUTS = json.loads(os.environ["BD_INPUTS"])


def _rect(extent):
    return [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]


def capture_layout():
    try:
        designer = state["designer"]
        window = designer.window()
        report["designer_title"] = window.windowTitle()
        report["designer_layout"] = designer.masterLayout().name()
        report["layout_screenshot_saved"] = window.grab().save(INPUTS["layout_screenshot"], "PNG")
        report["designer_size"] = [window.width(), window.height()]
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
    finish(report)


def open_layout():
    try:
        layouts = QgsProject.instance().layoutManager().printLayouts()
        designer = iface.openLayoutDesigner(layouts[0])
        state["designer"] = designer
        window = designer.window()
        window.showMaximized()
        window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
        QTimer.singleShot(1500, lambda: designer.view().zoomFull())  # the whole page, as View ▸ Zoom Full
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
        finish(report)
        return
    QTimer.singleShot(5000, capture_layout)  # the designer renders its map previews in the background


def capture_canvas():
    try:
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        report["tree"] = [[group.name(), [[node.name(), node.itemVisibilityChecked()] for node in group.children()]]
                          if QgsLayerTree.isGroup(group) else [group.name(), None] for group in root.children()]
        report["title"] = project.title()
        report["crs"] = project.crs().authid()
        canvas = iface.mapCanvas()
        report["canvas_extent"] = _rect(canvas.extent())
        report["canvas_crs"] = canvas.mapSettings().destinationCrs().authid()
        report["canvas_layers"] = [layer.name() for layer in canvas.layers()]
        window = iface.mainWindow()
        origin = canvas.mapTo(window, QPoint(0, 0))
        report["canvas_rect"] = [origin.x(), origin.y(), canvas.width(), canvas.height()]
        report["layouts"] = [layout.name() for layout in project.layoutManager().printLayouts()]
        report["message_bar"] = [f"{item.title()}: {item.text()}" for item in iface.messageBar().items()]
        report["screenshot_saved"] = window.grab().save(os.environ["BD_SCREENSHOT"], "PNG")
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
        finish(report)
        return
    open_layout()


def open_project():
    try:
        maximize(iface.mainWindow())
        report["opened"] = iface.addProject(INPUTS["project"])  # as Project ▸ Open
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
    QTimer.singleShot(4000, capture_canvas)


QTimer.singleShot(3000, open_project)
QTimer.singleShot(120000, finish)  # never hang the test
