"""The project `make demo` saves (output/demo.qgz, built by bd_qgis_plugin.maps.project) opened in the real QGIS
desktop under Xvfb at 1366×768, Vietnamese project in a Vietnamese QGIS and English in English: its groups and
shown layers in the Layers panel, the canvas on the reserves, and its thematic layout in the layout designer.

The project is built here on the small constructed scene of tests/project_scene.py with the same function the
demo uses. Screenshots in build/test-artifacts/: qgis_desktop_demo_project_<lang>.png (the main window) and
qgis_desktop_demo_layout_<lang>.png (the layout designer).
"""

import json
import shutil

import pytest
from desktop_run import ARTIFACTS, run_desktop
from project_scene import EXPECTED, RESERVES, TITLE, output_scene, write_project
from qgis.PyQt.QtGui import QColor, QImage

#: Habitat colours (water, cropland) and the seagrass of the benthic map, drawn on the canvas and on the layout.
COLOURS = ("#2c7fb8", "#fdae61", "#668438")


@pytest.fixture(scope="module")
def scene(bd_plugin, tmp_path_factory):
    return output_scene(tmp_path_factory.mktemp("desktop_project_scene"))


def _count(image, colour, rect):
    target = QColor(colour).rgb() & 0xFFFFFF
    x, y, width, height = rect
    return sum(1 for i in range(x, x + width, 3) for j in range(y, y + height, 3)
               if image.pixel(i, j) & 0xFFFFFF == target)


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["vi", "en"])
def test_demo_project_opens_with_groups_canvas_on_the_reserves_and_the_layout(scene, tmp_path, language):
    project = write_project(scene, language, tmp_path / "demo.qgz")
    layout_png = tmp_path / f"qgis_desktop_demo_layout_{language}.png"
    report, _, screenshot = run_desktop(
        tmp_path, "check_demo_project.py", f"qgis_desktop_demo_project_{language}.png", screen="1366x768",
        locale=language if language != "en" else None,
        env_extra={"BD_INPUTS": json.dumps({"project": project, "layout_screenshot": str(layout_png)})})
    if layout_png.exists():
        shutil.copy(layout_png, ARTIFACTS / layout_png.name)
    assert report.get("script_errors") is None and report["errors"] == [], report
    assert report["opened"] is not False
    assert report["message_bar"] == []  # no warning on opening (e.g. a label font the system lacks)
    assert report["tree"] == [[group, [list(item) for item in members]] for group, members in EXPECTED[language]]
    shown = [name for _, members in EXPECTED[language] for name, visible in members if visible]
    assert report["canvas_layers"] == shown  # the canvas draws the shown layers, in the tree's order
    assert report["title"] == TITLE[language] and report["crs"] == report["canvas_crs"] == "EPSG:32648"
    x0, y0, x1, y1 = report["canvas_extent"]  # opens on the reserves: all of them, and not much more
    rx0, ry0 = min(r[1] for r in RESERVES), min(r[2] for r in RESERVES)
    rx1, ry1 = max(r[3] for r in RESERVES), max(r[4] for r in RESERVES)
    assert x0 <= rx0 and y0 <= ry0 and x1 >= rx1 and y1 >= ry1, report["canvas_extent"]
    assert min((x1 - x0) / (rx1 - rx0), (y1 - y0) / (ry1 - ry0)) < 1.3, report["canvas_extent"]
    assert report["layouts"] == [TITLE[language]] and report["designer_layout"] == TITLE[language]
    assert TITLE[language] in report["designer_title"]

    window = QImage(str(screenshot))
    assert (window.width(), window.height()) == (1366, 768)
    canvas = report["canvas_rect"]
    assert canvas[2] >= 500 and canvas[3] >= 300  # the map keeps most of a laptop screen
    for colour in COLOURS:
        assert _count(window, colour, canvas) > 50, colour
    designer = QImage(str(layout_png))
    assert (designer.width(), designer.height()) == (1366, 768)
    for colour in COLOURS:  # the layout's map item is rendered in the designer
        assert _count(designer, colour, (0, 0, designer.width(), designer.height())) > 30, colour
