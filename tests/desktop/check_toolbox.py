"""Run inside the real QGIS desktop (qgis --code): trigger the plugin's menu item "Biodiversity algorithms in the
Processing Toolbox" as a user clicks it, then report what the Processing Toolbox dock shows and screenshot.

Report to $BD_RESULT_JSON: the dock's visibility, its search text, the algorithm ids listed in its tree (every
row the filtered tree holds, expanded), how many of them the tree paints on screen.
"""

import os
import traceback

from desktop_report import finish, maximize
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit, QMenu
from qgis.utils import iface

report = {"errors": []}


def listed(tree):
    """(algorithm ids under the filtered tree, ids of the rows painted inside the viewport)."""
    model = tree.model()
    ids, painted = [], []
    stack = [model.index(row, 0) for row in range(model.rowCount())]
    viewport = tree.viewport().rect()
    while stack:
        index = stack.pop(0)
        algorithm = tree.algorithmForIndex(index)
        if algorithm is not None:
            ids.append(algorithm.id())
            if viewport.intersects(tree.visualRect(index)):
                painted.append(algorithm.id())
        stack.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
    return ids, painted


def capture():
    try:
        window = iface.mainWindow()
        toolbox = window.findChild(QDockWidget, "ProcessingToolbox")
        report["toolbox_found"] = toolbox is not None
        report["toolbox_visible"] = toolbox is not None and toolbox.isVisible()
        search = toolbox.findChild(QLineEdit, "searchBox") if toolbox else None
        report["search_text"] = search.text() if search else None
        tree = toolbox.algorithmTree if toolbox else None
        ids, painted = listed(tree) if tree is not None else ([], [])
        report["listed"], report["painted"] = ids, painted
        report["toolbox_geometry"] = [toolbox.x(), toolbox.y(), toolbox.width(), toolbox.height()] if toolbox else []
        provider = QgsApplication.processingRegistry().providerById("bd")
        report["bd_algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
        report["screenshot_saved"] = window.grab().save(os.environ["BD_SCREENSHOT"], "PNG")
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
    finish(report)


def trigger():
    try:
        window = iface.mainWindow()
        maximize(window)
        toolbox = window.findChild(QDockWidget, "ProcessingToolbox")
        report["visible_before"] = toolbox is not None and toolbox.isVisible()
        menu = [m for m in window.findChildren(QMenu) if m.objectName() == "mBdBiodiversityMenu"][0]
        item = os.environ["BD_MENU_ITEM"]
        actions = [a for a in menu.actions() if a.text() == item]
        report["menu_item_found"] = bool(actions)
        actions[0].trigger()  # as a user clicks it in the menu
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
    QTimer.singleShot(2000, capture)


QTimer.singleShot(3000, trigger)
QTimer.singleShot(90000, finish)  # never hang the test
