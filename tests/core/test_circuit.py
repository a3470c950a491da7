"""Circuit theory core (bd_qgis_plugin.core.circuit): known answers worked by hand."""

import math

import numpy as np
import pytest
from circuitscape_jobs import write_pairwise_job

from bd_qgis_plugin.core import circuit
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.raster_io import Grid
from bd_qgis_plugin.core.rasterize import rasterize_features


def _points(*cells):
    """(rows, cols, ids) from (row, col, id) triples."""
    rows, cols, ids = zip(*cells)
    return np.array(rows), np.array(cols), np.array(ids)


def _opts(**kw):
    kw.setdefault("four_neighbours", True)
    return circuit.Options(**kw)


def test_strip_of_unit_resistors():
    # 1 x 5 cells of resistance 1: 4 resistors of (1 + 1) / 2 = 1 ohm in series -> 4 ohm.
    res = circuit.pairwise(circuit.conductance_from_resistance(np.ones((1, 5))), _points((0, 0, 1), (0, 4, 2)),
                           opts=_opts(write_voltage_maps=True, keep_pair_maps=True))
    assert res.resistances[0, 1] == pytest.approx(4.0, abs=1e-9)
    # 1 A flows through every cell; the voltage falls 1 V per resistor from the source (point 2) to point 1.
    np.testing.assert_allclose(res.cum_current, np.ones((1, 5)), atol=1e-9)
    np.testing.assert_allclose(res.voltage_maps["1_2"], [[0, 1, 2, 3, 4]], atol=1e-9)


def test_series_resistances_average_pairwise():
    # Cells 1, 3, 1 ohm: edges (1 + 3) / 2 = 2 and (3 + 1) / 2 = 2 in series -> 4 ohm.
    grid = np.array([[1.0, 3.0, 1.0]])
    res = circuit.pairwise(circuit.conductance_from_resistance(grid), _points((0, 0, 1), (0, 2, 2)), opts=_opts())
    assert res.resistances[0, 1] == pytest.approx(4.0)
    # Mean-conductance rule: conductances 1, 1/3, 1 -> edges 2/3 S each -> 1.5 + 1.5 = 3 ohm.
    res = circuit.pairwise(circuit.conductance_from_resistance(grid), _points((0, 0, 1), (0, 2, 2)),
                           opts=_opts(avg_resistances=False))
    assert res.resistances[0, 1] == pytest.approx(3.0)


def test_parallel_strips_between_focal_regions():
    # 2 x 3 unit cells; focal region 1 = left column, 2 = right column (each short-circuited).
    # Two rows of 2 ohm in parallel -> 1 ohm; the middle vertical resistor carries no current.
    pts = _points((0, 0, 1), (1, 0, 1), (0, 2, 2), (1, 2, 2))
    res = circuit.pairwise(circuit.conductance_from_resistance(np.ones((2, 3))), pts, opts=_opts())
    assert res.point_ids == [1, 2]
    assert res.resistances[0, 1] == pytest.approx(1.0)
    # Each focal region passes 1 A; each middle cell passes 0.5 A.
    np.testing.assert_allclose(res.cum_current, [[1, 0.5, 1], [1, 0.5, 1]], atol=1e-9)


def _dense_laplacian(resist, diagonal):
    """Independent Laplacian: loops over cells, Circuitscape's series rule, diagonals / sqrt(2)."""
    rows, cols = resist.shape
    n = rows * cols
    lap = np.zeros((n, n))
    steps = [(0, 1, 1.0), (1, 0, 1.0)] + ([(1, 1, math.sqrt(2)), (1, -1, math.sqrt(2))] if diagonal else [])
    for r in range(rows):
        for c in range(cols):
            for dr, dc, length in steps:
                r2, c2 = r + dr, c + dc
                if 0 <= r2 < rows and 0 <= c2 < cols:
                    g = 1.0 / ((resist[r, c] + resist[r2, c2]) / 2.0 * length)
                    a, b = r * cols + c, r2 * cols + c2
                    lap[a, a] += g
                    lap[b, b] += g
                    lap[a, b] -= g
                    lap[b, a] -= g
    return lap


def test_pairwise_matches_laplacian_pseudo_inverse():
    # Effective resistance R_ij = P_ii + P_jj - 2 P_ij with P the pseudo-inverse of the Laplacian
    # (Klein & Randic 1993), computed here independently of the module.
    rng = np.random.default_rng(7)
    resist = rng.uniform(1, 10, size=(4, 5))
    cells = [(0, 0, 1), (3, 4, 2), (1, 3, 3)]
    pinv = np.linalg.pinv(_dense_laplacian(resist, diagonal=True))
    res = circuit.pairwise(circuit.conductance_from_resistance(resist), _points(*cells),
                           opts=_opts(four_neighbours=False))
    for a in range(3):
        for b in range(3):
            i = cells[a][0] * 5 + cells[a][1]
            j = cells[b][0] * 5 + cells[b][1]
            assert res.resistances[a, b] == pytest.approx(pinv[i, i] + pinv[j, j] - 2 * pinv[i, j], rel=1e-9)


def test_conductance_input_equals_resistance_input():
    rng = np.random.default_rng(3)
    resist = rng.uniform(0.5, 5, size=(6, 6))
    pts = _points((0, 0, 1), (5, 5, 2), (0, 5, 3))
    a = circuit.pairwise(circuit.conductance_from_resistance(resist), pts, opts=_opts(four_neighbours=False))
    b = circuit.pairwise(circuit.conductance_from_conductance(1.0 / resist), pts, opts=_opts(four_neighbours=False))
    np.testing.assert_allclose(a.resistances, b.resistances)
    np.testing.assert_allclose(a.cum_current, b.cum_current)


def test_disconnected_focal_nodes_are_minus_one():
    # A column of nodata splits the grid: points 1 and 2 cannot reach each other.
    resist = np.ones((3, 5))
    valid = np.ones((3, 5), dtype=bool)
    valid[:, 2] = False
    res = circuit.pairwise(circuit.conductance_from_resistance(resist, valid),
                           _points((1, 0, 1), (1, 4, 2), (0, 0, 3)), opts=_opts())
    assert res.resistances[0, 1] == -1 and res.resistances[1, 2] == -1
    assert res.resistances[0, 2] > 0
    assert np.isfinite(res.cum_current).all()


def test_focal_node_on_nodata_is_reported():
    valid = np.ones((1, 4), dtype=bool)
    valid[0, 3] = False
    res = circuit.pairwise(circuit.conductance_from_resistance(np.ones((1, 4)), valid),
                           _points((0, 0, 1), (0, 3, 2)), opts=_opts())
    assert res.resistances[0, 1] == -1
    assert any("nodata" in str(w) for w in res.warnings)


def test_bad_inputs_are_refused():
    with pytest.raises(InputError, match="resistance 0"):
        circuit.conductance_from_resistance(np.array([[1.0, 0.0]]))
    g = circuit.conductance_from_resistance(np.ones((2, 2)))
    with pytest.raises(InputError, match="outside"):
        circuit.pairwise(g, _points((0, 0, 1), (5, 0, 2)))
    with pytest.raises(InputError, match="two"):
        circuit.pairwise(g, _points((0, 0, 1), (1, 1, 1)))
    with pytest.raises(InputError, match="MB"):
        circuit.pairwise(g, _points((0, 0, 1), (1, 1, 2)), opts=circuit.Options(memory_limit_bytes=100))


def test_advanced_source_and_direct_ground():
    # 1 A into the left cell of a 1 x 3 strip, right cell grounded directly: V_left = 2 ohm x 1 A.
    g = circuit.conductance_from_resistance(np.ones((1, 3)))
    res = circuit.advanced(g, np.array([[1.0, 0, 0]]), np.array([[0, 0, np.inf]]), opts=_opts())
    np.testing.assert_allclose(res.voltage_maps[""], [[2, 1, 0]], atol=1e-9)
    np.testing.assert_allclose(res.cum_current, [[1, 1, 1]], atol=1e-9)
    # A finite ground of 1 S instead: the ground adds 1 ohm -> V_left = 3.
    res = circuit.advanced(g, np.array([[1.0, 0, 0]]), np.array([[0, 0, 1.0]]), opts=_opts())
    assert res.voltage_maps[""][0, 0] == pytest.approx(3.0)


def test_one_to_all_on_a_strip():
    # Points 1, 2, 3 at cells 0, 2, 4 of a unit 1 x 5 strip. One-to-all from 1: 2 and 3 grounded,
    # 1 A meets 2 ohm to point 2 (point 3 behind it carries nothing) -> 2 ohm.
    g = circuit.conductance_from_resistance(np.ones((1, 5)))
    res = circuit.one_to_all(g, _points((0, 0, 1), (0, 2, 2), (0, 4, 3)), opts=_opts())
    # From 2: two 2-ohm branches in parallel -> 1 ohm.
    np.testing.assert_allclose(res.resistances, [2.0, 1.0, 2.0])


def test_ini_file_is_the_whole_input(tmp_path):
    ini = write_pairwise_job(tmp_path, "1 1 1 1", "1 -9999 -9999 2",
                             "connect_using_avg_resistances = True\n[Output options]\noutput_file = out.out\n"
                             "write_cur_maps = True\n")
    res = circuit.load_ini(ini).run()
    table = res.resistance_table()
    np.testing.assert_allclose(table, [[0, 1, 2], [1, 0, 3], [2, 3, 0]])


def test_ini_network_job_is_refused(tmp_path):
    (tmp_path / "net.ini").write_text("[Circuitscape mode]\ndata_type = network\nscenario = pairwise\n",
                                      encoding="ascii")
    with pytest.raises(InputError, match="network"):
        circuit.load_ini(str(tmp_path / "net.ini"))


def test_amg_and_direct_solvers_agree():
    # The AMG-preconditioned CG path (used for large grids) against the direct factorisation.
    rng = np.random.default_rng(5)
    g = circuit.conductance_from_resistance(rng.uniform(1, 100, size=(40, 50)))
    pts = _points((2, 3, 1), (37, 45, 2), (20, 25, 3))
    direct = circuit.pairwise(g, pts, opts=circuit.Options(solver="direct"))
    amg = circuit.pairwise(g, pts, opts=circuit.Options(solver="amg"))
    np.testing.assert_allclose(amg.resistances, direct.resistances, rtol=1e-5)
    np.testing.assert_allclose(amg.cum_current, direct.cum_current, atol=1e-4)


def test_focal_points_polygons_and_tiny_cores_are_rasterized():
    from osgeo import ogr

    gt = (0.0, 10.0, 0.0, 30.0, 0.0, -10.0)  # 3 x 3 cells of 10 m
    point = ogr.CreateGeometryFromWkt("POINT (25 5)").ExportToWkb()  # row 2, column 2
    square = ogr.CreateGeometryFromWkt("POLYGON ((0 30, 20 30, 20 10, 0 10, 0 30))").ExportToWkb()
    tiny = ogr.CreateGeometryFromWkt("POLYGON ((21 21, 22 21, 22 22, 21 22, 21 21))").ExportToWkb()
    grid = rasterize_features(Grid(3, 3, gt), [(1, square), (2, point), (3, tiny)], focal=True).id_grid()
    # The square covers the centres of the four top-left cells; the 1 m² core smaller than a cell
    # takes the cell of its centroid (row 0, column 2).
    np.testing.assert_array_equal(grid, [[1, 1, 3], [1, 1, 0], [0, 0, 2]])
    outside = ogr.CreateGeometryFromWkt("POINT (45 5)").ExportToWkb()
    with pytest.raises(InputError, match="outside"):
        rasterize_features(Grid(3, 3, gt), [(1, outside)], focal=True)


def test_the_plugin_bundles_pyamg_for_qgis_own_python():
    """QGIS runs the plugin in the system Python, which has no pyamg on Debian 12: the assembled plugin carries
    one in ext_libs/ and the AMG solver finds it there (same effective resistance as the direct solver)."""
    import json
    import os
    import subprocess

    plugin_dir = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(circuit.__file__))))
    code = (
        "import importlib.util, json, sys\n"
        "system_has_pyamg = importlib.util.find_spec('pyamg') is not None\n"
        f"sys.path.insert(0, {os.path.dirname(plugin_dir)!r})\n"
        "import numpy as np\n"
        "from bd_qgis_plugin.core import circuit\n"
        "amg = circuit.solver._pyamg()\n"
        "g = np.random.default_rng(0).uniform(0.01, 1.0, (120, 130))\n"
        "points = circuit.sort_points([5, 110], [5, 120], [1, 2])\n"
        "r = [float(circuit.pairwise(g, points, opts=circuit.Options(solver=s)).resistances[0, 1])\n"
        "     for s in ('amg', 'direct')]\n"
        "print(json.dumps({'system': system_has_pyamg, 'file': amg.__file__, 'r': r}))\n")
    result = subprocess.run(["/usr/bin/python3", "-c", code], capture_output=True, text=True, check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    if not found["system"]:
        assert found["file"].startswith(os.path.join(plugin_dir, "ext_libs") + os.sep)
    amg, direct = found["r"]
    assert amg == pytest.approx(direct, rel=1e-5) and direct > 0


def test_a_raster_too_large_for_a_circuit_is_refused_from_its_size_before_it_is_read(tmp_path, monkeypatch):
    from helpers import write_raster

    from bd_qgis_plugin.core.raster_io import RasterReader

    path = write_raster(tmp_path / "r.tif", np.ones((10, 10), dtype="float32"))
    monkeypatch.setattr(RasterReader, "read", lambda *a, **k: pytest.fail("read before the size was checked"))
    with pytest.raises(InputError) as raised:
        circuit.read_band(path, memory_limit_bytes=100 * circuit.GRID_BYTES_PER_CELL - 1)
    assert raised.value.params["cells"] == "100" and raised.value.params["name"] == "r.tif"
