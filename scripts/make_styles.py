#!/usr/bin/env python3
"""Regenerate the QML styles of ``styles/`` from ``bd_qgis_plugin/core/palettes.py`` and the rules below.

Run after changing a palette: ``.venv/bin/python scripts/make_styles.py`` (then ``make build``); with names
(``… make_styles.py protected_areas protected_area_boundaries``) only those styles are written.
The styles are built with QGIS' own renderer classes and saved by QGIS, so they load in QGIS 3.22.
The print layout templates (``styles/*.qpt``) are written by ``bd_qgis_plugin/maps/layout.py``
(``write_templates``), called at the end.
"""

import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "0")  # stable attribute order: regenerating changes only what changed

import numpy as np  # noqa: E402
from osgeo import gdal, osr  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor  # noqa: E402

from bd_qgis_plugin.core.palettes import (  # noqa: E402
    BENTHIC_CLASSES,
    HABITAT_CLASSES,
    bilingual_label,
)

STYLES = os.path.join(ROOT, "styles")
STRETCH_PROPERTY = "bd/stretch"
NO_CHANGE_COLOUR = "#e0e0e0"

PROTECTED_AREA_CATEGORIES = (  # (code, vi, en, fill, values accepted in the "category" field)
    ("national_park", "Vườn quốc gia", "National park", "#1a9850", ("vườn quốc gia", "vqg", "national park")),
    ("nature_reserve", "Khu dự trữ thiên nhiên", "Nature reserve", "#91cf60",
     ("khu dự trữ thiên nhiên", "dttn", "nature reserve")),
    ("species_habitat", "Khu bảo tồn loài – sinh cảnh", "Species/habitat conservation area", "#d9ef8b",
     ("species_habitat_area", "khu bảo tồn loài – sinh cảnh", "khu bảo tồn loài - sinh cảnh",
      "khu bảo tồn loài-sinh cảnh", "btls", "species/habitat conservation area",
      "species and habitat conservation area", "habitat/species area")),
    ("landscape_protection", "Khu bảo vệ cảnh quan", "Landscape protection area", "#fee08b",
     ("landscape_protection_area", "khu bảo vệ cảnh quan", "bvcq", "landscape protection area",
      "protected landscape")),
    ("marine_protected", "Khu bảo tồn biển", "Marine protected area", "#4575b4",
     ("khu bảo tồn biển", "btb", "marine protected area", "mpa")),
)


def tiny_raster(dtype=gdal.GDT_Byte):
    path = os.path.join(tempfile.mkdtemp(), "tiny.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, dtype)
    ds.SetGeoTransform((500000, 10, 0, 1200000, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32648)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.array([[1, 2], [3, 4]]))
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds = None
    return path


def save(layer, name):
    path = os.path.join(STYLES, name + ".qml")
    message, ok = layer.saveNamedStyle(path)
    if not ok:
        raise SystemExit(f"{name}: {message}")
    print(f"wrote {path}")


def paletted(name, entries):
    layer = QgsRasterLayer(tiny_raster(), name)
    classes = [QgsPalettedRasterRenderer.Class(code, QColor(colour), label) for code, colour, label in entries]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    save(layer, name)


def pseudocolor(name, stops, ramp_type, stretch=None, low=0.0, high=1.0):
    layer = QgsRasterLayer(tiny_raster(gdal.GDT_Float32), name)
    ramp = QgsColorRampShader(low, high)
    ramp.setColorRampType(ramp_type)
    ramp.setColorRampItemList([QgsColorRampShader.ColorRampItem(v, QColor(c), label) for v, c, label in stops])
    shader = QgsRasterShader(low, high)
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    layer.setRenderer(renderer)
    if stretch:
        layer.setCustomProperty(STRETCH_PROPERTY, stretch)
    save(layer, name)


def rule_based(name, geometry, rules, symbol_factory):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32648", name, "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, properties in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol_factory(properties), 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    save(layer, name)


def quoted(text):
    return "'" + text.replace("'", "''") + "'"


def extra_continuous_styles():
    """Depth, depth-invariant index and back-direction rasters (bd:bathymetry, bd:depthinvariantindex,
    bd:costdistance's DIRECTION)."""
    pseudocolor("bathymetry", [
        (0.0, "#c6dbef", "nông / shallow"), (0.33, "#6baed6", ""), (0.66, "#2171b5", ""),
        (1.0, "#08306b", "sâu / deep")], QgsColorRampShader.Type.Interpolated, "linear")
    pseudocolor("depth_invariant_index", [
        (0.0, "#440154", "low"), (0.25, "#3b528b", ""), (0.5, "#21918c", ""), (0.75, "#5ec962", ""),
        (1.0, "#fde725", "high")], QgsColorRampShader.Type.Interpolated, "linear")
    pseudocolor("back_direction", [
        (0.0, "#e41a1c", "low"), (0.25, "#ff7f00", ""), (0.5, "#4daf4a", ""), (0.75, "#377eb8", ""),
        (1.0, "#984ea3", "high")], QgsColorRampShader.Type.Interpolated, "linear")
    # bd:connectivityindices cores, graduated on their importance dPC (% of the landscape's PC)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:32648", "core_importance", "memory")
    ranges = []
    for low, high, colour, label in ((0.0, 5.0, "#ffffcc", "dPC < 5 %"), (5.0, 15.0, "#a1dab4", "5–15 %"),
                                     (15.0, 30.0, "#41b6c4", "15–30 %"), (30.0, 1e12, "#225ea8", "≥ 30 %")):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#253494", "outline_width": "0.4"})
        ranges.append(QgsRendererRange(low, high, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("dPC", ranges))
    save(layer, "core_importance")


def change_history():
    """bd:habitattrend's change history raster, band 1: years since the last class change (recent … stable)."""
    pseudocolor("change_history", [
        (0.0, "#d7191c", "Mới thay đổi / Changed recently"), (0.33, "#fdae61", ""), (0.66, "#a6d96a", ""),
        (1.0, "#1a9641", "Ổn định lâu / Stable for longest")], QgsColorRampShader.Type.Interpolated, "linear")


def normalized_current():
    """bd:omniscape's normalized current (current / flow potential): fixed values around 1 (no stretch), impeded
    blue below, channelled red above (the usual Omniscape reading)."""
    pseudocolor("normalized_current", [
        (0.0, "#2166ac", "0 (cản trở / impeded)"), (0.5, "#67a9cf", "0,5 / 0.5"),
        (1.0, "#f7f7f7", "1 (như đồng nhất / as uniform)"), (1.5, "#ef8a62", "1,5 / 1.5"),
        (2.5, "#b2182b", "≥ 2,5 (dồn dòng / channelled)")], QgsColorRampShader.Type.Interpolated, low=0.0,
        high=2.5)


def protected_area_rules():
    """(label, expression, colour) of each protected-area category (codes of the database included), then
    the other categories."""
    rules = []
    for code, vi, en, fill, values in PROTECTED_AREA_CATEGORIES:
        accepted = ", ".join(quoted(v) for v in dict.fromkeys((code, code.replace("_", " "), *values)))
        rules.append((f"{vi} / {en}", f'lower(trim(to_string("category"))) IN ({accepted})', fill))
    rules.append(("Loại khác / Other category", "ELSE", "#bdbdbd"))
    return rules


def protected_areas():
    """Reserve polygons filled by category (translucent), for maps of the reserves themselves."""
    def pa_symbol(fill):
        colour = QColor(fill)
        return QgsFillSymbol.createSimple({"color": f"{colour.red()},{colour.green()},{colour.blue()},150",
                                           "outline_color": "#00441b",
                                           "outline_width": "0.5"})

    rule_based("protected_areas", "Polygon", protected_area_rules(), pa_symbol)


def protected_area_boundaries():
    """Reserve boundaries to lay over other data (a reviewer's submission): no fill, a white casing under a
    line of the category's colour (darkened, so that light categories show on light ground), names labelled."""
    from qgis.core import (
        QgsPalLayerSettings,
        QgsSimpleFillSymbolLayer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )

    def boundary_symbol(fill):
        line = QColor(fill).darker(160).name()
        symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#ffffff", "outline_width": "1.2"})
        symbol.appendSymbolLayer(QgsSimpleFillSymbolLayer.create({"style": "no", "outline_color": line,
                                                                  "outline_width": "0.6"}))
        return symbol

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=name_vi:string&field=category:string", "b", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, colour in protected_area_rules():
        root.appendChild(QgsRuleBasedRenderer.Rule(boundary_symbol(colour), 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name_vi"
    text = QgsTextFormat()
    text.setSize(9)
    text.setColor(QColor("#00441b"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    save(layer, "protected_area_boundaries")


def occurrences():
    """bd:importoccurrences / bd:gbifoccurrences points, by their bd_flags (core/species/dwc.py FLAGS)."""
    def symbol(properties):
        fill, outline, size = properties
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": fill, "outline_color": outline, "size": size})

    rule_based("occurrences", "Point", [
        ("Bản ghi hợp lệ / Valid record", "\"bd_flags\" IS NULL OR \"bd_flags\" = ''", ("#1b9e77", "#ffffff", "2.2")),
        ("Bản ghi trùng lặp / Duplicate record", "\"bd_flags\" = 'duplicate'", ("#bdbdbd", "#636363", "1.6")),
        ("Cần kiểm tra (tọa độ, vùng, tên, ngày) / To check (coordinates, area, name, date)",
         "\"bd_flags\" IS NOT NULL AND \"bd_flags\" <> '' AND \"bd_flags\" <> 'duplicate'",
         ("#d95f02", "#000000", "2.4")),
    ], symbol)


def species_richness():
    """bd:speciesrichness cells: no records (not surveyed) apart from the species counts (records = effort)."""
    def symbol(properties):
        fill, style = properties
        return QgsFillSymbol.createSimple({"color": fill, "style": style, "outline_color": "#7f7f7f",
                                           "outline_width": "0.1"})

    rule_based("species_richness", "Polygon", [
        ("Không có bản ghi (chưa điều tra) / No records (not surveyed)", '"records" = 0', ("#9e9e9e", "b_diagonal")),
        ("Có bản ghi, chưa định danh đến loài / Records, none to species", '"records" > 0 AND "species" = 0',
         ("#f0f0f0", "solid")),
        ("1 loài / species", '"species" = 1', ("#ffffcc", "solid")),
        ("2–5 loài / species", '"species" >= 2 AND "species" <= 5', ("#c2e699", "solid")),
        ("6–10 loài / species", '"species" >= 6 AND "species" <= 10', ("#78c679", "solid")),
        ("11–25 loài / species", '"species" >= 11 AND "species" <= 25', ("#31a354", "solid")),
        ("> 25 loài / species", '"species" > 25', ("#006837", "solid")),
    ], symbol)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    if sys.argv[1:]:  # only the named styles: python scripts/make_styles.py protected_area_boundaries …
        for name in sys.argv[1:]:
            globals()[name]()
        os._exit(0)
    paletted("habitat_classes", [(c.code, c.colour, bilingual_label(c)) for c in HABITAT_CLASSES])
    paletted("benthic_classes", [(c.code, c.colour, bilingual_label(c)) for c in BENTHIC_CLASSES])
    change = []
    for before in HABITAT_CLASSES:
        for after in HABITAT_CLASSES:
            code = before.code * 100 + after.code  # core/change.py: before × M + after, M = 100
            if before.code == after.code:
                change.append((code, NO_CHANGE_COLOUR,
                               f"Không đổi: {before.name_vi} / No change: {before.name_en.lower()}"))
            else:
                change.append((code, after.colour,
                               f"{before.name_vi} → {after.name_vi} / {before.name_en} → {after.name_en}"))
    paletted("change", change)
    pseudocolor("confidence", [
        (0.5, "#d7191c", "Thấp (≤ 0,5) / Low (≤ 0.5)"),
        (0.7, "#fdae61", "Trung bình (0,5–0,7) / Medium (0.5–0.7)"),
        (0.9, "#a6d96a", "Cao (0,7–0,9) / High (0.7–0.9)"),
        (float("inf"), "#1a9641", "Rất cao (> 0,9) / Very high (> 0.9)")], QgsColorRampShader.Type.Discrete)
    pseudocolor("nlcc_corridors", [
        (0.1, "#0c2c84", "0–10 %"), (0.25, "#225ea8", "10–25 %"), (0.5, "#41b6c4", "25–50 %"),
        (0.75, "#a1dab4", "50–75 %"), (1.0, "#ffffcc", "75–100 %")], QgsColorRampShader.Type.Discrete, "truncated")
    pseudocolor("current_density", [
        (0.0, "#000004", "low"), (0.25, "#51127c", ""), (0.5, "#b73779", ""), (0.75, "#fc8961", ""),
        (1.0, "#fcfdbf", "high")], QgsColorRampShader.Type.Interpolated, "log")
    pseudocolor("cost_distance", [
        (0.0, "#ffffcc", "low"), (0.33, "#fd8d3c", ""), (0.66, "#bd0026", ""), (1.0, "#49006a", "high")],
        QgsColorRampShader.Type.Interpolated, "linear")
    pseudocolor("resistance", [
        (0.0, "#1a9641", "low"), (0.25, "#a6d96a", ""), (0.5, "#ffffbf", ""), (0.75, "#fdae61", ""),
        (1.0, "#d7191c", "high")], QgsColorRampShader.Type.Interpolated, "linear")
    extra_continuous_styles()
    change_history()
    normalized_current()

    protected_areas()
    protected_area_boundaries()
    occurrences()
    species_richness()

    layer = QgsVectorLayer("LineString?crs=EPSG:32648", "corridor_links", "memory")
    ranges = []
    for low, high, colour, width, label in (
            (0.0, 2.0, "#1a9850", "1.4", "CWD:Euclid ≤ 2 (dễ đi / easy)"),
            (2.0, 4.0, "#91cf60", "1.0", "2–4"),
            (4.0, 8.0, "#fc8d59", "0.8", "4–8"),
            (8.0, 1e12, "#d73027", "0.6", "> 8 (khó / hard)")):
        symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": width, "capstyle": "round"})
        ranges.append(QgsRendererRange(low, high, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("ratio", ranges))
    save(layer, "corridor_links")

    def point_symbol(properties):
        fill, outline = properties
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": fill, "outline_color": outline,
                                             "size": "2.4"})

    rule_based("accuracy_points", "Point", [
        ("Chưa có nhãn tham chiếu / Not yet labelled", '"ref_class" IS NULL', ("255,255,255,0", "#525252")),
        ("Đúng với bản đồ / Agrees with the map", '"ref_class" = "map_class"', ("#1a9641", "#000000")),
        ("Sai khác với bản đồ / Disagrees with the map", '"ref_class" <> "map_class"', ("#d7191c", "#000000")),
    ], point_symbol)

    from bd_qgis_plugin.maps.layout import write_templates

    for path in write_templates(STYLES):
        print(f"wrote {path}")
    os._exit(0)


if __name__ == "__main__":
    main()
