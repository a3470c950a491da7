"""The embedded GeoPackage database: the same push, versions and read-back as PostGIS."""

import sqlite3
import threading

import numpy as np
import pytest
from db_helpers import X0, Y0, class_raster, polygon_layer
from qgis.core import QgsRasterLayer


def _database(path, user="tech"):
    from bd_qgis_plugin.db.geopackage import GeopackageDatabase

    database = GeopackageDatabase(str(path), user=user)
    database.ensure_schema()
    return database


def _request(title, **kw):
    from bd_qgis_plugin.db.model import PushRequest

    return PushRequest(title=title, theme=kw.pop("theme", "habitat"), province="Khánh Hòa", **kw)


def test_vector_push_versions_and_read_back(qgis_app, tmp_path):
    from bd_qgis_plugin.db.model import DuplicateError

    database = _database(tmp_path / "bd.gpkg")
    assert database.migrate() == []
    layer = polygon_layer(n=6)
    layer.renderer().symbol().setColor(__import__("qgis.PyQt.QtGui", fromlist=["QColor"]).QColor(200, 10, 10))
    title = 'Rừng "ngập" mặn; DROP TABLE bd_layers; --'
    first = database.push(layer, _request(title))
    assert first.table_name == "rung_ngap_man_drop_table_bd_layers_v1"
    with pytest.raises(DuplicateError):
        database.push(polygon_layer(n=6), _request(title))
    second = database.push(polygon_layer(n=2), _request(title))
    assert second.version == 2 and second.layer_uid == first.layer_uid
    rows = database.layers(title)
    assert [(r["version"], r["status"]) for r in rows] == [(1, "submitted"), (2, "submitted")]
    stored = database.qgis_layer(rows[0])
    assert stored.isValid() and stored.featureCount() == 6 and stored.crs().authid() == "EPSG:3405"
    assert {f["select"]: (f["tên"], f.geometry().asWkt(3)) for f in stored.getFeatures()} == \
        {f["select"]: (f["tên"], f.geometry().asWkt(3)) for f in layer.getFeatures()}
    assert stored.renderer().symbol().color().name() == "#c80a0a"
    assert database.qgis_layer(rows[1]).featureCount() == 2
    # QGIS' OGR provider finds the stored style in layer_styles
    plain = __import__("qgis.core", fromlist=["QgsVectorLayer"]).QgsVectorLayer(
        f"{database.path}|layername={rows[0]['table_name']}", "plain", "ogr")
    listed = plain.listStylesInDatabase()
    assert listed[0] >= 1, listed
    assert title in database.stored_metadata(rows[0])


def test_raster_push_as_geopackage_tiles(qgis_app, tmp_path):
    database = _database(tmp_path / "bd.gpkg")
    path, data = class_raster(tmp_path / "classes.tif")
    result = database.push(QgsRasterLayer(path, "classes"), _request("Bản đồ sinh cảnh"))
    stored = database.qgis_layer(database.layers("Bản đồ sinh cảnh")[0])
    assert stored.isValid(), stored.error().summary()
    assert (stored.width(), stored.height(), stored.bandCount()) == (280, 300, 1)
    assert (stored.extent().xMinimum(), stored.extent().yMaximum()) == pytest.approx((X0, Y0))
    block = stored.dataProvider().block(1, stored.extent(), 280, 300)
    values = np.array([[block.value(r, c) for c in range(280)] for r in range(300)])
    valid = data != 0
    assert np.array_equal(values[valid], data[valid].astype(float))
    assert result.table_name == "ban_do_sinh_canh_v1"


def test_failed_push_leaves_nothing(qgis_app, tmp_path):
    from bd_qgis_plugin.db.model import PushRequest

    database = _database(tmp_path / "bd.gpkg")
    con = sqlite3.connect(database.path)
    con.execute("CREATE TRIGGER fail_registry BEFORE INSERT ON bd_layers BEGIN SELECT RAISE(ABORT, 'boom'); END")
    con.commit()
    con.close()
    from bd_qgis_plugin.db.model import DatabaseError

    with pytest.raises(DatabaseError, match="boom"):
        database.push(polygon_layer(n=3), PushRequest(title="Broken"))
    con = sqlite3.connect(database.path)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'broken%'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM gpkg_contents WHERE table_name LIKE 'broken%'").fetchone()[0] == 0


def test_reviewer_cannot_decide_on_own_push(qgis_app, tmp_path):
    from bd_qgis_plugin.db.model import DatabaseError

    database = _database(tmp_path / "bd.gpkg", user="lan")
    result = database.push(polygon_layer(n=1), _request("Own"))
    with pytest.raises(DatabaseError, match="cannot be accepted"):
        database.review(result.layer_id, "accepted", "fine", reviewer="lan")
    database.review(result.layer_id, "returned", "CRS?", reviewer="minh")
    assert database.layers("Own")[0]["status"] == "returned"


def test_two_clients_push_at_once(qgis_app, tmp_path):
    path = tmp_path / "bd.gpkg"
    _database(path)
    results, errors = [], []

    def push(n):
        try:
            results.append(_database(path).push(polygon_layer(n=n), _request("Shared")))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(n,)) for n in (3, 4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(r.version for r in results) == [1, 2]


def test_map_exports_and_protected_areas(qgis_app, tmp_path):
    from qgis.PyQt.QtCore import QVariant

    from bd_qgis_plugin.db.protected_areas import category_code, protected_area_records

    database = _database(tmp_path / "bd.gpkg")
    pdf = tmp_path / "Bản đồ sinh cảnh.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% tiny test file\n%%EOF\n")
    database.add_map_export(str(pdf), "A3 ngang — sinh cảnh", "Bản đồ sinh cảnh", "Khánh Hòa")
    exports = database.map_exports()
    assert [(e["title"], e["layout_name"], e["format"], e["size"]) for e in exports] == [
        ("Bản đồ sinh cảnh", "A3 ngang — sinh cảnh", "pdf", pdf.stat().st_size)]

    assert category_code("Vườn quốc gia") == "national_park"
    assert category_code("Khu bảo tồn loài – sinh cảnh") == "species_habitat_area"
    assert category_code("unknown") is None
    reserves = polygon_layer(name="reserves", n=2, fields=(("name_vi", QVariant.String),))
    records = protected_area_records(reserves, "name_vi", None, default_category="nature_reserve")
    # 100 m × 100 m grid squares on the UTM central meridian (scale k0 = 0.9996): true area 1 / k0² ha
    assert [r["area_ha"] for r in records] == pytest.approx([1 / 0.9996 ** 2] * 2, abs=2e-4)
    assert database.import_protected_areas(records) == 2
    layer = database.protected_areas_layer()
    assert layer.isValid() and layer.featureCount() == 2 and layer.crs().authid() == "EPSG:4326"
    assert {f["category"] for f in layer.getFeatures()} == {"nature_reserve"}
