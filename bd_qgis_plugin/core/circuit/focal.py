"""Focal nodes: ``(rows, cols, ids)`` of focal cells, in Circuitscape's order, checked against the grid."""

import numpy as np

from ..errors import BdError, InputError


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


def check_points(points, shape):
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


def focal_warnings(points, node_map):
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
