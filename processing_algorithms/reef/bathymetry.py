"""bd:bathymetry — satellite-derived depth with the log-ratio method of Stumpf et al. (2003)."""

from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.reef.bathymetry import stumpf_fit, stumpf_write
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import POINT, read_features
from bd_qgis_plugin.processing_algorithms.reef import common as _reef


class BathymetryAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "bathymetry"
    OUTPUT_STYLES = {"OUTPUT": "bathymetry"}
    group_key = "reef"
    DEPTH_POINTS = "DEPTH_POINTS"
    DEPTH_FIELD = "DEPTH_FIELD"
    N = "N"

    TAGS = ("Stumpf", "log ratio", "satellite-derived bathymetry", "SDB")

    def display_name(self):
        return tr("Bathymetry")

    def short_description(self):
        return tr("Satellite-derived depth with the log-ratio method of Stumpf et al. (2003).")

    def help_text(self):
        return tr(
            "<p>Satellite-derived depth with the log-ratio method of Stumpf, Holderied &amp; Sinclair (2003): "
            "Z = m1 · ln(n R<sub>blue</sub>) / ln(n R<sub>green</sub>) − m0, with n = 1000 by default and m0, m1 "
            "fitted by least squares on points of known depth (soundings, echo-sounder tracks). The report gives "
            "m0, m1, r² and the RMSE of the fit. Depths are clipped to 0 … maximum depth; tide at the image date "
            "is not corrected: use soundings reduced to the same water level.</p>")

    def define(self):
        _reef.add_image(self, tr("Image"), tr("Glint-corrected image (or Sentinel-2 image) with blue and green."),
                        sensor_default=3)
        self.add(QgsProcessingParameterFeatureSource(self.DEPTH_POINTS, tr("Depth points"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("Points of known depth over optically shallow water (at least 5, spread over the depth range)."))
        self.add(QgsProcessingParameterField(self.DEPTH_FIELD, tr("Depth field"),
                                             parentLayerParameterName=self.DEPTH_POINTS,
                                             type=QgsProcessingParameterField.DataType.Numeric),
                 tr("Depth in metres, positive downwards (negative elevations are turned into depths)."))
        self.add(QgsProcessingParameterNumber(self.N, tr("Constant n"), QgsProcessingParameterNumber.Type.Double,
                                              1000.0,
                                              minValue=10.0),
                 tr("The constant n of the ratio (Stumpf et al. 2003 use 1000–10000), keeping both logarithms "
                    "positive."), advanced=True)
        self.add(QgsProcessingParameterNumber(_reef.MAX_DEPTH, tr("Maximum depth (m)"),
                                              QgsProcessingParameterNumber.Type.Double, 20.0, minValue=0.5),
                 tr("Depths are clipped to this value (the ratio saturates beyond the depth the bottom is seen)."))
        _reef.add_mask(self)
        _reef.add_outputs(self, tr("Depth"), tr("Depth in metres (Float32, nodata −9999; with a water mask, only "
                                                "water)."))

    def compute(self, parameters, context, feedback):
        layer, sensor, explicit = _reef.image_inputs(self, parameters, context)
        # the depth field as the reader's id: each point comes with the text of its depth (that of None when empty)
        depths = read_features(self, parameters, self.DEPTH_POINTS, context, feedback, layer.crs(), tr("Depth points"),
                               id_field=self.DEPTH_FIELD, kind=POINT, merge=False)
        if depths is None:
            raise InputError("The depth points could not be opened.")
        points = []
        for value, wkb in depths:
            if value in ("None", "NULL"):
                continue
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            point = geometry.centroid().asPoint()
            points.append((point.x(), point.y(), float(value)))
        if points and all(p[2] <= 0 for p in points):
            feedback.pushInfo(tr("All depth values are ≤ 0: read as elevations and turned into depths."))
            points = [(x, y, -z) for x, y, z in points]
        fit = stumpf_fit(layer.source(), points, sensor, explicit, self.parameterAsDouble(parameters, self.N, context))
        feedback.pushInfo(tr("Z = {m1:.3f} · ratio − {m0:.3f}; r² {r2:.3f}, RMSE {rmse:.2f} m ({n} points)").format(
            m1=fit["m1"], m0=fit["m0"], r2=fit["r2"], rmse=fit["rmse"], n=fit["points_used"]))
        max_depth = self.parameterAsDouble(parameters, _reef.MAX_DEPTH, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        progress, is_cancelled = self.progress_callbacks(feedback)
        stumpf_write(layer.source(), output, fit, max_depth, sensor, _reef.mask_source(self, parameters, context),
                     progress, is_cancelled)
        rows = [("m1", fit["m1"]), ("m0", fit["m0"]), ("r²", fit["r2"]), ("RMSE (m)", fit["rmse"]), ("n", fit["n"]),
                (tr("Points used"), fit["points_used"]), (tr("Points on unusable pixels"), fit["points_unusable"]),
                (tr("Maximum depth (m)"), max_depth)]
        report_path = _reef.write_report(
            self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context), tr("Bathymetry"),
            [(tr("Method"), f"<p>{fit['method']}</p>"), (tr("Calibration"), rows)], dict(fit, max_depth=max_depth))
        return _reef.results(self, output, report_path)
