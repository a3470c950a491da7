"""The provincial database on a real PostgreSQL 15 + PostGIS 3.3 server: push, versions, read back."""

import numpy as np
import pytest
from db_helpers import X0, Y0, class_raster, polygon_layer
from qgis.core import QgsLayerMetadata, QgsPalettedRasterRenderer, QgsRasterLayer
from qgis.PyQt.QtGui import QColor


def _database(conn):
    from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase

    database = PostgisDatabase(PgParams(conn.host, conn.port, conn.dbname, conn.user, conn.password))
    database.ensure_schema()
    return database


def _request(title, **kw):
    from bd_qgis_plugin.db.model import PushRequest

    return PushRequest(title=title, theme=kw.pop("theme", "habitat"), province="Khánh Hòa", **kw)


def test_migrations_create_schema_once(qgis_app, postgis_db):
    from bd_qgis_plugin.db.migrations import latest_version

    database = _database(postgis_db)
    assert database.schema_version() == latest_version("postgis")
    assert database.migrate() == []  # nothing left to apply
    tables = {r[0] for r in postgis_db.query(
        "SELECT table_schema || '.' || table_name FROM information_schema.tables "
        "WHERE table_schema IN ('bd', 'public')")}
    assert {"bd.layers", "bd.reviews", "bd.map_exports", "bd.protected_areas", "public.qgis_layer_metadata",
            "public.layer_styles"} <= tables
    columns = [r[0] for r in postgis_db.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'qgis_layer_metadata' "
        "ORDER BY ordinal_position")]
    assert columns == ["id", "f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "identifier",
                       "title", "abstract", "geometry_type", "extent", "crs", "layer_type", "qmd", "owner",
                       "update_time"]


def test_push_vector_with_style_metadata_and_hostile_names(qgis_app, postgis_db):
    database = _database(postgis_db)
    layer = polygon_layer(n=7)
    layer.renderer().symbol().setColor(__import__("qgis.PyQt.QtGui", fromlist=["QColor"]).QColor(12, 200, 34))
    metadata = QgsLayerMetadata()
    metadata.setAbstract("Rừng ngập mặn Cam Ranh")
    layer.setMetadata(metadata)
    title = "Rừng \"ngập\" mặn; DROP TABLE bd.layers; --'select'"
    result = database.push(layer, _request(title, lineage=[{"algorithm": "bd:habitatclassification",
                                                             "parameters": {"TREES": 200}}]))
    assert result.version == 1 and result.slug == "rung_ngap_man_drop_table_bd_layers_select"
    assert result.table_name == result.slug + "_v1" and result.feature_count == 7
    row = database.layers(title)[0]
    assert row["status"] == "submitted" and row["lineage"][0]["parameters"]["TREES"] == 200
    assert row["pushed_by"] == postgis_db.user and row["srid"] == 3405

    stored = database.qgis_layer(row)
    assert stored.isValid(), stored.error().summary()
    assert stored.featureCount() == 7 and stored.crs().authid() == "EPSG:3405"
    original = {f["select"]: (f["tên"], f.geometry().asWkt(3)) for f in layer.getFeatures()}
    read = {f["select"]: (f["tên"], f.geometry().asWkt(3)) for f in stored.getFeatures()}
    assert read == original
    assert stored.renderer().symbol().color().name() == "#0cc822"
    # QGIS itself finds the style in layer_styles
    listed = stored.listStylesInDatabase()
    assert listed[0] >= 1, listed
    qmd = database.stored_metadata(row)
    assert "Rừng ngập mặn Cam Ranh" in qmd and row["layer_uid"] in qmd
    assert postgis_db.query("SELECT count(*) FROM bd.layers")[0][0] == 1  # the hostile title dropped nothing


def test_push_twice_gives_two_versions_and_duplicate_is_refused(qgis_app, postgis_db):
    from bd_qgis_plugin.db.model import DuplicateError

    database = _database(postgis_db)
    first = database.push(polygon_layer(n=3), _request("Habitat 2025"))
    with pytest.raises(DuplicateError, match="already pushed as 'Habitat 2025' version 1"):
        database.push(polygon_layer(n=3), _request("Habitat 2025"))
    assert postgis_db.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'bd_data'")[0][0] == 1
    second = database.push(polygon_layer(n=4), _request("Habitat 2025"))
    assert (first.version, second.version) == (1, 2) and first.layer_uid == second.layer_uid
    again = database.push(polygon_layer(n=4), _request("Habitat 2025", allow_duplicate=True))
    assert again.version == 3 and again.warnings
    rows = database.layers("Habitat 2025")
    assert [r["version"] for r in rows] == [1, 2, 3]
    assert database.qgis_layer(rows[0]).featureCount() == 3  # the previous version is intact
    assert database.qgis_layer(rows[1]).featureCount() == 4


def test_slug_collision_gets_a_suffix(qgis_app, postgis_db):
    database = _database(postgis_db)
    a = database.push(polygon_layer(n=2), _request("Đồng Nai"))
    b = database.push(polygon_layer(n=3), _request("dong nai"))
    assert (a.slug, b.slug) == ("dong_nai", "dong_nai_2") and a.layer_uid != b.layer_uid


def test_push_raster_reads_back_pixel_for_pixel(qgis_app, postgis_db, tmp_path):
    database = _database(postgis_db)
    path, data = class_raster(tmp_path / "classes.tif")
    raster = QgsRasterLayer(path, "classes")
    classes = [QgsPalettedRasterRenderer.Class(value, QColor(10 * value, 100, 50), f"lớp {value}")
               for value in range(1, 7)]
    raster.setRenderer(QgsPalettedRasterRenderer(raster.dataProvider(), 1, classes))
    result = database.push(raster, _request("Bản đồ sinh cảnh"))
    assert result.kind == "raster" and result.feature_count == 4  # 2 × 2 tiles of 256²
    row = database.layers("Bản đồ sinh cảnh")[0]
    stored = database.qgis_layer(row)
    assert stored.isValid(), stored.error().summary()
    assert (stored.width(), stored.height()) == (280, 300)
    assert isinstance(stored.renderer(), QgsPalettedRasterRenderer)  # the pushed style came back
    assert [c.label for c in stored.renderer().classes()][:2] == ["lớp 1", "lớp 2"]
    extent = stored.extent()
    assert (extent.xMinimum(), extent.yMaximum()) == pytest.approx((X0, Y0))
    block = stored.dataProvider().block(1, extent, 280, 300)
    values = np.array([[block.value(r, c) for c in range(280)] for r in range(0, 300, 37)])
    assert np.array_equal(values, data[::37].astype(float))
    assert block.isNoData(0, 0) and not block.isNoData(1, 1)
    point = "ST_SetSRID(ST_Point(%s, %s), 3405)"
    same = postgis_db.query(f'SELECT ST_Value(rast, 1, {point}) FROM bd_data."{result.table_name}" '
                            f"WHERE ST_Intersects(rast, {point})", (X0 + 20 * 2.5, Y0 - 20 * 269.5) * 2)
    assert same[0][0] == data[269, 2]


def test_cancel_rolls_back(qgis_app, postgis_db):
    from bd_qgis_plugin.core.errors import Cancelled

    database = _database(postgis_db)
    seen = []
    with pytest.raises(Cancelled):
        database.push(polygon_layer(n=4500), _request("Cancelled"), progress=seen.append,
                      cancelled=lambda: bool(seen))
    assert seen  # it was under way when cancelled
    assert postgis_db.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'bd_data'")[0][0] == 0
    assert postgis_db.query("SELECT count(*) FROM bd.layers")[0][0] == 0


def test_user_defined_tm3_crs_is_stored(qgis_app, postgis_db):
    from qgis.core import QgsCoordinateReferenceSystem

    database = _database(postgis_db)
    tm3 = QgsCoordinateReferenceSystem.fromProj(  # VN-2000 TM-3, Khánh Hòa (central meridian 108°15′)
        "+proj=tmerc +lat_0=0 +lon_0=108.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 "
        "+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 "
        "+units=m +no_defs")
    layer = polygon_layer(n=2)
    layer.setCrs(tm3)
    result = database.push(layer, _request("TM-3"))
    row = database.layers("TM-3")[0]
    assert row["srid"] >= 910001
    stored = database.qgis_layer(row)
    assert stored.isValid() and stored.featureCount() == 2
    assert "+lon_0=108.25" in stored.crs().toProj() and result.version == 1


def test_geopackage_fast_path_gives_the_same_rows_and_checksum(qgis_app, postgis_db, tmp_path):
    """An unedited GeoPackage is read through GDAL's columnar reader: same table, same checksum as QGIS'."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    from bd_qgis_plugin.db.checksums import vector_checksum
    from bd_qgis_plugin.db.copy_stream import VectorSource, _ArrowGeopackage

    memory = polygon_layer(n=5)
    memory.startEditing()
    memory.changeAttributeValue(next(memory.getFeatures()).id(), 0, "tab\there\\back\nslash ‘Đ’")
    memory.commitChanges()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "habitat"
    path = str(tmp_path / "habitat.gpkg")
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, path, QgsCoordinateTransformContext(), options)
    layer = QgsVectorLayer(path + "|layername=habitat", "habitat", "ogr")
    assert _ArrowGeopackage.open(VectorSource(layer)) is not None  # the fast path applies
    database = _database(postgis_db)
    result = database.push(layer, _request("Fast path"))
    assert result.checksum == vector_checksum(layer) and result.feature_count == 5
    stored = database.qgis_layer(database.layers("Fast path")[0])
    assert {f["select"]: (f["tên"], f.geometry().asWkt(3)) for f in stored.getFeatures()} == \
        {f["select"]: (f["tên"], f.geometry().asWkt(3)) for f in memory.getFeatures()}
    layer.startEditing()  # edited (unsaved) layer: QGIS' own path, same result
    assert _ArrowGeopackage.open(VectorSource(layer)) is None
    layer.rollBack()
