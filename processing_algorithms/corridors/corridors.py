"""bd:corridors — Linkage-Mapper-style least-cost corridors between core areas (McRae & Kavanagh 2011)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.costdistance import corridor_polygons, least_cost_corridors
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, make_fields
from bd_qgis_plugin.processing_algorithms.corridors.common import (
    CUTOFF,
    RESISTANCE,
    add_core_parameters,
    add_search_parameters,
    read_cores,
    read_resistance,
    report_centroid_cells,
    report_groups,
    search_options,
    units_label,
    write_links,
    write_raster,
)

NLCC_NODATA = -9999.0


class CorridorsAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "corridors"
    OUTPUT_STYLES = {"OUTPUT": "nlcc_corridors", "OUTPUT_LINKS": "corridor_links",
                     "OUTPUT_POLYGONS": "corridor_polygons"}
    group_key = "corridors"
    MAX_NEIGHBOURS = "MAX_NEIGHBOURS"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    OUTPUT_POLYGONS = "OUTPUT_POLYGONS"

    TAGS = ("Linkage Mapper", "NLCC", "least-cost corridor", "McRae")

    def display_name(self):
        return tr("Least-cost corridors")

    def short_description(self):
        return tr("Normalised least-cost corridors between core areas, as Linkage Mapper maps them (McRae and "
                  "Kavanagh 2011).")

    def help_text(self):
        return tr(
            "<p>Maps least-cost corridors between core areas as Linkage Mapper does (McRae &amp; Kavanagh 2011), "
            "inside QGIS. For each core the cost-weighted distance (CWD) over the resistance raster; each core is "
            "linked to its nearest cores by least-cost distance (LCD); a link whose least-cost path passes "
            "through another core is dropped (the cores are linked through that core). Each link's normalized "
            "least-cost corridor NLCC = CWD_A + CWD_B − LCD is 0 on the least-cost path and grows away from it; "
            "the corridors are mosaicked by minimum and truncated at the cutoff. Cores that nothing can reach "
            "are reported as disconnected; cores that barriers split into groups no path joins are named by group "
            "in the log and the links' 'group' field (no link joins two groups).</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(RESISTANCE, tr("Resistance")),
                 tr("Resistance raster (above 0; nodata = barrier), in a projected CRS."))
        add_core_parameters(self)
        self.add(QgsProcessingParameterNumber(self.MAX_NEIGHBOURS, tr("Nearest cores to link"),
                                              QgsProcessingParameterNumber.Type.Integer, 3, minValue=1),
                 tr("Each core is linked to this many of its nearest cores by least-cost distance."))
        self.add(QgsProcessingParameterNumber(CUTOFF, tr("Corridor width cutoff (cost units)"),
                                              QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0),
                 tr("Cells whose NLCC is above this are left out of the corridor raster and polygons (Linkage "
                    "Mapper's truncation); in the units of the cost distance, e.g. 2000 = 2 km through habitat of "
                    "resistance 1 in map units. 0 keeps the whole NLCC surface and writes no polygons."))
        add_search_parameters(self)
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Normalized least-cost corridors (NLCC)")),
                 tr("Float32 NLCC mosaic (minimum over links), truncated at the cutoff."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_LINKS, tr("Corridor links"),
                                                   QgsProcessing.SourceType.TypeVectorLine),
                 tr("Least-cost path of every kept link, with LCD, LCP length, Euclidean distance and ratio."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_POLYGONS, tr("Corridor polygons"),
                                                   QgsProcessing.SourceType.TypeVectorPolygon, optional=True),
                 tr("Corridors truncated at the cutoff as polygons, one per link."))

    def compute(self, parameters, context, feedback):
        neighbours, units = search_options(self, parameters, context, feedback)
        layer = self.parameterAsRasterLayer(parameters, RESISTANCE, context)
        if layer is None:
            raise InputError("The resistance raster could not be opened.")
        crs = layer.crs()
        cores = read_cores(self, parameters, context, feedback, crs, tr("Core areas"))
        resistance, grid = read_resistance(self, parameters, context, units, neighbours, len(cores))
        progress, is_cancelled = self.progress_callbacks(feedback)
        result = least_cost_corridors(resistance, grid, cores,
                                      self.parameterAsInt(parameters, self.MAX_NEIGHBOURS, context), neighbours, units,
                                      lambda f: progress(0.9 * f), is_cancelled)
        report_centroid_cells(feedback, result.core_cells)
        for link in result.dropped:
            feedback.pushInfo(tr("Link {a}–{b} dropped: its least-cost path crosses core(s) {cores}.").format(
                a=link.a, b=link.b, cores=", ".join(str(c) for c in link.crosses)))
        if result.disconnected:
            feedback.reportError(tr("Disconnected cores (no path to any other core): {ids}.").format(
                ids=", ".join(str(c) for c in result.disconnected)))
        report_groups(feedback, result.groups)
        cutoff = self.parameterAsDouble(parameters, CUTOFF, context)
        nlcc = result.nlcc.copy()
        if cutoff > 0:
            nlcc[nlcc > cutoff] = np.inf
        label = units_label(units)
        output = write_raster(self.parameterAsOutputLayer(parameters, self.OUTPUT, context), grid, nlcc, "float32",
                              NLCC_NODATA, f"NLCC ({label})",
                              {"units": label, "cutoff": cutoff or "none", "links": len(result.links)})
        self.style_output(context, output, "nlcc_corridors")
        links_dest = write_links(self, parameters, self.OUTPUT_LINKS, context, crs, result.links)
        outputs = {self.OUTPUT: output, self.OUTPUT_LINKS: links_dest}
        polygon_fields = make_fields((("link", "Int"), ("core_a", "String"), ("core_b", "String"),
                                      ("cutoff", "Double")))
        polygon_sink, polygons_dest = self.parameterAsSink(parameters, self.OUTPUT_POLYGONS, context, polygon_fields,
                                                           QgsWkbTypes.Type.MultiPolygon, crs)
        if polygon_sink is not None:
            if cutoff > 0:
                for number, wkb in corridor_polygons(result, grid, cutoff):
                    link = result.links[number - 1]
                    geometry = QgsGeometry()
                    geometry.fromWkb(wkb)
                    geometry.convertToMultiType()
                    feature = QgsFeature(polygon_fields)
                    feature.setGeometry(geometry)
                    feature.setAttributes([number, str(link.a), str(link.b), cutoff])
                    polygon_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            else:
                feedback.pushInfo(tr("No cutoff given: no corridor polygons are written."))
            self.style_output(context, polygons_dest, "corridor_polygons")
            outputs[self.OUTPUT_POLYGONS] = polygons_dest
        if len(result.groups) > 1:
            feedback.pushInfo(tr("{n} link(s) kept, within {groups} groups of cores that no path joins; costs in "
                                 "{units}.").format(n=len(result.links), groups=len(result.groups), units=label))
        else:
            feedback.pushInfo(tr("{n} link(s) kept; costs in {units}.").format(n=len(result.links), units=label))
        progress(1.0)
        return outputs
