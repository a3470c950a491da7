"""bd:benthichabitat — benthic classes (Allen Coral Atlas) in optically shallow water, coverage and change."""

import csv
import html
import json
import os
import uuid

from qgis.core import (
    QgsProcessing,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
)

from bd_qgis_plugin.compat import parameter_as_strings
from bd_qgis_plugin.core.classify import class_codes, load_model, numbering_message, save_model
from bd_qgis_plugin.core.errors import Cancelled, InputError
from bd_qgis_plugin.core.reef.benthic import (
    BENTHIC_CLASSES,
    coverage,
    coverage_change,
    feature_raster,
    predict_benthic,
    site_warning,
    train_benthic,
    uncertain_classes,
)
from bd_qgis_plugin.core.reef.features import INDEX_FEATURES as INDEX_FEATURE_NAMES
from bd_qgis_plugin.core.report import classification_html
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.maps.styles import write_class_style
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, ClassStyle
from bd_qgis_plugin.processing_algorithms.habitat.common import classification_labels
from bd_qgis_plugin.processing_algorithms.inputs import add_band_overrides, class_field, read_features, sensor_labels
from bd_qgis_plugin.processing_algorithms.reef import common as _reef


def aca_class_list():
    return ", ".join(f"{code} {name}" for code, (name, _) in BENTHIC_CLASSES.items())


class BenthicHabitatAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "benthichabitat"
    OUTPUT_STYLES = {"OUTPUT": ClassStyle("benthic_classes"), "OUTPUT_CONFIDENCE": "confidence"}
    group_key = "reef"
    REQUIRES = ("sklearn",)
    USE_IMAGE = "USE_IMAGE"
    INDEX_FEATURES = "INDEX_FEATURES"
    DII = "DII"
    TRAINING = "TRAINING"
    CLASS_FIELD = "CLASS_FIELD"
    CLASS_NAME_FIELD = "CLASS_NAME_FIELD"
    MODEL = "MODEL"
    VALIDATION_FRACTION = "VALIDATION_FRACTION"
    SEED = "SEED"
    BEFORE = "BEFORE"
    BEFORE_REPORT = "BEFORE_REPORT"
    OUTPUT_CONFIDENCE = "OUTPUT_CONFIDENCE"
    OUTPUT_MODEL = "OUTPUT_MODEL"
    OUTPUT_COVERAGE = "OUTPUT_COVERAGE"
    OUTPUT_CHANGE = "OUTPUT_CHANGE"

    TAGS = ("coral", "seagrass", "benthic", "Allen Coral Atlas")

    def display_name(self):
        return tr("Benthic habitat map")

    def short_description(self):
        return tr("Coral/algae, seagrass, sand, rubble and rock mapped in optically shallow water (Allen Coral "
                  "Atlas classes).")

    def help_text(self):
        return tr(
            "<p>Maps the bottom of optically shallow water (class 4 of the water mask) with a random forest "
            "trained on polygons of each bottom type, on glint-corrected reflectance and/or the depth-invariant "
            "index (Lyzenga 1981). Classes and colours follow the Allen Coral Atlas: {classes}; coral and "
            "macroalgae are not separable at 10 m, hence 'Coral/Algae'. The habitat classification machinery is "
            "reused: training pixels per polygon, validation on whole held-out polygons, model file, block-wise "
            "prediction with confidence. Land, cloud and deep water are never trained on nor mapped.</p>"
            "<p>Coverage per zone: hectares of each class and its share of the zone's shallow water. With the "
            "map of an earlier date (and its report), the change of each class per zone is flagged only where it "
            "exceeds the combined misclassification of both maps. A model from another scene or site can be "
            "applied; the report then warns that its accuracy may not hold there.</p>").format(
                classes=aca_class_list())

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Glint-corrected image")),
                 tr("Reflectance image on the mask's grid, preferably the output of the sun-glint correction."))
        self.add(QgsProcessingParameterEnum(self.SENSOR, tr("Sensor"), options=sensor_labels(), defaultValue=3),
                 tr("Converts digital numbers to reflectance; 'Reflectance already' for the glint correction's "
                    "output."))
        self.add(QgsProcessingParameterBoolean(self.USE_IMAGE, tr("Use the image bands as features"), True),
                 tr("Use the image's reflectance bands as features (together with the depth-invariant index when "
                    "given)."))
        self.add(QgsProcessingParameterBoolean(self.INDEX_FEATURES, tr("Use water-column indices as features"),
                                               True),
                 tr("Add six features computed from the blue, green, red and NIR reflectance: the Stumpf et al. "
                    "(2003) log ratios ln(1000·B)/ln(1000·G) and ln(1000·G)/ln(1000·R), NDWI, and the ratios B/G, "
                    "G/R, B/R. They depend less on depth and brightness than the bands; the peer validation uses "
                    "them. With a model file, the model's own choice applies."))
        add_band_overrides(self, _reef.ROLE_PARAMETERS)
        self.add(QgsProcessingParameterRasterLayer(self.DII, tr("Depth-invariant index"), optional=True),
                 tr("Output of 'Depth-invariant index (Lyzenga)' on the same grid, used as extra features."))
        self.add(QgsProcessingParameterRasterLayer(_reef.MASK, tr("Water mask")),
                 tr("Mask of 'Water mask (land, deep and shallow water)': only optically shallow water (class 4) "
                    "is classified."))
        self.add(QgsProcessingParameterFeatureSource(self.TRAINING, tr("Training polygons"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
                 tr("Polygons over homogeneous patches of each bottom type in shallow water, several per class "
                    "(needed unless a model file is given)."))
        self.add(QgsProcessingParameterField(self.CLASS_FIELD, tr("Class code field"),
                                             parentLayerParameterName=self.TRAINING,
                                             type=QgsProcessingParameterField.DataType.Numeric, optional=True,
                                             defaultValue="class"),
                 tr("Integer class code 1–254 (when the layer has no field 'class', the likely one: an integer "
                    "field named code, class_id, ma_lop, loai, id…, never the feature id 'fid'); the Allen Coral "
                    "Atlas codes are {classes}.").format(
                     classes=aca_class_list()))
        self.add(QgsProcessingParameterField(self.CLASS_NAME_FIELD, tr("Class name field"),
                                             parentLayerParameterName=self.TRAINING, optional=True),
                 tr("Optional class name; without it the Allen Coral Atlas name of the code is used."))
        self.add(QgsProcessingParameterFile(self.MODEL, tr("Benthic model file"), extension="bdmodel", optional=True),
                 tr("Apply a model saved by an earlier run instead of training (open only files you trust)."))
        self.add(QgsProcessingParameterNumber(self.VALIDATION_FRACTION,
                                              tr("Share of polygons held out for validation"),
                                              QgsProcessingParameterNumber.Type.Double, 0.3, minValue=0.0,
                                              maxValue=0.9),
                 tr("Share of each class's polygons kept out of training to check the map (whole polygons)."))
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                                              0),
                 tr("Seed of the random choices: the same seed gives the same result."), advanced=True)
        self.add(QgsProcessingParameterFeatureSource(self.ZONES, tr("Zones"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon],
                                                     optional=True),
                 tr("Zones (marine protected area, its core zone…) for the coverage table; without zones, the "
                    "whole map."))
        self.add(QgsProcessingParameterField(self.ZONE_FIELD, tr("Zone name field"),
                                             parentLayerParameterName=self.ZONES, optional=True),
                 tr("Field that names the zone in the coverage table."))
        self.add(QgsProcessingParameterRasterLayer(self.BEFORE, tr("Benthic map of an earlier date"), optional=True),
                 tr("Class map of this algorithm for an earlier date, on the same grid, for the change table."))
        self.add(QgsProcessingParameterFile(self.BEFORE_REPORT, tr("Report (JSON) of the earlier map"),
                                            extension="json", optional=True),
                 tr("The .json report written beside the earlier map's HTML report: its held-out accuracy sets "
                    "the earlier map's error."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Benthic habitat map")),
                 tr("Class raster (nodata 0 outside optically shallow water) with the Allen Coral Atlas palette."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT_CONFIDENCE, tr("Confidence"), optional=True,
                                                         createByDefault=False),
                 tr("Probability of the chosen class (0–1)."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_MODEL, tr("Model file"),
                                                       tr("Habitat model (*.bdmodel)"), optional=True,
                                                       createByDefault=False),
                 tr("The trained model, to map another date (open only model files you trust)."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)")),
                 tr("Accuracy on held-out polygons, coverage, change and warnings (a JSON twin is written beside)."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_COVERAGE, tr("Coverage table (CSV)"),
                                                       tr("CSV files (*.csv)")),
                 tr("One row per zone and class: pixels, hectares, hectares of shallow water, % of shallow water."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_CHANGE, tr("Change table (CSV)"),
                                                       tr("CSV files (*.csv)"), optional=True, createByDefault=False),
                 tr("With an earlier map: area before and after, change, error margin and whether the change "
                    "exceeds it, per zone and class."))

    def _training(self, parameters, context, crs, feedback):
        """([(number, class code, WKB)], {code: name}) of the training polygons, or (None, {}) without them."""
        if not parameters.get(self.TRAINING):
            return None, {}
        source = self.parameterAsSource(parameters, self.TRAINING, context)
        if source is not None:  # the class code field, resolved against the layer (never its feature id)
            parameters = dict(parameters, **{self.CLASS_FIELD: class_field(
                self, parameters, self.CLASS_FIELD, context, feedback, source.fields())})
        what = tr("Training polygons")
        # the class field as the reader's id: each polygon comes with the text of its code (that of None when empty)
        coded = read_features(self, parameters, self.TRAINING, context, feedback, crs, what,
                              id_field=self.CLASS_FIELD, merge=False)
        if coded is None:
            return None, {}
        named = [None] * len(coded)
        if parameter_as_strings(self, parameters, self.CLASS_NAME_FIELD, context):
            # the same features in the same order, for their names; the first reading has logged what it found
            named = [name for name, _ in read_features(self, parameters, self.TRAINING, context,
                                                       QgsProcessingFeedback(False), crs, what,
                                                       id_field=self.CLASS_NAME_FIELD, merge=False)]
        field = parameter_as_strings(self, parameters, self.CLASS_FIELD, context)[0]
        codes, numbering = class_codes([(number, None if code in ("None", "NULL") else code)
                                        for number, (code, _) in enumerate(coded, start=1)], field)
        polygons, names = [], {}
        for number, ((_, wkb), name, code) in enumerate(zip(coded, named, codes), start=1):
            if code is None:
                continue
            if name not in (None, "", "None", "NULL"):
                names[code] = name
            polygons.append((number, code, wkb))
        if not polygons:
            raise InputError("There are no training polygons with a class code.")
        if numbering:
            for text, code in numbering.items():
                names.setdefault(code, text)
            feedback.pushWarning(numbering_message(field, numbering).translated(tr))
        return polygons, names

    def compute(self, parameters, context, feedback):
        image = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        mask_layer = self.parameterAsRasterLayer(parameters, _reef.MASK, context)
        if image is None or mask_layer is None:
            raise InputError("The image or the water mask could not be opened.")
        dii_layer = self.parameterAsRasterLayer(parameters, self.DII, context)
        progress, is_cancelled = self.progress_callbacks(feedback)
        sensor, explicit = _reef.sensor_and_bands(self, parameters, context)
        model_file = self.parameterAsFile(parameters, self.MODEL, context)
        model = load_model(model_file) if model_file else None
        if model is not None and model.get("notice") is not None:
            feedback.pushWarning(model["notice"].translated(tr))
        indices = self.parameterAsBool(parameters, self.INDEX_FEATURES, context)
        if model is not None:
            indices = set(INDEX_FEATURE_NAMES) <= set(model.get("band_descriptions") or ())
        features = os.path.join(QgsProcessingUtils.tempFolder(), f"benthic_features_{uuid.uuid4().hex[:8]}.tif")
        feedback.setProgressText(tr("Building the features inside optically shallow water…"))
        feature_names = feature_raster(image.source(), features, mask_layer.source(),
                                       dii_layer.source() if dii_layer is not None else None, sensor,
                                       self.parameterAsBool(parameters, self.USE_IMAGE, context), progress,
                                       is_cancelled, indices=indices, explicit=explicit)
        feedback.pushInfo(tr("Features: {names}").format(names=", ".join(feature_names)))
        warnings = []
        if model is not None:
            report = dict((model.get("benthic") or {}).get("report") or {"classes": [
                {"code": c, "name": model["names"].get(c, str(c))} for c in model["classes"]]})
            warning = site_warning(model, image.source(), features)
            if warning:
                warnings.append(warning)
        else:
            polygons, names = self._training(parameters, context, image.crs(), feedback)
            if polygons is None:
                raise InputError("Give training polygons (with their class code field) or a benthic model file.")
            feedback.setProgressText(tr("Training and validating the classifier on held-out polygons…"))
            model, report = train_benthic(features, mask_layer.source(), polygons, names,
                                          self.parameterAsDouble(parameters, self.VALIDATION_FRACTION, context),
                                          self.parameterAsInt(parameters, self.SEED, context), image.source())
            model["benthic"]["report"] = report
        if feedback.isCanceled():
            raise Cancelled()
        names = model["names"]
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        confidence = self.parameterAsOutputLayer(parameters, self.OUTPUT_CONFIDENCE, context) or None
        feedback.setProgressText(tr("Classifying optically shallow water block by block…"))
        counts = predict_benthic(model, features, output, confidence, progress, is_cancelled)
        os.remove(features)
        write_class_style(output, [(c, _reef.benthic_colour(c, names.get(c, ""), i),
                                             f"{c} {names.get(c, '')}".strip())
                                            for i, c in enumerate(model["classes"])])
        if all(BENTHIC_CLASSES.get(c, ("",))[0] == names.get(c) for c in model["classes"]):
            self.style_output(context, output, "benthic_classes")
        feedback.pushInfo(tr("Pixels per class: {counts}").format(
            counts=", ".join(f"{c} {names.get(c, '')}: {n}" for c, n in sorted(counts.items()))))
        if "overall_accuracy" in report:
            feedback.pushInfo(tr("Validation on held-out polygons: overall accuracy {oa:.3f}").format(
                oa=report["overall_accuracy"]))
        uncertain = uncertain_classes(report)
        if uncertain:
            warnings.append(tr("Uncertain classes (held-out F1 below 0.7 or not validated): {classes}").format(
                classes=", ".join(uncertain)))

        zones = None
        if parameters.get(self.ZONES):
            zones = read_features(self, parameters, self.ZONES, context, feedback, image.crs(), tr("Zones"),
                                 id_field=self.ZONE_FIELD)
        rows = coverage(output, mask_layer.source(), zones, names)
        coverage_path = self.parameterAsFileOutput(parameters, self.OUTPUT_COVERAGE, context)
        _write_csv(coverage_path, rows, ("zone", "class", "class_name", "pixels", "area_ha", "shallow_ha",
                                         "pct_shallow"))
        change_rows = None
        before = self.parameterAsRasterLayer(parameters, self.BEFORE, context)
        if before is not None:
            before_report_path = self.parameterAsFile(parameters, self.BEFORE_REPORT, context)
            if not before_report_path:
                raise InputError("The earlier map needs its report (JSON): its held-out accuracy sets the map error "
                                 "that a change must exceed.")
            with open(before_report_path, encoding="utf-8") as fh:
                before_report = json.load(fh)
            before_report = before_report.get("classification", before_report)
            before_rows = coverage(before.source(), mask_layer.source(), zones, names)
            change_rows = coverage_change(before_rows, rows, before_report, report)
            change_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CHANGE, context)
            if change_path:
                _write_csv(change_path, change_rows, ("zone", "class", "class_name", "before_ha", "after_ha",
                                                      "change_ha", "margin_ha", "status"))
        for warning in warnings:
            feedback.reportError(warning)

        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        page = classification_html(report, dict(classification_labels(), title=tr("Benthic habitat report")),
                                   image.name())
        extra = "".join(f"<p class='warn' style='color:#b30000'><b>{html.escape(w)}</b></p>" for w in warnings)
        extra += f"<h2>{html.escape(tr('Coverage per zone'))}</h2>" + _reef.table(
            [(r["zone"], f"{r['class']} {r['class_name']}", r["pixels"], round(r["area_ha"], 2),
              round(r["shallow_ha"], 2), round(r["pct_shallow"], 1)) for r in rows],
            [tr("Zone"), tr("Class"), tr("Pixels"), tr("Area (ha)"), tr("Shallow water (ha)"),
             tr("% of shallow water")])
        if change_rows is not None:
            extra += f"<h2>{html.escape(tr('Change since the earlier map'))}</h2>" + _reef.table(
                [(r["zone"], f"{r['class']} {r['class_name']}", round(r["before_ha"], 2), round(r["after_ha"], 2),
                  round(r["change_ha"], 2), round(r["margin_ha"], 2), r["status"]) for r in change_rows],
                [tr("Zone"), tr("Class"), tr("Before (ha)"), tr("After (ha)"), tr("Change (ha)"),
                 tr("Error margin (ha)"), tr("Status")])
            extra += "<p>" + html.escape(tr("Margin = √((e_before·A_before)² + (e_after·A_after)²), e = the class's "
                                            "misclassification rate (max of 1 − user's and 1 − producer's accuracy) "
                                            "on held-out polygons.")) + "</p>"
        with open(report_path, "w", encoding="utf-8") as fh:
            fh.write(page.replace("</body>", extra + "</body>", 1))
        with open(os.path.splitext(report_path)[0] + ".json", "w", encoding="utf-8") as fh:
            json.dump({"classification": report, "features": feature_names, "warnings": warnings,
                       "uncertain_classes": uncertain, "coverage": rows, "change": change_rows,
                       "pixels_per_class": {str(k): v for k, v in counts.items()}}, fh, ensure_ascii=False,
                      indent=1)
        results = {self.OUTPUT: output, self.OUTPUT_REPORT: report_path, self.OUTPUT_COVERAGE: coverage_path}
        if confidence:
            results[self.OUTPUT_CONFIDENCE] = confidence
        model_path = self.parameterAsFileOutput(parameters, self.OUTPUT_MODEL, context)
        if model_path:
            save_model(model, model_path)
            results[self.OUTPUT_MODEL] = model_path
        if change_rows is not None and parameters.get(self.OUTPUT_CHANGE):
            results[self.OUTPUT_CHANGE] = self.parameterAsFileOutput(parameters, self.OUTPUT_CHANGE, context)
        return results


def _write_csv(path, rows, columns):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([round(row[c], 4) if isinstance(row[c], float) else row[c] for c in columns])
