"""bd:habitatarea — area of every habitat class in every zone (reserve): pixels, hectares, % of zone."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.classmap import pixel_area_ha
from ..core.errors import InputError
from ..core.raster_io import RasterReader
from ..core.zonal import zone_area_table, zone_class_pixels
from ..i18n import tr
from .base import BdAlgorithm


class HabitatAreaAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "habitatarea"
    group_key = "habitat"

    def display_name(self):
        return tr("Habitat area per zone")

    def help_text(self):
        return tr(
            "<p>Area of every class of a class map inside every zone (nature reserve, commune, management "
            "unit): pixels, hectares and percentage of the zone's classified area, one row per zone and class. "
            "Areas are computed on the class map's projected grid (never in degrees); a pixel counts for a zone "
            "when its centre lies inside the zone. Each zone is measured on its own, so overlapping or nested "
            "zones each get their full area. Features sharing a zone value are merged.</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer("INPUT", tr("Class map")),
                 tr("Classified raster with integer class codes, in a projected CRS."))
        self.add(QgsProcessingParameterFeatureSource("ZONES", tr("Zones"), [QgsProcessing.TypeVectorPolygon]),
                 tr("Polygons of the zones (e.g. nature reserves); reprojected to the class map's CRS when "
                    "needed. Invalid geometries are repaired."))
        self.add(QgsProcessingParameterField("ZONE_FIELD", tr("Zone name field"), parentLayerParameterName="ZONES"),
                 tr("Field that names the zone in the output table."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Area per zone and class"),
                                                   QgsProcessing.TypeVector),
                 tr("Table with one row per zone and class: zone, class code, pixels, area in hectares and "
                    "percentage of the zone's classified area."))

    def compute(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, "INPUT", context)
        # Invalid zone geometries are repaired below (GEOS MakeValid) rather than refused by Processing.
        previous_check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        try:
            zones = self.parameterAsSource(parameters, "ZONES", context)
            features = list(zones.getFeatures()) if zones is not None else []
        finally:
            context.setInvalidGeometryCheck(previous_check)
        if layer is None or zones is None:
            raise InputError("The class map or the zones could not be opened.")
        field = self.parameterAsFields(parameters, "ZONE_FIELD", context)[0]
        with RasterReader(layer.source()) as reader:
            hectares = pixel_area_ha(reader.grid)
        transform = QgsCoordinateTransform(zones.sourceCrs(), layer.crs(), context.transformContext())
        if zones.sourceCrs() != layer.crs():
            feedback.pushInfo(tr("Zones reprojected from {a} to {b}.").format(a=zones.sourceCrs().authid(),
                                                                               b=layer.crs().authid()))
        parts = {}
        for feature in features:
            if feature.geometry().isNull():
                raise InputError("Zone feature {fid} has no geometry.", fid=feature.id())
            if not feature.geometry().isGeosValid():
                feedback.pushInfo(tr("Zone '{zone}' has an invalid geometry; it is repaired before measuring.")
                                  .format(zone=feature[field]))
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(transform)
            parts.setdefault(str(feature[field]), []).append(geometry)
        if not parts:
            raise InputError("The zones layer has no features.")
        zone_wkb = []
        for zone, geometries in parts.items():
            geometry = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else geometries[0]
            if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
                raise InputError("Zone '{zone}' is not a polygon.", zone=zone)
            zone_wkb.append((zone, bytes(geometry.asWkb())))
        progress, is_cancelled = self.progress_callbacks(feedback)
        pixels = zone_class_pixels(layer.source(), zone_wkb, progress=progress, is_cancelled=is_cancelled)
        empty = [zone for zone, counts in pixels.items() if not counts]
        if empty:
            feedback.reportError(tr("Zones without classified pixels (outside the map or on nodata): {zones}")
                                 .format(zones=", ".join(empty)))

        fields = QgsFields()
        for name, kind in (("zone", QVariant.String), ("class_code", QVariant.Int), ("pixels", QVariant.LongLong),
                           ("area_ha", QVariant.Double), ("pct_zone", QVariant.Double)):
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry,
                                          layer.crs())
        for row in zone_area_table(pixels, hectares):
            feature = QgsFeature(fields)
            feature.setAttributes([row["zone"], int(row["class"]), int(row["pixels"]), row["area_ha"],
                                   row["percent_of_zone"]])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return {"OUTPUT": dest}
