"""Run inside the real QGIS desktop with scikit-learn hidden: open Habitat classification, run it, screenshot.

$BD_INPUTS holds the image and training polygons; the report has the dialog's log text.
"""

import json
import os
import traceback

from desktop_report import finish, maximize
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QTextEdit
from qgis.utils import iface

report = {"errors": []}
state = {}




def capture():
    try:
        dialog = state["dialog"]
        logs = [w.toPlainText() for w in dialog.findChildren(QTextEdit)]
        report["log"] = "\n".join(logs)
        report["outputs"] = sorted(os.listdir(state["out"]))
        report["screenshot_saved"] = dialog.grab().save(os.environ["BD_SCREENSHOT"], "PNG")
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
    finish(report)


def run():
    try:
        import processing

        inputs = json.loads(os.environ["BD_INPUTS"])
        state["out"] = inputs["out"]
        dialog = processing.createAlgorithmDialog("bd:habitatclassification", {
            "INPUT": inputs["image"], "SENSOR": 0, "TRAINING": inputs["training"], "CLASS_FIELD": "class",
            "OUTPUT": os.path.join(inputs["out"], "habitat.tif"),
            "OUTPUT_MODEL": os.path.join(inputs["out"], "habitat.joblib"),
            "OUTPUT_REPORT": os.path.join(inputs["out"], "habitat.html")})
        state["dialog"] = dialog
        dialog.show()
        report["dialog_size"] = [dialog.width(), dialog.height()]
        dialog.runAlgorithm()  # the dialog's Run button
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
    QTimer.singleShot(3000, capture)


maximize(iface.mainWindow())
QTimer.singleShot(1500, run)
