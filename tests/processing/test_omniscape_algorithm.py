"""bd:omniscape through Processing: the 3 × 3 star windows worked by hand, an Omniscape .ini as the whole input,
clear refusals, cancel."""

import os

import numpy as np
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsProcessingException, QgsProcessingFeedback

BY_HAND = np.array([[4 / 3, 1.75, 7 / 6], [1.75, 5 / 3, 1.75], [7 / 6, 1.75, 5 / 3]])  # tests/core/test_omniscape.py


def test_star_windows_by_hand_with_the_three_maps(bd_plugin, tmp_path):
    import processing

    resistance = write_raster(tmp_path / "r.tif", np.ones((3, 3), "float32"), nodata=-9999.0)
    sources = write_raster(tmp_path / "s.tif", np.ones((3, 3), "float32"), nodata=-9999.0)
    out = processing.run("bd:omniscape", {
        "RESISTANCE": resistance, "SOURCES": sources, "RADIUS": 1, "BLOCK_SIZE": 1, "NEIGHBOURS": 0,
        "OUTPUT_CURRENT": str(tmp_path / "cur.tif"), "OUTPUT_FLOW_POTENTIAL": str(tmp_path / "fp.tif"),
        "OUTPUT_NORMALIZED": str(tmp_path / "norm.tif")})
    current, info = read_raster(out["OUTPUT_CURRENT"])
    np.testing.assert_allclose(current[0], BY_HAND, rtol=1e-6)
    potential, _ = read_raster(out["OUTPUT_FLOW_POTENTIAL"])
    normalized, _ = read_raster(out["OUTPUT_NORMALIZED"])
    np.testing.assert_allclose(normalized[0], current[0] / potential[0], rtol=1e-6)
    assert info["nodata"] == -9999.0
    from osgeo import gdal

    from bd_qgis_plugin.core.raster_io import Grid

    assert Grid.from_dataset(gdal.Open(out["OUTPUT_CURRENT"])).same_crs(Grid.from_dataset(gdal.Open(resistance)))


def _ini_job(tmp_path, text):
    os.makedirs(tmp_path / "input", exist_ok=True)
    rng = np.random.default_rng(3)
    data = rng.uniform(0.1, 1.0, (20, 20)).astype("float32")
    data[4, 5] = -9999.0
    write_raster(tmp_path / "input" / "resistance.tif", data, nodata=-9999.0)
    write_raster(tmp_path / "input" / "source.tif", rng.uniform(0, 1, (20, 20)).astype("float32"), nodata=-9999.0)
    ini = tmp_path / "input" / "job.ini"
    ini.write_text(text, encoding="utf-8")
    return str(ini)


def test_an_omniscape_ini_runs_unchanged_and_equals_the_core(bd_plugin, tmp_path):
    import processing

    from bd_qgis_plugin.core import omniscape

    ini = _ini_job(tmp_path, "[Input files]\nresistance_file = input/resistance.tif\nsource_file = input/source.tif\n"
                             "[Options]\nblock_size = 3\nradius = 4\nbuffer = 1\nsource_threshold = 0.2\n"
                             "project_name = t\ncalc_flow_potential = true\n")
    out = processing.run("bd:omniscape", {"INI": ini, "OUTPUT_CURRENT": str(tmp_path / "cur.tif"),
                                          "OUTPUT_FLOW_POTENTIAL": str(tmp_path / "fp.tif")})
    sink = omniscape.ArraySink()
    job = omniscape.load_ini(ini)
    job.settings.flow_potential = True
    omniscape.run(job, sink)
    current, _ = read_raster(out["OUTPUT_CURRENT"])
    potential, _ = read_raster(out["OUTPUT_FLOW_POTENTIAL"])
    expected = np.where(np.isnan(sink.maps["current"]), -9999.0, sink.maps["current"])
    np.testing.assert_allclose(current[0], expected, rtol=1e-6)
    assert current[0][4, 5] == -9999.0 and (np.delete(current[0].ravel(), 4 * 20 + 5) > 0).all()
    np.testing.assert_allclose(potential[0][current[0] != -9999.0],
                               sink.maps["flow_potential"][np.isfinite(sink.maps["flow_potential"])], rtol=1e-6)


@pytest.mark.parametrize("text, message", [
    ("resistance_file = input/resistance.tif\nproject_name = t\n", "does not give radius"),
    ("resistance_file = input/resistance.tif\nradius = 3\n", "No source strength raster"),
    ("resistance_file = input/resistance.tif\nsource_file = input/source.tif\nradius = 3\nconditional = true\n"
     "n_conditions = 3\n", "n_conditions = 3"),
    ("resistance_file = input/resistance.tif\nsource_file = input/source.tif\nradius = 3\nconditional = true\n"
     "condition1_file = input/source.tif\ncomparison1 = above\n", "comparison1 = 'above'"),
])
def test_bad_ini_files_are_refused_with_a_message_and_nothing_written(bd_plugin, tmp_path, text, message):
    import processing

    ini = _ini_job(tmp_path, text)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("bd:omniscape", {"INI": ini, "OUTPUT_CURRENT": str(tmp_path / "cur.tif")})
    assert not (tmp_path / "cur.tif").exists()


def test_no_resistance_is_refused(bd_plugin, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="Give a resistance raster"):
        processing.run("bd:omniscape", {"RADIUS": 3, "OUTPUT_CURRENT": str(tmp_path / "cur.tif")})


def test_cancel_leaves_no_output(bd_plugin, tmp_path):
    import processing

    resistance = write_raster(tmp_path / "r.tif", np.ones((40, 40), "float32"), nodata=-9999.0)

    class CancelSoon(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802 - QGIS API name
            super().setProgress(progress)
            if progress > 5:
                self.cancel()

    feedback = CancelSoon()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("bd:omniscape", {"RESISTANCE": resistance, "SOURCE_FROM_RESISTANCE": True, "RADIUS": 3,
                                        "OUTPUT_CURRENT": str(tmp_path / "cur.tif")}, feedback=feedback)
    assert not (tmp_path / "cur.tif").exists()
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part.tif")]
