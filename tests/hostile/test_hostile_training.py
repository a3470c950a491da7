"""Hostile input: training data that a technician really has (issue: every bad input gets a clear answer, and a
serious classifier goes on without the polygons it cannot use, saying which).

All cases run bd:habitatclassification through Processing on the constructed 3-class scene of
``habitat_scenes`` (40 × 60 pixels of 20 m in UTM 48N: water, forest, sand in stripes of 20 columns, three
5 × 5-pixel polygons per class)."""

import json

import numpy as np
import pytest
from habitat_scenes import PIXEL, X0, Y0, _box, _polygons, _scene, _training_layer
from helpers import log_feedback, read_raster, write_raster


def _layer(fields, rows, crs="EPSG:32648"):
    """A memory polygon layer with ``fields`` = [(name, type)] and ``rows`` = [(WKB, [values])]."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from bd_qgis_plugin.compat import field_type

    layer = QgsVectorLayer(f"Polygon?crs={crs}", "training", "memory")
    layer.dataProvider().addAttributes([QgsField(name, field_type(kind)) for name, kind in fields])
    layer.updateFields()
    features = []
    for wkb, values in rows:
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _run(tmp_path, image, training, class_field="code", name_field=None, feedback=None, **extra):
    import processing

    params = {"INPUT": image, "SENSOR": 0, "TRAINING": training, "CLASS_FIELD": class_field,
              "VALIDATION_FRACTION": 0.34, "OUTPUT": str(tmp_path / "habitat.tif"),
              "OUTPUT_MODEL": str(tmp_path / "model.bdmodel"), "OUTPUT_REPORT": str(tmp_path / "report.html"),
              **extra}
    if name_field:
        params["CLASS_NAME_FIELD"] = name_field
    return processing.run("bd:habitatclassification", params, feedback=feedback)


def _report(tmp_path):
    return (json.loads((tmp_path / "report.json").read_text(encoding="utf-8")),
            (tmp_path / "report.html").read_text(encoding="utf-8"))


@pytest.mark.hostile("a text class field ('Nước', 'Rừng', 'Cát')")
def test_a_text_class_field_is_numbered_in_alphabetical_order_and_said(bd_plugin, tmp_path):
    """The text is the class name; the classes are numbered 1..n in the order of their names, and the log, the
    report (HTML and JSON) and the map's style say which number each name got."""
    from qgis.core import QgsRasterLayer

    path, truth = _scene(tmp_path)
    feedback = log_feedback()
    result = _run(tmp_path, path, _training_layer(_polygons()), class_field="name", feedback=feedback)
    numbering = {"Cát": 1, "Nước": 2, "Rừng": 3}  # sand, water, forest in the order of their names
    assert "Cát = 1, Nước = 2, Rừng = 3" in feedback.text()
    original = {1: "Nước", 2: "Rừng", 3: "Cát"}
    expected = np.vectorize(lambda c: numbering[original[c]])(truth)
    assert np.array_equal(read_raster(result["OUTPUT"])[0][0], expected)
    report, page = _report(tmp_path)
    assert report["classes"] == [{"code": 1, "name": "Cát"}, {"code": 2, "name": "Nước"}, {"code": 3, "name": "Rừng"}]
    assert report["class_numbering"] == {"field": "name", "codes": numbering}
    assert "Cát = 1, Nước = 2, Rừng = 3" in page
    layer = QgsRasterLayer(result["OUTPUT"], "habitat")
    assert [c.label for c in layer.renderer().classes()] == ["1 Cát", "2 Nước", "3 Rừng"]


@pytest.mark.hostile("a text class field holding integer codes ('1', '2', '3')")
def test_a_text_field_of_integer_codes_is_read_as_codes(bd_plugin, tmp_path):
    path, truth = _scene(tmp_path)
    layer = _layer([("code", "String")], [(wkb, [f" {code}"]) for _, code, wkb in _polygons()])
    result = _run(tmp_path, path, layer)
    assert np.array_equal(read_raster(result["OUTPUT"])[0][0], truth)
    report, _ = _report(tmp_path)
    assert [c["code"] for c in report["classes"]] == [1, 2, 3] and "class_numbering" not in report


@pytest.mark.hostile("a real-valued class field (1.5, 2.5, 3.5)")
def test_a_real_valued_class_field_is_refused_naming_the_values(bd_plugin, tmp_path):
    from qgis.core import QgsProcessingException

    path, _ = _scene(tmp_path)
    layer = _layer([("code", "Double")], [(wkb, [code + 0.5]) for _, code, wkb in _polygons()])
    with pytest.raises(QgsProcessingException, match=r"'code'.*not whole numbers: 1\.5, 2\.5, 3\.5"):
        _run(tmp_path, path, layer)
    assert not (tmp_path / "habitat.tif").exists() and not (tmp_path / "model.bdmodel").exists()


@pytest.mark.hostile("a real-valued class field of whole numbers (1.0, 2.0, 3.0)")
def test_a_real_valued_field_of_whole_numbers_is_used(bd_plugin, tmp_path):
    path, truth = _scene(tmp_path)
    layer = _layer([("code", "Double")], [(wkb, [float(code)]) for _, code, wkb in _polygons()])
    result = _run(tmp_path, path, layer)
    assert np.array_equal(read_raster(result["OUTPUT"])[0][0], truth)


@pytest.mark.hostile("one training polygon outside the image")
def test_a_polygon_outside_the_image_is_left_out_and_named(bd_plugin, tmp_path):
    path, truth = _scene(tmp_path)
    polygons = _polygons() + [("far", 2, _box(-500, 0, -495, 5))]  # 10 km west of the image: feature 10
    feedback = log_feedback()
    result = _run(tmp_path, path, _training_layer(polygons), name_field="name", feedback=feedback)
    assert np.array_equal(read_raster(result["OUTPUT"])[0][0], truth)
    assert "Training polygon(s) 10 (class 2 Rừng) lie outside the image and were left out" in feedback.text()
    report, page = _report(tmp_path)
    assert report["left_out"]["polygons_outside"] == [{"polygon": "10", "class": 2}]
    assert report["left_out"]["classes"] == []
    assert [c["code"] for c in report["classes"]] == [1, 2, 3]
    assert "Training polygon(s) 10 (class 2 Rừng) lie outside the image and were left out" in page


@pytest.mark.hostile("a class whose only polygon lies on nodata")
def test_a_class_whose_only_polygon_lies_on_nodata_is_left_out_and_named(bd_plugin, tmp_path):
    """A fourth class ('Mây', cloud) drawn on a patch the image masks as nodata: the three others are mapped."""
    path, truth = _scene(tmp_path)
    data, _ = read_raster(path)
    data[:, 33:39, 12:18] = 0  # nodata (0) in every band, inside the water stripe
    path = write_raster(tmp_path / "masked.tif", data, origin=(X0, Y0), pixel=PIXEL, nodata=0,
                        descriptions=["B02", "B03", "B04", "B08"])
    layer = _training_layer(_polygons() + [("cloud", 4, _box(13, 34, 17, 38))],
                            names=lambda code: {1: "Nước", 2: "Rừng", 3: "Cát", 4: "Mây"}[code])
    feedback = log_feedback()
    result = _run(tmp_path, path, layer, name_field="name", feedback=feedback)
    classes = read_raster(result["OUTPUT"])[0][0]
    expected = truth.copy()
    expected[33:39, 12:18] = 0
    assert np.array_equal(classes, expected)
    log = feedback.text()
    assert "Class 4 Mây has no image pixels under its training polygons (10)" in log
    assert "left out" in log
    report, page = _report(tmp_path)
    assert report["left_out"]["classes"] == [{"code": 4, "polygons": ["10"], "name": "Mây"}]
    assert report["left_out"]["polygons_without_pixels"] == [{"polygon": "10", "class": 4}]
    assert [c["code"] for c in report["classes"]] == [1, 2, 3]
    assert "Class 4 Mây has no image pixels under its training polygons (10)" in page
    assert set(np.unique(classes)) == {0, 1, 2, 3}


@pytest.mark.hostile("fewer than two usable classes left (all forest polygons outside the image)")
def test_training_stops_when_fewer_than_two_classes_remain_and_says_what_was_left_out(bd_plugin, tmp_path):
    from qgis.core import QgsProcessingException

    path, _ = _scene(tmp_path)
    polygons = [p for p in _polygons() if p[1] == 1]
    polygons += [(f"2-{k}", 2, _box(-500, 5 * k, -495, 5 * k + 5)) for k in range(3)]  # features 4–6
    with pytest.raises(QgsProcessingException) as error:
        _run(tmp_path, path, _training_layer(polygons))
    text = str(error.value)
    assert "at least two classes with image pixels" in text
    assert "only class 1 is left" in text
    assert "Classes left out: 2" in text
    assert "Training polygons outside the image: 4, 5, 6 (class 2)" in text
    assert not (tmp_path / "habitat.tif").exists()


@pytest.mark.hostile("a raster in a user-defined VN-2000 TM-3 CRS without an EPSG code")
def test_a_crs_without_epsg_code_is_named_by_its_description(bd_plugin, tmp_path):
    """The image is in the user CRS 'VN-2000 / TM-3 108°30′ (Bình Thuận)' (no EPSG code), the polygons in
    UTM 48N: the log names both CRSs, neither as an empty string or 'USER:…'."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsRasterLayer,
    )

    from bd_qgis_plugin.crs import province_crs

    user = province_crs("binh_thuan", prefer_epsg=False)
    assert user.authid().startswith("USER:")
    path, truth = _scene(tmp_path)
    raster = QgsRasterLayer(path, "scene")
    raster.setCrs(user)  # as a technician assigns the province's CRS to an image in QGIS
    utm = QgsCoordinateReferenceSystem("EPSG:32648")
    to_utm = QgsCoordinateTransform(user, utm, QgsProject.instance())
    polygons = []
    for pid, code, wkb in _polygons():
        from qgis.core import QgsGeometry

        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        geometry.transform(to_utm)
        polygons.append((pid, code, bytes(geometry.asWkb())))
    feedback = log_feedback()
    result = _run(tmp_path, raster, _training_layer(polygons), feedback=feedback)
    log = feedback.text()
    assert ("Training polygons reprojected from EPSG:32648 (WGS 84 / UTM zone 48N) to "
            "VN-2000 / TM-3 108°30′ (Bình Thuận).") in log
    assert np.array_equal(read_raster(result["OUTPUT"])[0][0], truth)


@pytest.mark.hostile("a raster whose CRS QGIS cannot name (no EPSG code, no description)")
def test_a_crs_without_name_is_described_by_its_definition(bd_plugin, tmp_path):
    """A GeoTIFF written from a PROJ string (its WKT is named 'unknown'): the log gives the projection."""
    from osgeo import gdal, osr

    from bd_qgis_plugin.core.provinces import tm3_proj_string

    path, truth = _scene(tmp_path)
    srs = osr.SpatialReference()
    srs.ImportFromProj4(tm3_proj_string(108.5))
    ds = gdal.Open(path, gdal.GA_Update)
    ds.SetProjection(srs.ExportToWkt())
    ds = None
    from qgis.core import QgsRasterLayer

    assert QgsRasterLayer(path, "scene").crs().authid() == ""
    from qgis.core import QgsProcessingException

    feedback = log_feedback()
    with pytest.raises(QgsProcessingException):  # the polygons (UTM) lie outside the image (TM-3): refused
        _run(tmp_path, path, _training_layer(_polygons()), feedback=feedback)
    line = next(line for line in feedback.lines if "reprojected" in line)
    assert line.startswith("Training polygons reprojected from EPSG:32648 (WGS 84 / UTM zone 48N) to ")
    assert "unknown" not in line and line.rstrip(".").split(" to ", 1)[1].strip()
    assert "an unnamed CRS (+proj=tmerc" in line and "+lon_0=108.5" in line
