"""Circuitscape's modes: pairwise, one-to-all, all-to-one and advanced (Circuitscape.jl's ``raster/``).

For pairwise mode the component is grounded at one focal node and solved once per other focal node; every
pair's voltages are then a difference of two solutions (superposition), so n focal nodes cost n - 1 solves, not
n (n - 1) / 2 (McRae et al. 2008; Anantharaman et al. 2020).
"""

from dataclasses import dataclass

import numpy as np

from ..errors import BdError, InputError
from ..optional import lazy_module
from ..progress import Steps
from .currents import CircuitResult, MapAccumulator, node_currents
from .focal import check_points, focal_warnings, sort_points
from .graph import build_graph, build_node_map, grounded_matrix, laplacian, node_values_to_map
from .solver import ComponentSolver

sp = lazy_module("scipy.sparse")

MODES = ("pairwise", "one-to-all", "all-to-one", "advanced")


@dataclass
class Options:
    four_neighbours: bool = False
    avg_resistances: bool = True
    solver: str = "auto"
    write_current_maps: bool = True
    write_voltage_maps: bool = False
    keep_pair_maps: bool = False
    write_max_current: bool = False
    memory_limit_bytes: int = None
    #: Reproduce Circuitscape's known quirks (set when running a Circuitscape .ini).
    circuitscape_quirks: bool = False


def _exclusions(ids_in_order, include):
    """Index pairs (a, b) of ``ids_in_order`` whose pair is not to be solved."""
    if include is None:
        return set()
    return include.excluded_index_pairs(ids_in_order)


def pairwise(conductance, points, regions=None, opts=None, include=None, progress=None, is_cancelled=None):
    """Effective resistance between every pair of focal nodes, and current maps.

    ``points`` is ``(rows, cols, ids)``; an id on several cells is a focal region (its cells are
    short-circuited only while that region is part of the pair being solved, as in Circuitscape).
    ``regions`` is an optional short-circuit region grid (0 = none).
    """
    opts = opts or Options()
    points = sort_points(*points)
    check_points(points, conductance.shape)
    if include is not None:
        points = include.prune(points)
    ids_all = points[2]
    has_regions = ids_all.size != np.unique(ids_all).size
    if has_regions:
        return _pairwise_focal_regions(conductance, points, regions, opts, progress, is_cancelled)
    return _pairwise_points(conductance, points, regions, opts, include, progress, is_cancelled)


def _pairwise_points(conductance, points, regions, opts, include, progress, is_cancelled):
    rows, cols, ids = points
    result = CircuitResult("pairwise", point_ids=[int(i) for i in ids])
    node_map, n, adjacency, labels = build_graph(conductance, regions, opts)
    result.warnings += focal_warnings(points, node_map)
    nodes = node_map[rows, cols] - 1  # -1: not a node
    n_pts = ids.size
    res = -np.ones((n_pts, n_pts))
    excluded = _exclusions(list(ids), include)
    acc = MapAccumulator(conductance.shape, opts, result)
    focal_comps = sorted(set(int(labels[k]) for k in nodes if k >= 0))
    tracker = Steps(progress, is_cancelled, max(1, len(set(int(k) for k in nodes if k >= 0))))
    lap = laplacian(adjacency)
    upper = sp.triu(adjacency, k=1).tocoo() if opts.write_current_maps else None
    for comp in focal_comps:
        csub = []
        for k in nodes:
            if k >= 0 and labels[k] == comp and k not in csub:
                csub.append(int(k))
        for k in csub:  # several points on one node (one short-circuit region): resistance 0
            same = np.flatnonzero(nodes == k)
            for a in same:
                for b in same:
                    if a != b:
                        res[a, b] = 0.0
        if len(csub) < 2:
            tracker.step(len(csub))
            continue
        in_comp = labels == comp
        active = in_comp.copy()
        active[csub[0]] = False  # the anchor is grounded
        solver = ComponentSolver(grounded_matrix(lap, active), opts.solver, n_rhs=len(csub) - 1)
        tracker.step()
        # Column for each focal node: potentials with 1 A injected there and the anchor grounded.
        columns = {csub[0]: np.zeros(n)}
        for k in csub[1:]:
            rhs = np.zeros(n)
            rhs[k] = 1.0
            columns[k] = np.where(active, solver.solve(rhs), 0.0)
            tracker.step()
        for a_idx, pi in enumerate(csub):
            for pj in csub[a_idx + 1:]:
                v_pair = columns[pj] - columns[pi]  # +1 A at pj, -1 A at pi
                v_pair = np.where(in_comp, v_pair - v_pair[pi], 0.0)
                r = float(v_pair[pj])
                pair_done = False
                for ci in np.flatnonzero(nodes == pi):
                    for cj in np.flatnonzero(nodes == pj):
                        if (ci, cj) in excluded:
                            continue
                        res[ci, cj] = res[cj, ci] = r
                        name = f"{ids[ci]}_{ids[cj]}"
                        if not pair_done or opts.keep_pair_maps:
                            cmap = (node_values_to_map(node_currents(upper, v_pair), node_map)
                                    if upper is not None else None)
                            vmap = node_values_to_map(v_pair, node_map) if opts.write_voltage_maps else None
                            acc.add(name, cmap, vmap)
                        pair_done = True
    np.fill_diagonal(res, 0.0)
    result.resistances = res
    acc.finish()
    return result


def merge_focal_regions_for_pair(shape, polymap, points, pt1, pt2):
    """Region grid for one pair: the two focal regions short-circuited (Circuitscape's rule)."""
    rows, cols, ids = points
    if polymap is None:
        newpoly = np.zeros(shape, dtype=np.int64)
        for p in (pt1, pt2):
            sel = ids == p
            newpoly[rows[sel], cols[sel]] = p
        return newpoly
    newpoly = polymap.astype(np.int64).copy()
    k = int(polymap.max()) if polymap.size else 0
    for p in (pt1, pt2):
        sel = ids == p
        if sel.sum() == 1:
            continue
        r, c = rows[sel], cols[sel]
        vals = polymap[r, c]
        if not (vals != 0).any():
            newpoly[r, c] = k + 1
        else:
            touched = np.unique(vals[vals != 0])
            if touched.size == 1:
                newpoly[r, c] = touched[0]
            else:
                newpoly[np.isin(polymap, touched)] = k + 1
        k += 1
    return newpoly


def _pairwise_focal_regions(conductance, points, regions, opts, progress, is_cancelled):
    rows, cols, ids = points
    unique_ids = list(dict.fromkeys(int(i) for i in ids))
    result = CircuitResult("pairwise", point_ids=unique_ids)
    n_pts = len(unique_ids)
    res = -np.ones((n_pts, n_pts))
    acc = MapAccumulator(conductance.shape, opts, result)
    tracker = Steps(progress, is_cancelled, n_pts * (n_pts - 1) // 2)
    base_map, _ = build_node_map(conductance, regions)
    result.warnings += focal_warnings(points, base_map)
    for a in range(n_pts):
        for b in range(a + 1, n_pts):
            pt1, pt2 = unique_ids[a], unique_ids[b]
            newpoly = merge_focal_regions_for_pair(conductance.shape, regions, points, pt1, pt2)
            node_map, n, adjacency, labels = build_graph(conductance, newpoly, opts)
            first1 = np.flatnonzero(ids == pt1)[0]
            first2 = np.flatnonzero(ids == pt2)[0]
            k1 = node_map[rows[first1], cols[first1]] - 1
            k2 = node_map[rows[first2], cols[first2]] - 1
            tracker.step()
            if k1 < 0 or k2 < 0 or labels[k1] != labels[k2]:
                continue
            if k1 == k2:
                res[a, b] = res[b, a] = 0.0
                continue
            in_comp = labels == labels[k1]
            active = in_comp.copy()
            active[k1] = False
            rhs = np.zeros(n)
            rhs[k2] = 1.0
            v = np.where(active, ComponentSolver(grounded_matrix(laplacian(adjacency), active),
                                                 opts.solver).solve(rhs), 0.0)
            res[a, b] = res[b, a] = float(v[k2])
            cmap = None
            if opts.write_current_maps:
                cmap = node_values_to_map(node_currents(sp.triu(adjacency, k=1).tocoo(), v), node_map)
            vmap = node_values_to_map(v, node_map) if opts.write_voltage_maps else None
            acc.add(f"{pt1}_{pt2}", cmap, vmap)
    np.fill_diagonal(res, 0.0)
    result.resistances = res
    acc.finish()
    return result


# ----------------------------------------------------------------------------- advanced

def resolve_conflicts(sources, grounds, policy):
    """Circuitscape's rule for a node that is both a source and a ground."""
    sources, grounds = sources.copy(), grounds.copy()
    conflicts = (sources != 0) & (grounds != 0)
    if conflicts.any():
        if policy in ("rmvsrc", "rmvall"):
            sources[conflicts] = 0
        if policy in ("rmvgnd", "rmvall"):
            grounds[conflicts] = 0
    grounds[np.isinf(grounds) & (sources > 0)] = 0
    return sources, grounds


def _solve_sources_grounds(adjacency, labels, node_map, sources, grounds, opts, only_component=None):
    """Voltages and node currents for sources (A) and grounds (S, inf = direct to ground).

    Returns ``(voltages_all_nodes, current_map, voltage_map, solved)``.
    """
    n = sources.size
    finite = np.where(np.isfinite(grounds), grounds, 0.0)
    voltages = np.zeros(n)
    currents = np.zeros(n)
    solved = False
    comps = np.unique(labels[sources != 0]) if only_component is None else [only_component]
    lap = upper = None
    for comp in comps:
        in_comp = labels == comp
        if sources[in_comp].sum() == 0 or grounds[in_comp].sum() == 0:
            continue
        if lap is None:
            lap = laplacian(adjacency)
            upper = sp.triu(adjacency, k=1).tocoo()
        active = in_comp & ~np.isinf(grounds)
        v = np.zeros(n)
        if active.any():
            matrix = grounded_matrix(lap, active, extra_diagonal=finite)
            v = np.where(active, ComponentSolver(matrix, opts.solver).solve(np.where(active, sources, 0.0)), 0.0)
        solved = True
        voltages += v
        if opts.write_current_maps:
            f_loc = np.where(in_comp, finite, 0.0)
            currents += np.where(in_comp, node_currents(upper, v, f_loc if f_loc.any() else None), 0.0)
    cmap = node_values_to_map(currents, node_map) if opts.write_current_maps else None
    return voltages, cmap, node_values_to_map(voltages, node_map), solved


def advanced(conductance, source_map, ground_map, regions=None, opts=None, policy="keepall",
             progress=None, is_cancelled=None):
    """Advanced mode: current sources (A) and grounds (conductance to ground, inf = direct).

    ``source_map`` and ``ground_map`` are grids (0 = none); ground values are conductances.
    """
    opts = opts or Options()
    result = CircuitResult("advanced")
    node_map, n, adjacency, labels = build_graph(conductance, regions, opts)
    tracker = Steps(progress, is_cancelled, 2)
    tracker.step()
    sources = _aggregate(source_map, node_map, n)
    grounds = _aggregate(ground_map, node_map, n)
    sources, grounds = resolve_conflicts(sources, grounds, policy)
    if not (sources != 0).any():
        raise InputError("No current source lies on a cell with a resistance value.")
    if not (grounds != 0).any():
        raise InputError("No ground lies on a cell with a resistance value.")
    _, cmap, vmap, solved = _solve_sources_grounds(adjacency, labels, node_map, sources, grounds, opts)
    if not solved:
        result.warnings.append(BdError("No connected part of the grid holds both a source and a ground; nothing "
                                       "was solved."))
    result.cum_current = cmap
    result.voltage_maps[""] = vmap
    result.current_maps[""] = cmap
    tracker.step()
    return result


def _aggregate(grid, node_map, n):
    values = np.zeros(n + 1)
    grid = np.asarray(grid, dtype=np.float64)
    nz = (grid != 0) & (node_map > 0)
    np.add.at(values, node_map[nz], grid[nz])
    return values[1:]


def combine_regions_with_points(shape, polymap, points, point_map):
    """Region grid for one-to-all / all-to-one: each focal node or region merged with the
    short-circuit regions it overlaps into one new region (Circuitscape's ``get_overlap_polymap``)."""
    if polymap is None:
        return point_map.copy()
    newpoly = polymap.astype(np.int64).copy()
    new_id = int(polymap.max()) if polymap.size else 0
    for pid in dict.fromkeys(int(i) for i in points[2]):
        new_id += 1
        cells = point_map == pid
        overlap = np.unique(newpoly[cells])
        overlap = overlap[overlap > 0]
        if overlap.size:
            newpoly[np.isin(newpoly, overlap)] = new_id
        newpoly[cells] = new_id
    return newpoly


def one_to_all(conductance, points, regions=None, opts=None, all_to_one=False, include=None, strengths=None,
               progress=None, is_cancelled=None):
    """One-to-all (1 A, or the point's strength, into one focal node, all others grounded) or
    all-to-one (1 A into every other focal node, one grounded), for each focal node in turn.

    The value per point is Circuitscape's: one-to-all, the source's voltage divided by its
    strength (the effective resistance to all others together); all-to-one, 0 when solved;
    -1 when nothing could be solved (no ground in reach).
    """
    opts = opts or Options()
    points = sort_points(*points)
    check_points(points, conductance.shape)
    if include is not None:
        points = include.prune(points)
    rows, cols, ids = points
    mode = "all-to-one" if all_to_one else "one-to-all"
    unique_ids = list(dict.fromkeys(int(i) for i in ids))
    result = CircuitResult(mode, point_ids=unique_ids)
    values = np.zeros(len(unique_ids))
    acc = MapAccumulator(conductance.shape, opts, result)
    point_map = np.zeros(conductance.shape, dtype=np.int64)
    point_map[rows, cols] = ids
    first_cell = {}
    for r, c, i in zip(rows, cols, ids):
        first_cell.setdefault(int(i), (r, c))
    graph = None
    tracker = Steps(progress, is_cancelled, len(unique_ids))
    for idx, pid in enumerate(unique_ids):
        this_map = point_map
        if include is not None:
            dropped = include.excluded_partners(pid, unique_ids)
            if dropped:
                this_map = np.where(np.isin(point_map, dropped), 0, point_map)
        if graph is None or this_map is not point_map:
            sel = this_map[rows, cols] != 0
            pts = (rows[sel], cols[sel], ids[sel])
            newpoly = combine_regions_with_points(conductance.shape, regions, pts, this_map)
            g = build_graph(conductance, newpoly, opts)
            if this_map is point_map:
                graph = g
        else:
            g = graph
        node_map, n, adjacency, labels = g
        if idx == 0:
            result.warnings += focal_warnings(points, node_map)
        strength = 1.0 if strengths is None else float(strengths.get(pid, 1.0))
        r0, c0 = first_cell[pid]
        if all_to_one:
            # 1 A into each other focal node or region (not 1 A per cell of a region)
            source_grid = np.zeros(conductance.shape)
            for other, (r1, c1) in first_cell.items():
                if other != pid and this_map[r1, c1] != 0:
                    source_grid[r1, c1] = 1.0 if strengths is None else float(strengths.get(other, 1.0))
                elif other != pid and opts.circuitscape_quirks and strengths is not None:
                    # Circuitscape (Python 4.x, whose outputs its test suite keeps) still injects 1 A at a
                    # point excluded by the included-pairs file when variable strengths are used.
                    source_grid[r1, c1] = 1.0
            ground_grid = np.where(this_map == pid, np.inf, 0.0)
            policy = "rmvsrc"
        else:
            source_grid = np.zeros(conductance.shape)
            source_grid[r0, c0] = strength
            ground_grid = np.where((this_map != 0) & (this_map != pid), np.inf, 0.0)
            policy = "rmvgnd"
        sources, grounds = resolve_conflicts(_aggregate(source_grid, node_map, n),
                                             _aggregate(ground_grid, node_map, n), policy)
        check = node_map[r0, c0] - 1
        tracker.step()
        alone = not np.any((this_map != 0) & (this_map != pid))  # every partner excluded: nothing to solve
        if check < 0 or alone:  # nothing solved: no map for this point (as Circuitscape 4)
            values[idx] = -1
            continue
        volts, cmap, vmap, solved = _solve_sources_grounds(adjacency, labels, node_map, sources, grounds, opts,
                                                           only_component=labels[check])
        if not solved:
            values[idx] = -1
        elif all_to_one:
            values[idx] = 0.0
        else:
            v = volts[check] / strength
            values[idx] = -1 if v == 0 else v
        acc.add(str(pid), cmap, vmap)
    result.resistances = values
    acc.finish()
    return result
