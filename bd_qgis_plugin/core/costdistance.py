"""Accumulated cost distance on a resistance grid, least-cost paths and least-cost corridors.

Edge rule (one for the whole plugin, as GRASS r.cost, ArcGIS Cost Distance and Circuitscape use it):
the cost of a step between two neighbouring cells is the mean of their resistances times the step
length — 1, √2 or, with 16 neighbours, √5 (knight's move) cells. Lengths are counted in map units
(× cell size; ArcGIS and Linkage Mapper, the default) or in cells (GRASS r.cost).

The search is Dijkstra's algorithm (Dijkstra 1959) on the grid, in C (``native/grid_dijkstra.c``, built by
``make compile`` for Linux and Windows, loaded with ctypes): the moves are computed from the grid on the fly,
about 13 bytes per cell, and the search reports progress and can be cancelled. Where the compiled library is
not available (another platform) the same search runs in scipy's ``csgraph.dijkstra`` on a sparse graph of the
moves, for 8 and 16 neighbours alike. Both give the same costs; they may pick a different one of two equally
cheap paths.

Least-cost corridors follow Linkage Mapper (McRae & Kavanagh 2011): cost-weighted distance CWD_i from
every core, least-cost distance LCD_ij = min of CWD_i over core j, normalized least-cost corridor
NLCC_ij = CWD_i + CWD_j − LCD_ij, mosaicked by minimum and truncated at a cutoff.

No Qt/QGIS here: numpy, scipy (only without the C search), GDAL/OGR and the C search.
"""

import math
import threading
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, ogr

from .errors import Cancelled, InputError, thousands, translatable
from .memory import check_memory
from .native import grid_dijkstra
from .progress import Steps
from .raster_io import Window, limited_block_cache
from .rasterize import FeatureCells, rasterize_features

gdal.UseExceptions()
ogr.UseExceptions()

#: Offsets (row, col) of the 8 queen's moves and the 8 knight's moves, GRASS r.cost -k order aside.
QUEEN = ((-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1))
KNIGHT = ((-2, 1), (-1, 2), (1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1))
UNITS = ("map", "cells")
#: Rough peak bytes per cell of one search: the C search (float32 resistance, float64 cost, int8 move, the
#: caller's arrays); the library fallback (inputs as float64, result, predecessors, library work arrays).
NATIVE_BYTES_PER_CELL = 40
BYTES_PER_CELL = {8: 110, 16: 400}  # 8: measured peak RSS at 4 M cells
#: Back-direction value at a source cell (other cells: degrees counterclockwise from east, 1–360, as GRASS).
SOURCE_DIRECTION = 0.0


@dataclass
class CostSurface:
    """Result of :func:`cost_distance`: arrays of the grid's shape.

    ``cost`` (float64, inf where unreachable, a barrier or beyond ``max_cost``); ``allocation`` (int32 id
    of the source reached, 0 where unreachable; None unless asked for); :attr:`predecessor` (int64 flat
    index of the previous cell on the least-cost path, −1 at sources and unreachable cells), built on demand
    from the search's compact traceback (``step``: index into ``delta``, the flat offset of each move).
    """

    cost: np.ndarray
    allocation: object = None
    step: object = None
    delta: object = None
    flat_predecessor: object = None
    units: str = "map"
    moves: object = None  # (row, col) offset of each ``step`` index, when known

    @property
    def predecessor(self):
        if self.flat_predecessor is None:
            step = self.step
            predecessor = np.arange(step.size, dtype="int64")
            predecessor -= self.delta[step]
            predecessor[step < 0] = -1
            self.flat_predecessor = predecessor
        return self.flat_predecessor.reshape(self.cost.shape)

    def _previous(self, index):
        if self.flat_predecessor is not None:
            return int(self.flat_predecessor[index])
        move = int(self.step[index])
        return -1 if move < 0 else index - int(self.delta[move])

    def direction(self):
        """Back-direction in degrees counterclockwise from east, pointing to the previous cell on the way
        back to the source, as GRASS r.cost's ``outdir``: east is 360, knight's moves are 22.5, 67.5, …;
        0 at sources, NaN where unreachable (float32)."""
        reached = np.isfinite(self.cost.ravel())
        if self.step is not None and self.moves is not None:
            # One angle per move, looked up by the move that reached each cell (−1, no move, → NaN).
            rows = np.array([-dr for dr, _ in self.moves], dtype=float)
            cols = np.array([-dc for _, dc in self.moves], dtype=float)
            table = np.append(_back_angle(rows, cols), np.nan).astype("float32")
            out = table[self.step]
            out[(self.step < 0) & reached] = SOURCE_DIRECTION
            return out.reshape(self.cost.shape)
        rows, cols = self.cost.shape
        flat = np.arange(rows * cols)
        pred = self.predecessor.ravel()
        has = pred >= 0
        out = np.full(rows * cols, np.nan, dtype="float32")
        out[has] = _back_angle((pred[has] // cols) - (flat[has] // cols), (pred[has] % cols) - (flat[has] % cols))
        out[(pred < 0) & reached] = SOURCE_DIRECTION
        return out.reshape(rows, cols)

    def path_to(self, cell):
        """Cells (row, col) of the least-cost path from a source to ``cell``, source first."""
        rows, cols = self.cost.shape
        index = int(cell[0]) * cols + int(cell[1])
        if not np.isfinite(self.cost.flat[index]):
            return []
        path = [index]
        while (index := self._previous(index)) >= 0:
            path.append(index)
            if len(path) > rows * cols:  # a cycle would be a bug in the search, never an endless loop
                raise RuntimeError("cycle in least-cost predecessors")
        return [(i // cols, i % cols) for i in reversed(path)]


def _back_angle(d_row, d_col):
    """Degrees counterclockwise from east of the offset (d_row, d_col) to the previous cell, binned to 22.5°
    as GRASS does for knight's moves (296.6° → 292.5°); east is 360, not 0 (0 marks a source)."""
    angle = np.mod(np.degrees(np.arctan2(-np.asarray(d_row, float), np.asarray(d_col, float))), 360.0)
    angle = np.round(angle / 22.5) * 22.5
    return np.where(angle == 0.0, 360.0, angle)


def check_search_memory(cells, neighbours=8, surfaces=1, limit=None):
    """Refuse early (:func:`memory.check_memory`, with the estimate) a search on ``cells`` cells that would not fit.

    ``surfaces`` is the number of cost surfaces kept at once (one per core for corridors); ``limit``
    defaults to 80 % of the memory available now.
    """
    per_cell = NATIVE_BYTES_PER_CELL if grid_dijkstra() is not None else BYTES_PER_CELL[neighbours]
    return check_memory(cells * (per_cell + 8 * max(0, surfaces - 1)),
                        translatable("The grid has {cells} cells; this analysis needs about {need} MB of memory but "
                                     "only {free} MB are available. Use a coarser resolution (e.g. Resample), clip "
                                     "the resistance raster to the study area, use 8 neighbours or fewer cores."),
                        limit=limit, share=0.8, cells=thousands(cells))


def _where(mask, geotransform, limit=5):
    """Text naming the first cells of ``mask``: map coordinates when a geotransform is given, else row/col."""
    rows, cols = np.nonzero(mask)
    places = []
    for r, c in zip(rows[:limit], cols[:limit]):
        if geotransform:
            x = geotransform[0] + (c + 0.5) * geotransform[1] + (r + 0.5) * geotransform[2]
            y = geotransform[3] + (c + 0.5) * geotransform[4] + (r + 0.5) * geotransform[5]
            places.append(f"({x:.1f}, {y:.1f})")
        else:
            places.append(f"row {r}, column {c}")
    more = "…" if len(rows) > limit else ""
    return "; ".join(places) + more


def search_dtype():
    """Resistance dtype the search works on: float32 for the C search, float64 for the library fallback."""
    return "float32" if grid_dijkstra() is not None else "float64"


def prepare_resistance(resistance, valid=None, geotransform=None, dtype=None):
    """Resistance as ``dtype`` (default :func:`search_dtype`) with +inf on barriers (nodata, ``valid``
    False, NaN or +inf); the input is not modified, and not copied when it already fits.

    Zero and negative resistances are refused, naming how many there are and where: a cell that costs
    nothing to cross makes every distance meaningless.
    """
    given = np.asarray(resistance)
    with np.errstate(over="ignore"):
        data = np.asarray(given, dtype=dtype or search_dtype())
    barrier = ~np.isfinite(data)
    if data.dtype != given.dtype and given.dtype.kind == "f":
        overflow = barrier & np.isfinite(given)
        if overflow.any():
            raise InputError("The resistance raster has {count} cell(s) above {limit:g}, e.g. at {where}: rescale the "
                             "resistances (only their ratios matter for corridors).", count=int(overflow.sum()),
                             limit=float(np.finfo(data.dtype).max), where=_where(overflow, geotransform))
    if valid is not None:
        barrier |= ~np.asarray(valid, dtype=bool)
    bad = (data <= 0) & ~barrier
    if bad.any():
        raise InputError("The resistance raster has {count} cell(s) with zero or negative resistance, e.g. at {where}. "
                         "Resistance must be above 0 (1 = easiest to cross); set those cells to a small positive "
                         "value, or to nodata to make them barriers.", count=int(bad.sum()),
                         where=_where(bad, geotransform))
    del bad
    if barrier.all():
        raise InputError("The resistance raster has no valid cell (all nodata or barrier).")
    to_mark = barrier & (data != np.inf)
    if to_mark.any():
        if np.may_share_memory(data, resistance):
            data = data.copy()
        data[to_mark] = np.inf
    return np.ascontiguousarray(data)


def read_resistance_raster(reader, band=1):
    """Band ``band`` of a :class:`raster_io.RasterReader` as the search's resistance grid: :func:`search_dtype`,
    +inf on nodata (barriers). Read in strips of whole block rows with GDAL's block cache nearly off (each
    block is decoded once either way), so the peak memory is the grid plus one strip, not the grid plus
    GDAL's cached copy of it."""
    out = np.empty((reader.height, reader.width), dtype=search_dtype())
    block_rows = max(1, reader.block_size[1])
    strip_rows = max(block_rows, 512 // block_rows * block_rows)
    with limited_block_cache(4 * 2**20):
        for top in range(0, reader.height, strip_rows):
            rows = min(strip_rows, reader.height - top)
            data, valid = reader.read(Window(0, top, reader.width, rows), [band])
            part = out[top:top + rows]
            part[...] = data[0]
            part[~valid] = np.inf
    return out


def _check_sources(sources, resistance, geotransform):
    sources = np.asarray(sources)
    if sources.shape != resistance.shape:
        raise InputError("The sources ({a}) and the resistance raster ({b}) are not the same size.",
                         a="×".join(map(str, sources.shape)), b="×".join(map(str, resistance.shape)))
    present = sources > 0
    if not present.any():
        raise InputError("No source cell: the sources do not fall on the resistance raster.")
    on_barrier = present & ~np.isfinite(resistance)
    if on_barrier.all() or on_barrier[present].all():
        raise InputError("All {count} source cell(s) lie on nodata/barrier cells of the resistance raster, e.g. at "
                         "{where}.", count=int(on_barrier.sum()), where=_where(on_barrier, geotransform))
    return present & ~on_barrier


def _step_lengths(offsets, cell_size, units):
    dx, dy = (1.0, 1.0) if units == "cells" else (abs(cell_size[0]), abs(cell_size[1]))
    return [math.hypot(r * dy, c * dx) for r, c in offsets]


def cost_distance(resistance, sources, neighbours=8, cell_size=(1.0, 1.0), units="map", max_cost=None,
                  geotransform=None, memory_limit=None, allocate=True, search=None, progress=None,
                  is_cancelled=None):
    """Accumulated cost distance from the source cells (``sources`` > 0; the value is the source id).

    ``resistance``: array with inf/NaN on barriers (see :func:`prepare_resistance`, which this calls).
    ``neighbours``: 8 (queen) or 16 (queen + knight's moves). ``units``: "map" multiplies step lengths by the
    cell size (ArcGIS / Linkage Mapper), "cells" counts them in cells (GRASS r.cost). Cells costing more than
    ``max_cost`` are left unreached. Source cells on barriers are ignored (refused if all are). ``search``: a
    :class:`CostSearch` of this grid to reuse (many sources on one grid). ``progress(fraction)`` and
    ``is_cancelled()`` are polled during the search (C search only). Returns a :class:`CostSurface` (its
    ``allocation`` is None unless ``allocate``).
    """
    if search is None:
        cost = prepare_resistance(resistance, geotransform=geotransform)
        check_search_memory(cost.size, neighbours, limit=memory_limit)
        search = CostSearch(cost, neighbours, cell_size, units)
    sources = np.asarray(sources)
    start = _check_sources(sources, search.resistance, geotransform)
    ids = np.where(start, sources, 0).astype("int32") if allocate else None
    surface = search.run(start, max_cost, progress=progress, is_cancelled=is_cancelled, source_ids=ids)
    if allocate and surface.allocation is None:
        allocation = _allocate(surface.predecessor.ravel(), ids.ravel())
        allocation[~np.isfinite(surface.cost.ravel())] = 0
        surface.allocation = allocation.reshape(start.shape)
    return surface


class CostSearch:
    """A resistance grid (from :func:`prepare_resistance`) made ready for repeated searches, one per source
    set (one per core): the C search, or in its absence scipy's Dijkstra on a sparse graph of the moves
    (8 or 16 neighbours), built once."""

    def __init__(self, resistance, neighbours=8, cell_size=(1.0, 1.0), units="map"):
        if neighbours not in (8, 16):
            raise InputError("Neighbours must be 8 or 16, not {n}.", n=neighbours)
        if units not in UNITS:
            raise InputError("Units must be 'map' or 'cells', not {units}.", units=units)
        self.resistance = resistance
        self.units = units
        self.neighbours = neighbours
        rows, cols = resistance.shape
        self._graph = None
        self._native = grid_dijkstra()
        if self._native is not None:
            self.resistance = np.ascontiguousarray(resistance, dtype="float32")
            moves = QUEEN + KNIGHT
            self._lengths = np.array(_step_lengths(moves, cell_size, units), dtype="float64")
            self._delta = np.array([dr * cols + dc for dr, dc in moves] + [0], dtype="int64")
            self._passable = None  # counted on the first search that reports progress
        else:  # one direction of each move: the graph is undirected
            moves = QUEEN[2:6] if neighbours == 8 else QUEEN[2:6] + KNIGHT[1:5]
            self._graph = _move_graph(resistance, moves, cell_size, units)

    def run(self, start, max_cost=None, progress=None, is_cancelled=None, source_ids=None):
        """:class:`CostSurface` from the boolean ``start`` cells; the C search also fills its ``allocation``
        when given ``source_ids`` (int32 grid, the source id at start cells)."""
        if self._native is not None:
            return self._run_native(start, max_cost, progress, is_cancelled, source_ids)
        from scipy.sparse.csgraph import dijkstra

        cumulative, predecessor, _ = dijkstra(self._graph, directed=False, indices=np.flatnonzero(start),
                                              min_only=True, return_predecessors=True)
        predecessor = predecessor.astype("int64")
        predecessor[predecessor < 0] = -1
        cumulative = cumulative.reshape(start.shape)
        if max_cost is not None:
            beyond = cumulative > max_cost
            cumulative[beyond] = np.inf
            predecessor[beyond.ravel()] = -1
        return CostSurface(cumulative, flat_predecessor=predecessor, units=self.units)

    def _run_native(self, start, max_cost, progress, is_cancelled, source_ids):
        import ctypes

        rows, cols = self.resistance.shape
        start = np.ascontiguousarray(start)
        start = start.view("uint8") if start.dtype == bool else (start != 0).view("uint8")
        cost = np.empty((rows, cols), dtype="float64")
        step = np.empty(rows * cols, dtype="int8")
        allocation = None if source_ids is None else np.array(source_ids, dtype="int32", order="C")
        allocation_pointer = None if allocation is None else allocation.ctypes.data
        cancel, settled = ctypes.c_int32(0), ctypes.c_int64(0)
        limit = math.inf if max_cost is None else float(max_cost)
        status = []

        def search():
            status.append(self._native(rows, cols, self.resistance.ctypes.data, start.ctypes.data, self.neighbours,
                                       self._lengths.ctypes.data, limit, cost.ctypes.data, step.ctypes.data,
                                       allocation_pointer, ctypes.addressof(cancel), ctypes.addressof(settled)))

        if progress is None and is_cancelled is None:
            search()
        else:
            if progress is not None and self._passable is None:
                self._passable = max(1, int(np.isfinite(self.resistance).sum()))
            # ctypes releases the GIL during the call: search in a thread, report and poll cancel from here.
            worker = threading.Thread(target=search, daemon=True)
            worker.start()
            while worker.is_alive():
                worker.join(0.1)
                if is_cancelled is not None and is_cancelled():
                    cancel.value = 1
                if progress is not None:
                    progress(min(1.0, settled.value / self._passable))
        if status[0] == 1:
            raise Cancelled()
        if status[0] == -1:
            raise MemoryError("out of memory in the cost-distance search")
        if status[0] != 0:
            raise RuntimeError(f"cost-distance search failed ({status[0]})")
        return CostSurface(cost, allocation=allocation, step=step, delta=self._delta, units=self.units,
                           moves=QUEEN + KNIGHT)


def _knight_middle(dr, dc):
    """The two cells a knight's move passes between, as offsets from its start (as GRASS r.cost)."""
    sr, sc = int(np.sign(dr)), int(np.sign(dc))
    return ((sr, 0), (sr, dc)) if abs(dr) == 2 else ((0, sc), (dr, sc))


def _move_graph(cost, offsets, cell_size, units):
    """Undirected sparse graph of the moves ``offsets`` (one direction each) between passable cells."""
    from scipy import sparse

    rows, cols = cost.shape
    n = rows * cols
    index = np.arange(n, dtype="int32" if n < 2**31 else "int64").reshape(rows, cols)
    heads, tails, weights = [], [], []

    def window(first_row, first_col, dr, dc, er=0, ec=0):
        return (slice(first_row + er, rows - abs(dr) + first_row + er),
                slice(first_col + ec, cols - abs(dc) + first_col + ec))

    for (dr, dc), length in zip(offsets, _step_lengths(offsets, cell_size, units)):
        r0, c0 = max(0, -dr), max(0, -dc)  # first start cell whose neighbour (dr, dc) is on the grid
        a, b = window(r0, c0, dr, dc), window(r0, c0, dr, dc, dr, dc)
        if abs(dr) + abs(dc) == 3:
            # Knight's move: mean of the four cells it crosses (both ends and the two it passes between),
            # as GRASS r.cost -k; it cannot jump over a barrier.
            (m1r, m1c), (m2r, m2c) = _knight_middle(dr, dc)
            m1, m2 = window(r0, c0, dr, dc, m1r, m1c), window(r0, c0, dr, dc, m2r, m2c)
            w = 0.25 * (cost[a] + cost[b] + cost[m1] + cost[m2]) * length
        else:
            w = 0.5 * (cost[a] + cost[b]) * length
        ok = np.isfinite(w)
        heads.append(index[a][ok])
        tails.append(index[b][ok])
        weights.append(w[ok])
    return sparse.csr_matrix((np.concatenate(weights), (np.concatenate(heads), np.concatenate(tails))),
                             shape=(n, n))


def _allocate(predecessor, source_id):
    """Id of the source each cell's least-cost path starts from, by pointer jumping on the predecessors
    (log₂ of the longest path passes over the grid, all vectorised)."""
    root = np.where(predecessor >= 0, predecessor, np.arange(predecessor.size))
    while True:
        jumped = root[root]
        if np.array_equal(jumped, root):
            break
        root = jumped
    return source_id[root]


# -- least-cost links and corridors ------------------------------------------------------------------------


@dataclass
class Link:
    """A least-cost link between cores ``a`` and ``b`` (core ids as given)."""

    a: object
    b: object
    lcd: float = math.inf  # least-cost distance (cost units); inf when disconnected
    euclidean: float = math.nan  # edge-to-edge distance between the core polygons (map units)
    path: list = field(default_factory=list)  # [(x, y)] cell centres, from core a to core b
    length: float = 0.0  # length of the least-cost path (map units)
    crosses: list = field(default_factory=list)  # ids of other cores the path passes through
    status: str = "ok"  # ok / disconnected / crosses core
    group: int = None  # number (1-based) of the group of cores both cores belong to; None between groups

    @property
    def ratio(self):
        """Cost-weighted distance : Euclidean distance (None when the cores touch or are disconnected)."""
        if not math.isfinite(self.lcd) or not self.euclidean or not math.isfinite(self.euclidean):
            return None
        return self.lcd / self.euclidean


def _euclidean(wkb_a, wkb_b):
    return ogr.CreateGeometryFromWkb(bytes(wkb_a)).Distance(ogr.CreateGeometryFromWkb(bytes(wkb_b)))


def _link_from(surface, core_cells, number_a, number_b, grid, cores):
    target = core_cells.raster == number_b
    values = np.where(target, surface.cost, np.inf)
    best = np.unravel_index(int(np.argmin(values)), values.shape)
    link = Link(cores[number_a - 1][0], cores[number_b - 1][0],
                euclidean=_euclidean(cores[number_a - 1][1], cores[number_b - 1][1]))
    lcd = float(values[best])
    if not math.isfinite(lcd):
        link.status = "disconnected"
        return link
    link.lcd = lcd
    cells = surface.path_to(best)
    link.path = [grid.centre(r, c) for r, c in cells]
    link.length = float(sum(math.dist(p, q) for p, q in zip(link.path, link.path[1:])))
    on_path = {int(core_cells.raster[r, c]) for r, c in cells} - {0, number_a, number_b}
    if on_path:
        link.crosses = [cores[k - 1][0] for k in sorted(on_path)]
        link.status = "crosses core"
    return link


def _reached(surface, core_cells):
    """Numbers of the cores with a cell the search behind ``surface`` reached."""
    reached = core_cells.raster[np.isfinite(surface.cost) & (core_cells.raster > 0)]
    return set(np.unique(reached).tolist())


def _groups(n, joined):
    """Groups of the core numbers 1..n that the pairs ``joined`` connect: sorted lists, ordered by first member."""
    parent = list(range(n + 1))

    def root(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in joined:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups = {}
    for k in range(1, n + 1):
        groups.setdefault(root(k), []).append(k)
    return sorted(groups.values())


def _group_links(links, groups, cores):
    """Set each link's ``group`` (the number of the group holding both its cores, else None)."""
    of = {str(cores[k - 1][0]): number for number, members in enumerate(groups, start=1) for k in members}
    for link in links:
        link.group = of[str(link.a)] if of[str(link.a)] == of[str(link.b)] else None


def least_cost_paths(resistance, grid, cores, pairs="all", neighbours=8, units="map", progress=None,
                     is_cancelled=None, memory_limit=None):
    """Least-cost paths between cores = [(id, WKB polygon)] on a resistance grid (a :class:`raster_io.Grid`).

    ``pairs``: "all" (every pair), "adjacent" (cores whose cost allocation zones touch, as Linkage Mapper's
    cost-distance adjacency) or a list of (id_a, id_b). Returns ([Link], FeatureCells, groups): ``groups`` are
    the groups of cores that paths through passable cells connect, as lists of core ids (one group unless
    barriers split the cores), whatever the pairs asked for; each link's ``group`` is set.
    """
    resistance = prepare_resistance(resistance, geotransform=grid.geotransform)
    check_search_memory(resistance.size, neighbours, limit=memory_limit)
    core_cells = rasterize_features(grid, cores)
    search = CostSearch(resistance, neighbours, grid.cell_size, units)
    number = {str(core_id): k for k, core_id in enumerate(core_cells.ids, start=1)}
    if pairs == "all":
        wanted = [(i, j) for i in range(1, len(cores) + 1) for j in range(i + 1, len(cores) + 1)]
    elif pairs == "adjacent":
        wanted = None
    else:
        wanted = []
        unknown = [f"{a}-{b}" for a, b in pairs if str(a) not in number or str(b) not in number]
        if unknown:
            raise InputError("These pairs name cores that are not in the cores layer: {pairs}.",
                             pairs=", ".join(unknown))
        wanted = sorted({tuple(sorted((number[str(a)], number[str(b)]))) for a, b in pairs if str(a) != str(b)})
    steps = Steps(progress, is_cancelled, len(cores) + 1)
    if wanted is None:
        everything = cost_distance(resistance, core_cells.raster, geotransform=grid.geotransform, search=search,
                                   is_cancelled=is_cancelled)
        wanted = sorted(allocation_adjacency(everything.allocation, neighbours))
        steps.step()
    links, joined, covered = [], set(), set()
    for a in sorted({i for i, _ in wanted}):
        surface = cost_distance(resistance, core_cells.raster == a, geotransform=grid.geotransform, allocate=False,
                                search=search, is_cancelled=is_cancelled)
        links += [_link_from(surface, core_cells, a, b, grid, cores) for i, b in wanted if i == a]
        reached = _reached(surface, core_cells) | {a}
        joined |= {(a, b) for b in reached}
        covered |= reached
        steps.step()
    # cores no search above reached: one search each from those still alone, to tell their group
    for a in range(1, len(cores) + 1):
        if a in covered:
            continue
        covered.add(a)
        if not np.isfinite(search.resistance[core_cells.raster == a]).any():
            continue  # a core wholly on barriers reaches nothing
        surface = cost_distance(resistance, core_cells.raster == a, geotransform=grid.geotransform, allocate=False,
                                search=search, is_cancelled=is_cancelled)
        reached = _reached(surface, core_cells)
        joined |= {(a, b) for b in reached}
        covered |= reached
    groups = _groups(len(cores), joined)
    _group_links(links, groups, cores)
    return links, core_cells, [[cores[k - 1][0] for k in members] for members in groups]


def allocation_adjacency(allocation, neighbours=8):
    """Pairs (a, b), a < b, of allocation zones that touch (queen's case)."""
    pairs = set()
    for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
        rows, cols = allocation.shape
        a = allocation[max(0, -dr):rows - max(0, dr), max(0, -dc):cols - max(0, dc)]
        b = allocation[max(0, dr):rows - max(0, -dr), max(0, dc):cols - max(0, -dc)]
        touch = (a != b) & (a > 0) & (b > 0)
        for x, y in set(zip(a[touch].tolist(), b[touch].tolist())):
            pairs.add((min(x, y), max(x, y)))
    return pairs


@dataclass
class Corridors:
    """Result of :func:`least_cost_corridors`."""

    nlcc: np.ndarray  # float64, min over kept links of CWD_a + CWD_b − LCD_ab; inf where no link reaches
    link_of_cell: np.ndarray  # int32, 1-based index into ``links`` of the link giving the minimum (0: none)
    links: list  # kept links
    dropped: list  # links dropped because their path crosses another core
    disconnected: list  # ids of cores no other core can reach
    core_cells: FeatureCells = None
    #: groups of cores that paths through passable cells connect (lists of core ids; one unless barriers split
    #: them): links and corridors exist only within a group
    groups: list = None


def least_cost_corridors(resistance, grid, cores, max_neighbours=3, neighbours=8, units="map", progress=None,
                         is_cancelled=None, memory_limit=None):
    """Linkage-Mapper-style least-cost corridors between cores = [(id, WKB polygon)].

    For every core the cost-weighted distance CWD; links to each core's ``max_neighbours`` nearest cores by
    least-cost distance; links whose least-cost path passes through a third core are dropped (the two
    cores are then linked through it). NLCC_ab = CWD_a + CWD_b − LCD_ab, mosaicked by minimum (McRae &
    Kavanagh 2011). Cores that barriers separate fall into groups (``Corridors.groups``), never linked to
    each other. Returns :class:`Corridors`.
    """
    resistance = prepare_resistance(resistance, geotransform=grid.geotransform)
    check_search_memory(resistance.size, neighbours, surfaces=len(cores), limit=memory_limit)
    core_cells = rasterize_features(grid, cores)
    n = len(cores)
    if n < 2:
        raise InputError("Corridors need at least two cores; the cores layer has {n}.", n=n)
    steps = Steps(progress, is_cancelled, n + 1)
    search = CostSearch(resistance, neighbours, grid.cell_size, units)
    surfaces, lcd = [], np.full((n, n), np.inf)
    for a in range(1, n + 1):
        surface = cost_distance(resistance, core_cells.raster == a, geotransform=grid.geotransform, allocate=False,
                                search=search, is_cancelled=is_cancelled)
        surfaces.append(surface)
        for b in range(1, n + 1):
            if b != a:
                lcd[a - 1, b - 1] = np.min(surface.cost[core_cells.raster == b])
        steps.step()
    disconnected = [cores[k][0] for k in range(n) if not np.isfinite(np.delete(lcd[k], k)).any()]
    candidates = set()
    for k in range(n):
        order = [j for j in np.argsort(lcd[k], kind="stable") if j != k and np.isfinite(lcd[k, j])]
        candidates |= {(min(k, j) + 1, max(k, j) + 1) for j in order[:max_neighbours]}
    links, dropped = [], []
    nlcc = np.full(resistance.shape, np.inf)
    link_of_cell = np.zeros(resistance.shape, dtype="int32")
    for a, b in sorted(candidates):
        link = _link_from(surfaces[a - 1], core_cells, a, b, grid, cores)
        if link.status != "ok":
            dropped.append(link)
            continue
        links.append(link)
        corridor = surfaces[a - 1].cost + surfaces[b - 1].cost - link.lcd
        # Float rounding only: CWD_a + CWD_b ≥ LCD_ab holds exactly on an undirected graph.
        np.maximum(corridor, 0.0, out=corridor)
        better = corridor < nlcc
        nlcc[better] = corridor[better]
        link_of_cell[better] = len(links)
    steps.step()
    groups = _groups(n, [(a + 1, b + 1) for a in range(n) for b in range(n) if np.isfinite(lcd[a, b])])
    _group_links(links + dropped, groups, cores)
    return Corridors(nlcc, link_of_cell, links, dropped, disconnected, core_cells,
                     [[cores[k - 1][0] for k in members] for members in groups])


def corridor_polygons(corridors, grid, cutoff):
    """Corridor polygons (NLCC ≤ ``cutoff``): [(link index 1-based, WKB multipolygon)] with GDAL Polygonize."""
    within = np.isfinite(corridors.nlcc) & (corridors.nlcc <= cutoff)
    zones = np.where(within, corridors.link_of_cell, 0).astype("int32")
    driver = gdal.GetDriverByName("MEM")
    ds = driver.Create("", grid.width, grid.height, 1, gdal.GDT_Int32)
    ds.SetGeoTransform(grid.geotransform)
    band = ds.GetRasterBand(1)
    band.WriteArray(zones)
    mask_ds = driver.Create("", grid.width, grid.height, 1, gdal.GDT_Byte)
    mask_ds.SetGeoTransform(grid.geotransform)
    mask_ds.GetRasterBand(1).WriteArray((zones > 0).astype("uint8"))
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = mem.CreateLayer("corridors")
    layer.CreateField(ogr.FieldDefn("link", ogr.OFTInteger))
    gdal.Polygonize(band, mask_ds.GetRasterBand(1), layer, 0, [], callback=None)
    merged = {}
    for feature in layer:  # Polygonize's regions never overlap: gather them, no union needed
        key = feature.GetField("link")
        merged.setdefault(key, ogr.Geometry(ogr.wkbMultiPolygon)).AddGeometry(feature.GetGeometryRef())
    return [(key, bytes(merged[key].ExportToWkb())) for key in sorted(merged)]
