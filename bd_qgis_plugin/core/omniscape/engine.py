"""The run: strips of target rows, their windows solved in threads, the maps written strip by strip.

Targets sit on Omniscape's lattice: the centre of every ``block_size`` × ``block_size`` block whose strength (the
sum of the target layer over the block) is positive. The raster is processed in strips of target rows: a strip
reads the input rows its windows reach (``radius`` + ``buffer`` above and below), its windows are solved in a
pool of threads (SuperLU and the sparse products release the GIL; never processes, which QGIS does not allow
inside its Python), and the rows of the maps no later window reaches are handed to the sink and forgotten. Memory
is thus bounded by a strip (a few window heights of the raster's width) and the windows being solved, not by
the raster. Results are summed in target order, so a run gives the same maps whatever the number of threads.
"""

import math
import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from ..errors import Cancelled
from ..raster_io import RasterWriter, Window
from .window import WindowSolver, window_sources

#: Outputs a sink may receive, in the order ``write`` takes them.
MAPS = ("current", "flow_potential", "normalized")


def default_threads():
    return max(1, min(os.cpu_count() or 1, 8))


def run(job, sink, progress=None, is_cancelled=None, threads=None):
    """Solve every window of ``job`` (checked first) and hand the maps to ``sink`` strip by strip.

    Returns a dict of figures (targets solved, lattice size, threads, factorisation cache hits). On cancel or
    error the sink is aborted (no partial output) and :class:`..errors.Cancelled` (or the error) is raised.
    """
    job.check()
    s = job.settings
    nrows, ncols = job.resistance.shape
    big, br, bs = s.window_radius, s.block_radius, s.block_size
    halo = max(big, br)
    threads = threads or default_threads()
    resistance = job.resistance_layer()
    conductance = job.conductance_layer()
    sources = job.source_layer()
    targets = job.target_layer() if job.targets is not None else None
    target_rows = list(range(br, nrows - br, bs))
    target_cols = list(range(br, ncols - br, bs))
    per_strip = max(1, math.ceil(2 * big / bs))
    strips = [target_rows[i:i + per_strip] for i in range(0, len(target_rows), per_strip)]
    total = max(1, len(target_rows) * len(target_cols))
    stats = {"targets": 0, "lattice": len(target_rows) * len(target_cols), "threads": threads}
    windows = WindowSolver(s, nrows, ncols)
    acc = _Accumulator(ncols, s.needs_flow_potential)
    done = 0
    sink.start(job, nrows, ncols)
    try:
        with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="omniscape") as pool:
            for index, strip in enumerate(strips):
                b0, b1 = max(strip[0] - halo, 0), min(strip[-1] + halo, nrows - 1) + 1
                band_g = conductance.rows(b0, b1)
                band_s = sources.rows(b0, b1)
                band_t = band_s if targets is None else targets.rows(b0, b1)
                band_c = [(c, c.present.rows(b0, b1), (c.future or c.present).rows(b0, b1))
                          for c in job.conditions]
                acc.extend_to(min(strip[-1] + big, nrows - 1) + 1)

                def solve(task, band_g=band_g, band_s=band_s, band_c=band_c, b0=b0):
                    ty, tx, amps = task
                    src, bounds, gy, gx = window_sources(band_s, b0, ty, tx, amps, s, nrows, ncols, band_c)
                    y0, y1, x0, x1 = bounds
                    current, potential = windows.solve(band_g[y0 - b0:y1 - b0, x0:x1], src, gy, gx, ty, tx)
                    return bounds, current, potential

                tasks = _tasks(strip, target_cols, band_t, b0, br, nrows, ncols)
                for item in _ordered(pool, solve, tasks, threads):
                    if is_cancelled is not None and is_cancelled():
                        raise Cancelled()
                    if item is None:  # a lattice cell without strength: nothing to solve
                        done += 1
                    else:
                        (y0, y1, x0, x1), current, potential = item
                        acc.add(y0, y1, x0, x1, current, potential)
                        stats["targets"] += 1
                        done += 1
                    if progress is not None:
                        progress(min(1.0, done / total))
                final = (strips[index + 1][0] - big) if index + 1 < len(strips) else nrows
                acc.flush(final, resistance, s, sink)
            acc.extend_to(nrows)
            acc.flush(nrows, resistance, s, sink)
    except BaseException:
        sink.abort()
        raise
    finally:
        job.close()
    sink.finish()
    stats.update(factor_cache_hits=windows.factors.hits, factor_cache_misses=windows.factors.misses)
    return stats


def _tasks(strip, target_cols, band_t, b0, br, nrows, ncols):
    """(ty, tx, amps) of each lattice cell of the strip, or None where the block has no strength."""
    for ty in strip:
        rows = band_t[ty - br - b0:min(ty + br, nrows - 1) + 1 - b0]
        for tx in target_cols:
            amps = float(np.nansum(rows[:, tx - br:min(tx + br, ncols - 1) + 1]))
            yield (ty, tx, amps) if amps > 0 else None


def _ordered(pool, function, tasks, threads):
    """``function(task)`` for each task, in the pool, results yielded in task order; at most a few tasks ahead
    are in flight (bounded memory, prompt cancel). None tasks pass through as None."""
    pending = deque()
    ahead = 2 * threads + 2
    tasks = iter(tasks)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < ahead:
                task = next(tasks, StopIteration)
                if task is StopIteration:
                    exhausted = True
                elif task is None:
                    pending.append(None)
                else:
                    pending.append(pool.submit(function, task))
            if not pending:
                return
            head = pending.popleft()
            yield None if head is None else head.result()
    finally:
        for future in pending:
            if future is not None:
                future.cancel()


class _Accumulator:
    """Cumulative current (and flow potential) of the rows windows still reach: rows ``top`` to ``top + len``."""

    def __init__(self, ncols, with_potential):
        self.ncols, self.with_potential, self.top = ncols, with_potential, 0
        self.current = np.zeros((0, ncols))
        self.potential = np.zeros((0, ncols)) if with_potential else None

    def extend_to(self, bottom):
        more = bottom - (self.top + self.current.shape[0])
        if more > 0:
            self.current = np.vstack([self.current, np.zeros((more, self.ncols))])
            if self.with_potential:
                self.potential = np.vstack([self.potential, np.zeros((more, self.ncols))])

    def add(self, y0, y1, x0, x1, current, potential):
        if current is not None:
            self.current[y0 - self.top:y1 - self.top, x0:x1] += current
        if potential is not None:
            self.potential[y0 - self.top:y1 - self.top, x0:x1] += potential

    def flush(self, final, resistance, settings, sink):
        """Hand rows ``top`` … ``final`` (exclusive), which no later window reaches, to the sink."""
        n = min(final, self.top + self.current.shape[0]) - self.top
        if n <= 0:
            return
        r0 = self.top
        current = self.current[:n]
        potential = normalized = None
        if self.with_potential:
            potential = self.potential[:n]
            with np.errstate(divide="ignore", invalid="ignore"):
                normalized = current / potential
            normalized[np.isnan(normalized)] = 0.0  # 0 / 0 (no current, no potential), as Omniscape
        if settings.mask_nodata:
            valid = np.isfinite(resistance.rows(r0, r0 + n))
        else:
            valid = np.ones((n, self.ncols), dtype=bool)
        sink.write(r0, {"current": current, "flow_potential": potential, "normalized": normalized}, valid)
        self.current = self.current[n:]
        if self.with_potential:
            self.potential = self.potential[n:]
        self.top += n


class ArraySink:
    """The maps as whole arrays (NaN = nodata): tests, validation, scripts."""

    def __init__(self):
        self.maps = {}

    def start(self, job, nrows, ncols):
        wanted = {"current": True, "flow_potential": job.settings.flow_potential,
                  "normalized": job.settings.normalized_current}
        self.maps = {name: np.full((nrows, ncols), np.nan) for name, on in wanted.items() if on}

    def write(self, r0, maps, valid):
        for name, array in self.maps.items():
            array[r0:r0 + valid.shape[0]] = np.where(valid, maps[name], np.nan)

    def abort(self):
        self.maps = {}

    def finish(self):
        pass


class RasterSink:
    """GeoTIFFs (float32, nodata -9999, the resistance's grid and CRS), each written strip by strip and renamed
    into place only when the run completes (:class:`..raster_io.RasterWriter`)."""

    NODATA = -9999.0

    def __init__(self, paths, grid, descriptions=None):
        self.paths = {name: path for name, path in paths.items() if path}
        self.grid = grid
        self.descriptions = descriptions or {}
        self.writers = {}

    def start(self, job, nrows, ncols):
        for name, path in self.paths.items():
            self.writers[name] = RasterWriter(path, self.grid, 1, "float32", nodata=self.NODATA,
                                              descriptions=[self.descriptions.get(name, name)])

    def write(self, r0, maps, valid):
        for name, writer in self.writers.items():
            writer.write(Window(0, r0, valid.shape[1], valid.shape[0]), maps[name], valid)

    def abort(self):
        for writer in self.writers.values():
            writer.abort()
        self.writers = {}

    def finish(self):
        for writer in self.writers.values():
            writer.commit()
        self.writers = {}


__all__ = ["MAPS", "ArraySink", "RasterSink", "default_threads", "run"]
