"""bd:currentflow through Processing: a strip of unit resistors, focal points/polygons, .ini input."""

import csv

import numpy as np
import pytest
from circuitscape_jobs import write_pairwise_job
from helpers import read_raster, write_raster
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer

from bd_qgis_plugin.compat import field_type

X0, Y0, PIXEL = 500000.0, 1200000.0, 20.0


def _centre(row, col):
    return QgsPointXY(X0 + PIXEL * (col + 0.5), Y0 - PIXEL * (row + 0.5))


def _points(items, crs="EPSG:32648"):
    layer = QgsVectorLayer(f"Point?crs={crs}", "focal", "memory")
    layer.dataProvider().addAttributes([QgsField("fid_core", field_type("Int"))])
    layer.updateFields()
    feats = []
    for fid, (row, col) in items:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(_centre(row, col)))
        f["fid_core"] = fid
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def test_pairwise_strip_by_hand(bd_plugin, tmp_path):
    import processing

    # 1 x 5 strip, resistance 1 per cell, 4 neighbours: 4 resistors of 1 ohm between the end cells.
    resistance = write_raster(tmp_path / "r.tif", np.ones((1, 5), dtype="float32"), pixel=PIXEL)
    out = processing.run("bd:currentflow", {
        "RESISTANCE": resistance, "FOCAL": _points([(1, (0, 0)), (2, (0, 4))]), "FOCAL_ID_FIELD": "fid_core",
        "MODE": 0, "NEIGHBOURS": 0, "AVERAGING": 0, "OUTPUT_CURRENT": str(tmp_path / "cur.tif"),
        "OUTPUT_RESISTANCES": str(tmp_path / "res.csv"), "OUTPUT_VOLTAGES": str(tmp_path / "volt")})
    current, info = read_raster(out["OUTPUT_CURRENT"])
    np.testing.assert_allclose(current[0], np.ones((1, 5)), atol=1e-6)
    rows = _read_csv(out["OUTPUT_RESISTANCES"])
    assert rows[0] == ["focal_id", "1", "2"]
    assert float(rows[1][2]) == pytest.approx(4.0)
    volt, _ = read_raster(tmp_path / "volt" / "voltmap_1_2.tif")
    np.testing.assert_allclose(volt[0], [[0, 1, 2, 3, 4]], atol=1e-6)
    from osgeo import gdal
    assert "32648" in gdal.Open(out["OUTPUT_CURRENT"]).GetProjection() or \
        "UTM zone 48N" in gdal.Open(out["OUTPUT_CURRENT"]).GetProjection()


def test_focal_polygons_and_disconnected_pair(bd_plugin, tmp_path):
    import processing

    # 3 x 6 grid with a nodata wall in column 3: core 2 (columns 4-5) is cut off from cores 1 (column 0)
    # and 3 (column 2).
    data = np.ones((3, 6), dtype="float32")
    data[:, 3] = -9999
    resistance = write_raster(tmp_path / "r.tif", data, pixel=PIXEL, nodata=-9999)
    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "cores", "memory")
    feats = []
    for (c0, c1) in ((0, 1), (4, 6), (2, 3)):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({X0 + PIXEL * c0} {Y0}, {X0 + PIXEL * c1} {Y0}, {X0 + PIXEL * c1} {Y0 - 3 * PIXEL}, "
            f"{X0 + PIXEL * c0} {Y0 - 3 * PIXEL}, {X0 + PIXEL * c0} {Y0}))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    out = processing.run("bd:currentflow", {
        "RESISTANCE": resistance, "FOCAL": layer, "MODE": 0, "NEIGHBOURS": 1,
        "OUTPUT_CURRENT": str(tmp_path / "cur.tif"),
        "OUTPUT_RESISTANCES": str(tmp_path / "res.csv")})
    rows = _read_csv(out["OUTPUT_RESISTANCES"])
    matrix = {(rows[0][j], rows[i][0]): float(rows[i][j]) for i in range(1, 4) for j in range(1, 4)}
    assert matrix[("1", "2")] == -1 and matrix[("2", "3")] == -1
    # Cores 1 (column 0) and 3 (column 2) are each one node; each cell of column 1 sits halfway (0.5 V by
    # symmetry, so no vertical current) and joins each core by 1 S straight plus 1/sqrt(2) S per diagonal
    # neighbour (1, 2, 1 of them): G = sum over the 3 cells of g/2 = (3 + 4/sqrt(2)) / 2 -> R = 1/(1.5 + sqrt(2)).
    assert matrix[("1", "3")] == pytest.approx(1 / (1.5 + 2 ** 0.5))
    current, info = read_raster(out["OUTPUT_CURRENT"])
    assert info["nodata"] == -9999
    assert (current[0][:, 3] == -9999).all()


def test_circuitscape_ini_as_whole_input(bd_plugin, tmp_path):
    import processing

    ini = write_pairwise_job(tmp_path, "2 2 2", "1 -9999 2")
    out = processing.run("bd:currentflow", {"INI": ini,
                                            "OUTPUT_CURRENT": str(tmp_path / "cur.tif"),
                                            "OUTPUT_RESISTANCES": str(tmp_path / "res.csv")})
    # Two resistors of (2 + 2) / 2 = 2 ohm in series.
    assert float(_read_csv(out["OUTPUT_RESISTANCES"])[1][2]) == pytest.approx(4.0)


def test_zero_resistance_is_refused(bd_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    resistance = write_raster(tmp_path / "r.tif", np.array([[1, 0, 1]], dtype="float32"), pixel=PIXEL)
    with pytest.raises(QgsProcessingException, match="resistance 0"):
        processing.run("bd:currentflow", {"RESISTANCE": resistance, "FOCAL": _points([(1, (0, 0)), (2, (0, 2))]),
                                          "OUTPUT_CURRENT": str(tmp_path / "cur.tif")})
    assert not (tmp_path / "cur.tif").exists()


def test_focal_point_outside_the_raster_is_refused(bd_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    resistance = write_raster(tmp_path / "r.tif", np.ones((2, 2), dtype="float32"), pixel=PIXEL)
    with pytest.raises(QgsProcessingException, match="outside"):
        processing.run("bd:currentflow", {"RESISTANCE": resistance, "FOCAL": _points([(1, (0, 0)), (2, (9, 9))]),
                                          "OUTPUT_CURRENT": str(tmp_path / "cur.tif")})


def test_one_to_all_and_advanced_modes(bd_plugin, tmp_path):
    import processing

    resistance = write_raster(tmp_path / "r.tif", np.ones((1, 5), dtype="float32"), pixel=PIXEL)
    # One to all on a unit strip with points at cells 0, 2, 4 (4 neighbours): from 1, 1 A meets 2 ohm to
    # the grounded point 2; from 2, two 2-ohm branches in parallel -> 1 ohm; from 3, 2 ohm.
    out = processing.run("bd:currentflow", {
        "RESISTANCE": resistance, "FOCAL": _points([(1, (0, 0)), (2, (0, 2)), (3, (0, 4))]),
        "FOCAL_ID_FIELD": "fid_core", "MODE": 1, "NEIGHBOURS": 0, "OUTPUT_CURRENT": str(tmp_path / "c1.tif"),
        "OUTPUT_RESISTANCES": str(tmp_path / "r1.csv")})
    rows = _read_csv(out["OUTPUT_RESISTANCES"])
    assert rows[0] == ["focal_id", "resistance"]
    assert [float(r[1]) for r in rows[1:]] == pytest.approx([2.0, 1.0, 2.0])
    # Advanced: 1 A into cell 0, cell 4 tied directly to ground (ground resistance 0): 4 ohm -> 4 V at cell 0.
    sources = write_raster(tmp_path / "s.tif", np.array([[1, 0, 0, 0, 0]], dtype="float32"), pixel=PIXEL)
    grounds = write_raster(tmp_path / "g.tif", np.array([[-9999, -9999, -9999, -9999, 0]], dtype="float32"),
                           pixel=PIXEL, nodata=-9999)
    out = processing.run("bd:currentflow", {
        "RESISTANCE": resistance, "MODE": 3, "NEIGHBOURS": 0, "SOURCES": sources, "GROUNDS": grounds,
        "OUTPUT_CURRENT": str(tmp_path / "c2.tif"), "OUTPUT_VOLTAGES": str(tmp_path / "v2")})
    volt, _ = read_raster(tmp_path / "v2" / "voltmap.tif")
    np.testing.assert_allclose(volt[0], [[4, 3, 2, 1, 0]], atol=1e-6)
    current, _ = read_raster(out["OUTPUT_CURRENT"])
    np.testing.assert_allclose(current[0], np.ones((1, 5)), atol=1e-6)


def test_the_raster_inputs_come_first_and_the_ini_last(bd_plugin):
    from qgis.core import QgsApplication, QgsProcessingParameterDefinition

    alg = QgsApplication.processingRegistry().algorithmById("bd:currentflow")
    inputs = [d for d in alg.parameterDefinitions() if not d.isDestination()]
    assert inputs[0].name() == "RESISTANCE" and inputs[-1].name() == "INI"
    assert inputs[-1].flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced
    help_text = alg.shortHelpString()
    assert "Needed: the resistance raster and focal points" in help_text


@pytest.mark.parametrize("given, message", [
    ({}, "Give a resistance raster, or a Circuitscape .ini file"),
    ({"RESISTANCE": True}, "Give focal points or regions, or a focal raster"),
    ({"RESISTANCE": True, "MODE": 3}, "The advanced mode needs a current source raster and a ground raster"),
])
def test_missing_inputs_are_named_before_the_run(bd_plugin, tmp_path, given, message):
    """All inputs are optional for Processing (either a .ini file or the rasters): the check says which are
    missing before any work, in the dialog (checkParameterValues) and in processing.run."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException

    parameters = {"OUTPUT_CURRENT": str(tmp_path / "cur.tif")}
    if given.get("RESISTANCE"):
        parameters["RESISTANCE"] = write_raster(tmp_path / "r.tif", np.ones((2, 2), dtype="float32"), pixel=PIXEL)
    parameters.update({k: v for k, v in given.items() if k != "RESISTANCE"})
    alg = QgsApplication.processingRegistry().createAlgorithmById("bd:currentflow")
    ok, text = alg.checkParameterValues(parameters, QgsProcessingContext())
    assert not ok and text.startswith(message)
    with pytest.raises(QgsProcessingException, match=message.replace(".", r"\.")):
        processing.run("bd:currentflow", parameters)
    assert not (tmp_path / "cur.tif").exists()
