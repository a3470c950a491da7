"""Conductance graph of a raster grid: nodes, resistors and the Laplacian (Circuitscape.jl's ``construct_graph``).

Each cell with a positive conductance (1 / resistance) is a node; neighbouring nodes (4 or 8 neighbours) are
joined by a resistor whose conductance follows Circuitscape's averaging rule: resistances in series,
``2 / (R_a + R_b)``, or the mean conductance, ``(G_a + G_b) / 2``; diagonal resistors are divided by sqrt(2).
Cells of one short-circuit region (or focal region) are merged into one node (McRae 2006; Anantharaman et al.
2020).
"""

import math

import numpy as np

from ..errors import InputError
from ..optional import lazy_module
from .solver import check_solve_memory

sp = lazy_module("scipy.sparse")
csgraph = lazy_module("scipy.sparse.csgraph")


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


def node_values_to_map(values, node_map):
    """Grid with ``values[k]`` on every cell of node k + 1 (0 where no node)."""
    return np.concatenate([[0.0], values])[node_map]


def build_graph(conductance, regions, opts):
    """``(node_map, n_nodes, adjacency, component labels)`` of a grid, refused early when the solve would not fit
    in memory (:func:`solver.check_solve_memory`)."""
    if regions is None or not np.any(regions):
        # One node per cell (cells without conductance stay isolated): the fast banded construction.
        valid = conductance > 0
        check_solve_memory(int(valid.sum()), 2, opts.memory_limit_bytes)
        n = conductance.size
        node_map = np.where(valid, np.arange(1, n + 1).reshape(conductance.shape), 0)
        adjacency = grid_adjacency(conductance, opts.four_neighbours, opts.avg_resistances)
        n_comp, labels = csgraph.connected_components(adjacency, directed=False)
        return node_map, n, adjacency, labels
    node_map, n = build_node_map(conductance, regions)
    check_solve_memory(n, 2, opts.memory_limit_bytes)
    adjacency = build_adjacency(conductance, node_map, n, opts.four_neighbours, opts.avg_resistances)
    n_comp, labels = csgraph.connected_components(adjacency, directed=False)
    return node_map, n, adjacency, labels


def nested_dissection(rows, cols, leaf=16):
    """Rank of every cell of a ``rows`` × ``cols`` grid in a geometric nested-dissection order.

    A rectangle is split by its middle row or column (the separator, numbered last) into two halves numbered
    first, recursively, down to ``leaf`` cells. On grid graphs (4 or 8 neighbours) this is the fill-reducing
    order of George (1973): the Cholesky/LU factor has O(n log n) entries. Ordering a subset of the cells (a
    circular window, cells without a resistance removed) by these ranks keeps the separators, so one ranking
    serves every window of a moving-window run. Hand-written because scipy has no nested dissection (SuperLU's
    minimum degree is computed anew for each matrix, which costs as much as the factorisation itself here).
    """
    rank = np.empty((rows, cols), dtype=np.int64)
    order = []
    stack = [(0, rows, 0, cols, False)]
    while stack:
        r0, r1, c0, c1, is_separator = stack.pop()
        h, w = r1 - r0, c1 - c0
        if h <= 0 or w <= 0:
            continue
        if is_separator or h * w <= leaf:
            order.append((r0, r1, c0, c1))
            continue
        # Children pushed after their separator pop first: the halves come before the separator.
        if h >= w:
            mid = r0 + h // 2
            stack += [(mid, mid + 1, c0, c1, True), (mid + 1, r1, c0, c1, False), (r0, mid, c0, c1, False)]
        else:
            mid = c0 + w // 2
            stack += [(r0, r1, mid, mid + 1, True), (r0, r1, mid + 1, c1, False), (r0, r1, c0, mid, False)]
    start = 0
    for r0, r1, c0, c1 in order:
        n = (r1 - r0) * (c1 - c0)
        rank[r0:r1, c0:c1] = np.arange(start, start + n).reshape(r1 - r0, c1 - c0)
        start += n
    return rank
