"""Helpers and parameter names shared by the corridor algorithms (not an algorithm module: the provider skips it)."""

import numpy as np
from osgeo import osr
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from bd_qgis_plugin.compat import parameter_as_strings
from bd_qgis_plugin.core import circuit
from bd_qgis_plugin.core.costdistance import check_search_memory, read_resistance_raster
from bd_qgis_plugin.core.errors import InputError, MissingPackageError
from bd_qgis_plugin.core.native import load_error as native_load_error
from bd_qgis_plugin.core.raster_io import RasterReader, RasterWriter, Window
from bd_qgis_plugin.core.rasterize import rasterize_features
from bd_qgis_plugin.dependencies import is_available
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import make_fields
from bd_qgis_plugin.processing_algorithms.inputs import ANY, POLYGON, read_features

# Parameter names used by several algorithms of the group (those of one algorithm are on its class, those of
# several groups on BdAlgorithm). The strings are the public API of ``processing.run``: never rename them.
RESISTANCE = "RESISTANCE"
CORES = "CORES"
CORE_ID_FIELD = "CORE_ID_FIELD"
NEIGHBOURS = "NEIGHBOURS"
UNITS = "UNITS"
SOURCES = "SOURCES"
CUTOFF = "CUTOFF"
LINKS = "LINKS"
LINK_FROM_FIELD = "LINK_FROM_FIELD"
LINK_TO_FIELD = "LINK_TO_FIELD"

#: The choices of the cost-search NEIGHBOURS and UNITS parameters, in their enum order.
NEIGHBOUR_CHOICES = (8, 16)
UNIT_CHOICES = ("map", "cells")


def add_search_parameters(alg):
    """NEIGHBOURS and UNITS, the same in every corridor algorithm."""
    alg.add(QgsProcessingParameterEnum(NEIGHBOURS, tr("Neighbours"),
                                       options=[tr("8 (queen's moves)"), tr("16 (queen's and knight's moves)")],
                                       defaultValue=0),
            tr("Moves from a cell: to its 8 neighbours, or also the 8 knight's moves (smoother, less "
               "blocky paths, as GRASS r.cost -k; a knight's move costs the mean resistance of the four cells "
               "it crosses × √5)."))
    alg.add(QgsProcessingParameterEnum(UNITS, tr("Distance units"),
                                       options=[tr("Map units (resistance × metres, as ArcGIS and Linkage Mapper)"),
                                                tr("Cells (resistance × cells, as GRASS r.cost)")],
                                       defaultValue=0),
            tr("How step lengths are counted: in map units (a step between 20 m cells of resistance 1 costs 20) "
               "or in cells (it costs 1). Cutoffs and maximum costs are in the same units."), advanced=True)


def search_options(alg, parameters, context, feedback):
    """(neighbours, units); warns when the compiled search is missing and the slower library search runs."""
    reason = native_load_error()
    if reason and not is_available("scipy"):  # the library search is scipy's: stop before any work
        raise MissingPackageError("scipy")
    if reason:
        feedback.pushWarning(tr("The compiled cost search is not available on this system ({reason}); the slower "
                                "library search is used instead (same results).").format(reason=reason))
    return (NEIGHBOUR_CHOICES[alg.parameterAsEnum(parameters, NEIGHBOURS, context)],
            UNIT_CHOICES[alg.parameterAsEnum(parameters, UNITS, context)])


def units_label(units):
    return "resistance × map units" if units == "map" else "resistance × cells"


def read_resistance(alg, parameters, context, units="map", neighbours=8, surfaces=1, name=RESISTANCE):
    """(resistance with +inf on nodata, as the search takes it; its raster_io Grid).

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
        check_search_memory(reader.width * reader.height, neighbours, surfaces)
        resistance = read_resistance_raster(reader)
    return resistance, grid


def read_cores(alg, parameters, context, feedback, crs, what, name=CORES, id_field=CORE_ID_FIELD, kind=POLYGON,
               merge=True):
    """[(id text, WKB in ``crs``)] of a vector parameter through the plugin's one reader
    (:func:`inputs.read_features`), or None when it is not given. The id field is optional here: without one
    the features are numbered 1, 2, … in layer order."""
    if id_field and not parameter_as_strings(alg, parameters, id_field, context):
        id_field = None
    return read_features(alg, parameters, name, context, feedback, crs, what, id_field=id_field, kind=kind,
                         merge=merge)


def read_focal_vector(alg, parameters, context, feedback, crs, grid, name, id_field, what):
    """Focal-node grid (ids, 0 = none) of a point/polygon parameter on ``grid``, or None when it is not given.

    Features are kept apart (features sharing an id form one focal region, as in Circuitscape); ids are positive
    whole numbers (1, 2, … without an id field). Rasterised by :func:`rasterize.rasterize_features`.
    """
    features = read_cores(alg, parameters, context, feedback, crs, what, name, id_field, kind=ANY, merge=False)
    if features is None:
        return None
    focal = []
    for key, wkb in features:
        try:
            fid = _whole_number(key)
        except (TypeError, ValueError) as exc:
            raise InputError("Focal id '{value}' is not a whole number.", value=key) from exc
        if fid <= 0:
            raise InputError("Focal ids must be positive whole numbers (found {value}).", value=fid)
        focal.append((fid, wkb))
    feedback.pushInfo(tr("{count} focal features read.").format(count=len(focal)))
    return rasterize_features(grid, focal, focal=True).id_grid()


def _whole_number(text):
    """The id ``text`` as an int; a decimal (from a real-valued field) is truncated, as ``int()`` of the value was."""
    try:
        return int(text)
    except ValueError:
        return int(float(text))


def write_raster(path, grid, array, dtype="float32", nodata=-9999.0, description=None, metadata=None, valid=None):
    """Write a whole array as a tiled GeoTIFF (atomically, through RasterWriter); nodata where ``valid`` is
    False when given, else where the array is NaN or ±inf (written strip by strip)."""
    with RasterWriter(path, grid, 1, dtype, nodata=nodata,
                      descriptions=[description] if description else None) as writer:
        if valid is None:
            writer.write_grid(np.asarray(array))
        else:
            writer.write(Window(0, 0, grid.width, grid.height), array, valid)
        if metadata:
            writer.set_metadata(metadata)
    return path


# Field names shared with styles/corridor_links.qml (graduated on ``ratio``) and bd:indicatorreport:
# lcd = least-cost distance (path cost), length_m = path length, euclid = edge-to-edge Euclidean distance
# (map units), ratio = lcd / euclid; group = the group of cores both cores belong to (cores that barriers separate
# fall into groups: report_groups), empty between groups.
LINK_FIELDS = (("core_a", "String"), ("core_b", "String"), ("status", "String"),
               ("lcd", "Double"), ("length_m", "Double"), ("euclid", "Double"),
               ("ratio", "Double"), ("crosses", "String"), ("group", "Int"))


def link_feature(fields, link):
    """A feature for a link: the path as a line (no geometry when disconnected); None instead of infinity."""
    feature = QgsFeature(fields)
    if len(link.path) > 1:
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in link.path]))
    connected = link.status != "disconnected"
    feature.setAttributes([str(link.a), str(link.b), link.status, link.lcd if connected else None,
                           link.length if connected else None, link.euclidean, link.ratio,
                           ", ".join(str(c) for c in link.crosses) or None, link.group])
    return feature


def report_groups(feedback, groups):
    """Warn when barriers split the cores into groups that no path joins, naming each group's cores; says nothing
    when all cores form one group."""
    if groups and len(groups) > 1:
        feedback.pushWarning(tr("The cores fall into {n} groups that no path joins (barriers between them): "
                                "{groups}. No link or corridor joins two groups; the links' 'group' field gives "
                                "each link's group.").format(
            n=len(groups), groups="; ".join(f"{number}: {', '.join(str(c) for c in members)}"
                                            for number, members in enumerate(groups, start=1))))


def report_centroid_cells(feedback, cells, what="Cores"):
    """Say which cores (or sources) smaller than a cell were placed on their centroid's cell (FeatureCells)."""
    if cells.centroid_cell:
        message = (tr("Cores smaller than a cell placed on their centroid's cell: {ids}.") if what == "Cores" else
                   tr("Sources smaller than a cell placed on their centroid's cell: {ids}."))
        feedback.pushInfo(message.format(ids=", ".join(cells.centroid_cell)))


def write_links(alg, parameters, name, context, crs, links):
    """The least-cost links as lines (LINK_FIELDS) in the sink parameter ``name``, styled as corridor links; the
    sink's destination."""
    fields = make_fields(LINK_FIELDS)
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.LineString, crs)
    for link in links:
        sink.addFeature(link_feature(fields, link), QgsFeatureSink.Flag.FastInsert)
    alg.style_output(context, dest, "corridor_links")
    return dest


def add_core_parameters(alg, label=None, help_text=None, id_help=None, numeric_ids=False):
    """CORES and its optional CORE_ID_FIELD; the labels and help of the least-cost algorithms unless given."""
    alg.add(QgsProcessingParameterFeatureSource(CORES, label or tr("Core areas"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            help_text or tr("Polygons of the core areas (reserves, habitat patches). A core smaller than a cell "
                            "gets the cell under its centroid; cores outside the resistance raster or sharing cells "
                            "are refused."))
    kind = QgsProcessingParameterField.DataType.Numeric if numeric_ids else QgsProcessingParameterField.DataType.Any
    alg.add(QgsProcessingParameterField(CORE_ID_FIELD, tr("Core id field"), parentLayerParameterName=CORES,
                                        type=kind, optional=True),
            id_help or tr("Field naming each core; features sharing an id are one core. Without it cores are "
                          "numbered 1, 2, …"))


def add_link_parameters(alg, label, help_text):
    """LINKS, an optional link table, and its two core-id fields LINK_FROM_FIELD and LINK_TO_FIELD."""
    alg.add(QgsProcessingParameterFeatureSource(LINKS, label, [QgsProcessing.SourceType.TypeVector], optional=True),
            help_text)
    alg.add(QgsProcessingParameterField(LINK_FROM_FIELD, tr("Link: first core field"), parentLayerParameterName=LINKS,
                                        optional=True),
            tr("Field of the link table with the id of one core."))
    alg.add(QgsProcessingParameterField(LINK_TO_FIELD, tr("Link: second core field"), parentLayerParameterName=LINKS,
                                        optional=True),
            tr("Field of the link table with the id of the other core."))


def warn_if_no_amg(feedback):
    """Say once per run which solver large circuits get when pyamg cannot load here, and what that costs."""
    note = circuit.amg_missing_note()
    if note is not None:
        feedback.pushWarning(note.translated(tr))
