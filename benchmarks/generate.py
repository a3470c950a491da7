"""Generate benchmark inputs block by block (never the whole raster in memory)."""

import os

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

S2_STACK = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]
# Typical TOA reflectance ×10000 per band for water and vegetation: the generated scene mixes them
# along smooth fields so that indices vary like a real scene, plus noise.
WATER = np.array([900, 700, 500, 400, 300, 250, 200, 180, 100, 80], dtype="float32")
VEGETATION = np.array([400, 700, 450, 1200, 2600, 3000, 3300, 3400, 1800, 900], dtype="float32")


def generate_s2_like(path, size, block=512, seed=7):
    """Write a size×size×10 UInt16 Sentinel-2-like GeoTIFF (tiled 512, uncompressed) unless it exists.

    Returns True if it was written. Nodata (0) fills a triangle in the upper-left corner, as at a
    Sentinel-2 tile's swath edge.
    """
    if os.path.exists(path):
        ds = gdal.Open(path)
        if (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) == (size, size, len(S2_STACK)):
            return False
    rng = np.random.default_rng(seed)
    tmp = path + ".part.tif"
    ds = gdal.GetDriverByName("GTiff").Create(
        tmp, size, size, len(S2_STACK), gdal.GDT_UInt16,
        options=["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}", "BIGTIFF=YES", "INTERLEAVE=BAND"])
    ds.SetGeoTransform((300000.0, 10.0, 0.0, 1300000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32648)
    ds.SetProjection(srs.ExportToWkt())
    for i, name in enumerate(S2_STACK, start=1):
        ds.GetRasterBand(i).SetDescription(name)
        ds.GetRasterBand(i).SetNoDataValue(0)
    cols = np.arange(size, dtype="float32")
    for row in range(0, size, block):
        rows = np.arange(row, min(row + block, size), dtype="float32")[:, None]
        veg = 0.5 + 0.5 * np.sin(cols / 370.0) * np.cos(rows / 290.0)  # 0 = water … 1 = vegetation
        nodata = (cols[None, :] + rows) < size * 0.15
        for b in range(len(S2_STACK)):
            values = WATER[b] + (VEGETATION[b] - WATER[b]) * veg
            values = values + rng.normal(0, 60, values.shape).astype("float32")
            out = np.clip(values, 1, 10000).astype("uint16")
            out[nodata] = 0
            ds.GetRasterBand(b + 1).WriteArray(out, 0, row)
    ds = None
    os.replace(tmp, path)
    return True


def generate_class_map(path, size, block=512, classes=6):
    """A size×size UInt8 class map (codes 1..classes in smooth patches, 0 = nodata corner), 10 m, UTM 48N."""
    if os.path.exists(path):
        ds = gdal.Open(path)
        if (ds.RasterXSize, ds.RasterYSize) == (size, size):
            return False
    tmp = path + ".part.tif"
    ds = gdal.GetDriverByName("GTiff").Create(tmp, size, size, 1, gdal.GDT_Byte,
                                              options=["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}",
                                                       "COMPRESS=DEFLATE"])
    ds.SetGeoTransform((300000.0, 10.0, 0.0, 1300000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32648)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    cols = np.arange(size, dtype="float32")
    for row in range(0, size, block):
        rows = np.arange(row, min(row + block, size), dtype="float32")[:, None]
        field = np.sin(cols / 211.0) + np.cos(rows / 157.0) + 0.5 * np.sin((cols + rows) / 89.0)
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
    srs.ImportFromEPSG(32648)
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
    srs.ImportFromEPSG(32648)
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
