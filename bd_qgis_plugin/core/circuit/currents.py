"""Currents of a solved circuit: Circuitscape's cell current, and the maps and tables a run produces.

The cell current of a map is Circuitscape's: for every node the larger of the total current flowing in and the
total current flowing out (ground currents included), so a current source of 1 A reads 1.
"""

from dataclasses import dataclass, field

import numpy as np


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


class MapAccumulator:
    """Cumulative (and maximum) current of the solves of a run; per-pair maps kept on request."""

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
