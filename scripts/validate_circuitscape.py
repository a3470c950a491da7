"""Peer validation: every raster case of the Circuitscape.jl test suite, run from its own .ini.

Compares with ``test/output_verify`` as Circuitscape.jl's ``test/runtests.jl`` does: each entry
of a resistance table within sqrt(1e-6) = 1e-3; each map written passes when
``sum((x - ref)^2) < 1e-6``. Network (graph) cases are skipped: the plugin works on rasters.
A point with nothing to solve (every partner excluded by the included-pairs file) gets -1 and no
per-point map, as in Circuitscape 4: the reference's cumulative map and resistance table agree
with that (allToOneVerify12).
Usage: ``make validate PEER_DATA=../shared/validation`` (or run this file with the folder).
"""

import glob
import os
import re
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)  # the checkout is the plugin

MODE_FOLDERS = (("pairwise", "pairwise", "sgVerify"), ("one-to-all", "one_to_all", "oneToAllVerify"),
                ("all-to-one", "all_to_one", "allToOneVerify"), ("advanced", "advanced", "mgVerify"),
                ("one-to-all (extra.one)", "extra.one", "oneToAllVerify"))
RESISTANCE_TOL = 1e-3
MAP_TOL = 1e-6


def _read_asc_values(path):
    with open(path, encoding="ascii") as f:
        lines = f.read().splitlines()[6:]
    return np.array([[float(x) for x in line.split()] for line in lines if line.strip()])


def _expected_maps(job, result, flags):
    """{file suffix: array} of the maps Circuitscape writes for this job."""
    maps = {}
    cur, volt = flags["write_cur_maps"], flags["write_volt_maps"]
    cum_only = flags["write_cum_cur_map_only"]
    null = ~(job.conductance > 0)

    def nulled(arr, on):
        return np.where(null, -9999.0, arr) if on else arr

    null_cur, null_volt = flags["set_null_currents_to_nodata"], flags["set_null_voltages_to_nodata"]
    if result.mode == "advanced":
        if volt:
            maps["voltmap"] = nulled(result.voltage_maps[""], null_volt)
        if cur:  # also when Circuitscape writes only the cumulative map: the reference is there
            maps["curmap"] = nulled(result.current_maps[""], null_cur)
        return maps
    if cur and not cum_only:
        for name, arr in result.current_maps.items():
            maps["curmap_" + name] = nulled(arr, null_cur)
    if volt:
        for name, arr in result.voltage_maps.items():
            maps["voltmap_" + name] = nulled(arr, null_volt)
    if cur or cum_only:
        cum = result.cum_current
        if null_cur and result.current_maps:
            cum = np.where(null, -9999.0, cum)
        maps["cum_curmap"] = cum
    if flags["write_max_cur_maps"] and result.max_current is not None:
        maps["max_curmap"] = nulled(result.max_current, null_cur)
    return maps


def run_case(ini_path, verify_dir):
    """Run one .ini; return (ok, list of failure descriptions, seconds)."""
    from bd_qgis_plugin.core import circuit

    cfg = circuit.read_ini(ini_path)
    base = os.path.splitext(os.path.basename(cfg.get("output_file", "")))[0]
    flags = {k: circuit.flag(cfg, k) for k in ("write_cur_maps", "write_volt_maps", "write_cum_cur_map_only",
                                                 "write_max_cur_maps", "set_null_currents_to_nodata",
                                                 "set_null_voltages_to_nodata")}
    t0 = time.perf_counter()
    job = circuit.load_ini(ini_path, keep_pair_maps=True)
    job.opts.write_max_current = True
    result = job.run()
    seconds = time.perf_counter() - t0
    failures = []
    checked = 0
    if result.mode != "advanced":
        ref_path = os.path.join(verify_dir, base + "_resistances.out")
        ref = np.loadtxt(ref_path, ndmin=2)
        ours = result.resistance_table()
        checked += 1
        if ref.shape != ours.shape:
            failures.append(f"resistances: shape {ours.shape} vs {ref.shape}")
        else:
            bad = np.abs(ref - ours) > RESISTANCE_TOL
            if bad.any():
                worst = float(np.abs(ref - ours).max())
                failures.append(f"resistances: {int(bad.sum())} entr(ies) differ, max |diff| {worst:.3g}")
    for suffix, arr in _expected_maps(job, result, flags).items():
        ref_path = os.path.join(verify_dir, f"{base}_{suffix}.asc")
        checked += 1
        if not os.path.exists(ref_path):
            failures.append(f"{suffix}: no reference file")
            continue
        ref = _read_asc_values(ref_path)
        ours = np.round(arr, 8)
        if ref.shape != ours.shape:
            failures.append(f"{suffix}: shape {ours.shape} vs {ref.shape}")
            continue
        err = float(np.sum((ref - ours) ** 2))
        if not err < MAP_TOL:
            failures.append(f"{suffix}: sum sq diff {err:.3g}")
    return not failures, failures, seconds, checked


def _case_number(path):
    m = re.search(r"(\d+)\.ini$", path)
    return int(m.group(1)) if m else 0


def suite(peer_data):
    """Checks (label, ok) for every raster case; None when the Circuitscape folder is absent."""
    test_dir = os.path.join(peer_data, "circuitscape", "test")
    if not os.path.isdir(test_dir):
        return None
    verify_dir = os.path.join(test_dir, "output_verify")
    checks = []
    network = glob.glob(os.path.join(test_dir, "input", "network", "*.ini"))
    print(f"circuitscape: skipping {len(network)} network (graph) cases: the plugin solves raster grids only")
    for mode, folder, prefix in MODE_FOLDERS:
        inis = sorted(glob.glob(os.path.join(test_dir, "input", "raster", folder, "*", prefix + "*.ini")),
                      key=_case_number)
        passed = 0
        for ini in inis:
            label = os.path.basename(ini)[:-4]
            try:
                ok, failures, seconds, checked = run_case(ini, verify_dir)
            except Exception as exc:  # noqa: BLE001 - report and go on with the other cases
                ok, failures, seconds, checked = False, [f"error: {type(exc).__name__}: {exc}"], 0.0, 0
            passed += ok
            status = "ok" if ok else "FAILED"
            print("  {:<20} {:<6} {:>3} outputs compared, {:.2f} s{}".format(
                label, status, checked, seconds, "" if ok else ": " + "; ".join(failures[:4])))
            checks.append((label, ok))
        print(f"circuitscape {mode}: {passed}/{len(inis)} passed")
    return checks


if __name__ == "__main__":
    result = suite(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "..", "shared", "validation"))
    sys.exit(0 if result and all(ok for _, ok in result) else 1)
