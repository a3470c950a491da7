"""bd:indicatorreport: tables, HTML and PDF from small hand-made outputs of the other algorithms."""

import collections
import csv
import json
import subprocess

import numpy as np
import pytest
from helpers import pdf_page_lines, write_raster
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from bd_qgis_plugin.compat import field_type

X0, Y0 = 500000.0, 1200000.0


def _write_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        writer.writerows(rows)
    return str(path)


def _inputs(tmp_path):
    areas = _write_csv(tmp_path / "areas.csv", ["zone", "class_code", "pixels", "area_ha", "pct_zone"], [
        ["Vườn quốc gia A", 3, 1000, 900.0, 75.0], ["Vườn quốc gia A", 7, 300, 300.0, 25.0],
        ["Khu B", 1, 50, 50.0, 50.0], ["Khu B", 7, 50, 50.0, 50.0]])
    # bd:accuracyassessment JSON (only the keys the report reads): forest estimated 1 000 ± 100 ha
    accuracy = {"classes": [{"code": 3, "name": "Forest"}, {"code": 7, "name": "Mangrove"}],
                "mapped_area": {"3": 900.0, "7": 350.0},
                "estimated_area": {"3": {"value": 1000.0, "se": 51.0, "ci95": 100.0},
                                   "7": {"value": 250.0, "se": 20.0, "ci95": 40.0}},
                "users_accuracy": {"3": {"value": 0.9}, "7": {"value": 0.8}},
                "producers_accuracy": {"3": {"value": 0.85}, "7": {"value": 0.95}}}
    (tmp_path / "accuracy.json").write_text(json.dumps(accuracy), encoding="utf-8")
    change = _write_csv(tmp_path / "balance.csv", ["zone", "class_code", "before_ha", "after_ha", "gain_ha",
                                                   "loss_ha", "net_ha"],
                        [["Vườn quốc gia A", 7, 400.0, 300.0, 0.0, 100.0, -100.0]])
    indices = _write_csv(tmp_path / "indices.csv", ["patch", "area_ha", "dPC"], [["P1", 120.5, 42.0]])
    benthic = _write_csv(tmp_path / "benthic.csv", ["zone", "class_code", "area_ha", "pct_zone"],
                         [["Khu B", 14, 12.5, 10.0], ["Khu B", 15, 7.5, 6.0], ["Khu B", 11, 100.0, 84.0]])
    links = QgsVectorLayer("LineString?crs=EPSG:32648", "links", "memory")
    links.dataProvider().addAttributes([QgsField("core_a", field_type("String")), QgsField("core_b",
                                                                                           field_type("String"))]
                                       + [QgsField(n, field_type("Double")) for n in ("lcd", "euclid", "ratio")])
    links.updateFields()
    for a, b, lcd, length in (("A", "B", 3000.0, 1000.0), ("B", "C", 9000.0, 1500.0)):
        feature = QgsFeature(links.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({X0} {Y0 - 100}, {X0 + length} {Y0 - 100})"))
        feature.setAttributes([a, b, lcd, length, lcd / length])
        links.dataProvider().addFeature(feature)
    class_map = np.full((40, 40), 3, dtype="uint8")
    class_map[:, 25:] = 7
    raster = write_raster(tmp_path / "habitat.tif", class_map, origin=(X0, Y0), pixel=50.0, nodata=0)
    zones = QgsVectorLayer("Polygon?crs=EPSG:32648", "zones", "memory")
    zones.dataProvider().addAttributes([QgsField("name", field_type("String"))])
    zones.updateFields()
    for name, rect in (("Vườn quốc gia A", (X0, Y0 - 2000, X0 + 1200, Y0)),
                       ("Khu B", (X0 + 1200, Y0 - 2000, X0 + 2000, Y0 - 1000))):
        feature = QgsFeature(zones.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*rect)))
        feature["name"] = name
        zones.dataProvider().addFeature(feature)
    return {"AREAS": areas, "ACCURACY": str(tmp_path / "accuracy.json"), "CHANGE": change, "LINKS": links,
            "INDICES": indices, "BENTHIC": benthic, "CLASS_MAP": raster, "ZONES": zones, "ZONE_FIELD": "name",
            "SUBTITLE": "Tỉnh Khánh Hòa, năm 2025", "OUTPUT_HTML": str(tmp_path / "report.html"),
            "OUTPUT_PDF": str(tmp_path / "report.pdf")}


def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_indicator_report_tables_html_and_pdf(bd_plugin, tmp_path):
    import processing

    result = processing.run("bd:indicatorreport", _inputs(tmp_path))
    areas = {(r["zone"], r["class_code"]): r for r in _rows(result["OUTPUT_AREAS_CSV"])}
    forest = areas[("Vườn quốc gia A", "3")]
    assert forest["ecosystem_vi"] == "Rừng" and forest["ecosystem_en"] == "Forest"
    # zone CI = zone area × map-wide relative CI: 900 × 100 / 1000 = 90 ha; mangrove 300 × 40 / 250 = 48 ha
    assert float(forest["ci95_ha"]) == pytest.approx(90.0)
    assert float(areas[("Vườn quốc gia A", "7")]["ci95_ha"]) == pytest.approx(48.0)
    assert areas[("Khu B", "1")]["ci95_ha"] == ""  # water was not assessed: no CI rather than a made-up one
    change = _rows(result["OUTPUT_CHANGE_CSV"])[0]
    assert float(change["net_ha"]) == -100.0 and float(change["net_pct"]) == pytest.approx(-25.0)
    corridors = _rows(result["OUTPUT_CORRIDORS_CSV"])[0]
    assert int(corridors["links"]) == 2 and float(corridors["length_km"]) == pytest.approx(2.5)
    assert float(corridors["mean_lcd"]) == pytest.approx(6000.0)
    assert float(corridors["mean_ratio"]) == pytest.approx(4.5)

    summary = {r["zone"]: r for r in _rows(result["OUTPUT_SUMMARY_CSV"])}
    assert float(summary["Vườn quốc gia A"]["forest"]) == 900.0 and float(summary["Khu B"]["mangrove"]) == 50.0
    assert float(summary["Khu B"]["seagrass"]) == 12.5 and float(summary["Khu B"]["coral_algae"]) == 7.5
    assert summary["Vườn quốc gia A"]["seagrass"] == ""  # no seagrass there: blank, not zero made up
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    for heading in ("Diện tích các hệ sinh thái theo khu", "Tổng hợp các hệ sinh thái chính (ha)", "Cỏ biển",
                    "Ecosystem area per zone", "Biến động so với kỳ trước",
                    "Hành lang đa dạng sinh học", "Chỉ số kết nối", "report_map.png", "B – C"):
        assert heading in html
    text = subprocess.run(["pdftotext", result["OUTPUT_PDF"], "-"], check=True, capture_output=True,
                          text=True).stdout
    text = " ".join(text.split())  # lines wrapped in cells and titles joined again
    for expected in ("Báo cáo chỉ tiêu đa dạng sinh học", "Ecosystem area per zone", "Vườn quốc gia A",
                     "Rừng ngập mặn / Mangrove", "± KTC 95 % (ha)",
                     "Cỏ biển / Seagrass 12.5 10.0", "B–C 9 000.0", "42.000"):
        assert expected in text
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", result["OUTPUT_PDF"],
                    str(tmp_path / "page")], check=True)
    page = QImage(str(tmp_path / "page-1.png"))
    assert page.height() > page.width()  # A4 portrait
    # the embedded map shows the forest and mangrove colours of the habitat palette
    colours = [page.pixelColor(x, y) for x in range(0, page.width(), 2) for y in range(0, page.height(), 2)]

    def near(target):
        return any(abs(c.red() - target[0]) + abs(c.green() - target[1]) + abs(c.blue() - target[2]) < 30
                   for c in colours)

    assert near((0x00, 0x44, 0x1b)) and near((0x1b, 0x78, 0x37))


ZONES = [f"Khu bảo tồn số {n}" for n in range(1, 15)]
RAW_NAMES = ("core_id", "dPC_intra", "dPC_flux", "dPC_connector", "area_ha", "class_code", "pct_zone", "ci95_ha",
             "ecosystem_vi", "ecosystem_en", "patch")
PAGE_LABELS = {0: "Trang {page} / {pages} · Page {page} / {pages}", 1: "Trang {page} / {pages}",
               2: "Page {page} / {pages}"}


def _report_inputs(tmp_path, language):
    """A report of 14 zones (several pages) from inputs named as the plugin's algorithms name them."""
    inputs = _inputs(tmp_path)
    inputs["AREAS"] = _write_csv(tmp_path / "habitat_area_per_zone.csv",
                                 ["zone", "class_code", "pixels", "area_ha", "pct_zone"],
                                 [[zone, code, 100, 10.0 * n + code, 25.0] for n, zone in enumerate(ZONES)
                                  for code in (1, 2, 3, 7)])
    inputs["INDICES"] = _write_csv(tmp_path / "connectivity_indices.csv",  # as bd:connectivityindices writes it
                                   ["core_id", "area_ha", "dIIC", "dPC", "dPC_intra", "dPC_flux", "dPC_connector"],
                                   [[1, 135.44, 51.28, 50.04, 41.14, 8.9, 0.0], [2, 18.84, 7.13, 9.63, 0.8, 8.83, 0.0]])
    metadata = inputs["ZONES"].metadata()
    metadata.setTitle("Khu bảo tồn tỉnh Khánh Hòa")
    inputs["ZONES"].setMetadata(metadata)
    current = np.zeros((40, 40), dtype="float32")
    current[10, 5] = 9.0   # in zone A
    current[5, 35] = 4.0   # in no zone (x 501 775, y 1 199 725)
    inputs["PINCHPOINTS"] = write_raster(tmp_path / "pinch.tif", current, origin=(X0, Y0), pixel=50.0)
    inputs["LANGUAGE"] = language
    return inputs


@pytest.mark.parametrize("language", [0, 1, 2])  # Vietnamese and English, Vietnamese, English
def test_report_pdf_reads_as_a_finished_report(bd_plugin, tmp_path, language):
    """Readable names of the inputs (no file names), readable column headings with a legend, a word for a point
    outside the zones, "page N / M" on every page and no heading left alone at the foot of a page."""
    import processing

    from bd_qgis_plugin.core.indicators import HEADINGS

    result = processing.run("bd:indicatorreport", _report_inputs(tmp_path, language))
    pages = pdf_page_lines(result["OUTPUT_PDF"])
    assert len(pages) >= 3
    for number, lines in enumerate(pages, start=1):
        assert lines[-1][0] == PAGE_LABELS[language].format(page=number, pages=len(pages))
    first = " ".join(text for text, _ in pages[0])
    for name in ("Habitat area per zone", "Connectivity indices", "Khu bảo tồn tỉnh Khánh Hòa", "Accuracy"):
        assert name in first  # the inputs as people call them
    for raw in (str(tmp_path), ".csv", ".json", ".tif", "habitat_area", "connectivity_indices"):
        assert raw not in first
    text = " ".join(text for lines in pages for text, _ in lines)
    for raw in RAW_NAMES:  # column headings of every table are the report's own, not field names
        assert raw not in text, raw
    vi, en = language in (0, 1), language in (0, 2)
    for vietnamese, english in (HEADINGS["notes"], ("nội vùng", "intra"), ("thông lượng", "flux"),  # dPC_*
                                ("mức giảm (%)", "the decrease (%)"),  # the legend of the indices
                                ("ngoài các", "outside the")):  # the pinch point in no zone
        assert (vietnamese in text) == vi and (english in text) == en, (vietnamese, english)
    headings = [text for lines in pages for text, _ in lines if text in ZONES]
    assert headings.index("Khu bảo tồn số 2") < headings.index("Khu bảo tồn số 10")  # in the order people expect
    # no heading at the foot of a page: the last two lines above the page number are text of the body size
    # (headings are 11 pt and more, the body 10 pt, the English of a heading under its Vietnamese 90 % of it)
    body = collections.Counter(round(height, 1) for lines in pages for _, height in lines).most_common(1)[0][0]
    for number, lines in enumerate(pages[:-1], start=1):
        for line, height in lines[-3:-1]:
            assert height < body * 1.08, (number, line, height, body)
    # a long report did put headings near the foot of a page: the rule moved them on, leaving room
    assert any(lines[0][1] > body * 1.08 for lines in pages[1:])


def test_missing_columns_are_named(bd_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    bad = _write_csv(tmp_path / "bad.csv", ["zone", "code", "ha"], [["A", 1, 2.0]])
    with pytest.raises(QgsProcessingException, match="class_code, area_ha"):
        processing.run("bd:indicatorreport", {"AREAS": bad, "OUTPUT_HTML": str(tmp_path / "r.html")})
    assert not (tmp_path / "r.html").exists()


def test_pinch_points_and_zone_error_adjusted_areas(bd_plugin, tmp_path):
    """Key pinch points are the cells of highest current, 10 cells apart, named by zone; areas from
    bd:habitatarea with an accuracy report carry the zone's own estimate and CI, used as they are."""
    import processing

    inputs = _inputs(tmp_path)
    inputs["AREAS"] = _write_csv(tmp_path / "areas_adj.csv", ["zone", "class_code", "pixels", "area_ha", "pct_zone",
                                                              "area_adj_ha", "area_adj_ci95_ha"],
                                 [["Vườn quốc gia A", 3, 1000, 900.0, 75.0, 950.0, 61.5],
                                  ["Vườn quốc gia A", 7, 300, 300.0, 25.0, 250.0, 30.0]])
    current = np.zeros((40, 40), dtype="float32")
    current[10, 5] = 9.0   # strongest, in zone A (x 500 275, y 1 199 475)
    current[10, 7] = 8.0   # 2 cells from the strongest: suppressed
    current[30, 30] = 5.0  # in zone B
    current[35, 2] = 3.0
    inputs["PINCHPOINTS"] = write_raster(tmp_path / "pinch.tif", current, origin=(X0, Y0), pixel=50.0)
    # the coverage table as bd:benthichabitat writes it (column "class", Allen Coral Atlas codes)
    inputs["BENTHIC"] = _write_csv(tmp_path / "coverage.csv", ["zone", "class", "class_name", "pixels", "area_ha",
                                                               "shallow_ha", "pct_shallow"],
                                   [["Khu B", 14, "Seagrass", 125, 12.5, 20.0, 62.5],
                                    ["Khu B", 11, "Sand", 75, 7.5, 20.0, 37.5]])
    result = processing.run("bd:indicatorreport", inputs)
    summary = {r["zone"]: r for r in _rows(result["OUTPUT_SUMMARY_CSV"])}
    assert float(summary["Khu B"]["seagrass"]) == 12.5
    areas = {(r["zone"], r["class_code"]): r for r in _rows(result["OUTPUT_AREAS_CSV"])}
    forest = areas[("Vườn quốc gia A", "3")]
    assert (float(forest["area_ha"]), float(forest["estimated_ha"]), float(forest["ci95_ha"])) == (900.0, 950.0, 61.5)
    points = _rows(result["OUTPUT_PINCHPOINTS_CSV"])
    assert [(int(p["rank"]), p["zone"], float(p["current"])) for p in points] == [
        (1, "Vườn quốc gia A", 9.0), (2, "Khu B", 5.0), (3, "Vườn quốc gia A", 3.0)]
    assert (float(points[0]["x"]), float(points[0]["y"])) == (X0 + 5.5 * 50, Y0 - 10.5 * 50)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Điểm thắt chính" in html and "Key pinch points" in html


# -- errors reach the user as Processing errors that name the problem, not as tracebacks ------------------------

def test_a_report_pdf_that_cannot_be_written_is_named(bd_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    (tmp_path / "a_file").write_text("not a folder", encoding="utf-8")
    inputs = dict(_inputs(tmp_path), OUTPUT_PDF=str(tmp_path / "a_file" / "report.pdf"))
    inputs.pop("CLASS_MAP")  # no map to render: the PDF is the first thing that fails
    # refused before any work (BdAlgorithm.check_outputs): its folder is a file
    with pytest.raises(QgsProcessingException, match=r"The folder '.*a_file' of the output .* does not exist"):
        processing.run("bd:indicatorreport", inputs)
    # a folder where the PDF should go passes that check and fails when written: named there too
    (tmp_path / "report.pdf").mkdir()
    inputs["OUTPUT_PDF"] = str(tmp_path / "report.pdf")
    with pytest.raises(QgsProcessingException, match=r"The file '.*report\.pdf' could not be written"):
        processing.run("bd:indicatorreport", inputs)


def test_a_report_html_that_cannot_be_written_is_named(bd_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    (tmp_path / "report.html").mkdir()  # a folder where the report should go
    inputs = _inputs(tmp_path)
    inputs.pop("CLASS_MAP")
    with pytest.raises(QgsProcessingException, match=r"The file '.*report\.html' could not be written"):
        processing.run("bd:indicatorreport", inputs)


def test_a_table_that_cannot_be_read_is_named(bd_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    (tmp_path / "photo.csv").write_bytes(b"\xff\xd8\xff\xe0 a JPEG renamed")  # not a text table
    inputs = dict(_inputs(tmp_path), INDICES=str(tmp_path / "photo.csv"))
    inputs.pop("CLASS_MAP")
    with pytest.raises(QgsProcessingException, match=r"The table '.*' could not be read as CSV"):
        processing.run("bd:indicatorreport", inputs)


def test_trends_section_per_reserve_from_the_habitat_trend_tables(bd_plugin, tmp_path):
    """bd:habitattrend's two tables (from its own run on four years of maps) give a trends section per reserve:
    its table in the HTML, the PDF and a CSV, and a chart per reserve drawn from the area per year."""
    import processing

    maps = []
    for n, year in enumerate((2019, 2020, 2021, 2022)):
        data = np.full((40, 40), 3, dtype="uint8")  # forest, losing 2 columns a year to mangrove
        data[:, 30 - 2 * n:] = 7
        maps.append(write_raster(tmp_path / f"habitat_{year}.tif", data, origin=(X0, Y0), pixel=50.0, nodata=0))
    inputs = _inputs(tmp_path)
    trend = processing.run("bd:habitattrend", {"MAPS": maps, "YEARS": "2019, 2020, 2021, 2022",
                                               "ZONES": inputs["ZONES"], "ZONE_FIELD": "name",
                                               "OUTPUT_TABLE": str(tmp_path / "series.csv"),
                                               "OUTPUT_TRENDS": str(tmp_path / "trends.csv"),
                                               "OUTPUT_REPORT": str(tmp_path / "trend.html")})
    result = processing.run("bd:indicatorreport", dict(inputs, TRENDS=trend["OUTPUT_TRENDS"],
                                                       TREND_SERIES=trend["OUTPUT_TABLE"]))
    rows = {(r["zone"], r["class_code"]): r for r in _rows(result["OUTPUT_TRENDS_CSV"])}
    # Vườn quốc gia A covers columns 0–23 (1 200 m of 50 m pixels), rows 0–39: mangrove only from column 24 on
    forest = rows[("Vườn quốc gia A", "3")]
    assert forest["period"] == "2019–2022" and float(forest["change_ha"]) == 0.0
    mangrove = rows[("Khu B", "7")]  # Khu B: columns 24–39, rows 0–19: 2 columns × 20 rows × 0.25 ha a year
    assert float(mangrove["slope"]) == pytest.approx(10.0) and float(mangrove["change_ha"]) == pytest.approx(30.0)
    assert float(mangrove["mk_p"]) == pytest.approx(2 / 24) and mangrove["exceeds"] == ""  # no reports
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Xu hướng diện tích qua các năm" in html and "Area trend over the years" in html
    charts = sorted(p.name for p in tmp_path.glob("report_trend_*.png"))
    assert charts == ["report_trend_1.png", "report_trend_2.png"] and all(c in html for c in charts)
    text = " ".join(subprocess.run(["pdftotext", result["OUTPUT_PDF"], "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    assert "Area trend over the years" in text and "Rừng ngập mặn / Mangrove" in text
