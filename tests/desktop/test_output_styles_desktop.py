"""Outputs load styled in the real QGIS desktop (Xvfb, 1366×768), in English and in Vietnamese: habitat
classification, corridors and current flow run from their Processing dialogs with the outputs the dialog
offers (temporary files), as a technician runs them. Screenshots: build/test-artifacts/qgis_desktop_outputs_*.png.
"""

import json

import numpy as np
import pytest
from desktop_run import run_desktop
from helpers import training_polygons, write_raster
from osgeo import ogr, osr

X0, Y0, PIXEL = 500000.0, 1200000.0, 20.0
NAMES = {  # the layer names each run adds, in the UI language
    "en": {"bd:habitatclassification": ["Habitat map", "Confidence"],
           "bd:corridors": ["Normalized least-cost corridors (NLCC)", "Corridor links", "Corridor polygons"],
           "bd:currentflow": ["Cumulative current"]},
}


def _points_or_cells(path, name, kind, items):
    """A GeoPackage layer in UTM 48N with an integer ``id``: points (x, y) or cells (row, col)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32648)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(name, srs, ogr.wkbPoint if kind == "point" else ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    for fid, (a, b) in enumerate(items, 1):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("id", fid)
        if kind == "point":
            wkt = f"POINT({X0 + (b + 0.5) * PIXEL} {Y0 - (a + 0.5) * PIXEL})"
        else:
            x0, y1 = X0 + b * PIXEL, Y0 - a * PIXEL
            x1, y0 = x0 + 3 * PIXEL, y1 - 3 * PIXEL
            wkt = f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def _runs(tmp_path):
    rng = np.random.default_rng(3)
    image_data = rng.integers(500, 3000, (4, 40, 40))
    image_data[:, :, 20:] += 3000  # two separable halves
    image = write_raster(tmp_path / "s2.tif", image_data.astype("uint16"), descriptions=["B02", "B03", "B04", "B08"])
    training = training_polygons(tmp_path / "training.gpkg", [(1, (500020, 1199220, 500360, 1199580)),
                                                               (2, (500420, 1199220, 500780, 1199580))])
    resistance = np.full((40, 40), 5.0, "float32")
    resistance[18:22, :] = 1.0
    resistance_tif = write_raster(tmp_path / "resistance.tif", resistance, nodata=-9999.0)
    cores = _points_or_cells(tmp_path / "cores.gpkg", "cores", "polygon", [(18, 1), (18, 36), (2, 18)])
    focal = _points_or_cells(tmp_path / "focal.gpkg", "focal", "point", [(20, 2), (20, 37)])
    return [
        ["bd:habitatclassification", {"INPUT": image, "SENSOR": 0, "TRAINING": training, "CLASS_FIELD": "class",
                                      "OUTPUT_CONFIDENCE": "TEMPORARY_OUTPUT"}],
        ["bd:corridors", {"RESISTANCE": resistance_tif, "CORES": cores, "CORE_ID_FIELD": "id", "CUTOFF": 2000.0}],
        ["bd:currentflow", {"RESISTANCE": resistance_tif, "FOCAL": focal, "FOCAL_ID_FIELD": "id", "MODE": 0}],
    ]


@pytest.mark.desktop
@pytest.mark.parametrize("locale", ["en", "vi"])
def test_outputs_run_from_dialogs_load_styled(tmp_path, locale):
    report, _, screenshot = run_desktop(
        tmp_path, "check_output_styles.py", f"qgis_desktop_outputs_{locale}.png", timeout=300, locale=locale,
        env_extra={"BD_INPUTS": json.dumps({"runs": _runs(tmp_path)})})
    assert report.get("script_errors") is None and report["errors"] == [], report
    runs = {run["algorithm"]: run for run in report["runs"]}
    assert sorted(runs) == ["bd:corridors", "bd:currentflow", "bd:habitatclassification"], report["runs"]
    assert all(run["successful"] for run in runs.values()), report["runs"]
    for run in runs.values():
        for layer in run["layers"]:  # no output left in QGIS' defaults (grey ramp, random single fill)
            assert layer["renderer"] not in ("singlebandgray", None), (run["algorithm"], layer)
    habitat = {la["name"]: la for la in runs["bd:habitatclassification"]["layers"]}
    assert len(habitat) == 2
    classes = next(la for la in habitat.values() if la["renderer"] == "paletted")
    assert len(classes["labels"]) == 2 and all(label.strip() for label in classes["labels"])
    corridors = runs["bd:corridors"]["layers"]
    assert sorted(la["renderer"] for la in corridors) == ["graduatedSymbol", "singleSymbol",
                                                          "singlebandpseudocolor"], corridors
    assert [la["renderer"] for la in runs["bd:currentflow"]["layers"]] == ["singlebandpseudocolor"]
    if locale in NAMES:
        for algorithm, names in NAMES[locale].items():
            assert sorted(la["name"] for la in runs[algorithm]["layers"]) == sorted(names), runs[algorithm]
    else:  # Vietnamese: no English layer name is left
        english = {name for names in NAMES["en"].values() for name in names}
        assert not english & {la["name"] for run in runs.values() for la in run["layers"]}, report["runs"]
    # every output is still in the layer tree at the end (a reordered run's layers once vanished from it)
    assert len(report["tree"]) == 6, report["tree"]
    assert report["window"][1] <= 768 and report["screenshot_saved"] and screenshot.exists()
