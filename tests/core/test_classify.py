"""Habitat classification core: recovers separable classes, validates by polygon, refuses bad input."""

import numpy as np
import pytest
from habitat_scenes import X0, Y0, _box, _polygons, _scene
from helpers import read_raster
from osgeo import ogr

from bd_qgis_plugin.core.classify import (
    class_codes,
    confusion,
    left_out_messages,
    load_model,
    predict,
    predict_probabilities,
    save_model,
    split_by_polygon,
    train,
    training_pixels,
)
from bd_qgis_plugin.core.errors import InputError


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
    from bd_qgis_plugin.core.trend import class_names, map_provenance

    assert map_provenance(str(tmp_path / "classes.tif")) == ("S2", "random_forest")  # read by bd:habitattrend
    assert class_names([str(tmp_path / "classes.tif")]) == {1: "water", 2: "forest", 3: "sand"}


def test_gradient_boosting_and_model_file_round_trip(tmp_path):
    path, truth = _scene(tmp_path)
    model, report = train(path, _polygons(), sensor="S2", classifier="gradient_boosting")
    assert report["overall_accuracy"] == 1.0 and "feature_importance" in report
    save_model(model, tmp_path / "m.bdmodel")
    predict(load_model(str(tmp_path / "m.bdmodel")), path, str(tmp_path / "c.tif"))
    assert np.array_equal(read_raster(tmp_path / "c.tif")[0][0], truth)


def test_validation_never_splits_a_polygon(tmp_path):
    path, _ = _scene(tmp_path)
    x, y, groups, left_out = training_pixels(path, _polygons())
    assert left_out == {"polygons_outside": [], "polygons_without_pixels": [], "classes": []}
    held, unvalidated = split_by_polygon(y, groups, 0.34, seed=3)
    for polygon in np.unique(groups):
        assert len(set(held[groups == polygon].tolist())) == 1
    assert unvalidated == []
    # a class with a single polygon cannot be validated: it is named, and all its pixels train
    only_one = [p for p in _polygons() if p[0] != "3-1" and p[0] != "3-2"]
    x, y, groups, _ = training_pixels(path, only_one)
    held, unvalidated = split_by_polygon(y, groups, 0.34)
    assert unvalidated == [3] and not held[y == 3].any()


def test_confusion_matrix_rows_are_map_columns_are_reference():
    assert confusion([1, 1, 2, 2, 2], [1, 2, 2, 2, 1], [1, 2]).tolist() == [[1, 1], [1, 2]]


def test_bad_training_data_gets_clear_messages(tmp_path):
    path, _ = _scene(tmp_path)
    with pytest.raises(InputError, match="at least two classes"):
        train(path, [p for p in _polygons() if p[1] == 1])
    # polygons outside the image or without a pixel centre, and classes left without pixels, are left out and named
    tiny = ogr.CreateGeometryFromWkt(f"POLYGON(({X0 + 1} {Y0 - 1}, {X0 + 3} {Y0 - 1}, {X0 + 3} {Y0 - 3}, "
                                     f"{X0 + 1} {Y0 - 1}))").ExportToWkb()  # no pixel centre inside
    polygons = _polygons() + [("far", 2, _box(500, 500, 510, 510)), ("tiny", 4, tiny)]
    model, report = train(path, polygons, names={4: "cloud"})
    assert model["classes"] == [1, 2, 3] and 4 not in model["names"]
    assert report["left_out"] == {"polygons_outside": [{"polygon": "far", "class": 2}],
                                  "polygons_without_pixels": [{"polygon": "tiny", "class": 4}],
                                  "classes": [{"code": 4, "polygons": ["tiny"], "name": "cloud"}]}
    assert [str(m) for m in left_out_messages(report["left_out"], {4: "cloud"})] == [
        "Training polygon(s) far (class 2) lie outside the image and were left out. Check the CRS and extent of the "
        "training layer.",
        "Training polygon(s) tiny (class 4 cloud) cover no image pixel (they lie on nodata or are smaller than a "
        "pixel) and were left out.",
        "Class 4 cloud has no image pixels under its training polygons (tiny); it is left out of the model and the "
        "map."]
    with pytest.raises(InputError, match=r"none is left\. Classes left out: 2, 3\. Training polygons outside the "
                                         r"image: a, b \(class 2\); c \(class 3\)"):
        train(path, [("a", 2, _box(500, 500, 510, 510)), ("b", 2, _box(600, 500, 610, 510)),
                     ("c", 3, _box(700, 500, 710, 510))])


def test_class_codes_from_integers_reals_and_text():
    rows = [("1", 2), ("2", 3.0), ("3", " 4 "), ("4", None), ("5", "")]
    assert class_codes(rows, "code") == ([2, 3, 4, None, None], None)
    codes, numbering = class_codes([("1", "rừng"), ("2", "Cát"), ("3", "rừng"), ("4", None), ("5", "Nước")], "name")
    assert numbering == {"Cát": 1, "Nước": 2, "rừng": 3} and codes == [3, 1, 3, None, 2]
    with pytest.raises(InputError, match=r"'code' holds values that are not whole numbers: 1\.5, 2\.5"):
        class_codes([("1", 2.5), ("2", "1.5"), ("3", 2.5), ("4", 3)], "code")
    with pytest.raises(InputError, match=r"Class code 300 \(feature 2\) is outside 1–254"):
        class_codes([("1", 2), ("2", 300)], "code")
    with pytest.raises(InputError, match="holds 300 different texts"):
        class_codes([(str(k), f"class {k}") for k in range(300)], "name")


def test_model_refuses_an_image_with_other_bands(tmp_path):
    path, _ = _scene(tmp_path)
    model, _ = train(path, _polygons())
    other = tmp_path / "other"
    other.mkdir()
    three, _ = _scene(other, bands=3)
    with pytest.raises(InputError, match=r"trained on 4 bands \(B02, B03, B04, B08\), but 'scene.tif' has 3"):
        predict(model, three, str(tmp_path / "x.tif"))
    assert not (tmp_path / "x.tif").exists()


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


def _saved_with(path, version):
    """Rewrite the scikit-learn version a model file records (as if another version had written it)."""
    import pickle

    with open(path, "rb") as fh:
        data = pickle.load(fh)
    data["sklearn_version"] = version
    with open(path, "wb") as fh:
        pickle.dump(data, fh, protocol=4)


def test_a_model_file_keeps_its_samples_as_plain_data_and_loads_as_saved_under_the_same_scikit_learn(tmp_path):
    import pickle

    path, truth = _scene(tmp_path)
    model, _ = train(path, _polygons(), sensor="S2", trees=20)
    save_model(model, tmp_path / "m.bdmodel")
    with open(tmp_path / "m.bdmodel", "rb") as fh:
        raw = pickle.load(fh)
    assert isinstance(raw["estimator"], bytes)  # nested: read only by the version that wrote it
    assert raw["training"]["features"]["__ndarray__"] == "<f4"  # arrays as dtype, shape and bytes
    assert raw["training"]["features"]["shape"] == [225, 4]  # 3 classes × 3 polygons × 25 pixels
    loaded = load_model(str(tmp_path / "m.bdmodel"))
    assert loaded["notice"] is None
    assert np.array_equal(loaded["training"]["labels"], model["training"]["labels"])
    sample = model["training"]["features"]
    assert np.array_equal(loaded["model"].predict_proba(sample), model["model"].predict_proba(sample))


@pytest.mark.parametrize("classifier", ["random_forest", "gradient_boosting"])
def test_a_model_from_another_scikit_learn_is_refitted_from_its_samples_the_same_way_every_time(tmp_path,
                                                                                                 classifier):
    path, truth = _scene(tmp_path)
    model, _ = train(path, _polygons(), sensor="S2", classifier=classifier, trees=30, seed=7)
    save_model(model, tmp_path / "m.bdmodel")
    _saved_with(tmp_path / "m.bdmodel", "0.99.0")
    first, second = load_model(str(tmp_path / "m.bdmodel")), load_model(str(tmp_path / "m.bdmodel"))
    notice = str(first["notice"])
    assert "scikit-learn 0.99.0" in notice and "refitted from the 225 training pixels" in notice and "seed 7" in notice
    sample = model["training"]["features"]
    # same samples, classifier, trees and seed: the same fit as the original, and the same again on a second load
    assert np.array_equal(first["model"].predict_proba(sample), model["model"].predict_proba(sample))
    assert np.array_equal(first["model"].predict_proba(sample), second["model"].predict_proba(sample))
    predict(first, path, str(tmp_path / "c.tif"))
    assert np.array_equal(read_raster(tmp_path / "c.tif")[0][0], truth)
