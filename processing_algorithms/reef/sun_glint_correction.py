"""bd:sunglintcorrection — Hedley et al. (2005) sun-glint correction from glinted deep-water samples."""

from bd_qgis_plugin.core.reef.glint import deglint, glint_fit
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import TRUE_COLOUR, BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import read_features
from bd_qgis_plugin.processing_algorithms.reef import common as _reef


class SunGlintCorrectionAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "sunglintcorrection"
    OUTPUT_STYLES = {"OUTPUT": TRUE_COLOUR}
    group_key = "reef"
    GLINT_SAMPLE = "GLINT_SAMPLE"

    TAGS = ("sun glint", "deglint", "Hedley")

    def display_name(self):
        return tr("Sun-glint correction")

    def short_description(self):
        return tr("Glint removed from the visible bands with the NIR band over deep water (Hedley et al. 2005).")

    def help_text(self):
        return tr(
            "<p>Removes sun glint from the visible bands with the method of Hedley, Harborne &amp; Mumby (2005): "
            "over glinted, optically deep water, the glint in each visible band is proportional to the NIR "
            "signal, so R′<sub>i</sub> = R<sub>i</sub> − b<sub>i</sub> (R<sub>NIR</sub> − min R<sub>NIR</sub>), "
            "where b<sub>i</sub> is the least-squares slope of band i against NIR over the glint sample pixels and "
            "min R<sub>NIR</sub> the sample's minimum NIR (the minimum, not the mean). The report gives each "
            "band's slope and r²: a low r² means the sample holds little glint or is not deep water. Output: "
            "glint-corrected blue, green and red reflectance, then NIR unchanged (Float32, nodata −9999), block "
            "by block.</p>")

    def define(self):
        _reef.add_image(self, tr("Image"), tr("Sentinel-2 image with blue, green, red and NIR bands."))
        _reef.add_polygons(self, self.GLINT_SAMPLE, tr("Glint sample polygons"),
                           tr("One or more polygons over optically deep water showing a range of glint (bright "
                              "wave facets), e.g. 1–5 km² of open water."))
        _reef.add_mask(self)
        _reef.add_outputs(self, tr("Glint-corrected image"),
                          tr("Glint-corrected reflectance of blue, green and red, then NIR (Float32, nodata −9999; "
                             "with a water mask, nodata outside water)."))

    def compute(self, parameters, context, feedback):
        layer, sensor, explicit = _reef.image_inputs(self, parameters, context)
        mask = _reef.mask_source(self, parameters, context)
        polygons = read_features(self, parameters, self.GLINT_SAMPLE, context, feedback, layer.crs(),
                                 tr("Glint sample polygons"), merge=False)
        fit = glint_fit(layer.source(), polygons, sensor, explicit, mask_path=mask)
        for band in fit["bands"]:
            feedback.pushInfo(tr("{band}: slope {slope:.4f}, r² {r2:.3f}").format(band=band["name"],
                                                                                 slope=band["slope"], r2=band["r2"]))
            if band["r2"] < 0.5:
                feedback.reportError(tr("Low r² for {band}: the glint sample may hold little glint or shallow "
                                        "water.").format(band=band["name"]))
        feedback.pushInfo(tr("Minimum NIR of the sample: {value:.4f} ({n} pixels)").format(value=fit["min_nir"],
                                                                                          n=fit["pixels"]))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        progress, is_cancelled = self.progress_callbacks(feedback)
        deglint(layer.source(), output, fit, sensor, mask, progress, is_cancelled)
        rows = [(b["name"], b["slope"], b["intercept"], b["r2"]) for b in fit["bands"]]
        report_path = _reef.write_report(
            self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context), tr("Sun-glint correction"),
            [(tr("Method"), f"<p>{fit['method']}</p>"),
             (tr("Slopes against NIR"), _reef.table(rows, [tr("Band"), tr("Slope b"), tr("Intercept"), "r²"])),
             (tr("Sample"), [(tr("Pixels"), fit["pixels"]), (tr("Minimum NIR"), fit["min_nir"])])], fit)
        return _reef.results(self, output, report_path)
