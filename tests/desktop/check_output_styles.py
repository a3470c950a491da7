"""Run inside the real QGIS desktop: run algorithms from their Processing dialogs (the Run button, outputs left
as the dialog offers them), then report how each loaded layer is drawn, and screenshot the main window.

$BD_INPUTS: {"runs": [[algorithm id, {parameters}], ...]}; the report lists, per run, the layers it added:
name, renderer type and class labels.
"""

import json
import os
import traceback

from desktop_report import finish, maximize
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

report = {"errors": [], "runs": []}
state = {"queue": json.loads(os.environ["BD_INPUTS"])["runs"], "known": set()}


def _describe(layer):
    item = {"name": layer.name(), "type": "vector" if layer.type() == layer.VectorLayer else "raster"}
    renderer = layer.renderer()
    item["renderer"] = renderer.type() if renderer else None
    if hasattr(renderer, "classes"):
        item["labels"] = [c.label for c in renderer.classes()]
    return item


def _tree():
    return [node.layer().name() for node in QgsProject.instance().layerTreeRoot().findLayers() if node.layer()]


def _finished(successful, _results):
    try:
        added = [la for la in QgsProject.instance().mapLayers().values() if la.id() not in state["known"]]
        state["known"].update(la.id() for la in added)
        report["runs"].append({"algorithm": state["current"], "successful": successful,
                               "layers": [_describe(la) for la in added], "tree": _tree()})
        state["dialog"].close()
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
    QTimer.singleShot(500, run_next)


def run_next():
    try:
        import processing

        if not state["queue"]:
            maximize(iface.mainWindow())
            iface.mapCanvas().setExtent(iface.mapCanvas().fullExtent())
            QTimer.singleShot(3000, screenshot)
            return
        algorithm, params = state["queue"].pop(0)
        state["current"] = algorithm
        dialog = processing.createAlgorithmDialog(algorithm, params)
        state["dialog"] = dialog
        dialog.algorithmFinished.connect(_finished)
        dialog.show()
        dialog.runAlgorithm()  # the dialog's Run button
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
        finish(report)


def screenshot():
    try:
        window = iface.mainWindow()
        report["window"] = [window.width(), window.height()]
        report["tree"] = _tree()
        report["screenshot_saved"] = window.grab().save(os.environ["BD_SCREENSHOT"], "PNG")
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
    finish(report)


QTimer.singleShot(3000, run_next)


def give_up():
    """Never hang the test: say where it stopped (the open dialog's log) and screenshot it."""
    from qgis.PyQt.QtWidgets import QApplication, QTextEdit

    dialog = state.get("dialog")
    report["stopped_in"] = state.get("current")
    report["dialog_log"] = "\n".join(w.toPlainText()[-1500:] for w in dialog.findChildren(QTextEdit)) if dialog else ""
    report["modal"] = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]
    screenshot()


QTimer.singleShot(int(os.environ.get("BD_GIVE_UP_MS", "200000")), give_up)
