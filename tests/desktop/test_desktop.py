"""The plugin installed from the release zip into the real QGIS desktop, under Xvfb.

As a user does: unzip dist/bd_qgis_plugin-<version>.zip into a fresh profile's plugin folder
(what Plugins > Install from ZIP does), enable it, start QGIS, open the panel from the toolbar,
take a screenshot (kept in build/test-artifacts/ to look at).
"""

import pytest
from desktop_run import run_desktop


@pytest.mark.desktop
def test_real_qgis_desktop_loads_plugin_and_shows_panel(tmp_path):
    report, _, screenshot = run_desktop(tmp_path, "check_plugin.py", "qgis_desktop_plugin_panel.png")

    assert report["errors"] == [], report["errors"]
    assert report["plugin_loaded"] and report["plugin_active"]
    assert report["menu_title"] == "Biodiversity (ĐDSH)" and report["menu_in_menubar"]
    assert report["menu_actions"][:2] == ["Biodiversity panel", "Spectral indices…"]
    assert report["toolbar_visible"]
    assert report["provider"] == "Biodiversity (ĐDSH)" and "bd:spectralindices" in report["algorithms"]
    assert report["dock_visible"] and report["dock_title"] == "Biodiversity (ĐDSH)"
    assert report["dock_province_count"] == 35  # the 34 provinces after "— choose the province —"
    assert report["dock_province_chosen"] == ""  # a first session: no province chosen for the user
    assert report["screenshot_saved"]

    from qgis.PyQt.QtGui import QImage

    image = QImage(str(screenshot))
    assert image.width() >= 1000 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, "the screenshot is (nearly) blank"
