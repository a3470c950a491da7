"""Habitat trend benchmark (registered in ``benchmarks/run.py`` as ``trend``).

Ten years of generated 6-class UInt8 maps (``generate.generate_class_map``, the patches moving 40 px east a year,
so every year changes) with an accuracy report per year (a fixed 6 × 6 error matrix, 50 points a class), and the 10
reserve-like zones of the zonal benchmark. Ours: one ``qgis_process run bd:habitattrend`` (the whole algorithm:
area per zone × class × year with error-adjusted areas, changes, Theil–Sen / Mann–Kendall, the change history
raster, the HTML report with its 10 charts). The anchor, what a technician does today: nine ``qgis_process run
bd:habitatchange`` (one per pair of consecutive years, with the zones), timed and measured together (time summed,
peak = the largest of the nine). Both start QGIS: ours once, the anchor nine times; the floor of one start is printed.

Check: every mapped area per zone × class × year of ours equals the before/after areas of the anchor's
gains-and-losses tables. Memory flat in the number of years: ours also runs on the first 4 and 7 years.
Size: ``BD_BENCH_TREND_SIZE`` (default 10980, a full Sentinel-2 tile: the ten maps of smooth patches compress to
13 MB and the whole benchmark takes about 5 minutes on the 2-CPU development machine, most of it the anchor).
"""

import csv
import json
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from generate import generate_class_map, generate_zones  # noqa: E402

QGIS_PROCESS = os.path.join(ROOT, "scripts", "qgis_process.sh")
YEARS = list(range(2015, 2025))
SHIFT = 40  # pixels a year


def trend_size():
    return int(os.environ.get("BD_BENCH_TREND_SIZE", "10980"))


def error_matrix(classes=6, per_class=50):
    """A plausible stratified sample: 80 % of each map class's points agree, the rest spread over two others."""
    matrix = np.zeros((classes, classes), dtype=int)
    for i in range(classes):
        matrix[i, i] = int(per_class * 0.8)
        matrix[i, (i + 1) % classes] = per_class // 10
        matrix[i, (i - 1) % classes] = per_class - matrix[i, i] - per_class // 10
    return matrix.tolist()


def generate_series(workdir, size):
    maps, reports = [], []
    for n, year in enumerate(YEARS):
        path = os.path.join(workdir, f"classes_{size}_{year}.tif")
        generate_class_map(path, size, shift=SHIFT * n)
        report = os.path.join(workdir, f"classes_{size}_{year}_accuracy.json")
        with open(report, "w", encoding="utf-8") as fh:
            json.dump({"classes": [{"code": c, "name": str(c)} for c in range(1, 7)],
                       "error_matrix_counts": {"rows": "map", "columns": "reference", "values": error_matrix()},
                       "source": {"class_map": path}}, fh)
        maps.append(path)
        reports.append(report)
    return maps, reports


def trend_cmd(maps, reports, zones, out):
    cmd = [QGIS_PROCESS, "run", "bd:habitattrend", "--"]
    cmd += [f"MAPS={m}" for m in maps] + [f"ACCURACY_REPORTS={r}" for r in reports]
    return cmd + [f"YEARS={','.join(map(str, YEARS[:len(maps)]))}", f"ZONES={zones}", "ZONE_FIELD=name",
                  f"OUTPUT_TABLE={out}_series.csv", f"OUTPUT_TRENDS={out}_trends.csv", f"OUTPUT_REPORT={out}.html",
                  f"OUTPUT_CHANGES={out}_history.tif"]


def change_cmd(before, after, zones, out):
    return [QGIS_PROCESS, "run", "bd:habitatchange", "--", f"BEFORE={before}", f"AFTER={after}", f"ZONES={zones}",
            "ZONE_FIELD=name", f"OUTPUT={out}.tif", f"TRANSITIONS={out}_transitions.csv",
            f"BALANCE={out}_balance.csv"]


def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def disagreement(ours_series, balances):
    """(areas compared, areas that differ by more than 1e-6 ha) between ours and the anchor's before/after."""
    ours = {(r["zone"], int(r["class_code"]), int(r["year"])): float(r["mapped_ha"]) for r in _rows(ours_series)}
    compared = differing = 0
    for n, path in enumerate(balances):
        for r in _rows(path):
            for year, column in ((YEARS[n], "before_ha"), (YEARS[n + 1], "after_ha")):
                compared += 1
                differing += abs(ours.get((r["zone"], int(r["class_code"]), year), 0.0) - float(r[column])) > 1e-6
    return compared, differing


def bench_trend(args):
    from run import measure, remove, row  # noqa: PLC0415 - run.py imports this module: import its helpers late

    size, workdir = trend_size(), args.workdir
    t0 = time.time()
    maps, reports = generate_series(workdir, size)
    zones = generate_zones(os.path.join(workdir, f"zones_{size}.gpkg"), size)
    print(f"[bench] trend: {len(maps)} maps of {size}² ready in {time.time() - t0:.0f} s", flush=True)
    floor = measure([QGIS_PROCESS, "list"])
    rows = []
    ours = {}
    for years in (4, 7, len(maps)):  # 4 or more: every run computes the trend (imports scipy.stats)
        out = os.path.join(workdir, f"trend_{size}_{years}y")
        cmd = trend_cmd(maps[:years], reports[:years], zones, out)
        ours[years] = measure(cmd)
        print(f"[bench] trend {size}², {years} years: {ours[years][0]:.1f} s, {ours[years][1]:.0f} MB", flush=True)
    anchor_seconds, anchor_peak, balances = 0.0, 0.0, []
    for n in range(len(maps) - 1):
        out = os.path.join(workdir, f"change_{size}_{YEARS[n]}_{YEARS[n + 1]}")
        remove(out + ".tif")
        seconds, peak = measure(change_cmd(maps[n], maps[n + 1], zones, out))
        anchor_seconds, anchor_peak = anchor_seconds + seconds, max(anchor_peak, peak)
        balances.append(out + "_balance.csv")
        print(f"[bench] habitatchange {YEARS[n]}→{YEARS[n + 1]}: {seconds:.1f} s, {peak:.0f} MB", flush=True)
    compared, differing = disagreement(os.path.join(workdir, f"trend_{size}_{len(maps)}y_series.csv"), balances)
    check = (f"{'OK' if compared and not differing else 'MISMATCH'}: {differing} of {compared} zone×class×year "
             f"areas differ from habitatchange's")
    flat = ", ".join(f"{y} years {ours[y][1]:.0f} MB" for y in sorted(ours))
    print(f"[bench] trend {size}²: {check}; memory {flat}; qgis_process start-up floor {floor[0]:.1f} s, "
          f"{floor[1]:.0f} MB", flush=True)
    full = len(maps)
    anchor_name = f"{full - 1} × bd:habitatchange"
    rows.append(row(f"trend {full}y", size, "bd:habitattrend (ours)", ours[full], trend_cmd(maps, reports, zones, "…"),
                    (anchor_name, (anchor_seconds, anchor_peak)), check))
    rows.append(row(f"trend {full}y", size, f"{anchor_name} (anchor)", (anchor_seconds, anchor_peak),
                    change_cmd(maps[0], maps[1], zones, "…")))
    for years in sorted(ours)[:-1]:
        rows.append(row(f"trend {years}y", size, "bd:habitattrend (ours)", ours[years],
                        trend_cmd(maps[:years], reports[:years], zones, "…")))
    rows.append(row("qgis_process list", size, "start-up floor", floor, [QGIS_PROCESS, "list"]))
    return rows
