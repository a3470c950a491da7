"""Habitat trend statistics against textbook values and hand computations (core, no QGIS).

Mann–Kendall as Gilbert (1987, §16.4): S = Σ sign(x_j − x_i), VAR(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18,
Z = (S − 1)/√VAR(S) for S > 0, (S + 1)/√VAR(S) for S < 0; exact p for n ≤ 10 without ties (Gilbert's Table A18).
Theil–Sen with Sen's (1968) interval: the M1-th and (M2 + 1)-th ordered slopes, M1,2 = (N′ ∓ 1.96 √VAR(S))/2.
"""

import math

import numpy as np
import pytest
from helpers import read_raster, write_raster

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.trend import (
    Estimate,
    area_series,
    change_between,
    change_history,
    check_series_length,
    exact_p,
    mann_kendall,
    match_reports,
    parse_years,
    presence_notes,
    series_rows,
    theil_sen,
    trend_rows,
)

# "A Mann-Kendall example by hand" (College of the Holy Cross, mathcs.holycross.edu/~little/Montserrat/
# MannKendallByHand.txt): 14 values, one tied pair (12.9); 72 later values larger, 18 smaller, 1 equal:
# S = 54, V = 14·13·33/18 − 2·1·9/18 = 332.667, Z = (54 − 1)/√V = 2.9058, one-sided p ≈ 0.0018.
HOLY_CROSS = [12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7]


def test_mann_kendall_with_a_tie_matches_the_worked_example():
    result = mann_kendall(HOLY_CROSS)
    assert (result.n, result.s) == (14, 54)
    assert result.var_s == pytest.approx(14 * 13 * 33 / 18 - 2 * 1 * 9 / 18) == pytest.approx(332.667, abs=1e-3)
    assert result.z == pytest.approx(2.9058, abs=1e-4)
    assert not result.exact  # n > 10 (and a tie): the normal approximation
    assert result.p / 2 == pytest.approx(0.0018, abs=1e-4)  # the example's one-sided p
    assert result.p == pytest.approx(math.erfc(2.905837 / math.sqrt(2)), rel=1e-5)


@pytest.mark.parametrize("n, s, one_sided", [
    # Gilbert (1987) Table A18 (Kendall's exact P(S ≥ s) under H0), n = 4 and n = 5
    (4, 0, 0.625), (4, 2, 0.375), (4, 4, 0.167), (4, 6, 0.042),
    (5, 0, 0.592), (5, 2, 0.408), (5, 4, 0.242), (5, 6, 0.117), (5, 8, 0.042), (5, 10, 0.0083)])
def test_exact_p_matches_kendalls_table(n, s, one_sided):
    assert exact_p(n, s) == pytest.approx(min(1.0, 2 * one_sided), abs=1e-3)  # two-sided; the table has 3 digits
    assert exact_p(n, -s) == exact_p(n, s)


def test_mann_kendall_small_series_uses_the_exact_p_and_the_continuity_correction():
    # 10, 15, 14, 20: pairs + + + − + + → S = 4; VAR(S) = 4·3·13/18 = 8.667; Z = (4 − 1)/√8.667 = 1.0190
    result = mann_kendall([10, 15, 14, 20])
    assert (result.s, result.var_s) == (4, pytest.approx(8.6667, abs=1e-4))
    assert result.z == pytest.approx(1.0190, abs=1e-4)
    assert result.exact and result.p == pytest.approx(2 * 4 / 24)  # 4 of the 24 orders have S ≥ 4


def test_mann_kendall_tie_correction_of_the_variance():
    # 1, 2, 2, 3, 3, 3 (in time order): every later value is larger or equal → S = 11 (15 pairs, 4 ties);
    # ties: one group of 2, one of 3: VAR(S) = [6·5·17 − 2·1·9 − 3·2·11]/18 = (510 − 18 − 66)/18 = 23.667
    result = mann_kendall([1, 2, 2, 3, 3, 3])
    assert result.s == 11
    assert result.var_s == pytest.approx(426 / 18)
    assert result.z == pytest.approx(10 / math.sqrt(426 / 18))
    assert not result.exact  # ties: normal approximation with the tie-corrected variance


def test_mann_kendall_of_a_flat_series_is_no_trend():
    result = mann_kendall([5.0, 5.0, 5.0, 5.0, 5.0])
    assert (result.s, result.z, result.p) == (0, 0.0, 1.0)


def test_theil_sen_slope_and_sen_interval_by_hand():
    # 10, 12, 11, 15, 16 in 2015–2019: the 10 pairwise slopes, ordered: −1, 0.5, 1, 1.333, 1.5, 1.5, 1.667, 2,
    # 2.5, 4 → median 1.5 ha/year. VAR(S) = 5·4·15/18 = 16.667, C = 1.96·4.082 = 8.002; M1 = (10 − 8.002)/2 ≈ 1,
    # M2 = (10 + 8.002)/2 ≈ 9: the 1st and 10th slopes, −1 … 4.
    result = theil_sen([2015, 2016, 2017, 2018, 2019], [10, 12, 11, 15, 16])
    assert (result.slope, result.low, result.high) == (pytest.approx(1.5), pytest.approx(-1.0), pytest.approx(4.0))


def test_theil_sen_interval_ranks_on_a_longer_series():
    years = list(range(2010, 2018))
    values = [20.0, 23.5, 22.0, 26.0, 27.5, 26.5, 31.0, 30.0]
    slopes = sorted((values[j] - values[i]) / (years[j] - years[i]) for i in range(8) for j in range(i + 1, 8))
    # N′ = 28, VAR(S) = 8·7·21/18 = 65.333, C = 1.96·8.083 = 15.84; M1 = 6.08 → 6, M2 + 1 = 21.92 + 1 → 23
    result = theil_sen(years, values)
    assert result.slope == pytest.approx(np.median(slopes))
    assert (result.low, result.high) == (pytest.approx(slopes[6 - 1]), pytest.approx(slopes[23 - 1]))


# Two Olofsson reports over one 200-pixel map of 0.04 ha pixels (8 ha), error matrices rows = map:
# year A maps 100 + 100 px, matrix [[8, 2], [1, 9]]: p̂·1 = 0.5·0.8 + 0.5·0.1 = 0.45 → 3.6 ha,
#   SE(p̂·1) = √(0.25·0.8·0.2/9 + 0.25·0.1·0.9/9) = 0.08333 → SE = 0.6667 ha;
# year B maps 150 + 50 px, matrix [[9, 1], [0, 10]]: p̂·1 = 0.75·0.9 = 0.675 → 5.4 ha,
#   SE(p̂·1) = √(0.5625·0.9·0.1/9) = 0.075 → SE = 0.6 ha;
# change of class 1: 5.4 − 3.6 = 1.8 ha, 95 % CI ±1.96·√(0.6667² + 0.6²) = ±1.7580 ha → beyond map error.
# year C maps 110 + 90 px with year A's matrix: p̂·1 = 0.55·0.8 + 0.45·0.1 = 0.485 → 3.88 ha,
#   SE = 8·√(0.3025·0.016/0.9 + 0.2025·0.09/9) = 0.68831 ha; change A→C 0.28 ha, CI ±1.8781 ha → within.
PX = 0.04


def _report(matrix):
    return {"classes": [{"code": 1, "name": "forest"}, {"code": 2, "name": "cropland"}],
            "error_matrix_counts": {"rows": "map", "columns": "reference", "values": matrix}}


def test_the_ci_of_a_change_from_two_olofsson_reports_by_hand():
    pixels = [{None: {1: 100, 2: 100}}, {None: {1: 150, 2: 50}}]
    series = area_series([2020, 2021], pixels, PX, [_report([[8, 2], [1, 9]]), _report([[9, 1], [0, 10]])])
    before, after = series.estimates[(None, 1)]
    assert before.adjusted == pytest.approx(3.6) and before.se == pytest.approx(0.666667, abs=1e-6)
    assert after.se == pytest.approx(0.6)
    assert after.adjusted == pytest.approx(5.4)
    change = change_between(before, after)
    assert change.mapped == pytest.approx(2.0)  # 50 more pixels mapped
    assert change.adjusted == pytest.approx(1.8)
    assert change.ci95 == pytest.approx(1.96 * math.sqrt(0.666667 ** 2 + 0.6 ** 2), abs=1e-5)
    assert change.ci95 == pytest.approx(1.7580, abs=1e-4) and change.exceeds is True


def test_a_change_inside_the_map_error_is_not_flagged():
    pixels = [{None: {1: 100, 2: 100}}, {None: {1: 110, 2: 90}}]
    series = area_series([2020, 2021], pixels, PX, [_report([[8, 2], [1, 9]])] * 2)
    change = change_between(*series.estimates[(None, 1)])
    assert change.mapped == pytest.approx(0.4) and change.adjusted == pytest.approx(0.28)
    assert change.ci95 == pytest.approx(1.96 * math.hypot(0.666667, 0.688312), abs=1e-5)
    assert change.exceeds is False
    rows = series_rows(series)
    assert [r["exceeds_error"] for r in rows if r["class"] == 1] == [None, False]


def test_without_reports_for_both_years_a_change_is_not_assessed():
    change = change_between(Estimate(3.0, 3.1, 0.2), Estimate(9.0))
    assert (change.mapped, change.adjusted, change.ci95, change.exceeds) == (6.0, None, None, None)


def test_classes_appearing_and_disappearing_get_zero_hectares_and_a_note():
    # class 3 appears in 2021, class 2 disappears in 2022
    pixels = [{"A": {1: 10, 2: 5}}, {"A": {1: 10, 2: 5, 3: 2}}, {"A": {1: 12, 3: 3}}, {"A": {1: 11, 3: 4}}]
    series = area_series([2020, 2021, 2022, 2023], pixels, 1.0)
    assert series.classes["A"] == [1, 2, 3]
    assert [e.mapped for e in series.estimates[("A", 3)]] == [0.0, 2.0, 3.0, 4.0]
    assert [e.mapped for e in series.estimates[("A", 2)]] == [5.0, 5.0, 0.0, 0.0]
    notes = [str(n) for n in presence_notes(series)]
    assert any("Class 3 is mapped in 2021, 2022, 2023 but not in 2020" in n for n in notes)
    assert any("Class 2 is mapped in 2020, 2021 but not in 2022, 2023" in n for n in notes)
    trends = {t["class"]: t for t in trend_rows(series)}
    # class 3 (0, 2, 3, 4): pairwise slopes 1, 1, 1, 4/3, 1.5, 2 → median 7/6
    assert trends[3]["change_mapped_ha"] == 4.0 and trends[3]["slope_ha_per_year"] == pytest.approx(7 / 6)
    assert trends[2]["mk_s"] == -4 and trends[3]["mk_s"] == 6 and trends[3]["mk_exact"]
    assert trends[1]["basis"] == "mapped" and trends[1]["exceeds_error"] is None


def test_three_years_get_changes_but_no_trend():
    series = area_series([2020, 2021, 2022], [{None: {1: 1}}, {None: {1: 2}}, {None: {1: 4}}], 1.0)
    (trend,) = trend_rows(series)
    assert trend["change_mapped_ha"] == 3.0 and trend["slope_ha_per_year"] is None and trend["mk_p"] is None


def test_the_trend_uses_error_adjusted_areas_only_when_every_year_has_a_report():
    pixels = [{None: {1: 100, 2: 100}}] * 4
    report = _report([[8, 2], [1, 9]])
    partial = trend_rows(area_series([1, 2, 3, 4], pixels, PX, [report, None, report, report]))
    full = trend_rows(area_series([1, 2, 3, 4], pixels, PX, [report] * 4))
    assert partial[0]["basis"] == "mapped" and partial[0]["first_ha"] == pytest.approx(4.0)
    assert full[0]["basis"] == "adjusted" and full[0]["first_ha"] == pytest.approx(3.6)
    assert partial[0]["exceeds_error"] is False  # first and last years both have a report


def test_years_are_parsed_one_per_map_and_one_year_is_refused_clearly():
    assert parse_years("2019, 2020;2021", 3) == [2019, 2020, 2021]
    with pytest.raises(InputError, match="2 year\\(s\\) are given for 3 class map"):
        parse_years("2019, 2020", 3)
    with pytest.raises(InputError, match="not whole numbers"):
        parse_years("2019, 20x0", 2)
    with pytest.raises(InputError, match="year 2020 is given to more than one map"):
        parse_years("2020, 2020", 2)
    with pytest.raises(InputError, match="at least two years; 1 was given \\(2020\\).*Habitat area per zone"):
        check_series_length([2020])


def test_reports_in_map_order_or_matched_by_the_map_they_name():
    a, b = {"source": {"class_map": "/x/map_2020.tif"}}, {"source": {"class_map": "/y/map_2022.tif"}}
    maps = ["/d/map_2020.tif", "/d/map_2021.tif", "/d/map_2022.tif"]
    matched, notes = match_reports(maps, [("b.json", b), ("a.json", a)])
    assert matched == [a, None, b] and notes == []
    same, notes = match_reports(maps[:2], [("b.json", b), ("a.json", a)])
    assert same == [b, a] and "made for 'map_2022.tif' but is used for 'map_2020.tif'" in str(notes[0])
    with pytest.raises(InputError, match="does not name one of the class maps"):
        match_reports(maps, [("c.json", {"classes": []})])


def test_change_history_counts_changes_and_years_since_the_last_one(tmp_path):
    years = [2019, 2020, 2021, 2022]
    stack = np.array([
        [[1, 1, 1, 0], [2, 3, 0, 0]],  # 2019
        [[1, 2, 1, 0], [2, 3, 3, 0]],  # 2020
        [[1, 2, 2, 4], [0, 3, 3, 0]],  # 2021 (pixel (1, 0) has no data this year)
        [[1, 1, 2, 4], [3, 1, 3, 0]],  # 2022
    ], dtype="uint8")
    paths = [write_raster(tmp_path / f"m{y}.tif", stack[i], nodata=0) for i, y in enumerate(years)]
    counts = change_history(paths, years, str(tmp_path / "history.tif"))
    data, info = read_raster(tmp_path / "history.tif")
    since, changes = data
    assert changes.tolist() == [[0, 2, 1, 0], [1, 1, 0, 65535]]
    # stable since 2019 → 3 years; changed 2020 and back 2022 → 0; changed 2021 → 1; first seen 2021 → 1;
    # 2→(nodata)→3 in 2022 → 0; 3→1 in 2022 → 0; first seen 2020, stable → 2; never a class → nodata
    assert since.tolist() == [[3, 0, 1, 1], [0, 0, 2, 65535]]
    assert info["nodata"] == 65535 and info["dtype"] == "UInt16"
    assert counts == {0: 3, 1: 3, 2: 1}
