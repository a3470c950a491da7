"""bd:importoccurrences on a Darwin Core Archive, a survey CSV and a layer: points, flags, citation metadata."""

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
from species_data import make_dwca, make_survey

from bd_qgis_plugin.compat import field_type


def _province():
    """A box around the survey's Lâm Đồng-like points (lon 107–109, lat 10–12), in WGS 84."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "tinh", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((107 10, 109 10, 109 12, 107 12, 107 10))"))
    layer.dataProvider().addFeatures([feature])
    return layer


def test_archive_to_points_with_flags_and_citation(bd_plugin, tmp_path):
    import processing

    out = str(tmp_path / "occ.gpkg")
    result = processing.run("bd:importoccurrences", {"INPUT_FILE": make_dwca(tmp_path / "dwca.zip"), "OUTPUT": out})
    assert result["RECORDS"] == "4"
    assert result["CITATION"] == "Ban quản lý KBTTN Tà Kóu (2019). Khảo sát thực vật."
    layer = QgsVectorLayer(out, "occ", "ogr")
    assert layer.isValid() and layer.featureCount() == 4 and layer.crs().authid() == "EPSG:4326"
    features = sorted(layer.getFeatures(), key=lambda f: f["gbifID"])
    assert features[0].geometry().asPoint() == QgsPointXY(107.90, 10.80)
    assert [f["bd_flags"] for f in features] == ["", "", "duplicate", "zero_coordinates,outside_country"]
    assert features[2]["bd_duplicate_of"] == 2 and features[0]["species"] == "Taxus wallichiana"
    assert "Tà Kóu" in layer.metadata().abstract()  # the citation travels with the layer


def test_survey_csv_with_area_and_bad_coordinates_keeps_every_record(bd_plugin, tmp_path):
    import processing

    out = str(tmp_path / "survey.gpkg")
    processing.run("bd:importoccurrences", {"INPUT_FILE": make_survey(tmp_path / "survey.csv"), "AREA": _province(),
                                            "OUTPUT": out})
    layer = QgsVectorLayer(out, "survey", "ogr")
    features = list(layer.getFeatures())
    assert len(features) == 8  # never silently dropped
    flags = {}
    for f in features:
        flags.setdefault(f["scientificName"] + "|" + str(f["decimalLatitude"]), []).append(f["bd_flags"])
    assert flags["Hopea pierrei|21.0"] == ["outside_area"]  # Hà Nội, outside the province box
    assert sorted(flags["Taxus wallichiana|10.8012"]) == ["", "duplicate"]
    no_point = [f for f in features if not f.hasGeometry() or f.geometry().isEmpty()]
    assert sorted(f["bd_flags"] for f in no_point) == ["bad_coordinates", "no_coordinates", "no_coordinates"]
    named = next(f for f in features if f["scientificName"].startswith("Xanthocyparis"))
    assert named["recordedBy"] == "Trần Thị Bích" and named["vernacularName"] == "Bách vàng việt"


def test_points_layer_in_utm_and_an_empty_file(bd_plugin, tmp_path):
    import processing

    layer = QgsVectorLayer("Point?crs=EPSG:32648", "khao_sat", "memory")
    layer.dataProvider().addAttributes([QgsField("ten_khoa_hoc", field_type("String")),
                                        QgsField("ngay", field_type("String"))])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Hopea odorata Roxb.", "2022-01-05"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(833000, 1200000)))
    layer.dataProvider().addFeatures([feature])
    result = processing.run("bd:importoccurrences", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
    (f,) = list(result.getFeatures())
    assert f["scientificName"] == "Hopea odorata Roxb." and f["year"] == 2022
    from osgeo import osr

    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32648)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(utm, wgs84).TransformPoint(833000, 1200000)
    assert abs(f["decimalLongitude"] - lon) < 1e-7 and abs(f["decimalLatitude"] - lat) < 1e-7

    empty = tmp_path / "empty.csv"
    empty.write_text("scientificName,decimalLatitude,decimalLongitude\n", encoding="utf-8")
    result = processing.run("bd:importoccurrences", {"INPUT_FILE": str(empty), "OUTPUT": "memory:"})
    assert result["OUTPUT"].featureCount() == 0 and result["RECORDS"] == "0"


def test_no_input_and_a_cancelled_run_write_nothing(bd_plugin, tmp_path):
    import processing
    import pytest
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    with pytest.raises(QgsProcessingException, match="Darwin Core Archive or CSV file, or an occurrence layer"):
        processing.run("bd:importoccurrences", {"OUTPUT": "memory:"})
    rows = [["%d" % i, "u%d" % i, "Taxus wallichiana", "", "Plantae", "", "10.8", "107.9", "2019", "2019", "", "", ""]
            for i in range(12000)]
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("bd:importoccurrences", {"INPUT_FILE": make_dwca(tmp_path / "big.zip", rows=rows),
                                                "OUTPUT": str(out)}, feedback=feedback)
    assert not out.exists()
