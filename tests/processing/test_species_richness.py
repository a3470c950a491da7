"""bd:speciesrichness on a hand-made case: square cells with known counts, cells without records inside the area,
hexagons holding their points, and a grid in degrees refused."""

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException
from test_species_list import _lonlat, occurrences, reserves

RECORDS = [
    ({"scientificName": "Taxus wallichiana Zucc.", "year": 2001}, (800130, 1190110)),
    ({"scientificName": "Taxus wallichiana var. chinensis", "year": 2002}, (800900, 1190900)),
    ({"scientificName": "Hopea reticulata", "year": 2003}, (800500, 1190500)),
    ({"scientificName": "Ficus sp.", "year": 2004}, (800500, 1190600)),
    ({"scientificName": "Lagerstroemia calyculata Kurz", "year": 2005}, (801500, 1190500)),
    ({"scientificName": "Hopea reticulata", "bd_flags": "duplicate"}, (801500, 1190500)),
]


def test_square_cells_counted_by_hand_with_empty_cells_of_the_area(bd_plugin, tmp_path):
    import processing

    sach_do = tmp_path / "sd.csv"
    sach_do.write_text("scientificName,IUCN\nLagerstroemia calyculata,LC\n", encoding="utf-8")
    result = processing.run("bd:speciesrichness", {
        "INPUT": occurrences(RECORDS), "CELL_SIZE": 1000, "SHAPE": 0, "STATUS_LISTS": str(sach_do),
        "AREA": reserves([("tinh", (800000, 1190000, 803000, 1191000))]), "OUTPUT": "memory:"})["OUTPUT"]
    assert result.crs().authid() == "EPSG:32648"
    cells = {f["cell_id"]: (f["species"], f["threatened"], f["records"]) for f in result.getFeatures()}
    assert cells == {"800_1190": (2, 2, 4), "801_1190": (1, 0, 1), "802_1190": (0, 0, 0)}
    box = next(f for f in result.getFeatures() if f["cell_id"] == "801_1190").geometry().boundingBox()
    assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == (801000, 1190000, 802000, 1191000)


def test_hexagons_hold_their_points(bd_plugin):
    import processing

    result = processing.run("bd:speciesrichness", {"INPUT": occurrences(RECORDS), "CELL_SIZE": 700, "SHAPE": 1,
                                                   "CRS": "EPSG:32648", "OUTPUT": "memory:"})["OUTPUT"]
    features = list(result.getFeatures())
    assert sum(f["records"] for f in features) == 5  # the duplicate is not counted
    for _, (x, y) in RECORDS[:5]:
        holding = [f for f in features if f.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))]
        assert len(holding) == 1
    area = features[0].geometry().area()
    assert area == pytest.approx(3 ** 0.5 / 2 * 700 ** 2)


def test_a_grid_in_degrees_is_refused(bd_plugin):
    import processing

    with pytest.raises(QgsProcessingException, match="in degrees: choose a projected CRS"):
        processing.run("bd:speciesrichness", {"INPUT": occurrences(RECORDS), "CELL_SIZE": 1000, "OUTPUT": "memory:"})
    assert _lonlat(800000, 1190000)[0] > 107  # the records are in Viet Nam (UTM 48N)
