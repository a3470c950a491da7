"""Pinch points: current restricted to a least-cost corridor, checked on a grid worked by hand."""

import numpy as np
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

from bd_qgis_plugin.compat import field_type
from bd_qgis_plugin.core.pinchpoints import pinch_points

X0, Y0, PIXEL = 500000.0, 1200000.0, 20.0


def _grid():
    # 5 x 7 cells, resistance 100 except row 2 (resistance 1): cores are columns 0 and 6.
    resistance = np.full((5, 7), 100.0)
    resistance[2, :] = 1.0
    cores = np.zeros((5, 7), dtype=np.int64)
    cores[:, 0] = 1
    cores[:, 6] = 2
    return resistance, cores


def test_corridor_of_one_row_by_hand():
    resistance, cores = _grid()
    # Least-cost distance (20 m cells): 6 steps of (1 + 1) / 2 x 20 = 120 along row 2. Any cell of rows 1/3
    # costs at least (1 + 100) / 2 x 20 more than that path, so a cutoff of 100 keeps row 2 only.
    # Circuit on 4 neighbours: 6 resistors of 1 ohm in series between the two short-circuited cores -> 6 ohm,
    # 1 A through each of the 5 corridor cells.
    result = pinch_points(resistance, np.ones_like(resistance, dtype=bool), cores, [(1, 2)], 100.0, PIXEL,
                          four_neighbours=True)
    link = result.links[0]
    assert link.least_cost_distance == pytest.approx(120.0)
    assert link.effective_resistance == pytest.approx(6.0)
    assert link.corridor_cells == 5
    np.testing.assert_allclose(result.current[2, 1:6], np.ones(5), atol=1e-9)
    assert np.isnan(result.current[:, 0]).all()  # cores are nodata
    assert (result.current[[0, 1, 3, 4], 1:6] == 0).all()


def test_processing_run(bd_plugin, tmp_path):
    import processing

    resistance, cores = _grid()
    raster = write_raster(tmp_path / "r.tif", resistance.astype("float32"), pixel=PIXEL)
    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "cores", "memory")
    layer.dataProvider().addAttributes([QgsField("cid", field_type("Int"))])
    layer.updateFields()
    feats = []
    for cid, col in ((1, 0), (2, 6)):
        f = QgsFeature(layer.fields())
        xa, xb = X0 + PIXEL * col, X0 + PIXEL * (col + 1)
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({xa} {Y0}, {xb} {Y0}, {xb} {Y0 - 5 * PIXEL}, "
                                          f"{xa} {Y0 - 5 * PIXEL}, {xa} {Y0}))"))
        f["cid"] = cid
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    out = processing.run("bd:pinchpoints", {"RESISTANCE": raster, "CORES": layer, "CORE_ID_FIELD": "cid",
                                            "CUTOFF": 100.0, "NEIGHBOURS": 0, "OUTPUT": str(tmp_path / "pp.tif"),
                                            "OUTPUT_TABLE": "memory:"})
    rows = list(out["OUTPUT_TABLE"].getFeatures())
    assert [(f["core_a"], f["core_b"]) for f in rows] == [(1, 2)]
    assert rows[0]["eff_resistance"] == pytest.approx(6.0)
    current, info = read_raster(out["OUTPUT"])
    np.testing.assert_allclose(current[0][2, 1:6], np.ones(5), atol=1e-6)
    assert (current[0][:, 0] == info["nodata"]).all()
