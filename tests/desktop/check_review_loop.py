"""Run inside the real QGIS desktop (qgis --code): the review loop through the dock, on a real PostgreSQL with
three real logins ($BD_PG: host, port, dbname, and [name, password] of "tech", "reviewer_a", "reviewer_b").

The technician pushes a layer and is offered nothing to review (told why); reviewer A imports reserve boundaries
(the import dialog asks for the fields), loads the submission under them and returns it with a comment; the
technician sees the comment in History and pushes a corrected version; reviewer B accepts it. Screenshots beside
$BD_SCREENSHOT (the History with the comment is $BD_SCREENSHOT itself); report to $BD_RESULT_JSON."""

import json
import os
import sys
import traceback

from desktop_report import finish, maximize
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox
from qgis.utils import iface, plugins

from bd_qgis_plugin.compat import field_type
from bd_qgis_plugin.gui.database_panel import HISTORY_COLUMNS, POSTGRES
from bd_qgis_plugin.i18n import tr

sys.path.append(os.path.dirname(os.environ["BD_DESKTOP_DIR"]))  # tests/: the layer the panel tests push
from db_helpers import cam_ranh_squares  # noqa: E402

PG = json.loads(os.environ["BD_PG"])
SHOTS = os.path.dirname(os.environ["BD_SCREENSHOT"])
CONNECTIONS = {"tech": "Sở TN&MT — kỹ thuật viên", "reviewer_a": "Sở TN&MT — thẩm định A",
               "reviewer_b": "Sở TN&MT — thẩm định B"}
report = {"errors": []}
state = {}


def squares(name, count, colour):
    """``count`` 200 m squares near Cam Ranh in VN-2000 / UTM 49N, a fill of ``colour``."""
    layer = cam_ranh_squares(name, count)
    layer.renderer().symbol().setColor(QColor(colour))
    return layer


def boundaries_file():
    """Two reserves crossing the squares, with field names the dialog has to recognise (ten_khu, loai)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:3405", "khu_bao_ton", "memory")
    layer.dataProvider().addAttributes([QgsField(n, field_type("String")) for n in ("ten_khu", "loai", "so_qd")])
    layer.updateFields()
    features = []
    for wkt, values in (("POLYGON((589900 1329900, 590650 1329900, 590650 1330350, 589900 1330350, 589900 1329900))",
                         ("Vườn quốc gia Núi Chúa", "Vườn quốc gia", "134/QĐ-TTg")),
                        ("POLYGON((590750 1329950, 591350 1329950, 591350 1330300, 590750 1330300, 590750 1329950))",
                         ("Hòn Bà", "Khu dự trữ thiên nhiên", "20/QĐ-UBND"))):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = os.path.join(os.getcwd(), "khu_bao_ton.gpkg")
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    return QgsVectorLayer(path, "khu_bao_ton", "ogr")


def saved_connections():
    """An authentication configuration and a saved connection per login, as each person has in their QGIS."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("bd-desktop-master", True)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    for key, name in CONNECTIONS.items():
        config = QgsAuthMethodConfig()
        config.setName(name)
        config.setMethod("Basic")
        config.setConfig("username", PG[key][0])
        config.setConfig("password", PG[key][1])
        manager.storeAuthenticationConfig(config)
        uri = (f"dbname='{PG['dbname']}' host={PG['host']} port={PG['port']} sslmode=disable "
               f"authcfg={config.id()}")
        metadata.saveConnection(metadata.createConnection(uri, {}), name)


def shot(name):
    QApplication.processEvents()
    path = os.path.join(SHOTS, name)
    report.setdefault("screenshots", {})[name] = iface.mainWindow().grab().save(path, "PNG")


def connect_as(key):
    panel = state["panel"]
    panel.refresh_connections()
    report.setdefault("connected", []).append(panel.select_connection(POSTGRES, CONNECTIONS[key]))


def history():
    dock = state["dock"]
    table = dock.historyTable
    return [{column: table.item(r, c).text() for c, column in enumerate(HISTORY_COLUMNS)
             if column in ("title", "version", "status", "review_comment", "reviewed_by", "pushed_by")}
            for r in range(table.rowCount())]


def push(layer, then):
    panel, dock = state["panel"], state["dock"]
    dock.tabs.setCurrentIndex(1)
    panel.refresh_layers()
    panel.set_checked([layer.id()])
    panel.select_layer(layer.id())
    dock.provinceCombo.setCurrentIndex(dock.provinceCombo.findData("khanh_hoa"))
    dock.abstractEdit.setPlainText("Rừng ngập mặn đầm Thủy Triều, Cam Ranh")
    dock.reserveEdit.setText("Núi Chúa")

    def done(result):
        panel.push_finished.disconnect(done)
        report.setdefault("pushes", []).append([[name, res.version if res else None, error]
                                                for name, res, error in result])
        QTimer.singleShot(500, lambda: step(then))

    panel.push_finished.connect(done)
    if panel.start_push() is None:
        report.setdefault("script_errors", []).append("the push did not start: " + dock.statusLabel.text())
        finish(report)


def step(work):
    try:
        work()
    except Exception:  # noqa: BLE001 - everything goes into the report
        report.setdefault("script_errors", []).append(traceback.format_exc())
        finish(report)


def start():
    window = iface.mainWindow()
    maximize(window)
    saved_connections()
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3405"))
    state["layer"] = project.addMapLayer(squares("Rừng ngập mặn Thủy Triều", 3, "#1b7837"))
    iface.mapCanvas().setExtent(state["layer"].extent())
    state["dock"] = plugins["bd_qgis_plugin"].toggle_panel(True)
    state["panel"] = state["dock"].database_panel
    connect_as("tech")
    push(state["layer"], technician_looks_at_review)


def technician_looks_at_review():
    dock, panel = state["dock"], state["panel"]
    dock.tabs.setCurrentIndex(3)
    panel.refresh_submissions()
    report["tech_review"] = {"rows": dock.submissionsTable.rowCount(), "note": panel.reviewNoteLabel.text(),
                             "note_shown": not panel.reviewNoteLabel.isHidden(),
                             "accept_enabled": dock.acceptButton.isEnabled()}
    connect_as("reviewer_a")
    state["boundaries_before"] = panel.load_boundaries()
    report["boundaries_before"] = state["boundaries_before"].featureCount()

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "boundaryImportDialog":
            QTimer.singleShot(200, answer)
            return
        report["dialog"] = {"name": dialog.nameCombo.currentData(), "category_field":
                            dialog.categoryFieldCombo.currentData(), "decision": dialog.decisionCombo.currentData(),
                            "names": [dialog.nameCombo.itemText(i) for i in range(dialog.nameCombo.count())]}
        dialog.nameEnCombo.setCurrentIndex(0)  # none, as preselected: the reviewer confirms and imports
        QApplication.processEvents()
        report["dialog"]["shot"] = dialog.grab().save(os.path.join(SHOTS, "review_import_dialog.png"), "PNG")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(500, answer)
    report["imported"] = panel.import_boundaries(boundaries_file())  # waits in the dialog until answered
    QTimer.singleShot(500, lambda: step(reviewer_a_returns))


def reviewer_a_returns():
    dock, panel = state["dock"], state["panel"]
    boundaries = state["boundaries_before"]
    report["boundaries_after_import"] = {"same_layer": QgsProject.instance().mapLayersByName(
        tr("National reserve boundaries")) == [boundaries], "features": boundaries.featureCount(),
        "extent_empty": boundaries.extent().isEmpty(), "renderer": boundaries.renderer().type()}
    panel.refresh_submissions()
    report["reviewer_a_rows"] = dock.submissionsTable.rowCount()
    dock.submissionsTable.selectRow(0)
    submission = panel.load_selected_submission()
    order = [layer.id() for layer in QgsProject.instance().layerTreeRoot().layerOrder()]
    report["order"] = {"boundaries": order.index(boundaries.id()), "submission": order.index(submission.id())}
    dock.reviewCommentEdit.setText("Thiếu lô phía đông khu Hòn Bà; bổ sung rồi gửi lại")
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(2500, lambda: step(lambda: return_it(submission)))


def return_it(submission):
    dock, panel = state["dock"], state["panel"]
    shot("review_submission_under_boundaries.png")
    report["returned"] = panel.decide("returned")
    report["status_after_return"] = dock.statusLabel.text()
    connect_as("tech")
    dock.tabs.setCurrentIndex(2)
    panel.refresh_history()
    report["history_after_return"] = history()
    report["returned_label"] = {"shown": not panel.returnedLabel.isHidden(), "text": panel.returnedLabel.text()}
    QgsProject.instance().removeMapLayer(submission.id())
    QTimer.singleShot(1500, lambda: step(technician_corrects))


def technician_corrects():
    shot(os.path.basename(os.environ["BD_SCREENSHOT"]))  # History with the reviewer's comment
    layer = state["layer"]
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((590900 1330000, 591100 1330000, 591100 1330200, "
                                            "590900 1330200, 590900 1330000)))"))
    feature.setAttributes(["Lô 3 (bổ sung)"])
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    push(layer, reviewer_b_accepts)


def reviewer_b_accepts():
    dock, panel = state["dock"], state["panel"]
    connect_as("reviewer_b")
    dock.tabs.setCurrentIndex(3)
    panel.refresh_submissions()
    report["reviewer_b_rows"] = [[dock.submissionsTable.item(r, c).text() for c in range(3)]
                                 for r in range(dock.submissionsTable.rowCount())]
    dock.submissionsTable.selectRow(0)
    report["accepted"] = panel.decide("accepted")
    connect_as("tech")
    dock.tabs.setCurrentIndex(2)
    panel.refresh_history()
    report["history_at_end"] = history()
    report["returned_label_at_end"] = not panel.returnedLabel.isHidden()
    QTimer.singleShot(1000, lambda: step(lambda: (shot("review_history_at_end.png"), finish(report))))


QTimer.singleShot(3000, lambda: step(start))
QTimer.singleShot(150000, lambda: finish(report))
