"""bd:resistancesurface — resistance raster from a habitat class map and a class → resistance table."""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from bd_qgis_plugin.core.errors import InputError, thousands
from bd_qgis_plugin.core.memory import MB
from bd_qgis_plugin.core.raster_io import RasterReader, check_output_space
from bd_qgis_plugin.core.resistance import DEFAULT_NAMES, DEFAULT_RESISTANCE, read_lookup_csv, resistance_surface
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm


class ResistanceSurfaceAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "resistancesurface"
    OUTPUT_STYLES = {"OUTPUT": "resistance"}
    group_key = "corridors"
    LOOKUP = "LOOKUP"
    NODATA_AS = "NODATA_AS"
    NODATA_VALUE = "NODATA_VALUE"

    TAGS = ("resistance", "friction", "cost surface")

    def display_name(self):
        return tr("Resistance surface from habitat classes")

    def short_description(self):
        return tr("Resistance to movement of every cell from its habitat class and a lookup table.")

    def help_text(self):
        default = ", ".join(f"{code} {DEFAULT_NAMES[code]} = {value:g}" for code, value in DEFAULT_RESISTANCE.items())
        return tr("<p>Resistance to movement of every cell, from its habitat class and a lookup table (class code "
                  "→ resistance, 1 = easiest to cross). Without a table, a default for the plugin's habitat "
                  "classes is used ({default}; meant for a forest-dwelling mammal — give your own table for "
                  "your species). Zero or negative resistances and classes missing from the table are refused, "
                  "naming them. The output is on the class map's grid, ready for cost distance, corridors and "
                  "current flow.</p><p>Before any work, the run says how large the output can be (4 bytes per "
                  "cell before compression) and how much space its folder has; when the folder could not hold "
                  "it uncompressed, the run is refused, since how much compression saves is known only once "
                  "the file is written. Clip the class map to the study area or resample it to larger cells, or "
                  "write to a disk with more free space.</p>").format(default=default)

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Habitat class map")),
                 tr("Raster of integer habitat class codes (e.g. from Habitat classification)."))
        self.add(QgsProcessingParameterFile(self.LOOKUP, tr("Lookup table (CSV)"), extension="csv", optional=True),
                 tr("CSV with two columns, class code and resistance (header 'class,resistance' optional). "
                    "Leave empty to use the default table for the six habitat classes."))
        self.add(QgsProcessingParameterEnum(self.NODATA_AS, tr("Nodata cells"),
                                            options=[tr("Barrier (impassable)"), tr("Resistance value below")],
                                            defaultValue=0),
                 tr("Whether cells without a class (nodata) block movement or get the resistance below."))
        self.add(QgsProcessingParameterNumber(self.NODATA_VALUE, tr("Resistance of nodata cells"),
                                              QgsProcessingParameterNumber.Type.Double, 100.0, minValue=0.0),
                 tr("Resistance given to nodata cells when they are not barriers (above 0)."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Resistance")),
                 tr("Float32 GeoTIFF of resistance per cell; nodata marks barriers."))

    def compute(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise InputError("The class map could not be opened.")
        lookup = self.parameterAsFile(parameters, self.LOOKUP, context)
        table = read_lookup_csv(lookup) if lookup else dict(DEFAULT_RESISTANCE)
        if not lookup:
            feedback.pushInfo(tr("Default resistance table: {table}.").format(
                table=", ".join(f"{DEFAULT_NAMES[c]} {v:g}" for c, v in table.items())))
        nodata_value = None
        if self.parameterAsEnum(parameters, self.NODATA_AS, context) == 1:
            nodata_value = self.parameterAsDouble(parameters, self.NODATA_VALUE, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        with RasterReader(layer.source()) as reader:  # told (or refused) before the work, from the size alone
            need, free = check_output_space(output, reader.grid, 1, "float32")
            cells = reader.width * reader.height
        feedback.pushInfo(tr("Output: {cells} cells, up to {need} MB before compression; {free} MB free in its "
                             "folder.").format(cells=thousands(cells),
                                               need=thousands(need / MB),
                                               free=thousands(free / MB) if free is not None else "?"))
        progress, is_cancelled = self.progress_callbacks(feedback)
        found = resistance_surface(layer.source(), output, table, nodata_value, progress, is_cancelled)
        unused = sorted(set(table) - found)
        if unused:
            feedback.pushInfo(tr("Classes of the table absent from the map: {classes}.").format(
                classes=", ".join(str(c) for c in unused)))
        self.style_output(context, output, "resistance")
        return {self.OUTPUT: output}
