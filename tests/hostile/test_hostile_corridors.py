"""Hostile input: cores on both sides of a barrier (issue: corridors across a barrier kept their links without
saying that the cores fall into groups no path joins).

The scene: a 9 × 11 resistance raster of 20 m cells (UTM 48N), resistance 1 everywhere except a wall of nodata
(a barrier) down column 5; cores A and B west of the wall, C and D east of it."""

import numpy as np
import pytest
from helpers import cell_cores, log_feedback, write_raster

X0, Y0, CELL = 500000.0, 1200000.0, 20.0
CORES = {"A": (1, 1), "B": (7, 1), "C": (1, 9), "D": (7, 9)}  # (row, col)
GROUPS_LINE = "The cores fall into 2 groups that no path joins (barriers between them): 1: A, B; 2: C, D."


def _barrier_scene(tmp_path):
    data = np.ones((9, 11), dtype="float32")
    data[:, 5] = -9999.0
    raster = write_raster(tmp_path / "wall.tif", data, origin=(X0, Y0), pixel=CELL, nodata=-9999.0,
                          dtype="float32")
    return raster, cell_cores(CORES, (X0, Y0), CELL)


def _links(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "links", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    return [{name: feature[name] for name in names} for feature in layer.getFeatures()], names


@pytest.mark.hostile("corridors between cores on both sides of a barrier")
def test_corridors_name_the_groups_of_cores_a_barrier_separates(bd_plugin, tmp_path):
    import processing

    raster, cores = _barrier_scene(tmp_path)
    feedback = log_feedback()
    result = processing.run("bd:corridors", {
        "RESISTANCE": raster, "CORES": cores, "CORE_ID_FIELD": "id", "MAX_NEIGHBOURS": 3,
        "OUTPUT": str(tmp_path / "nlcc.tif"), "OUTPUT_LINKS": str(tmp_path / "links.gpkg")}, feedback=feedback)
    assert GROUPS_LINE in feedback.text()
    links, names = _links(result["OUTPUT_LINKS"])
    assert "group" in names
    pairs = {(link["core_a"], link["core_b"]): link for link in links}
    assert set(pairs) == {("A", "B"), ("C", "D")}  # no link claimed across the wall
    assert pairs[("A", "B")]["group"] == 1 and pairs[("C", "D")]["group"] == 2
    assert all(link["status"] == "ok" for link in links)


def _paths(tmp_path, pairs):
    """(log, links, field names) of bd:leastcostpath on the barrier scene with the PAIRS choice ``pairs``."""
    import processing

    raster, cores = _barrier_scene(tmp_path)
    feedback = log_feedback()
    result = processing.run("bd:leastcostpath", {
        "RESISTANCE": raster, "CORES": cores, "CORE_ID_FIELD": "id", "PAIRS": pairs,
        "OUTPUT": str(tmp_path / "paths.gpkg")}, feedback=feedback)
    return (feedback.text(), *_links(result["OUTPUT"]))


@pytest.mark.hostile("least-cost paths of all pairs across a barrier")
def test_least_cost_paths_across_a_barrier_are_disconnected_and_the_groups_named(bd_plugin, tmp_path):
    from qgis.core import NULL

    log, links, names = _paths(tmp_path, 0)
    assert GROUPS_LINE in log
    assert "group" in names
    status = {(link["core_a"], link["core_b"]): (link["status"], link["group"]) for link in links}
    assert status[("A", "B")] == ("ok", 1) and status[("C", "D")] == ("ok", 2)
    across = [pair for pair in status if pair not in {("A", "B"), ("C", "D")}]
    assert len(across) == 4
    assert all(status[pair][0] == "disconnected" and status[pair][1] in (None, NULL) for pair in across)


@pytest.mark.hostile("least-cost paths of adjacent cores across a barrier")
def test_adjacent_least_cost_paths_still_name_the_groups(bd_plugin, tmp_path):
    """Adjacent pairs never cross the wall, so no pair is disconnected: the groups must still be said."""
    log, links, _ = _paths(tmp_path, 1)
    assert GROUPS_LINE in log
    assert {(link["core_a"], link["core_b"]) for link in links} == {("A", "B"), ("C", "D")}
