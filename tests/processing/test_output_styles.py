"""Outputs of the habitat algorithms come out styled when Processing loads them into the project."""

import numpy as np
from helpers import write_raster
from qgis.core import QgsProject


def _run_and_load(name, params):
    """Run like the Processing dialog does with 'Open output file after running': load and post-process."""
    import processing

    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults(name, params)
    return [layer for lid, layer in QgsProject.instance().mapLayers().items() if lid not in before]


def test_change_raster_and_sample_points_get_their_styles(bd_plugin, tmp_path):
    before = write_raster(tmp_path / "b.tif", np.array([[1, 1, 2, 3]] * 4, "uint8"), nodata=0)
    after = write_raster(tmp_path / "a.tif", np.array([[1, 2, 2, 1]] * 4, "uint8"), nodata=0)
    loaded = _run_and_load("bd:habitatchange", {"BEFORE": before, "AFTER": after, "OUTPUT": str(tmp_path / "c.tif"),
                                                "TRANSITIONS": "memory:", "BALANCE": "memory:"})
    change = next(layer for layer in loaded if layer.source().endswith("c.tif"))
    assert change.renderer().type() == "paletted"
    labels = {c.value: c.label for c in change.renderer().classes()}
    assert 102 in labels and 101 in labels  # transitions of the habitat classes are named

    points = _run_and_load("bd:accuracysampling", {"INPUT": after, "TARGET_SE": 0.2, "MIN_PER_CLASS": 2, "SEED": 1,
                                                   "OUTPUT": str(tmp_path / "points.gpkg")})
    assert points and points[0].renderer().type() == "RuleRenderer"
    QgsProject.instance().removeAllMapLayers()


def test_sieved_map_keeps_the_class_style_of_its_input(bd_plugin, tmp_path):
    import processing

    classes = np.ones((20, 20), "uint8")
    classes[5, 5] = 2  # a single pixel below the minimum mapping unit
    source = write_raster(tmp_path / "habitat.tif", classes, nodata=0)
    (tmp_path / "habitat.qml").write_text("<qgis/>", encoding="utf-8")  # the class naming style beside the map
    result = processing.run("bd:sieveclassification", {"INPUT": source, "MMU_HA": 0.1, "MAJORITY": 0,
                                                       "OUTPUT": str(tmp_path / "clean.tif")})
    assert (tmp_path / "clean.qml").read_text(encoding="utf-8") == "<qgis/>"
    from helpers import read_raster

    assert (read_raster(result["OUTPUT"])[0][0] == 1).all()


def test_resistance_and_cost_rasters_get_ramps_fitted_to_their_values(bd_plugin, tmp_path):
    """Continuous styles carry their stretch (styles/README.md) and are fitted to the loaded layer's values."""
    classes = np.array([[3, 3, 4, 4], [3, 3, 4, 6], [1, 2, 5, 6]] * 4, "uint8")  # 12 × 4 habitat classes
    source = write_raster(tmp_path / "habitat.tif", classes, nodata=0)
    loaded = _run_and_load("bd:resistancesurface", {"INPUT": source, "OUTPUT": str(tmp_path / "r.tif")})
    resistance = next(layer for layer in loaded if layer.source().endswith("r.tif"))
    renderer = resistance.renderer()
    assert renderer.type() == "singlebandpseudocolor"
    assert resistance.customProperty("bd/stretch") == "linear"
    # the default table gives forest 1 … built 500: the ramp starts at the layer's minimum, not at 0–1
    assert renderer.classificationMin() == 1.0 and renderer.classificationMax() > 20.0
    QgsProject.instance().removeAllMapLayers()
