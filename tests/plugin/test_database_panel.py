"""The dock's database tabs, driven as a user does, against the real PostGIS server: technician pushes
through a saved connection with authcfg, reviewer imports boundaries, loads a submission, accepts/returns."""

import time
from pathlib import Path

import pytest
from db_helpers import _authcfg, _login, class_raster, install_schema, polygon_layer
from qgis.core import QgsCoordinateTransformContext, QgsProject, QgsRasterLayer, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtTest import QTest

ARTIFACTS = Path(__file__).resolve().parents[2] / "build" / "test-artifacts"

@pytest.fixture
def bd_db(postgis_db):
    return install_schema(postgis_db)


def _saved_connection(conn, name, authcfg):
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = f"dbname='{conn.dbname}' host={conn.host} port={conn.port} sslmode=disable authcfg={authcfg}"
    metadata.saveConnection(metadata.createConnection(uri, {}), name)


def _wait_for_push(panel, timeout=60):
    reports = []
    panel.push_finished.connect(reports.append)
    deadline = time.time() + timeout
    while not reports and time.time() < deadline:
        QTest.qWait(50)
    panel.push_finished.disconnect(reports.append)
    assert reports, "the push task did not finish"
    return reports[0]


def _boundaries_file(tmp_path):
    layer = polygon_layer(name="reserves", n=2, fields=(("name_vi", "String"), ("category", "String"),
                                                       ("quyet_dinh", "String")))
    layer.startEditing()
    for feature, values in zip(layer.getFeatures(), (("Vườn quốc gia Núi Chúa", "Vườn quốc gia", "134/QĐ-TTg"),
                                                     ("Hòn Bà", "Khu bảo tồn thiên nhiên", "20/QĐ-UBND"))):
        for field, value in zip(("name_vi", "category", "quyet_dinh"), values):
            layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value)
    layer.commitChanges()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    path = str(tmp_path / "reserves.geojson")
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    return path


def test_panel_push_history_and_review_on_real_server(bd_plugin, bd_db, tmp_path):
    from bd_qgis_plugin.gui.database_panel import POSTGRES

    tech, reviewer = _login(bd_db, "bd_technician"), _login(bd_db, "bd_reviewer")
    _saved_connection(bd_db, "Tỉnh — kỹ thuật viên", _authcfg(*tech))
    _saved_connection(bd_db, "Tỉnh — thẩm định", _authcfg(*reviewer))
    project = QgsProject.instance()
    habitat = project.addMapLayer(polygon_layer(name="Rừng ngập mặn", n=4))
    raster_path, _ = class_raster(tmp_path / "classes.tif")
    raster = project.addMapLayer(QgsRasterLayer(raster_path, "Bản đồ sinh cảnh"))
    unprojected = project.addMapLayer(polygon_layer(name="Chưa chiếu", n=1, crs="EPSG:4326"))

    dock = bd_plugin.toggle_panel(True)
    panel = dock.database_panel
    dock.provinceCombo.setCurrentIndex(0)  # nothing chosen yet: no silent default
    dock.tabs.setCurrentIndex(1)
    panel.refresh_connections()
    assert panel.select_connection(POSTGRES, "Tỉnh — kỹ thuật viên")
    assert {dock.layerList.item(i).text() for i in range(dock.layerList.count())} >= {
        "Rừng ngập mặn", "Bản đồ sinh cảnh", "Chưa chiếu"}

    # a blocking check stops the push: nothing reaches the database
    panel.set_checked([unprojected.id()])
    assert panel.start_push() is None
    texts = [dock.checksList.item(i).text() for i in range(dock.checksList.count())]
    assert any(t.startswith("Blocking") and "geographic" in t for t in texts), texts
    assert bd_db.query("SELECT count(*) FROM bd.layers")[0][0] == 0

    panel.set_checked([habitat.id(), raster.id()])
    panel.select_layer(habitat.id())
    assert dock.titleEdit.text() == "Rừng ngập mặn" and "3405" in dock.crsValueLabel.text()
    assert dock.provinceEdit.text() == ""
    unchosen = panel.run_checks()  # the province must be chosen before a push
    assert all(any(c.code == "province" and c.severity == "blocking" for c in found) for found in unchosen.values())
    assert panel.start_push() is None and bd_db.query("SELECT count(*) FROM bd.layers")[0][0] == 0
    dock.provinceCombo.setCurrentIndex(dock.provinceCombo.findData("khanh_hoa"))  # fills the forms without one
    assert dock.provinceEdit.text() == "Khánh Hòa"
    dock.abstractEdit.setPlainText("Rừng ngập mặn đầm Thủy Triều, 2025")
    dock.themeCombo.setCurrentIndex(dock.themeCombo.findData("habitat"))
    dock.reserveEdit.setText("Hòn Bà")
    checks = panel.run_checks()
    assert set(checks) == {habitat.id(), raster.id()}
    assert not any(c.severity == "blocking" for found in checks.values() for c in found)
    # VN-2000 / UTM 48N is not Khánh Hòa's TM-3 zone: said, not blocking
    assert any(c.code == "province_zone" and "108°15′" in str(c.message) for c in checks[habitat.id()])
    assert panel.start_push() is not None
    report = _wait_for_push(panel)
    assert sorted((name, error) for name, _, error in report) == [("Bản đồ sinh cảnh", None), ("Rừng ngập mặn", None)]
    assert "rung_ngap_man_v1" in dock.reportText.toPlainText()
    assert dock.historyTable.rowCount() == 2 and panel.queue.items() == []
    rows = bd_db.query("SELECT title, reserve, pushed_by, kind FROM bd.layers ORDER BY title")
    assert rows == [("Bản đồ sinh cảnh", None, tech[0], "raster"), ("Rừng ngập mặn", "Hòn Bà", tech[0], "vector")]
    assert "đầm Thủy Triều" in bd_db.query("SELECT abstract FROM public.qgis_layer_metadata WHERE "
                                           "f_table_name = 'rung_ngap_man_v1'")[0][0]
    # the same data again: refused (a warning in the checks), unless allowed
    panel.set_checked([habitat.id()])
    assert any(c.code == "duplicate" for c in panel.run_checks()[habitat.id()])
    panel.start_push()
    refused = _wait_for_push(panel)
    assert refused[0][1] is None and "already pushed as 'Rừng ngập mặn' version 1" in refused[0][2]
    assert "not pushed" in dock.reportText.toPlainText() and panel.queue.items() == []
    dock.allowDuplicateCheck.setChecked(True)
    panel.start_push()
    assert _wait_for_push(panel)[0][1].version == 2
    dock.allowDuplicateCheck.setChecked(False)
    assert bd_db.query("SELECT count(*) FROM bd.layers WHERE title = 'Rừng ngập mặn'")[0][0] == 2
    dock.historyTable.selectRow(1)  # by title: the vector layer second
    loaded = panel.load_selected_version()
    assert loaded is not None and loaded.featureCount() == 4

    # reviewer mode
    dock.tabs.setCurrentIndex(3)
    assert panel.select_connection(POSTGRES, "Tỉnh — thẩm định")
    assert panel.import_boundaries(QgsVectorLayer(_boundaries_file(tmp_path), "reserves", "ogr")) == 2
    assert bd_db.query("SELECT name_vi, category, designation_decision, round(area_ha::numeric, 2) FROM "
                       "bd.protected_areas ORDER BY id") == [
        ("Vườn quốc gia Núi Chúa", "national_park", "134/QĐ-TTg", 1), ("Hòn Bà", "nature_reserve", "20/QĐ-UBND", 1)]
    panel.refresh_submissions()
    assert dock.submissionsTable.rowCount() == 3
    dock.submissionsTable.selectRow(0)  # by title: the raster first
    submission = panel.load_selected_submission()
    assert submission is not None and submission.isValid() and submission.width() == 280
    boundaries = project.mapLayersByName("National reserve boundaries")
    assert boundaries and boundaries[0].featureCount() == 2
    dock.reviewCommentEdit.setText("Thiếu nguồn ảnh")
    assert panel.decide("returned")
    assert dock.submissionsTable.rowCount() == 2
    dock.submissionsTable.selectRow(0)
    assert panel.decide("accepted")
    assert bd_db.query("SELECT l.title, r.status, r.reviewer, r.comment FROM bd.reviews r JOIN bd.layers l ON "
                       "l.id = r.layer_id WHERE r.status <> 'submitted' ORDER BY r.id") == [
        ("Bản đồ sinh cảnh", "returned", reviewer[0], "Thiếu nguồn ảnh"),
        ("Rừng ngập mặn", "accepted", reviewer[0], None)]

    # the technician's connection cannot accept: the database refuses, the panel says so
    assert panel.select_connection(POSTGRES, "Tỉnh — kỹ thuật viên")
    panel.submission_rows = [dict(id=1, title="Rừng ngập mặn", version=1)]
    panel._fill(dock.submissionsTable, [["Rừng ngập mặn", "1", "", ""]])
    dock.submissionsTable.selectRow(0)
    assert not panel.decide("accepted")
    assert "pushed themselves" in dock.statusLabel.text()

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dock.tabs.setCurrentIndex(1)
    dock.resize(420, 900)
    assert dock.grab().save(str(ARTIFACTS / "database_panel_widget.png"))
    for layer in (habitat, raster, unprojected, loaded, submission, boundaries[0]):
        project.removeMapLayer(layer.id())


def test_panel_slots_show_database_refusals_instead_of_raising(bd_plugin, monkeypatch):
    """A slot that reads the database shows the refusal (translated) in the status line; nothing escapes."""
    from bd_qgis_plugin.db.model import DatabaseError

    class Refusing:
        def layers(self, title=None):
            raise DatabaseError("The database refused the operation: {detail}. Nothing was stored.", detail="gone")

        def qgis_layer(self, row, name=None):
            return self.layers()

        def protected_areas_layer(self, name=None):
            return self.layers()

    dock = bd_plugin.toggle_panel(True)
    panel = dock.database_panel
    monkeypatch.setattr(panel, "database", lambda: Refusing())
    for slot in (panel.refresh_history, panel.refresh_submissions, panel.load_boundaries,
                 lambda: panel._add_stored({"table_name": "x_v1", "title": "x", "version": 1})):
        dock.statusLabel.setText("")
        assert slot() is None
        assert "refused the operation: gone" in dock.statusLabel.text()
    assert panel.history_rows == [] and panel.submission_rows == []
