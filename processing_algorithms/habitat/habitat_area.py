"""bd:habitatarea — area of every habitat class in every zone (reserve): pixels, hectares, % of zone."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.accuracy import Z95, adjusted_zone_areas, read_accuracy_report
from bd_qgis_plugin.core.classmap import pixel_area_ha
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.raster_io import RasterReader
from bd_qgis_plugin.core.zonal import zone_area_table, zone_class_pixels
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, make_fields
from bd_qgis_plugin.processing_algorithms.inputs import add_zones, read_features


class HabitatAreaAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "habitatarea"
    OUTPUT_STYLES = {"OUTPUT": None}
    group_key = "habitat"
    ACCURACY_REPORT = "ACCURACY_REPORT"

    TAGS = ("zonal statistics", "area per zone", "hectares")

    def display_name(self):
        return tr("Habitat area per zone")

    def short_description(self):
        return tr("Pixels, hectares and share of every class of a class map inside every zone, with error-adjusted "
                  "areas when an accuracy report is given.")

    def help_text(self):
        return tr(
            "<p>Area of every class of a class map inside every zone (nature reserve, commune, management "
            "unit): pixels, hectares and percentage of the zone's classified area, one row per zone and class. "
            "Areas are computed on the class map's projected grid (never in degrees); a pixel counts for a zone "
            "when its centre lies inside the zone. Each zone is measured on its own, so overlapping or nested "
            "zones each get their full area. Features sharing a zone value are merged.</p>"
            "<p>With the JSON report of the accuracy assessment algorithm, every row also gets the error-adjusted "
            "area of the class in the zone with its 95 % confidence interval (Olofsson et al. 2014, eq. 9–10, "
            "weighted by the zone's own mapped areas), assuming each map class is as accurate inside the zone as on "
            "the whole map.</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Class map")),
                 tr("Classified raster with integer class codes, in a projected CRS."))
        add_zones(self, tr("Zones"), tr("Polygons of the zones (e.g. nature reserves); reprojected to the class map's "
                                        "CRS when needed. Invalid geometries are repaired."),
                  tr("Field that names the zone in the output table."))
        self.add(QgsProcessingParameterFile(self.ACCURACY_REPORT, tr("Accuracy report (JSON, optional)"),
                                            extension="json", optional=True),
                 tr("JSON report of the accuracy assessment of this class map (Olofsson et al. 2014). When given, "
                    "the table adds the error-adjusted area and its 95 % confidence interval for every class."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Area per zone and class"),
                                                   QgsProcessing.SourceType.TypeVector),
                 tr("Table with one row per zone and class: zone, class code, pixels, area in hectares and "
                    "percentage of the zone's classified area; with an accuracy report also the error-adjusted "
                    "area (area_adj_ha) and its 95 % confidence half-width (area_adj_ci95_ha)."))

    def compute(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise InputError("The class map could not be opened.")
        with RasterReader(layer.source()) as reader:
            hectares = pixel_area_ha(reader.grid)
        zone_wkb = read_features(self, parameters, self.ZONES, context, feedback, layer.crs(), tr("Zones"),
                                 id_field=self.ZONE_FIELD)
        if zone_wkb is None:
            raise InputError("The class map or the zones could not be opened.")
        progress, is_cancelled = self.progress_callbacks(feedback)
        pixels = zone_class_pixels(layer.source(), zone_wkb, progress=progress, is_cancelled=is_cancelled)
        empty = [zone for zone, counts in pixels.items() if not counts]
        if empty:
            feedback.reportError(tr("Zones without classified pixels (outside the map or on nodata): {zones}")
                                 .format(zones=", ".join(empty)))

        report_path = self.parameterAsFile(parameters, self.ACCURACY_REPORT, context)
        adjusted = {}
        spec = [("zone", "String"), ("class_code", "Int"), ("pixels", "LongLong"), ("area_ha", "Double"),
                ("pct_zone", "Double")]
        if report_path:
            adjusted = adjusted_zone_areas(read_accuracy_report(report_path), pixels, hectares)
            for zone, counts_in_zone in pixels.items():
                for code in adjusted[zone]:
                    counts_in_zone.setdefault(code, 0)  # a class the map omits in the zone can still have area
                pixels[zone] = dict(sorted(counts_in_zone.items()))
            spec += [("area_adj_ha", "Double"), ("area_adj_ci95_ha", "Double")]
            feedback.pushInfo(tr("Error-adjusted areas from {path} (Olofsson et al. 2014).").format(path=report_path))
        fields = make_fields(spec)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry,
                                          layer.crs())
        for row in zone_area_table(pixels, hectares):
            feature = QgsFeature(fields)
            values = [row["zone"], int(row["class"]), int(row["pixels"]), row["area_ha"], row["percent_of_zone"]]
            if report_path:
                area, se = adjusted[row["zone"]].get(row["class"], (0.0, 0.0))
                values += [area, Z95 * se]
            feature.setAttributes(values)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest}
