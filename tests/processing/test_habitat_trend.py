"""bd:habitattrend through processing.run on hand-made class maps (20 m pixels = 0.04 ha)."""

import csv
import json

import numpy as np
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from bd_qgis_plugin.compat import field_type

X0, Y0 = 500000.0, 1200000.0


class Recording(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API name
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API name
        self.lines.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API names
        self.lines.append(error)


def _map(tmp_path, name, data, origin=(X0, Y0), metadata=None):
    path = write_raster(tmp_path / name, np.asarray(data, "uint8"), origin=origin, pixel=20.0, nodata=0)
    if metadata:
        ds = gdal.Open(path, gdal.GA_Update)
        ds.SetMetadata(metadata)
        ds = None
    return path


def _halves(columns_of_class_1, rows=10, cols=20):
    data = np.full((rows, cols), 2, "uint8")
    data[:, :columns_of_class_1] = 1
    return data


def _report(tmp_path, name, matrix, class_map):
    path = tmp_path / name
    path.write_text(json.dumps({"classes": [{"code": 1, "name": "Rừng"}, {"code": 2, "name": "Đất nông nghiệp"}],
                                "error_matrix_counts": {"rows": "map", "columns": "reference", "values": matrix},
                                "source": {"class_map": str(class_map)}}), encoding="utf-8")
    return str(path)


def _zones(items):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "zones", "memory")
    layer.dataProvider().addAttributes([QgsField("name", field_type("String"))])
    layer.updateFields()
    features = []
    for name, (col0, row0, col1, row1) in items:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({X0 + 20 * col0} {Y0 - 20 * row0}, {X0 + 20 * col1} {Y0 - 20 * row0}, {X0 + 20 * col1} "
            f"{Y0 - 20 * row1}, {X0 + 20 * col0} {Y0 - 20 * row1}, {X0 + 20 * col0} {Y0 - 20 * row0}))"))
        feature["name"] = name
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _num(text):
    return None if text in ("", None) else float(text)


def _run(tmp_path, params, feedback=None):
    import processing

    defaults = {"OUTPUT_TABLE": str(tmp_path / "series.csv"), "OUTPUT_TRENDS": str(tmp_path / "trends.csv"),
                "OUTPUT_REPORT": str(tmp_path / "trend.html")}
    return processing.run("bd:habitattrend", dict(defaults, **params), feedback=feedback or Recording())


def test_change_ci_from_two_olofsson_reports_flags_only_changes_beyond_map_error(bd_plugin, tmp_path):
    """By hand (whole map, 200 px of 0.04 ha = 8 ha; rows = map):
    2020 maps 100 + 100 px, matrix [[8, 2], [1, 9]] → forest 3.6 ha, SE 8·0.08333 = 0.6667 ha;
    2021 maps 150 + 50 px, matrix [[9, 1], [0, 10]] → forest 5.4 ha, SE 8·0.075 = 0.6 ha;
    2022 maps 110 + 90 px, matrix [[8, 2], [1, 9]] → forest 3.88 ha, SE 0.68831 ha.
    2020→2021: +1.8 ha, CI ±1.96 √(0.6667² + 0.6²) = ±1.7580 → beyond map error;
    2021→2022: −1.52 ha, CI ±1.96 √(0.6² + 0.68831²) = ±1.7897 → within;
    2020→2022: +0.28 ha (mapped +0.4 ha), CI ±1.96 √(0.6667² + 0.68831²) = ±1.8781 → within."""
    maps = [_map(tmp_path, f"forest_{y}.tif", _halves(c)) for y, c in ((2020, 10), (2021, 15), (2022, 11))]
    reports = [_report(tmp_path, f"acc_{y}.json", m, p) for y, m, p in
               ((2020, [[8, 2], [1, 9]], maps[0]), (2021, [[9, 1], [0, 10]], maps[1]), (2022, [[8, 2], [1, 9]],
                                                                                          maps[2]))]
    feedback = Recording()
    result = _run(tmp_path, {"MAPS": maps, "YEARS": "2020, 2021, 2022", "ACCURACY_REPORTS": reports}, feedback)
    rows = {(r["class_code"], r["year"]): r for r in _csv(result["OUTPUT_TABLE"])}
    forest = [rows[("1", str(y))] for y in (2020, 2021, 2022)]
    assert [_num(r["mapped_ha"]) for r in forest] == pytest.approx([4.0, 6.0, 4.4])
    assert [_num(r["adjusted_ha"]) for r in forest] == pytest.approx([3.6, 5.4, 3.88])
    assert [_num(r["ci95_ha"]) for r in forest] == pytest.approx([1.96 * 0.666667, 1.96 * 0.6, 1.96 * 0.688312],
                                                                 abs=1e-5)
    assert _num(forest[1]["change_adjusted_ha"]) == pytest.approx(1.8)
    assert _num(forest[1]["change_ci95_ha"]) == pytest.approx(1.7580, abs=1e-4)
    assert _num(forest[2]["change_ci95_ha"]) == pytest.approx(1.7897, abs=1e-4)
    assert [r["exceeds_error"] for r in forest] == ["", "1", "0"]
    assert rows[("1", "2020")]["class_name"] == "Rừng"
    trends = {r["class_code"]: r for r in _csv(result["OUTPUT_TRENDS"])}
    assert _num(trends["1"]["change_mapped_ha"]) == pytest.approx(0.4)
    assert _num(trends["1"]["change_adjusted_ha"]) == pytest.approx(0.28)
    assert _num(trends["1"]["change_ci95_ha"]) == pytest.approx(1.8781, abs=1e-4)
    assert trends["1"]["exceeds_error"] == "0" and trends["1"]["basis"] == "adjusted"
    assert trends["1"]["slope_ha_per_year"] == "" and any("fewer than four years" in line for line in feedback.lines)
    page = open(result["OUTPUT_REPORT"], encoding="utf-8").read()
    assert "class='yes'" in page and "5.40 ± 1.18 (6.00)" in page


def test_series_per_zone_with_trend_chart_table_and_change_history(bd_plugin, tmp_path):
    # six years: class 1 shrinks by one column a year in the west; class 3 appears in 2021 in the east
    years = [2018, 2019, 2020, 2021, 2022, 2023]
    maps = []
    for i, year in enumerate(years):
        data = _halves(10 - i)
        if year >= 2021:
            data[:, 18:] = 3
        maps.append(_map(tmp_path, f"map_{year}.tif", data,
                         metadata={"class_1": "Rừng", "class_2": "Đất nông nghiệp", "class_3": "Đất xây dựng"}))
    zones = _zones([("Tà Kóu", (0, 0, 10, 10)), ("Núi Ông", (10, 0, 20, 10))])
    result = _run(tmp_path, {"MAPS": list(reversed(maps)), "YEARS": ",".join(map(str, reversed(years))),
                             "ZONES": zones, "ZONE_FIELD": "name", "OUTPUT_CHANGES": str(tmp_path / "history.tif")})
    rows = _csv(result["OUTPUT_TABLE"])
    west_forest = [_num(r["mapped_ha"]) for r in rows if r["zone"] == "Tà Kóu" and r["class_code"] == "1"]
    assert west_forest == pytest.approx([4.0, 3.6, 3.2, 2.8, 2.4, 2.0])  # in year order, though given reversed
    east_built = [_num(r["mapped_ha"]) for r in rows if r["zone"] == "Núi Ông" and r["class_code"] == "3"]
    assert east_built == pytest.approx([0, 0, 0, 0.8, 0.8, 0.8])  # appears in 2021: 0 ha before
    assert {r["adjusted_ha"] for r in rows} == {""}  # no report: mapped areas only
    trends = {(r["zone"], r["class_code"]): r for r in _csv(result["OUTPUT_TRENDS"])}
    west = trends[("Tà Kóu", "1")]
    assert _num(west["slope_ha_per_year"]) == pytest.approx(-0.4) and west["mk_s"] == "-15"
    assert west["mk_exact"] == "1" and _num(west["mk_p"]) == pytest.approx(2 / 720)  # 1 of 6! orders
    assert west["exceeds_error"] == "" and west["basis"] == "mapped"
    assert trends[("Núi Ông", "3")]["mk_exact"] == "0"  # 0, 0, 0, 0.8, 0.8, 0.8 has ties
    since, changes = read_raster(result["OUTPUT_CHANGES"])[0]
    assert changes[0].tolist() == [0] * 5 + [1] * 5 + [0] * 8 + [1, 1]
    assert since[0].tolist() == [5] * 5 + [0, 1, 2, 3, 4] + [5] * 8 + [2, 2]  # column 9 changed in 2019
    page = open(result["OUTPUT_REPORT"], encoding="utf-8").read()
    assert "Tà Kóu" in page and "Núi Ông" in page and "Class 3 is mapped in 2021, 2022, 2023" in page
    charts = sorted(tmp_path.glob("trend_chart_*.png"))
    assert [c.name for c in charts] == ["trend_chart_1.png", "trend_chart_2.png"]
    assert "trend_chart_1.png" in page
    image = gdal.Open(str(charts[0])).ReadAsArray()
    assert image.shape[1] >= 300 and image.shape[2] >= 600 and (image[:3] < 200).any(axis=0).sum() > 2000  # drawn


def test_misaligned_years_are_refused_or_resampled_on_request_saying_so(bd_plugin, tmp_path):
    maps = [_map(tmp_path, "a.tif", _halves(10)), _map(tmp_path, "b.tif", _halves(10), origin=(X0 + 20, Y0))]
    params = {"MAPS": maps, "YEARS": "2020, 2021"}
    with pytest.raises(QgsProcessingException, match=r"(?s)not on the same grid.*2021 \(b\).*origin"):
        _run(tmp_path, params)
    assert not list(tmp_path.glob("series.csv")) and not list(tmp_path.glob("trend*"))
    feedback = Recording()
    result = _run(tmp_path, dict(params, RESAMPLE=True), feedback)
    assert any("2021 (b) was resampled (nearest neighbour) onto the grid of 2020 (a)" in line
               for line in feedback.lines), feedback.lines
    assert "was resampled" in open(result["OUTPUT_REPORT"], encoding="utf-8").read()
    rows = {(r["class_code"], r["year"]): _num(r["mapped_ha"]) for r in _csv(result["OUTPUT_TABLE"])}
    # shifted one column east: its last column falls off the grid, the first column of the grid has no data
    assert (rows[("1", "2021")], rows[("2", "2021")]) == (pytest.approx(4.0), pytest.approx(3.6))


def test_one_year_only_is_refused_with_a_clear_message(bd_plugin, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"at least two years; 1 was given \(2020\)"):
        _run(tmp_path, {"MAPS": [_map(tmp_path, "a.tif", _halves(5))], "YEARS": "2020"})
    with pytest.raises(QgsProcessingException, match=r"1 year\(s\) are given for 2 class map"):
        _run(tmp_path, {"MAPS": [_map(tmp_path, "a.tif", _halves(5)), _map(tmp_path, "b.tif", _halves(6))],
                        "YEARS": "2020"})
    assert not list(tmp_path.glob("series.csv")) and not list(tmp_path.glob("trend*"))


def test_maps_of_different_sensors_or_classifiers_are_noted(bd_plugin, tmp_path):
    maps = [_map(tmp_path, "a.tif", _halves(5), metadata={"bd_sensor": "S2", "bd_classifier": "random_forest"}),
            _map(tmp_path, "b.tif", _halves(6), metadata={"bd_sensor": "L8", "bd_classifier": "random_forest"})]
    feedback = Recording()
    result = _run(tmp_path, {"MAPS": maps, "YEARS": "2020, 2021"}, feedback)
    assert any("mix sensors or classifiers (2020: S2 / random_forest; 2021: L8 / random_forest)" in line
               for line in feedback.lines), feedback.lines
    assert "mix sensors or classifiers" in open(result["OUTPUT_REPORT"], encoding="utf-8").read()


def test_a_report_of_another_map_is_refused(bd_plugin, tmp_path):
    maps = [_map(tmp_path, "a.tif", np.where(_halves(5) == 2, 3, 1)), _map(tmp_path, "b.tif", _halves(6))]
    report = _report(tmp_path, "acc.json", [[8, 2], [1, 9]], maps[0])  # classes 1, 2; map a has 1 and 3
    with pytest.raises(QgsProcessingException, match="Map class 3 is not in the accuracy report"):
        _run(tmp_path, {"MAPS": maps, "YEARS": "2020, 2021", "ACCURACY_REPORTS": [report]})
