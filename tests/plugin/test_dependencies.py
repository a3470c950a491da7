"""Missing optional packages never give a traceback (QGIS' installers for Windows ship no scikit-learn).

Each case runs the real QGIS Processing in a child Python in which the packages are hidden by an import
hook, as on a machine that lacks them: the provider loads with every algorithm, an algorithm that needs no
missing package runs, one that needs one stops before any work with the package's name and the install
command, and "Install missing packages" installs scikit-learn from a local wheel folder into the profile.
"""

import os
from pathlib import Path

import numpy as np
import pytest
from child_qgis import run_child
from helpers import training_polygons, write_raster

from bd_qgis_plugin.dependencies import PACKAGES, install_command, missing, missing_message

ROOT = Path(__file__).resolve().parents[2]

def test_the_message_names_the_package_and_the_command_for_each_platform():
    sklearn = [PACKAGES["sklearn"]]
    assert install_command(sklearn, "windows") == "python -m pip install --user scikit-learn"
    assert install_command(sklearn, "debian") == "sudo apt install python3-sklearn"
    windows = str(missing_message(sklearn, "windows"))
    assert "scikit-learn" in windows and "OSGeo4W Shell: python -m pip install --user scikit-learn" in windows
    assert "Install missing packages" in windows
    assert "sudo apt install python3-sklearn" in str(missing_message(sklearn, "debian"))
    assert missing(["sklearn", "scipy"]) == []  # both are installed on this machine
    assert missing(["sklearn"]) != [] or PACKAGES["sklearn"].module == "sklearn"


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scene")
    rng = np.random.default_rng(1)
    data = rng.integers(500, 3000, (4, 40, 40)).astype("uint16")
    data[:, :, 20:] += 3000  # two separable halves
    image = write_raster(folder / "s2.tif", data, descriptions=["B02", "B03", "B04", "B08"])
    x0, y1 = 500000.0, 1200000.0
    training = training_polygons(folder / "training.gpkg", [
        (1, (x0 + 20, y1 - 780, x0 + 360, y1 - 420)), (1, (x0 + 20, y1 - 380, x0 + 360, y1 - 20)),
        (2, (x0 + 420, y1 - 780, x0 + 780, y1 - 420)), (2, (x0 + 420, y1 - 380, x0 + 780, y1 - 20))])
    return image, training


def test_without_scipy_sklearn_skimage_psycopg2_the_provider_loads_and_algorithms_that_need_them_stop_first(
        tmp_path, scene):
    image, training = scene
    out = tmp_path / "out"
    out.mkdir()
    body = f'''
    res = processing.run("bd:spectralindices", {{"INPUT": {image!r}, "SENSOR": 0, "INDICES": [0],
                                                 "OUTPUT": {str(out / "ndvi.tif")!r}}})
    result["indices_written"] = os.path.exists(res["OUTPUT"])
    try:
        processing.run("bd:habitatclassification", {{"INPUT": {image!r}, "SENSOR": 0, "TRAINING": {training!r},
                       "CLASS_FIELD": "class", "OUTPUT": {str(out / "habitat.tif")!r},
                       "OUTPUT_MODEL": {str(out / "habitat.joblib")!r},
                       "OUTPUT_REPORT": {str(out / "habitat.html")!r}}})
        result["classification"] = "ran"
    except QgsProcessingException as exc:
        result["classification"] = str(exc)
    try:
        processing.run("bd:habitattrend", {{"MAPS": [{image!r}, {image!r}], "YEARS": "2020, 2021",
                       "OUTPUT_TABLE": {str(out / "trend.csv")!r}, "OUTPUT_TRENDS": {str(out / "trends.csv")!r},
                       "OUTPUT_REPORT": {str(out / "trend.html")!r}}})
        result["trend"] = "ran"
    except QgsProcessingException as exc:
        result["trend"] = str(exc)
    result["left_behind"] = sorted(os.listdir({str(out)!r}))
    '''
    result = run_child(tmp_path, body, hide={"scipy", "sklearn", "skimage", "psycopg2"})
    from bd_qgis_plugin.processing_algorithms.provider import algorithm_classes

    assert result["algorithms"] == sorted(f"bd:{cls.ALGORITHM_ID}" for cls in algorithm_classes())
    assert result["indices_written"]
    assert "scikit-learn" in result["classification"] and "sudo apt install python3-sklearn" in \
        result["classification"], result["classification"]
    assert "python3-scipy" in result["trend"], result["trend"]  # stops before any work (Theil–Sen is scipy's)
    assert not any(name.startswith(("habitat", "trend")) for name in result["left_behind"]), result["left_behind"]


def test_install_missing_packages_installs_scikit_learn_from_a_wheel_folder_into_the_profile(tmp_path, scene):
    wheels = os.environ.get("BD_TEST_WHEELS", str(ROOT / ".cache" / "wheels" / "optional"))
    assert any(name.startswith("scikit_learn") for name in os.listdir(wheels)), \
        f"no scikit-learn wheel in {wheels}: run `make test` (it downloads requirements-test-wheels.txt)"
    profile = tmp_path / "profile"
    target = profile / "python" / "bd_qgis_plugin_packages"
    image, training = scene
    body = f'''
    from qgis.PyQt.QtCore import QCoreApplication
    from bd_qgis_plugin.dependencies import missing
    from bd_qgis_plugin.gui.install_packages import start_install
    result["missing_before"] = [p.pip for p in missing(["sklearn"])]
    task = start_install(None, ["sklearn"], find_links={wheels!r}, profile_dir={str(profile)!r})
    import time
    deadline = time.time() + 240
    while task.status() not in (task.Complete, task.Terminated) and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    result["status"] = "complete" if task.status() == task.Complete else "terminated: " + task.error
    result["missing_after"] = [p.pip for p in missing(["sklearn"])]
    import sklearn
    result["sklearn_file"] = sklearn.__file__
    res = processing.run("bd:habitatclassification", {{"INPUT": {image!r}, "SENSOR": 0, "TRAINING": {training!r},
                         "CLASS_FIELD": "class", "OUTPUT": {str(tmp_path / "habitat.tif")!r},
                         "OUTPUT_MODEL": {str(tmp_path / "habitat.joblib")!r},
                         "OUTPUT_REPORT": {str(tmp_path / "habitat.html")!r}}})
    from osgeo import gdal
    values = gdal.Open(res["OUTPUT"]).ReadAsArray()
    result["classes_left_right"] = [int(values[:, :20].mean().round()), int(values[:, 20:].mean().round())]
    '''
    # The dev venv pins Debian's scientific stack (.venv/pip.conf); the test wheel is another version on purpose.
    result = run_child(tmp_path, body, hide={"sklearn"}, allow=[str(target)], PIP_CONSTRAINT="/dev/null")
    assert result["missing_before"] == ["scikit-learn"]
    assert result["status"] == "complete", result["status"]
    assert result["missing_after"] == []
    assert result["sklearn_file"].startswith(str(target)), result["sklearn_file"]
    assert result["classes_left_right"] == [1, 2]


def test_without_matplotlib_the_trend_report_is_written_without_charts_and_says_so(tmp_path):
    maps = []
    for year, columns in ((2020, 3), (2021, 4)):
        data = np.full((8, 8), 2, "uint8")
        data[:, :columns] = 1
        maps.append(write_raster(tmp_path / f"map_{year}.tif", data, nodata=0))
    out = tmp_path / "out"
    out.mkdir()
    body = f'''
    res = processing.run("bd:habitattrend", {{"MAPS": {maps!r}, "YEARS": "2020, 2021",
                         "OUTPUT_TABLE": {str(out / "series.csv")!r}, "OUTPUT_TRENDS": {str(out / "trends.csv")!r},
                         "OUTPUT_REPORT": {str(out / "trend.html")!r}}})
    result["report"] = open(res["OUTPUT_REPORT"], encoding="utf-8").read()
    result["files"] = sorted(os.listdir({str(out)!r}))
    try:
        import matplotlib
        result["matplotlib"] = "importable"
    except ImportError:
        result["matplotlib"] = "hidden"
    '''
    result = run_child(tmp_path, body, hide={"matplotlib"})
    assert result["matplotlib"] == "hidden" and "bd:habitattrend" in result["algorithms"]
    assert result["files"] == ["series.csv", "trend.html", "trends.csv"]  # no chart PNG
    assert "Charts were not drawn: matplotlib is not installed" in result["report"]
    assert "<h2>Zone: whole map</h2>" in result["report"] and "<img" not in result["report"]
