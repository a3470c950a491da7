"""Pinch points: current flow restricted to each least-cost corridor (McRae 2012, Linkage Mapper
Pinchpoint Mapper; McRae et al. 2008).

For every link between two cores, the resistance raster is cut to the corridor of that link
(a normalized least-cost corridor NLCC = CWD_A + CWD_B - LCD_AB at most CUTOFF cost units,
computed here, or a given corridor raster below the cutoff), the two cores are short-circuited
as focal regions and 1 A is passed between them (Circuitscape pairwise). The per-link current
maps are mosaicked by maximum; each link gets its effective resistance.

Cost distances come from the project's one search (``costdistance.CostSearch``, 8 neighbours): mean of
the two cells' resistance x step length (1 or sqrt(2) cells) x cell size, i.e. cost in resistance x map
units, as Linkage Mapper.
No Qt/QGIS imports.
"""

from dataclasses import dataclass, field

import numpy as np

from . import circuit
from .costdistance import CostSearch, prepare_resistance
from .errors import BdError, InputError
from .progress import raise_if_cancelled


@dataclass
class LinkResult:
    core_a: int
    core_b: int
    effective_resistance: float
    least_cost_distance: float
    corridor_cells: int


@dataclass
class PinchResult:
    current: np.ndarray
    links: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def pinch_points(resistance, valid, cores, links, cutoff, cellsize, corridor=None, four_neighbours=False,
                 avg_resistances=True, progress=None, is_cancelled=None):
    """Per-link current within the corridor of each link, mosaicked by maximum.

    ``cores`` is a grid of core ids (0 = none); ``links`` a list of (id_a, id_b). ``corridor``
    (optional) is a corridor raster on the same grid (e.g. a mosaic of NLCC): when given, the
    corridor of every link is its cells at most ``cutoff``; otherwise the link's own NLCC is
    computed here. Core cells are set to nodata (NaN) in the current map, as Linkage Mapper does.
    """
    if not cutoff > 0:
        raise InputError("The corridor cutoff must be positive (cost units).")
    conductance = circuit.conductance_from_resistance(resistance, valid)
    usable = conductance > 0
    core_ids = sorted(set(int(i) for i in np.unique(cores)) - {0})
    missing = sorted({a for pair in links for a in pair} - set(core_ids))
    if missing:
        raise InputError("Link(s) name core id(s) {ids} that are not in the cores layer or lie outside the "
                         "resistance raster.", ids=", ".join(str(m) for m in missing))
    search = None
    if corridor is None:
        search = CostSearch(prepare_resistance(resistance, valid=usable), 8, (cellsize, cellsize), "map")
    cwd = {}
    current = np.zeros(resistance.shape)
    result = PinchResult(current)
    opts = circuit.Options(four_neighbours=four_neighbours, avg_resistances=avg_resistances)
    for n, (a, b) in enumerate(links):
        raise_if_cancelled(is_cancelled)
        in_a, in_b = cores == a, cores == b
        lcd = float("nan")
        if corridor is None:
            for core in (a, b):
                if core not in cwd:
                    cells = (cores == core) & usable
                    if not cells.any():
                        raise InputError("Core {id} lies entirely on nodata cells of the resistance raster.", id=core)
                    cwd[core] = search.run(cells, is_cancelled=is_cancelled).cost
            lcd = float(np.min(cwd[a][in_b & usable])) if (in_b & usable).any() else float("inf")
            if not np.isfinite(lcd):
                result.links.append(LinkResult(a, b, -1.0, -1.0, 0))
                result.warnings.append(BdError("Cores {a} and {b} are not connected.", a=a, b=b))
                continue
            nlcc = cwd[a] + cwd[b] - lcd
            mask = nlcc <= cutoff
        else:
            mask = np.isfinite(corridor) & (corridor <= cutoff)
        mask |= in_a | in_b
        link_conductance = np.where(mask, conductance, 0.0)
        focal = np.where(in_a, 1, np.where(in_b, 2, 0))
        res = circuit.pairwise(link_conductance, circuit.points_from_grid(focal), opts=opts)
        r = float(res.resistances[0, 1])
        if r < 0:
            result.warnings.append(BdError("Cores {a} and {b} are not connected within the corridor cutoff.",
                                           a=a, b=b))
        link_current = np.where(in_a | in_b, 0.0, res.cum_current)
        np.maximum(current, link_current, out=current)
        result.links.append(LinkResult(a, b, r, lcd if corridor is None else -1.0,
                                       int((mask & usable & ~in_a & ~in_b).sum())))
        if progress is not None:
            progress((n + 1) / max(1, len(links)))
    result.current = np.where(cores > 0, np.nan, np.where(usable, current, np.nan))
    return result
