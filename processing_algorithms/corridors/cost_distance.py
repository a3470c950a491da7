"""bd:costdistance — accumulated cost distance, allocation and back-direction from sources."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from bd_qgis_plugin.core.costdistance import cost_distance
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.raster_io import RasterReader, Window, check_aligned
from bd_qgis_plugin.core.rasterize import rasterize_features
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import UNIQUE_VALUES, BdAlgorithm
from bd_qgis_plugin.processing_algorithms.corridors.common import (
    RESISTANCE,
    SOURCES,
    add_search_parameters,
    read_cores,
    read_resistance,
    report_centroid_cells,
    search_options,
    units_label,
    write_raster,
)
from bd_qgis_plugin.processing_algorithms.inputs import ANY

COST_NODATA = -9999.0


class CostDistanceAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "costdistance"
    OUTPUT_STYLES = {"OUTPUT": "cost_distance", "ALLOCATION": UNIQUE_VALUES, "DIRECTION": "back_direction"}
    group_key = "corridors"
    SOURCE_ID_FIELD = "SOURCE_ID_FIELD"
    SOURCES_RASTER = "SOURCES_RASTER"
    MAX_COST = "MAX_COST"
    ALLOCATION = "ALLOCATION"
    DIRECTION = "DIRECTION"

    TAGS = ("cost distance", "accumulated cost", "allocation", "back-direction", "Dijkstra")

    def display_name(self):
        return tr("Cost distance")

    def short_description(self):
        return tr("Accumulated cost from the nearest source over a resistance raster, with allocation and "
                  "back-direction.")

    def help_text(self):
        return tr(
            "<p>Least accumulated cost of moving from the nearest source to every cell of a resistance raster "
            "(Dijkstra's algorithm). A step between two neighbouring cells costs the mean of their resistances "
            "times the step length, as in GRASS r.cost and ArcGIS Cost Distance. Nodata cells are barriers. "
            "Also writes the allocation (id of the source each cell is closest to, by cost) and the "
            "back-direction (degrees counterclockwise from east towards the previous cell on the way back to the "
            "source, as GRASS r.cost; 0 at sources). The units are written in the raster's metadata.</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(RESISTANCE, tr("Resistance")),
                 tr("Resistance raster (above 0; nodata = barrier), in a projected CRS."))
        self.add(QgsProcessingParameterFeatureSource(SOURCES, tr("Sources (vector)"),
                                                     [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True),
                 tr("Points, lines or polygons from which costs are measured. A polygon smaller than a cell "
                    "gets the cell under its centroid."))
        self.add(QgsProcessingParameterField(self.SOURCE_ID_FIELD, tr("Source id field"),
                                             parentLayerParameterName=SOURCES,
                                             type=QgsProcessingParameterField.DataType.Numeric, optional=True),
                 tr("Integer field written in the allocation raster; features sharing an id are one source. "
                    "Without it, sources are numbered 1, 2, … in layer order."))
        self.add(QgsProcessingParameterRasterLayer(self.SOURCES_RASTER, tr("Sources (raster)"), optional=True),
                 tr("Instead of vector sources: a raster on the resistance grid whose cells above 0 are sources "
                    "(the value is the source id)."))
        add_search_parameters(self)
        self.add(QgsProcessingParameterNumber(self.MAX_COST, tr("Maximum cost"),
                                              QgsProcessingParameterNumber.Type.Double,
                                              0.0, minValue=0.0),
                 tr("Cells costing more than this are left as nodata; 0 = no limit."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Accumulated cost")),
                 tr("Float32 accumulated cost from the nearest source."))
        self.add(QgsProcessingParameterRasterDestination(self.ALLOCATION, tr("Allocation"), optional=True),
                 tr("Int32 id of the source each cell is nearest to by cost (0 where unreachable)."))
        self.add(QgsProcessingParameterRasterDestination(self.DIRECTION, tr("Back-direction"), optional=True),
                 tr("Float32 direction to the previous cell on the least-cost path back to the source."))

    def compute(self, parameters, context, feedback):
        neighbours, units = search_options(self, parameters, context, feedback)
        resistance, grid = read_resistance(self, parameters, context, units, neighbours)
        features = read_cores(self, parameters, context, feedback, self.parameterAsRasterLayer(
            parameters, RESISTANCE, context).crs(), tr("Sources (vector)"), SOURCES, self.SOURCE_ID_FIELD, kind=ANY)
        source_layer = self.parameterAsRasterLayer(parameters, self.SOURCES_RASTER, context)
        if features and source_layer is not None:
            raise InputError("Give the sources either as vector features or as a raster, not both.")
        if features:
            cells = rasterize_features(grid, features)
            report_centroid_cells(feedback, cells, "Sources")
            try:
                ids = np.array([0] + [int(float(key)) for key in cells.ids], dtype="int64")
            except ValueError as exc:
                raise InputError("The source id field must hold whole numbers (the allocation raster stores them).") \
                    from exc
            sources = ids[cells.raster]
        elif source_layer is not None:
            with RasterReader(source_layer.source()) as reader:
                check_aligned({RESISTANCE: grid, self.SOURCES_RASTER: reader.grid})
                data, valid = reader.read(Window(0, 0, reader.width, reader.height), [1])
            sources = np.where(valid, np.nan_to_num(data[0]), 0).astype("int64")
        else:
            raise InputError("Give the sources, as vector features or as a raster.")
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context) or None
        feedback.setProgress(5)
        if feedback.isCanceled():
            return {}
        allocation = self.parameterAsOutputLayer(parameters, self.ALLOCATION, context)
        progress, is_cancelled = self.progress_callbacks(feedback)
        surface = cost_distance(resistance, sources, neighbours, grid.cell_size, units, max_cost,
                                geotransform=grid.geotransform, allocate=bool(allocation),
                                progress=lambda f: progress(0.05 + 0.75 * f), is_cancelled=is_cancelled)
        feedback.setProgress(80)
        label = units_label(units)
        metadata = {"units": label, "neighbours": neighbours, "edge_cost": "mean resistance of the cells × step length"}
        outputs = {self.OUTPUT: write_raster(self.parameterAsOutputLayer(parameters, self.OUTPUT, context), grid,
                                            surface.cost, "float32", COST_NODATA, f"accumulated cost ({label})",
                                            metadata)}
        self.style_output(context, outputs[self.OUTPUT], "cost_distance")
        if allocation:
            outputs[self.ALLOCATION] = write_raster(allocation, grid, surface.allocation.astype("int32"), "int32", 0,
                                                   "nearest source id")
        direction = self.parameterAsOutputLayer(parameters, self.DIRECTION, context)
        if direction:
            outputs[self.DIRECTION] = write_raster(direction, grid, surface.direction(), "float32", COST_NODATA,
                                                  "back-direction (degrees CCW from east)")
        reached = np.isfinite(surface.cost)
        feedback.pushInfo(tr("Units: {units}. Cells reached: {reached} of {total}; highest cost {peak:.6g}.").format(
            units=label, reached=int(reached.sum()), total=reached.size,
            peak=float(surface.cost[reached].max()) if reached.any() else 0.0))
        return outputs
