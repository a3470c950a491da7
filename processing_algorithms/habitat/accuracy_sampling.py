"""bd:accuracysampling — stratified random sample of reference points on a class map (Olofsson et al. 2014)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.classmap import class_pixel_counts
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.sampling import ALLOCATIONS, allocate, draw_stratified_sample, sample_size
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, make_fields
from bd_qgis_plugin.processing_algorithms.habitat.common import SEED


def parse_expected(text, default, classes):
    """"1=0.7; 2=0.6" → {1: 0.7, 2: 0.6, other classes: default}."""
    expected = {c: default for c in classes}
    for item in filter(None, (part.strip() for part in (text or "").replace(",", ";").split(";"))):
        try:
            code, value = item.split("=")
            expected[int(code)] = float(value)
        except ValueError as exc:
            raise InputError("Cannot read '{item}': write expected user's accuracies as class=value, e.g. "
                             "'1=0.7; 2=0.6'.", item=item) from exc
    return expected


class AccuracySamplingAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "accuracysampling"
    OUTPUT_STYLES = {"OUTPUT": "accuracy_points"}
    group_key = "habitat"
    TARGET_SE = "TARGET_SE"
    EXPECTED_UA = "EXPECTED_UA"
    EXPECTED_UA_PER_CLASS = "EXPECTED_UA_PER_CLASS"
    ALLOCATION = "ALLOCATION"
    MIN_PER_CLASS = "MIN_PER_CLASS"
    SAMPLE_SIZE = "SAMPLE_SIZE"

    TAGS = ("stratified random sample", "Olofsson", "reference points")

    def display_name(self):
        return tr("Accuracy sampling design")

    def short_description(self):
        return tr("A stratified random sample of reference points, the strata being the map classes (Olofsson et "
                  "al. 2014).")

    def help_text(self):
        return tr(
            "<p>Draws a stratified random sample of reference points on a class map, the strata being the map "
            "classes, as Olofsson et al. (2014) recommend. The total sample size follows from the target standard "
            "error of overall accuracy and the expected user's accuracy of each class: n = (Σ W<sub>i</sub> "
            "S<sub>i</sub> / S(Ô))², S<sub>i</sub> = √(U<sub>i</sub>(1 − U<sub>i</sub>)). It is allocated "
            "proportionally to the mapped areas with a minimum per class (so that rare classes get enough points "
            "for their user's accuracy), proportionally, or equally. Each point is the centre of a sampled pixel "
            "and carries its map class and an empty reference class field to fill in during interpretation; "
            "then run the accuracy assessment.</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Class map")),
                 tr("Classified raster with integer class codes, in a projected CRS."))
        self.add(QgsProcessingParameterNumber(self.TARGET_SE, tr("Target standard error of overall accuracy"),
                                              QgsProcessingParameterNumber.Type.Double, 0.01, minValue=0.001,
                                              maxValue=0.2),
                 tr("The standard error of overall accuracy the sample should achieve; 0.01 is common."))
        self.add(QgsProcessingParameterNumber(self.EXPECTED_UA, tr("Expected user's accuracy"),
                                              QgsProcessingParameterNumber.Type.Double, 0.8, minValue=0.01,
                                              maxValue=0.99),
                 tr("Expected user's accuracy of every class, used for the sample size."))
        self.add(QgsProcessingParameterString(self.EXPECTED_UA_PER_CLASS, tr("Expected user's accuracy per class"),
                                              optional=True),
                 tr("Overrides for some classes, e.g. '1=0.7; 2=0.6' (class=value; other classes use the value "
                    "above)."), advanced=True)
        self.add(QgsProcessingParameterEnum(self.ALLOCATION, tr("Allocation"), options=[
            tr("Proportional to area, with a minimum per class"), tr("Proportional to area"), tr("Equal")],
            defaultValue=0), tr("How the sample is shared among the map classes."))
        self.add(QgsProcessingParameterNumber(self.MIN_PER_CLASS, tr("Minimum points per class"),
                                              QgsProcessingParameterNumber.Type.Integer, 50, minValue=1),
                 tr("Smallest number of points in a class with the first allocation (Olofsson et al. suggest "
                    "50–100 for rare classes)."))
        self.add(QgsProcessingParameterNumber(SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                                              optional=True),
                 tr("Set a number to draw the same sample again; leave empty for a new random sample."),
                 advanced=True)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Sample points"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 tr("Points at the centres of the sampled pixels, with fields map_class and ref_class (empty)."))
        self.addOutput(QgsProcessingOutputNumber(self.SAMPLE_SIZE, tr("Sample size")))

    def compute(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise InputError("The class map could not be opened.")
        progress, is_cancelled = self.progress_callbacks(feedback)
        counts = class_pixel_counts(layer.source(), progress=lambda f: progress(0.3 * f), is_cancelled=is_cancelled)
        if not counts:
            raise InputError("The map has no classified pixels.")
        classes = list(counts)
        total_pixels = sum(counts.values())
        expected = parse_expected(self.parameterAsString(parameters, self.EXPECTED_UA_PER_CLASS, context),
                                  self.parameterAsDouble(parameters, self.EXPECTED_UA, context), classes)
        n = sample_size([counts[c] / total_pixels for c in classes], [expected[c] for c in classes],
                        self.parameterAsDouble(parameters, self.TARGET_SE, context))
        allocation = ALLOCATIONS[self.parameterAsEnum(parameters, self.ALLOCATION, context)]
        per_class = dict(zip(classes, allocate(n, [counts[c] for c in classes], allocation,
                                               self.parameterAsInt(parameters, self.MIN_PER_CLASS, context))))
        feedback.pushInfo(tr("Sample size {n} (target SE of overall accuracy); points per class: {alloc}").format(
            n=n, alloc=", ".join(f"{c}: {k}" for c, k in per_class.items())))
        seed = self.parameterAsInt(parameters, SEED, context) if parameters.get(SEED) not in (None, "") else None
        points = draw_stratified_sample(layer.source(), per_class, seed=seed,
                                        progress=lambda f: progress(0.3 + 0.7 * f), is_cancelled=is_cancelled)
        fields = make_fields((("id", "Int"), ("map_class", "Int"), ("ref_class", "Int")))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, layer.crs())
        for i, (code, x, y) in enumerate(points, start=1):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            feature.setAttributes([i, int(code), None])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        self.style_output(context, dest, "accuracy_points")
        return {self.OUTPUT: dest, self.SAMPLE_SIZE: len(points)}
