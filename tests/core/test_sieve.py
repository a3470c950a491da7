"""Minimum mapping unit (GDAL sieve) and majority filter on hand-made class maps (20 m = 0.04 ha)."""

import numpy as np
import pytest
from habitat_scenes import _sieve_map as _map
from helpers import read_raster, write_raster

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.sieve import clean_class_map, majority


def test_patches_below_the_mmu_merge_into_their_neighbour(tmp_path):
    data = np.ones((10, 10), "uint8")
    data[1, 1:3] = 2  # 2-pixel island: 0.08 ha
    data[5:7, 5:8] = 3  # 6-pixel patch: 0.24 ha
    data[9, 9] = 0  # nodata stays nodata
    out = tmp_path / "sieved.tif"
    assert clean_class_map(_map(tmp_path, data), str(out), mmu_ha=0.16) == 4  # 0.16 ha = 4 pixels
    result = read_raster(out)[0][0]
    expected = data.copy()
    expected[1, 1:3] = 1
    assert result.tolist() == expected.tolist()


def test_majority_removes_salt_noise_and_keeps_edges(tmp_path):
    data = np.ones((12, 12), "uint8")
    data[:, 6:] = 2  # a straight boundary
    data[3, 2] = 2  # salt in class 1
    data[8, 9] = 1  # pepper in class 2
    out = tmp_path / "majority.tif"
    clean_class_map(_map(tmp_path, data), str(out), majority_size=3)
    expected = np.ones((12, 12), "uint8")
    expected[:, 6:] = 2
    assert read_raster(out)[0][0].tolist() == expected.tolist()


def test_majority_across_block_edges_equals_the_whole_array_filter(tmp_path):
    rng = np.random.default_rng(0)
    data = rng.integers(1, 4, size=(70, 90)).astype("uint8")
    path = write_raster(tmp_path / "noisy.tif", data, pixel=20.0, nodata=0,
                        options=("TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"))
    out = tmp_path / "m.tif"
    majority(path, str(out), size=5, window=16)  # 30 windows of 16×16: every edge needs the halo
    # reference: the same rule computed on the whole array at once
    from scipy.ndimage import uniform_filter

    scores = np.stack([uniform_filter((data == c).astype("float32"), 5, mode="constant")
                       + np.where(data == c, 0.5 / 25, 0) for c in (1, 2, 3)])
    assert np.array_equal(read_raster(out)[0][0], np.array([1, 2, 3])[scores.argmax(axis=0)])


def test_nothing_to_do_is_refused(tmp_path):
    with pytest.raises(InputError, match="Choose a minimum mapping unit"):
        clean_class_map(_map(tmp_path, [[1, 2], [2, 1]]), str(tmp_path / "o.tif"))
