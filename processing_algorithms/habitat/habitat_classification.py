"""bd:habitatclassification and bd:applyhabitatmodel — supervised habitat mapping from imagery."""

import json
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from bd_qgis_plugin.compat import parameter_as_strings
from bd_qgis_plugin.core.classify import (
    CLASSIFIERS,
    class_codes,
    left_out_messages,
    load_model,
    numbering_message,
    predict,
    save_model,
    train,
)
from bd_qgis_plugin.core.errors import Cancelled, InputError
from bd_qgis_plugin.core.palettes import class_colour
from bd_qgis_plugin.core.report import classification_html, write_text
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.maps.styles import write_class_style
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, ClassStyle
from bd_qgis_plugin.processing_algorithms.habitat.common import (
    ADDITIONAL_BANDS,
    CLASS_FIELD,
    CLASS_NAME_FIELD,
    MODEL,
    OUTPUT_CONFIDENCE,
    OUTPUT_MODEL,
    SEED,
    TRAINING,
    classification_labels,
)
from bd_qgis_plugin.processing_algorithms.inputs import (
    class_field,
    read_features,
    sensor_key,
    sensor_options,
    stacked_image,
)


class _ClassifyBase(BdAlgorithm):
    OUTPUT_STYLES = {"OUTPUT": ClassStyle("habitat_classes"), "OUTPUT_CONFIDENCE": "confidence"}
    group_key = "habitat"
    REQUIRES = ("sklearn",)

    def add_stack_parameter(self):
        self.add(QgsProcessingParameterMultipleLayers(ADDITIONAL_BANDS, tr("Additional rasters (stacked)"),
                                                      QgsProcessing.SourceType.TypeRaster, optional=True),
                 tr("Other rasters on the image's grid whose bands are added as features after the image's bands, "
                    "e.g. spectral indices, a second date or a terrain model. They are used as they are (the sensor "
                    "conversion applies to the image's own bands only). Rasters of another resolution or extent "
                    "are refused: resample them first."))

    def input_image(self, parameters, context, feedback):
        """(image layer, path of the image or of the stack of it and the additional rasters, sensor bands)."""
        raster = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if raster is None:
            raise InputError("The image could not be opened.")
        vrt, count = stacked_image(self, parameters, ADDITIONAL_BANDS, context, raster, "classify_stack")
        if not count:
            return raster, vrt, None
        feedback.pushInfo(tr("Stacked the image and {count} raster(s) into {path}").format(count=count, path=vrt))
        return raster, vrt, raster.bandCount()

    def add_outputs(self):
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Habitat map")),
                 tr("Class raster (class codes of the training data, nodata 0) with a style naming the classes "
                    "(a .qml beside it)."))
        self.add(QgsProcessingParameterRasterDestination(OUTPUT_CONFIDENCE, tr("Confidence"), optional=True,
                                                         createByDefault=False),
                 tr("Probability of the chosen class (0–1), where the classifier hesitates."))

    def classify(self, model, image_path, parameters, context, feedback, progress, is_cancelled):
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        confidence = self.parameterAsOutputLayer(parameters, OUTPUT_CONFIDENCE, context) or None
        feedback.setProgressText(tr("Classifying the image block by block…"))
        counts = predict(model, image_path, output, confidence, progress, is_cancelled)
        names = model.get("names", {})
        write_class_style(output, [(code, class_colour(names.get(code, ""), i), f"{code} {names.get(code, '')}".strip())
                                   for i, code in enumerate(model["classes"])])
        feedback.pushInfo(tr("Pixels per class: {counts}").format(
            counts=", ".join(f"{c} {model['names'].get(c, '')}: {n}" for c, n in sorted(counts.items()))))
        results = {self.OUTPUT: output}
        if confidence:
            results[OUTPUT_CONFIDENCE] = confidence
            self.style_output(context, confidence, "confidence")
        return results


class HabitatClassificationAlgorithm(_ClassifyBase):
    ALGORITHM_ID = "habitatclassification"
    CLASSIFIER = "CLASSIFIER"
    VALIDATION_FRACTION = "VALIDATION_FRACTION"

    TAGS = ("random forest", "gradient boosting", "supervised classification", "scikit-learn")

    def display_name(self):
        return tr("Habitat classification")

    def short_description(self):
        return tr("Random forest or gradient boosting (scikit-learn) trained on polygons, validated on held-out "
                  "polygons.")

    def help_text(self):
        return tr(
            "<p>Maps habitats from a Sentinel-2 or Landsat image with training polygons: every pixel whose centre "
            "lies in a polygon is a training sample of the polygon's class. A share of each class's polygons is "
            "held out — whole polygons, never single pixels, because pixels of one polygon are not independent — "
            "and the classifier trained on the rest is checked on them: confusion matrix (rows = map, columns = "
            "reference), overall accuracy, user's and producer's accuracy and F1 per class. The final model is "
            "trained on all polygons, saved to a file that can classify another date, and the image is classified "
            "block by block. Random forest: Breiman 2001; gradient boosting: scikit-learn's histogram gradient "
            "boosting.</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Image")),
                 tr("Multiband Sentinel-2 or Landsat image (all its bands are used as features)."))
        self.add_stack_parameter()
        self.add(QgsProcessingParameterEnum(self.SENSOR, tr("Sensor"), options=sensor_options(), defaultValue=0),
                 tr("Converts digital numbers to reflectance (Sentinel-2 with the processing-baseline 04.00 offset, "
                    "Landsat C2 L2), so that a model trained on one date applies to another; 'None' uses the "
                    "values as they are."))
        self.add(QgsProcessingParameterFeatureSource(TRAINING, tr("Training polygons"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon]),
                 tr("Polygons drawn over homogeneous areas of each habitat; reprojected to the image's CRS if "
                    "needed. Several polygons per class, spread over the image, give a better model and allow "
                    "validation."))
        self.add(QgsProcessingParameterField(CLASS_FIELD, tr("Class code field"), parentLayerParameterName=TRAINING,
                                             defaultValue="class"),
                 tr("Integer class code (1–254) of each training polygon; when the layer has no field 'class', the "
                    "likely one (an integer field named code, class_id, ma_lop, loai, id…) is used, never the "
                    "feature id 'fid'. A field of class names (text such as "
                    "'forest') is accepted too: its names are numbered 1, 2, … in alphabetical order and kept as "
                    "the class names, and the log and the report say which code each name got. Codes that are not "
                    "whole numbers (1.5) are refused."))
        self.add(QgsProcessingParameterField(CLASS_NAME_FIELD, tr("Class name field"),
                                             parentLayerParameterName=TRAINING, optional=True),
                 tr("Optional class name (e.g. 'Rừng ngập mặn'); kept in the style, the report and the model."))
        self.add(QgsProcessingParameterEnum(self.CLASSIFIER, tr("Classifier"),
                                            options=[tr("Random forest"), tr("Gradient boosting")], defaultValue=0),
                 tr("Random forest is robust with few, noisy samples; gradient boosting can be more accurate with "
                    "many samples."))
        self.add(QgsProcessingParameterNumber(self.VALIDATION_FRACTION, tr("Share of polygons held out for validation"),
                                              QgsProcessingParameterNumber.Type.Double, 0.3, minValue=0.0,
                                              maxValue=0.9),
                 tr("Share of each class's polygons kept out of training to check the classifier (0 = no check). "
                    "A class with a single polygon cannot be checked and is named in the report."))
        self.add(QgsProcessingParameterNumber(SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer, 0),
                 tr("Seed of the random choices (held-out polygons, sample subsets, the classifier): the same seed "
                    "gives the same result."), advanced=True)
        self.add_outputs()
        self.add(QgsProcessingParameterFileDestination(OUTPUT_MODEL, tr("Model file"),
                                                       tr("Habitat model (*.bdmodel)")),
                 tr("The trained model, to classify another image with the same bands (Apply habitat model). "
                    "Open only model files you trust: they are Python pickles."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)")),
                 tr("Validation report (a JSON file with the same name is written beside it)."))

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, TRAINING, context)
        if source is None:
            raise InputError("The image or the training polygons could not be opened.")
        raster, image_path, sensor_bands = self.input_image(parameters, context, feedback)
        code_field = class_field(self, parameters, CLASS_FIELD, context, feedback, source.fields())
        name_fields = parameter_as_strings(self, parameters, CLASS_NAME_FIELD, context)
        features = read_features(self, parameters, TRAINING, context, feedback, raster.crs(), tr("Training polygons"),
                                 merge=False, attributes=(code_field, *name_fields[:1]))
        rows, skipped = [], 0
        for fid, wkb, values in features:
            code = values[code_field]
            if code is None or str(code) == "NULL":
                skipped += 1
                continue
            rows.append((fid, wkb, code, values))
        codes, numbering = class_codes([(fid, code) for fid, _, code, _ in rows], code_field)
        polygons, names = [], {}
        for (fid, wkb, _, values), code in zip(rows, codes):
            if code is None:
                skipped += 1
                continue
            name = values[name_fields[0]] if name_fields else None
            name = "" if name is None or str(name) == "NULL" else str(name)
            if name and names.get(code, name) != name:
                raise InputError("Class code {code} has two names: '{a}' and '{b}'. Give each class one code and "
                                 "one name.", code=code, a=names[code], b=name)
            if name:
                names[code] = name
            polygons.append((fid, code, wkb))
        notes = []
        if numbering:
            for text, code in numbering.items():
                names.setdefault(code, text)
            note = numbering_message(code_field, numbering).translated(tr)
            feedback.pushWarning(note)
            notes.append(note)
        if skipped:
            feedback.reportError(tr("{n} training polygon(s) without geometry or class code were left out.").format(
                n=skipped))
        if not polygons:
            raise InputError("There are no training polygons with a class code.")
        classifier = CLASSIFIERS[self.parameterAsEnum(parameters, self.CLASSIFIER, context)]
        feedback.setProgressText(tr("Training and validating the classifier…"))
        model, report = train(image_path, polygons, sensor_key(self.parameterAsEnum(parameters, self.SENSOR, context)),
                              classifier, self.parameterAsDouble(parameters, self.VALIDATION_FRACTION, context),
                              self.parameterAsInt(parameters, SEED, context), names, sensor_bands=sensor_bands)
        for message in left_out_messages(report["left_out"], names):
            feedback.pushWarning(message.translated(tr))
            notes.append(message.translated(tr))
        if numbering:
            report["class_numbering"] = {"field": code_field, "codes": numbering}
        report["notes"] = notes
        if "overall_accuracy" in report:
            feedback.pushInfo(tr("Validation on held-out polygons: overall accuracy {oa:.3f}").format(
                oa=report["overall_accuracy"]))
        if report["classes_without_validation"]:
            feedback.reportError(tr("Classes with a single polygon could not be validated: {classes}").format(
                classes=", ".join(map(str, report["classes_without_validation"]))))
        if feedback.isCanceled():
            raise Cancelled()
        model_path = self.parameterAsFileOutput(parameters, OUTPUT_MODEL, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        progress, is_cancelled = self.progress_callbacks(feedback)
        results = self.classify(model, image_path, parameters, context, feedback, progress, is_cancelled)
        save_model(model, model_path)
        report["source"] = {"image": raster.source(), "stack": image_path if sensor_bands else None,
                            "training": source.sourceName()}
        json_path = os.path.splitext(report_path)[0] + ".json"
        write_text(json_path, json.dumps(report, ensure_ascii=False, indent=1))
        write_text(report_path, classification_html(report, classification_labels(), raster.name()))
        results.update({OUTPUT_MODEL: model_path, self.OUTPUT_REPORT: report_path})
        return results


class ApplyHabitatModelAlgorithm(_ClassifyBase):
    ALGORITHM_ID = "applyhabitatmodel"

    TAGS = ("random forest", "model", "classification")

    def display_name(self):
        return tr("Apply habitat model to another image")

    def short_description(self):
        return tr("Classifies another image (e.g. another date of the same area) with a saved habitat model.")

    def help_text(self):
        return tr("<p>Classifies an image with a model saved by the habitat classification, e.g. another date of "
                  "the same area. The image must have the same bands, in the same order, as the one the model was "
                  "trained on; otherwise the algorithm stops and says which bands differ.</p>")

    def define(self):
        self.add(QgsProcessingParameterFile(MODEL, tr("Model file"), extension="bdmodel"),
                 tr("A .bdmodel file written by the habitat classification (open only files you trust)."))
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Image")),
                 tr("Image with the same bands as the model's training image."))
        self.add_stack_parameter()
        self.add_outputs()

    def compute(self, parameters, context, feedback):
        model = load_model(self.parameterAsFile(parameters, MODEL, context))
        if model.get("notice") is not None:
            feedback.pushWarning(model["notice"].translated(tr))
        _, image_path, _ = self.input_image(parameters, context, feedback)
        progress, is_cancelled = self.progress_callbacks(feedback)
        return self.classify(model, image_path, parameters, context, feedback, progress, is_cancelled)
