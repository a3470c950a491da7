"""Circuit theory on raster grids, compatible with Circuitscape.

Each cell with a positive conductance (1 / resistance) is a node; neighbouring nodes
(4 or 8 neighbours) are joined by a resistor whose conductance follows Circuitscape's
averaging rule: resistances in series, ``2 / (R_a + R_b)``, or the mean conductance,
``(G_a + G_b) / 2``; diagonal resistors are divided by sqrt(2). Cells of one
short-circuit region (or focal region) are merged into one node. The graph Laplacian
``L v = i`` is solved per connected component (McRae 2006; McRae et al. 2008;
Anantharaman et al. 2020, Circuitscape.jl).

Modes: pairwise (effective resistance between every pair of focal nodes), one-to-all,
all-to-one and advanced (source and ground rasters). The cell current of a map is
Circuitscape's: for every node the larger of the total current flowing in and the total
current flowing out (ground currents included), so a current source of 1 A reads 1.

Solver: one factorisation per connected component (SuperLU) for small and medium grids;
conjugate gradients preconditioned by smoothed-aggregation algebraic multigrid (pyamg, installed
or bundled by ``make build`` in the plugin's ext_libs/) for large ones. For pairwise mode the
component is grounded at one focal node and solved once per other focal node; every pair's voltages
are then a difference of two solutions (superposition), so n focal nodes cost n - 1 solves, not
n (n - 1) / 2.

No Qt/QGIS imports: numpy, scipy and GDAL only.
"""

import configparser
import math
import os
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.sparse import csgraph
from scipy.sparse.linalg import splu

from .bundled import import_optional
from .errors import BdError, Cancelled, InputError

#: Components with more nodes than this use AMG-preconditioned CG (when pyamg is installed).
DIRECT_SOLVER_MAX_NODES = 250_000
#: Above this many nodes, a solve with few right-hand sides uses AMG too.
AMG_MIN_NODES = 50_000
#: Bytes per node assumed by the memory estimate (graph, Laplacian, solver, maps), measured on
#: 8-neighbour grids (AMG: 0.9 GB at 1 M nodes).
BYTES_PER_NODE_ITERATIVE = 900
BYTES_PER_NODE_DIRECT = 400
#: Relative residual of the CG solves (as Circuitscape.jl: 1e-6 for a 1 A source).
CG_TOLERANCE = 1e-6

MODES = ("pairwise", "one-to-all", "all-to-one", "advanced")


# ----------------------------------------------------------------------------- graph

def conductance_from_resistance(resistance, valid=None):
    """Conductance grid (0 = no node) from a resistance grid; zero resistance is refused.

    Negative or non-finite resistances are treated as barriers (no node), as Circuitscape does.
    """
    resistance = np.asarray(resistance, dtype=np.float64)
    valid = np.isfinite(resistance) if valid is None else (valid & np.isfinite(resistance))
    zero = valid & (resistance == 0)
    if zero.any():
        rows, cols = np.nonzero(zero)
        raise InputError("The resistance raster has {count} cell(s) with resistance 0 (first at row {row}, "
                         "column {col}). Circuit theory needs a positive resistance: give those cells a small "
                         "positive value, or mark them as a short-circuit region.",
                         count=int(zero.sum()), row=int(rows[0]), col=int(cols[0]))
    conductance = np.zeros(resistance.shape, dtype=np.float64)
    use = valid & (resistance > 0)
    conductance[use] = 1.0 / resistance[use]
    return conductance


def conductance_from_conductance(conductance, valid=None):
    """Conductance grid with nodata, non-finite and non-positive cells set to 0 (no node)."""
    conductance = np.asarray(conductance, dtype=np.float64)
    valid = np.isfinite(conductance) if valid is None else (valid & np.isfinite(conductance))
    return np.where(valid & (conductance > 0), conductance, 0.0)


def _first_index_column_major(flat_cm_ids):
    """Unique non-zero ids and the first column-major position of each."""
    ids, first = np.unique(flat_cm_ids, return_index=True)
    keep = ids != 0
    return ids[keep], first[keep]


def build_node_map(conductance, regions=None):
    """Node number of every cell (0 = no node; 1..n), regions merged into one node each.

    As Circuitscape's ``construct_node_map``: a region becomes one node when at least one
    of its cells has a positive conductance; all its cells (even nodata ones) then map to
    that node. Returns ``(node_map, n_nodes)``.
    """
    valid = conductance > 0
    node_map = np.zeros(conductance.shape, dtype=np.int64)
    node_map[valid] = np.arange(1, int(valid.sum()) + 1)
    if regions is not None:
        regions = np.asarray(regions, dtype=np.int64)
        pruned = np.where(valid, regions, 0)
        ids, first = _first_index_column_major(pruned.T.ravel())
        if ids.size:
            node_of_id = node_map.T.ravel()[first]
            in_region = np.isin(regions, ids)
            where = np.searchsorted(ids, regions[in_region])
            node_map[in_region] = node_of_id[where]
    used = np.unique(node_map)
    used = used[used != 0]
    n = int(used.size)
    if n and (used[-1] != n):
        node_map = np.where(node_map > 0, np.searchsorted(used, node_map) + 1, 0)
    return node_map, n


def _edge_pairs(shape, four_neighbours):
    """(slice_a, slice_b, is_diagonal) for each neighbour direction, each edge once."""
    rows, cols = shape
    yield (slice(0, rows), slice(0, cols - 1)), (slice(0, rows), slice(1, cols)), False
    yield (slice(0, rows - 1), slice(0, cols)), (slice(1, rows), slice(0, cols)), False
    if not four_neighbours:
        yield (slice(0, rows - 1), slice(0, cols - 1)), (slice(1, rows), slice(1, cols)), True
        yield (slice(1, rows), slice(0, cols - 1)), (slice(0, rows - 1), slice(1, cols)), True


def build_adjacency(conductance, node_map, n_nodes, four_neighbours=False, avg_resistances=True):
    """Symmetric sparse conductance matrix between nodes (no self loops, parallel edges summed)."""
    heads, tails, weights = [], [], []
    for sa, sb, diagonal in _edge_pairs(conductance.shape, four_neighbours):
        na, nb = node_map[sa], node_map[sb]
        keep = (na != 0) & (nb != 0) & (na != nb)
        if not keep.any():
            continue
        ga, gb = conductance[sa][keep], conductance[sb][keep]
        if avg_resistances:
            with np.errstate(divide="ignore", invalid="ignore"):
                w = np.where((ga > 0) & (gb > 0), 2.0 * ga * gb / (ga + gb), 0.0)
        else:
            w = (ga + gb) / 2.0
        if diagonal:
            w = w / math.sqrt(2.0)
        nz = w > 0
        heads.append(na[keep][nz] - 1)
        tails.append(nb[keep][nz] - 1)
        weights.append(w[nz])
    if heads:
        i, j, w = np.concatenate(heads), np.concatenate(tails), np.concatenate(weights)
    else:
        i = j = np.zeros(0, dtype=np.int64)
        w = np.zeros(0)
    a = sp.coo_matrix((np.concatenate([w, w]), (np.concatenate([i, j]), np.concatenate([j, i]))),
                      shape=(n_nodes, n_nodes)).tocsr()
    a.sum_duplicates()
    return a


def _pair_weights(ga, gb, diagonal, avg_resistances):
    """Conductance of the resistor between two cells (0 where either is not a node)."""
    both = (ga > 0) & (gb > 0)
    if avg_resistances:
        with np.errstate(divide="ignore", invalid="ignore"):
            w = np.where(both, 2.0 * ga * gb / (ga + gb), 0.0)
    else:
        w = np.where(both, (ga + gb) / 2.0, 0.0)
    return w / math.sqrt(2.0) if diagonal else w


def grid_adjacency(conductance, four_neighbours=False, avg_resistances=True):
    """Conductance matrix with one node per cell (row-major), built band by band (fast, no sorting).

    Cells without conductance are isolated nodes (no edges). Used when no cells are merged.
    """
    rows, cols = conductance.shape
    n = rows * cols
    g = conductance
    bands, offsets = [], []

    def band(pair_slices, target, diagonal, offset):
        w = np.zeros((rows, cols))
        (sa, sb) = pair_slices
        w[target] = _pair_weights(g[sa], g[sb], diagonal, avg_resistances)
        bands.append(w.ravel()[:n - offset])
        offsets.append(offset)

    if cols > 1:
        band(((slice(None), slice(0, -1)), (slice(None), slice(1, None))), (slice(None), slice(0, -1)), False, 1)
    if rows > 1:
        band(((slice(0, -1), slice(None)), (slice(1, None), slice(None))), (slice(0, -1), slice(None)), False, cols)
        if not four_neighbours and cols > 1:
            band(((slice(0, -1), slice(0, -1)), (slice(1, None), slice(1, None))), (slice(0, -1), slice(0, -1)),
                 True, cols + 1)
            band(((slice(0, -1), slice(1, None)), (slice(1, None), slice(0, -1))), (slice(0, -1), slice(1, None)),
                 True, cols - 1)
    if not bands:
        return sp.csr_matrix((n, n))
    upper = sp.diags(bands, offsets, shape=(n, n), format="csr")
    upper.eliminate_zeros()
    return (upper + upper.T).tocsr()


def laplacian(adjacency):
    degree = np.asarray(adjacency.sum(axis=1)).ravel()
    return (sp.diags(degree) - adjacency).tocsr()


def grounded_matrix(lap, active, extra_diagonal=None):
    """``lap`` restricted to the ``active`` nodes, in place: other rows/columns become identity.

    Restricting by diagonal scaling (D L D + I_inactive) keeps the node numbering and avoids
    slicing a large sparse matrix. Grounded nodes and nodes of other components are inactive.
    """
    scale = sp.diags(active.astype(np.float64))
    matrix = scale @ lap @ scale + sp.diags((~active).astype(np.float64))
    if extra_diagonal is not None:
        matrix = matrix + sp.diags(np.where(active, extra_diagonal, 0.0))
    return matrix.tocsr()


def _node_values_to_map(values, node_map):
    """Grid with ``values[k]`` on every cell of node k + 1 (0 where no node)."""
    return np.concatenate([[0.0], values])[node_map]


# ----------------------------------------------------------------------------- solver

#: Where ``make build`` bundles pyamg (Debian 12 has no package for it, so QGIS' own Python lacks it).
def _pyamg():
    """pyamg: an installed copy first, else the one bundled in the plugin's ext_libs/ for this Python and
    platform (core.bundled); None when neither imports."""
    return import_optional("pyamg")


def available_memory_bytes():
    """MemAvailable from /proc/meminfo, or None where it cannot be read."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def estimate_memory(n_nodes, n_solution_vectors=2):
    """Rough peak memory (bytes) of one solve on ``n_nodes`` nodes."""
    iterative = n_nodes > DIRECT_SOLVER_MAX_NODES and _pyamg() is not None
    if iterative:
        per_node = BYTES_PER_NODE_ITERATIVE
    else:  # the factor's fill grows like n log n (measured: 0.55 GB at 250 k, 2.15 GB at 1 M nodes)
        per_node = BYTES_PER_NODE_DIRECT + 100 * math.log2(max(n_nodes, 2))
    return int(n_nodes * (per_node + 8 * n_solution_vectors))


def check_memory(n_nodes, n_solution_vectors=2, limit_bytes=None):
    """Refuse early a grid whose estimated memory exceeds what is available."""
    need = estimate_memory(n_nodes, n_solution_vectors)
    limit = limit_bytes if limit_bytes is not None else available_memory_bytes()
    if limit is not None and need > limit:
        raise InputError("The grid has {nodes} nodes; the current-flow solve would need about {need} MB of memory "
                         "but only {avail} MB are available. Coarsen the resistance raster (larger cells) or clip "
                         "it to the study area.", nodes=n_nodes, need=need // 2**20, avail=limit // 2**20)
    return need


class ComponentSolver:
    """Solve ``M x = b`` for one symmetric positive definite matrix, factorised once."""

    def __init__(self, matrix, method="auto", n_rhs=1):
        matrix = sp.csr_matrix(matrix)
        n = matrix.shape[0]
        pyamg = _pyamg()
        if method == "amg" and pyamg is None:
            raise InputError("The AMG solver needs the Python package pyamg, which is not installed; "
                             "install it (pip install pyamg) or choose the direct solver.")
        # A factorisation pays off when it serves many right-hand sides; AMG setup is cheaper than a
        # factorisation above some 50 k nodes (measured 1-2 s vs 3-5 s at 235 k nodes).
        large = n > DIRECT_SOLVER_MAX_NODES or (n > AMG_MIN_NODES and n_rhs <= 3)
        use_amg = method == "amg" or (method == "auto" and large and pyamg is not None)
        self.matrix = matrix
        if use_amg:
            self.method = "amg"
            # Local (Gershgorin) Jacobi weighting avoids an eigenvalue estimate per level; one forward and
            # one backward Gauss-Seidel sweep keep the V-cycle symmetric for CG.
            self._ml = pyamg.smoothed_aggregation_solver(
                matrix, symmetry="symmetric", smooth=("jacobi", {"weighting": "local"}), improve_candidates=None,
                presmoother=("gauss_seidel", {"sweep": "forward"}),
                postsmoother=("gauss_seidel", {"sweep": "backward"}), max_coarse=500)
        else:
            self.method = "direct"
            self._lu = splu(matrix.tocsc(), permc_spec="MMD_AT_PLUS_A",
                            options={"SymmetricMode": True}, diag_pivot_thresh=0.0)

    def solve(self, b):
        b = np.asarray(b, dtype=np.float64)
        if self.method == "direct":
            return self._lu.solve(b)
        if b.ndim == 1:
            return self._ml.solve(b, tol=CG_TOLERANCE, accel="cg", maxiter=2000)
        return np.column_stack([self._ml.solve(b[:, k], tol=CG_TOLERANCE, accel="cg", maxiter=2000)
                                for k in range(b.shape[1])])


# ----------------------------------------------------------------------------- currents

def node_currents(adjacency_upper, voltages, finite_grounds=None):
    """Circuitscape's node current: max(total inflow, total outflow) of every node.

    ``adjacency_upper`` is the upper triangle (i < j) of the conductance matrix in COO form.
    Branch currents below 1e-8 of the largest are dropped, as in Circuitscape.
    """
    n = voltages.size
    i, j, g = adjacency_upper.row, adjacency_upper.col, adjacency_upper.data
    flow = g * (voltages[i] - voltages[j])  # positive: from i to j
    inflow = np.zeros(n)
    outflow = np.zeros(n)
    for sign, into in ((1.0, inflow), (-1.0, outflow)):
        b = sign * flow
        top = b.max() if b.size else 0.0
        if top > 0:
            b = np.where(np.abs(b / top) < 1e-8, 0.0, b)
        pos = b > 0
        into += np.bincount(j[pos], weights=b[pos], minlength=n)
        into += np.bincount(i[~pos], weights=-b[~pos], minlength=n)
    if finite_grounds is not None:
        ground_flow = finite_grounds * voltages  # positive: out of the node into ground
        outflow += np.where(ground_flow > 0, ground_flow, 0.0)
        inflow += np.where(ground_flow < 0, -ground_flow, 0.0)
    return np.maximum(inflow, outflow)


# ----------------------------------------------------------------------------- results

@dataclass
class CircuitResult:
    """What a run produces. Maps are float64 grids of the habitat shape."""

    mode: str
    point_ids: list = field(default_factory=list)
    #: pairwise: square matrix (-1 = not connected / not computed, 0 on the diagonal);
    #: one-to-all / all-to-one: one value per point (-1 = no ground reached).
    resistances: np.ndarray = None
    cum_current: np.ndarray = None
    max_current: np.ndarray = None
    current_maps: dict = field(default_factory=dict)
    voltage_maps: dict = field(default_factory=dict)
    #: Warnings as BdError objects (not raised): ``str(w)``, or ``w.translated(tr)`` on the QGIS side.
    warnings: list = field(default_factory=list)

    def resistance_table(self):
        """Circuitscape's ``_resistances.out`` layout (header row and column of point ids)."""
        ids = np.asarray(self.point_ids, dtype=np.float64)
        if self.mode == "pairwise":
            top = np.concatenate([[0.0], ids])
            return np.vstack([top, np.column_stack([ids, self.resistances])])
        return np.column_stack([ids, self.resistances])

    def resistance_triples(self):
        """(id_a, id_b, resistance) for every pair a < b (pairwise mode)."""
        ids = self.point_ids
        return [(ids[a], ids[b], float(self.resistances[a, b]))
                for a in range(len(ids)) for b in range(a + 1, len(ids))]


class _Progress:
    def __init__(self, progress, is_cancelled, total):
        self.progress, self.is_cancelled, self.total, self.done = progress, is_cancelled, max(total, 1), 0

    def step(self, n=1):
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()
        self.done += n
        if self.progress is not None:
            self.progress(min(1.0, self.done / self.total))


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


def _graph(conductance, regions, opts):
    if regions is None or not np.any(regions):
        # One node per cell (cells without conductance stay isolated): the fast banded construction.
        valid = conductance > 0
        check_memory(int(valid.sum()), 2, opts.memory_limit_bytes)
        n = conductance.size
        node_map = np.where(valid, np.arange(1, n + 1).reshape(conductance.shape), 0)
        adjacency = grid_adjacency(conductance, opts.four_neighbours, opts.avg_resistances)
        n_comp, labels = csgraph.connected_components(adjacency, directed=False)
        return node_map, n, adjacency, labels
    node_map, n = build_node_map(conductance, regions)
    check_memory(n, 2, opts.memory_limit_bytes)
    adjacency = build_adjacency(conductance, node_map, n, opts.four_neighbours, opts.avg_resistances)
    n_comp, labels = csgraph.connected_components(adjacency, directed=False)
    return node_map, n, adjacency, labels


class _Accumulator:
    def __init__(self, shape, opts, result):
        self.opts, self.result = opts, result
        self.cum = np.zeros(shape)
        self.max = np.full(shape, -9999.0) if opts.write_max_current else None

    def add(self, name, cmap, vmap):
        if cmap is not None:
            self.cum += cmap
            if self.max is not None:
                np.maximum(self.max, cmap, out=self.max)
            if self.opts.keep_pair_maps:
                self.result.current_maps[name] = cmap
        if vmap is not None and self.opts.keep_pair_maps:
            self.result.voltage_maps[name] = vmap

    def finish(self):
        self.result.cum_current = np.maximum(self.cum, -9999.0)
        if self.max is not None:
            self.result.max_current = self.max


# ----------------------------------------------------------------------------- pairwise

def sort_points(rows, cols, ids):
    """Focal cells sorted by id, ties in column-major order (Circuitscape's order)."""
    rows, cols, ids = (np.asarray(a, dtype=np.int64) for a in (rows, cols, ids))
    order = np.lexsort((rows, cols, ids))
    return rows[order], cols[order], ids[order]


def points_from_grid(grid):
    """Focal cells of a focal-node grid (0 and negative = none)."""
    grid = np.asarray(grid)
    cols, rows = np.nonzero(grid.T > 0)
    return sort_points(rows, cols, np.asarray(grid[rows, cols], dtype=np.int64))


def _check_points(points, shape):
    rows, cols, ids = points
    if rows.size == 0:
        raise InputError("No focal node found: give at least two focal points or regions with positive ids.")
    outside = (rows < 0) | (cols < 0) | (rows >= shape[0]) | (cols >= shape[1])
    if outside.any():
        raise InputError("{count} focal node(s) fall outside the resistance raster (first: id {id}). Move them "
                         "inside the raster or extend the raster.", count=int(outside.sum()),
                         id=int(ids[outside][0]))
    if np.unique(ids).size < 2:
        raise InputError("Fewer than two distinct focal nodes: current flow needs at least two.")


def _focal_warnings(points, node_map):
    rows, cols, ids = points
    off = node_map[rows, cols] == 0
    if off.any():
        bad = sorted(set(int(i) for i in ids[off]))
        on = set(int(i) for i in ids[~off])
        lost = [i for i in bad if i not in on]
        if lost:
            return [BdError("Focal node(s) {ids} lie on nodata or barrier cells (no resistance value); their "
                            "results are -1.", ids=", ".join(str(i) for i in lost))]
    return []


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
    _check_points(points, conductance.shape)
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
    node_map, n, adjacency, labels = _graph(conductance, regions, opts)
    result.warnings += _focal_warnings(points, node_map)
    nodes = node_map[rows, cols] - 1  # -1: not a node
    n_pts = ids.size
    res = -np.ones((n_pts, n_pts))
    excluded = _exclusions(list(ids), include)
    acc = _Accumulator(conductance.shape, opts, result)
    focal_comps = sorted(set(int(labels[k]) for k in nodes if k >= 0))
    tracker = _Progress(progress, is_cancelled, max(1, len(set(int(k) for k in nodes if k >= 0))))
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
                            cmap = (_node_values_to_map(node_currents(upper, v_pair), node_map)
                                    if upper is not None else None)
                            vmap = _node_values_to_map(v_pair, node_map) if opts.write_voltage_maps else None
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
    acc = _Accumulator(conductance.shape, opts, result)
    tracker = _Progress(progress, is_cancelled, n_pts * (n_pts - 1) // 2)
    base_map, _ = build_node_map(conductance, regions)
    result.warnings += _focal_warnings(points, base_map)
    for a in range(n_pts):
        for b in range(a + 1, n_pts):
            pt1, pt2 = unique_ids[a], unique_ids[b]
            newpoly = merge_focal_regions_for_pair(conductance.shape, regions, points, pt1, pt2)
            node_map, n, adjacency, labels = _graph(conductance, newpoly, opts)
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
                cmap = _node_values_to_map(node_currents(sp.triu(adjacency, k=1).tocoo(), v), node_map)
            vmap = _node_values_to_map(v, node_map) if opts.write_voltage_maps else None
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
    cmap = _node_values_to_map(currents, node_map) if opts.write_current_maps else None
    return voltages, cmap, _node_values_to_map(voltages, node_map), solved


def advanced(conductance, source_map, ground_map, regions=None, opts=None, policy="keepall",
             progress=None, is_cancelled=None):
    """Advanced mode: current sources (A) and grounds (conductance to ground, inf = direct).

    ``source_map`` and ``ground_map`` are grids (0 = none); ground values are conductances.
    """
    opts = opts or Options()
    result = CircuitResult("advanced")
    node_map, n, adjacency, labels = _graph(conductance, regions, opts)
    tracker = _Progress(progress, is_cancelled, 2)
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
    _check_points(points, conductance.shape)
    if include is not None:
        points = include.prune(points)
    rows, cols, ids = points
    mode = "all-to-one" if all_to_one else "one-to-all"
    unique_ids = list(dict.fromkeys(int(i) for i in ids))
    result = CircuitResult(mode, point_ids=unique_ids)
    values = np.zeros(len(unique_ids))
    acc = _Accumulator(conductance.shape, opts, result)
    point_map = np.zeros(conductance.shape, dtype=np.int64)
    point_map[rows, cols] = ids
    first_cell = {}
    for r, c, i in zip(rows, cols, ids):
        first_cell.setdefault(int(i), (r, c))
    graph = None
    tracker = _Progress(progress, is_cancelled, len(unique_ids))
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
            g = _graph(conductance, newpoly, opts)
            if this_map is point_map:
                graph = g
        else:
            g = graph
        node_map, n, adjacency, labels = g
        if idx == 0:
            result.warnings += _focal_warnings(points, node_map)
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


# ----------------------------------------------------------------------------- included pairs

class IncludedPairs:
    """Circuitscape's included-pairs file: which focal pairs to solve."""

    def __init__(self, point_ids, matrix, mode="include"):
        self.point_ids = [int(p) for p in point_ids]
        self.matrix = np.asarray(matrix, dtype=np.int64)
        self.mode = mode
        self._pos = {p: k for k, p in enumerate(self.point_ids)}

    @classmethod
    def read(cls, path):
        with open(path) as f:
            first = f.readline().split()
        if first and first[0].lower() == "min":
            with open(path) as f:
                minval = float(f.readline().split()[1])
                maxval = float(f.readline().split()[1])
                table = [[float(x) for x in line.split()] for line in f if line.strip()]
            ids = [int(x) for x in table[0][1:]]
            body = np.array([row[1:len(ids) + 1] for row in table[1:len(ids) + 1]])
            body = np.where(body > maxval, 0, body)
            return cls(ids, (body >= minval).astype(np.int64), "include")
        mode = first[1].lower() if len(first) > 1 else "include"
        with open(path) as f:
            f.readline()
            pairs = [[int(float(x)) for x in line.split()[:2]] for line in f if line.strip()]
        ids = sorted(set(p for pair in pairs for p in pair) - {0})
        mat = np.zeros((len(ids), len(ids)), dtype=np.int64)
        pos = {p: k for k, p in enumerate(ids)}
        for a, b in pairs:
            if a in pos and b in pos:
                mat[pos[a], pos[b]] = mat[pos[b], pos[a]] = 1
        return cls(ids, mat, mode)

    @property
    def _skip_value(self):
        return 0 if self.mode == "include" else 1

    def prune(self, points):
        rows, cols, ids = points
        keep = np.isin(ids, self.point_ids)
        return rows[keep], cols[keep], ids[keep]

    def excluded_index_pairs(self, ids_in_order):
        """Positions (a, b) in ``ids_in_order`` of pairs not to solve."""
        out = set()
        for a, pa in enumerate(ids_in_order):
            for b, pb in enumerate(ids_in_order):
                ka, kb = self._pos.get(int(pa)), self._pos.get(int(pb))
                if ka is None or kb is None:
                    continue
                if self.matrix[ka, kb] == self._skip_value and self.matrix[kb, ka] == self._skip_value:
                    out.add((a, b))
        return out

    def excluded_partners(self, pid, ids):
        ka = self._pos.get(int(pid))
        if ka is None:
            return []
        return [p for p in ids if p != pid and p in self._pos and self.matrix[ka, self._pos[p]] == self._skip_value]


# ----------------------------------------------------------------------------- Circuitscape .ini

TRUE_WORDS = ("true", "1", "yes", "on")


@dataclass
class GridInfo:
    """Grid of a Circuitscape input (ASCII grid or GeoTIFF)."""

    ncols: int
    nrows: int
    xll: float
    yll: float
    cellsize: float
    geotransform: tuple = None
    projection: str = ""


def read_grid(path):
    """``(values float64, nodata_mask, GridInfo)`` of an ASCII grid or GeoTIFF (optionally .gz)."""
    from osgeo import gdal  # noqa: PLC0415 - GDAL only where files are read

    gdal.UseExceptions()
    if not os.path.exists(path):
        raise InputError("Raster '{path}' does not exist.", path=path)
    open_path = "/vsigzip/" + os.path.abspath(path) if path.endswith(".gz") else path
    try:
        ds = gdal.Open(open_path)
    except RuntimeError as exc:
        raise InputError("'{path}' is not a raster GDAL can read ({reason}).", path=path, reason=str(exc)) from exc
    band = ds.GetRasterBand(1)
    data = band.ReadAsArray().astype(np.float64)
    nd = band.GetNoDataValue()
    mask = ~np.isfinite(data)
    if nd is not None and not math.isnan(nd):
        mask |= data == nd
    mask |= data == -9999
    gt = ds.GetGeoTransform()
    info = GridInfo(ds.RasterXSize, ds.RasterYSize, gt[0], gt[3] + gt[5] * ds.RasterYSize, gt[1],
                    tuple(gt), ds.GetProjection() or "")
    return data, mask, info


def _read_points_file(path, info):
    """Focal points from a grid (id per cell) or a text list ``id x y``."""
    if _is_text_list(path):
        table = np.loadtxt(path, ndmin=2)
        ids = table[:, 0].astype(np.int64)
        rows = np.ceil(info.nrows - (table[:, 2] - info.yll) / info.cellsize).astype(np.int64) - 1
        cols = np.ceil((table[:, 1] - info.xll) / info.cellsize).astype(np.int64) - 1
        keep = ids >= 0
        return sort_points(rows[keep], cols[keep], ids[keep])
    data, mask, _ = read_grid(path)
    data = np.where(mask, 0, data)
    return points_from_grid(data.astype(np.int64))


def _is_text_list(path):
    low = path.lower()
    if low.endswith((".tif", ".tiff", ".tif.gz", ".asc", ".asc.gz")):
        return False
    with open(path) as f:
        head = f.readline().lower()
    return not head.startswith("ncols")


def _read_value_list_grid(path, info):
    """A source/ground text list ``value x y`` as a grid (0 elsewhere)."""
    table = np.loadtxt(path, ndmin=2)
    grid = np.zeros((info.nrows, info.ncols))
    listed = np.zeros(grid.shape, dtype=bool)
    rows = np.ceil(info.nrows - (table[:, 2] - info.yll) / info.cellsize).astype(np.int64) - 1
    cols = np.ceil((table[:, 1] - info.xll) / info.cellsize).astype(np.int64) - 1
    inside = (rows >= 0) & (cols >= 0) & (rows < info.nrows) & (cols < info.ncols)
    grid[rows[inside], cols[inside]] = table[inside, 0]
    listed[rows[inside], cols[inside]] = True
    return grid, listed


def read_ini(path):
    """Options of a Circuitscape .ini as a flat dict (keys lower case, values stripped)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        with open(path) as f:
            parser.read_file(f)
    except (OSError, configparser.Error) as exc:
        raise InputError("Cannot read the Circuitscape file '{path}': {reason}", path=path, reason=str(exc)) from exc
    cfg = {}
    for section in parser.sections():
        for key, value in parser.items(section):
            cfg[key.lower()] = value.strip()
    return cfg


def _flag(cfg, key, default=False):
    value = cfg.get(key)
    if value is None or value == "":
        return default
    return value.lower() in TRUE_WORDS


def _resolve(cfg_path, name):
    """A file named in an .ini: absolute, or relative to the .ini's folder or one of its parents."""
    if not name or name.lower() in ("none", "false") or name.startswith("("):
        return None
    if os.path.isabs(name):
        return name
    folder = os.path.dirname(os.path.abspath(cfg_path))
    for _ in range(6):
        candidate = os.path.join(folder, name)
        if os.path.exists(candidate):
            return candidate
        folder = os.path.dirname(folder)
    return os.path.join(os.path.dirname(os.path.abspath(cfg_path)), name)


@dataclass
class IniJob:
    """Everything a Circuitscape .ini asks for, read and ready to run."""

    mode: str
    conductance: np.ndarray
    info: GridInfo
    opts: Options
    regions: np.ndarray = None
    points: tuple = None
    include: IncludedPairs = None
    strengths: dict = None
    source_map: np.ndarray = None
    ground_map: np.ndarray = None
    policy: str = "keepall"
    output_file: str = ""
    warnings: list = field(default_factory=list)

    def run(self, progress=None, is_cancelled=None):
        if self.mode == "pairwise":
            res = pairwise(self.conductance, self.points, self.regions, self.opts, self.include, progress,
                           is_cancelled)
        elif self.mode in ("one-to-all", "all-to-one"):
            res = one_to_all(self.conductance, self.points, self.regions, self.opts,
                             all_to_one=self.mode == "all-to-one", include=self.include,
                             strengths=self.strengths, progress=progress, is_cancelled=is_cancelled)
        else:
            res = advanced(self.conductance, self.source_map, self.ground_map, self.regions, self.opts, self.policy,
                           progress, is_cancelled)
        res.warnings = self.warnings + res.warnings
        return res


def load_ini(path, keep_pair_maps=True):
    """Read a Circuitscape .ini and its input files (raster data type only)."""
    cfg = read_ini(path)
    if cfg.get("data_type", "raster").lower() != "raster":
        raise InputError("'{path}' is a Circuitscape network (graph) job; only raster jobs are supported.",
                         path=path)
    scenario = cfg.get("scenario", "pairwise").lower().replace("_", "-")
    if scenario not in MODES:
        raise InputError("Unknown Circuitscape scenario '{scenario}' in '{path}'.", scenario=scenario, path=path)
    habitat = _resolve(path, cfg.get("habitat_file"))
    if habitat is None:
        raise InputError("The Circuitscape file '{path}' names no habitat_file.", path=path)
    values, mask, info = read_grid(habitat)
    if _flag(cfg, "habitat_map_is_resistances", True):
        conductance = conductance_from_resistance(values, ~mask)
    else:
        conductance = conductance_from_conductance(values, ~mask)
    opts = Options(
        four_neighbours=_flag(cfg, "connect_four_neighbors_only"),
        avg_resistances=_flag(cfg, "connect_using_avg_resistances", True),
        write_current_maps=True,
        write_voltage_maps=_flag(cfg, "write_volt_maps"),
        keep_pair_maps=keep_pair_maps,
        write_max_current=_flag(cfg, "write_max_cur_maps"),
        circuitscape_quirks=True,
    )
    job = IniJob(scenario, conductance, info, opts, output_file=cfg.get("output_file", ""))

    def same_shape(arr, name):
        if arr.shape != conductance.shape:
            raise InputError("'{name}' has {rows} x {cols} cells but the habitat raster has {hr} x {hc}; "
                             "all Circuitscape input grids must share one grid.", name=name,
                             rows=arr.shape[0], cols=arr.shape[1], hr=conductance.shape[0], hc=conductance.shape[1])
        return arr

    if _flag(cfg, "use_polygons"):
        poly_path = _resolve(path, cfg.get("polygon_file"))
        pv, pm, _ = read_grid(poly_path)
        job.regions = same_shape(np.where(pm, 0, pv).astype(np.int64), poly_path)
    if _flag(cfg, "use_mask"):
        mask_path = _resolve(path, cfg.get("mask_file"))
        mv, mm, _ = read_grid(mask_path)
        keep = same_shape(~mm & (mv > 0), mask_path)
        job.conductance = np.where(keep, conductance, 0.0)
        if not (job.conductance > 0).any():
            raise InputError("The mask file '{path}' removes every cell.", path=mask_path)
    if scenario != "advanced":
        point_path = _resolve(path, cfg.get("point_file"))
        if point_path is None:
            raise InputError("The Circuitscape file '{path}' names no point_file.", path=path)
        job.points = _read_points_file(point_path, info)
        if _flag(cfg, "use_included_pairs"):
            job.include = IncludedPairs.read(_resolve(path, cfg.get("included_pairs_file")))
        if scenario != "pairwise" and _flag(cfg, "use_variable_source_strengths"):
            table = np.loadtxt(_resolve(path, cfg.get("variable_source_file")), ndmin=2)
            job.strengths = {int(r[0]): float(r[1]) for r in table}
    else:
        job.source_map, _ = _read_source_or_ground(path, cfg.get("source_file"), info, same_shape)
        ground, is_ground = _read_source_or_ground(path, cfg.get("ground_file"), info, same_shape)
        if _flag(cfg, "ground_file_is_resistances", True):
            with np.errstate(divide="ignore"):
                ground = np.where(is_ground, 1.0 / ground, 0.0)
        else:
            ground = np.where(is_ground, ground, 0.0)
        if _flag(cfg, "use_direct_grounds"):
            ground = np.where(ground != 0, np.inf, 0.0)
        if _flag(cfg, "use_unit_currents"):
            job.source_map = np.where(job.source_map != 0, 1.0, 0.0)
        job.ground_map = ground
        job.policy = cfg.get("remove_src_or_gnd", "keepall").lower()
    return job


def _read_source_or_ground(cfg_path, name, info, same_shape):
    file_path = _resolve(cfg_path, name)
    if file_path is None:
        raise InputError("The Circuitscape file '{path}' names no source or ground file.", path=cfg_path)
    if _is_text_list(file_path):
        return _read_value_list_grid(file_path, info)
    values, mask, _ = read_grid(file_path)
    return same_shape(np.where(mask, 0.0, values), file_path), ~mask


# ----------------------------------------------------------------------------- GIS helpers

def rasterize_focal(features, geotransform, shape):
    """Focal-node grid (0 = none) from ``[(id, wkb), ...]`` points or polygons on a raster grid.

    A point marks the cell that contains it; a polygon marks the cells whose centre lies inside
    it, or, for a polygon smaller than a cell, the cell of its centroid. Raises when a feature
    falls outside the grid.
    """
    from osgeo import gdal, ogr  # noqa: PLC0415

    rows, cols = shape
    grid = np.zeros(shape, dtype=np.int64)
    x0, dx, _, y0, _, dy = geotransform
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
    mem.SetGeoTransform(geotransform)
    for fid, wkb in features:
        geom = ogr.CreateGeometryFromWkb(bytes(wkb))
        if geom is None or geom.IsEmpty():
            raise InputError("Focal feature {id} has no geometry.", id=fid)
        if geom.GetGeometryType() in (ogr.wkbPoint, ogr.wkbPoint25D, ogr.wkbMultiPoint):
            pts = [geom.GetGeometryRef(k) for k in range(geom.GetGeometryCount())] or [geom]
            cells = []
            for p in pts:
                c = int(math.floor((p.GetX() - x0) / dx))
                r = int(math.floor((p.GetY() - y0) / dy))
                cells.append((r, c))
        else:
            band = mem.GetRasterBand(1)
            band.Fill(0)
            drv = ogr.GetDriverByName("Memory")
            ds = drv.CreateDataSource("focal")
            layer = ds.CreateLayer("focal", geom_type=ogr.wkbUnknown)
            feat = ogr.Feature(layer.GetLayerDefn())
            feat.SetGeometry(geom)
            layer.CreateFeature(feat)
            gdal.PushErrorHandler("CPLQuietErrorHandler")  # the in-memory layer has no CRS: same grid
            try:
                gdal.RasterizeLayer(mem, [1], layer, burn_values=[1])
            finally:
                gdal.PopErrorHandler()
            rr, cc = np.nonzero(band.ReadAsArray())
            cells = list(zip(rr.tolist(), cc.tolist()))
            if not cells:
                centroid = geom.Centroid()
                cells = [(int(math.floor((centroid.GetY() - y0) / dy)), int(math.floor((centroid.GetX() - x0) / dx)))]
        for r, c in cells:
            if not (0 <= r < rows and 0 <= c < cols):
                raise InputError("Focal feature {id} lies outside the resistance raster. Move it inside the raster "
                                 "or extend the raster.", id=fid)
            grid[r, c] = fid
    return grid


def read_array(path, band=1):
    """``(values float64, valid mask, geotransform, crs_wkt)`` of a whole raster band."""
    from osgeo import gdal  # noqa: PLC0415

    gdal.UseExceptions()
    try:
        ds = gdal.Open(str(path))
    except RuntimeError as exc:
        raise InputError("'{path}' is not a raster GDAL can read ({reason}).", path=path, reason=str(exc)) from exc
    b = ds.GetRasterBand(band)
    data = b.ReadAsArray().astype(np.float64)
    valid = np.isfinite(data)
    nd = b.GetNoDataValue()
    if nd is not None and not math.isnan(nd):
        valid &= data != nd
    return data, valid, tuple(ds.GetGeoTransform()), ds.GetProjection() or ""


def write_array(path, array, geotransform, crs_wkt, nodata=-9999.0, valid=None):
    """Write a float32 GeoTIFF (tiled, compressed, atomic) with the grid's CRS."""
    from .raster_io import Grid, RasterWriter, Window  # noqa: PLC0415

    grid = Grid(array.shape[1], array.shape[0], tuple(geotransform), crs_wkt or "")
    with RasterWriter(path, grid, 1, dtype="float32", nodata=nodata) as writer:
        writer.write(Window(0, 0, array.shape[1], array.shape[0]), array, valid)
    return path
