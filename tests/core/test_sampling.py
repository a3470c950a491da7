"""Stratified sampling design (Olofsson et al. 2014 §5.1.1) and the draw of sample pixels."""

import pytest
from habitat_scenes import _map

from bd_qgis_plugin.core.classmap import classes_at_points
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.sampling import allocate, draw_stratified_sample, sample_size


def test_sample_size_of_the_papers_example():
    # Olofsson et al. 2014: W = (0.02, 0.015, 0.32, 0.645), expected U = (0.7, 0.6, 0.9, 0.95),
    # target S(Ô) = 0.01 → n ≈ 641
    assert sample_size([0.02, 0.015, 0.32, 0.645], [0.7, 0.6, 0.9, 0.95], 0.01) == 641
    with pytest.raises(InputError):
        sample_size([1.0], [1.0], 0.01)


def test_allocation_proportional_with_minimum():
    pixels = [200_000, 150_000, 3_200_000, 6_450_000]
    assert allocate(641, pixels, "proportional") == [13, 10, 205, 413]  # largest remainders, sums to 641
    assert allocate(641, pixels, "proportional_min", minimum=50) == [50, 50, 205, 413]
    assert allocate(641, pixels, "equal") == [161, 161, 161, 161]
    # the minimum raises rare classes on top of the proportional share, capped at what the map has
    assert allocate(100, [10, 1000], "proportional_min", minimum=50) == [10, 99]


def test_drawn_points_lie_on_their_class_without_duplicates(tmp_path):
    path = _map(tmp_path)
    points = draw_stratified_sample(path, {1: 40, 2: 30, 3: 100}, seed=1)
    by_class = {c: sum(1 for p in points if p[0] == c) for c in (1, 2, 3)}
    assert by_class == {1: 40, 2: 30, 3: 100}  # class 3 entirely: every one of its 100 pixels
    xs, ys = [p[1] for p in points], [p[2] for p in points]
    assert classes_at_points(path, xs, ys) == [p[0] for p in points]
    assert len(set(zip(xs, ys))) == len(points)
    assert draw_stratified_sample(path, {1: 40, 2: 30, 3: 100}, seed=1) == points  # reproducible
    assert draw_stratified_sample(path, {1: 40}, seed=2) != [p for p in points if p[0] == 1]


def test_absent_class_is_refused(tmp_path):
    with pytest.raises(InputError, match="Class 9 does not occur in the map"):
        draw_stratified_sample(_map(tmp_path), {1: 5, 9: 5}, seed=1)
