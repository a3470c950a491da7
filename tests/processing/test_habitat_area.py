"""bd:habitatarea: areas per zone and class on a hand-made grid (20 m pixels = 0.04 ha)."""

import numpy as np
import pytest
from helpers import write_raster
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

from bd_qgis_plugin.compat import field_type

X0, Y0 = 500000.0, 1200000.0


def _class_map(tmp_path):
    data = np.ones((10, 10), dtype="uint8")
    data[:, 6:] = 2
    data[9, 0] = 0  # one nodata pixel
    return write_raster(tmp_path / "classes.tif", data, origin=(X0, Y0), pixel=20.0, nodata=0)


def _box(col0, row0, col1, row1):
    """Polygon covering pixel columns col0..col1-1 and rows row0..row1-1."""
    return QgsGeometry.fromWkt(f"POLYGON(({X0 + 20 * col0} {Y0 - 20 * row0}, {X0 + 20 * col1} {Y0 - 20 * row0}, "
                               f"{X0 + 20 * col1} {Y0 - 20 * row1}, {X0 + 20 * col0} {Y0 - 20 * row1}, "
                               f"{X0 + 20 * col0} {Y0 - 20 * row0}))")


def _zones(items):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "zones", "memory")
    layer.dataProvider().addAttributes([QgsField("name", field_type("String"))])
    layer.updateFields()
    features = []
    for name, geometry in items:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature["name"] = name
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _rows(result):
    return {(f["zone"], f["class_code"]): (f["pixels"], round(f["area_ha"], 6), round(f["pct_zone"], 6))
            for f in result.getFeatures()}


def test_area_per_zone_and_class(bd_plugin, tmp_path):
    import processing

    zones = _zones([
        ("Tà Kóu", _box(0, 0, 2, 5)), ("Tà Kóu", _box(2, 0, 5, 5)),  # one reserve in two parts: 25 px of class 1
        ("Núi Ông", _box(4, 5, 8, 10)),  # 10 px class 1, 10 px class 2
        ("core", _box(1, 1, 3, 3)),  # nested in Tà Kóu: 4 px of class 1
        ("offshore", _box(20, 20, 25, 25)),  # outside the map
    ])
    result = processing.run("bd:habitatarea", {"INPUT": _class_map(tmp_path), "ZONES": zones, "ZONE_FIELD": "name",
                                               "OUTPUT": "memory:"})["OUTPUT"]
    assert _rows(result) == {
        ("Tà Kóu", 1): (25, 1.0, 100.0),
        ("Núi Ông", 1): (10, 0.4, 50.0),
        ("Núi Ông", 2): (10, 0.4, 50.0),
        ("core", 1): (4, 0.16, 100.0),
    }


def test_nodata_is_not_counted_and_invalid_geometry_is_repaired(bd_plugin, tmp_path):
    import processing

    bottom_left = _box(0, 8, 2, 10)  # 4 pixels, one of them nodata
    bowtie = QgsGeometry.fromWkt(f"POLYGON(({X0} {Y0}, {X0 + 200} {Y0 - 200}, {X0 + 200} {Y0}, {X0} {Y0 - 200}, "
                                 f"{X0} {Y0}))")
    assert not bowtie.isGeosValid()
    result = processing.run("bd:habitatarea", {"INPUT": _class_map(tmp_path),
                                               "ZONES": _zones([("edge", bottom_left), ("bowtie", bowtie)]),
                                               "ZONE_FIELD": "name", "OUTPUT": "memory:"})["OUTPUT"]
    rows = _rows(result)
    assert rows[("edge", 1)] == (3, 0.12, 100.0)
    bowtie_pixels = sum(v[0] for k, v in rows.items() if k[0] == "bowtie")
    assert 40 <= bowtie_pixels <= 60  # two triangles, half of the 10×10 map


def test_geographic_class_map_is_refused(bd_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    degrees = write_raster(tmp_path / "deg.tif", np.ones((4, 4), "uint8"), epsg=4326, origin=(105.0, 11.0),
                           pixel=0.001)
    with pytest.raises(QgsProcessingException, match="cannot be computed in degrees"):
        processing.run("bd:habitatarea", {"INPUT": degrees, "ZONES": _zones([("a", _box(0, 0, 1, 1))]),
                                          "ZONE_FIELD": "name", "OUTPUT": "memory:"})


def test_error_adjusted_area_per_zone_from_an_accuracy_report(bd_plugin, tmp_path):
    """Olofsson et al. (2014) eq. 9-10 with the zone's own map shares as weights, computed by hand:
    error matrix (rows = map) [[8, 2], [1, 9]]; Núi Ông maps 10 px of each class (W = 0.5, 0.5; 0.8 ha):
    p1 = 0.5·0.8 + 0.5·0.1 = 0.45 → 0.36 ha, p2 = 0.55 → 0.44 ha,
    SE(p) = √(0.25·0.8·0.2/9 + 0.25·0.1·0.9/9) = 0.0833… → CI95 = 1.96 · 0.8 · 0.0833… = 0.130667 ha.
    Tà Kóu maps 25 px of class 1 only (1 ha): class 1 0.8 ha, class 2 (not mapped there) 0.2 ha,
    SE = √(0.8·0.2/9) = 0.1333… → CI95 = 0.261333 ha."""
    import json

    import processing

    report = tmp_path / "accuracy.json"
    report.write_text(json.dumps({"classes": [{"code": 1, "name": "forest"}, {"code": 2, "name": "grass"}],
                                  "error_matrix_counts": {"rows": "map", "columns": "reference",
                                                          "values": [[8, 2], [1, 9]]}}))
    zones = _zones([("Tà Kóu", _box(0, 0, 5, 5)), ("Núi Ông", _box(4, 5, 8, 10))])
    result = processing.run("bd:habitatarea", {"INPUT": _class_map(tmp_path), "ZONES": zones, "ZONE_FIELD": "name",
                                               "ACCURACY_REPORT": str(report), "OUTPUT": "memory:"})["OUTPUT"]
    rows = {(f["zone"], f["class_code"]): (f["pixels"], round(f["area_adj_ha"], 6), round(f["area_adj_ci95_ha"], 6))
            for f in result.getFeatures()}
    assert rows == {
        ("Núi Ông", 1): (10, 0.36, 0.130667),
        ("Núi Ông", 2): (10, 0.44, 0.130667),
        ("Tà Kóu", 1): (25, 0.8, 0.261333),
        ("Tà Kóu", 2): (0, 0.2, 0.261333),
    }


def test_accuracy_report_of_another_map_is_refused(bd_plugin, tmp_path):
    import json

    import processing
    from qgis.core import QgsProcessingException

    report = tmp_path / "other.json"
    report.write_text(json.dumps({"classes": [{"code": 1}, {"code": 3}],
                                  "error_matrix_counts": {"values": [[5, 0], [0, 5]]}}))
    with pytest.raises(QgsProcessingException, match="Map class 2 is not in the accuracy report"):
        processing.run("bd:habitatarea", {"INPUT": _class_map(tmp_path),
                                          "ZONES": _zones([("Núi Ông", _box(4, 5, 8, 10))]), "ZONE_FIELD": "name",
                                          "ACCURACY_REPORT": str(report), "OUTPUT": "memory:"})
