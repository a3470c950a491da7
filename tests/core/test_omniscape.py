"""Omniscape core (bd_qgis_plugin.core.omniscape): windows computed by hand, an independent Kirchhoff solve,
Omniscape's rules (edge windows, conditions, targets), strips, threads, cancel and the .ini reader.

No peer data here: Omniscape.jl's own cases run in ``make validate`` (scripts/validate_omniscape.py)."""

import math
import os

import numpy as np
import pytest

from bd_qgis_plugin.core import omniscape
from bd_qgis_plugin.core.circuit import ComponentSolver, grid_adjacency, laplacian, nested_dissection
from bd_qgis_plugin.core.errors import Cancelled, InputError
from bd_qgis_plugin.core.omniscape.window import mode_first, solve_window, window_sources


def _run(resistance, sources=None, threads=2, **kw):
    settings = omniscape.Settings(**kw)
    job = omniscape.Job(settings, omniscape.Layer(array=resistance),
                        sources=None if sources is None else omniscape.Layer(array=sources))
    sink = omniscape.ArraySink()
    stats = omniscape.run(job, sink, threads=threads)
    return sink.maps, stats


#: 3 × 3 cells, sources 1, radius 1, block 1, 4 neighbours: every window is a star (a plus cut by the edges), so each
#: source's share flows straight into the target. Worked cell by cell: the centre window gives its 4 arms 1/4 A
#: each (1 A into the ground); a corner or edge window shares the target's 1 A among the cells within the radius,
#: the target's own share removed (it is the ground). Omniscape clears the target block at the window's centre
#: (radius + buffer) even when the raster's top or left edge cuts the window, so windows cut there clear another
#: cell instead: (0, 1) and (1, 0) clear (1, 1), (0, 2) clears (1, 2), (2, 0) clears (2, 1). Sums, e.g. cell
#: (0, 0): 2/3 of its own window + 1/3 from (0, 1)'s + 1/3 from (1, 0)'s = 4/3; cell (1, 2): 1/4 from the centre's
#: + 1 of its own + 1/2 from (2, 2)'s (in (0, 2)'s window it is cleared and carries nothing) = 7/4.
BY_HAND = np.array([[4 / 3, 1.75, 7 / 6], [1.75, 5 / 3, 1.75], [7 / 6, 1.75, 5 / 3]])


def test_nine_star_windows_by_hand():
    maps, stats = _run(np.ones((3, 3)), np.ones((3, 3)), radius=1, four_neighbours=True)
    np.testing.assert_allclose(maps["current"], BY_HAND, rtol=1e-12)
    assert stats["targets"] == 9


def test_a_star_window_carries_its_injections_whatever_the_resistances():
    """In a tree each cell carries what enters beyond it: the hand sums hold for any resistance."""
    resistance = np.random.default_rng(4).uniform(1, 50, (3, 3))
    maps, _ = _run(resistance, np.ones((3, 3)), radius=1, four_neighbours=True)
    np.testing.assert_allclose(maps["current"], BY_HAND, rtol=1e-10)


def test_the_flow_potential_depends_on_the_sources_only_and_normalizes_the_current():
    rng = np.random.default_rng(6)
    sources = rng.uniform(0, 1, (14, 14))
    settings = dict(radius=3, block_size=3, buffer=1, flow_potential=True, normalized_current=True)
    a, _ = _run(rng.uniform(1, 9, (14, 14)), sources, **settings)
    b, _ = _run(rng.uniform(1, 90, (14, 14)), sources, **settings)
    np.testing.assert_allclose(a["flow_potential"], b["flow_potential"], rtol=1e-12)
    assert not np.allclose(a["current"], b["current"])
    np.testing.assert_allclose(a["normalized"], a["current"] / a["flow_potential"], rtol=1e-12)


def _kirchhoff(conductance, sources, gy, gx, four):
    """Independent reference: node equations written cell by cell (explicit loops, dense solve), cell current =
    max(total inflow, total outflow), as Circuitscape defines it."""
    h, w = conductance.shape
    cells = [(r, c) for r in range(h) for c in range(w) if conductance[r, c] > 0]
    index = {cell: k for k, cell in enumerate(cells)}
    steps = [(0, 1), (1, 0), (1, 1), (1, -1)][:2 if four else 4]
    edges = []
    for (r, c) in cells:
        for dr, dc in steps:
            other = (r + dr, c + dc)
            if other in index:
                weight = (conductance[r, c] + conductance[other]) / 2 / (math.sqrt(2) if dr and dc else 1)
                edges.append((index[(r, c)], index[other], weight))
    n = len(cells)
    matrix = np.zeros((n, n))
    for a, b, weight in edges:
        matrix[a, a] += weight
        matrix[b, b] += weight
        matrix[a, b] -= weight
        matrix[b, a] -= weight
    ground = index[(gy, gx)]
    keep = [k for k in range(n) if k != ground]
    rhs = np.array([sources[cells[k]] for k in keep])
    volts = np.zeros(n)
    volts[keep] = np.linalg.solve(matrix[np.ix_(keep, keep)], rhs)
    inflow, outflow = np.zeros(n), np.zeros(n)
    for a, b, weight in edges:
        flow = weight * (volts[a] - volts[b])
        outflow[a] += max(flow, 0)
        inflow[b] += max(flow, 0)
        outflow[b] += max(-flow, 0)
        inflow[a] += max(-flow, 0)
    current = np.zeros((h, w))
    for k, cell in enumerate(cells):
        current[cell] = max(inflow[k], outflow[k])
    return current


@pytest.mark.parametrize("four", [False, True])
def test_a_window_matches_an_independent_kirchhoff_solve(four):
    rng = np.random.default_rng(5)
    conductance = 1.0 / rng.uniform(1, 10, (7, 9))
    conductance[1, 2] = np.nan  # a barrier cell
    sources = rng.uniform(0, 1, (7, 9))
    rank = nested_dissection(7, 9)
    ours = solve_window(conductance, sources, 3, 4, rank, four)
    reference = _kirchhoff(np.nan_to_num(conductance), np.where(np.isfinite(conductance), sources, 0), 3, 4, four)
    np.testing.assert_allclose(ours, reference, rtol=1e-10, atol=1e-12)


def test_only_the_part_connected_to_the_ground_carries_current():
    conductance = np.ones((3, 5))
    conductance[:, 2] = np.nan  # a wall: the two right columns are cut off from the ground at (1, 0)
    ours = solve_window(conductance, np.ones((3, 5)), 1, 0, nested_dissection(3, 5), False)
    assert np.all(ours[:, 3:] == 0) and ours[1, 0] > 0
    assert solve_window(conductance, np.where(np.arange(5) > 2, 1.0, 0.0)[None].repeat(3, 0), 1, 0,
                        nested_dissection(3, 5), False) is None


def test_the_presorted_direct_solver_gives_the_same_solution():
    g = 1.0 / np.random.default_rng(2).uniform(1, 100, (20, 20))
    keep = np.arange(1, 400)  # cell 0 grounded
    matrix = laplacian(grid_adjacency(g, False, False)).tocsr()[keep][:, keep]
    b = np.random.default_rng(3).uniform(0, 1, keep.size)
    order = np.argsort(nested_dissection(20, 20).ravel()[keep])
    plain = ComponentSolver(matrix, method="direct").solve(b)
    presorted = ComponentSolver(matrix[order][:, order], method="direct", presorted=True).solve(b[order])
    np.testing.assert_allclose(presorted, plain[order], rtol=1e-10)


def test_nested_dissection_numbers_the_separator_last():
    rank = nested_dissection(5, 7, leaf=4)
    assert sorted(rank.ravel()) == list(range(35))
    assert rank[:, 3].min() == 30  # the middle column separates the halves


def test_mode_is_the_first_value_to_reach_the_top_count():
    assert mode_first([1, 2, 2, 1]) == 2
    assert mode_first([3, 1, 1, 3, 3]) == 3
    assert mode_first([4, 5]) == 4


def test_sources_within_the_radius_share_the_target_strength_and_conditions_drop_others():
    settings = omniscape.Settings(radius=2)
    source = np.ones((5, 5))
    src, bounds, gy, gx = window_sources(source, 0, 2, 2, 12.0, settings, 5, 5)
    assert bounds == (0, 5, 0, 5) and (gy, gx) == (2, 2)
    assert src[2, 2] == 0 and src[0, 0] == 0  # the target block; a corner beyond the radius
    assert np.isclose(src.sum(), 12.0) and np.count_nonzero(src) == 12
    temperature = np.tile(np.arange(5.0), (5, 1))  # the target's column is 2
    within = omniscape.Condition(None, "within", -1.0, 1.0)
    src, _, _, _ = window_sources(source, 0, 2, 2, 12.0, settings, 5, 5, [(within, temperature, temperature)])
    assert np.all(src[:, [0, 4]] == 0) and np.count_nonzero(src) == 10  # columns 1-3 of the disk
    equal = omniscape.Condition(None, "equal")
    src, _, _, _ = window_sources(source, 0, 2, 2, 12.0, settings, 5, 5, [(equal, temperature, temperature)])
    assert np.count_nonzero(src) == 4 and np.all(src[:, [0, 1, 3, 4]] == 0)


def test_a_target_layer_picks_the_blocks_that_are_solved():
    resistance = np.ones((9, 9))
    targets = np.zeros((9, 9))
    targets[4, 4] = 2.0
    job = omniscape.Job(omniscape.Settings(radius=3), omniscape.Layer(array=resistance),
                        sources=omniscape.Layer(array=np.ones((9, 9))), targets=omniscape.Layer(array=targets))
    sink = omniscape.ArraySink()
    stats = omniscape.run(job, sink)
    assert stats["targets"] == 1
    assert np.isclose(sink.maps["current"][4, 4], 2.0)  # the whole 2 A reach the one ground


def test_strips_and_threads_give_the_maps_of_a_single_window_sum():
    """Many strips (a tall raster, small radius) and 1 or 3 threads: the same maps as summing every window of the
    whole raster at once."""
    rng = np.random.default_rng(8)
    resistance = rng.uniform(1, 20, (40, 11))
    resistance[7, 3] = np.nan
    settings = dict(radius=3, block_size=3, buffer=1, source_from_resistance=True, normalized_current=True)
    one, stats = _run(resistance, threads=1, **settings)
    three, _ = _run(resistance, threads=3, **settings)
    for name in one:
        np.testing.assert_array_equal(one[name], three[name])
    s = omniscape.Settings(**settings)
    s.flow_potential = True
    windows = omniscape.window.WindowSolver(s, 40, 11)
    source = np.where(np.isfinite(resistance), 1 / resistance, 0.0)
    cum = np.zeros((40, 11))
    for ty in range(1, 39, 3):
        for tx in range(1, 10, 3):
            amps = source[ty - 1:ty + 2, tx - 1:tx + 2].sum()
            src, (y0, y1, x0, x1), gy, gx = window_sources(source, 0, ty, tx, amps, s, 40, 11)
            current, _ = windows.solve(1 / resistance[y0:y1, x0:x1], src, gy, gx, ty, tx)
            cum[y0:y1, x0:x1] += current
    np.testing.assert_allclose(np.nan_to_num(one["current"]), np.where(np.isfinite(resistance), cum, 0), rtol=1e-12)
    assert np.isnan(one["current"][7, 3]) and stats["targets"] == 13 * 3


def test_cancel_stops_and_leaves_no_output(tmp_path):
    from helpers import write_raster

    from bd_qgis_plugin.core.raster_io import RasterReader

    path = write_raster(tmp_path / "r.tif", np.ones((30, 30), "float32"), nodata=-9999.0)
    with RasterReader(path) as reader:
        grid = reader.grid
    out = tmp_path / "cur.tif"
    job = omniscape.Job(omniscape.Settings(radius=3, source_from_resistance=True), omniscape.Layer(path))
    calls = []
    with pytest.raises(Cancelled):
        omniscape.run(job, omniscape.RasterSink({"current": str(out)}, grid), is_cancelled=lambda: len(calls) > 5,
                      progress=calls.append)
    assert not out.exists() and not [p for p in os.listdir(tmp_path) if p.endswith(".part.tif")]


def test_a_raster_output_has_the_grid_and_nodata(tmp_path):
    from helpers import write_raster
    from osgeo import gdal

    from bd_qgis_plugin.core.raster_io import RasterReader

    data = np.ones((12, 12), "float32")
    data[0, 0] = -9999.0
    path = write_raster(tmp_path / "r.tif", data, nodata=-9999.0)
    with RasterReader(path) as reader:
        grid = reader.grid
    out = tmp_path / "cur.tif"
    progress = []
    job = omniscape.Job(omniscape.Settings(radius=2, source_from_resistance=True), omniscape.Layer(path))
    omniscape.run(job, omniscape.RasterSink({"current": str(out)}, grid), progress=progress.append)
    ds = gdal.Open(str(out))
    band = ds.GetRasterBand(1).ReadAsArray()
    from bd_qgis_plugin.core.raster_io import Grid

    assert ds.GetGeoTransform() == grid.geotransform and Grid.from_dataset(ds).same_crs(grid)
    assert band[0, 0] == -9999.0 and (band[1:, 1:] > 0).all()
    assert progress[-1] == 1.0 and progress == sorted(progress)


@pytest.mark.parametrize("settings, sources, message", [
    (dict(radius=0), True, "radius must be a whole number of at least 1"),
    (dict(radius=3), False, "No source strength raster"),
    (dict(radius=3, source_from_resistance=True, r_cutoff=0.0), False, "r_cutoff"),
])
def test_bad_settings_are_refused_before_any_work(settings, sources, message):
    job = omniscape.Job(omniscape.Settings(**settings), omniscape.Layer(array=np.ones((5, 5))),
                        sources=omniscape.Layer(array=np.ones((5, 5))) if sources else None)
    with pytest.raises(InputError, match=message):
        omniscape.run(job, omniscape.ArraySink())


def test_zero_resistance_and_other_grids_are_refused():
    zero = np.ones((5, 5))
    zero[2, 3] = 0.0
    job = omniscape.Job(omniscape.Settings(radius=2, source_from_resistance=True), omniscape.Layer(array=zero))
    with pytest.raises(InputError, match="row 2, column 3"):
        job.check()
    job = omniscape.Job(omniscape.Settings(radius=2), omniscape.Layer(array=np.ones((5, 5))),
                        sources=omniscape.Layer(array=np.ones((5, 6))))
    with pytest.raises(InputError, match="must share one grid"):
        job.check()
    job = omniscape.Job(omniscape.Settings(radius=2, source_from_resistance=True),
                        omniscape.Layer(array=np.ones((5, 5))),
                        conditions=[omniscape.Condition(omniscape.Layer(array=np.ones((5, 5))), "above")])
    with pytest.raises(InputError, match="'within' or 'equal'"):
        job.check()


def test_an_even_block_size_is_raised_by_one_with_a_warning():
    job = omniscape.Job(omniscape.Settings(radius=2, block_size=2, source_from_resistance=True),
                        omniscape.Layer(array=np.ones((6, 6))))
    job.check()
    assert job.settings.block_size == 3 and "even" in str(job.warnings[0])


def test_an_omniscape_ini_is_read_as_omniscape_reads_it(tmp_path):
    from helpers import write_raster

    os.makedirs(tmp_path / "input")
    data = np.array([[1, 2, 3, 4, 5]] * 5, "float32")
    write_raster(tmp_path / "input" / "r.tif", data, nodata=-9999.0)
    (tmp_path / "input" / "reclass.txt").write_text('1 3\n5 "missing"\n', encoding="utf-8")
    ini = tmp_path / "input" / "job.ini"
    ini.write_text("[Input files]\nresistance_file = input/r.tif\n\n[Options]\nradius = 2.4\nblock_size = 1\n"
                   "source_from_resistance = true\nmask_nodata = yes\ncalc_flow_potential = True\n"
                   "reclassify_resistance = true\nreclass_table = input/reclass.txt\nfoo = bar", encoding="utf-8")
    job = omniscape.load_ini(str(ini))
    s = job.settings
    assert s.radius == 2 and s.r_cutoff == math.inf and s.source_from_resistance and s.flow_potential
    assert s.mask_nodata is False  # only true/True/TRUE are true in Omniscape
    assert s.reclass[0] == (1.0, 3.0) and math.isnan(s.reclass[1][1])
    assert "foo" in str(job.warnings[0])
    sink = omniscape.ArraySink()
    omniscape.run(job, sink)
    assert np.isfinite(sink.maps["current"]).all()  # mask_nodata false: no nodata written
    assert (sink.maps["current"][:, 4] == 0).all()  # reclassified to nodata: no node, no current


def test_a_bad_ini_names_what_is_wrong(tmp_path):
    ini = tmp_path / "bad.ini"
    ini.write_text("[Input files]\nresistance_file = r.tif\n", encoding="utf-8")
    with pytest.raises(InputError, match="does not give radius"):
        omniscape.load_ini(str(ini))
    ini.write_text("resistance_file = r.tif\nradius = five\n", encoding="utf-8")
    with pytest.raises(InputError, match="radius = 'five'"):
        omniscape.load_ini(str(ini))
