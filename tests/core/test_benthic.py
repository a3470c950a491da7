"""Shallow-water core (core.reef): masks, Hedley glint slopes, Lyzenga DII, Stumpf bathymetry on constructed cases."""


import numpy as np
import pytest
from helpers import read_raster, write_raster
from reef_scenes import (
    DEEP,
    LAND,
    NAMES,
    PIXEL,
    SAND_A,
    SLOPES,
    X0,
    Y0,
    K,
    _bottom_scene,
    box,
    no_partial_files,
    write,
)

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.reef.bathymetry import stumpf_fit, stumpf_write
from bd_qgis_plugin.core.reef.dii import dii_fit, dii_write
from bd_qgis_plugin.core.reef.glint import deglint, glint_fit
from bd_qgis_plugin.core.reef.masks import (
    MASK_DEEP,
    MASK_LAND,
    MASK_NODATA,
    MASK_NOT_WATER,
    MASK_SHALLOW,
    water_mask,
)

# --- mask ----------------------------------------------------------------------------------------------------

def _mask_scene(tmp_path):
    """20×20: land cols 0–4, not-water (NDWI < 0) cols 5–7, deep cols 8–13, shallow cols 14–19, one nodata pixel."""
    rng = np.random.default_rng(1)
    data = np.zeros((4, 20, 20))
    data[:, :, 0:5] = LAND[:, None, None]
    data[:, :, 5:8] = np.array([0.04, 0.03, 0.03, 0.05])[:, None, None]  # wet mud: NDWI < 0, NIR below land
    data[:, :, 8:14] = DEEP[:, None, None] + rng.normal(0, 0.0005, (4, 20, 6))
    data[:, :, 14:20] = np.array([0.09, 0.08, 0.03, 0.01])[:, None, None]  # bright bottom in shallow water
    data[:, 3, 3] = -9999
    expected = np.zeros((20, 20), dtype="uint8")
    expected[:, 0:5], expected[:, 5:8], expected[:, 8:14], expected[:, 14:20] = (MASK_LAND, MASK_NOT_WATER,
                                                                                 MASK_DEEP, MASK_SHALLOW)
    expected[3, 3] = MASK_NODATA
    return write(tmp_path, "mask_scene.tif", data, nodata=-9999), expected


def test_mask_codes_on_hand_made_raster(tmp_path):
    path, expected = _mask_scene(tmp_path)
    out = str(tmp_path / "mask.tif")
    report = water_mask(path, out, "REFLECTANCE", deep_polygons=[box(9, 2, 13, 18)])
    codes, info = read_raster(out)
    assert np.array_equal(codes[0], expected)
    assert info["nodata"] == 0
    assert report["pixels"]["Optically shallow water"] == 120 and report["pixels"]["Optically deep water"] == 120
    assert report["swir_threshold"] is None  # no SWIR band at 10 m: NIR alone
    assert abs(report["deep_water_sample"]["blue_mean"] - 0.05) < 0.001


def test_mask_from_depth_raster(tmp_path):
    path, expected = _mask_scene(tmp_path)
    depth = np.full((20, 20), 5.0, dtype="float32")
    depth[:, 8:14] = 40.0
    depth_path = write_raster(tmp_path / "depth.tif", depth, origin=(X0, Y0), pixel=PIXEL)
    out = str(tmp_path / "mask.tif")
    water_mask(path, out, "REFLECTANCE", depth_path=depth_path, max_depth=20)
    assert np.array_equal(read_raster(out)[0][0], expected)


def test_mask_refuses_missing_deep_sample_deep_polygons_on_land_and_all_cloud(tmp_path):
    path, _ = _mask_scene(tmp_path)
    out = tmp_path / "mask.tif"
    with pytest.raises(InputError, match="deep-water sample polygons"):
        water_mask(path, str(out), "REFLECTANCE")
    with pytest.raises(InputError, match="lie on land or cloud"):
        water_mask(path, str(out), "REFLECTANCE", deep_polygons=[box(0, 0, 4, 10)])
    cloud = write(tmp_path, "cloud.tif", np.full((4, 20, 20), 0.5))
    with pytest.raises(InputError, match="lie on land or cloud"):
        water_mask(cloud, str(out), "REFLECTANCE", deep_polygons=[box(9, 2, 13, 18)])
    depth = write_raster(tmp_path / "depth.tif", np.full((20, 20), 5.0), origin=(X0, Y0), pixel=PIXEL,
                         dtype="float32")
    with pytest.raises(InputError, match="No water pixel"):
        water_mask(cloud, str(out), "REFLECTANCE", depth_path=depth, max_depth=20)
    assert not out.exists() and no_partial_files(tmp_path)


def test_missing_bands_are_named(tmp_path):
    two = write(tmp_path, "two.tif", np.full((2, 20, 20), 0.05), names=None)
    with pytest.raises(InputError, match="Cannot tell which band is"):
        water_mask(two, str(tmp_path / "m.tif"), "REFLECTANCE", deep_polygons=[box(2, 2, 8, 8)])


# --- glint ---------------------------------------------------------------------------------------------------


def _glint_scene(tmp_path):
    """Deep water whose visible bands carry b_i × the NIR glint (Hedley et al. 2005's linear relation)."""
    rng = np.random.default_rng(2)
    glint = rng.uniform(0, 0.04, (30, 30))
    data = np.empty((4, 30, 30))
    data[3] = DEEP[3] + glint
    for i, slope in enumerate(SLOPES):
        data[i] = DEEP[i] + slope * glint + rng.normal(0, 0.0005, (30, 30))
    return write(tmp_path, "glint.tif", data), glint


def test_glint_slope_recovered_and_glint_removed(tmp_path):
    path, glint = _glint_scene(tmp_path)
    fit = glint_fit(path, [box(0, 0, 30, 30)], "REFLECTANCE")
    assert fit["pixels"] == 900 and abs(fit["min_nir"] - (DEEP[3] + glint.min())) < 1e-6
    for band, slope in zip(fit["bands"], SLOPES):
        assert abs(band["slope"] - slope) < 0.02 and band["r2"] > 0.95
    out = str(tmp_path / "deglinted.tif")
    deglint(path, out, fit, "REFLECTANCE")
    corrected, info = read_raster(out)
    assert info["descriptions"] == NAMES
    for i in range(3):  # what is left is the water signal plus noise, no glint
        assert abs(corrected[i].mean() - (DEEP[i] + SLOPES[i] * glint.min())) < 0.001
        assert corrected[i].std() < 0.001


def test_glint_sample_on_land_or_too_small(tmp_path):
    path, expected = _mask_scene(tmp_path)
    mask = str(tmp_path / "mask.tif")
    water_mask(path, mask, "REFLECTANCE", deep_polygons=[box(9, 2, 13, 18)])
    with pytest.raises(InputError, match="lie on land"):
        glint_fit(path, [box(0, 0, 5, 20)], "REFLECTANCE", mask_path=mask)
    with pytest.raises(InputError, match="only 4 water pixels"):
        glint_fit(path, [box(9, 2, 11, 4)], "REFLECTANCE", mask_path=mask)


# --- depth-invariant index -----------------------------------------------------------------------------------


def test_dii_ratio_recovers_attenuation_ratio_and_is_constant_over_sand(tmp_path):
    path, depth = _bottom_scene(tmp_path)
    fit = dii_fit(path, [box(1, 1, 9, 39)], [box(11, 0, 24, 40)], "REFLECTANCE")
    ratios = {(p["i"], p["j"]): p["ki_kj"] for p in fit["pairs"]}
    assert abs(ratios[("blue", "green")] - K[0] / K[1]) < 0.03
    assert abs(ratios[("green", "red")] - K[1] / K[2]) < 0.03
    assert fit["sand_pixels"] == 13 * 40 and fit["pairs"][0]["r"] > 0.99
    out = str(tmp_path / "dii.tif")
    dii_write(path, out, fit, "REFLECTANCE")
    dii, info = read_raster(out)
    assert info["descriptions"] == ["DII B02/B03", "DII B02/B04", "DII B03/B04"]
    sand, seagrass = dii[0][:, 11:24], dii[0][:, 26:39]
    expected_sand = np.log(SAND_A[0]) - K[0] / K[1] * np.log(SAND_A[1])
    # constant over sand from 1 to 6 m (within 0.05), while the bands themselves change a lot with depth
    assert np.abs(sand - expected_sand).max() < 0.05
    assert np.abs(seagrass.mean() - sand.mean()) > 0.5


def test_dii_refuses_too_few_sand_pixels_and_sand_on_deep_water(tmp_path):
    path, _ = _bottom_scene(tmp_path)
    with pytest.raises(InputError, match="Only 4 sand pixels"):
        dii_fit(path, [box(1, 1, 9, 39)], [box(11, 0, 13, 2)], "REFLECTANCE")
    with pytest.raises(InputError, match="not brighter than deep water"):
        dii_fit(path, [box(1, 1, 9, 39)], [box(0, 0, 9, 39)], "REFLECTANCE")
    with pytest.raises(InputError, match="No deep-water polygons"):
        dii_fit(path, [], [box(11, 0, 24, 40)], "REFLECTANCE")


# --- bathymetry ----------------------------------------------------------------------------------------------

def test_stumpf_fit_on_known_depths(tmp_path):
    """Blue built so that ln(1000 R_b)/ln(1000 R_g) = (z + 18)/20: the fit must give m1 = 20, m0 = 18."""
    depth = np.linspace(1, 12, 30)[:, None].repeat(30, axis=1)
    green = np.full((30, 30), 0.05)
    blue = np.exp((depth + 18) / 20 * np.log(1000 * 0.05)) / 1000
    data = np.stack([blue, green, np.full((30, 30), 0.01), np.full((30, 30), 0.005)])
    path = write(tmp_path, "bathy.tif", data)
    points = [(X0 + PIXEL * (c + 0.5), Y0 - PIXEL * (r + 0.5), depth[r, c]) for r in range(0, 30, 3) for c in (2, 17)]
    fit = stumpf_fit(path, points, "REFLECTANCE")
    assert abs(fit["m1"] - 20) < 1e-3 and abs(fit["m0"] - 18) < 1e-3
    assert fit["r2"] > 0.9999 and fit["rmse"] < 1e-3 and fit["points_used"] == 20
    out = str(tmp_path / "depth.tif")
    stumpf_write(path, out, fit, 10.0, "REFLECTANCE")
    result = read_raster(out)[0][0]
    assert np.allclose(result, np.minimum(depth, 10.0), atol=1e-3)


def test_stumpf_refuses_too_few_points(tmp_path):
    path = write(tmp_path, "flat.tif", np.full((4, 10, 10), 0.05))
    with pytest.raises(InputError, match="at least 5"):
        stumpf_fit(path, [(X0 + 5, Y0 - 5, 3.0)], "REFLECTANCE")
    with pytest.raises(InputError, match="outside the image"):
        stumpf_fit(path, [(X0 - 500, Y0, 3.0)] * 6, "REFLECTANCE")
