"""bd:depthinvariantindex — Lyzenga (1978, 1981) depth-invariant bottom index for band pairs."""

from qgis.core import QgsProcessingParameterEnum

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.reef.dii import DEFAULT_PAIRS, dii_fit, dii_write
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import read_features
from bd_qgis_plugin.processing_algorithms.reef import common as _reef


def pair_labels():
    return [tr("B02/B03 (blue/green)"), tr("B02/B04 (blue/red)"), tr("B03/B04 (green/red)")]


class DepthInvariantIndexAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "depthinvariantindex"
    OUTPUT_STYLES = {"OUTPUT": "depth_invariant_index"}
    group_key = "reef"
    SAND_SAMPLES = "SAND_SAMPLES"
    PAIRS = "PAIRS"

    TAGS = ("Lyzenga", "DII", "water column correction")

    def display_name(self):
        return tr("Depth-invariant index")

    def short_description(self):
        return tr("Lyzenga's water-column correction: depth-invariant indices of band pairs (Lyzenga 1978, 1981).")

    def help_text(self):
        return tr(
            "<p>Water-column correction of Lyzenga (1978, 1981). With L<sub>deep</sub> the mean signal of "
            "optically deep water, X<sub>i</sub> = ln(L<sub>i</sub> − L<sub>deep,i</sub>) (differences ≤ 0 are "
            "clamped to 0.0001). Over one bottom type (sand) at varying depth the pairs (X<sub>i</sub>, "
            "X<sub>j</sub>) lie on a line whose slope is the ratio of attenuation coefficients: a = "
            "(σ<sub>ii</sub> − σ<sub>jj</sub>)/(2σ<sub>ij</sub>), k<sub>i</sub>/k<sub>j</sub> = a + √(a² + 1), and "
            "DII<sub>ij</sub> = X<sub>i</sub> − (k<sub>i</sub>/k<sub>j</sub>) X<sub>j</sub> no longer depends on "
            "depth. The coefficients are per scene. Pairs with red work only in a few metres of water. The "
            "report gives k<sub>i</sub>/k<sub>j</sub>, the variances, covariance and correlation over the sand "
            "sample (a correlation near 1 means the sand polygons span a good range of depths).</p>")

    def define(self):
        _reef.add_image(self, tr("Glint-corrected image"),
                        tr("Image with blue, green and red reflectance, preferably the output of the sun-glint "
                           "correction."), sensor_default=3)
        _reef.add_polygons(self, _reef.DEEP_WATER, tr("Deep-water sample polygons"),
                           tr("Polygons over clear water too deep to see the bottom: their mean is the deep-water "
                              "signal L_deep."))
        _reef.add_polygons(self, self.SAND_SAMPLES, tr("Sand sample polygons"),
                           tr("Polygons over one bottom type (bright sand) from shallow to deeper water; at least "
                              "30 pixels in optically shallow water."))
        _reef.add_mask(self)
        self.add(QgsProcessingParameterEnum(self.PAIRS, tr("Band pairs"), options=pair_labels(),
                                            allowMultiple=True, defaultValue=[0, 1, 2]),
                 tr("Band pairs to compute, one output band each; B02/B03 is the main pair."))
        _reef.add_outputs(self, tr("Depth-invariant index"),
                          tr("One Float32 band per pair (nodata −9999; with a water mask, only optically shallow "
                             "water)."))

    def compute(self, parameters, context, feedback):
        layer, sensor, explicit = _reef.image_inputs(self, parameters, context)
        mask = _reef.mask_source(self, parameters, context)
        pairs = [DEFAULT_PAIRS[i] for i in self.parameterAsEnums(parameters, self.PAIRS, context)]
        if not pairs:
            raise InputError("Choose at least one band pair.")
        deep = read_features(self, parameters, _reef.DEEP_WATER, context, feedback, layer.crs(),
                             tr("Deep-water polygons"), merge=False)
        sand = read_features(self, parameters, self.SAND_SAMPLES, context, feedback, layer.crs(), tr("Sand polygons"),
                             merge=False)
        fit = dii_fit(layer.source(), deep, sand, sensor, explicit, pairs, mask)
        for pair in fit["pairs"]:
            feedback.pushInfo(tr("{pair}: ki/kj {ratio:.4f} (a {a:.4f}, correlation over sand {r:.3f})").format(
                pair=pair["name"], ratio=pair["ki_kj"], a=pair["a"], r=pair["r"]))
            if pair["r"] < 0.5:
                feedback.reportError(tr("{pair}: weak correlation over the sand sample; the sand polygons may not "
                                        "span enough depth, or hold more than one bottom type.").format(
                                            pair=pair["name"]))
        if fit["clamped_sand_pixels"]:
            feedback.reportError(tr("{n} sand pixels were not brighter than deep water and were clamped.").format(
                n=fit["clamped_sand_pixels"]))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        progress, is_cancelled = self.progress_callbacks(feedback)
        dii_write(layer.source(), output, fit, sensor, mask, progress, is_cancelled)
        rows = [(p["name"], p["ki_kj"], p["a"], p["var_i"], p["var_j"], p["cov_ij"], p["r"]) for p in fit["pairs"]]
        sample = [(tr("Deep-water pixels"), fit["deep_pixels"]), (tr("Sand pixels"), fit["sand_pixels"]),
                  (tr("Sand pixels clamped"), fit["clamped_sand_pixels"])]
        sample += [(f"L_deep {role}", value) for role, value in fit["deep_mean"].items()]
        report_path = _reef.write_report(
            self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context), tr("Depth-invariant index"),
            [(tr("Method"), f"<p>{fit['method']}</p>"),
             (tr("Coefficients"), _reef.table(rows, [tr("Pair"), "ki/kj", "a", "σii", "σjj", "σij", "r"])),
             (tr("Sample"), sample)], fit)
        return _reef.results(self, output, report_path)
