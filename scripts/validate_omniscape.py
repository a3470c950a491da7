"""Peer validation: every case of Omniscape.jl's test suite with an expected output, run from its own .ini.

Compares each map with ``test/output_verify/<case>/`` as Omniscape.jl's ``test/runtests.jl`` does
(``arrays_equal``: nodata as -9999, then ``isapprox(ours, theirs; rtol = 1e-6)``, i.e.
‖ours − theirs‖ ≤ 1e-6 · max(‖ours‖, ‖theirs‖)); the relative difference over the valid cells alone is printed
beside it for information. The bad configurations (``bad_*.ini``, ``no_source_provided.ini`` and
``config7.ini``, a resistance with a zero, which Omniscape's tests also expect to fail) must be refused with a
clear message before any solve.
Usage: ``make validate PEER_DATA=../shared/validation ONLY=omniscape`` (or run this file with the folder).
"""

import glob
import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)  # the checkout is the plugin

RTOL = 1e-6
#: output_verify folder → the .ini of runtests.jl that produces it
CASES = {"test1": "config.ini", "test1_32bit": "config_32bit.ini", "test2": "config2.ini", "test3": "config3.ini",
         "test4a": "config4a.ini", "test5": "config5.ini", "test6": "config6.ini",
         "test_reclass": "config_reclass.ini"}
MAP_FILES = {"cum_currmap": "current", "flow_potential": "flow_potential", "normalized_cum_currmap": "normalized"}
BAD = ("bad_compare_to_future.ini", "bad_comparison1.ini", "bad_comparison2.ini", "bad_config.ini",
       "bad_n_conditions.ini", "no_source_provided.ini", "config7.ini")


def _read(path):
    from osgeo import gdal

    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = -9999.0
    return values


def arrays_equal(ours, theirs):
    """Omniscape.jl's ``arrays_equal`` (nodata as -9999, ``isapprox`` with rtol 1e-6) and, for information, the
    relative difference over the cells valid in both."""
    a = np.where(np.isfinite(ours), ours, -9999.0)
    b = theirs
    ok = a.shape == b.shape and np.linalg.norm(a - b) <= RTOL * max(np.linalg.norm(a), np.linalg.norm(b))
    valid = (a != -9999.0) & (b != -9999.0)
    rel = np.linalg.norm((a - b)[valid]) / max(np.linalg.norm(a[valid]), np.linalg.norm(b[valid]), 1e-300)
    same_mask = bool(np.array_equal(a == -9999.0, b == -9999.0))
    return bool(ok and same_mask), float(rel), same_mask


def run_case(ini, verify_dir):
    from bd_qgis_plugin.core import omniscape

    job = omniscape.load_ini(ini)
    sink = omniscape.ArraySink()
    t0 = time.perf_counter()
    omniscape.run(job, sink)
    seconds = time.perf_counter() - t0
    results = []
    for path in sorted(glob.glob(os.path.join(verify_dir, "*"))):
        stem, ext = os.path.splitext(os.path.basename(path))
        if stem not in MAP_FILES or ext not in (".tif", ".asc"):
            continue
        ours = sink.maps.get(MAP_FILES[stem])
        if ours is None:
            results.append((stem, False, float("nan"), False))
            continue
        results.append((stem, *arrays_equal(ours, _read(path))))
    return results, seconds


def bad_case(ini):
    """(refused with a clear message, the message)."""
    from bd_qgis_plugin.core import omniscape
    from bd_qgis_plugin.core.errors import InputError

    try:
        job = omniscape.load_ini(ini)
        job.check()
    except InputError as exc:
        return True, str(exc)
    return False, "accepted"


def suite(peer_data):
    test_dir = os.path.join(peer_data, "omniscape", "test")
    if not os.path.isdir(test_dir):
        return None
    checks = []
    passed = 0
    for case, ini_name in CASES.items():
        verify = os.path.join(test_dir, "output_verify", case)
        ini = os.path.join(test_dir, "input", ini_name)
        try:
            results, seconds = run_case(ini, verify)
        except Exception as exc:  # noqa: BLE001 - report and go on with the other cases
            results, seconds = [(f"error: {type(exc).__name__}: {exc}", False, float("nan"), False)], 0.0
        ok = bool(results) and all(r[1] for r in results)
        passed += ok
        details = "; ".join(f"{name} {'ok' if good else 'FAILED'} (valid cells rel. diff {rel:.1e}"
                            f"{'' if mask else ', nodata differs'})" for name, good, rel, mask in results)
        print(f"  {case:<13} {ini_name:<18} {'ok' if ok else 'FAILED':<6} {seconds:.2f} s: {details}")
        checks.append((case, ok))
    print(f"omniscape maps: {passed}/{len(CASES)} cases passed (Omniscape's arrays_equal, rtol {RTOL:g})")
    refused = 0
    for name in BAD:
        ok, message = bad_case(os.path.join(test_dir, "input", name))
        refused += ok
        print(f"  {name:<26} {'refused' if ok else 'ACCEPTED'}: {message}")
        checks.append((name, ok))
    print(f"omniscape bad configurations: {refused}/{len(BAD)} refused with a message")
    return checks


if __name__ == "__main__":
    result = suite(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "..", "shared", "validation"))
    sys.exit(0 if result and all(ok for _, ok in result) else 1)
