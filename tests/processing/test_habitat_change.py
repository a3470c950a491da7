"""bd:habitatchange on a hand-made pair of class maps (20 m pixels = 0.04 ha)."""

import numpy as np
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer

from bd_qgis_plugin.compat import field_type

X0, Y0 = 500000.0, 1200000.0
BEFORE = [[1, 1, 2, 2],
          [1, 1, 2, 2],
          [3, 3, 2, 2],
          [3, 3, 0, 2]]
AFTER = [[1, 2, 2, 2],
         [1, 1, 2, 3],
         [3, 1, 2, 2],
         [1, 3, 2, 0]]
# valid pairs (neither map nodata): 14 pixels
TRANSITIONS = {(1, 1): 3, (1, 2): 1, (2, 2): 5, (2, 3): 1, (3, 3): 2, (3, 1): 2}


def _maps(tmp_path, after_origin=(X0, Y0)):
    before = write_raster(tmp_path / "before.tif", np.array(BEFORE, "uint8"), origin=(X0, Y0), pixel=20.0, nodata=0)
    after = write_raster(tmp_path / "after.tif", np.array(AFTER, "uint8"), origin=after_origin, pixel=20.0, nodata=0)
    return before, after


def _table(layer, *keys):
    return {tuple(f[k] for k in keys[:-1]): f[keys[-1]] for f in layer.getFeatures()}


def test_change_raster_transitions_and_balance(bd_plugin, tmp_path):
    import processing

    before, after = _maps(tmp_path)
    result = processing.run("bd:habitatchange", {"BEFORE": before, "AFTER": after, "OUTPUT": str(tmp_path / "c.tif"),
                                                 "TRANSITIONS": "memory:", "BALANCE": "memory:"})
    codes, info = read_raster(result["OUTPUT"])
    assert codes[0].tolist() == [[101, 102, 202, 202], [101, 101, 202, 203], [303, 301, 202, 202], [301, 303, 0, 0]]
    assert info["nodata"] == 0 and info["descriptions"] == ["change code = before × 100 + after"]
    pixels = _table(result["TRANSITIONS"], "from_class", "to_class", "pixels")
    assert pixels == TRANSITIONS
    hectares = _table(result["TRANSITIONS"], "from_class", "to_class", "area_ha")
    assert hectares[(2, 2)] == pytest.approx(0.2)
    balance = {f["class_code"]: [round(f[k], 6) for k in ("before_ha", "after_ha", "gain_ha", "loss_ha", "net_ha")]
               for f in result["BALANCE"].getFeatures()}
    # class 1: before 4 px, after 5 (3 stable + 2 from class 3) → gain 2, loss 1, net +1 (× 0.04 ha)
    assert balance == {1: [0.16, 0.2, 0.08, 0.04, 0.04],
                       2: [0.24, 0.24, 0.04, 0.04, 0.0],
                       3: [0.16, 0.12, 0.04, 0.08, -0.04]}


def test_transitions_per_zone(bd_plugin, tmp_path):
    import processing

    zones = QgsVectorLayer("Polygon?crs=EPSG:32648", "zones", "memory")
    zones.dataProvider().addAttributes([QgsField("name", field_type("String"))])
    zones.updateFields()
    left = QgsFeature(zones.fields())
    left.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({X0} {Y0}, {X0 + 40} {Y0}, {X0 + 40} {Y0 - 80}, {X0} {Y0 - 80}, "
                                         f"{X0} {Y0}))"))
    left["name"] = "west"
    zones.dataProvider().addFeatures([left])
    before, after = _maps(tmp_path)
    result = processing.run("bd:habitatchange", {"BEFORE": before, "AFTER": after, "ZONES": zones, "ZONE_FIELD": "name",
                                                 "OUTPUT": str(tmp_path / "c.tif"), "TRANSITIONS": "memory:",
                                                 "BALANCE": "memory:"})
    assert _table(result["TRANSITIONS"], "zone", "from_class", "to_class", "pixels") == {
        ("west", 1, 1): 3, ("west", 1, 2): 1, ("west", 3, 3): 2, ("west", 3, 1): 2}


def test_misaligned_maps_are_refused_or_resampled_on_request(bd_plugin, tmp_path):
    import processing

    before, after = _maps(tmp_path, after_origin=(X0 + 20, Y0))
    params = {"BEFORE": before, "AFTER": after, "OUTPUT": str(tmp_path / "c.tif"), "TRANSITIONS": "memory:",
              "BALANCE": "memory:"}
    with pytest.raises(QgsProcessingException, match=r"(?s)not on the same grid.*origin"):
        processing.run("bd:habitatchange", params)
    assert not (tmp_path / "c.tif").exists()
    result = processing.run("bd:habitatchange", dict(params, RESAMPLE=True))
    codes, _ = read_raster(result["OUTPUT"])
    # the later map shifted one pixel east: its column 0 now lies under the earlier map's column 1
    assert codes[0][0].tolist() == [0, 101, 202, 202]
