"""Benchmark: Omniscape (bd:omniscape's core) against a plain per-window ``scipy.sparse.linalg.spsolve`` loop.

Input (issue 20): 1000 × 1000 cells of random 1-100 resistance (the circuit benchmark's generated GeoTIFF), radius
50 cells, block size 9, sources from the resistance (1 / R), flow potential and normalized current on, the
block-artefact correction on (Omniscape's defaults). Goal: ours ≤ 0.2 × the loop's time, ≤ 2 GB, the same maps
(relative difference ≤ 1e-6), ≤ 10 min on 2 cores.

The anchor is what one writes first in Python: for every target, build the window's Laplacian with scipy, remove
the ground, ``spsolve`` it (SuperLU with its default ordering), compute Circuitscape's cell currents, the same for
the uniform window of the flow potential, all maps held whole. It follows the same Omniscape rules (the core's
:func:`window_sources` and :func:`correction_array`, with its own solve), so only the solving differs. Ours reads
the GeoTIFF strip by strip, solves the windows in threads (nested-dissection order, patterns and the
flow-potential factorisation reused) and writes GeoTIFFs strip by strip.

Sizes: ``BD_BENCH_OMNISCAPE_SIZES`` (default 500,1000,2000; ours at each, for the growth of time and memory),
``BD_BENCH_OMNISCAPE_ANCHOR`` (default 1000: the size at which the loop runs beside ours; 0 = never).
"""

import json
import os
import sys

import numpy as np

RADIUS, BLOCK = 50, 9
GOAL_RATIO, GOAL_MB, GOAL_SECONDS = 0.2, 2048.0, 600.0

ANCHOR_CODE = r'''
import sys, json, time
sys.path.insert(0, %(plugins)r)
import numpy as np
import scipy.sparse as sp
from scipy.sparse import csgraph
from scipy.sparse.linalg import spsolve
from bd_qgis_plugin.core import circuit
from bd_qgis_plugin.core.omniscape import Settings
from bd_qgis_plugin.core.omniscape.window import correction_array, window_sources
from osgeo import gdal

s = Settings(radius=%(radius)d, block_size=%(block)d, source_from_resistance=True, flow_potential=True,
             normalized_current=True)
resistance = gdal.Open(%(src)r).ReadAsArray().astype(np.float64)
nrows, ncols = resistance.shape
conductance = 1.0 / resistance
sources = conductance.copy()
big, br, bs = s.window_radius, s.block_radius, s.block_size

def plain_solve(g, src, gy, gx):
    """Laplacian of the window built with scipy, ground removed, spsolve, Circuitscape's cell currents."""
    h, w = g.shape
    g = np.where(g > 0, g, 0.0)
    n = h * w
    idx = np.arange(n).reshape(h, w)
    pairs = [(idx[:, :-1], idx[:, 1:], 1.0), (idx[:-1, :], idx[1:, :], 1.0),
             (idx[:-1, :-1], idx[1:, 1:], 2 ** -0.5), (idx[:-1, 1:], idx[1:, :-1], 2 ** -0.5)]
    a = np.concatenate([p[0].ravel() for p in pairs]); b = np.concatenate([p[1].ravel() for p in pairs])
    f = np.concatenate([np.full(p[0].size, p[2]) for p in pairs])
    gf = g.ravel(); wgt = (gf[a] + gf[b]) / 2 * f
    keep = (gf[a] > 0) & (gf[b] > 0)
    a, b, wgt = a[keep], b[keep], wgt[keep]
    adj = sp.coo_matrix((np.r_[wgt, wgt], (np.r_[a, b], np.r_[b, a])), shape=(n, n)).tocsr()
    ground = gy * w + gx
    valid = gf > 0
    if not valid[ground]:
        return None
    rhs = np.where(valid, src.ravel(), 0.0); rhs[ground] = 0.0
    _, labels = csgraph.connected_components(adj, directed=False)
    active = valid & (labels == labels[ground]); active[ground] = False
    if not rhs[active].any():
        return None
    lap = (sp.diags(np.asarray(adj.sum(axis=1)).ravel()) - adj).tocsr()
    nodes = np.flatnonzero(active)
    v = np.zeros(n)
    v[nodes] = spsolve(lap[nodes][:, nodes].tocsc(), rhs[nodes])
    return circuit.node_currents(sp.triu(adj, k=1).tocoo(), v).reshape(h, w)

correction = correction_array(s, nrows, ncols, plain_solve)
cum = np.zeros((nrows, ncols)); fp = np.zeros((nrows, ncols))
t0 = time.perf_counter(); count = 0
for ty in range(br, nrows - br, bs):
    for tx in range(br, ncols - br, bs):
        amps = sources[ty - br:ty + br + 1, tx - br:tx + br + 1].sum()
        src, (y0, y1, x0, x1), gy, gx = window_sources(sources, 0, ty, tx, amps, s, nrows, ncols)
        yy, xx = np.ogrid[0:y1 - y0, 0:x1 - x0]
        g = np.where((yy - gy) ** 2 + (xx - gx) ** 2 <= big * big, conductance[y0:y1, x0:x1], 0.0)
        cur = plain_solve(g, src, gy, gx)
        pot = plain_solve(np.ones(g.shape), src, gy, gx)
        full = 2 * big + 1; h, w = g.shape
        lx, ux, ly, uy = 0, full, 0, full
        if tx + 1 > ncols - big: ux = w
        if tx + 1 < big + 1: lx = ux - w
        if ty + 1 > nrows - big: uy = h
        if ty + 1 < big + 1: ly = uy - h
        cut = correction[ly:uy, lx:ux]
        if cur is not None: cum[y0:y1, x0:x1] += cur * cut
        if pot is not None: fp[y0:y1, x0:x1] += pot * cut
        count += 1
with np.errstate(divide="ignore", invalid="ignore"):
    norm = cum / fp
norm[np.isnan(norm)] = 0.0
np.savez(%(out)r, current=cum, flow_potential=fp, normalized=norm)
json.dump({"windows": count}, open(%(report)r, "w"))
'''

OURS_CODE = r'''
import sys, json
sys.path.insert(0, %(plugins)r)
from bd_qgis_plugin.core import omniscape
from bd_qgis_plugin.core.raster_io import RasterReader
s = omniscape.Settings(radius=%(radius)d, block_size=%(block)d, source_from_resistance=True, flow_potential=True,
                       normalized_current=True)
job = omniscape.Job(s, omniscape.Layer(%(src)r))
with RasterReader(%(src)r) as r:
    grid = r.grid
sink = omniscape.RasterSink({"current": %(cur)r, "flow_potential": %(fp)r, "normalized": %(norm)r}, grid)
stats = omniscape.run(job, sink, threads=%(threads)d)
json.dump(stats, open(%(report)r, "w"))
'''


def _measure_cpu(measure, cmd):
    """(wall s, peak MB) of ``measure`` and the CPU seconds (user + system) the child used: on a machine shared
    with other work the wall time of a single-threaded loop stretches more than a threaded run's, the CPU time
    does not."""
    before = os.times()
    wall, peak = measure(cmd)
    after = os.times()
    return wall, peak, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def _maps_agree(ours_paths, anchor_npz):
    """Largest relative difference (‖ours − anchor‖ / ‖anchor‖) over the three maps."""
    from osgeo import gdal

    anchor = np.load(anchor_npz)
    worst = 0.0
    for name, path in ours_paths.items():
        ours = gdal.Open(path).ReadAsArray().astype(np.float64)
        ref = anchor[name].astype(np.float32).astype(np.float64)  # ours is stored as float32
        worst = max(worst, float(np.linalg.norm(ours - ref) / np.linalg.norm(ref)))
    return worst


def bench_omniscape(args):
    from bench_circuit import generate_resistance, resistance_path
    from run import PLUGINS, PY, measure, remove, row  # noqa: PLC0415 - run.py imports this module

    sizes = [int(x) for x in os.environ.get("BD_BENCH_OMNISCAPE_SIZES", "500,1000,2000").split(",") if x]
    anchor_size = int(os.environ.get("BD_BENCH_OMNISCAPE_ANCHOR", "1000"))
    threads = int(os.environ.get("BD_BENCH_OMNISCAPE_THREADS", str(os.cpu_count() or 2)))
    rows = []
    for size in sizes:
        src = resistance_path(args.workdir, size)
        if generate_resistance(src, size):
            print(f"[bench] generated {src}", file=sys.stderr)
        outs = {k: os.path.join(args.workdir, f"omniscape_{k}_{size}.tif")
                for k in ("current", "flow_potential", "normalized")}
        report = os.path.join(args.workdir, f"omniscape_{size}.json")
        code = OURS_CODE % dict(plugins=PLUGINS, radius=RADIUS, block=BLOCK, src=src, cur=outs["current"],
                                fp=outs["flow_potential"], norm=outs["normalized"], threads=threads, report=report)
        cmd = [PY, "-c", code]
        *ours, ours_cpu = _measure_cpu(measure, cmd)
        with open(report, encoding="utf-8") as fh:
            stats = json.load(fh)
        print(f"[bench] omniscape {size}²: ours {ours[0]:.1f} s ({ours_cpu:.0f} s CPU), {ours[1]:.0f} MB, "
              f"{stats['targets']} windows, {threads} threads", flush=True)
        anchor = None
        check = f"{stats['targets']} windows, {threads} threads, {ours_cpu:.0f} s CPU"
        if size == anchor_size:
            npz = os.path.join(args.workdir, f"omniscape_anchor_{size}.npz")
            areport = os.path.join(args.workdir, f"omniscape_anchor_{size}.json")
            acode = ANCHOR_CODE % dict(plugins=PLUGINS, radius=RADIUS, block=BLOCK, src=src, out=npz,
                                       report=areport)
            acmd = [PY, "-c", acode]
            *anchor, anchor_cpu = _measure_cpu(measure, acmd)
            diff = _maps_agree(outs, npz)
            ratio = ours[0] / anchor[0]
            met = ratio <= GOAL_RATIO and ours[1] <= GOAL_MB and ours[0] <= GOAL_SECONDS and diff <= 1e-6
            check = (f"maps rel. diff {diff:.1e} (float32 output); {ratio:.3f}× the loop's time "
                     f"({ours_cpu / anchor_cpu:.3f}× its CPU time, {anchor_cpu:.0f} s); goal ≤ "
                     f"{GOAL_RATIO}×, ≤ {GOAL_MB:.0f} MB, ≤ {GOAL_SECONDS:.0f} s, ≤ 1e-6: "
                     f"{'met' if met else 'NOT met'}; {check}")
            print(f"[bench] omniscape {size}²: spsolve loop {anchor[0]:.1f} s, {anchor[1]:.0f} MB; {check}",
                  flush=True)
            rows.append(row("omniscape", size, "spsolve loop (anchor)", anchor, acmd, check=f"{anchor_cpu:.0f} s CPU"))
            if not args.keep:
                remove(npz, areport)
        rows.insert(len(rows) - (1 if anchor else 0),
                    row("omniscape", size, "bd (ours)", ours, cmd,
                        ("spsolve loop", tuple(anchor)) if anchor else None, check))
        if not args.keep:
            remove(report, *outs.values())
    return rows
