"""Every map layer output of every algorithm loads styled when Processing loads it (the dialog's 'Open output
file after running', ``processing.runAndLoadResults``, a model's outputs), for named and temporary outputs.

Parametrised over the provider's algorithms: a new algorithm with a raster or vector output fails here until
it declares the style of each output (``BdAlgorithm.OUTPUT_STYLES``) and has a case below.
"""

import numpy as np
import pytest
from habitat_scenes import _polygons, _scene, _training_layer
from helpers import write_raster
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from bd_qgis_plugin.compat import field_type

X0, Y0, PIXEL = 500000.0, 1200000.0, 20.0
LAYER_TYPES = ("rasterDestination", "vectorDestination", "sink")
NAMES = ["1 Nước", "2 Rừng", "3 Cát"]  # the classes of habitat_scenes' training polygons: the model's names


def _layer(kind, items, fields=(("id", "String"),)):
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:32648", "v", "memory")
    layer.dataProvider().addAttributes([QgsField(name, field_type(t)) for name, t in fields])
    layer.updateFields()
    features = []
    for values, wkt in items:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt) if isinstance(wkt, str) else QgsGeometry.fromPointXY(wkt))
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _cell(row, col, rows=1, cols=1):
    x0, y1 = X0 + col * PIXEL, Y0 - row * PIXEL
    x1, y0 = x0 + cols * PIXEL, y1 - rows * PIXEL
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _resistance(tmp_path):
    data = np.full((5, 9), 3.0, dtype="float32")
    data[2] = 1.0
    return write_raster(tmp_path / "res.tif", data, nodata=-9999.0, dtype="float32")


def _cores():
    return _layer("Polygon", [(["A"], _cell(2, 0)), (["B"], _cell(2, 8)), (["C"], _cell(0, 4))])


def _int_cores():
    return _layer("Polygon", [([1], _cell(0, 0, rows=5)), ([2], _cell(0, 8, rows=5))], (("cid", "Int"),))


def _class_map(tmp_path):
    data = np.array([[1, 1, 2, 3, 3, 2]] * 6, "uint8")
    return write_raster(tmp_path / "classes.tif", data, nodata=0)


def _classified(tmp_path):
    """A habitat map and its model from the constructed 3-class scene (the model's names: Nước, Rừng, Cát)."""
    import processing

    path, _ = _scene(tmp_path)
    result = processing.run("bd:habitatclassification", {
        "INPUT": path, "SENSOR": 0, "TRAINING": _training_layer(_polygons()), "CLASS_FIELD": "code",
        "CLASS_NAME_FIELD": "name", "OUTPUT": str(tmp_path / "habitat_in.tif"),
        "OUTPUT_MODEL": str(tmp_path / "model.bdmodel"), "OUTPUT_REPORT": str(tmp_path / "model.html")})
    return path, result


def _reef(tmp_path):
    import processing
    from test_reef_algorithms import _glinted_scene, _poly

    image, _ = _glinted_scene(tmp_path)
    deep = _layer("Polygon", [([], _poly(1, 1, 9, 39).asWkt())], ())
    glint = processing.run("bd:sunglintcorrection", {"INPUT": image, "SENSOR": 3, "GLINT_SAMPLE": deep,
                                                     "OUTPUT": str(tmp_path / "deglint_in.tif")})["OUTPUT"]
    return image, glint, deep, _poly


# algorithm → (parameters for a run; outputs not given are temporary), expected renderer per output
# ("paletted+names": the paletted class style naming the model's classes; None: a table without geometry)
def case_habitatclassification(tmp_path):
    path, _ = _scene(tmp_path)
    return {"INPUT": path, "SENSOR": 0, "TRAINING": _training_layer(_polygons()), "CLASS_FIELD": "code",
            "CLASS_NAME_FIELD": "name", "OUTPUT_CONFIDENCE": "TEMPORARY_OUTPUT"}


def case_applyhabitatmodel(tmp_path):
    path, result = _classified(tmp_path)
    return {"MODEL": result["OUTPUT_MODEL"], "INPUT": path, "OUTPUT": str(tmp_path / "again.tif"),
            "OUTPUT_CONFIDENCE": "TEMPORARY_OUTPUT"}


def case_sieveclassification(tmp_path):
    _, result = _classified(tmp_path)
    return {"INPUT": result["OUTPUT"], "MMU_HA": 0.1, "MAJORITY": 0}


def case_accuracysampling(tmp_path):
    return {"INPUT": _class_map(tmp_path), "TARGET_SE": 0.2, "MIN_PER_CLASS": 2, "SEED": 1}


def case_habitatarea(tmp_path):
    return {"INPUT": _class_map(tmp_path), "ZONES": _layer("Polygon", [(["z"], _cell(0, 0, 6, 6))]),
            "ZONE_FIELD": "id"}


def case_habitatchange(tmp_path):
    before = write_raster(tmp_path / "b.tif", np.array([[1, 1, 2, 3]] * 4, "uint8"), nodata=0)
    after = write_raster(tmp_path / "a.tif", np.array([[1, 2, 2, 1]] * 4, "uint8"), nodata=0)
    return {"BEFORE": before, "AFTER": after}


def case_habitattrend(tmp_path):
    maps = [write_raster(tmp_path / f"m{y}.tif", np.array([[1, 1, 2, 3 if y > 2020 else 2]] * 4, "uint8"), nodata=0)
            for y in (2020, 2021)]
    return {"MAPS": maps, "YEARS": "2020, 2021"}


def case_spectralindices(tmp_path):
    path, _ = _scene(tmp_path)
    return {"INPUT": path, "SENSOR": 0, "INDICES": [0]}


def case_resistancesurface(tmp_path):
    return {"INPUT": _class_map(tmp_path)}


def case_costdistance(tmp_path):
    return {"RESISTANCE": _resistance(tmp_path), "SOURCES": _cores(), "ALLOCATION": "TEMPORARY_OUTPUT",
            "DIRECTION": "TEMPORARY_OUTPUT"}


def case_leastcostpath(tmp_path):
    return {"RESISTANCE": _resistance(tmp_path), "CORES": _cores(), "CORE_ID_FIELD": "id"}


def case_corridors(tmp_path):
    return {"RESISTANCE": _resistance(tmp_path), "CORES": _cores(), "CORE_ID_FIELD": "id", "CUTOFF": 200.0,
            "OUTPUT": str(tmp_path / "nlcc.tif")}


def case_connectivityindices(tmp_path):
    return {"CORES": _cores(), "CORE_ID_FIELD": "id", "DISTANCES": 0, "DISPERSAL_DISTANCE": 200.0,
            "PROBABILITY": 0.5, "LANDSCAPE_AREA": 10.0, "OUTPUT_CSV": str(tmp_path / "idx.csv")}


def case_currentflow(tmp_path):
    focal = _layer("Point", [([1], QgsPointXY(X0 + 10, Y0 - 50)), ([2], QgsPointXY(X0 + 170, Y0 - 50))],
                   (("fid_core", "Int"),))
    return {"RESISTANCE": _resistance(tmp_path), "FOCAL": focal, "FOCAL_ID_FIELD": "fid_core", "MODE": 0,
            "OUTPUT_RESISTANCES": str(tmp_path / "res.csv")}


def case_omniscape(tmp_path):
    return {"RESISTANCE": _resistance(tmp_path), "RADIUS": 2, "SOURCE_FROM_RESISTANCE": True}


def case_pinchpoints(tmp_path):
    return {"RESISTANCE": _resistance(tmp_path), "CORES": _int_cores(), "CORE_ID_FIELD": "cid", "CUTOFF": 100.0}


def case_sunglintcorrection(tmp_path):
    from test_reef_algorithms import _glinted_scene, _poly

    image, _ = _glinted_scene(tmp_path)
    return {"INPUT": image, "SENSOR": 3, "GLINT_SAMPLE": _layer("Polygon", [([], _poly(1, 1, 9, 39).asWkt())], ())}


def case_watermask(tmp_path):
    _, glint, deep, _ = _reef(tmp_path)
    return {"INPUT": glint, "SENSOR": 3, "DEEP_WATER": deep}


def case_depthinvariantindex(tmp_path):
    import processing

    _, glint, deep, poly = _reef(tmp_path)
    mask = processing.run("bd:watermask", {"INPUT": glint, "SENSOR": 3, "DEEP_WATER": deep,
                                           "OUTPUT": str(tmp_path / "mask_in.tif")})["OUTPUT"]
    sand = _layer("Polygon", [([], poly(11, 0, 24, 40).asWkt())], ())
    return {"INPUT": glint, "SENSOR": 3, "DEEP_WATER": deep, "SAND_SAMPLES": sand, "MASK": mask, "PAIRS": [0]}


def case_benthichabitat(tmp_path):
    import processing

    _, glint, deep, poly = _reef(tmp_path)
    mask = processing.run("bd:watermask", {"INPUT": glint, "SENSOR": 3, "DEEP_WATER": deep,
                                           "OUTPUT": str(tmp_path / "mask_in.tif")})["OUTPUT"]
    training = _layer("Polygon", [([11, "Cát"], poly(12, r, 20, r + 8).asWkt()) for r in (2, 14, 28)]
                      + [([14, "Cỏ biển"], poly(28, r, 36, r + 8).asWkt()) for r in (2, 14, 28)],
                      (("code", "Int"), ("name", "String")))
    return {"INPUT": glint, "SENSOR": 3, "MASK": mask, "TRAINING": training, "CLASS_FIELD": "code",
            "CLASS_NAME_FIELD": "name", "OUTPUT_CONFIDENCE": "TEMPORARY_OUTPUT"}


def case_bathymetry(tmp_path):
    from reef_scenes import NAMES as BANDS
    from reef_scenes import X0 as RX0
    from reef_scenes import Y0 as RY0

    depth = np.linspace(1, 12, 30)[:, None].repeat(30, axis=1)
    blue = np.exp((depth + 18) / 20 * np.log(50)) / 1000
    data = np.stack([blue, np.full((30, 30), 0.05), np.full((30, 30), 0.01), np.full((30, 30), 0.005)])
    image = write_raster(tmp_path / "b.tif", data.astype("float32"), origin=(RX0, RY0), pixel=PIXEL,
                         descriptions=BANDS)
    points = _layer("Point", [([-float(depth[r, c])], QgsPointXY(RX0 + PIXEL * (c + 0.5), RY0 - PIXEL * (r + 0.5)))
                              for r in range(0, 30, 4) for c in (3, 20)], (("z", "Double"),))
    return {"INPUT": image, "SENSOR": 3, "DEPTH_POINTS": points, "DEPTH_FIELD": "z", "MAX_DEPTH": 10.0}


def case_importoccurrences(tmp_path):
    from species_data import make_survey

    return {"INPUT_FILE": make_survey(tmp_path / "survey.csv")}


def case_specieslist(tmp_path):
    from test_species_list import RECORDS, ZONES, occurrences, reserves

    return {"INPUT": occurrences(RECORDS), "ZONES": reserves(ZONES), "ZONE_FIELD": "ten"}


def case_gbifoccurrences(tmp_path):
    from test_gbif_occurrences import Server

    server = Server(tmp_path, count=30)
    _STOP.append(server.stop)
    return {"API_URL": server.url, "EXTENT": "107,109,11,12.5 [EPSG:4326]", "POLL_SECONDS": 0.0}


def case_speciesrichness(tmp_path):
    from test_species_list import occurrences
    from test_species_richness import RECORDS

    return {"INPUT": occurrences(RECORDS), "CELL_SIZE": 1000, "CRS": "EPSG:32648"}


_STOP = []  # servers to stop after their case


@pytest.fixture(autouse=True)
def _stop_servers():
    yield
    while _STOP:
        _STOP.pop()()


PSEUDO = "singlebandpseudocolor"
EXPECTED = {
    "habitatclassification": {"OUTPUT": "paletted+names", "OUTPUT_CONFIDENCE": PSEUDO},
    "applyhabitatmodel": {"OUTPUT": "paletted+names", "OUTPUT_CONFIDENCE": PSEUDO},
    "sieveclassification": {"OUTPUT": "paletted+names"},
    "accuracysampling": {"OUTPUT": "RuleRenderer"},
    "habitatarea": {"OUTPUT": None},
    "habitatchange": {"OUTPUT": "paletted", "TRANSITIONS": None, "BALANCE": None},
    "habitattrend": {"OUTPUT_TABLE": None, "OUTPUT_TRENDS": None, "OUTPUT_CHANGES": PSEUDO},
    "spectralindices": {"OUTPUT": PSEUDO},
    "resistancesurface": {"OUTPUT": PSEUDO},
    "costdistance": {"OUTPUT": PSEUDO, "ALLOCATION": "paletted", "DIRECTION": PSEUDO},
    "leastcostpath": {"OUTPUT": "graduatedSymbol"},
    "corridors": {"OUTPUT": PSEUDO, "OUTPUT_LINKS": "graduatedSymbol", "OUTPUT_POLYGONS": "singleSymbol#41ab5d"},
    "connectivityindices": {"OUTPUT": "graduatedSymbol"},
    "currentflow": {"OUTPUT_CURRENT": PSEUDO},
    "pinchpoints": {"OUTPUT": PSEUDO, "OUTPUT_TABLE": None},
    "omniscape": {"OUTPUT_CURRENT": PSEUDO, "OUTPUT_FLOW_POTENTIAL": PSEUDO, "OUTPUT_NORMALIZED": PSEUDO},
    "sunglintcorrection": {"OUTPUT": "multibandcolor"},
    "watermask": {"OUTPUT": "paletted"},
    "depthinvariantindex": {"OUTPUT": PSEUDO},
    "benthichabitat": {"OUTPUT": "paletted+benthic", "OUTPUT_CONFIDENCE": PSEUDO},
    "bathymetry": {"OUTPUT": PSEUDO},
    "importoccurrences": {"OUTPUT": "RuleRenderer"},
    "specieslist": {"OUTPUT": None},
    "gbifoccurrences": {"OUTPUT": "RuleRenderer"},
    "speciesrichness": {"OUTPUT": "RuleRenderer"},
}


class _RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)


def _layer_outputs(algorithm):
    return [d.name() for d in algorithm.destinationParameterDefinitions() if d.type() in LAYER_TYPES]


def test_every_layer_output_declares_its_style(bd_plugin):
    from qgis.core import QgsApplication

    from bd_qgis_plugin.paths import STYLES_DIR
    from bd_qgis_plugin.processing_algorithms.base import TRUE_COLOUR, UNIQUE_VALUES

    for algorithm in QgsApplication.processingRegistry().providerById("bd").algorithms():
        outputs = _layer_outputs(algorithm)
        # an algorithm with map outputs has a case below; one with files only has none
        assert bool(outputs) == (algorithm.name() in EXPECTED), algorithm.id()
        assert set(outputs) == set(type(algorithm).OUTPUT_STYLES), algorithm.id()
        assert not outputs or set(outputs) == set(EXPECTED[algorithm.name()]), algorithm.id()
        for style in type(algorithm).OUTPUT_STYLES.values():
            import os

            assert style in (None, TRUE_COLOUR, UNIQUE_VALUES) or os.path.exists(os.path.join(STYLES_DIR,
                                                                                                 style + ".qml"))


@pytest.mark.parametrize("name", sorted(EXPECTED))  # every algorithm with map outputs (checked above)
def test_outputs_load_styled(bd_plugin, tmp_path, name):
    import processing
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("bd:" + name)
    params = globals()["case_" + name](tmp_path)  # a new algorithm needs its case here
    QgsProject.instance().removeAllMapLayers()
    for output in _layer_outputs(algorithm):
        params.setdefault(output, "TEMPORARY_OUTPUT")
    for definition in algorithm.destinationParameterDefinitions():  # reports and tables beside, in tmp_path
        if definition.name() not in params and definition.type() == "fileDestination":
            params[definition.name()] = str(tmp_path / f"{definition.name()}.{definition.defaultFileExtension()}")
    feedback = _RecordingFeedback()
    results = processing.runAndLoadResults("bd:" + name, params, feedback=feedback)
    # Processing reports an output it was told to load but that does not exist ("The following layers were
    # not correctly generated"), as the dialog's log shows it to the user
    assert not [e for e in feedback.errors if "not correctly generated" in e], feedback.errors
    loaded = list(QgsProject.instance().mapLayers().values())
    for output, expected in EXPECTED[name].items():
        value = results[output]
        layer = QgsProject.instance().mapLayer(value) if QgsProject.instance().mapLayer(value) else next(
            (la for la in loaded if la.source().split("|")[0] == str(value).split("|")[0]), None)
        assert layer is not None, (output, value, [la.source() for la in loaded])
        if expected is None:
            assert not layer.isSpatial(), output
            continue
        renderer = layer.renderer()
        kind, _, detail = expected.partition("+") if "+" in expected else expected.partition("#")
        assert renderer.type() == kind, (output, renderer.type())
        if detail == "names":
            assert [c.label for c in renderer.classes()] == NAMES
        elif detail == "benthic":
            assert [c.label for c in renderer.classes()] == ["11 Cát", "14 Cỏ biển"]
        elif detail:
            assert renderer.symbol().color().name() == "#" + detail
    QgsProject.instance().removeAllMapLayers()


def test_corridor_outputs_load_lines_above_polygons_above_the_raster(bd_plugin, tmp_path):
    import processing

    QgsProject.instance().removeAllMapLayers()
    params = dict(case_corridors(tmp_path), OUTPUT="TEMPORARY_OUTPUT", OUTPUT_LINKS="TEMPORARY_OUTPUT",
                  OUTPUT_POLYGONS="TEMPORARY_OUTPUT")
    for _ in range(3):  # temporary outputs get random folders: whatever their load order
        results = processing.runAndLoadResults("bd:corridors", params)
        QCoreApplication.processEvents()  # the layer tree bridge removes layers whose nodes went, a moment later
        assert len(QgsProject.instance().mapLayers()) == 3
        tree = [node.layer() for node in QgsProject.instance().layerTreeRoot().findLayers()]
        keys = [(layer.id(), layer.source().split("|")[0]) for layer in tree]

        values = [str(results[name]).split("|")[0] for name in ("OUTPUT_LINKS", "OUTPUT_POLYGONS", "OUTPUT")]
        order = [next(i for i, key in enumerate(keys) if value in key) for value in values]
        assert order == sorted(order), keys
        QgsProject.instance().removeAllMapLayers()
