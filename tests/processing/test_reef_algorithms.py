"""The reef chain through Processing: water mask → glint → DII → benthic map (+ model on a second date) → depth."""

import csv
import json

import numpy as np
import pytest
from helpers import read_raster, run_qgis_process, write_raster
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
from reef_scenes import NAMES, PIXEL, SLOPES, X0, Y0, _bottom_scene, box

from bd_qgis_plugin.compat import field_type


def _layer(kind, items, fields=()):
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:32648", "v", "memory")
    layer.dataProvider().addAttributes([QgsField(name, t) for name, t in fields])
    layer.updateFields()
    features = []
    for geometry, values in items:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        for (name, _), value in zip(fields, values):
            feature[name] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _poly(col0, row0, col1, row1):
    from osgeo import ogr

    return QgsGeometry.fromWkt(ogr.CreateGeometryFromWkb(box(col0, row0, col1, row1)[1]).ExportToWkt())


def _glinted_scene(tmp_path):
    """The bottom scene of test_benthic plus NIR glint added to the visible bands with known slopes."""
    path, depth = _bottom_scene(tmp_path)
    data = read_raster(path)[0].astype("float64")
    glint = np.random.default_rng(5).uniform(0, 0.02, data.shape[1:])
    data[3] += glint
    for i, slope in enumerate(SLOPES):
        data[i] += slope * glint
    return write_raster(tmp_path / "glinted.tif", data.astype("float32"), origin=(X0, Y0), pixel=PIXEL,
                        descriptions=NAMES), depth


def test_reef_chain(bd_plugin, tmp_path):
    import processing

    image, depth = _glinted_scene(tmp_path)
    deep = _layer("Polygon", [(_poly(1, 1, 9, 39), [])])
    # glint first (deep-water samples need no mask), then the mask on the corrected image: glint would
    # otherwise widen the deep-water signal range and hide dark, deeper bottom
    glint = processing.run("bd:sunglintcorrection", {"INPUT": image, "SENSOR": 3, "GLINT_SAMPLE": deep,
                                                     "OUTPUT": str(tmp_path / "deglint.tif"),
                                                     "OUTPUT_REPORT": str(tmp_path / "glint.html")})
    fit = json.load(open(tmp_path / "glint.json"))
    assert [round(b["slope"], 1) for b in fit["bands"]] == [round(s, 1) for s in SLOPES]
    mask = processing.run("bd:watermask", {"INPUT": glint["OUTPUT"], "SENSOR": 3, "DEEP_WATER": deep,
                                           "OUTPUT": str(tmp_path / "mask.tif"),
                                           "OUTPUT_REPORT": str(tmp_path / "mask.html")})
    codes = read_raster(mask["OUTPUT"])[0][0]
    assert (codes[:, 12:] == 4).all() and (codes[:, 2:8] == 3).mean() > 0.95
    sand = _layer("Polygon", [(_poly(11, 0, 24, 40), [])])
    dii = processing.run("bd:depthinvariantindex", {"INPUT": glint["OUTPUT"], "SENSOR": 3, "DEEP_WATER": deep,
                                                    "SAND_SAMPLES": sand, "MASK": mask["OUTPUT"], "PAIRS": [0],
                                                    "OUTPUT": str(tmp_path / "dii.tif"),
                                                    "OUTPUT_REPORT": str(tmp_path / "dii.html")})
    assert read_raster(dii["OUTPUT"])[1]["descriptions"] == ["DII B02/B03"]
    assert abs(json.load(open(tmp_path / "dii.json"))["pairs"][0]["ki_kj"] - 0.05 / 0.08) < 0.05
    fields = (("code", field_type("Int")), ("name", field_type("String")))
    training = _layer("Polygon", [(_poly(12, r, 20, r + 8), [11, "Sand"]) for r in (2, 14, 28)]
                      + [(_poly(28, r, 36, r + 8), [14, "Seagrass"]) for r in (2, 14, 28)], fields)
    zones = _layer("Polygon", [(_poly(0, 0, 40, 20), ["north"]), (_poly(0, 20, 40, 40), ["south"])],
                   (("zone", field_type("String")),))
    common = {"INPUT": glint["OUTPUT"], "SENSOR": 3, "DII": dii["OUTPUT"], "MASK": mask["OUTPUT"], "ZONES": zones,
              "ZONE_FIELD": "zone"}
    first = processing.run("bd:benthichabitat", dict(common, TRAINING=training, CLASS_FIELD="code",
                                                     CLASS_NAME_FIELD="name", VALIDATION_FRACTION=0.34,
                                                     OUTPUT=str(tmp_path / "benthic.tif"),
                                                     OUTPUT_CONFIDENCE=str(tmp_path / "conf.tif"),
                                                     OUTPUT_MODEL=str(tmp_path / "m.bdmodel"),
                                                     OUTPUT_REPORT=str(tmp_path / "benthic.html"),
                                                     OUTPUT_COVERAGE=str(tmp_path / "coverage.csv")))
    classes = read_raster(first["OUTPUT"])[0][0]
    assert (classes[:, 12:25] == 11).all() and (classes[:, 26:] == 14).all() and (classes[codes != 4] == 0).all()
    rows = list(csv.DictReader(open(first["OUTPUT_COVERAGE"])))
    north = {r["class_name"]: float(r["pct_shallow"]) for r in rows if r["zone"] == "north"}
    assert north["Sand"] + north["Seagrass"] == pytest.approx(100.0) and north["Seagrass"] > 50
    assert (tmp_path / "benthic.qml").exists() and "Seagrass" in (tmp_path / "benthic.qml").read_text()
    from bd_qgis_plugin.core.classify import load_model
    from bd_qgis_plugin.core.reef.features import INDEX_FEATURES

    assert load_model(first["OUTPUT_MODEL"])["band_descriptions"] == [*NAMES, *INDEX_FEATURES, "DII B02/B03"]
    # the same model on a "second date" (another file of the same site), compared with the first map; the
    # model's own features apply (INDEX_FEATURES=False would otherwise drop six of them)
    second_image = write_raster(tmp_path / "second.tif", read_raster(glint["OUTPUT"])[0], origin=(X0, Y0),
                                pixel=PIXEL, nodata=-9999, descriptions=NAMES, dtype="float32")
    second = processing.run("bd:benthichabitat", dict(common, INPUT=second_image, MODEL=first["OUTPUT_MODEL"],
                                                      INDEX_FEATURES=False, BEFORE=first["OUTPUT"],
                                                      BEFORE_REPORT=str(tmp_path / "benthic.json"),
                                                      OUTPUT=str(tmp_path / "second_map.tif"),
                                                      OUTPUT_REPORT=str(tmp_path / "second.html"),
                                                      OUTPUT_COVERAGE=str(tmp_path / "second.csv"),
                                                      OUTPUT_CHANGE=str(tmp_path / "change.csv")))
    report = json.load(open(tmp_path / "second.json"))
    assert any("another scene" in w for w in report["warnings"])
    assert "another scene" in (tmp_path / "second.html").read_text()
    change = list(csv.DictReader(open(second["OUTPUT_CHANGE"])))
    assert change and all(r["status"] == "no change beyond map error" for r in change)


def test_bathymetry_algorithm(bd_plugin, tmp_path):
    import processing

    depth = np.linspace(1, 12, 30)[:, None].repeat(30, axis=1)
    blue = np.exp((depth + 18) / 20 * np.log(50)) / 1000
    data = np.stack([blue, np.full((30, 30), 0.05), np.full((30, 30), 0.01), np.full((30, 30), 0.005)])
    image = write_raster(tmp_path / "b.tif", data.astype("float32"), origin=(X0, Y0), pixel=PIXEL, descriptions=NAMES)
    points = _layer("Point", [(QgsGeometry.fromPointXY(QgsPointXY(X0 + PIXEL * (c + 0.5), Y0 - PIXEL * (r + 0.5))),
                               [-float(depth[r, c])]) for r in range(0, 30, 4) for c in (3, 20)],
                    (("z", field_type("Double")),))
    result = processing.run("bd:bathymetry", {"INPUT": image, "SENSOR": 3, "DEPTH_POINTS": points, "DEPTH_FIELD": "z",
                                              "MAX_DEPTH": 10.0, "OUTPUT": str(tmp_path / "depth.tif"),
                                              "OUTPUT_REPORT": str(tmp_path / "depth.html")})
    assert np.allclose(read_raster(result["OUTPUT"])[0][0], np.minimum(depth, 10), atol=1e-3)
    fit = json.load(open(tmp_path / "depth.json"))
    assert abs(fit["m1"] - 20) < 1e-3 and abs(fit["m0"] - 18) < 1e-3 and fit["rmse"] < 1e-3


def test_watermask_headless_refuses_all_cloud(tmp_path):
    cloud = write_raster(tmp_path / "cloud.tif", np.full((4, 16, 16), 5000, dtype="uint16"), descriptions=NAMES)
    out = tmp_path / "mask.tif"
    result = run_qgis_process(tmp_path, "run", "bd:watermask", "--", f"INPUT={cloud}", f"DEPTH={cloud}",
                           "MAX_DEPTH=10", f"OUTPUT={out}")
    assert result.returncode != 0
    assert "No water pixel in the image" in result.stdout + result.stderr
    assert not out.exists()
