"""bd:watermask — land/cloud, water and optically deep/shallow water as one coded mask raster."""

from qgis.core import QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer

from bd_qgis_plugin.core.reef.masks import NIR_LAND_THRESHOLD, SWIR_LAND_THRESHOLD, water_mask
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.maps.styles import write_class_style
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, ClassStyle
from bd_qgis_plugin.processing_algorithms.inputs import read_features
from bd_qgis_plugin.processing_algorithms.reef import common as _reef


class WaterMaskAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "watermask"
    OUTPUT_STYLES = {"OUTPUT": ClassStyle("water_mask")}
    group_key = "reef"
    DEPTH = "DEPTH"
    NIR_THRESHOLD = "NIR_THRESHOLD"
    SWIR_THRESHOLD = "SWIR_THRESHOLD"
    NDWI_THRESHOLD = "NDWI_THRESHOLD"
    DEEP_SIGMA = "DEEP_SIGMA"

    TAGS = ("water mask", "shallow water", "deep water")

    def display_name(self):
        return tr("Water mask")

    def short_description(self):
        return tr("Land or cloud, optically deep water and optically shallow water from the NIR, SWIR and blue bands.")

    def help_text(self):
        return tr(
            "<p>One mask raster with coded classes: 1 land or cloud (NIR or SWIR1 reflectance above a threshold; "
            "ACOLITE's default for SWIR 1600 nm is 0.0215, Vanhellemont &amp; Ruddick 2018; 10 m stacks without "
            "SWIR use NIR only), 2 not water (NDWI at or below the threshold, default 0; McFeeters 1996), "
            "3 optically deep water, 4 optically shallow water, 0 nodata. A water pixel is optically deep when its "
            "blue and green reflectance are "
            "both below the mean + 3σ of the deep-water sample polygons (the bottom adds no signal), or when a "
            "depth raster says it is deeper than the maximum depth. Only class 4 is used for benthic mapping. "
            "Processed block by block; an image without any water stops with a message and writes nothing.</p>")

    def define(self):
        _reef.add_image(self, tr("Image"), tr("Sentinel-2 (or Landsat) image with blue, green and NIR bands "
                                              "(SWIR1 used when present)."))
        _reef.add_polygons(self, _reef.DEEP_WATER, tr("Deep-water sample polygons"),
                           tr("Polygons over clear water too deep to see the bottom (dark blue, no visible "
                              "structure). Needed unless a depth raster is given."), optional=True)
        self.add(QgsProcessingParameterRasterLayer(self.DEPTH, tr("Depth raster"), optional=True),
                 tr("Optional bathymetry on the same grid (metres, positive downwards): water deeper than the "
                    "maximum depth is optically deep."))
        self.add(QgsProcessingParameterNumber(_reef.MAX_DEPTH, tr("Maximum depth (m)"),
                                              QgsProcessingParameterNumber.Type.Double, 15.0, minValue=0.5),
                 tr("Depth beyond which the bottom is not visible to Sentinel-2 (about 10–20 m in clear water)."))
        self.add(QgsProcessingParameterNumber(self.NIR_THRESHOLD, tr("NIR land/cloud threshold"),
                                              QgsProcessingParameterNumber.Type.Double, NIR_LAND_THRESHOLD,
                                              minValue=0.0),
                 tr("Pixels with NIR reflectance above this are land or cloud."), advanced=True)
        self.add(QgsProcessingParameterNumber(self.SWIR_THRESHOLD, tr("SWIR1 land/cloud threshold"),
                                              QgsProcessingParameterNumber.Type.Double, SWIR_LAND_THRESHOLD,
                                              minValue=0.0),
                 tr("Pixels with SWIR1 (1600 nm) reflectance above this are land or cloud (ACOLITE default 0.0215); "
                    "used only when the image has a SWIR1 band."), advanced=True)
        self.add(QgsProcessingParameterNumber(self.NDWI_THRESHOLD, tr("NDWI water threshold"),
                                              QgsProcessingParameterNumber.Type.Double, 0.0, minValue=-1.0,
                                              maxValue=1.0),
                 tr("Water where NDWI = (green − NIR)/(green + NIR) is above this."), advanced=True)
        self.add(QgsProcessingParameterNumber(self.DEEP_SIGMA, tr("Deep-water limit (standard deviations)"),
                                              QgsProcessingParameterNumber.Type.Double, 3.0, minValue=0.0),
                 tr("A water pixel is optically deep when blue and green are below the deep-water sample's mean "
                    "plus this many standard deviations."), advanced=True)
        _reef.add_outputs(self, tr("Water mask"),
                          tr("Byte raster: 0 nodata, 1 land or cloud, 2 not water, 3 optically deep water, 4 "
                             "optically shallow water."))

    def compute(self, parameters, context, feedback):
        layer, sensor, explicit = _reef.image_inputs(self, parameters, context)
        deep = read_features(self, parameters, _reef.DEEP_WATER, context, feedback, layer.crs(),
                             tr("Deep-water polygons"), merge=False)
        depth_layer = self.parameterAsRasterLayer(parameters, self.DEPTH, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        progress, is_cancelled = self.progress_callbacks(feedback)
        report = water_mask(layer.source(), output, sensor, explicit, deep,
                            depth_layer.source() if depth_layer is not None else None,
                            self.parameterAsDouble(parameters, _reef.MAX_DEPTH, context),
                            self.parameterAsDouble(parameters, self.NIR_THRESHOLD, context),
                            self.parameterAsDouble(parameters, self.SWIR_THRESHOLD, context),
                            self.parameterAsDouble(parameters, self.NDWI_THRESHOLD, context),
                            self.parameterAsDouble(parameters, self.DEEP_SIGMA, context), progress, is_cancelled)
        labels = _reef.mask_labels()
        counts = list(report["pixels"].values())
        for code, n in zip(sorted(labels), counts):
            feedback.pushInfo(tr("{name}: {n} pixels").format(name=labels[code], n=n))
        if "warning" in report:
            feedback.reportError(tr("No optically shallow water: every water pixel is as dark as the deep-water "
                                    "sample."))
        write_class_style(output, _reef.mask_style_items())  # loaded with the layer (OUTPUT_STYLES)
        rows = [(labels[code], n) for code, n in zip(sorted(labels), counts)]
        sample = report.get("deep_water_sample", {})
        report_path = _reef.write_report(
            self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context), tr("Water mask"),
            [(tr("Method"), f"<p>{report['method']}</p>"), (tr("Pixels per class"), rows),
             (tr("Deep-water sample"), [(k, v) for k, v in sample.items() if not isinstance(v, list)])], report)
        return _reef.results(self, output, report_path)
