"""bd:accuracyassessment — error matrix, accuracies and area estimates with 95 % CI (Olofsson et al. 2014)."""

import json
import os

from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.accuracy import assess
from bd_qgis_plugin.core.classmap import class_pixel_counts, classes_at_points, pixel_area_ha
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.raster_io import RasterReader
from bd_qgis_plugin.core.report import accuracy_html, write_text
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import POINT, class_field, read_features


def translated_labels():
    return {
        "title": tr("Accuracy assessment and area estimate"),
        "method": tr("Stratified estimators of Olofsson et al. (2014); 95 % confidence intervals = ±1.96 SE."),
        "counts": tr("Error matrix (sample counts)"),
        "proportions": tr("Error matrix (estimated area proportions)"),
        "map": tr("Map"),
        "reference": tr("Reference"),
        "total": tr("Total"),
        "class": tr("Class"),
        "users": tr("User's accuracy"),
        "producers": tr("Producer's accuracy"),
        "mapped": tr("Mapped area (ha)"),
        "estimated": tr("Estimated area (ha)"),
        "overall": tr("Overall accuracy"),
        "samples": tr("Sample size"),
        "kappa": tr("Kappa (for reference only; not recommended, Pontius & Millones 2011)"),
    }


class AccuracyAssessmentAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "accuracyassessment"
    group_key = "habitat"
    REFERENCE = "REFERENCE"
    REFERENCE_FIELD = "REFERENCE_FIELD"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_JSON = "OUTPUT_JSON"
    OVERALL_ACCURACY = "OVERALL_ACCURACY"

    TAGS = ("Olofsson", "error matrix", "confusion matrix", "area estimate")

    def display_name(self):
        return tr("Accuracy assessment and area estimate")

    def short_description(self):
        return tr("Error matrix, accuracies and error-adjusted areas with 95 % confidence intervals (Olofsson et "
                  "al. 2014).")

    def help_text(self):
        return tr(
            "<p>Assesses a class map with reference points from a stratified random sample whose strata are the "
            "map classes (as drawn by the accuracy sampling algorithm), the way Olofsson et al. (2014) recommend: "
            "error matrix in sample counts and in estimated area proportions (rows = map, columns = reference), "
            "overall, user's and producer's accuracy with standard errors and 95 % confidence intervals, and the "
            "area of every class estimated from the reference data, in hectares, with its 95 % confidence "
            "interval. Kappa is reported only as an extra.</p><p>Reference: Olofsson, P. et al. 2014. Good "
            "practices for estimating area and assessing accuracy of land change. Remote Sensing of Environment "
            "148: 42–57.</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Class map")),
                 tr("Classified raster with integer class codes, in a projected CRS (areas are computed in "
                    "hectares). Its classes are the strata of the sample."))
        self.add(QgsProcessingParameterFeatureSource(self.REFERENCE, tr("Reference points"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("Sample points with the class observed on the ground or on very high resolution imagery. "
                    "Points in another CRS are reprojected to the class map's CRS."))
        self.add(QgsProcessingParameterField(self.REFERENCE_FIELD, tr("Reference class field"),
                                             parentLayerParameterName=self.REFERENCE,
                                             type=QgsProcessingParameterField.DataType.Numeric,
                                             defaultValue="ref_class"),
                 tr("Field of the reference points holding the reference class code (same codes as the map); "
                    "when the layer has no field 'ref_class', the likely one (an integer field named class, code, "
                    "reference…), never the feature id 'fid'."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_HTML, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)")),
                 tr("Accuracy report: error matrices, accuracies and area estimates with 95 % confidence "
                    "intervals."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_JSON, tr("Report (JSON)"),
                                                       tr("JSON files (*.json)")),
                 tr("The same figures as JSON, to be read by the area and indicator report algorithms."))
        self.addOutput(QgsProcessingOutputNumber(self.OVERALL_ACCURACY, tr("Overall accuracy")))

    def compute(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if layer is None or source is None:
            raise InputError("The class map or the reference points could not be opened.")
        field = class_field(self, parameters, self.REFERENCE_FIELD, context, feedback, source.fields(),
                            preferred=("ref_class",))
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        json_path = self.parameterAsFileOutput(parameters, self.OUTPUT_JSON, context)
        progress, is_cancelled = self.progress_callbacks(feedback)

        with RasterReader(layer.source()) as reader:
            hectares = pixel_area_ha(reader.grid)
        feedback.setProgressText(tr("Counting the pixels of every class…"))
        map_pixels = class_pixel_counts(layer.source(), progress=lambda f: progress(0.9 * f),
                                        is_cancelled=is_cancelled)

        xs, ys, labels, skipped = [], [], [], 0
        for fid, wkb, values in read_features(self, parameters, self.REFERENCE, context, feedback, layer.crs(),
                                              tr("Reference points"), kind=POINT, merge=False, attributes=(field,)):
            label = values[field]
            if label is None or label == "" or str(label) == "NULL":
                skipped += 1
                continue
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            if QgsWkbTypes.isMultiType(geometry.wkbType()) and len(geometry.asMultiPoint()) != 1:
                raise InputError("Reference feature {fid} is a multipoint: use single points.", fid=fid)
            point = geometry.asPoint() if not QgsWkbTypes.isMultiType(geometry.wkbType()) \
                else geometry.asMultiPoint()[0]
            xs.append(point.x())
            ys.append(point.y())
            labels.append(int(label))
        if skipped:
            feedback.reportError(tr("{n} reference point(s) without geometry or class were left out.").format(
                n=skipped))
        if not labels:
            raise InputError("There are no reference points with a class.")
        mapped = classes_at_points(layer.source(), xs, ys)
        pairs = [(m, r) for m, r in zip(mapped, labels) if m is not None]
        if len(pairs) < len(labels):
            feedback.reportError(tr("{n} reference point(s) fall on nodata in the class map and were left out.")
                                 .format(n=len(labels) - len(pairs)))
        classes = sorted(set(map_pixels) | {r for _, r in pairs})
        index = {c: i for i, c in enumerate(classes)}
        counts = [[0] * len(classes) for _ in classes]
        for m, r in pairs:
            counts[index[m]][index[r]] += 1
        result = assess(counts, [map_pixels.get(c, 0) for c in classes], hectares, classes)

        report = result.to_dict()
        report["source"] = {"class_map": layer.source(), "reference": source.sourceName(), "field": field,
                            "pixel_area_ha": hectares}
        for path in (html_path, json_path):
            folder = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(folder):
                raise InputError("Output folder '{folder}' does not exist.", folder=folder)
        write_text(json_path, json.dumps(report, ensure_ascii=False, indent=1))
        write_text(html_path, accuracy_html(result, labels=translated_labels(), source=layer.name()))
        feedback.pushInfo(tr("Overall accuracy {oa:.3f} ± {ci:.3f} (95 % CI), {n} reference points.").format(
            oa=result.overall, ci=1.96 * result.overall_se, n=len(pairs)))
        progress(1.0)
        return {self.OUTPUT_HTML: html_path, self.OUTPUT_JSON: json_path, self.OVERALL_ACCURACY: result.overall}
