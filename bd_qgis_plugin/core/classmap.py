"""Class maps: pixel counts per class (block by block) and class values at sample points."""

import numpy as np
from osgeo import osr

from .errors import InputError
from .raster_io import RasterReader, Window, run_blockwise


def pixel_area_ha(grid):
    """Area of one pixel in hectares; refuses a geographic (degree) CRS — areas need a projected CRS."""
    if not grid.crs_wkt:
        raise InputError("The class map has no CRS: areas in hectares need a projected CRS in metres.")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs_wkt)
    if srs.IsGeographic() or not srs.IsProjected():
        raise InputError("The class map is in a geographic CRS ({crs}): areas cannot be computed in degrees. "
                         "Reproject it to a projected CRS (e.g. the province's VN-2000 TM-3 zone or UTM) first.",
                         crs=grid.crs_name())
    metres = srs.GetLinearUnits()
    return grid.pixel_area * metres * metres / 10_000.0


def class_pixel_counts(path, band=1, progress=None, is_cancelled=None):
    """{class code: pixel count} over the valid (non-nodata) pixels of an integer class map."""
    counts = {}
    with RasterReader(path) as reader:
        reader.check_bands([band])
        if reader.dtype.kind == "f":
            raise InputError("'{name}' holds decimal values: a class map must hold integer class codes.",
                             name=reader.label)

        def process(window):
            data, valid = reader.read(window, [band])
            values, n = np.unique(data[0][valid], return_counts=True)
            for v, c in zip(values.tolist(), n.tolist()):
                counts[v] = counts.get(v, 0) + c

        run_blockwise(reader.windows(), process, progress, is_cancelled)
    return dict(sorted(counts.items()))


def classes_at_points(path, xs, ys, band=1):
    """Class code of the pixel under each point (x, y in the raster's CRS); None on nodata.

    Points outside the raster raise an error listing them (by position in the input).
    """
    with RasterReader(path) as reader:
        gt = reader.grid.geotransform
        if gt[2] or gt[4]:
            raise InputError("Rotated rasters are not supported: '{name}'.", name=reader.label)
        cols = np.floor((np.asarray(xs, dtype="float64") - gt[0]) / gt[1]).astype(int)
        rows = np.floor((np.asarray(ys, dtype="float64") - gt[3]) / gt[5]).astype(int)
        outside = [i for i, (c, r) in enumerate(zip(cols, rows))
                   if not (0 <= c < reader.width and 0 <= r < reader.height)]
        if outside:
            raise InputError("{count} reference point(s) fall outside the class map (input order: {which}).",
                             count=len(outside), which=", ".join(str(i + 1) for i in outside[:20]))
        values = []
        for c, r in zip(cols, rows):
            data, valid = reader.read(Window(int(c), int(r), 1, 1), [band])
            values.append(int(data[0, 0, 0]) if valid[0, 0] else None)
    return values
