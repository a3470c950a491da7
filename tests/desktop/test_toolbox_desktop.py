"""The menu item "Biodiversity algorithms in the Processing Toolbox" in the real QGIS desktop under Xvfb at
1366×768, in English and in Vietnamese: after a click the Processing Toolbox dock is shown, filtered to the
plugin's algorithms, and paints them; screenshots kept in build/test-artifacts/qgis_desktop_toolbox_<lang>.png.
"""

import pytest
from desktop_run import run_desktop

MENU_ITEM = {"en": "Biodiversity algorithms in the Processing Toolbox",
             "vi": "Các công cụ đa dạng sinh học trong hộp công cụ Xử lý"}


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "vi"])
def test_menu_item_opens_the_toolbox_on_the_bd_algorithms(tmp_path, language):
    report, _, screenshot = run_desktop(tmp_path, "check_toolbox.py", f"qgis_desktop_toolbox_{language}.png",
                                        screen="1366x768", locale=language if language != "en" else None,
                                        env_extra={"BD_MENU_ITEM": MENU_ITEM[language]})
    assert report.get("script_errors") is None and report["errors"] == [], report
    assert report["menu_item_found"] and report["toolbox_found"]
    assert not report["visible_before"]  # a fresh profile: the toolbox starts hidden, the click shows it
    assert report["toolbox_visible"] and report["search_text"] == "bd:"
    algorithms = report["bd_algorithms"]
    assert len(algorithms) >= 20
    # every algorithm of the provider is listed, and nothing else (the filter keeps other providers out)
    assert set(report["listed"]) == set(algorithms), report["listed"]
    assert len(report["painted"]) >= 8, report  # the expanded tree shows them on screen, not folded away
    x, y, width, height = report["toolbox_geometry"]
    assert width >= 200 and height >= 300 and x + width <= 1366 and y + height <= 768

    from qgis.PyQt.QtGui import QImage

    image = QImage(str(screenshot))
    assert (image.width(), image.height()) == (1366, 768)
