"""The database panel in the real QGIS desktop under Xvfb: push a layer through the panel into the embedded
GeoPackage, screenshot kept in build/test-artifacts/qgis_desktop_database_panel.png (to look at)."""

import pytest
from desktop_run import run_desktop


@pytest.mark.desktop
def test_database_panel_pushes_in_real_qgis(tmp_path):
    report, profile, _ = run_desktop(tmp_path, "check_database_panel.py", "qgis_desktop_database_panel.png")
    assert report["errors"] == [], report["errors"]
    assert report["push_started"] and report["tab"] == "Push"
    assert report["push_report"] == [["Rừng ngập mặn Thủy Triều", "rung_ngap_man_thuy_trieu_v1", None]]
    assert report["history_rows"] == 1 and "rung_ngap_man_thuy_trieu_v1" in report["report_text"]
    database = profile / "bd_qgis_plugin" / "bd_database.gpkg"
    assert database.exists()  # the embedded database, in the QGIS profile
    assert report["screenshot_saved"]
