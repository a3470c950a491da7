"""The provider works headless through the real qgis_process (as CI servers and scripts use it)."""

import json

import numpy as np
from helpers import read_raster, run_qgis_process, write_raster


def test_qgis_process_lists_bd_algorithms(tmp_path):
    result = run_qgis_process(tmp_path, "list")
    assert result.returncode == 0, result.stderr
    assert "Biodiversity (ĐDSH)" in result.stdout
    assert "bd:spectralindices" in result.stdout


def test_qgis_process_runs_spectral_indices(tmp_path):
    data = np.full((4, 8, 8), 1000, dtype="uint16")
    data[3] = 3000  # B08
    src = write_raster(tmp_path / "s2_10m.tif", data, descriptions=["B02", "B03", "B04", "B08"])
    out = tmp_path / "ndvi.tif"
    result = run_qgis_process(tmp_path, "--json", "run", "bd:spectralindices", "--",
                           f"INPUT={src}", "INDICES=0,1", f"OUTPUT={out}")
    assert result.returncode == 0, result.stdout + result.stderr
    payload = json.loads(result.stdout[result.stdout.index("{"):])
    assert payload["results"]["OUTPUT"] == str(out)
    values, info = read_raster(out)
    assert np.allclose(values[0], 0.5) and np.allclose(values[1], (0.1 - 0.3) / 0.4)


def test_qgis_process_reports_bad_input_clearly(tmp_path):
    src = write_raster(tmp_path / "two.tif", np.ones((2, 4, 4), dtype="uint16"))
    result = run_qgis_process(tmp_path, "run", "bd:spectralindices", "--", f"INPUT={src}", "INDICES=0",
                           f"OUTPUT={tmp_path / 'x.tif'}")
    assert result.returncode != 0
    assert "Cannot tell which band is NIR (B08)" in result.stdout + result.stderr
    assert not (tmp_path / "x.tif").exists()
