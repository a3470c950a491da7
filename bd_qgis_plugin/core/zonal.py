"""Pixels of every class inside every zone (reserve, commune…), block by block.

Each zone is rasterised on its own (GDAL ``Rasterize``, pixel centres inside the polygon) into a
temporary tiled mask covering just its bounding window of the class map's grid. Overlapping or
nested zones therefore each get their full area, which a single zone-id raster could not give.
"""

import math
import os
import tempfile
import uuid

import numpy as np
from osgeo import gdal, ogr, osr

from .errors import Cancelled, InputError
from .raster_io import RasterReader, Window, block_windows, limited_block_cache


def polygon_window(grid, envelope):
    """Pixel window of the class grid covering ``envelope`` (minx, maxx, miny, maxy), clipped; None if outside."""
    gt = grid.geotransform
    minx, maxx, miny, maxy = envelope
    col0 = max(0, int(math.floor((minx - gt[0]) / gt[1])))
    col1 = min(grid.width, int(math.ceil((maxx - gt[0]) / gt[1])))
    row0 = max(0, int(math.floor((maxy - gt[3]) / gt[5])))
    row1 = min(grid.height, int(math.ceil((miny - gt[3]) / gt[5])))
    if col1 <= col0 or row1 <= row0:
        return None
    return Window(col0, row0, col1 - col0, row1 - row0)


def polygon_blocks(grid, geometry, window, folder):
    """Yield (sub-window of the grid, boolean mask of pixel centres inside ``geometry``) over ``window``.

    The polygon is rasterised alone (GDAL ``Rasterize``) into a temporary tiled mask in ``folder``
    that covers only ``window``; the mask is read block by block.
    """
    srs = osr.SpatialReference()
    if grid.crs_wkt:
        srs.ImportFromWkt(grid.crs_wkt)
    mem = gdal.GetDriverByName("Memory").Create("polygon", 0, 0, 0, gdal.GDT_Unknown)
    layer = mem.CreateLayer("polygon", srs if grid.crs_wkt else None, ogr.wkbUnknown)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    gt = grid.geotransform
    bounds = (gt[0] + window.col_off * gt[1], gt[3] + (window.row_off + window.height) * gt[5],
              gt[0] + (window.col_off + window.width) * gt[1], gt[3] + window.row_off * gt[5])
    mask_path = os.path.join(folder, f"mask_{uuid.uuid4().hex[:8]}.tif")
    gdal.Rasterize(mask_path, mem, format="GTiff", outputType=gdal.GDT_Byte, burnValues=[1], initValues=[0],
                   outputBounds=bounds, width=window.width, height=window.height,
                   creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
    mask_ds = gdal.Open(mask_path)
    try:
        band = mask_ds.GetRasterBand(1)
        for sub in block_windows(window.width, window.height, *band.GetBlockSize()):
            inside = band.ReadAsArray(sub.col_off, sub.row_off, sub.width, sub.height).astype(bool)
            if inside.any():
                yield Window(window.col_off + sub.col_off, window.row_off + sub.row_off, sub.width,
                             sub.height), inside
    finally:
        mask_ds = None
        os.remove(mask_path)


def read_geometry(wkb, label):
    """OGR geometry from WKB, repaired if invalid; an error naming ``label`` if unusable."""
    geometry = ogr.CreateGeometryFromWkb(bytes(wkb)) if wkb else None
    if geometry is None or geometry.IsEmpty():
        raise InputError("Polygon '{name}' has no geometry.", name=label)
    if not geometry.IsValid():
        geometry = geometry.MakeValid()
        if geometry is None or not geometry.IsValid():
            raise InputError("Polygon '{name}' has an invalid geometry that could not be repaired.", name=label)
    return geometry


def zone_class_pixels(class_path, zones, band=1, progress=None, is_cancelled=None):
    """{zone id: {class code: pixels}} for ``zones`` = [(zone id, geometry as WKB in the class map's CRS)].

    Zones outside the map get an empty dict. Invalid geometries are repaired (GEOS MakeValid); a
    geometry that cannot be read or repaired raises an error naming its zone.
    """
    result = {}
    with RasterReader(class_path) as reader, tempfile.TemporaryDirectory(prefix="bd-zones-") as tmp, \
            limited_block_cache():
        reader.check_bands([band])
        total = len(zones) or 1
        for n, (zone_id, wkb) in enumerate(zones):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            geometry = read_geometry(wkb, zone_id)
            counts = {}
            window = polygon_window(reader.grid, geometry.GetEnvelope())
            if window is not None:
                for sub, inside in polygon_blocks(reader.grid, geometry, window, tmp):
                    data, valid = reader.read(sub, [band])
                    values, number = np.unique(data[0][inside & valid], return_counts=True)
                    for v, c in zip(values.tolist(), number.tolist()):
                        counts[v] = counts.get(v, 0) + c
            result[zone_id] = dict(sorted(counts.items()))
            if progress is not None:
                progress((n + 1) / total)
    return result


def zone_area_table(zone_pixels, hectares_per_pixel, class_names=None):
    """Rows (zone, class, name, pixels, ha, % of zone's classified area) from :func:`zone_class_pixels`."""
    rows = []
    names = class_names or {}
    for zone, counts in zone_pixels.items():
        zone_total = sum(counts.values())
        for code, pixels in counts.items():
            rows.append({"zone": zone, "class": code, "class_name": names.get(code, ""), "pixels": pixels,
                         "area_ha": pixels * hectares_per_pixel,
                         "percent_of_zone": 100.0 * pixels / zone_total if zone_total else 0.0})
    return rows
