"""Generate benchmark inputs block by block (never the whole raster in memory).

Inputs are cached in the work folder and reused when a file of the right size and band layout is there;
a half-written input never has the final name (written to ``*.part.tif``, renamed when complete).
"""

import os
import sys

import numpy as np
from osgeo import gdal, osr

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the checkout is the plugin

from bd_qgis_plugin.core.sensors import S2_LAYOUTS  # noqa: E402  (the band layouts the core recognises)

gdal.UseExceptions()

S2_STACK = list(S2_LAYOUTS[10])  # B02 … B12: the project's 10-band stack, the default benchmark input
# Typical TOA reflectance ×10000 per band for water and vegetation: the generated scene mixes them
# along smooth fields so that indices vary like a real scene, plus noise. (Values for the 10-band
# stack are those the published figures were measured on; B01/B09/B10 only serve --bands 12/13.)
WATER = dict(zip(S2_STACK, np.array([900, 700, 500, 400, 300, 250, 200, 180, 100, 80], dtype="float32")))
VEGETATION = dict(zip(S2_STACK, np.array([400, 700, 450, 1200, 2600, 3000, 3300, 3400, 1800, 900],
                                         dtype="float32")))
WATER.update(B01=np.float32(1000), B09=np.float32(50), B10=np.float32(20))
VEGETATION.update(B01=np.float32(450), B09=np.float32(1000), B10=np.float32(25))
# Sentinel-2 L1C/L2A 10 m tile: 10980 × 10980 pixels; UTM 48N (EPSG:32648) covers most of Vietnam.
EPSG = 32648
GEOTRANSFORM = (300000.0, 10.0, 0.0, 1300000.0, 0.0, -10.0)


def s2_like_path(workdir, size, bands=10):
    """Cache path of the generated Sentinel-2-like input (the 10-band stack keeps its historical name)."""
    suffix = "" if bands == 10 else f"_{bands}b"
    return os.path.join(workdir, f"s2like_{size}{suffix}.tif")


def s2_band_names(bands):
    """Band names of the Sentinel-2 layout with ``bands`` bands (one the core recognises)."""
    if bands not in S2_LAYOUTS:
        raise SystemExit(f"--bands {bands}: the core knows Sentinel-2 layouts of {sorted(S2_LAYOUTS)} bands only")
    return list(S2_LAYOUTS[bands])


def _is_cached(path, size, names):
    if not os.path.exists(path):
        return False
    try:
        ds = gdal.Open(path)
    except RuntimeError:
        return False
    descriptions = [ds.GetRasterBand(i).GetDescription() for i in range(1, ds.RasterCount + 1)]
    return (ds.RasterXSize, ds.RasterYSize, ds.GetRasterBand(1).DataType, descriptions) == (
        size, size, gdal.GDT_UInt16, names)


def create_uint16_tile(path, size, names, block=512):
    """An empty size×size UInt16 GeoTIFF (tiled ``block``², uncompressed, BigTIFF, band-interleaved) on the
    benchmark grid (10 m, UTM 48N), one band per name in ``names`` (its description), nodata 0; the dataset."""
    ds = gdal.GetDriverByName("GTiff").Create(
        path, size, size, len(names), gdal.GDT_UInt16,
        options=["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}", "BIGTIFF=YES", "INTERLEAVE=BAND"])
    ds.SetGeoTransform(GEOTRANSFORM)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    for i, name in enumerate(names, start=1):
        ds.GetRasterBand(i).SetDescription(name)
        ds.GetRasterBand(i).SetNoDataValue(0)
    return ds


def generate_s2_like(path, size, bands=10, block=512, seed=7):
    """Write a size×size×``bands`` UInt16 Sentinel-2-like GeoTIFF unless a matching one exists.

    Tiled 512×512 like the Sentinel-2 JP2s, uncompressed (fast to write; 2.4 GB at 10980² × 10), band
    descriptions B02 … so the core finds the bands by name, 10 m pixels in UTM 48N. Values are
    reflectance DN (1–10000): a smooth water ↔ vegetation field plus Gaussian noise (σ 60 DN). Nodata (0)
    fills a triangle in the upper-left corner, as at a Sentinel-2 tile's swath edge. Memory: one row of
    blocks of one band at a time.

    Returns True if it was written.
    """
    names = s2_band_names(bands)
    if _is_cached(path, size, names):
        return False
    rng = np.random.default_rng(seed)
    tmp = path + ".part.tif"
    ds = create_uint16_tile(tmp, size, names, block)
    cols = np.arange(size, dtype="float32")
    for row in range(0, size, block):
        rows = np.arange(row, min(row + block, size), dtype="float32")[:, None]
        veg = 0.5 + 0.5 * np.sin(cols / 370.0) * np.cos(rows / 290.0)  # 0 = water … 1 = vegetation
        nodata = (cols[None, :] + rows) < size * 0.15
        for b, name in enumerate(names):
            values = WATER[name] + (VEGETATION[name] - WATER[name]) * veg
            values = values + rng.normal(0, 60, values.shape).astype("float32")
            out = np.clip(values, 1, 10000).astype("uint16")
            out[nodata] = 0
            ds.GetRasterBand(b + 1).WriteArray(out, 0, row)
    ds = None
    os.replace(tmp, path)
    return True


def generate_class_map(path, size, block=512, classes=6, shift=0):
    """A size×size UInt8 class map (codes 1..classes in smooth patches, 0 = nodata corner), 10 m, UTM 48N;
    ``shift`` (pixels) moves the patches east, e.g. one year of a series to the next."""
    if os.path.exists(path):
        ds = gdal.Open(path)
        if (ds.RasterXSize, ds.RasterYSize) == (size, size):
            return False
    tmp = path + ".part.tif"
    ds = gdal.GetDriverByName("GTiff").Create(tmp, size, size, 1, gdal.GDT_Byte,
                                              options=["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}",
                                                       "COMPRESS=DEFLATE"])
    ds.SetGeoTransform(GEOTRANSFORM)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    cols = np.arange(size, dtype="float32")
    for row in range(0, size, block):
        rows = np.arange(row, min(row + block, size), dtype="float32")[:, None]
        field = np.sin((cols - shift) / 211.0) + np.cos(rows / 157.0) + 0.5 * np.sin((cols - shift + rows) / 89.0)
        codes = (np.clip((field + 2.5) / 5.0, 0, 0.999) * classes).astype("uint8") + 1
        codes[(cols[None, :] + rows) < size * 0.1] = 0
        ds.GetRasterBand(1).WriteArray(codes, 0, row)
    ds = None
    os.replace(tmp, path)
    return True


def generate_zones(path, size, count=10, seed=3):
    """``count`` reserve-like polygons (overlapping circles and boxes) over a size×size 10 m grid, as GeoPackage."""
    from osgeo import ogr

    if os.path.exists(path):
        os.remove(path)
    rng = np.random.default_rng(seed)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("zones", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    extent = size * 10.0
    for i in range(count):
        x = 300000.0 + rng.uniform(0.15, 0.85) * extent
        y = 1300000.0 - rng.uniform(0.15, 0.85) * extent
        radius = rng.uniform(0.05, 0.2) * extent
        point = ogr.CreateGeometryFromWkt(f"POINT({x} {y})")
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", f"reserve_{i + 1}")
        feature.SetGeometry(point.Buffer(radius, 16))
        layer.CreateFeature(feature)
    ds = None
    return path


def generate_training(path, size, box=12):
    """Training boxes on the generated Sentinel-2-like scene where its field is pure: water (veg ≈ 0),
    mixed (veg ≈ 0.5), vegetation (veg ≈ 1); veg = 0.5 + 0.5 sin(col/370) cos(row/290)."""
    from osgeo import ogr

    if os.path.exists(path):
        os.remove(path)
    period_c, period_r = 370 * 2 * np.pi, 290 * 2 * np.pi
    centres = {1: (370 * 1.5 * np.pi, 0.0), 2: (370 * 0.5 * np.pi, 290 * 0.5 * np.pi),
               3: (370 * 0.5 * np.pi, 0.0)}  # (col, row) of water, mixed, vegetation in the first period
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("training", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("class_code", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("class_name", ogr.OFTString))
    names = {1: "water", 2: "mixed", 3: "vegetation"}
    for code, (c0, r0) in centres.items():
        for i in range(-1, int(size / period_c) + 1):
            for j in range(-1, int(size / period_r) + 1):
                col, row = c0 + i * period_c, r0 + j * period_r
                if not (box <= col < size - box and box <= row < size - box) or col + row < size * 0.15 + 2 * box:
                    continue
                x0, y0 = 300000.0 + (col - box / 2) * 10, 1300000.0 - (row - box / 2) * 10
                x1, y1 = x0 + box * 10, y0 - box * 10
                feature = ogr.Feature(layer.GetLayerDefn())
                feature.SetField("class_code", code)
                feature.SetField("class_name", names[code])
                feature.SetGeometry(ogr.CreateGeometryFromWkt(
                    f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
                layer.CreateFeature(feature)
    del layer, ds
    return path
