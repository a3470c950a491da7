"""The habitat chain on the real Sentinel-2 sample scene with the project's own training polygons."""

import json
from pathlib import Path

import numpy as np
import pytest
from helpers import read_raster

DEMO = Path(__file__).resolve().parents[1] / "demo"


@pytest.mark.sample
def test_habitat_map_of_the_sample_scene(bd_plugin, sample_dir, tmp_path):
    import processing

    result = processing.run("bd:habitatclassification", {
        "INPUT": str(sample_dir / "S2_L1C_18SVG_20160112_20m_10band.tif"), "SENSOR": 0,
        "TRAINING": str(DEMO / "training_18SVG_20160112.gpkg"), "CLASS_FIELD": "class_code",
        "CLASS_NAME_FIELD": "class_name", "VALIDATION_FRACTION": 0.34, "SEED": 0,
        "OUTPUT": str(tmp_path / "habitat.tif"), "OUTPUT_MODEL": str(tmp_path / "m.bdmodel"),
        "OUTPUT_REPORT": str(tmp_path / "r.html")})
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    # every class has held-out polygons, so every class is validated on unseen areas
    assert report["classes_without_validation"] == []
    assert all(n >= 1 for n in report["validation_polygons"].values())
    assert 0.4 < report["overall_accuracy"] <= 1.0
    classes = read_raster(result["OUTPUT"])[0][0]
    # open ocean far from the coast (not a training area) is water
    ocean = classes[100:200, 880:960]
    assert (ocean == 1).mean() > 0.99
    shares = np.bincount(classes.ravel(), minlength=7)[1:] / classes.size
    # water (ocean + lagoons) is the largest class; forest and cropland share the mainland; sand is a thin strip
    assert shares.argmax() == 0 and 0.3 < shares[0] < 0.55
    assert 0.1 < shares[2] < 0.3 and 0.1 < shares[3] < 0.3 and shares[4] < 0.05


@pytest.mark.sample
def test_area_per_zone_on_the_sample_map(bd_plugin, sample_dir, tmp_path):
    import processing

    habitat = processing.run("bd:habitatclassification", {
        "INPUT": str(sample_dir / "S2_L1C_18SVG_20160112_20m_10band.tif"), "SENSOR": 0,
        "TRAINING": str(DEMO / "training_18SVG_20160112.gpkg"), "CLASS_FIELD": "class_code",
        "VALIDATION_FRACTION": 0.0, "OUTPUT": str(tmp_path / "h.tif"), "OUTPUT_MODEL": str(tmp_path / "m.bdmodel"),
        "OUTPUT_REPORT": str(tmp_path / "r.html")})
    table = processing.run("bd:habitatarea", {"INPUT": habitat["OUTPUT"], "ZONES": str(DEMO / "zones_18SVG.gpkg"),
                                              "ZONE_FIELD": "name", "OUTPUT": "memory:"})["OUTPUT"]
    per_zone = {}
    for feature in table.getFeatures():
        per_zone.setdefault(feature["zone"], {})[feature["class_code"]] = feature["area_ha"]
    # every zone's classified area = its box area in pixels × 0.04 ha (all three boxes lie inside the scene)
    assert sum(per_zone["Lagoon marshes"].values()) == pytest.approx(220 * 400 * 0.04)
    assert max(per_zone["Lagoon marshes"], key=per_zone["Lagoon marshes"].get) in (1, 2)  # water or salt marsh
    mainland = per_zone["Mainland farms and forest"]
    assert mainland.get(3, 0) + mainland.get(4, 0) > 0.8 * sum(mainland.values())  # forest + cropland
