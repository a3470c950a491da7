"""bd:pinchpoints — current flow restricted to each corridor, per link (Linkage Mapper Pinchpoint Mapper)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from bd_qgis_plugin.compat import parameter_as_strings
from bd_qgis_plugin.core import circuit
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.pinchpoints import pinch_points
from bd_qgis_plugin.core.raster_io import check_aligned
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, make_fields
from bd_qgis_plugin.processing_algorithms.corridors.common import (
    CORE_ID_FIELD,
    CORES,
    CUTOFF,
    LINK_FROM_FIELD,
    LINK_TO_FIELD,
    LINKS,
    NEIGHBOURS,
    RESISTANCE,
    add_core_parameters,
    add_link_parameters,
    read_focal_vector,
    warn_if_no_amg,
    write_raster,
)


class PinchPointsAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "pinchpoints"
    OUTPUT_STYLES = {"OUTPUT": "current_density", "OUTPUT_TABLE": None}
    group_key = "corridors"
    REQUIRES = ("scipy",)
    CORRIDOR = "CORRIDOR"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    TAGS = ("Pinchpoint Mapper", "Linkage Mapper", "Circuitscape", "McRae")

    def display_name(self):
        return tr("Pinch points in corridors")

    def short_description(self):
        return tr("Where current concentrates inside each least-cost corridor (McRae 2012, Pinchpoint Mapper).")

    def help_text(self):
        return tr(
            "<p>Pinch points of least-cost corridors (McRae 2012, Linkage Mapper Pinchpoint Mapper): for every "
            "link between two cores, current flows (Circuitscape pairwise, 1 A, cores short-circuited) only "
            "inside the corridor of that link, i.e. where the normalized least-cost corridor NLCC = CWD_A + "
            "CWD_B − LCD is at most the cutoff (computed here with the project's cost rule: mean resistance × "
            "step length × cell size), or where a given corridor raster is at most the cutoff. Narrow places "
            "where current concentrates are pinch points. The per-link current maps are mosaicked by maximum "
            "(cores set to nodata); a table gives each link's effective resistance. A resistance raster too large "
            "for the memory is refused from its size before it is read (at least 150 bytes per cell, nodata or "
            "not), with the estimate.</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(RESISTANCE, tr("Resistance raster")),
                 tr("Resistance per cell (positive; nodata cells are barriers), in a projected CRS."))
        add_core_parameters(self, tr("Cores"), tr("Polygons of the habitat cores linked by the corridors."),
                            tr("Positive whole-number id of each core (the ids of the link table). Without it the "
                               "cores are numbered 1, 2, 3 …"), numeric_ids=True)
        add_link_parameters(self, tr("Links"), tr("Table of the links to map (e.g. the link table of a corridor "
                                                  "analysis). Without it every pair of cores is a link."))
        self.add(QgsProcessingParameterRasterLayer(self.CORRIDOR, tr("Corridor raster (NLCC)"), optional=True),
                 tr("Optional normalized least-cost corridor raster on the resistance grid (e.g. from bd:corridors). "
                    "Without it, each link's own corridor is computed here."))
        self.add(QgsProcessingParameterNumber(CUTOFF, tr("Corridor cutoff (cost units)"),
                                              QgsProcessingParameterNumber.Type.Double, 10000.0, minValue=0.0),
                 tr("Width of the corridor: cells whose NLCC is at most this value (resistance × map units, as "
                    "Linkage Mapper) belong to it."))
        self.add(QgsProcessingParameterEnum(NEIGHBOURS, tr("Neighbours"), ["4", "8"], defaultValue=1),
                 tr("Connect each cell to its 4 or 8 neighbours in the circuit."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Pinch-point current")),
                 tr("Current per cell (maximum over links), GeoTIFF with the CRS of the resistance raster; nodata "
                    "on cores and barriers."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Links with effective resistance"),
                                                   QgsProcessing.SourceType.TypeVector),
                 tr("One row per link: the two core ids, the effective resistance (-1 = not connected within the "
                    "cutoff), the least-cost distance (when computed here) and the number of corridor cells."))

    def compute(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, RESISTANCE, context)
        if layer is None:
            raise InputError("The resistance raster could not be opened.")
        values, valid, grid = circuit.read_band(layer.source())
        warn_if_no_amg(feedback)
        if layer.crs().isGeographic():
            raise InputError("The resistance raster is in a geographic CRS; reproject it to a projected CRS so "
                             "cost distances are in metres.")
        cores = read_focal_vector(self, parameters, context, feedback, layer.crs(), grid, CORES, CORE_ID_FIELD,
                                  tr("Cores"))
        if cores is None:
            raise InputError("The cores layer could not be opened.")
        core_ids = sorted(set(int(i) for i in np.unique(cores)) - {0})
        links = self._links(parameters, context, core_ids)
        corridor = None
        other = self.parameterAsRasterLayer(parameters, self.CORRIDOR, context)
        if other is not None:
            cvals, cvalid, corridor_grid = circuit.read_band(other.source())
            check_aligned({layer.name(): grid, other.name(): corridor_grid})
            corridor = np.where(cvalid, cvals, np.inf)
        progress, is_cancelled = self.progress_callbacks(feedback)
        feedback.pushInfo(tr("{count} link(s) to map.").format(count=len(links)))
        result = pinch_points(values, valid, cores, links, self.parameterAsDouble(parameters, CUTOFF, context),
                              abs(grid.geotransform[1]), corridor=corridor,
                              four_neighbours=self.parameterAsEnum(parameters, NEIGHBOURS, context) == 0,
                              progress=progress, is_cancelled=is_cancelled)
        for warning in result.warnings:
            feedback.reportError(tr("Warning: {message}").format(message=warning.translated(tr)))
        out = write_raster(self.parameterAsOutputLayer(parameters, self.OUTPUT, context), grid, result.current)
        self.style_output(context, out, "current_density")
        fields = make_fields((("core_a", "Int"), ("core_b", "Int"), ("eff_resistance", "Double"),
                              ("lcd", "Double"), ("corridor_cells", "LongLong")))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields, QgsWkbTypes.Type.NoGeometry)
        for link in result.links:
            feature = QgsFeature(fields)
            feature.setAttributes([link.core_a, link.core_b, link.effective_resistance, link.least_cost_distance,
                                   link.corridor_cells])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: out, self.OUTPUT_TABLE: dest}

    def _links(self, parameters, context, core_ids):
        source = self.parameterAsSource(parameters, LINKS, context)
        if source is None:
            return [(a, b) for n, a in enumerate(core_ids) for b in core_ids[n + 1:]]
        names = [parameter_as_strings(self, parameters, p, context) for p in (LINK_FROM_FIELD, LINK_TO_FIELD)]
        if not all(names):
            raise InputError("Choose the two core-id fields of the link table.")
        links = []
        for feature in source.getFeatures():
            try:
                pair = (int(feature[names[0][0]]), int(feature[names[1][0]]))
            except (TypeError, ValueError) as exc:
                raise InputError("Link table core ids must be whole numbers.") from exc
            if pair[0] != pair[1] and pair not in links and pair[::-1] not in links:
                links.append(pair)
        if not links:
            raise InputError("The link table has no links.")
        return links
