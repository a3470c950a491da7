"""Run inside the real QGIS desktop (qgis --code): open the panel's Push tab, push a layer into the embedded
GeoPackage database through the panel (QgsTask), screenshot the window, quit. Report to $BD_RESULT_JSON."""

import os
import traceback

from desktop_report import finish, maximize
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

from bd_qgis_plugin.compat import field_type

report = {"errors": []}
state = {}




def layer():
    result = QgsVectorLayer("MultiPolygon?crs=EPSG:3405", "Rừng ngập mặn Thủy Triều", "memory")
    result.dataProvider().addAttributes([QgsField("tên", field_type("String"))])
    result.updateFields()
    features = []
    for i in range(3):
        feature = QgsFeature(result.fields())
        x = 590000 + 300 * i
        feature.setGeometry(QgsGeometry.fromWkt(
            f"MULTIPOLYGON((({x} 1330000, {x + 200} 1330000, {x + 200} 1330200, {x} 1330200, {x} 1330000)))"))
        feature.setAttributes([f"Lô {i}"])
        features.append(feature)
    result.dataProvider().addFeatures(features)
    return result


def screenshot(push_report=None):
    try:
        dock = state["dock"]
        report["push_report"] = [[name, result.table_name if result else None, error]
                                 for name, result, error in (push_report or [])]
        report["report_text"] = dock.reportText.toPlainText()
        report["history_rows"] = dock.historyTable.rowCount()
        report["checks"] = [dock.checksList.item(i).text() for i in range(dock.checksList.count())]
        report["tab"] = dock.tabs.tabText(dock.tabs.currentIndex())
        report["screenshot_saved"] = iface.mainWindow().grab().save(os.environ["BD_SCREENSHOT"], "PNG")
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
    finish(report)


def start():
    try:
        window = iface.mainWindow()
        maximize(window)
        added = QgsProject.instance().addMapLayer(layer())
        iface.mapCanvas().setExtent(added.extent())
        dock = plugins["bd_qgis_plugin"].toggle_panel(True)
        state["dock"] = dock
        dock.tabs.setCurrentIndex(1)
        panel = dock.database_panel
        panel.refresh_layers()
        panel.set_checked([added.id()])
        panel.select_layer(added.id())
        dock.abstractEdit.setPlainText("Rừng ngập mặn đầm Thủy Triều, Cam Ranh (demo)")
        dock.reserveEdit.setText("Hòn Bà")
        dock.provinceEdit.setText("Khánh Hòa")  # required: no province is chosen by default
        panel.push_finished.connect(lambda result: QTimer.singleShot(1500, lambda: screenshot(result)))
        report["push_started"] = panel.start_push() is not None
        if not report["push_started"]:
            QTimer.singleShot(500, screenshot)
    except Exception:  # noqa: BLE001
        report.setdefault("script_errors", []).append(traceback.format_exc())
        finish(report)


QTimer.singleShot(3000, start)
QTimer.singleShot(90000, finish)
