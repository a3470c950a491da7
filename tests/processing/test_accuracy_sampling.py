"""bd:accuracysampling then bd:accuracyassessment through Processing (Olofsson et al. 2014)."""

import pytest
from habitat_scenes import _map


def test_sampling_then_assessment_through_processing(bd_plugin, tmp_path):
    """Draw a sample, interpret it (here: the truth = the map except 5 class-1 points are class 2), assess."""
    import processing
    from qgis.core import edit

    path = _map(tmp_path)
    result = processing.run("bd:accuracysampling", {"INPUT": path, "TARGET_SE": 0.02, "EXPECTED_UA": 0.9,
                                                    "MIN_PER_CLASS": 20, "SEED": 7, "OUTPUT": "memory:"})
    points = result["OUTPUT"]
    # 2950 valid pixels: (1670, 1180, 100); n = ceil((√(0.9·0.1) / 0.02)²) = 225
    # proportional (127.4, 90.0, 7.6) → (127, 90, 8), minimum 20 → (127, 90, 20)
    per_class = [f["map_class"] for f in points.getFeatures()]
    assert [per_class.count(c) for c in (1, 2, 3)] == [127, 90, 20]
    assert result["SAMPLE_SIZE"] == 237 == points.featureCount()
    changed = 0
    with edit(points):
        for feature in points.getFeatures():
            truth = feature["map_class"]
            if truth == 1 and changed < 5:
                truth, changed = 2, changed + 1
            points.changeAttributeValue(feature.id(), points.fields().indexOf("ref_class"), truth)
    report = processing.run("bd:accuracyassessment", {"INPUT": path, "REFERENCE": points,
                                                      "REFERENCE_FIELD": "ref_class",
                                                      "OUTPUT_HTML": str(tmp_path / "a.html"),
                                                      "OUTPUT_JSON": str(tmp_path / "a.json")})
    assert report["OVERALL_ACCURACY"] == pytest.approx(1 - (1670 / 2950) * 5 / 127)
