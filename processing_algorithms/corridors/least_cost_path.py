"""bd:leastcostpath — least-cost paths between core areas: cost, length, Euclidean distance, ratio."""

import re

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from bd_qgis_plugin.core.costdistance import least_cost_paths
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.corridors.common import (
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
)

PAIR_CHOICES = ("all", "adjacent", "listed")


def parse_pairs(text):
    """[(a, b)] from 'A-B; C-D' (pairs separated by ';' or new lines, ids by '-' or ',')."""
    pairs = []
    for item in re.split(r"[;\n]+", text or ""):
        if not item.strip():
            continue
        parts = [p.strip() for p in re.split(r"[,\-]", item) if p.strip()]
        if len(parts) != 2:
            raise InputError("'{item}' is not a pair of core ids: write pairs as 'A-B; C-D'.", item=item.strip())
        pairs.append(tuple(parts))
    if not pairs:
        raise InputError("List the pairs of cores, e.g. '1-2; 2-3'.")
    return pairs


class LeastCostPathAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "leastcostpath"
    OUTPUT_STYLES = {"OUTPUT": "corridor_links"}
    group_key = "corridors"
    PAIRS = "PAIRS"
    PAIR_LIST = "PAIR_LIST"

    TAGS = ("least-cost path", "LCP", "Linkage Mapper")

    def display_name(self):
        return tr("Least-cost paths between cores")

    def short_description(self):
        return tr("Least-cost paths between pairs of core areas with their cost, length and cost:Euclidean ratio.")

    def help_text(self):
        return tr(
            "<p>The least-cost path between pairs of core areas on a resistance raster, as lines with the "
            "least-cost distance (cost), the path's length, the edge-to-edge Euclidean distance between the cores "
            "and the cost:Euclidean ratio (Linkage Mapper's link table). Pairs: all pairs, adjacent cores (whose "
            "cost allocation zones touch, Linkage Mapper's cost adjacency) or a list. Pairs that cannot reach each "
            "other are reported with status 'disconnected' and empty cost; paths through a third core have status "
            "'crosses core'. Cores that barriers split into groups no path joins are named by group in the log and "
            "the 'group' field (empty for a pair between two groups).</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(RESISTANCE, tr("Resistance")),
                 tr("Resistance raster (above 0; nodata = barrier), in a projected CRS."))
        add_core_parameters(self)
        self.add(QgsProcessingParameterEnum(self.PAIRS, tr("Pairs"),
                                            options=[tr("All pairs"), tr("Adjacent cores"), tr("Listed pairs")],
                                            defaultValue=1),
                 tr("Which pairs of cores get a path."))
        self.add(QgsProcessingParameterString(self.PAIR_LIST, tr("Listed pairs"), optional=True),
                 tr("With 'Listed pairs': core ids as 'A-B; C-D'."))
        add_search_parameters(self)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Least-cost paths"),
                                                   QgsProcessing.SourceType.TypeVectorLine),
                 tr("One line per pair: core ids, status, cost, path length, Euclidean distance, ratio."))

    def compute(self, parameters, context, feedback):
        neighbours, units = search_options(self, parameters, context, feedback)
        resistance, grid = read_resistance(self, parameters, context, units, neighbours)
        crs = self.parameterAsRasterLayer(parameters, RESISTANCE, context).crs()
        cores = read_cores(self, parameters, context, feedback, crs, tr("Core areas"))
        choice = PAIR_CHOICES[self.parameterAsEnum(parameters, self.PAIRS, context)]
        pairs = (parse_pairs(self.parameterAsString(parameters, self.PAIR_LIST, context)) if choice == "listed"
                 else choice)
        progress, is_cancelled = self.progress_callbacks(feedback)
        links, cells, groups = least_cost_paths(resistance, grid, cores, pairs, neighbours, units, progress,
                                                is_cancelled)
        report_centroid_cells(feedback, cells)
        dest = write_links(self, parameters, self.OUTPUT, context, crs, links)
        for link in links:
            if link.status == "disconnected":
                feedback.reportError(tr("Cores {a} and {b} are disconnected: no path avoids the barriers.").format(
                    a=link.a, b=link.b))
        report_groups(feedback, groups)
        feedback.pushInfo(tr("{n} path(s); cost in {units}.").format(n=len(links), units=units_label(units)))
        return {self.OUTPUT: dest}

