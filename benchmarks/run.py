#!/usr/bin/env python3
"""`make bench`: each benchmark runs our code and its anchor tool on the same input, in the same run.

Every measured run is its own child process under ``/usr/bin/time``, so wall time and peak resident
memory (max RSS) are the child's own, measured the same way for ours and the anchor. Results are
printed as a table and written to ``bench_output/results.json``.

Benchmarks:
* classification — random forest, 200 trees, on the generated Sentinel-2-like image of the largest size
  with generated training boxes: ours (train, validate on held-out polygons, refit, predict) vs
  remotior-sensus (SCP's engine; fit, predict); the share of pixels where the two maps agree is printed.
* zonal — area per zone: 10 overlapping reserve-like polygons on a generated 6-class UInt8 map of the
  largest size, ours (``bd_qgis_plugin.core.zonal``) vs QGIS' ``native:zonalhistogram`` via qgis_process.
* indices — NDVI on a generated Sentinel-2-like UInt16 raster of 10 bands, ours
  (``bd_qgis_plugin.core.indices``) vs GDAL's ``gdal_calc.py`` with the same creation options; plus
  ours with all six indices. Sizes 2745², 5490², 10980² (a full Sentinel-2 10 m tile): peak memory
  must stay flat as the raster grows 16×.
"""

import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "build", "plugins"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from generate import (  # noqa: E402
    S2_STACK,
    generate_class_map,
    generate_s2_like,
    generate_training,
    generate_zones,
)

from bd_qgis_plugin.core.raster_io import GTIFF_OPTIONS  # noqa: E402

PY = sys.executable
TIME = "/usr/bin/time"


def measure(cmd, env=None):
    """Run ``cmd`` under /usr/bin/time; return (wall seconds, peak RSS MB)."""
    fmt = "BDTIME %e %M"
    result = subprocess.run([TIME, "-f", fmt, *cmd], capture_output=True, text=True, env=env)
    line = [x for x in result.stderr.splitlines() if x.startswith("BDTIME")]
    if result.returncode != 0 or not line:
        raise RuntimeError(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    _, wall, rss_kb = line[-1].split()
    return float(wall), int(rss_kb) / 1024.0


def ours_cmd(src, out, indices):
    code = ("import sys; sys.path.insert(0, %r); from bd_qgis_plugin.core.indices import compute_indices; "
            "compute_indices(%r, %r, %r, sensor='S2')" % (os.path.join(ROOT, "build", "plugins"), src, out, indices))
    return [PY, "-c", code]


def gdal_calc_cmd(src, out):
    red, nir = S2_STACK.index("B04") + 1, S2_STACK.index("B08") + 1
    cmd = ["gdal_calc.py", "--quiet", "--overwrite", "-A", src, f"--A_band={red}", "-B", src, f"--B_band={nir}",
           "--calc=(B.astype(numpy.float32) - A) / (B.astype(numpy.float32) + A)", "--type=Float32",
           "--NoDataValue=-9999", f"--outfile={out}"]
    for opt in [*GTIFF_OPTIONS, "PREDICTOR=3"]:
        cmd += ["--co", opt]
    return cmd


def check_agreement(ours, anchor):
    """Max |ours − gdal_calc| over pixels valid in both, on a few windows."""
    import numpy as np
    from osgeo import gdal

    a, b = gdal.Open(ours), gdal.Open(anchor)
    worst = 0.0
    size = a.RasterXSize
    for off in (0, size // 3, size - 512):
        x = a.GetRasterBand(1).ReadAsArray(off, off, 512, 512)
        y = b.GetRasterBand(1).ReadAsArray(off, off, 512, 512)
        ok = (x != -9999) & (y != -9999) & np.isfinite(y)
        if ok.any():
            worst = max(worst, float(np.abs(x[ok] - y[ok]).max()))
    return worst


def bench_indices(sizes, workdir, keep):
    rows = []
    for size in sizes:
        src = os.path.join(workdir, f"s2like_{size}.tif")
        t0 = time.time()
        if generate_s2_like(src, size):
            print(f"[bench] generated {src} ({size}×{size}×{len(S2_STACK)} UInt16) in {time.time() - t0:.0f} s",
                  flush=True)
        out_ours, out_all, out_calc = (os.path.join(workdir, f"{n}_{size}.tif") for n in ("ndvi_ours", "all_ours",
                                                                                            "ndvi_gdalcalc"))
        env = dict(os.environ, GDAL_NUM_THREADS="ALL_CPUS")
        ours = measure(ours_cmd(src, out_ours, ["NDVI"]), env)
        anchor = measure(gdal_calc_cmd(src, out_calc), env)
        six = measure(ours_cmd(src, out_all, ["NDVI", "NDWI", "MNDWI", "NDMI", "SAVI", "EVI"]), env)
        diff = check_agreement(out_ours, out_calc)
        print(f"[bench] {size}²: NDVI ours {ours[0]:.1f} s / {ours[1]:.0f} MB, gdal_calc {anchor[0]:.1f} s / "
              f"{anchor[1]:.0f} MB, six indices {six[0]:.1f} s / {six[1]:.0f} MB; max |ours − gdal_calc| = "
              f"{diff:.2e}", flush=True)
        rows += [
            {"benchmark": "NDVI", "size": size, "tool": "bd (ours)", "seconds": ours[0], "peak_mb": ours[1],
             "anchor": "gdal_calc.py", "anchor_seconds": anchor[0], "anchor_peak_mb": anchor[1],
             "max_abs_diff_vs_anchor": diff},
            {"benchmark": "NDVI", "size": size, "tool": "gdal_calc.py (anchor)", "seconds": anchor[0],
             "peak_mb": anchor[1]},
            {"benchmark": "6 indices", "size": size, "tool": "bd (ours)", "seconds": six[0], "peak_mb": six[1]},
        ]
        if not keep:
            for path in (out_ours, out_all, out_calc):
                os.remove(path)
    return rows


def zonal_cmd(class_map, zones_gpkg):
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from osgeo import ogr\n"
            "from bd_qgis_plugin.core.zonal import zone_class_pixels\n"
            "ds = ogr.Open(%r)\n"
            "zones = [(f.GetField('name'), f.GetGeometryRef().ExportToWkb()) for f in ds.GetLayer(0)]\n"
            "result = zone_class_pixels(%r, zones)\n"
            "print(sum(sum(c.values()) for c in result.values()))\n") % (
        os.path.join(ROOT, "build", "plugins"), zones_gpkg, class_map)
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


def bench_zonal(size, workdir):
    """Area per zone: ours vs QGIS' native:zonalhistogram (qgis_process) on the same class map and zones."""
    class_map = os.path.join(workdir, f"classes_{size}.tif")
    zones = os.path.join(workdir, f"zones_{size}.gpkg")
    generate_class_map(class_map, size)
    generate_zones(zones, size)
    ours = measure(zonal_cmd(class_map, zones))
    out = os.path.join(workdir, f"zonalhist_{size}.gpkg")
    if os.path.exists(out):
        os.remove(out)
    anchor = measure(zonal_histogram_cmd(class_map, zones, out))
    differing = zonal_disagreement(class_map, zones, out)
    print(f"[bench] zonal {size}²: ours {ours[0]:.1f} s / {ours[1]:.0f} MB, native:zonalhistogram {anchor[0]:.1f} s / "
          f"{anchor[1]:.0f} MB; zone × class counts that differ: {differing}", flush=True)
    return [{"benchmark": "area/zone", "size": size, "tool": "bd (ours)", "seconds": ours[0], "peak_mb": ours[1],
             "anchor": "native:zonalhistogram", "anchor_seconds": anchor[0], "anchor_peak_mb": anchor[1]},
            {"benchmark": "area/zone", "size": size, "tool": "zonalhistogram (anchor)", "seconds": anchor[0],
             "peak_mb": anchor[1]}]


def classify_cmd(image, training, output):
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from osgeo import ogr\n"
            "from bd_qgis_plugin.core.classify import predict, train\n"
            "ds = ogr.Open(%r)\n"
            "polygons = [(f.GetFID(), f.GetField('class_code'), f.GetGeometryRef().ExportToWkb()) "
            "for f in ds.GetLayer(0)]\n"
            "model, report = train(%r, polygons, 'S2', 'random_forest', 0.3)\n"
            "predict(model, %r, %r)\n") % (os.path.join(ROOT, "build", "plugins"), training, image, image, output)
    return [PY, "-c", code]


def bench_classification(size, workdir):
    """Random forest (200 trees): ours (train + held-out-polygon validation + final fit + predict) vs
    remotior-sensus (fit + predict) on the same generated image and training polygons."""
    from osgeo import gdal

    image = os.path.join(workdir, f"s2like_{size}.tif")
    generate_s2_like(image, size)
    training = generate_training(os.path.join(workdir, f"training_{size}.gpkg"), size)
    ours_out, anchor_out = (os.path.join(workdir, f"{n}_{size}.tif") for n in ("classes_ours", "classes_remotior"))
    ours = measure(classify_cmd(image, training, ours_out))
    anchor = measure([PY, os.path.join(os.path.dirname(os.path.abspath(__file__)), "anchor_remotior.py"), image,
                      training, anchor_out, workdir])
    ds_a, ds_b = gdal.Open(ours_out), gdal.Open(anchor_out)  # keep the datasets alive while their bands are read
    a, b = ds_a.GetRasterBand(1), ds_b.GetRasterBand(1)
    agree = total = 0
    for row in range(0, size, 512):  # block by block: the tile does not fit comfortably in memory twice
        x = a.ReadAsArray(0, row, size, min(512, size - row))
        y = b.ReadAsArray(0, row, size, min(512, size - row))
        valid = (x > 0) & (y > 0)
        agree += int((x[valid] == y[valid]).sum())
        total += int(valid.sum())
    share = agree / total if total else float("nan")
    print(f"[bench] classification {size}²: ours {ours[0]:.1f} s / {ours[1]:.0f} MB, remotior-sensus "
          f"{anchor[0]:.1f} s / {anchor[1]:.0f} MB; maps agree on {100 * share:.1f} % of pixels", flush=True)
    return [{"benchmark": "classify", "size": size, "tool": "bd (ours)", "seconds": ours[0], "peak_mb": ours[1],
             "anchor": "remotior-sensus", "anchor_seconds": anchor[0], "anchor_peak_mb": anchor[1],
             "agreement": share},
            {"benchmark": "classify", "size": size, "tool": "remotior-sensus (anchor)", "seconds": anchor[0],
             "peak_mb": anchor[1]}]


def print_table(rows):
    print(f"\n{'benchmark':<10} {'size':>7} {'tool':<24} {'time s':>8} {'peak MB':>8} {'time ratio':>11} "
          f"{'mem ratio':>10}")
    for r in rows:
        ratio_t = ratio_m = ""
        if "anchor_seconds" in r:
            ratio_t = f"{r['seconds'] / r['anchor_seconds']:.2f}×"
            ratio_m = f"{r['peak_mb'] / r['anchor_peak_mb']:.2f}×"
        print(f"{r['benchmark']:<10} {r['size']:>7} {r['tool']:<24} {r['seconds']:>8.1f} {r['peak_mb']:>8.0f} "
              f"{ratio_t:>11} {ratio_m:>10}")
    ours = [r for r in rows if r["tool"] == "bd (ours)" and r["benchmark"] == "NDVI"]
    if len(ours) > 1:
        small, large = ours[0], ours[-1]
        growth = (large["size"] / small["size"]) ** 2
        print(f"\nmemory flatness (NDVI, ours): {small['peak_mb']:.0f} MB at {small['size']}² → "
              f"{large['peak_mb']:.0f} MB at {large['size']}² ({growth:.0f}× the pixels, "
              f"{large['peak_mb'] / small['peak_mb']:.2f}× the memory)")
    print("ratios are ours / anchor: below 1× is faster / leaner than the anchor")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2745,5490,10980")
    parser.add_argument("--workdir", default=os.path.join(ROOT, "bench_output"))
    parser.add_argument("--only", choices=["indices", "zonal", "classification"], default=None)
    parser.add_argument("--keep", action="store_true", help="keep the outputs (inputs are always kept)")
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    if args.only in (None, "indices"):
        rows += bench_indices(sizes, args.workdir, args.keep)
    if args.only in (None, "zonal"):
        rows += bench_zonal(max(sizes), args.workdir)
    if args.only in (None, "classification"):
        rows += bench_classification(max(sizes), args.workdir)
    print_table(rows)
    with open(os.path.join(args.workdir, "results.json"), "w") as fh:
        json.dump(rows, fh, indent=1)
    print(f"\nresults: {os.path.join(args.workdir, 'results.json')}")


if __name__ == "__main__":
    main()
