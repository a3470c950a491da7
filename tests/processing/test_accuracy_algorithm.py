"""bd:accuracyassessment on a hand-made class map and reference points (in another CRS)."""

import json

import numpy as np
import pytest
from helpers import write_raster
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from bd_qgis_plugin.compat import field_type

ORIGIN = (500000.0, 1200000.0)  # UTM 48N, 20 m pixels → 0.04 ha


def _class_map(tmp_path, epsg=32648):
    data = np.ones((10, 10), dtype="uint8")
    data[:, 6:] = 2  # 60 pixels of class 1, 40 of class 2
    return write_raster(tmp_path / "classes.tif", data, epsg=epsg, origin=ORIGIN, pixel=20.0, nodata=0)


def _points_wgs84(cells_and_labels):
    """Point layer in EPSG:4326 at the centres of (row, col) cells of the UTM grid."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "reference", "memory")
    layer.dataProvider().addAttributes([QgsField("ref_class", field_type("Int"))])
    layer.updateFields()
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32648"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    features = []
    for (row, col), label in cells_and_labels:
        point = to_wgs84.transform(QgsPointXY(ORIGIN[0] + 20 * col + 10, ORIGIN[1] - 20 * row - 10))
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        feature["ref_class"] = label
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


SAMPLE = [((0, 0), 1), ((2, 1), 1), ((4, 2), 1), ((6, 3), 1), ((8, 4), 2),  # mapped 1: one is really 2
          ((1, 6), 2), ((3, 7), 2), ((5, 8), 2), ((7, 9), 2), ((9, 9), 2)]  # mapped 2: all right


def test_report_matches_hand_computation(bd_plugin, tmp_path):
    import processing

    result = processing.run("bd:accuracyassessment", {
        "INPUT": _class_map(tmp_path), "REFERENCE": _points_wgs84(SAMPLE), "REFERENCE_FIELD": "ref_class",
        "OUTPUT_HTML": str(tmp_path / "acc.html"), "OUTPUT_JSON": str(tmp_path / "acc.json")})
    report = json.loads((tmp_path / "acc.json").read_text(encoding="utf-8"))
    # counts [[4, 1], [0, 5]], W = (0.6, 0.4): p = [[0.48, 0.12], [0, 0.40]]; total 100 px × 0.04 ha = 4 ha
    assert report["error_matrix_counts"]["values"] == [[4, 1], [0, 5]]
    assert np.allclose(report["error_matrix_area_proportions"]["values"], [[0.48, 0.12], [0.0, 0.40]])
    assert report["overall_accuracy"]["value"] == pytest.approx(0.88)
    assert result["OVERALL_ACCURACY"] == pytest.approx(0.88)
    assert report["users_accuracy"]["1"]["value"] == pytest.approx(0.8)
    assert report["producers_accuracy"]["2"]["value"] == pytest.approx(0.40 / 0.52)
    assert report["mapped_area"] == {"1": pytest.approx(2.4), "2": pytest.approx(1.6)}
    assert report["estimated_area"]["1"]["value"] == pytest.approx(1.92)
    assert report["estimated_area"]["2"]["value"] == pytest.approx(2.08)
    # SE of the class-2 area: A·√(W1²·(1/5)(4/5)/4) = 4·√(0.36·0.04) = 0.48 ha
    assert report["estimated_area"]["2"]["se"] == pytest.approx(0.48)
    page = (tmp_path / "acc.html").read_text(encoding="utf-8")
    assert "Error matrix (sample counts)" in page and "2.080 ± 0.941" not in page and "2.1 ± 0.9" in page


def test_points_outside_the_map_and_degree_maps_are_refused(bd_plugin, tmp_path):
    import processing

    outside = _points_wgs84(SAMPLE + [((30, 30), 1)])
    with pytest.raises(QgsProcessingException, match=r"1 reference point\(s\) fall outside the class map"):
        processing.run("bd:accuracyassessment", {
            "INPUT": _class_map(tmp_path), "REFERENCE": outside, "REFERENCE_FIELD": "ref_class",
            "OUTPUT_HTML": str(tmp_path / "a.html"), "OUTPUT_JSON": str(tmp_path / "a.json")})
    degrees = write_raster(tmp_path / "deg.tif", np.ones((4, 4), "uint8"), epsg=4326, origin=(105.0, 11.0),
                           pixel=0.001)
    with pytest.raises(QgsProcessingException, match="geographic CRS .* cannot be computed in degrees"):
        processing.run("bd:accuracyassessment", {
            "INPUT": degrees, "REFERENCE": _points_wgs84(SAMPLE[:1]), "REFERENCE_FIELD": "ref_class",
            "OUTPUT_HTML": str(tmp_path / "b.html"), "OUTPUT_JSON": str(tmp_path / "b.json")})
    assert not (tmp_path / "a.json").exists() and not (tmp_path / "b.json").exists()


def test_report_labels_are_all_translatable():
    from bd_qgis_plugin.core.report import ACCURACY_LABELS
    from bd_qgis_plugin.processing_algorithms.habitat.accuracy_assessment import translated_labels

    assert set(translated_labels()) == set(ACCURACY_LABELS)


def test_a_report_that_cannot_be_written_is_named(bd_plugin, tmp_path):
    import processing

    (tmp_path / "acc.json").mkdir()  # a folder where the JSON report should go
    with pytest.raises(QgsProcessingException, match=r"The file '.*acc\.json' could not be written"):
        processing.run("bd:accuracyassessment", {
            "INPUT": _class_map(tmp_path), "REFERENCE": _points_wgs84(SAMPLE), "REFERENCE_FIELD": "ref_class",
            "OUTPUT_HTML": str(tmp_path / "acc.html"), "OUTPUT_JSON": str(tmp_path / "acc.json")})
