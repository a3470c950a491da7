"""Spectral indices against values computed by hand (core, no QGIS)."""

import numpy as np
import pytest
from helpers import read_raster, write_raster

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.indices import OUTPUT_NODATA, compute_indices

S2_STACK = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
ALL = ["NDVI", "NDWI", "MNDWI", "NDMI", "SAVI", "EVI"]


def _s2_stack(tmp_path, pixels, descriptions=True):
    """A 1×n Sentinel-2 10-band stack; ``pixels`` = list of dicts band name → DN (missing bands = 1000)."""
    data = np.full((10, 1, len(pixels)), 1000, dtype="uint16")
    for col, pixel in enumerate(pixels):
        for name, dn in pixel.items():
            data[S2_STACK.index(name), 0, col] = dn
    return write_raster(tmp_path / "s2.tif", data, descriptions=S2_STACK if descriptions else None)


def test_all_indices_match_hand_computed_values(tmp_path):
    # B02 = 500, B03 = 800, B04 = 1000, B08 = 3000, B11 = 2000 → reflectance 0.05, 0.08, 0.1, 0.3, 0.2
    src = _s2_stack(tmp_path, [{"B02": 500, "B03": 800, "B04": 1000, "B08": 3000, "B11": 2000}])
    out = tmp_path / "idx.tif"
    compute_indices(src, out, ALL, sensor="S2")
    values, info = read_raster(out)
    expected = {
        "NDVI": (0.3 - 0.1) / (0.3 + 0.1),                      # 0.5
        "NDWI": (0.08 - 0.3) / (0.08 + 0.3),                    # -0.578947
        "MNDWI": (0.08 - 0.2) / (0.08 + 0.2),                   # -0.428571
        "NDMI": (0.3 - 0.2) / (0.3 + 0.2),                      # 0.2
        "SAVI": 1.5 * (0.3 - 0.1) / (0.3 + 0.1 + 0.5),          # 0.333333
        "EVI": 2.5 * (0.3 - 0.1) / (0.3 + 0.6 - 0.375 + 1.0),  # 0.327869
    }
    assert [d.split(" ")[0] for d in info["descriptions"]] == ALL
    for band, key in enumerate(ALL):
        assert values[band, 0, 0] == pytest.approx(expected[key], abs=1e-6), key
    assert values[0, 0, 0] == pytest.approx(0.5, abs=1e-6)
    assert values[5, 0, 0] == pytest.approx(0.327869, abs=1e-6)


def test_processing_baseline_04_offset_is_applied(tmp_path):
    # (DN − 1000)/10000: B04 2000 → 0.1, B08 4000 → 0.3 → NDVI 0.5, SAVI 0.333333
    src = _s2_stack(tmp_path, [{"B04": 2000, "B08": 4000}])
    compute_indices(src, tmp_path / "o.tif", ["NDVI", "SAVI"], sensor="S2_PB04")
    values, _ = read_raster(tmp_path / "o.tif")
    assert values[:, 0, 0] == pytest.approx([0.5, 1.5 * 0.2 / 0.9], abs=1e-6)
    # without the offset the same DNs give NDVI (0.4−0.2)/0.6
    compute_indices(src, tmp_path / "p.tif", ["NDVI"], sensor="S2")
    assert read_raster(tmp_path / "p.tif")[0][0, 0, 0] == pytest.approx(1 / 3, abs=1e-6)


def test_landsat_collection2_scaling(tmp_path):
    # SR_B4 = 10000 → 0.075; SR_B5 = 20000 → 0.35; NDVI = 0.275 / 0.425
    data = np.zeros((7, 1, 1), dtype="uint16")
    data[3, 0, 0], data[4, 0, 0] = 10000, 20000
    src = write_raster(tmp_path / "l8.tif", data)
    compute_indices(src, tmp_path / "o.tif", ["NDVI"], sensor="LANDSAT_C2L2")
    assert read_raster(tmp_path / "o.tif")[0][0, 0, 0] == pytest.approx(0.275 / 0.425, abs=1e-6)


def test_nodata_and_zero_denominator_become_nodata(tmp_path):
    # pixel 0: B08 = 0 (Sentinel-2 nodata DN) → nodata; pixel 1: valid; pixel 2 in reflectance: NIR = R = 0 → undefined
    data = np.array([[[0.0, 0.3, 0.0]], [[0.1, 0.1, 0.0]]], dtype="float32")  # band 1 NIR, band 2 red
    src = write_raster(tmp_path / "refl.tif", data, nodata=-1)
    compute_indices(src, tmp_path / "o.tif", ["NDVI"], sensor="REFLECTANCE", explicit_bands={"nir": 1, "red": 2})
    values, info = read_raster(tmp_path / "o.tif")
    assert info["nodata"] == OUTPUT_NODATA
    assert values[0, 0].tolist() == pytest.approx([-1.0, 0.5, OUTPUT_NODATA])
    s2 = _s2_stack(tmp_path, [{"B08": 0}, {"B04": 1000, "B08": 3000}])
    compute_indices(s2, tmp_path / "s.tif", ["NDVI"], sensor="S2")
    assert read_raster(tmp_path / "s.tif")[0][0, 0].tolist() == pytest.approx([OUTPUT_NODATA, 0.5])


def test_band_layout_without_descriptions_and_explicit_override(tmp_path):
    src = _s2_stack(tmp_path, [{"B04": 1000, "B08": 3000, "B05": 2000}], descriptions=False)
    compute_indices(src, tmp_path / "o.tif", ["NDVI"], sensor="S2")  # 10-band layout known
    assert read_raster(tmp_path / "o.tif")[0][0, 0, 0] == pytest.approx(0.5, abs=1e-6)
    # NIR forced to band 4 (B05, 0.2): NDVI = (0.2 − 0.1)/(0.3)
    compute_indices(src, tmp_path / "e.tif", ["NDVI"], sensor="S2", explicit_bands={"nir": 4})
    assert read_raster(tmp_path / "e.tif")[0][0, 0, 0] == pytest.approx(1 / 3, abs=1e-6)


def test_raster_without_the_named_bands_gets_a_clear_message(tmp_path):
    src = write_raster(tmp_path / "three.tif", np.ones((3, 2, 2), dtype="uint16"))
    with pytest.raises(InputError, match=r"Cannot tell which band is NIR \(B08\): the raster has 3 band"):
        compute_indices(src, tmp_path / "o.tif", ["NDVI"], sensor="S2")
    with pytest.raises(InputError, match="NIR band was set to 7, but the raster has 3 band"):
        compute_indices(src, tmp_path / "o.tif", ["NDVI"], sensor="S2", explicit_bands={"nir": 7, "red": 1})
    with pytest.raises(InputError, match="Unknown index NDXI"):
        compute_indices(src, tmp_path / "o.tif", ["NDXI"])
    assert not (tmp_path / "o.tif").exists()


@pytest.mark.sample
def test_indices_on_the_real_sentinel2_scene(sample_dir, tmp_path):
    """Every pixel of the sample scene against an independent whole-array numpy computation."""
    from osgeo import gdal

    stack = sample_dir / "S2_L1C_18SVG_20160112_20m_10band.tif"
    out = tmp_path / "idx.tif"
    result = compute_indices(stack, out, ALL, sensor="S2")
    assert result["bands"] == {"nir": 7, "red": 3, "green": 2, "swir1": 9, "blue": 1}
    dn = gdal.Open(str(stack)).ReadAsArray().astype("float64") / 10000.0
    b, g, r, nir, swir1 = dn[0], dn[1], dn[2], dn[6], dn[8]
    valid = (gdal.Open(str(stack)).ReadAsArray() != 0).all(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = [(nir - r) / (nir + r), (g - nir) / (g + nir), (g - swir1) / (g + swir1),
                    (nir - swir1) / (nir + swir1), 1.5 * (nir - r) / (nir + r + 0.5),
                    2.5 * (nir - r) / (nir + 6 * r - 7.5 * b + 1)]
    values, _ = read_raster(out)
    for band, exp in enumerate(expected):
        ok = valid & np.isfinite(exp)
        assert np.abs(values[band][ok] - exp[ok]).max() < 1e-5, ALL[band]
        assert (values[band][~valid] == OUTPUT_NODATA).all()
    # The scene is mostly lagoon/ocean and vegetated land: water (NDWI > 0) and green vegetation
    # (NDVI > 0.3) must both be substantial.
    assert 0.2 < (values[1][valid] > 0).mean() < 0.8
    assert (values[0][valid] > 0.3).mean() > 0.05
