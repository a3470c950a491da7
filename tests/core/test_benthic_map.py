"""Benthic map core (core.reef.benthic): features only in shallow water, classify.py reused, coverage per zone,
change vs map error."""

import pytest
from helpers import read_raster
from reef_scenes import _bottom_scene, box

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.reef.benthic import (
    coverage,
    coverage_change,
    feature_raster,
    predict_benthic,
    site_warning,
    train_benthic,
    uncertain_classes,
)
from bd_qgis_plugin.core.reef.dii import dii_fit, dii_write
from bd_qgis_plugin.core.reef.masks import water_mask

SAND, SEAGRASS = 11, 14  # Allen Coral Atlas codes


def _chain(tmp_path):
    path, _ = _bottom_scene(tmp_path)
    mask = str(tmp_path / "mask.tif")
    water_mask(path, mask, "REFLECTANCE", deep_polygons=[box(1, 1, 9, 39)])
    fit = dii_fit(path, [box(1, 1, 9, 39)], [box(11, 0, 24, 40)], "REFLECTANCE", mask_path=mask)
    dii = str(tmp_path / "dii.tif")
    dii_write(path, dii, fit, "REFLECTANCE", mask)
    features = str(tmp_path / "features.tif")
    names = feature_raster(path, features, mask, dii, "REFLECTANCE")
    return path, mask, features, names


def _training():
    polygons = []
    for k, row in enumerate((2, 14, 28)):
        polygons.append((f"s{k}", SAND, box(12, row, 20, row + 8)[1]))
        polygons.append((f"g{k}", SEAGRASS, box(28, row, 36, row + 8)[1]))
    return polygons


def test_benthic_map_only_in_shallow_water_with_coverage(tmp_path):
    path, mask, features, names = _chain(tmp_path)
    assert names == ["B02", "B03", "B04", "B08", "DII B02/B03", "DII B02/B04", "DII B03/B04"]
    model, report = train_benthic(features, mask, _training(), validation_fraction=0.34, image_path=path)
    assert report["overall_accuracy"] == 1.0
    assert [c["name"] for c in report["classes"]] == ["Sand", "Seagrass"]  # Allen Coral Atlas names by default
    classes = str(tmp_path / "benthic.tif")
    counts = predict_benthic(model, features, classes, str(tmp_path / "conf.tif"))
    result = read_raster(classes)[0][0]
    mask_codes = read_raster(mask)[0][0]
    assert (result[mask_codes != 4] == 0).all()  # nothing mapped on deep water
    assert (result[:, 10:25][mask_codes[:, 10:25] == 4] == SAND).all()
    assert (result[:, 25:][mask_codes[:, 25:] == 4] == SEAGRASS).all()
    rows = coverage(classes, mask, zones=[("east", box(25, 0, 40, 40)[1])])
    east = int((result[:, 25:] == SEAGRASS).sum())
    assert [(r["class_name"], r["pixels"]) for r in rows] == [("Seagrass", east)] and counts[SEAGRASS] >= east
    assert rows[0]["pct_shallow"] == pytest.approx(100.0) and rows[0]["area_ha"] == pytest.approx(east * 0.01)
    assert site_warning(model, path, features) is None
    assert "another scene" in site_warning(model, str(tmp_path / "other.tif"), features)
    assert uncertain_classes(report) == []


def test_training_polygon_on_deep_water_is_refused(tmp_path):
    path, mask, features, _ = _chain(tmp_path)
    with pytest.raises(InputError, match="s9 hold no optically shallow water"):
        train_benthic(features, mask, [*_training(), ("s9", SAND, box(1, 1, 8, 8)[1])])


def test_change_flagged_only_beyond_map_error():
    report = {"classes": [{"code": 4, "name": "Seagrass"}, {"code": 1, "name": "Sand"}],
              "users_accuracy": {"4": 0.9, "1": 0.8}, "producers_accuracy": {"4": 0.8, "1": 0.9}}
    before = [{"zone": "z", "class": 4, "class_name": "Seagrass", "area_ha": 100.0},
              {"zone": "z", "class": 1, "class_name": "Sand", "area_ha": 50.0}]
    after = [{"zone": "z", "class": 4, "class_name": "Seagrass", "area_ha": 60.0},
             {"zone": "z", "class": 1, "class_name": "Sand", "area_ha": 60.0}]
    rows = {r["class"]: r for r in coverage_change(before, after, report, report)}
    # seagrass: margin = √((0.2·100)² + (0.2·60)²) = 23.3 ha < 40 ha loss; sand: √(10² + 12²) = 15.6 > 10
    assert rows[4]["margin_ha"] == pytest.approx(23.32, abs=0.01) and rows[4]["status"] == "loss"
    assert rows[1]["status"] == "no change beyond map error"
    unvalidated = dict(report, users_accuracy={"1": 0.8})
    assert coverage_change(before, after, unvalidated, report)[1]["status"].startswith("unknown")


def test_feature_raster_needs_shallow_water(tmp_path):
    path, mask, _, _ = _chain(tmp_path)
    with pytest.raises(InputError, match="Choose the features"):
        feature_raster(path, str(tmp_path / "f.tif"), mask, None, "REFLECTANCE", use_image=False)


def test_index_features_hand_computed():
    import math

    import numpy as np

    from bd_qgis_plugin.core.reef.features import INDEX_FEATURES, index_features

    blue, green, red, nir = (np.array([0.05, 0.0005]), np.array([0.04, 0.04]), np.array([0.02, 0.0]),
                             np.array([0.01, -0.04]))
    values = index_features(blue, green, red, nir)
    assert values.shape == (len(INDEX_FEATURES), 2) and values.dtype == np.float32
    expected = [math.log(50) / math.log(40), math.log(40) / math.log(20), 0.03 / 0.05, 1.25, 2.0, 2.5]
    assert np.allclose(values[:, 0], expected, rtol=1e-6)
    # ln(1000·0.0005) < 0, red 0 and green + NIR = 0 leave Stumpf ratios, G/R, B/R and NDWI undefined: 0
    assert np.allclose(values[:, 1], [0.0, 0.0, 0.0, 0.0125, 0.0, 0.0])


def test_feature_raster_with_water_column_indices(tmp_path):
    import numpy as np

    from bd_qgis_plugin.core.reef.features import INDEX_FEATURES, index_features

    path, mask, _, _ = _chain(tmp_path)
    features = str(tmp_path / "with_indices.tif")
    names = feature_raster(path, features, mask, None, "REFLECTANCE", indices=True)
    assert names == ["B02", "B03", "B04", "B08", *INDEX_FEATURES]
    stack, info = read_raster(features)
    valid = stack[0] != info["nodata"]
    assert valid.sum() > 100 and info["descriptions"] == names
    bands = stack[:4, valid]
    assert np.allclose(stack[4:, valid], index_features(*bands), rtol=1e-6)
    only = feature_raster(path, str(tmp_path / "only.tif"), mask, None, "REFLECTANCE", use_image=False,
                          indices=True, explicit={"nir": 4})
    assert only == list(INDEX_FEATURES)
