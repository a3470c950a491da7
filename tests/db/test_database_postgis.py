"""PostGIS only: the schema it creates, rasters read back through ST_Value, the COPY stream's fast path. What both
backends promise is in test_database_push.py."""

import numpy as np
from db_helpers import X0, Y0, paletted_class_raster, polygon_layer


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


def test_push_raster_reads_back_pixel_for_pixel_and_in_sql(qgis_app, postgis_db, tmp_path):
    """Beyond what both backends promise (test_database_push.py): every pixel, nodata included, and SQL sees
    the values."""
    database = _database(postgis_db)
    raster, data = paletted_class_raster(tmp_path / "classes.tif")
    result = database.push(raster, _request("Bản đồ sinh cảnh"))
    stored = database.qgis_layer(database.layers("Bản đồ sinh cảnh")[0])
    assert stored.isValid(), stored.error().summary()
    block = stored.dataProvider().block(1, stored.extent(), 280, 300)
    values = np.array([[block.value(r, c) for c in range(280)] for r in range(0, 300, 37)])
    assert np.array_equal(values, data[::37].astype(float))
    assert block.isNoData(0, 0) and not block.isNoData(1, 1)
    point = "ST_SetSRID(ST_Point(%s, %s), 3405)"
    same = postgis_db.query(f'SELECT ST_Value(rast, 1, {point}) FROM bd_data."{result.table_name}" '
                            f"WHERE ST_Intersects(rast, {point})", (X0 + 20 * 2.5, Y0 - 20 * 269.5) * 2)
    assert same[0][0] == data[269, 2]


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
    assert vector_checksum(layer) == result.checksum  # QGIS' path gives the fast path's checksum
    layer.rollBack()
