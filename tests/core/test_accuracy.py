"""Olofsson et al. (2014) estimators against the paper's worked example (section 5, Tables 8–10)."""

import numpy as np
import pytest

from bd_qgis_plugin.core.accuracy import Z95, assess
from bd_qgis_plugin.core.errors import InputError

# Olofsson et al. 2014, RSE 148:42–57, Table 8: rows = map, columns = reference;
# classes 1 deforestation, 2 forest gain, 3 stable forest, 4 stable non-forest; 30 m pixels (0.09 ha).
COUNTS = [[66, 0, 5, 4], [0, 55, 8, 12], [1, 0, 153, 11], [2, 1, 9, 313]]
MAP_PIXELS = [200_000, 150_000, 3_200_000, 6_450_000]


@pytest.fixture(scope="module")
def paper():
    return assess(COUNTS, MAP_PIXELS, pixel_area=0.09, classes=[1, 2, 3, 4])


def test_area_proportions_match_table_9(paper):
    expected = [[0.0176, 0.0000, 0.0013, 0.0011],
                [0.0000, 0.0110, 0.0016, 0.0024],
                [0.0019, 0.0000, 0.2967, 0.0213],
                [0.0040, 0.0020, 0.0179, 0.6212]]
    assert np.round(paper.proportions, 4).tolist() == expected


def test_estimated_areas_and_confidence_intervals_match_the_paper(paper):
    # "21,158 ± 6158 ha" deforestation, "11,686 ± 3756 ha" forest gain,
    # "285,770 ± 15,510 ha" stable forest, "581,386 ± 16,282 ha" stable non-forest
    assert np.round(paper.area).tolist() == [21158, 11686, 285770, 581386]
    assert np.round(Z95 * paper.area_se).tolist() == [6158, 3756, 15510, 16282]
    assert paper.total_area == pytest.approx(900_000)


def test_accuracies_with_confidence_intervals_match_the_paper(paper):
    assert np.round(paper.users, 2).tolist() == [0.88, 0.73, 0.93, 0.96]
    assert np.round(paper.producers, 2).tolist() == [0.75, 0.85, 0.93, 0.96]
    assert round(paper.overall, 2) == 0.95 and round(Z95 * paper.overall_se, 2) == 0.02
    assert np.round(Z95 * paper.users_se, 2).tolist() == [0.07, 0.10, 0.04, 0.02]
    assert np.round(Z95 * paper.producers_se, 2).tolist() == [0.21, 0.25, 0.03, 0.02]


def test_matrix_orientation_rows_are_map_columns_are_reference():
    # 10 points mapped as class 1: 8 are class 1 on the ground, 2 are class 2. All 10 mapped as 2 are 2.
    result = assess([[8, 2], [0, 10]], [500, 500], classes=[1, 2])
    assert result.users.tolist() == pytest.approx([0.8, 1.0])  # commission error of class 1
    assert result.producers[1] < 1.0 and result.producers[0] == pytest.approx(1.0)
    assert result.area.tolist() == pytest.approx([400, 600])  # 20 % of class-1 map is really class 2
    report = result.to_dict({1: "forest", 2: "water"})
    assert report["error_matrix_counts"]["rows"] == "map"
    assert report["error_matrix_counts"]["values"] == [[8, 2], [0, 10]]
    assert report["classes"] == [{"code": 1, "name": "forest"}, {"code": 2, "name": "water"}]


def test_a_mapped_class_without_samples_is_refused_by_name():
    with pytest.raises(InputError, match="Map class 3 has no reference sample"):
        assess([[5, 0, 0], [0, 5, 0], [0, 0, 0]], [100, 100, 50], classes=[1, 2, 3])


def test_single_sample_in_a_class_gives_undefined_se_not_a_crash():
    result = assess([[1, 0], [0, 10]], [100, 900], classes=[1, 2])
    assert np.isnan(result.users_se[0]) and result.users[0] == 1.0
    assert result.to_dict()["users_accuracy"]["1"]["se"] is None
