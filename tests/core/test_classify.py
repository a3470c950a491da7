"""Habitat classification core: recovers separable classes, validates by polygon, refuses bad input."""

import numpy as np
import pytest
from helpers import read_raster, write_raster
from osgeo import ogr

from bd_qgis_plugin.core.classify import (
    confusion,
    load_model,
    predict,
    predict_probabilities,
    save_model,
    split_by_polygon,
    train,
    training_pixels,
)
from bd_qgis_plugin.core.errors import InputError

X0, Y0, PIXEL = 500000.0, 1200000.0, 20.0
# three "habitats" with distinct 4-band spectra (water, forest, sand), in vertical stripes of 20 columns
SPECTRA = {1: (900, 700, 400, 200), 2: (400, 700, 450, 3300), 3: (2200, 2400, 2600, 3000)}


def _scene(tmp_path, bands=4, seed=0):
    rng = np.random.default_rng(seed)
    truth = np.repeat(np.array([1, 2, 3]), 20)[None, :].repeat(40, axis=0)  # 40 rows × 60 cols
    data = np.zeros((bands, 40, 60), dtype="uint16")
    for code, spectrum in SPECTRA.items():
        for b in range(bands):
            data[b][truth == code] = spectrum[b % 4] + rng.normal(0, 40, (truth == code).sum()).astype(int)
    path = write_raster(tmp_path / "scene.tif", data, origin=(X0, Y0), pixel=PIXEL, nodata=0,
                        descriptions=["B02", "B03", "B04", "B08"][:bands] if bands <= 4 else None)
    return path, truth


def _box(col0, row0, col1, row1):
    wkt = (f"POLYGON(({X0 + PIXEL * col0} {Y0 - PIXEL * row0}, {X0 + PIXEL * col1} {Y0 - PIXEL * row0}, "
           f"{X0 + PIXEL * col1} {Y0 - PIXEL * row1}, {X0 + PIXEL * col0} {Y0 - PIXEL * row1}, "
           f"{X0 + PIXEL * col0} {Y0 - PIXEL * row0}))")
    return ogr.CreateGeometryFromWkt(wkt).ExportToWkb()


def _polygons():
    polys = []
    for code, first_col in ((1, 0), (2, 20), (3, 40)):
        for k, row in enumerate((2, 14, 26)):  # three 5×5-pixel polygons per class
            polys.append((f"{code}-{k}", code, _box(first_col + 5, row, first_col + 10, row + 5)))
    return polys


def test_classifier_recovers_separable_classes(tmp_path):
    path, truth = _scene(tmp_path)
    model, report = train(path, _polygons(), sensor="S2", classifier="random_forest", validation_fraction=0.34,
                          names={1: "water", 2: "forest", 3: "sand"})
    assert report["overall_accuracy"] == 1.0
    assert report["validation_polygons"] == {"1": 1, "2": 1, "3": 1}
    assert report["training_pixels"] == {"1": 50, "2": 50, "3": 50}  # two 25-pixel polygons each
    assert set(report["feature_importance"]) == {"B02", "B03", "B04", "B08"}
    counts = predict(model, path, str(tmp_path / "classes.tif"), str(tmp_path / "conf.tif"))
    classes, info = read_raster(tmp_path / "classes.tif")
    assert np.array_equal(classes[0], truth) and counts == {1: 800, 2: 800, 3: 800}
    confidence, _ = read_raster(tmp_path / "conf.tif")
    assert confidence.min() > 0.5 and confidence.max() <= 1.0


def test_gradient_boosting_and_model_file_round_trip(tmp_path):
    path, truth = _scene(tmp_path)
    model, report = train(path, _polygons(), sensor="S2", classifier="gradient_boosting")
    assert report["overall_accuracy"] == 1.0 and "feature_importance" in report
    save_model(model, tmp_path / "m.bdmodel")
    predict(load_model(str(tmp_path / "m.bdmodel")), path, str(tmp_path / "c.tif"))
    assert np.array_equal(read_raster(tmp_path / "c.tif")[0][0], truth)


def test_validation_never_splits_a_polygon(tmp_path):
    path, _ = _scene(tmp_path)
    x, y, groups = training_pixels(path, _polygons())
    held, unvalidated = split_by_polygon(y, groups, 0.34, seed=3)
    for polygon in np.unique(groups):
        assert len(set(held[groups == polygon].tolist())) == 1
    assert unvalidated == []
    # a class with a single polygon cannot be validated: it is named, and all its pixels train
    only_one = [p for p in _polygons() if p[0] != "3-1" and p[0] != "3-2"]
    x, y, groups = training_pixels(path, only_one)
    held, unvalidated = split_by_polygon(y, groups, 0.34)
    assert unvalidated == [3] and not held[y == 3].any()


def test_confusion_matrix_rows_are_map_columns_are_reference():
    assert confusion([1, 1, 2, 2, 2], [1, 2, 2, 2, 1], [1, 2]).tolist() == [[1, 1], [1, 2]]


def test_bad_training_data_gets_clear_messages(tmp_path):
    path, _ = _scene(tmp_path)
    with pytest.raises(InputError, match="at least two classes"):
        train(path, [p for p in _polygons() if p[1] == 1])
    outside = _polygons() + [("far", 2, _box(500, 500, 510, 510))]
    with pytest.raises(InputError, match=r"Training polygon\(s\) far lie outside the image"):
        train(path, outside)
    tiny = ogr.CreateGeometryFromWkt(f"POLYGON(({X0 + 1} {Y0 - 1}, {X0 + 3} {Y0 - 1}, {X0 + 3} {Y0 - 3}, "
                                     f"{X0 + 1} {Y0 - 1}))").ExportToWkb()  # no pixel centre inside
    with pytest.raises(InputError, match="Class 4 has no image pixels"):
        train(path, _polygons() + [("tiny", 4, tiny)])


def test_model_refuses_an_image_with_other_bands(tmp_path):
    path, _ = _scene(tmp_path)
    model, _ = train(path, _polygons())
    other = tmp_path / "other"
    other.mkdir()
    three, _ = _scene(other, bands=3)
    with pytest.raises(InputError, match=r"trained on 4 bands \(B02, B03, B04, B08\), but 'scene.tif' has 3"):
        predict(model, three, str(tmp_path / "x.tif"))
    assert not (tmp_path / "x.tif").exists()


def _training_layer(polygons, names=True, crs="EPSG:32648"):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer(f"Polygon?crs={crs}", "training", "memory")
    layer.dataProvider().addAttributes([QgsField("code", QVariant.Int), QgsField("name", QVariant.String)])
    layer.updateFields()
    labels = {1: "Nước", 2: "Rừng", 3: "Cát"}
    features = []
    for _, code, wkb in polygons:
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        feature.setAttributes([code, labels[code] if names is True else names(code)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


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


def test_chunked_forest_probabilities_equal_scikit_learn():
    """The chunked, threaded forest prediction gives scikit-learn's probabilities (deep trees on
    overlapping classes, a row count that is not a multiple of the chunk)."""
    from sklearn.ensemble import RandomForestClassifier

    import bd_qgis_plugin.core.classify as classify

    rng = np.random.default_rng(1)
    x = rng.normal(size=(3000, 5)).astype("float32")
    y = (x[:, 0] + 0.8 * rng.normal(size=3000) > 0).astype(int) + (x[:, 1] > 0.5).astype(int) * 2 + 1
    forest = RandomForestClassifier(n_estimators=30, random_state=0, n_jobs=1).fit(x, y)
    rows = rng.normal(size=(10007, 5)).astype("float32")
    saved = classify.FOREST_CHUNK_ROWS
    classify.FOREST_CHUNK_ROWS = 1000
    try:
        ours = predict_probabilities(forest, rows.T.copy().T)  # a non-contiguous view, as the core passes
    finally:
        classify.FOREST_CHUNK_ROWS = saved
    reference = forest.predict_proba(rows)
    assert ours.shape == reference.shape == (10007, 4)
    np.testing.assert_allclose(ours, reference, rtol=0, atol=1e-12)
    assert (ours.argmax(axis=1) == reference.argmax(axis=1)).all()
    assert len(np.unique(reference.max(axis=1))) > 10  # deep trees on overlapping classes: not trivially 0/1


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
