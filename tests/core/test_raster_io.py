"""Block-wise raster IO of the core: windows, nodata, output format, alignment, cancel."""

import os

import numpy as np
import pytest
from helpers import read_raster, write_raster

from bd_qgis_plugin.core.errors import Cancelled, GridMismatchError, InputError
from bd_qgis_plugin.core.raster_io import (
    RasterReader,
    RasterWriter,
    block_windows,
    check_aligned,
    run_blockwise,
)


def _coverage(windows, width, height):
    hits = np.zeros((height, width), dtype=int)
    for w in windows:
        hits[w.slices] += 1
    return hits


@pytest.mark.parametrize("width,height,bw,bh", [(1000, 700, 256, 256), (967, 973, 967, 4), (10, 10, 256, 256),
                                                (1933, 1947, 1933, 2), (513, 1025, 512, 512)])
def test_windows_cover_each_pixel_once_and_follow_blocks(width, height, bw, bh):
    windows = list(block_windows(width, height, bw, bh))
    assert (_coverage(windows, width, height) == 1).all()
    for w in windows:
        assert w.col_off % min(bw, width) == 0 and w.row_off % min(bh, height) == 0
        # a window ends on a block edge or on the raster edge
        assert (w.col_off + w.width) % min(bw, width) == 0 or w.col_off + w.width == width
        assert (w.row_off + w.height) % min(bh, height) == 0 or w.row_off + w.height == height


def test_strip_layout_gives_full_width_bands_of_rows():
    windows = list(block_windows(967, 973, 967, 4))
    assert all(w.width == 967 for w in windows)
    assert windows[0].height == 512  # 128 strips of 4 rows


def test_reader_mask_marks_nodata_in_any_requested_band(tmp_path):
    data = np.array([[[1, 0], [3, 4]], [[5, 6], [0, 8]]], dtype="uint16")
    path = write_raster(tmp_path / "a.tif", data, nodata=0)
    with RasterReader(path) as reader:
        (window,) = reader.windows()
        values, valid = reader.read(window, [1, 2])
        assert values.shape == (2, 2, 2)
        assert valid.tolist() == [[True, False], [False, True]]
        _, valid1 = reader.read(window, [1])
        assert valid1.tolist() == [[True, False], [True, True]]


def test_reader_nodata_override_applies_only_without_band_nodata(tmp_path):
    path = write_raster(tmp_path / "a.tif", np.array([[[0, 7]]], dtype="uint16"))
    with RasterReader(path) as reader:
        (window,) = reader.windows()
        assert reader.read(window)[1].tolist() == [[True, True]]
        assert reader.read(window, nodata_override=0)[1].tolist() == [[False, True]]


def test_missing_file_and_non_raster_get_clear_messages(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        RasterReader(tmp_path / "nope.tif")
    text = tmp_path / "notes.txt"
    text.write_text("not a raster")
    with pytest.raises(InputError, match="not a raster GDAL can read"):
        RasterReader(text)


def test_reader_rejects_band_that_does_not_exist(tmp_path):
    path = write_raster(tmp_path / "a.tif", np.ones((3, 4, 4), dtype="uint16"))
    with RasterReader(path) as reader, pytest.raises(InputError, match=r"Band 5 does not exist .* has 3 band"):
        reader.check_bands([1, 5])


def test_writer_output_is_tiled_compressed_with_crs_nodata_and_descriptions(tmp_path):
    src = write_raster(tmp_path / "src.tif", np.arange(40 * 30, dtype="uint16").reshape(1, 40, 30))
    out = tmp_path / "out.tif"
    with RasterReader(src) as reader, RasterWriter(out, reader.grid, 2, "float32", -9999.0, ["a", "b"]) as writer:
        for window in reader.windows(target=16):
            values, valid = reader.read(window)
            valid[:] = values[0] % 2 == 0
            writer.write(window, np.stack([values[0], values[0] * 2]), valid)
    arr, info = read_raster(out)
    expected = np.arange(40 * 30, dtype="float32").reshape(40, 30)
    assert np.array_equal(arr[0], np.where(expected % 2 == 0, expected, -9999))
    assert np.array_equal(arr[1], np.where(expected % 2 == 0, expected * 2, -9999))
    assert info["nodata"] == -9999.0 and info["descriptions"] == ["a", "b"]
    assert info["block"] == [256, 256] and info["compression"] == "DEFLATE"
    assert "32648" in info["wkt"] and info["geotransform"] == (500000.0, 20.0, 0.0, 1200000.0, 0.0, -20.0)
    assert [p for p in os.listdir(tmp_path) if ".part." in p] == []


def test_failed_job_leaves_no_file_and_keeps_the_previous_one(tmp_path):
    src = write_raster(tmp_path / "src.tif", np.ones((1, 32, 32), dtype="uint16"))
    out = tmp_path / "out.tif"
    out.write_bytes(b"previous result")
    with pytest.raises(ZeroDivisionError), RasterReader(src) as reader, \
            RasterWriter(out, reader.grid, 1) as writer:
        for window in reader.windows(target=16):
            writer.write(window, reader.read(window)[0])
            raise ZeroDivisionError("a failure half-way through")
    assert out.read_bytes() == b"previous result"
    assert sorted(os.listdir(tmp_path)) == ["out.tif", "src.tif"]


def test_cancel_stops_between_windows_and_writes_nothing(tmp_path):
    src = write_raster(tmp_path / "src.tif", np.ones((1, 64, 64), dtype="uint16"))
    out = tmp_path / "out.tif"
    seen, fractions = [], []
    with pytest.raises(Cancelled), RasterReader(src) as reader, RasterWriter(out, reader.grid, 1) as writer:
        def process(window):
            seen.append(window)
            writer.write(window, reader.read(window)[0])
        run_blockwise(reader.windows(target=16), process, fractions.append, lambda: len(seen) >= 3)
    assert len(seen) == 3 and fractions == [0.0625, 0.125, 0.1875]
    assert not out.exists() and sorted(os.listdir(tmp_path)) == ["src.tif"]


def test_progress_reaches_one(tmp_path):
    src = write_raster(tmp_path / "src.tif", np.ones((1, 40, 50), dtype="uint16"))
    fractions = []
    with RasterReader(src) as reader:
        run_blockwise(reader.windows(target=16), lambda w: None, fractions.append)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def _grid(tmp_path, name, **kw):
    path = write_raster(tmp_path / name, np.ones((1, 10, 12), dtype="uint16"), **kw)
    with RasterReader(path) as reader:
        return reader.grid


def test_alignment_check_accepts_same_grid_and_names_every_difference(tmp_path):
    a = _grid(tmp_path, "a.tif")
    check_aligned({"a.tif": a, "a2.tif": _grid(tmp_path, "a2.tif")})
    with pytest.raises(GridMismatchError) as err:
        check_aligned({"a.tif": a, "b.tif": _grid(tmp_path, "b.tif", epsg=32649)})
    assert "'a.tif' and 'b.tif' differ: CRS EPSG:32648" in str(err.value) and "EPSG:32649" in str(err.value)
    with pytest.raises(GridMismatchError, match=r"origin \(500000.000, 1200000.000\) vs \(500010.000"):
        check_aligned({"a.tif": a, "c.tif": _grid(tmp_path, "c.tif", origin=(500010.0, 1200000.0))})
    with pytest.raises(GridMismatchError, match="pixel size 20×20 vs 10×10"):
        check_aligned({"a.tif": a, "d.tif": _grid(tmp_path, "d.tif", pixel=10.0)})
    other_size = write_raster(tmp_path / "e.tif", np.ones((1, 11, 12), dtype="uint16"))
    with RasterReader(other_size) as reader, pytest.raises(GridMismatchError, match="size 12×10 vs 12×11"):
        check_aligned({"a.tif": a, "e.tif": reader.grid})


def test_reading_is_safe_with_gdal_multithreaded_decoding(tmp_path):
    """GDAL 3.6.2 segfaults on multi-band Dataset.ReadAsArray with GDAL_NUM_THREADS set; we must not."""
    import subprocess
    import sys

    data = np.arange(3 * 600 * 600, dtype="uint16").reshape(3, 600, 600)
    src = write_raster(tmp_path / "tiled.tif", data, options=("TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"))
    code = ("import sys; sys.path[:0] = %r\n"
            "from bd_qgis_plugin.core.raster_io import RasterReader\n"
            "r = RasterReader(%r)\n"
            "total = sum(int(r.read(w, [1, 3])[0].astype('int64').sum()) for w in r.windows())\n"
            "print(total)\n") % (sys.path, src)
    env = dict(os.environ, GDAL_NUM_THREADS="ALL_CPUS")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == int(data[0].astype("int64").sum() + data[2].astype("int64").sum())


@pytest.mark.parametrize("name,band", [("T48PYU_20240101T031111_B08_10m.jp2", "B08"), ("LC09_L2SP_SR_B5.TIF", "SR_B5"),
                                       ("s2_B8A.tif", "B8A"), ("scene.tif", ""), ("B11.tif", "B11")])
def test_band_name_from_file(name, band):
    from bd_qgis_plugin.core.raster_io import band_name_from_file

    assert band_name_from_file(f"/data/{name}") == band


def test_stack_rasters_keeps_every_band_in_order_with_names(tmp_path):
    from bd_qgis_plugin.core.raster_io import stack_rasters

    multi = write_raster(tmp_path / "rgb.tif", np.stack([np.full((4, 4), v, "uint16") for v in (1, 2, 3)]),
                         descriptions=["B02", "B03", "B04"], nodata=0)
    nir = write_raster(tmp_path / "T48PYU_B08_10m.tif", np.full((1, 4, 4), 9, "uint16"), nodata=0)
    vrt = stack_rasters([multi, nir], str(tmp_path / "stack.vrt"))
    with RasterReader(vrt) as reader:
        assert reader.count == 4 and reader.descriptions == ["B02", "B03", "B04", "B08"]
        assert reader.nodata == [0, 0, 0, 0]
        values, _ = reader.read(reader.windows()[0])
        assert values[:, 0, 0].tolist() == [1, 2, 3, 9]


def test_stack_rasters_refuses_bands_of_different_resolution(tmp_path):
    from bd_qgis_plugin.core.raster_io import stack_rasters

    b04 = write_raster(tmp_path / "B04.tif", np.ones((1, 8, 8), "uint16"), pixel=10.0)
    b11 = write_raster(tmp_path / "B11.tif", np.ones((1, 4, 4), "uint16"), pixel=20.0)
    with pytest.raises(GridMismatchError, match="'B04.tif' and 'B11.tif' differ: pixel size 10×10 vs 20×20"):
        stack_rasters([b04, b11], str(tmp_path / "stack.vrt"))
    assert not (tmp_path / "stack.vrt").exists()


def test_a_truncated_raster_is_named_as_damaged_with_what_to_do(tmp_path):
    from bd_qgis_plugin.core.raster_io import RasterReader, Window

    data = np.random.default_rng(1).integers(1, 5000, (64, 64)).astype("uint16")
    path = write_raster(tmp_path / "cut.tif", data, options=("TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16",
                                                             "COMPRESS=DEFLATE"))
    whole = (tmp_path / "cut.tif").read_bytes()
    (tmp_path / "cut.tif").write_bytes(whole[:int(len(whole) * 0.6)])
    with RasterReader(path) as reader, pytest.raises(InputError) as raised:
        reader.read(Window(0, 0, 64, 64))
    assert raised.value.params["path"] == path and "TIFFReadEncodedTile" in raised.value.params["reason"]
    assert path not in raised.value.params["reason"]  # named once, by the template


def test_an_output_larger_uncompressed_than_the_free_space_is_refused_before_it_is_created(tmp_path, monkeypatch):
    from collections import namedtuple

    from bd_qgis_plugin.core import raster_io
    from bd_qgis_plugin.core.raster_io import Grid, RasterWriter, output_space

    grid = Grid(1000, 1000, (0.0, 1.0, 0.0, 0.0, 0.0, -1.0))
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(raster_io.shutil, "disk_usage", lambda folder: usage(10**9, 10**9 - 3_999_999, 3_999_999))
    assert output_space(tmp_path / "a.tif", grid, 1, "float32") == (4_000_000, 3_999_999)
    with pytest.raises(InputError) as raised:
        RasterWriter(tmp_path / "a.tif", grid, 1, "float32")
    assert raised.value.params["need"] == "4" and raised.value.params["folder"] == str(tmp_path)
    assert list(tmp_path.iterdir()) == []
    RasterWriter(tmp_path / "b.tif", grid, 1, "uint8").abort()  # 1 MB fits
    assert list(tmp_path.iterdir()) == []


def test_the_sigterm_handler_is_installed_only_while_a_file_is_pending(tmp_path):
    import signal

    from bd_qgis_plugin.core.raster_io import Grid, RasterWriter, Window

    before = signal.getsignal(signal.SIGTERM)
    grid = Grid(8, 8, (0.0, 1.0, 0.0, 0.0, 0.0, -1.0))
    with RasterWriter(tmp_path / "a.tif", grid, 1, "uint8") as writer:
        assert signal.getsignal(signal.SIGTERM) != before
        with RasterWriter(tmp_path / "b.tif", grid, 1, "uint8") as inner:
            inner.write(Window(0, 0, 8, 8), np.ones((8, 8)))
        assert signal.getsignal(signal.SIGTERM) != before  # the outer file is still pending
        writer.write(Window(0, 0, 8, 8), np.ones((8, 8)))
    assert signal.getsignal(signal.SIGTERM) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tif", "b.tif"]
