"""The database panel in the real QGIS desktop under Xvfb: push a layer through the panel into the embedded
GeoPackage, screenshot kept in build/test-artifacts/qgis_desktop_database_panel.png (to look at)."""

import json
import os
import shutil
import signal
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "build" / "test-artifacts"


@pytest.mark.desktop
def test_database_panel_pushes_in_real_qgis(tmp_path):
    version = next(line.split("=", 1)[1].strip() for line in (ROOT / "metadata.txt").read_text().splitlines()
                   if line.startswith("version="))
    package = ROOT / "dist" / f"bd_qgis_plugin-{version}.zip"
    assert package.exists(), "run `make package` (make test does it)"
    profile = tmp_path / "profiles" / "default"
    plugins_dir = profile / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins_dir)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\nbd_qgis_plugin=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n"
        "\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n", encoding="utf-8")
    result_json, screenshot = tmp_path / "report.json", tmp_path / "qgis_database.png"
    env = dict(os.environ, BD_RESULT_JSON=str(result_json), BD_SCREENSHOT=str(screenshot),
               PYQGIS_STARTUP=str(ROOT / "tests" / "desktop" / "startup_hook.py"), HOME=str(tmp_path),
               QGIS_PLUGINPATH="")
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--nologo", "--noversioncheck",
         "--profiles-path", str(tmp_path), "--code", str(ROOT / "tests" / "desktop" / "check_database_panel.py")],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True, cwd=tmp_path)
    try:
        output, _ = proc.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        output, _ = proc.communicate()
    assert result_json.exists(), f"QGIS ended without a report (rc {proc.returncode}):\n{output[-3000:]}"
    report = json.loads(result_json.read_text(encoding="utf-8"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if screenshot.exists():
        shutil.copy(screenshot, ARTIFACTS / "qgis_desktop_database_panel.png")
    assert report["errors"] == [], report["errors"]
    assert report["push_started"] and report["tab"] == "Push"
    assert report["push_report"] == [["Rừng ngập mặn Thủy Triều", "rung_ngap_man_thuy_trieu_v1", None]]
    assert report["history_rows"] == 1 and "rung_ngap_man_thuy_trieu_v1" in report["report_text"]
    database = profile / "bd_qgis_plugin" / "bd_database.gpkg"
    assert database.exists()  # the embedded database, in the QGIS profile
    assert report["screenshot_saved"]
