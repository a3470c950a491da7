"""Connectivity indices (IIC, PC, dPC fractions) on a 3-patch landscape worked by hand."""

import math

import numpy as np
import pytest

from bd_qgis_plugin.compat import field_type
from bd_qgis_plugin.core.connectivity import connectivity_indices, decay_constant, distance_matrix_from_links
from bd_qgis_plugin.core.errors import InputError

# Patches 1, 2, 3 with areas 1, 2, 3 ha in a landscape of 10 ha; edge-to-edge distances
# d12 = 100 m, d23 = 200 m, d13 = 400 m; dispersal: probability 0.5 at 200 m -> k = ln 2 / 200.
AREAS = [1.0, 2.0, 3.0]
DIST = np.array([[0, 100, 400], [100, 0, 200], [400, 200, 0]], dtype=float)
LANDSCAPE = 10.0

# By hand:
# p12 = 0.5 ** (100/200) = 0.707107; p23 = 0.5; p13 direct = 0.5 ** 2 = 0.25, but via 2:
# p12 * p23 = 0.353553 > 0.25, so p*13 = 0.353553 (maximum-product path).
# PCnum = sum a_i^2 + 2 sum_{i<j} a_i a_j p*_ij = (1 + 4 + 9) + 2 (2 x 0.707107 + 6 x 0.5 + 3 x 0.353553)
#       = 14 + 2 x 5.474874 = 24.949747; PC = 24.949747 / 10^2 = 0.249497.
# Without patch 2: 1 + 9 + 2 x 3 x 0.25 = 11.5 -> dPC_2 = 100 (24.949747 - 11.5) / 24.949747 = 53.907349.
#   intra_2 = 100 x 4 / 24.949747 = 16.032226
#   flux_2 = 100 x 2 (1 x 2 x 0.707107 + 3 x 2 x 0.5) / 24.949747 = 35.384836
#   connector_2 = 100 x 2 x 1 x 3 x (0.353553 - 0.25) / 24.949747 = 2.490287 (= dPC - intra - flux)
# Without patch 1: 4 + 9 + 2 x 6 x 0.5 = 19 -> dPC_1 = 100 (24.949747 - 19) / 24.949747 = 23.846925.
# IIC: links where d <= 200 m: 1-2 and 2-3; 1-3 needs 2 links.
#   IICnum = 14 + 2 (2/2 + 6/2 + 3/3) = 24; IIC = 0.24.
#   Without patch 2 (1 and 3 disconnected): 1 + 9 = 10 -> dIIC_2 = 100 x 14 / 24 = 58.333333.
PC_NUM = 14 + 2 * (2 * math.sqrt(0.5) + 3 + 3 * math.sqrt(0.5) * 0.5)


def test_three_patches_by_hand():
    r = connectivity_indices(AREAS, DIST, LANDSCAPE, 200.0, 0.5)
    assert r.pc_numerator == pytest.approx(24.949747, abs=1e-6)
    assert r.pc_numerator == pytest.approx(PC_NUM)
    assert r.pc == pytest.approx(0.24949747, abs=1e-8)
    assert r.pstar[0, 2] == pytest.approx(0.35355339, abs=1e-8)
    assert r.d_pc[1] == pytest.approx(53.907349, abs=1e-5)
    assert r.d_pc_intra[1] == pytest.approx(16.032226, abs=1e-5)
    assert r.d_pc_flux[1] == pytest.approx(35.384836, abs=1e-5)
    assert r.d_pc_connector[1] == pytest.approx(2.490287, abs=1e-5)
    assert r.d_pc[0] == pytest.approx(23.846925, abs=1e-5)
    # End patches connect nobody else: their connector fraction is 0.
    assert r.d_pc_connector[0] == 0 and r.d_pc_connector[2] == 0
    assert r.iic == pytest.approx(0.24)
    assert r.d_iic[1] == pytest.approx(58.333333, abs=1e-5)
    assert r.equivalent_connected_area == pytest.approx(math.sqrt(24.949747), abs=1e-6)
    assert r.n_components == 1


def test_link_table_limits_the_graph():
    # Only link 1-2 listed: 3 is isolated; p*13 = p*23 = 0.
    d, unknown = distance_matrix_from_links([1, 2, 3], [(1, 2, 100.0), (2, 9, 5.0)])
    assert unknown == [9]
    r = connectivity_indices(AREAS, d, LANDSCAPE, 200.0, 0.5)
    assert r.pc_numerator == pytest.approx(14 + 2 * 2 * math.sqrt(0.5))
    assert r.pstar[0, 2] == 0
    assert r.n_components == 2


def test_bad_dispersal_parameters():
    with pytest.raises(InputError, match="probability"):
        decay_constant(100, 1.5)
    with pytest.raises(InputError, match="distance"):
        decay_constant(0, 0.5)
    with pytest.raises(InputError, match="area"):
        connectivity_indices([1, 0], np.zeros((2, 2)), 10, 100, 0.5)


def test_processing_three_rectangles(bd_plugin, tmp_path):
    """The same landscape drawn as polygons: widths 100 m, heights 100/200/300 m (1, 2, 3 ha),
    x ranges 0-100, 200-300, 500-600 -> edge-to-edge distances 100, 200 and 400 m."""
    import csv

    import processing
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "cores", "memory")
    layer.dataProvider().addAttributes([QgsField("name", field_type("String"))])
    layer.updateFields()
    feats = []
    x0, y0 = 500000.0, 1200000.0
    for name, (xa, xb, h) in (("A", (0, 100, 100)), ("B", (200, 300, 200)), ("C", (500, 600, 300))):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0 + xa} {y0}, {x0 + xb} {y0}, {x0 + xb} {y0 + h}, "
                                          f"{x0 + xa} {y0 + h}, {x0 + xa} {y0}))"))
        f["name"] = name
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    out = processing.run("bd:connectivityindices", {
        "CORES": layer, "CORE_ID_FIELD": "name", "DISTANCES": 0, "DISPERSAL_DISTANCE": 200.0, "PROBABILITY": 0.5,
        "LANDSCAPE_AREA": 10.0, "OUTPUT": "memory:", "OUTPUT_CSV": str(tmp_path / "idx.csv")})
    assert out["PC"] == pytest.approx(0.24949747, abs=1e-8)
    assert out["IIC"] == pytest.approx(0.24)
    rows = {f["core_id"]: f for f in out["OUTPUT"].getFeatures()}
    assert rows["B"]["area_ha"] == pytest.approx(2.0)
    assert rows["B"]["dPC"] == pytest.approx(53.907349, abs=1e-5)
    assert rows["B"]["dPC_connector"] == pytest.approx(2.490287, abs=1e-5)
    with open(out["OUTPUT_CSV"], newline="", encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert [r["core_id"] for r in table] == ["A", "B", "C"]
    assert float(table[1]["dIIC"]) == pytest.approx(58.333333, abs=1e-5)
