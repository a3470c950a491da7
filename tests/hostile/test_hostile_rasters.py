"""Hostile rasters (issue 14): damaged files name themselves, grids too large are refused before any work, and a
kill mid-write leaves no hidden partial file.

The damaged files are real data: a clip of the Sentinel-2 sample scene (and a class map and a resistance surface
made from it), written as a tiled DEFLATE GeoTIFF or as a COG and cut at 60 % of its bytes, as an interrupted
download leaves it. The huge grids are VRTs of 200 000 × 200 000 cells over a 2 × 2 file (no data is read).
"""

import math
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
from helpers import QGIS_PROCESS, training_polygons
from osgeo import gdal, osr
from qgis.core import QgsProcessingException

gdal.UseExceptions()

ROOT = Path(__file__).resolve().parents[2]
SCENE = ROOT / ".cache" / "sample_data" / "S2_L1C_18SVG_20160112_20m_10band.tif"
CLIP = 384  # pixels on a side of the clip of the real scene (20 m pixels, UTM 18N)
FORMATS = {"GeoTIFF": ("GTiff", ["TILED=YES", "BLOCKXSIZE=128", "BLOCKYSIZE=128", "COMPRESS=DEFLATE"]),
           "COG": ("COG", ["BLOCKSIZE=128", "COMPRESS=DEFLATE"])}
HUGE = 200_000


def _write(path, array, like, fmt, nodata=None):
    """``array`` (rows, cols) on the grid of the dataset ``like``, through a MEM copy, as ``fmt``."""
    driver, options = FORMATS[fmt]
    gdt = {np.dtype("uint8"): gdal.GDT_Byte, np.dtype("float32"): gdal.GDT_Float32}[array.dtype]
    mem = gdal.GetDriverByName("MEM").Create("", array.shape[1], array.shape[0], 1, gdt)
    mem.SetGeoTransform(like.GetGeoTransform())
    mem.SetProjection(like.GetProjection())
    band = mem.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    gdal.Translate(str(path), mem, format=driver, creationOptions=options)
    return str(path)


def _truncate(path, share=0.6):
    """Cut ``path`` at ``share`` of its bytes, as an interrupted download or copy leaves it."""
    data = Path(path).read_bytes()
    Path(path).write_bytes(data[:int(len(data) * share)])
    return str(path)


def _damaged_inputs(folder, fmt):
    """(scene, class map, resistance): real data cut at 60 %; each still opens (its header is whole)."""
    if not SCENE.exists():
        pytest.fail(f"sample scene missing at {SCENE}: run `make sample-data`")
    folder.mkdir()
    driver, options = FORMATS[fmt]
    scene = str(folder / "cut_scene.tif")
    gdal.Translate(scene, str(SCENE), format=driver, srcWin=[0, 0, CLIP, CLIP], creationOptions=options)
    ds = gdal.Open(scene)
    red, nir = (ds.GetRasterBand(b).ReadAsArray().astype("float32") for b in (3, 7))
    ndvi = (nir - red) / np.maximum(nir + red, 1)
    classes = (1 + np.digitize(ndvi, [-0.1, 0.1, 0.25, 0.4, 0.6])).astype("uint8")  # codes 1..6
    class_map = _write(folder / "cut_classes.tif", classes, ds, fmt, nodata=0)
    resistance = _write(folder / "cut_resistance.tif", (1 + red / 100).astype("float32"), ds, fmt,
                        nodata=-9999.0)
    origin = ds.GetGeoTransform()[0], ds.GetGeoTransform()[3]
    ds = None
    for path in (scene, class_map, resistance):
        _truncate(path)
        assert gdal.Open(path).RasterXSize == CLIP
    return scene, class_map, resistance, origin


def _polygons(path, origin, boxes):
    """A GeoPackage of squares in UTM 18N (``boxes``: (code, column, row, size) in 20 m pixels from ``origin``)."""
    squares = [(code, (origin[0] + 20 * col, origin[1] - 20 * (row + size), origin[0] + 20 * (col + size),
                       origin[1] - 20 * row)) for code, col, row, size in boxes]
    return training_polygons(path, squares, epsg=32618, field="code")


def _everything_in(folder):
    return sorted(p.name for p in Path(folder).iterdir()) if Path(folder).exists() else []


DAMAGED_RUNS = {
    "cost distance": lambda scene, classes, resistance, out, vectors: ("bd:costdistance", {
        "RESISTANCE": resistance, "SOURCES": vectors["sources"], "OUTPUT": str(out / "cost.tif")}),
    "resistance": lambda scene, classes, resistance, out, vectors: ("bd:resistancesurface", {
        "INPUT": classes, "OUTPUT": str(out / "resistance.tif")}),
    "classification": lambda scene, classes, resistance, out, vectors: ("bd:habitatclassification", {
        "INPUT": scene, "SENSOR": 0, "TRAINING": vectors["training"], "CLASS_FIELD": "code",
        "VALIDATION_FRACTION": 0.34, "OUTPUT": str(out / "habitat.tif"), "OUTPUT_MODEL": str(out / "m.bdmodel"),
        "OUTPUT_REPORT": str(out / "report.html")}),
    "spectral indices": lambda scene, classes, resistance, out, vectors: ("bd:spectralindices", {
        "INPUT": scene, "SENSOR": 0, "INDICES": [0], "OUTPUT": str(out / "ndvi.tif")}),
    "sieve": lambda scene, classes, resistance, out, vectors: ("bd:sieveclassification", {
        "INPUT": classes, "MMU_HA": 0.16, "OUTPUT": str(out / "sieved.tif")}),
}


@pytest.mark.hostile("a truncated GeoTIFF or COG")
@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("algorithm", list(DAMAGED_RUNS))
def test_a_truncated_raster_is_named_as_damaged_and_nothing_is_written(bd_plugin, tmp_path, algorithm, fmt):
    import processing

    scene, classes, resistance, origin = _damaged_inputs(tmp_path / "in", fmt)
    vectors = {
        # three squares per class in the top rows (whole in the file), so training reads and the map is cut
        "training": _polygons(tmp_path / "in" / "training.gpkg", origin,
                              [(code, col, 4, 6) for code, cols in ((1, (4, 40, 80)), (2, (150, 200, 260)))
                               for col in cols]),
        "sources": _polygons(tmp_path / "in" / "sources.gpkg", origin, [(1, 2, 2, 2)]),
    }
    out = tmp_path / "out"
    out.mkdir()
    name, params = DAMAGED_RUNS[algorithm](scene, classes, resistance, out, vectors)
    damaged = {"classification": scene, "spectral indices": scene, "cost distance": resistance}.get(algorithm,
                                                                                                    classes)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(name, params)
    message = str(raised.value)
    assert os.path.basename(damaged) in message, message
    assert "is damaged" in message and "re-download or re-export" in message.lower(), message
    assert "Traceback" not in message and message.count(damaged) == 1, message
    assert _everything_in(out) == []  # not even a hidden .part file


def _huge_vrt(folder, dtype, side=HUGE, value=1):
    """A ``side`` × ``side`` VRT over a 2 × 2 GeoTIFF in UTM 48N (cells of 20 m · 2 / side … any size)."""
    folder.mkdir(exist_ok=True)
    tiny = str(folder / f"tiny_{dtype}.tif")
    gdt = {"uint8": gdal.GDT_Byte, "float32": gdal.GDT_Float32}[dtype]
    ds = gdal.GetDriverByName("GTiff").Create(tiny, 2, 2, 1, gdt)
    ds.SetGeoTransform((500000.0, 1000.0, 0.0, 1200000.0, 0.0, -1000.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32648)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).Fill(value)
    ds = None
    vrt = str(folder / f"huge_{dtype}_{side}.vrt")
    gdal.Translate(vrt, tiny, format="VRT", width=side, height=side)
    assert gdal.Open(vrt).RasterXSize == side
    return vrt


def _points_layer(xy, geometry="Point"):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from bd_qgis_plugin.compat import field_type

    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32648", "focal", "memory")
    layer.dataProvider().addAttributes([QgsField("id", field_type("Int"))])
    layer.updateFields()
    features = []
    for n, (x, y) in enumerate(xy, start=1):
        feature = QgsFeature(layer.fields())
        wkt = f"POINT({x} {y})" if geometry == "Point" else \
            f"POLYGON(({x} {y},{x + 50} {y},{x + 50} {y + 50},{x} {y + 50},{x} {y}))"
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature["id"] = n
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


HUGE_RUNS = {
    "current flow": lambda vrt, out: ("bd:currentflow", {
        "RESISTANCE": vrt, "FOCAL": _points_layer([(500100.0, 1199900.0), (501900.0, 1198100.0)]),
        "FOCAL_ID_FIELD": "id", "MODE": 0, "OUTPUT_CURRENT": str(out / "current.tif")}),
    "pinch points": lambda vrt, out: ("bd:pinchpoints", {
        "RESISTANCE": vrt, "CORES": _points_layer([(500100.0, 1199800.0), (501800.0, 1198100.0)], "Polygon"),
        "CORE_ID_FIELD": "id", "CUTOFF": 1000.0, "OUTPUT": str(out / "pinch.tif"),
        "OUTPUT_TABLE": str(out / "links.csv")}),
}


@pytest.mark.hostile("a 200000² raster for a circuit")
@pytest.mark.parametrize("algorithm", list(HUGE_RUNS))
def test_a_circuit_on_a_huge_grid_is_refused_from_its_size_before_reading(bd_plugin, tmp_path, algorithm):
    import processing

    vrt = _huge_vrt(tmp_path / "in", "float32")
    out = tmp_path / "out"
    out.mkdir()
    name, params = HUGE_RUNS[algorithm](vrt, out)
    started = time.monotonic()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(name, params)
    message = str(raised.value)
    assert "40\u00a0000\u00a0000\u00a0000 cells" in message and "MB of memory" in message, message
    assert "Traceback" not in message and time.monotonic() - started < 60
    assert _everything_in(out) == []


@pytest.mark.hostile("a 200000² class map for a resistance surface, larger than the free disk")
def test_a_resistance_surface_larger_than_the_free_disk_is_refused_before_the_work(bd_plugin, tmp_path):
    import processing

    out = tmp_path / "out"
    out.mkdir()
    free = shutil.disk_usage(out).free
    side = max(HUGE, math.isqrt(free // 4) * 2)  # 4 bytes a cell uncompressed: four times the free space
    vrt = _huge_vrt(tmp_path / "in", "uint8", side=side, value=3)
    started = time.monotonic()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("bd:resistancesurface", {"INPUT": vrt, "OUTPUT": str(out / "resistance.tif")})
    message = str(raised.value)
    assert "MB" in message and "free" in message and str(out) in message and "clip" in message.lower(), message
    assert time.monotonic() - started < 60
    assert _everything_in(out) == []


_SLOW_WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[2])
    import numpy as np
    from bd_qgis_plugin.core.raster_io import Grid, RasterWriter, Window
    grid = Grid(4096, 4096, (500000.0, 20.0, 0.0, 1200000.0, 0.0, -20.0))
    with RasterWriter(sys.argv[1], grid, 1, "float32", nodata=-9999.0) as writer:
        for top in range(0, 4096, 256):
            writer.write(Window(0, top, 4096, 256), np.random.default_rng(top).random((256, 4096)))
            print("block", top, flush=True)
            time.sleep(0.5)
""")


def _wait_for_part(folder, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if any(name.endswith(".part.tif") for name in os.listdir(folder)):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.hostile("SIGTERM in the middle of a raster write (the core in a plain Python)")
def test_sigterm_mid_write_leaves_no_partial_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(out / "big.tif"), str(ROOT)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().startswith("block"), child.stderr.read()
        assert _wait_for_part(out, child)
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGTERM  # still killed by the signal, as without the clean-up
    assert _everything_in(out) == []


@pytest.mark.hostile("SIGTERM in the middle of a raster write (qgis_process)")
def test_sigterm_to_qgis_process_mid_write_leaves_no_partial_file(tmp_path):
    vrt = _huge_vrt(tmp_path / "in", "uint8", side=30_000, value=3)  # 900 M cells: minutes of block-wise work
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "home").mkdir()
    env = dict(os.environ, HOME=str(tmp_path / "home"))
    child = subprocess.Popen([str(QGIS_PROCESS), "run", "bd:resistancesurface", "--", f"INPUT={vrt}",
                              f"OUTPUT={out / 'resistance.tif'}"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=env, cwd=tmp_path)
    try:
        assert _wait_for_part(out, child, timeout=90), child.communicate()[0] if child.poll() is not None else ""
        time.sleep(1.0)  # well inside the write
        child.send_signal(signal.SIGTERM)  # the script execs qgis_process.bin: the signal reaches it
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode != 0
    assert _everything_in(out) == []
