"""The database panel in the real QGIS desktop under Xvfb on a 1366×768 office laptop screen, in English and in
Vietnamese: a layer and a thematic map (the project's print layout, exported on the fly) pushed through the panel
into the embedded GeoPackage; the dock, its Push button and its status line lie on the screen and the QGIS window
is not taller than the screen. Screenshots of the screen are kept in build/test-artifacts/
(qgis_desktop_database_panel_<lang>.png, and …_history.png) to look at."""

import re
import sqlite3

import pytest
from desktop_run import run_desktop

WIDTH, HEIGHT = 1366, 768
TEXTS = {"en": {"push": "Push", "map": "map (PDF)", "saved": "saved as version 1 (3 features"},
         "vi": {"push": "Đẩy lên", "map": "bản đồ (PDF)", "saved": "đã lưu thành phiên bản 1 (3 đối tượng"}}


def _inside(rect, screen):
    x, y, width, height = rect
    return screen[0] <= x and screen[1] <= y and x + width <= screen[0] + screen[2] and \
        y + height <= screen[1] + screen[3]


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "vi"])
def test_database_panel_fits_a_laptop_and_pushes_a_layer_and_a_map_in_real_qgis(tmp_path, language):
    report, profile, screenshot = run_desktop(tmp_path, "check_database_panel.py",
                                              f"qgis_desktop_database_panel_{language}.png",
                                              screen=f"{WIDTH}x{HEIGHT}", locale=language)
    assert report.get("script_errors") is None and report["errors"] == [], report
    words = TEXTS[language]
    assert report["push_started"], report.get("checks")
    assert report["push_report"] == [["Rừng ngập mặn Thủy Triều", "rung_ngap_man_thuy_trieu_v1", None],
                                     ["Bản đồ sinh cảnh Cam Ranh", "pdf", None]]
    assert words["saved"] in report["report_text"] and "rows/tiles" not in report["report_text"]
    # the dock fits: its Push button and its status line are on the screen, the window no taller than it
    for key in ("geometry_before_push", "geometry", "history_geometry"):
        geometry = report[key]
        assert geometry["screen"] == [0, 0, WIDTH, HEIGHT]
        assert geometry["window"][3] <= HEIGHT, (key, geometry)
        assert geometry["dock_minimum"][1] <= 400, (key, geometry)
        assert _inside(geometry["dock"], geometry["screen"]), (key, geometry)
        assert geometry["status_visible"] and _inside(geometry["status"], geometry["screen"]), (key, geometry)
    for key in ("geometry_before_push", "geometry"):
        assert report[key]["tab"] == words["push"] and report[key]["push_visible"]
        assert _inside(report[key]["push_button"], report[key]["screen"]), report[key]
    # the result in the QGIS message bar, with its level (Qgis.MessageLevel.Success = 3)
    assert any(level == 3 and "Rừng ngập mặn Thủy Triều" in text for level, text in report["message_bar"])
    # History shows the push at once: local time, the map as a map
    column = report["history_columns"].index
    kinds = [row[column("kind")] for row in report["history"]]
    assert report["history_rows"] == 2 and words["map"] in kinds
    pushed_at = [row[column("pushed_at")] for row in report["history"]]
    assert all(re.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d", text) for text in pushed_at), report["history"]
    database = profile / "bd_qgis_plugin" / "bd_database.gpkg"  # the embedded database, in the QGIS profile
    con = sqlite3.connect(database)
    try:
        maps = con.execute("SELECT title, layout_name, format, province, substr(content, 1, 5) FROM "
                           "bd_map_exports").fetchall()
    finally:
        con.close()
    assert maps == [("Bản đồ sinh cảnh Cam Ranh", "Bản đồ sinh cảnh Cam Ranh", "pdf", "Khánh Hòa", b"%PDF-")]
    assert report["screenshot_saved"] and report["history_screenshot_saved"]
    assert screenshot.exists() and screenshot.with_name(screenshot.stem + "_history.png").exists()
