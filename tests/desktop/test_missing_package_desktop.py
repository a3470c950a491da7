"""Without scikit-learn (as in QGIS' Windows installers) the Habitat classification dialog says what to install.

The real QGIS desktop under Xvfb at 1366×768, the plugin from the release zip, scikit-learn hidden from QGIS'
Python by the startup hook; the dialog's screenshot is kept in build/test-artifacts/.
"""

import json

import numpy as np
import pytest
from desktop_run import run_desktop
from helpers import training_polygons, write_raster


@pytest.mark.desktop
def test_habitat_dialog_without_scikit_learn_names_the_package_and_the_command(tmp_path):
    data = np.random.default_rng(1).integers(500, 3000, (4, 40, 40)).astype("uint16")
    image = write_raster(tmp_path / "s2.tif", data, descriptions=["B02", "B03", "B04", "B08"])
    training = training_polygons(tmp_path / "training.gpkg", [(1, (500020, 1199220, 500360, 1199580)),
                                                               (2, (500420, 1199220, 500780, 1199580))])
    out = tmp_path / "out"
    out.mkdir()
    report, _, screenshot = run_desktop(
        tmp_path, "check_missing_package.py", "qgis_desktop_missing_scikit_learn.png", screen="1366x768",
        env_extra={"BD_HIDE": json.dumps(["sklearn"]),
                   "BD_INPUTS": json.dumps({"image": image, "training": training, "out": str(out)})})
    assert report.get("script_errors") is None and report["errors"] == [], report
    assert "scikit-learn" in report["log"] and "sudo apt install python3-sklearn" in report["log"], report["log"]
    assert "Install missing packages" in report["log"]
    assert "Traceback" not in report["log"] and "ModuleNotFoundError" not in report["log"]
    assert report["outputs"] == []
    assert report["screenshot_saved"] and screenshot.exists()
