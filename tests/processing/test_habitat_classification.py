"""bd:habitatclassification and bd:applyhabitatmodel through Processing, on the constructed 3-class scene."""

import numpy as np
import pytest
from habitat_scenes import PIXEL, SPECTRA, X0, Y0, _polygons, _scene, _training_layer
from helpers import read_raster, write_raster


def test_classification_algorithm_end_to_end(bd_plugin, tmp_path):
    import json

    import processing
    from qgis.core import QgsRasterLayer

    path, truth = _scene(tmp_path)
    result = processing.run("bd:habitatclassification", {
        "INPUT": path, "SENSOR": 0, "TRAINING": _training_layer(_polygons()), "CLASS_FIELD": "code",
        "CLASS_NAME_FIELD": "name", "CLASSIFIER": 0, "VALIDATION_FRACTION": 0.34,
        "OUTPUT": str(tmp_path / "habitat.tif"), "OUTPUT_CONFIDENCE": str(tmp_path / "conf.tif"),
        "OUTPUT_MODEL": str(tmp_path / "model.bdmodel"), "OUTPUT_REPORT": str(tmp_path / "report.html")})
    assert np.array_equal(read_raster(result["OUTPUT"])[0][0], truth)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["overall_accuracy"] == 1.0
    assert report["classes"] == [{"code": 1, "name": "Nước"}, {"code": 2, "name": "Rừng"}, {"code": 3, "name": "Cát"}]
    assert "Confusion matrix (validation pixels)" in (tmp_path / "report.html").read_text(encoding="utf-8")
    layer = QgsRasterLayer(result["OUTPUT"], "habitat")  # QGIS picks up habitat.qml by itself
    assert layer.renderer().type() == "paletted"
    assert [c.label for c in layer.renderer().classes()] == ["1 Nước", "2 Rừng", "3 Cát"]
    # the saved model classifies the same image again through bd:applyhabitatmodel
    again = processing.run("bd:applyhabitatmodel", {"MODEL": result["OUTPUT_MODEL"], "INPUT": path,
                                                     "OUTPUT": str(tmp_path / "again.tif")})
    assert np.array_equal(read_raster(again["OUTPUT"])[0][0], truth)


def test_duplicate_codes_with_different_names_are_refused(bd_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    path, _ = _scene(tmp_path)
    polygons = _polygons()
    layer = _training_layer(polygons, names=lambda code: "Rừng" if code == 2 else str(code))
    first = next(f for f in layer.getFeatures() if f["code"] == 2)
    layer.dataProvider().changeAttributeValues({first.id(): {1: "Rừng ngập mặn"}})
    with pytest.raises(QgsProcessingException, match="Class code 2 has two names"):
        processing.run("bd:habitatclassification", {
            "INPUT": path, "TRAINING": layer, "CLASS_FIELD": "code", "CLASS_NAME_FIELD": "name",
            "OUTPUT": str(tmp_path / "h.tif"), "OUTPUT_MODEL": str(tmp_path / "m.bdmodel"),
            "OUTPUT_REPORT": str(tmp_path / "r.html")})
    assert not (tmp_path / "h.tif").exists() and not (tmp_path / "m.bdmodel").exists()


def test_stacked_rasters_add_features_used_as_they_are(bd_plugin, tmp_path):
    """Classes 1 and 2 have the same spectrum in the image; only a stacked float raster (e.g. elevation,
    exactly 0.0 over class 1 — a value, not nodata) tells them apart. The Sentinel-2 conversion and its
    nodata 0 apply to the image's bands only; the model needs the same stack to classify again."""
    import processing
    from qgis.core import QgsProcessingException

    rng = np.random.default_rng(3)
    truth = np.repeat(np.array([1, 2, 3]), 20)[None, :].repeat(40, axis=0)
    image = np.zeros((4, 40, 60), dtype="uint16")
    for b in range(4):
        image[b] = np.where(truth == 3, SPECTRA[3][b], SPECTRA[1][b]) + rng.normal(0, 40, truth.shape).astype(int)
    image[:, 0, 0] = 0  # one nodata pixel of the Sentinel-2 image
    path = write_raster(tmp_path / "scene.tif", image, origin=(X0, Y0), pixel=PIXEL,
                        descriptions=["B02", "B03", "B04", "B08"])
    elevation = np.where(truth == 1, 0.0, 5.0).astype("float32")
    extra = write_raster(tmp_path / "elevation.tif", elevation, origin=(X0, Y0), pixel=PIXEL,
                         descriptions=["elevation"])
    params = {"INPUT": path, "SENSOR": 0, "TRAINING": _training_layer(_polygons()), "CLASS_FIELD": "code",
              "VALIDATION_FRACTION": 0.34, "OUTPUT_MODEL": str(tmp_path / "m.bdmodel"),
              "OUTPUT_REPORT": str(tmp_path / "r.html")}
    alone = processing.run("bd:habitatclassification", dict(params, OUTPUT=str(tmp_path / "alone.tif")))
    assert (read_raster(alone["OUTPUT"])[0][0][truth < 3] == truth[truth < 3]).mean() < 0.8  # cannot separate 1/2
    stacked = processing.run("bd:habitatclassification", dict(params, ADDITIONAL_BANDS=[extra],
                                                              OUTPUT=str(tmp_path / "stacked.tif")))
    classes = read_raster(stacked["OUTPUT"])[0][0]
    assert classes[0, 0] == 0  # the image's nodata stays nodata
    expected = truth.copy()
    expected[0, 0] = 0
    assert np.array_equal(classes, expected)  # elevation 0.0 is a value, used as it is
    again = processing.run("bd:applyhabitatmodel", {"MODEL": stacked["OUTPUT_MODEL"], "INPUT": path,
                                                     "ADDITIONAL_BANDS": [extra], "OUTPUT": str(tmp_path / "a.tif")})
    assert np.array_equal(read_raster(again["OUTPUT"])[0][0], expected)
    with pytest.raises(QgsProcessingException, match="trained on 5 bands"):
        processing.run("bd:applyhabitatmodel", {"MODEL": stacked["OUTPUT_MODEL"], "INPUT": path,
                                                 "OUTPUT": str(tmp_path / "b.tif")})
    assert not (tmp_path / "b.tif").exists()


@pytest.mark.parametrize("blocked", ["m.bdmodel", "r.json"])
def test_a_model_or_report_that_cannot_be_written_is_named(bd_plugin, tmp_path, blocked):
    import processing
    from qgis.core import QgsProcessingException

    path, _ = _scene(tmp_path)
    (tmp_path / blocked).mkdir()  # a folder where the model file or the JSON report should go
    with pytest.raises(QgsProcessingException, match=rf"The file '.*{blocked}' could not be written"):
        processing.run("bd:habitatclassification", {
            "INPUT": path, "TRAINING": _training_layer(_polygons()), "CLASS_FIELD": "code",
            "OUTPUT": str(tmp_path / "h.tif"), "OUTPUT_MODEL": str(tmp_path / "m.bdmodel"),
            "OUTPUT_REPORT": str(tmp_path / "r.html")})


def _gpkg_training(tmp_path, class_name="class"):
    """The scene's training polygons in a GeoPackage with fields fid (the feature id), ``class_name`` and name."""
    from osgeo import ogr, osr

    path = str(tmp_path / f"training_{class_name}.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32648)
    layer = ds.CreateLayer("training", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn(class_name, ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    labels = {1: "Nước", 2: "Rừng", 3: "Cát"}
    for _, code, wkb in _polygons():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(class_name, code)
        feature.SetField("name", labels[code])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    ds = None
    return path


@pytest.mark.parametrize("class_name", ["class", "Ma_Lop"])
def test_default_class_field_is_the_likely_one_never_the_feature_id(bd_plugin, tmp_path, class_name):
    import json

    import processing
    from helpers import log_feedback
    from qgis.core import QgsProcessingException

    path, truth = _scene(tmp_path)
    training = _gpkg_training(tmp_path, class_name)
    common = {"INPUT": path, "SENSOR": 0, "TRAINING": training, "OUTPUT_MODEL": str(tmp_path / "m.bdmodel"),
              "OUTPUT_REPORT": str(tmp_path / "report.html")}
    feedback = log_feedback()
    result = processing.run("bd:habitatclassification", dict(common, OUTPUT=str(tmp_path / "h.tif")),
                            feedback=feedback)  # the class code field left at its default
    assert np.array_equal(read_raster(result["OUTPUT"])[0][0], truth)  # 3 classes, not one per polygon
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [c["code"] for c in report["classes"]] == [1, 2, 3]
    if class_name != "class":
        assert f"Class code field: '{class_name}'" in feedback.text()
    with pytest.raises(QgsProcessingException, match=f"'fid' is the feature id.*'{class_name}' looks like one"):
        processing.run("bd:habitatclassification", dict(common, CLASS_FIELD="fid", OUTPUT=str(tmp_path / "f.tif")))


def test_likely_class_field():
    from qgis.core import QgsField, QgsFields

    from bd_qgis_plugin.compat import field_type
    from bd_qgis_plugin.processing_algorithms.inputs import likely_class_field

    def fields(*spec):
        result = QgsFields()
        for name, kind in spec:
            result.append(QgsField(name, field_type(kind)))
        return result

    assert likely_class_field(fields(("fid", "LongLong"), ("CLASS", "Int"), ("name", "String"))) == "CLASS"
    assert likely_class_field(fields(("fid", "LongLong"), ("id", "Int"), ("code", "Int"))) == "code"
    assert likely_class_field(fields(("fid", "LongLong"), ("class", "String"), ("area", "Double"))) is None
    assert likely_class_field(fields(("ogc_fid", "Int"), ("loai", "Int"))) == "loai"
    assert likely_class_field(fields(("fid", "LongLong"), ("name", "String"))) is None
    assert likely_class_field(fields(("map_class", "Int"), ("ref_class", "Int")), preferred=("ref_class",)) == \
        "ref_class"
