"""One moving window of Omniscape: its sources, ground and conductance, solved with the circuit solver.

Follows Omniscape.jl (``get_source``, ``get_ground``, ``get_conductance``, ``solve_target!``,
``calc_correction``) and Circuitscape.jl's advanced mode as Omniscape calls it (``compute_omniscape_current``):
cells joined to their 8 (or 4) neighbours by the mean of the two conductances (diagonals divided by √2), the
target cell grounded directly (a source on it removed), only the part of the window connected to the ground
solved, and Circuitscape's cell current (:func:`..circuit.node_currents`). Rows and columns are 0-based here;
Omniscape's 1-based arithmetic is translated line by line where it matters (block cut-outs, edge windows).

Windows are solved by SuperLU on the matrix put in a nested-dissection order computed once for the full window
(:func:`..circuit.graph.nested_dissection`), which halves a factorisation's time against SuperLU's own ordering.
The flow potential's window (uniform conductance) is the same for every target away from the raster's edges:
its factorisation is computed once and kept (:class:`FactorCache`), so it costs one triangular solve per target.
"""

import threading
from collections import OrderedDict

import numpy as np

from ..circuit import ComponentSolver, grid_adjacency, laplacian, node_currents
from ..circuit.graph import nested_dissection
from ..optional import lazy_module

sp = lazy_module("scipy.sparse")
csgraph = lazy_module("scipy.sparse.csgraph")

#: Memory the flow-potential factorisations may keep (bytes), at least one always: enough for the windows of one
#: row of targets (the interior one and those cut by the left and right edges) at radius 50.
FACTOR_CACHE_BYTES = 160 * 1024 * 1024
#: Memory the window patterns (:class:`WindowPattern`) may keep (bytes).
PATTERN_CACHE_BYTES = 48 * 1024 * 1024
#: Bytes per entry of a SuperLU factorisation (value, row index, supernode bookkeeping), measured.
BYTES_PER_FACTOR_ENTRY = 16


def window_bounds(ty, tx, radius, nrows, ncols):
    """(y0, y1, x0, x1) of the window of ``radius`` around target cell (ty, tx), clipped to the raster."""
    return max(ty - radius, 0), min(ty + radius, nrows - 1) + 1, max(tx - radius, 0), min(tx + radius, ncols - 1) + 1


def _within(shape, gy, gx, radius):
    """Cells of a window of ``shape`` within ``radius`` of (gy, gx) (Omniscape's ``clip``: distance ≤ radius)."""
    ii = np.arange(shape[0])[:, None] - gy
    jj = np.arange(shape[1])[None, :] - gx
    return ii * ii + jj * jj <= radius * radius


def mode_first(values):
    """The most frequent value, ties to the one that reached the top count first (StatsBase's ``mode``, which
    Omniscape uses on the target block in Julia's column-major order)."""
    counts, best, best_count = {}, None, 0
    for v in values:
        c = counts.get(v, 0) + 1
        counts[v] = c
        if c > best_count:
            best, best_count = v, c
    return best


def window_sources(source, row0, ty, tx, amps, settings, nrows, ncols, conditions=()):
    """Source currents of the window of target (ty, tx): ``source`` holds raster rows from ``row0``.

    The cells within ``radius`` of the target share the target's ``amps`` in proportion to their strength, those of
    the target block excluded; conditional connectivity then drops the sources whose condition does not match the
    target's (after the sharing, as Omniscape does). ``conditions`` are ``(Condition, present rows, future rows)``
    with the same ``row0``. Returns ``(sources, (y0, y1, x0, x1), gy, gx)``, (gy, gx) the target in the window.
    """
    s = settings
    big = s.window_radius
    y0, y1, x0, x1 = window_bounds(ty, tx, big, nrows, ncols)
    gy, gx = ty - y0, tx - x0
    win = source[y0 - row0:y1 - row0, x0:x1]
    src = np.where(_within(win.shape, gy, gx, s.radius) & np.isfinite(win), win, 0.0)
    # Omniscape clears the target block at the window's centre (radius + buffer) whatever the clipping: for a
    # window cut by the raster's top or left edge that is not where the target is. Kept, for identical maps.
    br = s.block_radius
    src[max(big - br, 0):min(big + br + 1, nrows), max(big - br, 0):min(big + br + 1, ncols)] = 0.0
    positive = src > 0
    total = src[positive].sum()
    if total > 0:
        src[positive] = src[positive] * amps / total
    for condition, present, future in conditions:
        block = future[ty - br - row0:min(ty + br, nrows - 1) + 1 - row0, tx - br:min(tx + br, ncols - 1) + 1]
        here = present[y0 - row0:y1 - row0, x0:x1]
        if condition.comparison == "within":
            known = block[np.isfinite(block)]
            if known.size == 0:  # Omniscape stops here (median of nothing): no source can match
                src[:] = 0.0
                continue
            diff = here - np.median(known)
            src[np.isfinite(diff) & ((diff > condition.upper) | (diff < condition.lower))] = 0.0
        else:
            known = block.T.ravel()
            known = known[np.isfinite(known)]
            if known.size == 0:
                src[:] = 0.0
                continue
            src[np.isfinite(here) & (here != mode_first(known.tolist()))] = 0.0
    return src, (y0, y1, x0, x1), gy, gx


def solve_window(conductance, sources, gy, gx, rank, four_neighbours=False, pattern=None):
    """Cell currents of one window (Circuitscape's advanced mode as Omniscape runs it), or None when nothing is
    solved (no ground, or no source connected to it).

    ``conductance``: NaN or ≤ 0 = no node; ``sources`` in amperes; the cell (gy, gx) is grounded directly;
    ``rank``: the nested-dissection rank of the window's cells (the solve's order).
    """
    h, w = conductance.shape
    g = np.where(conductance > 0, conductance, 0.0)
    ground = gy * w + gx
    valid = g.ravel() > 0
    if not valid[ground]:
        return None
    src = np.where(valid, sources.ravel(), 0.0)
    src[ground] = 0.0  # a source on the ground is removed (Circuitscape's rmvsrc)
    if not src.any():
        return None
    if pattern is not None and valid[pattern.disk.ravel()].all():
        matrix, weights = pattern.matrix(g.ravel())
        voltages = np.zeros(h * w)
        voltages[pattern.nodes] = ComponentSolver(matrix, presorted=True).solve(src[pattern.nodes])
        return node_currents(_Edges(pattern.a, pattern.b, weights), voltages).reshape(h, w)
    adjacency = grid_adjacency(g, four_neighbours, avg_resistances=False)
    if valid.all():
        in_component = valid
    else:  # only the part connected to the ground carries current
        _, labels = csgraph.connected_components(adjacency, directed=False)
        in_component = valid & (labels == labels[ground])
    active = in_component.copy()
    active[ground] = False
    if not src[active].any():
        return None
    nodes = np.flatnonzero(active)
    nodes = nodes[np.argsort(rank.ravel()[nodes], kind="stable")]
    matrix = laplacian(adjacency)[nodes][:, nodes]
    voltages = np.zeros(h * w)
    voltages[nodes] = ComponentSolver(matrix, presorted=True).solve(src[nodes])
    return node_currents(sp.triu(adjacency, k=1).tocoo(), voltages).reshape(h, w)


class _Edges:
    """Resistors between cells of a window as index arrays (row < col), with the weights of one solve: what
    :func:`..circuit.node_currents` reads of a sparse matrix."""

    __slots__ = ("row", "col", "data")

    def __init__(self, row, col, data):
        self.row, self.col, self.data = row, col, data


class WindowPattern:
    """The sparsity pattern of the grounded Laplacian of a window whose cells within the radius all have a
    resistance: the same for every such window of one shape and ground cell. A solve then only gathers the
    resistor values into the pattern (no graph construction, no sparse indexing, no sorting): a few tenths of a
    millisecond instead of some five milliseconds per window."""

    def __init__(self, shape, gy, gx, radius, rank, four_neighbours):
        h, w = shape
        disk = _within(shape, gy, gx, radius).ravel()
        ground = gy * w + gx
        index = np.arange(h * w).reshape(h, w)
        heads, tails, diagonal = [], [], []
        steps = [((slice(None), slice(0, -1)), (slice(None), slice(1, None)), False),
                 ((slice(0, -1), slice(None)), (slice(1, None), slice(None)), False)]
        if not four_neighbours:
            steps += [((slice(0, -1), slice(0, -1)), (slice(1, None), slice(1, None)), True),
                      ((slice(0, -1), slice(1, None)), (slice(1, None), slice(0, -1)), True)]
        for sa, sb, is_diagonal in steps:
            a, b = index[sa].ravel(), index[sb].ravel()
            keep = disk[a] & disk[b]
            heads.append(a[keep])
            tails.append(b[keep])
            diagonal.append(np.full(int(keep.sum()), is_diagonal))
        a, b = np.concatenate(heads), np.concatenate(tails)
        self.a, self.b = np.minimum(a, b), np.maximum(a, b)
        self.scale = np.where(np.concatenate(diagonal), 1.0 / np.sqrt(2.0), 1.0)
        self.disk = disk.reshape(h, w)
        active = disk.copy()
        active[ground] = False
        nodes = np.flatnonzero(active)
        self.nodes = nodes[np.argsort(rank.ravel()[nodes], kind="stable")]
        position = np.full(h * w, -1, dtype=np.int64)
        position[self.nodes] = np.arange(self.nodes.size)
        pa, pb = position[self.a], position[self.b]
        inner = (pa >= 0) & (pb >= 0)
        self.inner = inner
        m = self.nodes.size
        rows = np.concatenate([pa[inner], pb[inner], np.arange(m)])
        cols = np.concatenate([pb[inner], pa[inner], np.arange(m)])
        slots = sp.csc_matrix((np.arange(1, rows.size + 1, dtype=np.float64), (rows, cols)), shape=(m, m))
        self.order = slots.data.astype(np.int64) - 1  # value k of the CSC data is entry order[k] of our list
        self.indices, self.indptr, self.m = slots.indices, slots.indptr, m
        self.size = h * w
        self.nbytes = sum(a.nbytes for a in (self.a, self.b, self.scale, self.disk, self.nodes, self.inner,
                                              self.order, self.indices, self.indptr))

    def matrix(self, g):
        """(grounded Laplacian in the solve's order, resistor weights) for conductances ``g`` (flat)."""
        weights = (g[self.a] + g[self.b]) * 0.5 * self.scale
        degree = np.bincount(self.a, weights, self.size) + np.bincount(self.b, weights, self.size)
        inner = -weights[self.inner]
        values = np.concatenate([inner, inner, degree[self.nodes]])[self.order]
        return sp.csc_matrix((values, self.indices, self.indptr), shape=(self.m, self.m)), weights


class FactorCache:
    """Factorised uniform-conductance windows (the flow potential), by window shape and ground cell; thread-safe.

    Least recently used entries are dropped beyond :data:`FACTOR_CACHE_BYTES`. A window being factorised by one
    thread is waited for by the others, not factorised twice.
    """

    def __init__(self, budget=FACTOR_CACHE_BYTES):
        self.budget = budget
        self._entries = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key, build):
        """``build()`` → (value, bytes) once per key; returns ``(value, lock)``, the lock to hold while using it."""
        with self._lock:
            entry = self._entries.get(key)
            mine = entry is None
            if mine:
                entry = self._entries[key] = _Entry()
                self.misses += 1
            else:
                self._entries.move_to_end(key)
                self.hits += 1
        if mine:
            try:
                entry.value, entry.nbytes = build()
            finally:
                entry.ready.set()
                if entry.value is None:
                    with self._lock:
                        self._entries.pop(key, None)
            self._trim()
        else:
            entry.ready.wait()
        if entry.value is None:
            raise RuntimeError("the flow-potential factorisation failed in another thread")
        return entry.value, entry.lock

    def _trim(self):
        with self._lock:
            total = sum(e.nbytes for e in self._entries.values())
            while total > self.budget and len(self._entries) > 1:
                _, old = self._entries.popitem(last=False)
                total -= old.nbytes


class _Entry:
    __slots__ = ("value", "nbytes", "ready", "lock")

    def __init__(self):
        self.value, self.nbytes = None, 0
        self.ready = threading.Event()
        self.lock = threading.Lock()  # one solve at a time on a factorisation shared by the threads


class WindowSolver:
    """What every window of a run shares: the nested-dissection ranks, the flow-potential factorisations and the
    block-artefact correction."""

    def __init__(self, settings, nrows, ncols):
        self.settings, self.nrows, self.ncols = settings, nrows, ncols
        big = settings.window_radius
        self.rank = nested_dissection(2 * big + 1, 2 * big + 1)
        self.factors = FactorCache()
        self.patterns = FactorCache(budget=PATTERN_CACHE_BYTES)
        self.correction = None
        if settings.correct_artifacts and settings.block_size > 1:
            rank, four = self.rank, settings.four_neighbours

            def solve(conductance, sources, gy, gx):
                return solve_window(conductance, sources, gy, gx, rank, four)

            self.correction = correction_array(settings, nrows, ncols, solve)

    def window_rank(self, shape, gy, gx):
        big = self.settings.window_radius
        oy, ox = big - gy, big - gx
        return self.rank[oy:oy + shape[0], ox:ox + shape[1]]

    def solve(self, conductance, sources, gy, gx, ty, tx):
        """(current, flow potential or None) of one window, corrected for block artefacts."""
        s = self.settings
        rank = self.window_rank(conductance.shape, gy, gx)
        shape = conductance.shape
        conductance = np.where(_within(shape, gy, gx, s.window_radius), conductance, np.nan)

        def build():
            pattern = WindowPattern(shape, gy, gx, s.window_radius, rank, s.four_neighbours)
            return pattern, pattern.nbytes

        pattern, _ = self.patterns.get(shape + (gy, gx), build)
        current = solve_window(conductance, sources, gy, gx, rank, s.four_neighbours, pattern)
        potential = self.flow_potential(sources, gy, gx, rank) if s.needs_flow_potential else None
        if self.correction is not None:
            cut = self.correction_cut(conductance.shape, ty, tx)
            if current is not None:
                current = current * cut
            if potential is not None:
                potential = potential * cut
        return current, potential

    def flow_potential(self, sources, gy, gx, rank):
        """The window's current with every cell of the (rectangular) window at conductance 1 (Omniscape's
        null model): the same sources, sources on nodata cells included."""
        h, w = sources.shape
        src = sources.ravel().copy()
        ground = gy * w + gx
        src[ground] = 0.0
        if not src.any():
            return None

        def build():
            ones = np.ones((h, w))
            adjacency = grid_adjacency(ones, self.settings.four_neighbours, avg_resistances=False)
            active = np.ones(h * w, dtype=bool)
            active[ground] = False
            nodes = np.flatnonzero(active)
            nodes = nodes[np.argsort(rank.ravel()[nodes], kind="stable")]
            solver = ComponentSolver(laplacian(adjacency)[nodes][:, nodes], method="direct", presorted=True)
            upper = sp.triu(adjacency, k=1).tocoo()
            lu = getattr(solver, "_lu", None)
            nbytes = BYTES_PER_FACTOR_ENTRY * lu.nnz if lu is not None else 0
            return (solver, nodes, upper), nbytes + 24 * upper.nnz

        (solver, nodes, upper), lock = self.factors.get((h, w, gy, gx), build)
        voltages = np.zeros(h * w)
        with lock:
            voltages[nodes] = solver.solve(src[nodes])
        return node_currents(upper, voltages).reshape(h, w)

    def correction_cut(self, shape, ty, tx):
        """The part of the correction array for a window of ``shape`` (Omniscape's cut: for a window clipped on
        both sides, wider than the raster, it keeps Omniscape's choice, the left/top part)."""
        big = self.settings.window_radius
        full = 2 * big + 1
        h, w = shape
        lx, ux, ly, uy = 0, full, 0, full
        if tx + 1 > self.ncols - big:
            ux = w
        if tx + 1 < big + 1:
            lx = ux - w
        if ty + 1 > self.nrows - big:
            uy = h
        if ty + 1 < big + 1:
            ly = uy - h
        return self.correction[ly:uy, lx:ux]


def correction_array(settings, nrows, ncols, solve):
    """Omniscape's block-artefact correction (``calc_correction``): on a uniform window, the current of one target
    block solved as a block, against the sum of its cells solved one by one; windows are multiplied by it.
    ``solve(conductance, sources, gy, gx)`` → cell currents or None (:func:`solve_window`)."""
    s = settings
    big, br, bs = s.window_radius, s.block_radius, s.block_size
    full = 2 * big + 1
    in_radius = _within((full, full), big, big, s.radius)
    null_sources = in_radius.astype(np.float64)
    n_sources = null_sources.sum()
    null_sources[big, big] = 0.0
    null_sources[null_sources != 0] = 1.0 / (n_sources - 1)
    # the target block is cleared within the raster's bounds (its rows and columns), as Omniscape does
    blocked = np.where(in_radius, 1.0, 0.0)
    blocked[max(big - br, 0):min(big + br + 1, nrows), max(big - br, 0):min(big + br + 1, ncols)] = 0.0
    blocked[blocked > 0] = bs * bs / blocked[blocked > 0].sum()
    conductance = np.where(_within((full, full), big, big, big), 1.0, np.nan)
    block_current = solve(conductance, blocked, big, big)
    null_current = solve(conductance, null_sources, big, big)
    if block_current is None or null_current is None:
        return np.ones((full, full))
    total = np.zeros((full + bs - 1, full + bs - 1))
    for i in range(bs):
        for j in range(bs):
            total[i:i + full, j:j + full] += null_current
    total = total[br:br + full, br:br + full]
    total[block_current == 0] = 0.0
    total[total == 0] = 1.0
    block_current = np.where(block_current == 0, 1.0, block_current)
    return total / block_current
