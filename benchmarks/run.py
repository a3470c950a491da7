#!/usr/bin/env python3
"""`make bench`: each benchmark runs our code and its anchor tool on the same input, in the same run.

Every measured run is its own child process under ``/usr/bin/time`` (Debian package ``time``; without
it, a small Python wrapper reading ``getrusage(RUSAGE_CHILDREN)`` after its single child), so wall time
and peak resident memory (max RSS) are the child's own, measured the same way for ours and the anchor.
Our code is imported from the checkout, which is the plugin (compiled parts built in place). Results are printed
as a table and written to ``bench_output/results.json``. Speed and memory targets live here, never in
timed tests.

Benchmarks (``--only NAME``):
* indices — NDVI on a generated Sentinel-2-like UInt16 raster (``--bands``, default 10), ours
  (``bd_qgis_plugin.core.indices``) vs GDAL's ``gdal_calc.py`` with the same creation options; also
  ``gdal_calc.py`` with GDAL's block cache capped like ours (64 MB, for information), and all six indices,
  ours vs ``gdal_calc.py`` with six ``--calc``. Sizes 2745², 5490², 10980² (a full Sentinel-2 10 m
  tile): peak memory must stay flat as the raster grows 16×. Outputs are compared with the anchor's.
* zonal — area per zone: 10 overlapping reserve-like polygons on a generated 6-class UInt8 map of the
  largest size, ours (``bd_qgis_plugin.core.zonal``) vs QGIS' ``native:zonalhistogram`` via qgis_process.
* circuit — current flow (Circuitscape pairwise, one pair) on 1000 × 1000 cells of random 1–100
  resistance: time and memory against the goal (≤ 5 s, ≤ 2 GB); no anchor (see bench_circuit.py).
* omniscape — Omniscape (radius 50, block 9, sources from the resistance) on 1000 × 1000 cells, ours vs a
  plain per-window ``scipy.sparse.linalg.spsolve`` loop on the same input, and ours at 500², 1000², 2000² for the
  growth of time and memory (see ``bench_omniscape.py``).
* classification — random forest, 200 trees, on the generated Sentinel-2-like image of the largest size
  with generated training boxes: ours (train, validate on held-out polygons, refit, predict) vs
  remotior-sensus (SCP's engine; fit, predict); the share of pixels where the two maps agree is printed.
* trend — ``bd:habitattrend`` on 10 years of class maps and 10 zones vs 9 runs of ``bd:habitatchange`` on the same
  maps, and on 4 and 7 years (memory flat in the number of years); see ``bench_trend.py``.
* species — a species list of 1,000,000 occurrences over 178 reserves, ours (bd:specieslist) vs
  native:joinattributesbylocation + native:aggregate, both through qgis_process (``bench_species.py``;
  ``BD_BENCH_OCCURRENCES`` sets the size).
* costdistance, corridors — see ``bench_costdistance.py`` (cost distance vs GRASS r.cost at 1 M, 4 M, 16 M
  cells; Linkage-Mapper-style corridors for 10 cores on 4 M cells).

To add a benchmark: write ``bench_NAME(args) -> rows`` and list it in ``BENCHMARKS``. A row is a dict
with benchmark, size, tool, seconds, peak_mb, command; ours' rows add anchor, anchor_seconds,
anchor_peak_mb (for the ratios) and check (agreement with the anchor's output).
"""

import argparse
import json
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = ROOT  # the checkout is the plugin (compiled parts built in place by make compile)
sys.path.insert(0, PLUGINS)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

if not os.path.isdir(os.path.join(PLUGINS, "bd_qgis_plugin")):
    sys.exit("bd_qgis_plugin is missing")

import numpy as np  # noqa: E402
from bench_costdistance import bench_corridors, bench_costdistance  # noqa: E402
from bench_push import bench_push  # noqa: E402
from bench_reef import bench_reef  # noqa: E402
from bench_trend import bench_trend  # noqa: E402
from generate import (  # noqa: E402
    generate_class_map,
    generate_s2_like,
    generate_training,
    generate_zones,
    s2_band_names,
    s2_like_path,
)
from osgeo import gdal  # noqa: E402

from bd_qgis_plugin.core.indices import INDICES, OUTPUT_NODATA  # noqa: E402
from bd_qgis_plugin.core.raster_io import BLOCK_CACHE_BYTES, GTIFF_OPTIONS  # noqa: E402
from bd_qgis_plugin.core.sensors import S2_ROLE_BANDS  # noqa: E402

gdal.UseExceptions()

PY = sys.executable
TIME = "/usr/bin/time"
GDAL_CALC = shutil.which("gdal_calc.py") or "/usr/bin/gdal_calc.py"
# Fallback when GNU time is not installed: the wrapper's only child is the measured command, so
# RUSAGE_CHILDREN's ru_maxrss (the largest waited-for descendant, in KiB on Linux) is the command's own.
_WRAPPER = ("import resource, subprocess, sys, time\n"
            "t = time.monotonic()\n"
            "rc = subprocess.call(sys.argv[1:])\n"
            "wall = time.monotonic() - t\n"
            "sys.stderr.write('BDTIME %.2f %d\\n' % (wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
            "sys.exit(rc)\n")
#: Both sides get the same GDAL threading (decompression/compression of GeoTIFF blocks).
BENCH_ENV = dict(os.environ, GDAL_NUM_THREADS="ALL_CPUS")
#: Agreement with the anchor: max |ours − anchor| on pixels valid in both.
TOLERANCE = 1e-5


def measure(cmd, env=None, timeout=None):
    """Run ``cmd`` as a child process; return (wall seconds, peak RSS MB) of that child alone. With ``timeout``
    (seconds) a run still going then is stopped and ``None`` returned."""
    if os.access(TIME, os.X_OK):
        wrapped = [TIME, "-f", "BDTIME %e %M", *cmd]
    else:
        wrapped = [PY, "-c", _WRAPPER, *cmd]
    # its own process group, so that a run stopped at the timeout is stopped with all its children
    with subprocess.Popen(wrapped, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                          start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            return None
    result = subprocess.CompletedProcess(wrapped, process.returncode, stdout, stderr)
    line = [x for x in result.stderr.splitlines() if x.startswith("BDTIME")]
    if result.returncode != 0 or not line:
        raise RuntimeError(f"{shlex.join(cmd)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    _, wall, rss_kb = line[-1].split()
    return float(wall), int(rss_kb) / 1024.0


def warm_page_cache(path, chunk=64 << 20):
    """Read ``path`` once so that every measured run finds it in the OS page cache (none pays the disk)."""
    with open(path, "rb", buffering=0) as fh:
        while fh.read(chunk):
            pass


def row(benchmark, size, tool, measured, cmd, anchor=None, check=None):
    r = {"benchmark": benchmark, "size": size, "tool": tool, "seconds": measured[0], "peak_mb": measured[1],
         "command": shlex.join(cmd)}
    if anchor is not None:
        name, (seconds, peak) = anchor
        r.update(anchor=name, anchor_seconds=seconds, anchor_peak_mb=peak)
    if check is not None:
        r["check"] = check
    return r


def remove(*paths):
    for path in paths:
        if os.path.exists(path):
            os.remove(path)


# --------------------------------------------------------------------------------------------------
# indices: ours vs gdal_calc.py

def ours_cmd(src, out, indices):
    code = ("import sys; sys.path.insert(0, %r); from bd_qgis_plugin.core.indices import compute_indices; "
            "compute_indices(%r, %r, %r, sensor='S2')" % (PLUGINS, src, out, list(indices)))
    return [PY, "-c", code]


# gdal_calc.py expressions on raw DN, one input letter per role. The normalized differences are scale-free;
# SAVI and EVI have constants meant for reflectance, so DN are scaled by 1e-4 (Sentinel-2 before PB 04.00,
# the "S2" preset ours runs with). Casts avoid UInt16 wrap-around in differences.
_CALC_LETTERS = {"blue": "A", "green": "B", "red": "C", "nir": "D", "swir1": "E"}
_CALC = {
    "NDVI": "(D.astype(numpy.float64) - C) / (D.astype(numpy.float64) + C)",
    "NDWI": "(B.astype(numpy.float64) - D) / (B.astype(numpy.float64) + D)",
    "MNDWI": "(B.astype(numpy.float64) - E) / (B.astype(numpy.float64) + E)",
    "NDMI": "(D.astype(numpy.float64) - E) / (D.astype(numpy.float64) + E)",
    "SAVI": "1.5 * (D * 1e-4 - C * 1e-4) / (D * 1e-4 + C * 1e-4 + 0.5)",
    "EVI": "2.5 * (D * 1e-4 - C * 1e-4) / (D * 1e-4 + 6.0 * C * 1e-4 - 7.5 * A * 1e-4 + 1.0)",
}


def gdal_calc_cmd(src, out, indices, band_names):
    """``gdal_calc.py`` writing ``indices`` (one --calc, i.e. one output band, each) with our creation options."""
    roles = list(dict.fromkeys(role for k in indices for role in INDICES[k].roles))
    cmd = [GDAL_CALC, "--quiet", "--overwrite"]
    for role in roles:
        letter = _CALC_LETTERS[role]
        cmd += [f"-{letter}", src, f"--{letter}_band={band_names.index(S2_ROLE_BANDS[role]) + 1}"]
    for key in indices:
        cmd.append(f"--calc={_CALC[key]}")
    cmd += ["--type=Float32", f"--NoDataValue={OUTPUT_NODATA:g}", f"--outfile={out}"]
    for opt in [*GTIFF_OPTIONS, "PREDICTOR=3"]:  # PREDICTOR=3: what RasterWriter adds for float output
        cmd += ["--co", opt]
    return cmd


def sample_windows(size, win=512):
    """A 3×3 grid of ``win``-pixel windows over the raster (offsets at 5 %, 50 %, 90 %).

    The upper-left one crosses the edge of the generated input's nodata corner, so nodata is compared too.
    """
    win = min(win, size)
    offsets = sorted({min(int(size * f), size - win) for f in (0.05, 0.5, 0.9)})
    return [(x, y, win) for y in offsets for x in offsets]


def check_agreement(ours, anchor, bands):
    """Compare ``bands`` (1-based) of ours and the anchor on sample windows.

    gdal_calc.py marks nodata differently (0/0 at nodata pixels comes out NaN rather than its nodata
    value), so values are compared where both are valid; pixels valid in only one are counted apart.
    Returns (max |difference|, pixels compared, pixels valid in only one).
    """
    ds_a, ds_b = gdal.Open(ours), gdal.Open(anchor)  # keep the datasets alive while their bands are read
    worst, compared, one_sided = 0.0, 0, 0
    for band in bands:
        a, b = ds_a.GetRasterBand(band), ds_b.GetRasterBand(band)
        for x0, y0, win in sample_windows(ds_a.RasterXSize):
            x = a.ReadAsArray(x0, y0, win, win)
            y = b.ReadAsArray(x0, y0, win, win)
            ok_x = (x != OUTPUT_NODATA) & np.isfinite(x)
            ok_y = (y != OUTPUT_NODATA) & np.isfinite(y)
            both = ok_x & ok_y
            one_sided += int((ok_x ^ ok_y).sum())
            compared += int(both.sum())
            if both.any():
                worst = max(worst, float(np.abs(x[both].astype("float64") - y[both]).max()))
    return worst, compared, one_sided


def describe_check(result):
    worst, compared, one_sided = result
    verdict = "OK" if compared and worst < TOLERANCE and not one_sided else "MISMATCH"
    return f"{verdict}: max|Δ| {worst:.1e} over {compared / 1e6:.1f} M sampled px" + (
        f", {one_sided} px valid in one only" if one_sided else "")


def bench_indices(args):
    """NDVI (and all indices) per size: ours vs gdal_calc.py, same input, same creation options."""
    names = s2_band_names(args.bands)
    every = [k for k, d in INDICES.items() if all(S2_ROLE_BANDS[r] in names for r in d.roles)]
    rows = []
    for size in args.sizes:
        src = s2_like_path(args.workdir, size, args.bands)
        t0 = time.time()
        if generate_s2_like(src, size, bands=args.bands):
            print(f"[bench] generated {src} ({size}×{size}×{args.bands} UInt16) in {time.time() - t0:.0f} s",
                  flush=True)
        warm_page_cache(src)
        out = {n: os.path.join(args.workdir, f"{n}_{size}.tif")
               for n in ("ndvi_ours", "ndvi_gdalcalc", "ndvi_gdalcalc_cache", "all_ours", "all_gdalcalc")}
        capped = dict(BENCH_ENV, GDAL_CACHEMAX=str(BLOCK_CACHE_BYTES // (1 << 20)))
        runs = {
            "ndvi_ours": (ours_cmd(src, out["ndvi_ours"], ["NDVI"]), BENCH_ENV),
            "ndvi_gdalcalc": (gdal_calc_cmd(src, out["ndvi_gdalcalc"], ["NDVI"], names), BENCH_ENV),
            "ndvi_gdalcalc_cache": (gdal_calc_cmd(src, out["ndvi_gdalcalc_cache"], ["NDVI"], names), capped),
            "all_ours": (ours_cmd(src, out["all_ours"], every), BENCH_ENV),
            "all_gdalcalc": (gdal_calc_cmd(src, out["all_gdalcalc"], every, names), BENCH_ENV),
        }
        m = {}
        for name, (cmd, env) in runs.items():
            m[name] = measure(cmd, env)
            print(f"[bench] indices {size}² {name}: {m[name][0]:.1f} s, {m[name][1]:.0f} MB", flush=True)
        ndvi_check = describe_check(check_agreement(out["ndvi_ours"], out["ndvi_gdalcalc"], [1]))
        all_check = describe_check(check_agreement(out["all_ours"], out["all_gdalcalc"],
                                                   range(1, len(every) + 1)))
        print(f"[bench] indices {size}²: NDVI vs gdal_calc.py {ndvi_check}; {len(every)} indices vs "
              f"gdal_calc.py {all_check}", flush=True)
        cmd = {name: runs[name][0] for name in runs}
        cache_mb = BLOCK_CACHE_BYTES // (1 << 20)
        rows += [
            row("NDVI", size, "bd (ours)", m["ndvi_ours"], cmd["ndvi_ours"],
                ("gdal_calc.py", m["ndvi_gdalcalc"]), ndvi_check),
            row("NDVI", size, "gdal_calc.py (anchor)", m["ndvi_gdalcalc"], cmd["ndvi_gdalcalc"]),
            row("NDVI", size, f"gdal_calc.py, cache {cache_mb}MB", m["ndvi_gdalcalc_cache"],
                ["env", f"GDAL_CACHEMAX={cache_mb}", *cmd["ndvi_gdalcalc_cache"]]),
            row(f"{len(every)} indices", size, "bd (ours)", m["all_ours"], cmd["all_ours"],
                ("gdal_calc.py", m["all_gdalcalc"]), all_check),
            row(f"{len(every)} indices", size, "gdal_calc.py (anchor)", m["all_gdalcalc"], cmd["all_gdalcalc"]),
        ]
        if not args.keep:
            remove(*out.values())
    return rows


# --------------------------------------------------------------------------------------------------
# zonal: ours vs native:zonalhistogram

def zonal_cmd(class_map, zones_gpkg):
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from osgeo import ogr\n"
            "from bd_qgis_plugin.core.zonal import zone_class_pixels\n"
            "ds = ogr.Open(%r)\n"
            "zones = [(f.GetField('name'), f.GetGeometryRef().ExportToWkb()) for f in ds.GetLayer(0)]\n"
            "result = zone_class_pixels(%r, zones)\n"
            "print(sum(sum(c.values()) for c in result.values()))\n") % (
        PLUGINS, zones_gpkg, class_map)
    return [PY, "-c", code]


def zonal_histogram_cmd(class_map, zones_gpkg, out):
    return [os.path.join(ROOT, "scripts", "qgis_process.sh"), "run", "native:zonalhistogram", "--",
            f"INPUT_RASTER={class_map}", "RASTER_BAND=1", f"INPUT_VECTOR={zones_gpkg}", "COLUMN_PREFIX=c_",
            f"OUTPUT={out}"]


def zonal_disagreement(class_map, zones_gpkg, anchor_gpkg):
    """Number of (zone, class) pixel counts where ours and native:zonalhistogram differ."""
    from osgeo import ogr

    from bd_qgis_plugin.core.zonal import zone_class_pixels

    ds = ogr.Open(zones_gpkg)
    ours = zone_class_pixels(class_map, [(f.GetField("name"), f.GetGeometryRef().ExportToWkb())
                                         for f in ds.GetLayer(0)])
    differing = 0
    anchor = ogr.Open(anchor_gpkg)  # keep the dataset alive while its layer is read (GDAL crashes otherwise)
    for feature in anchor.GetLayer(0):
        zone = feature.GetField("name")
        for i in range(feature.GetFieldCount()):
            name = feature.GetFieldDefnRef(i).GetName()
            if name.startswith("c_") and name[2:].isdigit():
                differing += int(feature.GetField(i) or 0) != ours[zone].get(int(name[2:]), 0)
    return differing


def bench_zonal(args):
    """Area per zone: ours vs QGIS' native:zonalhistogram (qgis_process) on the same class map and zones."""
    size, workdir = max(args.sizes), args.workdir
    class_map = os.path.join(workdir, f"classes_{size}.tif")
    zones = os.path.join(workdir, f"zones_{size}.gpkg")
    generate_class_map(class_map, size)
    generate_zones(zones, size)
    ours_cmd_ = zonal_cmd(class_map, zones)
    ours = measure(ours_cmd_)
    out = os.path.join(workdir, f"zonalhist_{size}.gpkg")
    remove(out)
    anchor_cmd = zonal_histogram_cmd(class_map, zones, out)
    anchor = measure(anchor_cmd)
    differing = zonal_disagreement(class_map, zones, out)
    print(f"[bench] zonal {size}²: ours {ours[0]:.1f} s / {ours[1]:.0f} MB, native:zonalhistogram {anchor[0]:.1f} s / "
          f"{anchor[1]:.0f} MB; zone × class counts that differ: {differing}", flush=True)
    check = f"{'OK' if differing == 0 else 'MISMATCH'}: {differing} zone×class counts differ"
    return [row("area/zone", size, "bd (ours)", ours, ours_cmd_, ("native:zonalhistogram", anchor), check),
            row("area/zone", size, "zonalhistogram (anchor)", anchor, anchor_cmd)]


# --------------------------------------------------------------------------------------------------
# classification: ours vs remotior-sensus


def classify_cmd(image, training, output):
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from osgeo import ogr\n"
            "from bd_qgis_plugin.core.classify import predict, train\n"
            "ds = ogr.Open(%r)\n"
            "polygons = [(f.GetFID(), f.GetField('class_code'), f.GetGeometryRef().ExportToWkb()) "
            "for f in ds.GetLayer(0)]\n"
            "model, report = train(%r, polygons, 'S2', 'random_forest', 0.3)\n"
            "predict(model, %r, %r)\n") % (PLUGINS, training, image, image, output)
    return [PY, "-c", code]


def bench_classification(args):
    """Random forest (200 trees): ours (train + held-out-polygon validation + final fit + predict) vs
    remotior-sensus (fit + predict) on the same generated image and training polygons."""
    size, workdir = max(args.sizes), args.workdir
    image = s2_like_path(workdir, size)
    generate_s2_like(image, size)
    warm_page_cache(image)
    training = generate_training(os.path.join(workdir, f"training_{size}.gpkg"), size)
    ours_out, anchor_out = (os.path.join(workdir, f"{n}_{size}.tif") for n in ("classes_ours", "classes_remotior"))
    ours_cmd_ = classify_cmd(image, training, ours_out)
    ours = measure(ours_cmd_)
    anchor_cmd = [PY, os.path.join(os.path.dirname(os.path.abspath(__file__)), "anchor_remotior.py"), image,
                  training, anchor_out, workdir]
    anchor = measure(anchor_cmd)
    ds_a, ds_b = gdal.Open(ours_out), gdal.Open(anchor_out)  # keep the datasets alive while their bands are read
    a, b = ds_a.GetRasterBand(1), ds_b.GetRasterBand(1)
    agree = total = 0
    for r0 in range(0, size, 512):  # block by block: the tile does not fit comfortably in memory twice
        x = a.ReadAsArray(0, r0, size, min(512, size - r0))
        y = b.ReadAsArray(0, r0, size, min(512, size - r0))
        valid = (x > 0) & (y > 0)
        agree += int((x[valid] == y[valid]).sum())
        total += int(valid.sum())
    share = agree / total if total else float("nan")
    print(f"[bench] classification {size}²: ours {ours[0]:.1f} s / {ours[1]:.0f} MB, remotior-sensus "
          f"{anchor[0]:.1f} s / {anchor[1]:.0f} MB; maps agree on {100 * share:.1f} % of pixels", flush=True)
    ours_row = row("classify", size, "bd (ours)", ours, ours_cmd_, ("remotior-sensus", anchor),
                   f"maps agree on {100 * share:.1f} % of px")
    ours_row["agreement"] = share
    return [ours_row, row("classify", size, "remotior-sensus (anchor)", anchor, anchor_cmd)]


from bench_circuit import bench_circuit  # noqa: E402
from bench_omniscape import bench_omniscape  # noqa: E402
from bench_species import bench_species  # noqa: E402

BENCHMARKS = {"indices": bench_indices, "zonal": bench_zonal, "classification": bench_classification,
              "costdistance": bench_costdistance, "corridors": bench_corridors, "circuit": bench_circuit,
              "omniscape": bench_omniscape, "push": bench_push, "reef": bench_reef, "species": bench_species,
              "trend": bench_trend}


# --------------------------------------------------------------------------------------------------
# report

def print_table(rows):
    tool_w = max(24, *(len(r["tool"]) for r in rows))
    bench_w = max(10, *(len(r["benchmark"]) for r in rows))
    print(f"\n{'benchmark':<{bench_w}} {'size':>6} {'tool':<{tool_w}} {'time s':>7} {'peak MB':>8} "
          f"{'time ratio':>10} {'mem ratio':>9}  check vs anchor")
    for r in rows:
        ratio_t = ratio_m = ""
        if "anchor_seconds" in r:
            ratio_t = f"{r['seconds'] / r['anchor_seconds']:.2f}×"
            ratio_m = f"{r['peak_mb'] / r['anchor_peak_mb']:.2f}×"
        print(f"{r['benchmark']:<{bench_w}} {r['size']:>6} {r['tool']:<{tool_w}} {r['seconds']:>7.1f} "
              f"{r['peak_mb']:>8.0f} {ratio_t:>10} {ratio_m:>9}  {r.get('check', '')}")
    print("ratios are ours / anchor: below 1× is faster / leaner than the anchor")
    series = {}
    for r in rows:
        series.setdefault((r["benchmark"], r["tool"]), []).append(r)
    flat = [(key, rs) for key, rs in series.items() if len({r["size"] for r in rs}) > 1]
    if flat:
        print("\nmemory flatness, peak RSS at the largest vs the smallest size:")
    for (benchmark, tool), rs in flat:
        small, large = min(rs, key=lambda r: r["size"]), max(rs, key=lambda r: r["size"])
        growth = (large["size"] / small["size"]) ** 2
        print(f"  {benchmark}, {tool}: {small['peak_mb']:.0f} MB at {small['size']}² → {large['peak_mb']:.0f} MB "
              f"at {large['size']}² ({growth:.0f}× the pixels, {large['peak_mb'] / small['peak_mb']:.2f}× the memory)")


def environment():
    return {"when": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "host": platform.node(), "cpus": os.cpu_count(),
            "ram_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30, 1),
            "python": platform.python_version(), "gdal": gdal.__version__, "numpy": np.__version__,
            "measured_with": TIME if os.access(TIME, os.X_OK) else "python wrapper (RUSAGE_CHILDREN)",
            "env": {"GDAL_NUM_THREADS": BENCH_ENV["GDAL_NUM_THREADS"]}}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2745,5490,10980",
                        help="raster edge lengths in pixels, comma-separated (default: %(default)s; the indices "
                             "run at each, the others at the largest)")
    parser.add_argument("--bands", type=int, default=10,
                        help="bands of the generated Sentinel-2-like input of the indices benchmark (a layout the "
                             "core knows: 4, 10, 12 or 13; default %(default)s)")
    parser.add_argument("--workdir", default=os.path.join(ROOT, "bench_output"),
                        help="inputs (cached, reused), outputs and results.json (default: %(default)s)")
    parser.add_argument("--only", choices=list(BENCHMARKS), action="append",
                        help="run only this benchmark (repeatable)")
    parser.add_argument("--keep", action="store_true", help="keep the outputs (inputs are always kept)")
    args = parser.parse_args()
    args.sizes = sorted(int(s) for s in args.sizes.split(","))
    args.workdir = os.path.abspath(args.workdir)
    s2_band_names(args.bands)  # fail early on an unknown layout
    os.makedirs(args.workdir, exist_ok=True)
    rows = []
    for name in args.only or BENCHMARKS:
        rows += BENCHMARKS[name](args)
    print_table(rows)
    path = os.path.join(args.workdir, "results.json")
    with open(path, "w") as fh:
        json.dump({"environment": environment(), "arguments": {k: v for k, v in vars(args).items()},
                   "rows": rows}, fh, indent=1, ensure_ascii=False)
    print(f"\nresults: {path}")


if __name__ == "__main__":
    main()
