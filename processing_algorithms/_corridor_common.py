"""Helpers shared by the corridor algorithms (not an algorithm module: the provider skips ``_`` modules)."""

import numpy as np
from osgeo import osr
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingParameterEnum,
    QgsWkbTypes,
)

from ..core.costdistance import RasterGrid, check_memory, read_resistance_raster
from ..core.errors import InputError
from ..core.native import load_error as native_load_error
from ..core.raster_io import RasterReader, RasterWriter
from ..i18n import tr

NEIGHBOURS = (8, 16)
UNITS = ("map", "cells")


def add_search_parameters(alg):
    """NEIGHBOURS and UNITS, the same in every corridor algorithm."""
    alg.add(QgsProcessingParameterEnum("NEIGHBOURS", tr("Neighbours"),
                                       options=[tr("8 (queen's moves)"), tr("16 (queen's and knight's moves)")],
                                       defaultValue=0),
            tr("Moves from a cell: to its 8 neighbours, or also the 8 knight's moves (smoother, less "
               "blocky paths, as GRASS r.cost -k; a knight's move costs the mean resistance of the four cells "
               "it crosses × √5)."))
    alg.add(QgsProcessingParameterEnum("UNITS", tr("Distance units"),
                                       options=[tr("Map units (resistance × metres, as ArcGIS and Linkage Mapper)"),
                                                tr("Cells (resistance × cells, as GRASS r.cost)")],
                                       defaultValue=0),
            tr("How step lengths are counted: in map units (a step between 20 m cells of resistance 1 costs 20) "
               "or in cells (it costs 1). Cutoffs and maximum costs are in the same units."), advanced=True)


def search_options(alg, parameters, context, feedback):
    """(neighbours, units); warns when the compiled search is missing and the slower library search runs."""
    reason = native_load_error()
    if reason:
        feedback.pushWarning(tr("The compiled cost search is not available on this system ({reason}); the slower "
                                "library search is used instead (same results).").format(reason=reason))
    return (NEIGHBOURS[alg.parameterAsEnum(parameters, "NEIGHBOURS", context)],
            UNITS[alg.parameterAsEnum(parameters, "UNITS", context)])


def units_label(units):
    return "resistance × map units" if units == "map" else "resistance × cells"


def read_resistance(alg, parameters, context, units="map", neighbours=8, surfaces=1, name="RESISTANCE"):
    """(resistance with +inf on nodata, as the search takes it; raster_io Grid, core RasterGrid, source path).

    A grid too large for the memory available is refused before it is read, with the estimate.
    """
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        raise InputError("The resistance raster could not be opened.")
    with RasterReader(layer.source()) as reader:
        grid = reader.grid
        gt = grid.geotransform
        if gt[2] or gt[4]:
            raise InputError("Rotated rasters are not supported: '{name}'.", name=reader.label)
        if units == "map":
            srs = osr.SpatialReference()
            if grid.crs_wkt:
                srs.ImportFromWkt(grid.crs_wkt)
            if not grid.crs_wkt or srs.IsGeographic() or not srs.IsProjected():
                raise InputError("The resistance raster '{name}' is not in a projected CRS ({crs}): distances in "
                                 "map units need metres. Reproject it (e.g. to UTM or VN-2000) or count in cells.",
                                 name=reader.label, crs=grid.crs_name())
        check_memory(reader.width * reader.height, neighbours, surfaces)
        resistance = read_resistance_raster(reader)
    return resistance, grid, RasterGrid(grid.width, grid.height, gt, grid.crs_wkt), layer.source()


def read_features(alg, parameters, context, feedback, crs, source_param, field_param=None, polygons=True):
    """[(id text, WKB in ``crs``)] of a vector parameter; features sharing an id are merged.

    Without an id field the id is the feature's position (1, 2, …). Invalid geometries are repaired.
    """
    previous = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    try:
        source = alg.parameterAsSource(parameters, source_param, context)
        features = list(source.getFeatures()) if source is not None else []
    finally:
        context.setInvalidGeometryCheck(previous)
    if source is None:
        return None
    fields = alg.parameterAsFields(parameters, field_param, context) if field_param else []
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    parts = {}
    for number, feature in enumerate(features, start=1):
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        geometry.transform(transform)
        key = str(feature[fields[0]]) if fields else str(number)
        if polygons and QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise InputError("Core '{core}' is not a polygon.", core=key)
        parts.setdefault(key, []).append(geometry)
    if not parts:
        raise InputError("The layer '{name}' has no features with a geometry.", name=source_param)
    merged = []
    for key, geometries in parts.items():
        geometry = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else geometries[0]
        merged.append((key, bytes(geometry.asWkb())))
    return merged


def write_raster(path, grid, array, dtype, nodata, description, metadata=None):
    """Write a whole array as a tiled GeoTIFF (atomically, through RasterWriter), strip by strip."""
    with RasterWriter(path, grid, 1, dtype, nodata=nodata, descriptions=[description]) as writer:
        writer.write_grid(np.asarray(array))
        if metadata:
            writer.set_metadata(metadata)
    return path


