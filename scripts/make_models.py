#!/usr/bin/env python3
"""Write the Processing models of ``bd_qgis_plugin/models/`` (``.model3``), built with QGIS' own model classes.

``yearly_update.model3`` — the yearly update of the monitoring series: the new year's image classified with last
year's model (``bd:applyhabitatmodel``; a model saved under another scikit-learn is refitted from the training
pixels it keeps, and the log says so), its accuracy from the new reference points (``bd:accuracyassessment``),
its areas per reserve (``bd:habitatarea``), the series with the earlier years' maps and reports
(``bd:habitattrend``) and the indicator report with its trends section (``bd:indicatorreport``).

Run ``.venv/bin/python scripts/make_models.py`` after changing a parameter of those algorithms; the test
(tests/processing/test_yearly_update_model.py) runs the model file as it is committed. In QGIS: Processing
Toolbox ▸ Models ▸ Add Model to Toolbox…, or open it in the Model Designer.
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402

MODELS = os.path.join(ROOT, "bd_qgis_plugin", "models")
Source = QgsProcessingModelChildParameterSource


def _input(model, parameter, x, y):
    component = QgsProcessingModelParameter(parameter.name())
    component.setPosition(QPointF(x, y))
    model.addModelParameter(parameter, component)


def _child(model, child_id, algorithm, description, sources, outputs, x, y):
    child = QgsProcessingModelChildAlgorithm(algorithm)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(x, y))
    for name, source in sources.items():
        child.addParameterSources(name, source if isinstance(source, list) else [source])
    model_outputs = {}
    for name, label in outputs.items():
        output = QgsProcessingModelOutput(label)
        output.setChildId(child_id)
        output.setChildOutputName(name)
        output.setDescription(label)
        model_outputs[label] = output
    child.setModelOutputs(model_outputs)
    model.addChildAlgorithm(child)


def yearly_update():
    model = QgsProcessingModelAlgorithm("Yearly update (Cập nhật hằng năm)", "Biodiversity (ĐDSH)",
                                        "bd_yearly_update")
    model.setHelpContent({"ALG_DESC": (
        "Cập nhật chuỗi giám sát hằng năm / The yearly update of the monitoring series: the new image classified "
        "with last year's habitat model (refitted from its training pixels if this QGIS has another "
        "scikit-learn), its accuracy and error-adjusted areas from the new reference points (Olofsson et al. "
        "2014), its areas per reserve, the series of all years with changes flagged only beyond map error and the "
        "Theil–Sen / Mann–Kendall trend, and the indicator report with its trends section.")})
    _input(model, QgsProcessingParameterRasterLayer("IMAGE", "Ảnh năm mới / New image"), 80, 60)
    _input(model, QgsProcessingParameterFile("MODEL", "Mô hình năm trước / Last year's model (.bdmodel)",
                                             extension="bdmodel"), 80, 130)
    _input(model, QgsProcessingParameterNumber("YEAR", "Năm mới / New year", QgsProcessingParameterNumber.Type.Integer,
                                               2025, minValue=1970, maxValue=2100), 80, 200)
    _input(model, QgsProcessingParameterFeatureSource("REFERENCE", "Điểm tham chiếu / Reference points",
                                                      [QgsProcessing.SourceType.TypeVectorPoint]), 80, 270)
    _input(model, QgsProcessingParameterField("REFERENCE_FIELD", "Trường lớp tham chiếu / Reference class field",
                                              defaultValue="ref_class", parentLayerParameterName="REFERENCE"),
           80, 340)
    _input(model, QgsProcessingParameterMultipleLayers("PREVIOUS_MAPS", "Bản đồ các năm trước / Earlier maps",
                                                       QgsProcessing.SourceType.TypeRaster), 80, 410)
    _input(model, QgsProcessingParameterString("PREVIOUS_YEARS", "Các năm trước / Earlier years (e.g. 2022, 2023, "
                                               "2024)"), 80, 480)
    _input(model, QgsProcessingParameterMultipleLayers("PREVIOUS_REPORTS",
                                                       "Báo cáo độ chính xác các năm trước / Earlier accuracy reports",
                                                       QgsProcessing.SourceType.TypeFile, optional=True), 80, 550)
    _input(model, QgsProcessingParameterFeatureSource("ZONES", "Khu bảo tồn / Reserves",
                                                      [QgsProcessing.SourceType.TypeVectorPolygon]), 80, 620)
    _input(model, QgsProcessingParameterField("ZONE_FIELD", "Trường tên khu / Reserve name field",
                                              parentLayerParameterName="ZONES"), 80, 690)
    _child(model, "classify", "bd:applyhabitatmodel", "Phân loại năm mới / Classify the new image",
           {"MODEL": Source.fromModelParameter("MODEL"), "INPUT": Source.fromModelParameter("IMAGE")},
           {"OUTPUT": "Bản đồ sinh cảnh năm mới / New habitat map"}, 420, 100)
    _child(model, "accuracy", "bd:accuracyassessment", "Độ chính xác / Accuracy",
           {"INPUT": Source.fromChildOutput("classify", "OUTPUT"), "REFERENCE": Source.fromModelParameter("REFERENCE"),
            "REFERENCE_FIELD": Source.fromModelParameter("REFERENCE_FIELD")},
           {"OUTPUT_HTML": "Báo cáo độ chính xác / Accuracy report (HTML)",
            "OUTPUT_JSON": "Báo cáo độ chính xác / Accuracy report (JSON)"}, 420, 250)
    _child(model, "area", "bd:habitatarea", "Diện tích theo khu / Area per reserve",
           {"INPUT": Source.fromChildOutput("classify", "OUTPUT"), "ZONES": Source.fromModelParameter("ZONES"),
            "ZONE_FIELD": Source.fromModelParameter("ZONE_FIELD"),
            "ACCURACY_REPORT": Source.fromChildOutput("accuracy", "OUTPUT_JSON")},
           {"OUTPUT": "Diện tích theo khu / Area per reserve"}, 760, 250)
    _child(model, "trend", "bd:habitattrend", "Xu hướng / Trend",
           {"MAPS": [Source.fromModelParameter("PREVIOUS_MAPS"), Source.fromChildOutput("classify", "OUTPUT")],
            "YEARS": Source.fromExpression("concat(@PREVIOUS_YEARS, ', ', to_string(@YEAR))"),
            "ACCURACY_REPORTS": [Source.fromModelParameter("PREVIOUS_REPORTS"),
                                 Source.fromChildOutput("accuracy", "OUTPUT_JSON")],
            "ZONES": Source.fromModelParameter("ZONES"), "ZONE_FIELD": Source.fromModelParameter("ZONE_FIELD"),
            "RESAMPLE": Source.fromStaticValue(False)},
           {"OUTPUT_TABLE": "Diện tích theo năm / Area per year", "OUTPUT_TRENDS": "Xu hướng / Trends",
            "OUTPUT_REPORT": "Báo cáo xu hướng / Trend report (HTML)",
            "OUTPUT_CHANGES": "Lịch sử thay đổi / Change history"}, 760, 400)
    _child(model, "report", "bd:indicatorreport", "Báo cáo chỉ tiêu / Indicator report",
           {"AREAS": Source.fromChildOutput("area", "OUTPUT"),
            "ACCURACY": Source.fromChildOutput("accuracy", "OUTPUT_JSON"),
            "TRENDS": Source.fromChildOutput("trend", "OUTPUT_TRENDS"),
            "TREND_SERIES": Source.fromChildOutput("trend", "OUTPUT_TABLE"),
            "CLASS_MAP": Source.fromChildOutput("classify", "OUTPUT"), "ZONES": Source.fromModelParameter("ZONES"),
            "ZONE_FIELD": Source.fromModelParameter("ZONE_FIELD"),
            "TITLE": Source.fromStaticValue("Báo cáo chỉ tiêu đa dạng sinh học"),
            "LANGUAGE": Source.fromStaticValue(0),  # Vietnamese with English under it
            "SUBTITLE": Source.fromExpression("concat('Năm / Year ', to_string(@YEAR))")},
           {"OUTPUT_HTML": "Báo cáo chỉ tiêu / Indicator report (HTML)",
            "OUTPUT_PDF": "Báo cáo chỉ tiêu / Indicator report (PDF)"}, 1100, 400)
    path = os.path.join(MODELS, "yearly_update.model3")
    os.makedirs(MODELS, exist_ok=True)
    if not model.toFile(path):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")
    return path


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import bd_qgis_plugin

    bd_qgis_plugin.classFactory(None).initProcessing()  # the bd algorithms the model's children name
    yearly_update()
    os._exit(0)


if __name__ == "__main__":
    main()
