"""bd:habitatchange — change raster, transition matrix (ha) and gains/losses/net per class, per zone."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.change import align_to_first, change_by_zone, change_raster, class_balance
from bd_qgis_plugin.core.classmap import pixel_area_ha
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.raster_io import RasterReader
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, make_fields
from bd_qgis_plugin.processing_algorithms.habitat.common import RESAMPLE
from bd_qgis_plugin.processing_algorithms.inputs import add_zones, read_features


class HabitatChangeAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "habitatchange"
    OUTPUT_STYLES = {"OUTPUT": "change", "TRANSITIONS": None, "BALANCE": None}
    group_key = "habitat"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    TRANSITIONS = "TRANSITIONS"
    BALANCE = "BALANCE"

    TAGS = ("change detection", "transition matrix", "gains and losses")

    def display_name(self):
        return tr("Habitat change between two dates")

    def short_description(self):
        return tr("Change raster, transition matrix, gains and losses per class and zone between two class maps.")

    def help_text(self):
        return tr(
            "<p>Compares a class map of an earlier date with one of a later date, pixel by pixel: a change "
            "raster whose code reads \"before, then after\" (code = before × 100 + after for class codes below "
            "100, e.g. 305 = class 3 became class 5), the transition matrix in pixels and hectares, and for every "
            "class its area before and after, gain, loss and net change — for the whole map and, if zones are "
            "given, for every zone. Both maps must be on the same grid; otherwise the algorithm stops with the "
            "differences, unless resampling is allowed (nearest neighbour onto the earlier map's grid).</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(self.BEFORE, tr("Class map, earlier date")),
                 tr("Classified raster of the earlier date (integer class codes, projected CRS)."))
        self.add(QgsProcessingParameterRasterLayer(self.AFTER, tr("Class map, later date")),
                 tr("Classified raster of the later date, with the same class codes."))
        self.add(QgsProcessingParameterBoolean(RESAMPLE, tr("Resample the later map onto the earlier map's "
                                                            "grid when they differ"), defaultValue=False),
                 tr("Off: maps on different grids are refused with the differences listed. On: the later map is "
                    "resampled (nearest neighbour) onto the earlier map's grid, and the log says so."))
        add_zones(self, tr("Zones"), tr("Optional polygons (e.g. nature reserves) for per-zone tables; reprojected "
                                        "when needed."),
                  tr("Field that names the zone in the output tables."), optional=True)
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Change raster")),
                 tr("Change codes (before × 100 + after), nodata where either map has no data."))
        self.add(QgsProcessingParameterFeatureSink(self.TRANSITIONS, tr("Transition matrix"),
                                                   QgsProcessing.SourceType.TypeVector),
                 tr("One row per zone and transition: from class, to class, pixels, hectares."))
        self.add(QgsProcessingParameterFeatureSink(self.BALANCE, tr("Gains and losses"),
                                                   QgsProcessing.SourceType.TypeVector),
                 tr("One row per zone and class: area before and after, gain, loss and net change in hectares."))

    def compute(self, parameters, context, feedback):
        before = self.parameterAsRasterLayer(parameters, self.BEFORE, context)
        after = self.parameterAsRasterLayer(parameters, self.AFTER, context)
        if before is None or after is None:
            raise InputError("The class maps could not be opened.")
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        progress, is_cancelled = self.progress_callbacks(feedback)
        with RasterReader(before.source()) as b:
            hectares = pixel_area_ha(b.grid)
        if self.parameterAsBoolean(parameters, RESAMPLE, context):
            (_, after_path), resampled = align_to_first(
                [before.source(), after.source()], [before.name(), after.name()], True,
                QgsProcessingUtils.tempFolder())
            for _, differences in resampled:
                feedback.reportError(tr("The later map was resampled (nearest neighbour) onto the earlier map's "
                                        "grid: {differences}").format(differences="; ".join(differences)))
        else:
            after_path = after.source()  # change_raster refuses maps on different grids, naming the differences
        multiplier = change_raster(before.source(), after_path, output, lambda f: progress(0.5 * f), is_cancelled)

        zones = read_features(self, parameters, self.ZONES, context, feedback, before.crs(), tr("Zones"),
                                 id_field=self.ZONE_FIELD)
        by_zone = change_by_zone(output, multiplier, zones, lambda f: progress(0.5 + 0.5 * f), is_cancelled)

        t_fields = make_fields((("zone", "String"), ("from_class", "Int"), ("to_class", "Int"),
                            ("pixels", "LongLong"), ("area_ha", "Double")))
        b_fields = make_fields((("zone", "String"), ("class_code", "Int"), ("before_ha", "Double"),
                            ("after_ha", "Double"), ("gain_ha", "Double"), ("loss_ha", "Double"),
                            ("net_ha", "Double")))
        t_sink, t_dest = self.parameterAsSink(parameters, self.TRANSITIONS, context, t_fields,
                                              QgsWkbTypes.Type.NoGeometry)
        b_sink, b_dest = self.parameterAsSink(parameters, self.BALANCE, context, b_fields, QgsWkbTypes.Type.NoGeometry)
        for zone, pairs in by_zone.items():
            name = tr("whole map") if zone is None else zone
            for (frm, to), pixels in sorted(pairs.items()):
                feature = QgsFeature(t_fields)
                feature.setAttributes([name, frm, to, pixels, pixels * hectares])
                t_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            for code, row in class_balance(pairs).items():
                feature = QgsFeature(b_fields)
                feature.setAttributes([name, code] + [row[k] * hectares for k in ("before", "after", "gain", "loss",
                                                                                  "net")])
                b_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        self.style_output(context, output, "change")
        return {self.OUTPUT: output, self.TRANSITIONS: t_dest, self.BALANCE: b_dest}
