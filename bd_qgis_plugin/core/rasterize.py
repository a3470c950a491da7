"""Vector features onto a raster grid: the one rasterizer of cores, sources and focal nodes.

A feature marks the cells whose centre it contains (GDAL ``RasterizeLayer``; a point marks the cell that
contains it); a feature that marks no cell (a polygon smaller than a cell, missing every centre) takes the
cell under its centroid. Cells off the grid are not marked. No Qt/QGIS imports.
"""

import math
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, ogr, osr

from .errors import InputError

gdal.UseExceptions()
ogr.UseExceptions()


@dataclass
class FeatureCells:
    """Features rasterised on a grid: ``raster`` holds 1-based feature numbers (0 elsewhere)."""

    raster: np.ndarray
    ids: list
    centroid_cell: list = field(default_factory=list)  # ids of features given their centroid's cell

    def id_grid(self):
        """The grid of feature ids (int64, 0 where no feature), for whole-number ids."""
        return np.array([0] + [int(i) for i in self.ids], dtype=np.int64)[self.raster]


def rasterize_features(grid, features, focal=False):
    """Rasterise ``features`` = [(id, WKB)] on ``grid`` (a :class:`raster_io.Grid`); a :class:`FeatureCells`.

    Cores and sources (default): an empty list, features entirely off the grid and two features claiming one
    cell are refused, naming them all. Focal nodes and regions (``focal``, Circuitscape's rule): a later
    feature takes the cells of an earlier one, and the first feature off the grid (or without a geometry) is
    refused.
    """
    if not features and not focal:
        raise InputError("The cores layer has no features.")
    ds = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Int32)
    ds.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        ds.SetProjection(grid.crs_wkt)
    band = ds.GetRasterBand(1)
    raster = np.zeros((grid.height, grid.width), dtype="int32")
    gt = grid.geotransform
    srs = osr.SpatialReference(wkt=grid.crs_wkt) if grid.crs_wkt else None
    small, off_grid, shared = [], [], []
    for number, (feature_id, wkb) in enumerate(features, start=1):
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        if focal and (geometry is None or geometry.IsEmpty()):
            raise InputError("Focal feature {id} has no geometry.", id=feature_id)
        source = ogr.GetDriverByName("Memory").CreateDataSource("")  # held: the layer dies with it
        layer = source.CreateLayer("feature", srs=srs)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
        band.Fill(0)
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # a layer without a CRS is on the grid's CRS
        try:
            gdal.RasterizeLayer(ds, [1], layer, burn_values=[1])
        finally:
            gdal.PopErrorHandler()
        mask = band.ReadAsArray().astype(bool)
        if not mask.any():
            centroid = geometry.Centroid()
            col = int(math.floor((centroid.GetX() - gt[0]) / gt[1]))
            row = int(math.floor((centroid.GetY() - gt[3]) / gt[5]))
            if not (0 <= row < grid.height and 0 <= col < grid.width):
                if focal:
                    raise InputError("Focal feature {id} lies outside the resistance raster. Move it inside the "
                                     "raster or extend the raster.", id=feature_id)
                off_grid.append(str(feature_id))
                continue
            mask[row, col] = True
            small.append(feature_id)
        overlap = mask & (raster > 0)
        if overlap.any() and not focal:
            other = features[int(raster[overlap][0]) - 1][0]
            shared.append(f"{other} / {feature_id}")
            mask &= ~overlap
        raster[mask] = number
    if off_grid:
        raise InputError("Core(s) or source(s) {ids} lie outside the resistance raster. Clip or extend the "
                         "rasters so every one is inside.", ids=", ".join(off_grid))
    if shared:
        raise InputError("Cores or sources {pairs} share cells of the resistance raster: merge them or give "
                         "them one id.", pairs="; ".join(shared))
    return FeatureCells(raster, [feature_id for feature_id, _ in features], small)
