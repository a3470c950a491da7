"""Helpers shared by the corridor algorithms (not an algorithm module: the provider skips ``_`` modules)."""

import numpy as np
from osgeo import osr
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from bd_qgis_plugin.core import circuit
from bd_qgis_plugin.core.costdistance import RasterGrid, check_memory, read_resistance_raster
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.native import load_error as native_load_error
from bd_qgis_plugin.core.raster_io import RasterReader, RasterWriter
from bd_qgis_plugin.i18n import tr

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


def read_focal_vector(algorithm, parameters, context, feedback, crs, geotransform, shape, source_param="FOCAL",
                      field_param="FOCAL_ID_FIELD"):
    """Focal grid from a point/polygon layer (ids from a field, or 1..n)."""
    source = algorithm.parameterAsSource(parameters, source_param, context)
    if source is None:
        return None
    fields = algorithm.parameterAsFields(parameters, field_param, context)
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    features = []
    for n, feature in enumerate(source.getFeatures(), start=1):
        geometry = feature.geometry()
        if geometry.isNull():
            continue
        geometry.transform(transform)
        fid = n
        if fields:
            try:
                fid = int(feature[fields[0]])
            except (TypeError, ValueError) as exc:
                raise InputError("Focal id '{value}' is not a whole number.", value=feature[fields[0]]) from exc
            if fid <= 0:
                raise InputError("Focal ids must be positive whole numbers (found {value}).", value=fid)
        features.append((fid, bytes(geometry.asWkb())))
    if not features:
        raise InputError("The focal layer has no features.")
    feedback.pushInfo(tr("{count} focal features read.").format(count=len(features)))
    return circuit.rasterize_focal(features, geotransform, shape)


# Field names shared with styles/corridor_links.qml (graduated on ``ratio``) and bd:indicatorreport:
# lcd = least-cost distance (path cost), length_m = path length, euclid = edge-to-edge Euclidean distance
# (map units), ratio = lcd / euclid.
LINK_FIELDS = (("core_a", QVariant.String), ("core_b", QVariant.String), ("status", QVariant.String),
               ("lcd", QVariant.Double), ("length_m", QVariant.Double), ("euclid", QVariant.Double),
               ("ratio", QVariant.Double), ("crosses", QVariant.String))


def link_feature(fields, link):
    """A feature for a link: the path as a line (no geometry when disconnected); None instead of infinity."""
    feature = QgsFeature(fields)
    if len(link.path) > 1:
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in link.path]))
    connected = link.status != "disconnected"
    feature.setAttributes([str(link.a), str(link.b), link.status, link.lcd if connected else None,
                           link.length if connected else None, link.euclidean, link.ratio,
                           ", ".join(str(c) for c in link.crosses) or None])
    return feature


def add_core_parameters(alg):
    alg.add(QgsProcessingParameterFeatureSource("CORES", tr("Core areas"), [QgsProcessing.TypeVectorPolygon]),
            tr("Polygons of the core areas (reserves, habitat patches). A core smaller than a cell gets the cell "
               "under its centroid; cores outside the resistance raster or sharing cells are refused."))
    alg.add(QgsProcessingParameterField("CORE_ID_FIELD", tr("Core id field"), parentLayerParameterName="CORES",
                                        optional=True),
            tr("Field naming each core; features sharing an id are one core. Without it cores are numbered 1, 2, …"))
