"""The Processing model bd_qgis_plugin/models/yearly_update.model3, as committed, run end to end: last year's model
classifies the new image, its accuracy from new reference points, areas per reserve, the trend with three earlier
years, the indicator report with its trends section."""

import csv
from pathlib import Path

import pytest
from habitat_scenes import PIXEL, X0, Y0, _polygons, _scene, _training_layer
from helpers import write_raster
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingModelAlgorithm, QgsVectorLayer

from bd_qgis_plugin.compat import field_type

MODEL = Path(__file__).resolve().parents[2] / "bd_qgis_plugin" / "models" / "yearly_update.model3"


def _points(truth):
    layer = QgsVectorLayer("Point?crs=EPSG:32648", "reference", "memory")
    layer.dataProvider().addAttributes([QgsField("ref_class", field_type("Int"))])
    layer.updateFields()
    features = []
    for row in range(1, 40, 4):
        for col in (3, 13, 23, 33, 43, 53):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + PIXEL * (col + 0.5), Y0 - PIXEL * (row + 0.5))))
            label = int(truth[row, col])
            feature.setAttributes([2 if (row, col) == (1, 3) else label])  # one water point is forest on the ground
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _zones():
    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "zones", "memory")
    layer.dataProvider().addAttributes([QgsField("name", field_type("String"))])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({X0} {Y0}, {X0 + 60 * PIXEL} {Y0}, {X0 + 60 * PIXEL} "
                                            f"{Y0 - 40 * PIXEL}, {X0} {Y0 - 40 * PIXEL}, {X0} {Y0}))"))
    feature["name"] = "Khu A"
    layer.dataProvider().addFeatures([feature])
    return layer


def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_yearly_update_model_runs_the_chain_on_a_new_year(bd_plugin, tmp_path):
    import processing

    image, truth = _scene(tmp_path)
    trained = processing.run("bd:habitatclassification", {
        "INPUT": image, "SENSOR": 0, "TRAINING": _training_layer(_polygons()), "CLASS_FIELD": "code",
        "CLASS_NAME_FIELD": "name", "OUTPUT": str(tmp_path / "habitat_2024.tif"),
        "OUTPUT_MODEL": str(tmp_path / "model.bdmodel"), "OUTPUT_REPORT": str(tmp_path / "model.html")})
    earlier = []
    for n, year in enumerate((2022, 2023, 2024)):
        data = truth.astype("uint8").copy()
        data[:, 20 - (4 - 2 * n):20] = 2  # forest was 4, 2, 0 columns wider into the water
        earlier.append(write_raster(tmp_path / f"map_{year}.tif", data, origin=(X0, Y0), pixel=PIXEL, nodata=0))
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    valid, issues = model.validate()
    assert valid, issues
    outputs = {d.name(): str(tmp_path / f"out_{i}.{'csv' if d.type() == 'sink' else d.defaultFileExtension()}")
               for i, d in enumerate(model.destinationParameterDefinitions())}
    result = processing.run(model, dict(outputs, IMAGE=image, MODEL=trained["OUTPUT_MODEL"], YEAR=2025,
                                        REFERENCE=_points(truth), REFERENCE_FIELD="ref_class",
                                        PREVIOUS_MAPS=earlier, PREVIOUS_YEARS="2022, 2023, 2024",
                                        ZONES=_zones(), ZONE_FIELD="name"))
    by_label = {name.split(":", 1)[-1]: value for name, value in result.items()}
    series = _rows(by_label["Diện tích theo năm / Area per year"])
    forest = {int(r["year"]): r for r in series if r["class_code"] == "2"}
    assert sorted(forest) == [2022, 2023, 2024, 2025]
    assert [float(forest[y]["mapped_ha"]) for y in (2022, 2023, 2024, 2025)] == pytest.approx([38.4, 35.2, 32.0,
                                                                                               32.0])
    assert forest[2024]["adjusted_ha"] == "" and forest[2025]["adjusted_ha"] != ""  # the new year has its report
    assert forest[2025]["class_name"] == "Rừng"
    trends = {r["class_code"]: r for r in _rows(by_label["Xu hướng / Trends"])}
    # pairwise slopes −3.2, −3.2, −3.2, −2.133, −1.6, 0 → median −8/3 ha a year
    assert float(trends["2"]["slope_ha_per_year"]) == pytest.approx(-8 / 3) and trends["2"]["mk_s"] == "-5"
    report = Path(by_label["Báo cáo chỉ tiêu / Indicator report (HTML)"]).read_text(encoding="utf-8")
    assert "Xu hướng diện tích qua các năm" in report and "Năm / Year 2025" in report
    assert Path(by_label["Báo cáo chỉ tiêu / Indicator report (PDF)"]).stat().st_size > 10000
