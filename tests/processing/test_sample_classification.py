"""The habitat chain on the real Sentinel-2 sample scene with the project's own training polygons."""

import json
from pathlib import Path

import numpy as np
import pytest
from helpers import read_raster
from osgeo import ogr

DEMO = Path(__file__).resolve().parents[2] / "demo"


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


def test_reference_points_file_matches_its_script():
    """demo/reference_points_18SVG.gpkg holds exactly the points of demo/make_reference_points.py (pixel centres
    of the 20 m grid, with their stratum and reference class), so the reference sample can be audited."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_reference_points", DEMO / "make_reference_points.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    ds = ogr.Open(str(DEMO / "reference_points_18SVG.gpkg"))
    stored = sorted((round((f.GetGeometryRef().GetX() - script.ORIGIN_X) / 20 - 0.5),
                     round((script.ORIGIN_Y - f.GetGeometryRef().GetY()) / 20 - 0.5),
                     f.GetField("map_class"), f.GetField("ref_class")) for f in ds.GetLayer(0))
    assert stored == sorted(script.POINTS)
    assert len(stored) == 129 and {p[3] for p in stored} == set(range(1, 7))
    assert min(sum(1 for p in stored if p[2] == c) for c in range(1, 7)) >= 15  # the design's minimum per stratum


@pytest.mark.sample
def test_olofsson_assessment_of_the_sample_map_with_the_reference_points(bd_plugin, sample_dir, tmp_path):
    """The demo chain: map, 0.2 ha clean-up, then the accuracy report from the independent reference sample.
    Its strata are the map classes at drawing time; the same seeded chain reproduces them."""
    import processing

    habitat = processing.run("bd:habitatclassification", {
        "INPUT": str(sample_dir / "S2_L1C_18SVG_20160112_20m_10band.tif"), "SENSOR": 0,
        "TRAINING": str(DEMO / "training_18SVG_20160112.gpkg"), "CLASS_FIELD": "class_code",
        "CLASS_NAME_FIELD": "class_name", "CLASSIFIER": 0, "VALIDATION_FRACTION": 0.34, "SEED": 0,
        "OUTPUT": str(tmp_path / "h.tif"), "OUTPUT_MODEL": str(tmp_path / "m.bdmodel"),
        "OUTPUT_REPORT": str(tmp_path / "r.html")})
    cleaned = processing.run("bd:sieveclassification", {"INPUT": habitat["OUTPUT"], "MMU_HA": 0.2, "MAJORITY": 0,
                                                        "OUTPUT": str(tmp_path / "mmu.tif")})["OUTPUT"]
    result = processing.run("bd:accuracyassessment", {
        "INPUT": cleaned, "REFERENCE": str(DEMO / "reference_points_18SVG.gpkg"), "REFERENCE_FIELD": "ref_class",
        "OUTPUT_HTML": str(tmp_path / "a.html"), "OUTPUT_JSON": str(tmp_path / "a.json")})
    report = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    counts = np.array(report["error_matrix_counts"]["values"])
    assert counts.sum() == 129
    ds = ogr.Open(str(DEMO / "reference_points_18SVG.gpkg"))
    strata = np.bincount([f.GetField("map_class") for f in ds.GetLayer(0)], minlength=7)[1:]
    agreement = np.bincount([f.GetField("map_class") for f in ds.GetLayer(0)
                             if f.GetField("map_class") == f.GetField("ref_class")], minlength=7)[1:]
    # the map reproduces the strata of the design, so the error matrix rows are the strata
    assert counts.sum(axis=1).tolist() == strata.tolist()
    assert np.diag(counts).tolist() == agreement.tolist()
    assert 0.7 < result["OVERALL_ACCURACY"] < 0.95
    assert report["users_accuracy"]["1"]["value"] == 1.0  # every point mapped as water is water
