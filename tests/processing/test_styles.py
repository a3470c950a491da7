"""Styles in styles/: each loads on a matching layer and gives the documented classes and colours."""

import re
from pathlib import Path

import numpy as np
import pytest
from helpers import write_raster
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
    QgsRenderContext,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)

from bd_qgis_plugin.compat import field_type, renderer_band

STYLES = Path(__file__).resolve().parents[2] / "styles"

# Allen Coral Atlas benthic map (Earth Engine ACA/reef_habitat v2.0, band "benthic"): code → colour.
ALLEN_CORAL_ATLAS = {11: "#ffffbe", 12: "#e0d05e", 13: "#b19c3a", 14: "#668438", 15: "#ff6161", 18: "#9bcc4f"}


def _raster(tmp_path, data, name="r.tif", nodata=0):
    path = write_raster(tmp_path / name, np.asarray(data), nodata=nodata)
    layer = QgsRasterLayer(path, name)
    assert layer.isValid()
    return layer


def _load(layer, name):
    from bd_qgis_plugin.maps.styles import apply_style

    ok, message = apply_style(layer, name)
    assert ok, message
    return layer.renderer().clone()  # the layer is a temporary: keep a renderer of our own


def _palette(renderer):
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    return {c.value: (c.color.name(), c.label) for c in renderer.classes()}


def test_readme_documents_every_style(qgis_app):
    from bd_qgis_plugin.maps.styles import STYLE_NAMES

    readme = (STYLES / "README.md").read_text(encoding="utf-8")
    files = {p.stem for p in STYLES.glob("*.qml")}
    assert files == set(STYLE_NAMES)
    assert files <= set(re.findall(r"`(\w+)\.qml`", readme))


def test_habitat_classes_fixed_palette(qgis_app, tmp_path):
    from bd_qgis_plugin.core.palettes import HABITAT_CLASSES, class_colour

    palette = _palette(_load(_raster(tmp_path, np.array([[1, 2, 3], [7, 8, 9]], dtype="uint8")), "habitat_classes"))
    assert sorted(palette) == list(range(1, 10))
    assert palette[1] == ("#2c7fb8", "Mặt nước / Water")
    assert palette[3] == ("#00441b", "Rừng / Forest")
    assert palette[7] == ("#1b7837", "Rừng ngập mặn / Mangrove")
    assert palette[9][1] == "Đất ngập nước / Wetland"
    assert len({colour for colour, _ in palette.values()}) == 9  # nine distinct colours
    # one source of truth: the QML agrees with core/palettes.py and with the colours chosen from class names
    for palette_class in HABITAT_CLASSES:
        assert palette[palette_class.code][0] == palette_class.colour
        assert class_colour(palette_class.name_en) == palette_class.colour
        assert class_colour(palette_class.name_vi) == palette_class.colour


def test_class_names_pick_the_specific_class_first():
    from bd_qgis_plugin.core.palettes import class_colour, match_class

    assert match_class("Rừng ngập mặn").key == "mangrove"
    assert match_class("Seagrass").key == "seagrass"  # not "sea" → water
    assert match_class("Cỏ biển").key == "seagrass"  # not "biển" → water
    assert match_class("Đất ngập nước").key == "wetland"  # not "nước" → water
    assert class_colour("something else", 1) != class_colour("something else", 2)


def test_benthic_classes_are_allen_coral_atlas_colours(qgis_app, tmp_path):
    palette = _palette(_load(_raster(tmp_path, np.array([[11, 12], [14, 15]], dtype="uint8")), "benthic_classes"))
    for code, colour in ALLEN_CORAL_ATLAS.items():
        assert palette[code][0] == colour
    assert palette[15][1] == "San hô/tảo / Coral/Algae"
    assert palette[14][1] == "Cỏ biển / Seagrass"
    assert 10 in palette  # optically deep / turbid water, masked


def test_change_style_colours_transitions_by_new_class(qgis_app, tmp_path):
    palette = _palette(_load(_raster(tmp_path, np.array([[101, 307]], dtype="uint16")), "change"))
    assert len(palette) == 81
    assert palette[307] == ("#1b7837", "Rừng → Rừng ngập mặn / Forest → Mangrove")  # 3 forest → 7 mangrove
    assert palette[303][0] == "#e0e0e0" and palette[303][1].startswith("Không đổi")


def test_confidence_classes(qgis_app, tmp_path):
    layer = _raster(tmp_path, np.array([[0.3, 0.6], [0.8, 0.95]], dtype="float32"), nodata=-1)
    renderer = _load(layer, "confidence")
    shader = renderer.shader()
    assert [shader.shade(v)[1:4] for v in (0.3, 0.6, 0.8, 0.95)] == [
        (215, 25, 28), (253, 174, 97), (166, 217, 106), (26, 150, 65)]


def test_nlcc_graduated_and_truncated_at_the_maximum(qgis_app, tmp_path):
    values = np.linspace(0, 500, 100, dtype="float32").reshape(10, 10)  # truncated at a 500 cost-unit cutoff
    renderer = _load(_raster(tmp_path, values, nodata=-1), "nlcc_corridors")
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert [round(i.value, 6) for i in items[:-1]] == [50, 125, 250, 375]
    assert items[0].color.name() == "#0c2c84"  # narrowest, best part of the corridor is darkest
    assert items[1].label == "50 – 125"
    assert renderer.shader().shade(10.0)[1:4] == (12, 44, 132)
    assert renderer.shader().shade(499.0)[1:4] == (255, 255, 204)


def test_current_density_log_stretch(qgis_app, tmp_path):
    values = np.logspace(-3, 1, 100, dtype="float32").reshape(10, 10)  # 0.001 … 10 A
    renderer = _load(_raster(tmp_path, values, nodata=-1), "current_density")
    ramp = renderer.shader().rasterShaderFunction()
    items = ramp.colorRampItemList()
    assert items[-1].value == pytest.approx(10.0, rel=1e-4)
    low = items[0].value
    assert 0.001 <= low < 0.01
    # the middle stop sits at the geometric (not arithmetic) mean of the ends
    assert items[2].value == pytest.approx((low * 10.0) ** 0.5, rel=1e-3)


def test_cost_distance_linear_stretch(qgis_app, tmp_path):
    values = np.arange(100, dtype="float32").reshape(10, 10) * 10.0
    renderer = _load(_raster(tmp_path, values, nodata=-1), "cost_distance")
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == pytest.approx(0.0)
    assert 960 <= items[-1].value <= 990  # 98th percentile of 0…990


def test_change_history_colours_years_since_the_last_change_on_band_1(qgis_app, tmp_path):
    since = np.tile(np.arange(10, dtype="uint16"), (10, 1))  # 0 … 9 years
    data = np.stack([since, (since < 5).astype("uint16")])  # band 2: number of changes
    renderer = _load(_raster(tmp_path, data, nodata=65535), "change_history")
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer_band(renderer) == 1
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert (items[0].value, items[0].color.name()) == (pytest.approx(0.0), "#d7191c")  # changed in the last year
    assert items[-1].color.name() == "#1a9641" and 8.5 <= items[-1].value <= 9.0  # 98th percentile of 0…9


def _features(layer, rows, geometry_wkt):
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(geometry_wkt))
        for name, value in row.items():
            feature[name] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return list(layer.getFeatures())


def _symbol_colours(layer, name):
    from bd_qgis_plugin.maps.styles import apply_style

    ok, message = apply_style(layer, name)
    assert ok, message
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    colours = []
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        symbols = renderer.symbolsForFeature(feature, context)
        colours.append(symbols[0].color().name() if symbols else None)
    renderer.stopRender(context)
    return colours


def test_protected_area_categories_vi_and_en(qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "pa", "memory")
    layer.dataProvider().addAttributes([QgsField("category", field_type("String"))])
    layer.updateFields()
    _features(layer, [{"category": v} for v in ("Vườn quốc gia", "national_park", "Marine protected area",
                                                 "Khu bảo tồn loài – sinh cảnh", "Khu dự trữ thiên nhiên",
                                                 "landscape protection area", "something",
                                                 # the codes the database stores (db.PROTECTED_AREA_CATEGORIES)
                                                 "species_habitat_area", "landscape_protection_area")],
              "POLYGON((0 0, 1 0, 1 1, 0 0))")
    assert _symbol_colours(layer, "protected_areas") == [
        "#1a9850", "#1a9850", "#4575b4", "#d9ef8b", "#91cf60", "#fee08b", "#bdbdbd", "#d9ef8b", "#fee08b"]
    labels = [rule.label() for rule in layer.renderer().rootRule().children()]
    assert "Vườn quốc gia / National park" in labels and "Khu bảo tồn biển / Marine protected area" in labels


def test_protected_area_boundaries_are_outlines_over_other_data(qgis_app):
    """The boundaries a reviewer lays over a submission: no fill at all (what lies beneath stays visible), a white
    casing under a line of the category's colour, the names labelled."""
    from qgis.core import QgsRenderContext
    from qgis.PyQt.QtCore import Qt

    from bd_qgis_plugin.db import PROTECTED_AREA_CATEGORIES
    from bd_qgis_plugin.maps.styles import apply_style

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "pa", "memory")
    layer.dataProvider().addAttributes([QgsField(n, field_type("String")) for n in ("name_vi", "category")])
    layer.updateFields()
    _features(layer, [{"name_vi": f"Khu {i}", "category": code}
                      for i, code in enumerate(PROTECTED_AREA_CATEGORIES + ("something",))],
              "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))")
    assert apply_style(layer, "protected_area_boundaries")[0]
    renderer, context = layer.renderer().clone(), QgsRenderContext()
    renderer.startRender(context, layer.fields())
    lines = []
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        casing, line = renderer.symbolsForFeature(feature, context)[0].symbolLayers()
        assert casing.brushStyle() == line.brushStyle() == Qt.BrushStyle.NoBrush
        assert casing.strokeColor().name() == "#ffffff" and casing.strokeWidth() > line.strokeWidth()
        lines.append(line.strokeColor().name())
    renderer.stopRender(context)
    assert lines == ["#105f32", "#5b813c", "#889557", "#9f8c57", "#767676"]
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "name_vi"


def test_corridor_links_by_cost_ratio(qgis_app):
    layer = QgsVectorLayer("LineString?crs=EPSG:32648", "links", "memory")
    layer.dataProvider().addAttributes([QgsField(n, field_type("Double")) for n in ("lcd", "euclid", "ratio")])
    layer.updateFields()
    _features(layer, [{"ratio": 1.5}, {"ratio": 3.0}, {"ratio": 20.0}], "LINESTRING(0 0, 1 1)")
    assert _symbol_colours(layer, "corridor_links") == ["#1a9850", "#91cf60", "#d73027"]


def test_accuracy_points_agree_disagree_unlabelled(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:32648", "pts", "memory")
    layer.dataProvider().addAttributes([QgsField(n, field_type("Int")) for n in ("id", "map_class", "ref_class")])
    layer.updateFields()
    _features(layer, [{"map_class": 1, "ref_class": 1}, {"map_class": 1, "ref_class": 2}, {"map_class": 3}],
              "POINT(0 0)")
    assert _symbol_colours(layer, "accuracy_points") == ["#1a9641", "#d7191c", "#ffffff"]


def test_processing_post_processor_applies_and_fits_the_style(qgis_app, tmp_path):
    """What style_output() hooks into Processing: the QML is applied and the NLCC ramp fitted to the layer."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from bd_qgis_plugin.maps.styles import style_path
    from bd_qgis_plugin.processing_algorithms.base import StylePostProcessor

    layer = _raster(tmp_path, np.linspace(0, 200, 100, dtype="float32").reshape(10, 10), nodata=-1)
    StylePostProcessor.create(style_path("nlcc_corridors")).postProcessLayer(layer, QgsProcessingContext(),
                                                                              QgsProcessingFeedback())
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert [round(i.value, 6) for i in items[:-1]] == [20, 50, 100, 150]
