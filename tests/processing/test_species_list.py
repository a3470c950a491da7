"""bd:specieslist on a small case checked by hand: two overlapping reserves, synonyms, subspecies, duplicates,
names identified to genus only, records outside and without a point."""

import csv

import pytest
from osgeo import osr
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from bd_qgis_plugin.compat import field_type

FIELDS = ("scientificName", "species", "kingdom", "family", "year", "datasetName", "bd_flags")


def _lonlat(x, y):
    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32648)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(utm, wgs84).TransformPoint(x, y)
    return lon, lat


def occurrences(records):
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "occ", "memory")
    layer.dataProvider().addAttributes([QgsField(n, field_type("Int" if n == "year" else "String")) for n in FIELDS])
    layer.updateFields()
    features = []
    for values, xy in records:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([values.get(n) for n in FIELDS])
        if xy:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*_lonlat(*xy))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def reserves(boxes):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "kbt", "memory")
    layer.dataProvider().addAttributes([QgsField("ten", field_type("String"))])
    layer.updateFields()
    features = []
    for name, (x0, y0, x1, y1) in boxes:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


ZONES = [("Tà Kóu", (800000, 1190000, 810000, 1200000)), ("Núi Ông", (805000, 1195000, 815000, 1205000))]
RECORDS = [
    ({"scientificName": "Taxus wallichiana Zucc.", "species": "Taxus wallichiana", "kingdom": "Plantae",
      "family": "Taxaceae", "year": 2001, "datasetName": "A"}, (802000, 1192000)),
    ({"scientificName": "Taxus wallichiana var. chinensis (Pilg.) Florin", "year": 2015,
      "datasetName": "Khảo sát 2015"}, (807000, 1197000)),  # in both reserves
    ({"scientificName": "Hopea reticulata Tardieu", "kingdom": "Plantae", "family": "Dipterocarpaceae",
      "year": 2010, "datasetName": "B"}, (812000, 1202000)),
    ({"scientificName": "Hopea reticulata Tardieu", "year": 2010, "datasetName": "B", "bd_flags": "duplicate"},
     (812000, 1202000)),
    ({"scientificName": "Ficus sp.", "year": 2012}, (803000, 1193000)),
    ({"scientificName": "Fokienia tonkinensis", "year": 2020, "datasetName": "Khảo sát 2020"}, (803000, 1193000)),
    ({"scientificName": "Hopea reticulata", "year": 1999}, (900000, 1300000)),  # outside every reserve
    ({"scientificName": "Hopea reticulata", "year": 1998}, None),  # no point
]


def _status_list(tmp_path):
    path = tmp_path / "sach_do.csv"
    path.write_text("scientificName,synonyms,Sách Đỏ 2007\nCupressus tonkinensis,Fokienia tonkinensis,EN\n",
                    encoding="utf-8")
    return str(path)


def test_species_list_checked_by_hand(bd_plugin, tmp_path):
    import processing

    result = processing.run("bd:specieslist", {
        "INPUT": occurrences(RECORDS), "ZONES": reserves(ZONES), "ZONE_FIELD": "ten",
        "STATUS_LISTS": _status_list(tmp_path), "OUTPUT": "memory:", "OUTPUT_CSV": str(tmp_path / "list.csv"),
        "OUTPUT_HTML": str(tmp_path / "list.html")})
    rows = {(f["zone"], f["scientificName"]): f for f in result["OUTPUT"].getFeatures()}
    assert sorted(rows) == [("Núi Ông", "Hopea reticulata"), ("Núi Ông", "Taxus wallichiana"),
                            ("Tà Kóu", "Cupressus tonkinensis"), ("Tà Kóu", "Taxus wallichiana")]
    taxus = rows[("Tà Kóu", "Taxus wallichiana")]
    assert (taxus["records"], taxus["first_year"], taxus["last_year"]) == (2, 2001, 2015)
    assert (taxus["family"], taxus["nd64_2019"], taxus["n_sources"]) == ("Taxaceae", "7", 2)
    assert taxus["names"] == "Taxus wallichiana var. chinensis"
    assert taxus["vernacularName"].startswith("Thông đỏ nam")
    hopea = rows[("Núi Ông", "Hopea reticulata")]
    assert (hopea["records"], hopea["nd64_2019"], hopea["sources"]) == (1, "12", "B")  # the duplicate not counted
    cupressus = rows[("Tà Kóu", "Cupressus tonkinensis")]
    assert (cupressus["sach_do_2007"], cupressus["nd64_2019"], cupressus["names"]) == ("EN", "5",
                                                                                     "Fokienia tonkinensis")
    assert rows[("Núi Ông", "Taxus wallichiana")]["records"] == 1
    with open(tmp_path / "list.csv", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == 4 and {"nd64_2019", "sach_do_2007", "names"} <= set(table[0])
    page = (tmp_path / "list.html").read_text(encoding="utf-8")
    assert "Ficus sp." in page and "<i>Cupressus tonkinensis</i>" in page and "17 of the decree" in page


def test_no_records_in_the_zones_gives_an_empty_list_not_an_error(bd_plugin, tmp_path):
    import processing

    result = processing.run("bd:specieslist", {
        "INPUT": occurrences(RECORDS[6:]), "ZONES": reserves(ZONES), "ZONE_FIELD": "ten", "OUTPUT": "memory:",
        "OUTPUT_HTML": str(tmp_path / "empty.html")})
    assert result["OUTPUT"].featureCount() == 0
    assert "empty" in (tmp_path / "empty.html").read_text(encoding="utf-8")


def test_points_without_scientific_names_are_refused(bd_plugin):
    import processing

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=ten:string", "x", "memory")
    with pytest.raises(QgsProcessingException, match="no scientificName field"):
        processing.run("bd:specieslist", {"INPUT": layer, "ZONES": reserves(ZONES), "ZONE_FIELD": "ten",
                                          "OUTPUT": "memory:"})
