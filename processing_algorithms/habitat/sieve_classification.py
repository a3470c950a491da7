"""bd:sieveclassification — minimum mapping unit (hectares) and/or majority filter on a class map."""

import os
import shutil

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from bd_qgis_plugin.core.errors import InputError, MissingPackageError
from bd_qgis_plugin.core.sieve import clean_class_map
from bd_qgis_plugin.dependencies import is_available
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, ClassStyle

MAJORITY_SIZES = (0, 3, 5, 7)


class SieveClassificationAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "sieveclassification"
    OUTPUT_STYLES = {"OUTPUT": ClassStyle("habitat_classes")}
    group_key = "habitat"
    MMU_HA = "MMU_HA"
    CONNECTEDNESS = "CONNECTEDNESS"
    MAJORITY = "MAJORITY"

    TAGS = ("minimum mapping unit", "MMU", "sieve", "majority filter")

    def display_name(self):
        return tr("Clean class map")

    def short_description(self):
        return tr("Minimum mapping unit (GDAL sieve) and majority filter against the speckle of a classification.")

    def help_text(self):
        return tr(
            "<p>Removes the speckle of a pixel classification. With a minimum mapping unit, every patch smaller "
            "than that many hectares is merged into its largest neighbouring patch (GDAL sieve filter). With a "
            "majority filter, every pixel takes the most frequent class of its window (a tie keeps its own "
            "class). Both can be combined: the sieve runs first. Nodata stays nodata.</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Class map")),
                 tr("Classified raster with integer class codes, in a projected CRS."))
        self.add(QgsProcessingParameterNumber(self.MMU_HA, tr("Minimum mapping unit (ha)"),
                                              QgsProcessingParameterNumber.Type.Double, 0.5, minValue=0.0),
                 tr("Patches smaller than this area are merged into their neighbour; 0 turns the sieve off. "
                    "0.5 ha is 50 pixels of 10 m or about 13 pixels of 20 m."))
        self.add(QgsProcessingParameterEnum(self.CONNECTEDNESS, tr("Patch connectivity"),
                                            options=[tr("8 neighbours (diagonals join)"), tr("4 neighbours")],
                                            defaultValue=0),
                 tr("Whether pixels touching only at a corner belong to the same patch."))
        self.add(QgsProcessingParameterEnum(self.MAJORITY, tr("Majority filter"),
                                            options=[tr("None"), "3 × 3", "5 × 5", "7 × 7"], defaultValue=0),
                 tr("Window of the majority filter applied after the sieve, or none."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Cleaned class map")),
                 tr("The class map after the sieve and/or majority filter, same classes and grid."))

    def compute(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise InputError("The class map could not be opened.")
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        connectedness = 8 if self.parameterAsEnum(parameters, self.CONNECTEDNESS, context) == 0 else 4
        size = MAJORITY_SIZES[self.parameterAsEnum(parameters, self.MAJORITY, context)]
        if size and not is_available("scipy"):  # the majority filter is scipy's; the GDAL sieve needs none
            raise MissingPackageError("scipy")
        progress, is_cancelled = self.progress_callbacks(feedback)
        pixels = clean_class_map(layer.source(), output, self.parameterAsDouble(parameters, self.MMU_HA, context), size,
                                 connectedness, progress, is_cancelled)
        if pixels:
            feedback.pushInfo(tr("Minimum mapping unit: {n} pixels.").format(n=pixels))
        # the cleaned map keeps the classes' names and colours: the input's style file goes with it
        named_style = os.path.splitext(layer.source())[0] + ".qml"
        if os.path.exists(named_style):
            shutil.copyfile(named_style, os.path.splitext(output)[0] + ".qml")
        return {self.OUTPUT: output}
