"""Cost distance core: published worked examples (GRASS r.cost manual, Esri Cost Distance), hand-computed
corridors, and bad input."""

import math

import numpy as np
import pytest
from osgeo import ogr

from bd_qgis_plugin.core.costdistance import (
    check_search_memory,
    corridor_polygons,
    cost_distance,
    least_cost_corridors,
    least_cost_paths,
)
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.raster_io import Grid

# GRASS r.cost manual (GRASS 8.2, "Example": cost input, start at row 5 col 6 counted from 1, output rounded).
GRASS_COST = np.array([
    [2, 2, 1, 1, 5, 5, 5],
    [2, 2, 8, 8, 5, 2, 1],
    [7, 1, 1, 8, 2, 2, 2],
    [8, 7, 8, 8, 8, 8, 5],
    [8, 8, 1, 1, 5, 3, 9],
    [8, 1, 1, 2, 5, 3, 9]], dtype=float)
GRASS_8 = np.array([
    [22, 21, 21, 20, 17, 15, 14],
    [20, 19, 22, 20, 15, 12, 11],
    [22, 18, 17, 18, 13, 11, 9],
    [21, 14, 13, 12, 8, 6, 6],
    [16, 13, 8, 7, 4, 0, 6],
    [14, 9, 8, 9, 6, 3, 8]])
GRASS_KNIGHT = np.array([
    [21, 21, 20, 19, 17, 15, 14],
    [20, 19, 22, 19, 15, 12, 11],
    [22, 18, 17, 17, 12, 11, 9],
    [21, 14, 13, 12, 8, 6, 6],
    [16, 13, 8, 7, 4, 0, 6],
    [14, 9, 8, 9, 6, 3, 8]])

# Esri "How Cost Distance works" (ArcGIS Spatial Analyst): cost raster with two NoData cells, four sources.
ESRI_COST = np.array([
    [1, 3, 4, 4, 3, 2],
    [4, 6, 2, 3, 7, 6],
    [5, 8, 7, 5, 5, 6],
    [1, 4, 5, np.nan, 5, 1],
    [4, 7, 5, np.nan, 2, 6],
    [1, 2, 2, 1, 3, 4]])
ESRI_SOURCES = [(0, 1), (0, 2), (1, 2), (5, 0)]
ESRI_EXPECTED = np.array([
    [2, 0, 0, 4, 6.74264, 9.24264],
    [4.5, 4, 0, 2.5, 7.5, 13.1066],
    [8, 7.07107, 4.5, 4.94975, 8.15686, 12.7426],
    [5, 7.5, 10.5, np.inf, 10.6213, 9.24264],
    [2.5, 5.65686, 6.44975, np.inf, 7.12132, 11.1213],
    [0, 1.5, 3.5, 5, 7, 10.5]])


def _start(shape, cells):
    start = np.zeros(shape, dtype="int32")
    for k, cell in enumerate(cells, start=1):
        start[cell] = k
    return start


def _round_half_up(values):
    return np.floor(values + 0.5).astype(int)


def test_grass_manual_example_8_neighbours():
    surface = cost_distance(GRASS_COST, _start(GRASS_COST.shape, [(4, 5)]), neighbours=8, units="cells")
    assert (_round_half_up(surface.cost) == GRASS_8).all()


def test_grass_manual_example_knights_move():
    surface = cost_distance(GRASS_COST, _start(GRASS_COST.shape, [(4, 5)]), neighbours=16, units="cells")
    differs = _round_half_up(surface.cost) != GRASS_KNIGHT
    # One cell of the manual's picture comes from an older r.cost: GRASS 8.2 `r.cost -k` gives
    # (2 + 3 + 5 + 5) / 4 × √5 = 8.385 there (the knight's move crosses the two cells between its ends).
    assert np.argwhere(differs).tolist() == [[5, 3]]
    assert surface.cost[5, 3] == pytest.approx(15 / 4 * math.sqrt(5))


def test_esri_cost_distance_example_with_nodata_and_allocation():
    surface = cost_distance(ESRI_COST, _start(ESRI_COST.shape, ESRI_SOURCES), neighbours=8)
    finite = np.isfinite(ESRI_EXPECTED)
    assert np.allclose(surface.cost[finite], ESRI_EXPECTED[finite], rtol=1e-5, atol=1e-4)
    assert np.isinf(surface.cost[3:5, 3]).all()
    assert (surface.allocation[3:5, 3] == 0).all()
    assert surface.allocation[0, 0] == 1 and surface.allocation[5, 5] == 4 and surface.allocation[1, 3] == 3
    direction = surface.direction()
    assert direction[0, 1] == 0 and direction[0, 0] == 360  # a source; (0,0) comes from its east neighbour
    assert direction[1, 0] == 90  # from (0,0), to the north


def test_units_max_cost_and_knight_symmetry():
    ones = np.ones((5, 5))
    start = _start(ones.shape, [(2, 2)])
    cells = cost_distance(ones, start, units="cells")
    metres = cost_distance(ones, start, cell_size=(20.0, 20.0))
    assert np.allclose(metres.cost, 20 * cells.cost)
    assert cells.cost[0, 0] == pytest.approx(2 * math.sqrt(2))
    knight = cost_distance(ones, start, neighbours=16, units="cells")
    assert knight.cost[0, 1] == pytest.approx(math.sqrt(5)) and knight.cost[0, 0] == pytest.approx(2 * math.sqrt(2))
    capped = cost_distance(ones, start, units="cells", max_cost=1.5)
    assert np.isfinite(capped.cost).sum() == 9 and capped.allocation.sum() == 9  # 1 and √2 ≤ 1.5


def test_bad_resistance_and_sources_are_refused():
    bad = np.ones((4, 4))
    bad[1, 2] = 0
    bad[3, 3] = -2
    with pytest.raises(InputError, match=r"2 cell\(s\) with zero or negative resistance, e.g. at row 1, column 2"):
        cost_distance(bad, _start(bad.shape, [(0, 0)]))
    barrier = np.ones((4, 4))
    barrier[0, 0] = np.nan
    with pytest.raises(InputError, match="lie on nodata/barrier"):
        cost_distance(barrier, _start(barrier.shape, [(0, 0)]))
    with pytest.raises(InputError, match="No source cell"):
        cost_distance(barrier, np.zeros((4, 4), dtype=int))
    huge = np.ones((4, 4))
    huge[2, 1] = 1e39  # beyond float32, which the compiled search works in
    with pytest.raises(InputError, match=r"1 cell\(s\) above 3.40282e\+38, e.g. at row 2, column 1"):
        cost_distance(huge, _start(huge.shape, [(0, 0)]))
    # 100 M cells × 40 B (the C search's estimate per cell) = 3,815 MB
    with pytest.raises(InputError, match="about 3\u00a0815 MB .* only 100 MB"):
        check_search_memory(100_000_000, 8, limit=100 * 2**20)


# -- corridors on a hand-computed 3 × 7 grid -----------------------------------------------------------------
# Middle row resistance 1, top and bottom rows 3, cell 1 map unit. Cores on cells (1,0) and (1,6).
# CWD along the middle row is the column; a top/bottom cell is best reached along the middle row then
# one diagonal step ((1+3)/2·√2), so NLCC = 0 on the middle row, 4√2 − 2 on the inner top/bottom cells and
# 2 + (5 + 2√2) − 6 = 1 + 2√2 in the four corners. LCD = 6.

GRID = Grid(7, 3, (0.0, 1.0, 0.0, 3.0, 0.0, -1.0))


def _cell_polygon(row, col):
    x0, y1 = col, 3 - row
    x1, y0 = col + 1, 3 - row - 1
    return ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))").ExportToWkb()


def _strip():
    resistance = np.full((3, 7), 3.0)
    resistance[1] = 1.0
    return resistance


def test_hand_computed_corridor():
    tiny = ogr.CreateGeometryFromWkt("POLYGON((6.1 1.6,6.3 1.6,6.3 1.8,6.1 1.8,6.1 1.6))").ExportToWkb()
    cores = [("A", _cell_polygon(1, 0)), ("B", tiny)]  # B is smaller than a cell and misses its centre
    result = least_cost_corridors(_strip(), GRID, cores, max_neighbours=1)
    assert result.core_cells.centroid_cell == ["B"]
    (link,) = result.links
    assert link.lcd == pytest.approx(6.0) and link.length == pytest.approx(6.0)
    assert link.euclidean == pytest.approx(5.1) and link.ratio == pytest.approx(6.0 / 5.1)
    expected = np.full((3, 7), 4 * math.sqrt(2) - 2)
    expected[1] = 0.0
    expected[[0, 0, 2, 2], [0, 6, 0, 6]] = 1 + 2 * math.sqrt(2)
    assert np.allclose(result.nlcc, expected)
    polygons = corridor_polygons(result, GRID, cutoff=3.7)
    assert [key for key, _ in polygons] == [1]
    assert ogr.CreateGeometryFromWkb(polygons[0][1]).GetArea() == pytest.approx(17.0)


def test_nlcc_is_zero_on_the_least_cost_path_and_never_negative():
    rng = np.random.default_rng(4)
    resistance = rng.uniform(1, 100, (30, 40))
    grid = Grid(40, 30, (0.0, 20.0, 0.0, 600.0, 0.0, -20.0))
    cores = [("west", _box(grid, 12, 0, 16, 3)), ("east", _box(grid, 5, 36, 9, 40)),
             ("south", _box(grid, 26, 18, 30, 22))]
    for neighbours in (8, 16):
        result = least_cost_corridors(resistance, grid, cores, max_neighbours=2, neighbours=neighbours)
        assert (result.nlcc >= 0).all()
        for link in result.links:
            cells = [(int((600 - y) // 20), int(x // 20)) for x, y in link.path]
            corridor = [result.nlcc[c] for c in cells]
            assert np.allclose(corridor, 0.0, atol=1e-9 * link.lcd)


def _box(grid, row0, col0, row1, col1):
    gt = grid.geotransform
    x0, x1 = gt[0] + col0 * gt[1], gt[0] + col1 * gt[1]
    y0, y1 = gt[3] + row1 * gt[5], gt[3] + row0 * gt[5]
    return ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))").ExportToWkb()


def test_links_through_a_core_are_dropped_and_disconnected_cores_reported():
    resistance = np.ones((3, 9))
    resistance[:, 7] = np.nan  # a wall isolates core D in the last column
    cores = [("A", _cell_polygon(1, 0)), ("C", _cell_polygon(1, 3)), ("B", _cell_polygon(1, 6)),
             ("D", _cell_polygon(1, 8))]
    grid = Grid(9, 3, (0.0, 1.0, 0.0, 3.0, 0.0, -1.0))
    result = least_cost_corridors(resistance, grid, cores, max_neighbours=3)
    assert sorted((link.a, link.b) for link in result.links) == [("A", "C"), ("C", "B")]
    assert [(link.a, link.b, link.crosses) for link in result.dropped] == [("A", "B", ["C"])]
    assert result.disconnected == ["D"]
    assert result.groups == [["A", "C", "B"], ["D"]]  # in core order; the wall leaves D alone
    assert [link.group for link in result.links + result.dropped] == [1, 1, 1]
    links, _, groups = least_cost_paths(resistance, grid, cores, pairs=[("A", "D"), ("A", "B")])
    assert [(link.b, link.status) for link in links] == [("B", "crosses core"), ("D", "disconnected")]
    assert groups == [["A", "C", "B"], ["D"]] and [link.group for link in links] == [1, None]
    assert links[1].ratio is None and math.isinf(links[1].lcd)
    adjacent, _, _ = least_cost_paths(resistance, grid, cores, pairs="adjacent")
    assert sorted((link.a, link.b) for link in adjacent) == [("A", "C"), ("C", "B")]


def test_overlapping_and_outside_cores_are_refused():
    with pytest.raises(InputError, match="share cells"):
        least_cost_corridors(_strip(), GRID, [("A", _cell_polygon(1, 0)), ("B", _cell_polygon(1, 0))])
    outside = ogr.CreateGeometryFromWkt("POLYGON((50 50,51 50,51 51,50 51,50 50))").ExportToWkb()
    with pytest.raises(InputError, match="outside the resistance raster"):
        least_cost_corridors(_strip(), GRID, [("A", _cell_polygon(1, 0)), ("far", outside)])


def test_a_reused_search_gives_the_same_surfaces_as_fresh_ones():
    from bd_qgis_plugin.core.costdistance import CostSearch, prepare_resistance

    resistance = prepare_resistance(np.random.default_rng(7).uniform(1, 100, (25, 30)))
    for neighbours in (8, 16):
        search = CostSearch(resistance, neighbours, (20.0, 20.0))
        starts = [_start(resistance.shape, [cell]) for cell in ((0, 0), (24, 29), (12, 3))]
        reused = [cost_distance(resistance, start, search=search) for start in starts]
        for start, surface in zip(starts, reused):
            fresh = cost_distance(resistance, start, neighbours, (20.0, 20.0))
            assert np.array_equal(surface.cost, fresh.cost)
            assert np.array_equal(surface.predecessor, fresh.predecessor)


# -- the C search against the library fallback -------------------------------------------------------------


def test_the_compiled_search_is_built_and_loaded():
    from bd_qgis_plugin.core.native import grid_dijkstra, load_error

    assert load_error() is None and grid_dijkstra() is not None


def _random_case(seed, shape=(60, 70), wide=False):
    rng = np.random.default_rng(seed)
    # 1–100 puts the C search on its bucket queue; 10⁻³–10³ (a range over 2¹⁸ : 1) on its binary heap.
    values = 10.0 ** rng.uniform(-3, 3, shape) if wide else rng.uniform(1, 100, shape)
    # float32-exact values, so the C search (float32 resistance) and the fallback (float64) see the same grid
    resistance = values.astype("float32").astype("float64")
    resistance[rng.random(shape) < 0.08] = np.nan  # scattered barriers
    resistance[20:50, 30] = np.inf  # and a wall
    sources = np.zeros(shape, dtype="int32")
    for k, (r, c) in enumerate(((0, 0), (59, 69), (30, 10), (10, 55)), start=1):
        resistance[r, c] = 5.0
        sources[r, c] = 10 * k
    return resistance, sources


@pytest.mark.parametrize("neighbours", [8, 16])
@pytest.mark.parametrize("wide", [False, True])
def test_compiled_search_equals_the_library_search(monkeypatch, neighbours, wide):
    resistance, sources = _random_case(neighbours, wide=wide)
    for options in ({"cell_size": (20.0, 30.0)}, {"units": "cells", "max_cost": 900.0}):
        native = cost_distance(resistance, sources, neighbours, **options)
        with monkeypatch.context() as patch:
            patch.setenv("BD_NO_NATIVE", "1")
            library = cost_distance(resistance, sources, neighbours, **options)
        reached = np.isfinite(library.cost)
        assert (np.isfinite(native.cost) == reached).all() and reached.sum() > 1000
        assert np.allclose(native.cost[reached], library.cost[reached], rtol=1e-12, atol=0)
        assert (native.allocation == library.allocation).all()
        # Every predecessor is one queen's or knight's move away and cheaper to reach.
        pred = native.predecessor
        rows, cols = np.nonzero(reached & (pred >= 0))
        prev_rows, prev_cols = np.divmod(pred[rows, cols], resistance.shape[1])
        moves = {(abs(a), abs(b)) for a, b in zip((prev_rows - rows).tolist(), (prev_cols - cols).tolist())}
        assert moves <= ({(0, 1), (1, 0), (1, 1)} | ({(1, 2), (2, 1)} if neighbours == 16 else set()))
        assert (native.cost[prev_rows, prev_cols] < native.cost[rows, cols]).all()
        # The back-direction looked up per move equals the one computed from the predecessor cells.
        from bd_qgis_plugin.core.costdistance import CostSurface

        generic = CostSurface(native.cost, flat_predecessor=native.predecessor.ravel()).direction()
        assert np.array_equal(native.direction(), generic, equal_nan=True)
        assert set(np.unique(generic[np.isfinite(generic)]).tolist()) <= set(np.arange(0, 361, 22.5).tolist())


def test_a_long_search_reports_progress_and_can_be_cancelled():
    from bd_qgis_plugin.core.errors import Cancelled

    resistance = np.random.default_rng(3).uniform(1, 100, (3000, 3000)).astype("float32")
    start = _start(resistance.shape, [(1500, 1500)])
    seen = []
    with pytest.raises(Cancelled):
        cost_distance(resistance, start, allocate=False, progress=seen.append, is_cancelled=lambda: True)
    assert seen and max(seen) < 1.0
    # With callbacks that never cancel, the search runs to the end and gives the plain search's costs.
    small, small_start = resistance[:300, :300], _start((300, 300), [(5, 5)])
    polled = cost_distance(small, small_start, allocate=False, progress=[].append, is_cancelled=lambda: False)
    assert np.isfinite(polled.cost).all()
    assert np.array_equal(polled.cost, cost_distance(small, small_start, allocate=False).cost)
