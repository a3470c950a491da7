"""The dock's database tabs, driven as a user does, against the real PostGIS server: technician pushes
through a saved connection with authcfg, reviewer imports boundaries, loads a submission, accepts/returns."""

import time
from pathlib import Path

import pytest
from db_helpers import _authcfg, _login, class_raster, install_schema, polygon_layer
from qgis.core import (
    Qgis,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox
from test_i18n import vietnamese_locale  # noqa: F401 - the fixture

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


def _boundaries_file(tmp_path, fields=(("name_vi", "String"), ("category", "String"), ("quyet_dinh", "String"),
                                        ("so_hieu", "Int")),
                     values=(("Vườn quốc gia Núi Chúa", "Vườn quốc gia", "134/QĐ-TTg", 1),
                             ("Hòn Bà", "Khu bảo tồn thiên nhiên", "20/QĐ-UBND", 2))):
    layer = polygon_layer(name="reserves", n=len(values), fields=fields)
    layer.startEditing()
    for feature, row in zip(layer.getFeatures(), values):
        for (field, _), value in zip(fields, row):
            layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value)
    layer.commitChanges()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    path = str(tmp_path / "reserves.geojson")
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    return path


def _when_dialog_shows(answer, seen, timeout=10):
    """Call ``answer(dialog)`` once the boundary import dialog is shown (it is modal: the test waits in exec)."""
    deadline = time.time() + timeout

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "boundaryImportDialog":
            if time.time() < deadline:
                QTimer.singleShot(50, poll)
            return
        seen.append(dialog)
        answer(dialog)
    QTimer.singleShot(0, poll)


def _combo_items(combo):
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _history_cells(dock, title, version=1):
    from bd_qgis_plugin.gui.database_panel import HISTORY_COLUMNS

    table = dock.historyTable
    for r in range(table.rowCount()):
        if (table.item(r, 0).text(), table.item(r, 1).text()) == (title, str(version)):
            return {column: table.item(r, c) for c, column in enumerate(HISTORY_COLUMNS)}
    raise AssertionError(f"{title} version {version} is not in History")


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

    # the technician is offered nothing to review, and told why; Accept and Return are not offered
    dock.tabs.setCurrentIndex(3)
    panel.refresh_submissions()
    assert dock.submissionsTable.rowCount() == 0 and not dock.acceptButton.isEnabled()
    assert not panel.reviewNoteLabel.isHidden() and f"3 submission(s) are waiting, but {tech[0]}" in \
        panel.reviewNoteLabel.text() and "not a reviewer (role bd_reviewer)" in panel.reviewNoteLabel.text()

    # reviewer mode: the boundaries loaded while the table is still empty show the import at once
    assert panel.select_connection(POSTGRES, "Tỉnh — thẩm định")
    boundaries = panel.load_boundaries()
    assert boundaries.featureCount() == 0 and boundaries.extent().isEmpty()
    seen = []

    def answer(dialog):  # the likely fields are preselected; only text fields are offered
        assert ("so_hieu", "so_hieu") not in _combo_items(dialog.nameCombo)
        assert _combo_items(dialog.nameCombo) == [("name_vi — Vườn quốc gia Núi Chúa", "name_vi"),
                                                  ("category — Vườn quốc gia", "category"),
                                                  ("quyet_dinh — 134/QĐ-TTg", "quyet_dinh")]
        assert (dialog.nameCombo.currentData(), dialog.categoryFieldCombo.currentData(),
                dialog.decisionCombo.currentData(), dialog.nameEnCombo.currentData()) == (
            "name_vi", "category", "quyet_dinh", "")
        assert not dialog.categoryCombo.isEnabled() and _ok(dialog).isEnabled()
        _ok(dialog).click()

    _when_dialog_shows(answer, seen)
    assert panel.import_boundaries(QgsVectorLayer(_boundaries_file(tmp_path), "reserves", "ogr")) == 2
    assert seen, "the import did not ask which fields to use"
    assert bd_db.query("SELECT name_vi, category, designation_decision, round(area_ha::numeric, 2) FROM "
                       "bd.protected_areas ORDER BY id") == [
        ("Vườn quốc gia Núi Chúa", "national_park", "134/QĐ-TTg", 1), ("Hòn Bà", "nature_reserve", "20/QĐ-UBND", 1)]
    assert project.mapLayersByName("National reserve boundaries") == [boundaries]  # the same layer, not another
    assert boundaries.featureCount() == 2 and not boundaries.extent().isEmpty()
    assert boundaries.renderer().type() == "RuleRenderer" and boundaries.labelsEnabled()  # the boundary style
    assert all(layer.brushStyle() == Qt.BrushStyle.NoBrush for rule in boundaries.renderer().rootRule().children()
               for layer in rule.symbol().symbolLayers())  # outlines only: the submission shows through
    panel.refresh_submissions()
    assert dock.submissionsTable.rowCount() == 3 and panel.reviewNoteLabel.isHidden()
    assert not dock.loadSubmissionButton.isEnabled()  # nothing selected yet
    dock.submissionsTable.selectRow(0)  # by title: the raster first
    assert dock.acceptButton.isEnabled() and dock.returnButton.isEnabled()
    submission = panel.load_selected_submission()
    assert submission is not None and submission.isValid() and submission.width() == 280
    order = [layer.id() for layer in project.layerTreeRoot().layerOrder()]
    assert order.index(boundaries.id()) + 1 == order.index(submission.id())  # the outlines right above it
    assert project.mapLayersByName("National reserve boundaries") == [boundaries]
    dock.reviewCommentEdit.setText("Thiếu nguồn ảnh")
    assert panel.decide("returned")
    assert dock.submissionsTable.rowCount() == 2
    dock.submissionsTable.selectRow(0)
    assert panel.decide("accepted")
    assert bd_db.query("SELECT l.title, r.status, r.reviewer, r.comment FROM bd.reviews r JOIN bd.layers l ON "
                       "l.id = r.layer_id WHERE r.status <> 'submitted' ORDER BY r.id") == [
        ("Bản đồ sinh cảnh", "returned", reviewer[0], "Thiếu nguồn ảnh"),
        ("Rừng ngập mặn", "accepted", reviewer[0], None)]

    # the technician's History says why the raster came back, and who returned it
    assert panel.select_connection(POSTGRES, "Tỉnh — kỹ thuật viên")
    dock.tabs.setCurrentIndex(2)
    panel.refresh_history()
    returned = _history_cells(dock, "Bản đồ sinh cảnh")
    assert (returned["status"].text(), returned["review_comment"].text(), returned["reviewed_by"].text()) == (
        "returned", "Thiếu nguồn ảnh", reviewer[0])
    assert returned["review_comment"].toolTip() == f"Returned by {reviewer[0]}: Thiếu nguồn ảnh"
    assert returned["status"].foreground().color().name() == "#b00020"
    assert not panel.returnedLabel.isHidden() and \
        f"Bản đồ sinh cảnh version 1: “Thiếu nguồn ảnh” ({reviewer[0]})" in panel.returnedLabel.text()
    accepted, resubmitted = _history_cells(dock, "Rừng ngập mặn", 1), _history_cells(dock, "Rừng ngập mặn", 2)
    assert (accepted["status"].text(), accepted["reviewed_by"].text(), accepted["review_comment"].text()) == (
        "accepted", reviewer[0], "")
    assert (resubmitted["status"].text(), resubmitted["reviewed_by"].text()) == ("submitted", "")

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
    for layer in (habitat, raster, unprojected, loaded, submission, boundaries):
        project.removeMapLayer(layer.id())


def test_panel_slots_show_database_refusals_instead_of_raising(bd_plugin, monkeypatch):
    """A slot that reads the database shows the refusal (translated) in the status line; nothing escapes."""
    from bd_qgis_plugin.db.model import DatabaseError

    class Refusing:
        def layers(self, title=None):
            raise DatabaseError("The database refused the operation: {detail}. Nothing was stored.", detail="gone")

        def qgis_layer(self, row, name=None):
            return self.layers()

        def review_queue(self):
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


def test_single_user_geopackage_offers_no_own_submission_and_says_how_to_review(bd_plugin, tmp_path):
    """One computer login: the Review list does not offer the login's own pushes (the database would refuse
    them) and says how another person reviews; a push by another login is offered."""
    import getpass

    from bd_qgis_plugin.db.geopackage import GeopackageDatabase
    from bd_qgis_plugin.db.model import PushRequest
    from bd_qgis_plugin.gui.database_panel import OTHER_GPKG

    path = str(tmp_path / "shared" / "bd.gpkg")
    mine = GeopackageDatabase(path)  # the login QGIS runs under, as the panel opens it
    mine.ensure_schema()
    mine.push(polygon_layer(n=2), PushRequest(title="Rừng ngập mặn", province="Khánh Hòa"))
    dock = bd_plugin.toggle_panel(True)
    panel = dock.database_panel
    assert panel.select_connection(OTHER_GPKG)
    dock.gpkgPathEdit.setText(path)
    dock.tabs.setCurrentIndex(3)
    panel.refresh_submissions()
    note = panel.reviewNoteLabel.text()
    assert dock.submissionsTable.rowCount() == 0 and not panel.reviewNoteLabel.isHidden()
    assert f"The 1 submission(s) waiting were pushed by {getpass.getuser()}" in note
    assert "from their own login" in note and "Another GeoPackage file" in note and path in note
    assert not dock.acceptButton.isEnabled() and not dock.returnButton.isEnabled()

    GeopackageDatabase(path, user="lan").push(polygon_layer(n=3), PushRequest(title="Thảm cỏ biển"))
    panel.refresh_submissions()
    assert [dock.submissionsTable.item(0, c).text() for c in (0, 2)] == ["Thảm cỏ biển", "lan"]
    assert dock.submissionsTable.rowCount() == 1
    assert f"1 submission(s) pushed by {getpass.getuser()} (you) are not listed" in panel.reviewNoteLabel.text()
    dock.submissionsTable.selectRow(0)
    dock.reviewCommentEdit.setText("Ranh giới lệch 30 m")
    assert panel.decide("returned")
    assert [(r["status"], r["reviewer"], r["comment"]) for r in mine.reviews(mine.layers("Thảm cỏ biển")[0]["id"])] \
        == [("submitted", "lan", None), ("returned", getpass.getuser(), "Ranh giới lệch 30 m")]
    dock.tabs.setCurrentIndex(2)
    panel.refresh_history()
    returned = _history_cells(dock, "Thảm cỏ biển")
    assert (returned["review_comment"].text(), returned["reviewed_by"].text()) == ("Ranh giới lệch 30 m",
                                                                                 getpass.getuser())
    assert panel.returnedLabel.isHidden()  # returned to lan, not to the login of this QGIS


def test_boundary_import_asks_for_the_name_field_and_the_category(bd_plugin, tmp_path):
    """No known field names: the dialog preselects the likely name field, offers text fields only, and wants a
    category chosen before it imports; Cancel imports nothing."""
    from bd_qgis_plugin.db.geopackage import GeopackageDatabase
    from bd_qgis_plugin.gui.database_panel import OTHER_GPKG

    path = str(tmp_path / "bd.gpkg")
    dock = bd_plugin.toggle_panel(True)
    panel = dock.database_panel
    assert panel.select_connection(OTHER_GPKG)
    dock.gpkgPathEdit.setText(path)
    source = _boundaries_file(tmp_path, fields=(("ma_khu", "String"), ("Tên khu", "String"), ("dien_tich", "Double")),
                              values=(("KBT-01", "Khu dự trữ thiên nhiên Hòn Bà", 19.2),
                                      ("KBT-02", "Vườn quốc gia Phước Bình", 197.0)))
    seen = []

    def cancel(dialog):
        dialog.reject()

    _when_dialog_shows(cancel, seen)
    assert panel.import_boundaries(QgsVectorLayer(source, "khu bảo tồn", "ogr")) == 0 and seen
    assert not QgsProject.instance().mapLayersByName("National reserve boundaries")

    def answer(dialog):
        assert [data for _, data in _combo_items(dialog.nameCombo)] == ["ma_khu", "Tên khu"]  # text fields only
        assert dialog.nameCombo.currentData() == "Tên khu"  # "ten…": the likely name field
        assert dialog.categoryFieldCombo.currentData() == "" and dialog.categoryCombo.isEnabled()
        assert dialog.categoryCombo.currentData() == "" and not _ok(dialog).isEnabled()  # no silent category
        dialog.categoryCombo.setCurrentIndex(dialog.categoryCombo.findData("nature_reserve"))
        assert _ok(dialog).isEnabled()
        _ok(dialog).click()

    _when_dialog_shows(answer, seen)
    assert panel.import_boundaries(QgsVectorLayer(source, "khu bảo tồn", "ogr")) == 2 and len(seen) == 2
    stored = GeopackageDatabase(path).protected_areas_layer()
    assert sorted((f["name_vi"], f["category"]) for f in stored.getFeatures()) == [
        ("Khu dự trữ thiên nhiên Hòn Bà", "nature_reserve"), ("Vườn quốc gia Phước Bình", "nature_reserve")]
    shown = QgsProject.instance().mapLayersByName("National reserve boundaries")
    assert len(shown) == 1 and shown[0].featureCount() == 2  # loaded at once, with its features
    QgsProject.instance().removeMapLayer(shown[0].id())

    points = QgsVectorLayer("Point?crs=EPSG:4326&field=name_vi:string", "points", "memory")
    assert panel.import_boundaries(points) == 0  # refused before any question
    assert "must contain polygons" in dock.statusLabel.text()


# -- issue 15: a dock that fits a laptop, map exports from the GUI, History as people read it ------------------
@pytest.fixture
def message_bar(bd_plugin, monkeypatch):
    """QGIS' own message bar (pytest-qgis' iface keeps messages in a list): what the panel says shows in it."""
    from qgis.gui import QgsMessageBar

    bar = QgsMessageBar()
    monkeypatch.setattr(bd_plugin.toggle_panel(True).database_panel.iface, "messageBar", lambda: bar)
    return bar


def _bar_messages(bar):
    return [(item.level(), item.text()) for item in reversed(bar.items())]  # oldest first


def test_the_dock_fits_a_laptop_screen_and_keeps_push_and_status_in_reach(bd_plugin):
    from qgis.PyQt.QtWidgets import QAbstractButton, QScrollArea, QWidget

    dock = bd_plugin.toggle_panel(True)
    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        assert dock.minimumSizeHint().height() <= 400, (dock.tabs.tabText(index), dock.minimumSizeHint())
        page = dock.tabs.widget(index)
        scroll = page.layout().itemAt(0).widget()
        assert isinstance(scroll, QScrollArea) and scroll.widgetResizable(), dock.tabs.tabText(index)
    for widget, scroll in ((dock.layerList, dock.pushScroll), (dock.historyTable, dock.historyScroll),
                           (dock.submissionsTable, dock.reviewScroll), (dock.provinceCombo, dock.provinceScroll)):
        assert scroll.isAncestorOf(widget)
    # the Push buttons and the progress stay below the scrolling part; the status line below the tabs
    for always_there in (dock.checkButton, dock.pushButton, dock.cancelButton, dock.progressBar):
        assert dock.pushTab.isAncestorOf(always_there) and not dock.pushScroll.isAncestorOf(always_there)
    assert not dock.tabs.isAncestorOf(dock.statusLabel)
    big = [(w.objectName(), w.minimumHeight()) for w in dock.findChildren(QWidget)
           if w.minimumHeight() > 120 and w.window() is dock.window()]  # dialogs are windows of their own
    assert big == []  # no large fixed minimum sizes
    # a short dock (a 1366×768 laptop with the QGIS toolbars): Push and the status line are on screen
    dock.setFloating(True)
    try:
        dock.tabs.setCurrentWidget(dock.pushTab)
        dock.resize(380, 400)
        dock.show()
        QTest.qWait(100)
        assert dock.height() <= 400
        for widget in (dock.pushButton, dock.checkButton, dock.statusLabel, dock.progressBar):
            top_left = widget.mapTo(dock, widget.rect().topLeft())
            assert widget.isVisible() and dock.rect().contains(top_left) and \
                dock.rect().contains(widget.mapTo(dock, widget.rect().bottomRight())), widget.objectName()
        assert dock.pushScroll.verticalScrollBar().isVisible()  # the form scrolls, the dock does not grow
        assert not dock.pushScroll.horizontalScrollBar().isVisible()
        assert all(not b.text() or b.width() >= b.minimumSizeHint().width()  # no cut-off button texts
                   for b in dock.pushScrollContents.findChildren(QAbstractButton) if b.isVisible())
    finally:
        dock.setFloating(False)


def test_local_time_shows_database_timestamps_as_people_read_them(monkeypatch):
    import datetime
    import time

    from bd_qgis_plugin.gui.database_panel import local_time

    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        utc = datetime.timezone.utc
        assert local_time("2026-12-04T14:05:33.123Z") == "04/12/2026 21:05"  # the GeoPackage: UTC, ISO 8601
        assert local_time(datetime.datetime(2026, 12, 4, 14, 5, 33, tzinfo=utc)) == "04/12/2026 21:05"  # PostgreSQL
        assert local_time("2026-12-04 14:05:33") == "04/12/2026 21:05"  # no zone: UTC, as the database writes it
        assert local_time("2026-12-31T23:30:00+07:00") == "31/12/2026 23:30"
        assert local_time(None) == "" and local_time("") == "" and local_time("hôm qua") == "hôm qua"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_map_export_and_a_layout_are_pushed_from_the_dock_into_the_embedded_geopackage(
        bd_plugin, message_bar, tmp_path):
    import re
    import sqlite3

    from db_helpers import map_export, print_layout

    from bd_qgis_plugin.db.connections import default_geopackage_path
    from bd_qgis_plugin.gui.database_panel import EMBEDDED

    project = QgsProject.instance()
    habitat = project.addMapLayer(polygon_layer(name="Sinh cảnh cho bản đồ", n=3))
    layout = print_layout(project, "Bố cục sinh cảnh", habitat)
    pdf = map_export(tmp_path / "ban_do_sinh_canh.pdf", layer=habitat)
    dock = bd_plugin.toggle_panel(True)
    panel = dock.database_panel
    dock.tabs.setCurrentWidget(dock.pushTab)
    assert panel.select_connection(EMBEDDED)
    dock.provinceCombo.setCurrentIndex(dock.provinceCombo.findData("khanh_hoa"))
    panel.set_checked([])
    assert panel.start_push() is None  # nothing ticked: said in the message bar, as an error
    assert _bar_messages(message_bar)[-1] == (Qgis.MessageLevel.Critical, "Tick the layers or maps to push first.")

    # "Add a map…" offers a file and the project's print layouts
    panel._fill_map_menu()
    assert [a.text() for a in panel.map_menu.actions() if a.text()][:3] == [
        "PDF or PNG file…", "Print layouts of the project (exported as PDF)", "Bố cục sinh cảnh"]
    file_key = panel.add_map_file(pdf, "A3 ngang — sinh cảnh")
    assert dock.layerList.currentItem().text() == "Map: A3 ngang — sinh cảnh (ban_do_sinh_canh.pdf)"
    assert dock.titleEdit.text() == "A3 ngang — sinh cảnh" and dock.provinceEdit.text() == "Khánh Hòa"
    assert dock.mapFields.isVisibleTo(dock) and not dock.layerFields.isVisibleTo(dock)  # no layer metadata
    dock.titleEdit.setText("Bản đồ sinh cảnh Cam Ranh")
    layout_key = panel.add_layout_map("Bố cục sinh cảnh")
    assert dock.layoutEdit.text() == "Bố cục sinh cảnh" and dock.removeMapButton.isEnabled()
    panel.set_checked([habitat.id(), file_key, layout_key])
    panel.select_layer(habitat.id())
    assert dock.layerFields.isVisibleTo(dock) and not dock.mapFields.isVisibleTo(dock)
    assert not dock.removeMapButton.isEnabled()
    checks = panel.run_checks()
    assert set(checks) == {habitat.id(), file_key, layout_key}
    assert checks[file_key] == [] and checks[layout_key] == []
    texts = [dock.checksList.item(i).text() for i in range(dock.checksList.count())]
    assert "Map: Bố cục sinh cảnh (PDF): ready to push" in texts
    metadata = [t for t in texts if "metadata" in t]
    assert metadata and all("element is required" not in t for t in metadata), texts

    assert panel.start_push() is not None
    report = _wait_for_push(panel)
    assert [(name, error) for name, _, error in report] == [
        ("Sinh cảnh cho bản đồ", None), ("Bản đồ sinh cảnh Cam Ranh", None), ("Bố cục sinh cảnh", None)]
    con = sqlite3.connect(default_geopackage_path())
    try:
        stored = {row[0]: row[1:] for row in con.execute(
            "SELECT title, layout_name, format, province, content FROM bd_map_exports")}
    finally:
        con.close()
    assert stored["Bản đồ sinh cảnh Cam Ranh"][:3] == ("A3 ngang — sinh cảnh", "pdf", "Khánh Hòa")
    assert bytes(stored["Bản đồ sinh cảnh Cam Ranh"][3]) == open(pdf, "rb").read()
    assert stored["Bố cục sinh cảnh"][:3] == ("Bố cục sinh cảnh", "pdf", "Khánh Hòa")
    assert bytes(stored["Bố cục sinh cảnh"][3]).startswith(b"%PDF-")  # exported on the fly
    shown = dock.reportText.toPlainText()
    assert "Sinh cảnh cho bản đồ: saved as version 1 (3 features, table sinh_canh_cho_ban_do_v1)." in shown
    assert "Bản đồ sinh cảnh Cam Ranh: map saved in the database (PDF, " in shown and "rows/tiles" not in shown
    level, text = _bar_messages(message_bar)[-1]
    assert level == Qgis.MessageLevel.Success and text.startswith(
        "Push finished: 3 of 3 saved. Sinh cảnh cho bản đồ: saved as version 1")
    assert dock.statusLabel.text() == "Push finished: 3 of 3 saved."  # short in the dock, in full in the bar

    # History shows it at once, in local time, the maps as maps
    rows = [[dock.historyTable.item(r, c).text() for c in range(dock.historyTable.columnCount())]
            for r in range(dock.historyTable.rowCount())]
    titles = {row[0]: row for row in rows}
    kind = HISTORY_COLUMN("kind")
    assert titles["Bản đồ sinh cảnh Cam Ranh"][kind] == "map (PDF)" and titles["Sinh cảnh cho bản đồ"][kind] == \
        "vector layer"
    pushed_at = HISTORY_COLUMN("pushed_at")
    assert all(re.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d", row[pushed_at]) for row in rows), rows
    dock.historyTable.selectRow(rows.index(titles["Bố cục sinh cảnh"]))
    assert panel.load_selected_version() is None  # a map is a file: said, nothing loaded
    assert "not as a layer" in _bar_messages(message_bar)[-1][1]

    # the same map file again: refused by the database, said as a warning-level result
    panel.set_checked([file_key])
    panel.start_push()
    refused = _wait_for_push(panel)
    assert refused[0][1] is None and "already pushed as 'Bản đồ sinh cảnh Cam Ranh'" in refused[0][2]
    assert _bar_messages(message_bar)[-1][0] == Qgis.MessageLevel.Critical  # nothing stored: an error
    dock.layerList.setCurrentRow(dock.layerList.count() - 1)
    assert panel.remove_selected_map() and layout_key not in panel.map_items
    project.layoutManager().removeLayout(layout)
    project.removeMapLayer(habitat.id())


def test_history_and_review_show_the_database_when_shown_and_after_each_push_or_decision(bd_plugin, tmp_path):
    from bd_qgis_plugin.db.geopackage import GeopackageDatabase
    from bd_qgis_plugin.db.model import PushRequest
    from bd_qgis_plugin.gui.database_panel import OTHER_GPKG, local_time

    path = str(tmp_path / "tinh.gpkg")
    other = GeopackageDatabase(path, user="kỹ thuật viên B")  # another technician's push, waiting for review
    other.ensure_schema()
    other.push(polygon_layer(name="Rạn san hô", n=2), PushRequest(title="Rạn san hô", province="Khánh Hòa"))
    dock = bd_plugin.toggle_panel(True)
    panel = dock.database_panel
    dock.tabs.setCurrentWidget(dock.pushTab)
    assert panel.select_connection(OTHER_GPKG)
    dock.gpkgPathEdit.setText(path)
    panel._fill(dock.historyTable, [])
    panel._fill(dock.submissionsTable, [])

    dock.tabs.setCurrentWidget(dock.historyTab)  # no Refresh clicked
    assert dock.historyTable.rowCount() == 1 and dock.historyTable.item(0, 0).text() == "Rạn san hô"
    stored = other.layers()[0]["pushed_at"]
    assert stored.endswith("Z") and dock.historyTable.item(0, HISTORY_COLUMN("pushed_at")).text() == \
        local_time(stored)
    dock.tabs.setCurrentWidget(dock.reviewTab)
    assert [panel.submission_rows[r]["title"] for r in range(dock.submissionsTable.rowCount())] == ["Rạn san hô"]

    # a push from the dock: History has it at once, whichever tab is shown
    project = QgsProject.instance()
    mine = project.addMapLayer(polygon_layer(name="Cỏ biển", n=1))
    dock.provinceCombo.setCurrentIndex(dock.provinceCombo.findData("khanh_hoa"))
    panel.set_checked([mine.id()])
    panel.start_push()
    assert _wait_for_push(panel)[0][2] is None
    assert sorted(dock.historyTable.item(r, 0).text() for r in range(dock.historyTable.rowCount())) == [
        "Cỏ biển", "Rạn san hô"]
    # a decision in Review: History shows the new status without Refresh
    row = next(r for r, s in enumerate(panel.submission_rows) if s["title"] == "Rạn san hô")
    dock.submissionsTable.selectRow(row)
    dock.reviewCommentEdit.setText("Thiếu nguồn ảnh")
    assert panel.decide("returned")
    status = HISTORY_COLUMN("status")
    statuses = {dock.historyTable.item(r, 0).text(): dock.historyTable.item(r, status).text()
                for r in range(dock.historyTable.rowCount())}
    assert statuses["Rạn san hô"] == "returned"
    assert "Rạn san hô" not in [s["title"] for s in panel.submission_rows]
    project.removeMapLayer(mine.id())


def HISTORY_COLUMN(name):  # noqa: N802 - reads as the constant it looks up
    from bd_qgis_plugin.gui.database_panel import HISTORY_COLUMNS

    return HISTORY_COLUMNS.index(name)


@pytest.mark.usefixtures("vietnamese_locale")
def test_checks_and_results_read_in_vietnamese(bd_plugin, tmp_path):
    """In a Vietnamese QGIS the checks are Vietnamese sentences (not the metadata validator's English), and so is
    a push result line."""
    from qgis.core import QgsLayerMetadata

    from bd_qgis_plugin.db.push import report_line
    from bd_qgis_plugin.i18n import tr

    dock = bd_plugin.toggle_panel(True)
    panel = dock.database_panel
    layer = QgsProject.instance().addMapLayer(polygon_layer(name="Sinh cảnh thiếu siêu dữ liệu", n=1))
    layer.setMetadata(QgsLayerMetadata())
    dock.provinceCombo.setCurrentIndex(dock.provinceCombo.findData("khanh_hoa"))
    dock.gpkgPathEdit.setText(str(tmp_path / "vi.gpkg"))
    panel.set_checked([layer.id()])
    panel.select_layer(layer.id())
    dock.abstractEdit.setPlainText("")
    panel.run_checks()
    texts = [dock.checksList.item(i).text() for i in range(dock.checksList.count())]
    metadata = [t for t in texts if "Siêu dữ liệu còn thiếu" in t]
    assert metadata and metadata[0].startswith("Cảnh báo — Sinh cảnh thiếu siêu dữ liệu: Siêu dữ liệu còn thiếu")
    assert "tóm tắt (lớp thể hiện gì" in metadata[0] and "người liên hệ" in metadata[0]
    assert all("element is required" not in t and "abstract:" not in t for t in texts), texts

    class Stored:
        kind, version, feature_count, table_name = "vector", 2, 1536, "sinh_canh_v2"

    assert report_line(("Sinh cảnh", Stored(), None), tr) == \
        "Sinh cảnh: đã lưu thành phiên bản 2 (1\u00a0536 đối tượng, bảng sinh_canh_v2)."
    QgsProject.instance().removeMapLayer(layer.id())
