"""bd:resistancesurface, bd:costdistance, bd:leastcostpath, bd:corridors through processing.run, on tiny grids."""

import math

import numpy as np
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal
from qgis.core import NULL, QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer

from bd_qgis_plugin.compat import field_type

X0, Y0, PIXEL = 500000.0, 1200000.0, 20.0


def _layer(kind, items, id_type="String"):
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:32648", "v", "memory")
    layer.dataProvider().addAttributes([QgsField("id", field_type(id_type))])
    layer.updateFields()
    features = []
    for value, wkt in items:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature["id"] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _cell_box(row, col):
    x0, y1 = X0 + col * PIXEL, Y0 - row * PIXEL
    return f"POLYGON(({x0} {y1 - PIXEL},{x0 + PIXEL} {y1 - PIXEL},{x0 + PIXEL} {y1},{x0} {y1},{x0} {y1 - PIXEL}))"


def _strip(tmp_path):
    """3 × 7 resistance: middle row 1, outer rows 3 (the hand-computed corridor of test_costdistance)."""
    data = np.full((3, 7), 3.0, dtype="float32")
    data[1] = 1.0
    return write_raster(tmp_path / "strip.tif", data, nodata=-9999.0, dtype="float32")


def test_resistance_surface_default_table_and_csv(bd_plugin, tmp_path):
    import processing

    classes = np.array([[1, 2, 3], [4, 5, 6], [3, 3, 0]], dtype="uint8")
    class_map = write_raster(tmp_path / "classes.tif", classes, nodata=0)
    out = processing.run("bd:resistancesurface", {"INPUT": class_map, "OUTPUT": str(tmp_path / "r.tif")})["OUTPUT"]
    values, info = read_raster(out)
    assert values[0].tolist() == [[200, 30, 1], [20, 50, 500], [1, 1, -9999]]
    assert info["nodata"] == -9999
    table = tmp_path / "table.csv"
    table.write_text("class,resistance\n1,10\n2,2\n3,1\n4,4\n5,5\n6,6\n")
    out = processing.run("bd:resistancesurface", {"INPUT": class_map, "LOOKUP": str(table), "NODATA_AS": 1,
                                                   "NODATA_VALUE": 7, "OUTPUT": str(tmp_path / "r2.tif")})["OUTPUT"]
    assert read_raster(out)[0][0].tolist() == [[10, 2, 1], [4, 5, 6], [1, 1, 7]]


def test_resistance_surface_refuses_zero_and_missing_classes(bd_plugin, tmp_path):
    import processing

    class_map = write_raster(tmp_path / "classes.tif", np.array([[1, 2], [3, 9]], dtype="uint8"), nodata=0)
    zero = tmp_path / "zero.csv"
    zero.write_text("1,0\n2,-1\n3,1\n9,1\n")
    with pytest.raises(QgsProcessingException, match=r"class\(es\) 1, 2"):
        processing.run("bd:resistancesurface", {"INPUT": class_map, "LOOKUP": str(zero),
                                                "OUTPUT": str(tmp_path / "a.tif")})
    with pytest.raises(QgsProcessingException, match=r"Class\(es\) 9 of the class map are not in the lookup table"):
        processing.run("bd:resistancesurface", {"INPUT": class_map, "OUTPUT": str(tmp_path / "b.tif")})
    assert not (tmp_path / "b.tif").exists()


def test_cost_distance_vector_and_raster_sources(bd_plugin, tmp_path):
    import processing

    resistance = _strip(tmp_path)
    x, y = X0 + 0.5 * PIXEL, Y0 - 1.5 * PIXEL  # centre of cell (1, 0)
    sources = _layer("Point", [(7, f"POINT({x} {y})")], "Int")
    result = processing.run("bd:costdistance", {
        "RESISTANCE": resistance, "SOURCES": sources, "SOURCE_ID_FIELD": "id", "OUTPUT": str(tmp_path / "c.tif"),
        "ALLOCATION": str(tmp_path / "a.tif"), "DIRECTION": str(tmp_path / "d.tif")})
    cost, info = read_raster(result["OUTPUT"])
    assert cost[0][1].tolist() == pytest.approx([20 * c for c in range(7)])
    assert cost[0][0, 0] == pytest.approx(20 * 2.0)  # one step north: (1 + 3) / 2 × 20 m
    assert "map units" in gdal.Open(result["OUTPUT"]).GetMetadataItem("units")
    assert set(read_raster(result["ALLOCATION"])[0].ravel().tolist()) == {7}
    assert read_raster(result["DIRECTION"])[0][0][1, :3].tolist() == [0, 180, 180]
    cells = processing.run("bd:costdistance", {"RESISTANCE": resistance, "SOURCES": sources, "UNITS": 1,
                                               "NEIGHBOURS": 1, "MAX_COST": 3, "OUTPUT": str(tmp_path / "k.tif")})
    knight = read_raster(cells["OUTPUT"])[0][0]
    assert knight[1, :4].tolist() == [0, 1, 2, 3] and knight[1, 4] == -9999
    start = np.zeros((3, 7), dtype="uint8")
    start[1, 6] = 2
    raster_sources = write_raster(tmp_path / "s.tif", start)
    out = processing.run("bd:costdistance", {"RESISTANCE": resistance, "SOURCES_RASTER": raster_sources,
                                             "OUTPUT": str(tmp_path / "c2.tif")})["OUTPUT"]
    assert read_raster(out)[0][0][1].tolist() == pytest.approx([20 * (6 - c) for c in range(7)])


def test_cost_distance_refuses_misaligned_sources_and_geographic_crs(bd_plugin, tmp_path):
    import processing

    resistance = _strip(tmp_path)
    shifted = write_raster(tmp_path / "s.tif", np.ones((3, 7), dtype="uint8"), origin=(X0 + 10, Y0))
    with pytest.raises(QgsProcessingException, match="not on the same grid"):
        processing.run("bd:costdistance", {"RESISTANCE": resistance, "SOURCES_RASTER": shifted,
                                           "OUTPUT": str(tmp_path / "c.tif")})
    degrees = write_raster(tmp_path / "deg.tif", np.ones((3, 7), dtype="float32"), epsg=4326, origin=(106.0, 11.0),
                           pixel=0.001)
    with pytest.raises(QgsProcessingException, match="not in a projected CRS"):
        processing.run("bd:costdistance", {"RESISTANCE": degrees, "SOURCES_RASTER": degrees,
                                           "OUTPUT": str(tmp_path / "c3.tif")})
    zero = np.ones((3, 7), dtype="float32")
    zero[2, 2] = 0
    with pytest.raises(QgsProcessingException, match=r"1 cell\(s\) with zero or negative resistance, e.g. at "
                                                     r"\(500050.0, 1199950.0\)"):
        processing.run("bd:costdistance", {"RESISTANCE": write_raster(tmp_path / "z.tif", zero),
                                           "SOURCES_RASTER": write_raster(tmp_path / "s2.tif", np.ones((3, 7),
                                                                                                       "uint8")),
                                           "OUTPUT": str(tmp_path / "c4.tif")})
    assert not (tmp_path / "c4.tif").exists()


def test_least_cost_paths_report_disconnected_pairs(bd_plugin, tmp_path):
    import processing

    data = np.ones((3, 9), dtype="float32")
    data[:, 7] = -9999  # a wall: core D beyond it is disconnected
    resistance = write_raster(tmp_path / "r.tif", data, nodata=-9999.0)
    cores = _layer("Polygon", [("A", _cell_box(1, 0)), ("C", _cell_box(1, 3)), ("B", _cell_box(1, 6)),
                               ("D", _cell_box(1, 8))])
    out = processing.run("bd:leastcostpath", {"RESISTANCE": resistance, "CORES": cores, "CORE_ID_FIELD": "id",
                                              "PAIRS": 2, "PAIR_LIST": "A-C; A-D", "OUTPUT": "memory:"})["OUTPUT"]
    rows = {(f["core_a"], f["core_b"]): f for f in out.getFeatures()}
    ok, cut = rows[("A", "C")], rows[("A", "D")]
    assert ok["status"] == "ok" and ok["lcd"] == pytest.approx(60.0) and ok["length_m"] == pytest.approx(60.0)
    assert ok["euclid"] == pytest.approx(40.0) and ok["ratio"] == pytest.approx(1.5)
    assert ok.geometry().length() == pytest.approx(60.0)
    assert cut["status"] == "disconnected" and cut["lcd"] == NULL and cut["ratio"] == NULL
    assert not cut.hasGeometry()
    with pytest.raises(QgsProcessingException, match="not in the cores layer: A-Z"):
        processing.run("bd:leastcostpath", {"RESISTANCE": resistance, "CORES": cores, "CORE_ID_FIELD": "id",
                                            "PAIRS": 2, "PAIR_LIST": "A-Z", "OUTPUT": "memory:"})


def test_corridors_hand_computed(bd_plugin, tmp_path):
    import processing

    cores = _layer("Polygon", [("A", _cell_box(1, 0)), ("B", _cell_box(1, 6))])
    result = processing.run("bd:corridors", {
        "RESISTANCE": _strip(tmp_path), "CORES": cores, "CORE_ID_FIELD": "id", "MAX_NEIGHBOURS": 2,
        "CUTOFF": 3.7 * PIXEL, "OUTPUT": str(tmp_path / "nlcc.tif"), "OUTPUT_LINKS": "memory:",
        "OUTPUT_POLYGONS": "memory:"})
    nlcc = read_raster(result["OUTPUT"])[0][0]
    inner = (4 * math.sqrt(2) - 2) * PIXEL
    assert nlcc[1].tolist() == [0.0] * 7
    assert nlcc[0, 1:6] == pytest.approx([inner] * 5, rel=1e-6)
    assert nlcc[0, 0] == -9999  # 1 + 2√2 = 3.83 cells of cost: beyond the 3.7 cutoff
    (link,) = list(result["OUTPUT_LINKS"].getFeatures())
    assert (link["core_a"], link["core_b"], link["lcd"], link["length_m"]) == ("A", "B", 120.0, 120.0)
    (polygon,) = list(result["OUTPUT_POLYGONS"].getFeatures())
    assert polygon.geometry().area() == pytest.approx(17 * PIXEL * PIXEL)


def test_grid_too_large_for_memory_is_refused_before_reading(bd_plugin, tmp_path):
    import processing
    from osgeo import osr

    path = str(tmp_path / "huge.tif")  # 200 000² cells, sparse: nothing is stored, nothing must be read
    ds = gdal.GetDriverByName("GTiff").Create(path, 200_000, 200_000, 1, gdal.GDT_Float32,
                                              options=["TILED=YES", "SPARSE_OK=TRUE", "BIGTIFF=YES"])
    ds.SetGeoTransform((X0, PIXEL, 0.0, Y0, 0.0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32648)
    ds.SetProjection(srs.ExportToWkt())
    ds = None
    sources = _layer("Point", [(1, f"POINT({X0 + 10} {Y0 - 10})")], "Int")
    grouped = "40\u00a0000\u00a0000\u00a0000"  # thousands grouped by no-break spaces (core.errors.thousands)
    with pytest.raises(QgsProcessingException, match=grouped + " cells; this analysis needs about [\\d\u00a0]+ MB"):
        processing.run("bd:costdistance", {"RESISTANCE": path, "SOURCES": sources, "OUTPUT": str(tmp_path / "c.tif")})
