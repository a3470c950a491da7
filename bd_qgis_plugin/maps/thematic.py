"""One thematic map (bản đồ chuyên đề) from layers, a template and texts in Vietnamese or English."""

import datetime

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont, QFontInfo

from ..compat import set_null
from ..core.errors import InputError
from .layout import keep_present_classes, layers_extent, relabel, render_map
from .styles import apply_style

CATEGORY_FIELD = "category"

# Texts printed on the map follow the map's LANGUAGE, not the interface language.
MAP_TEXTS = {
    "vi": {"legend": "Chú giải", "source": "Nguồn dữ liệu", "crs": "Hệ tọa độ", "grid": "Lưới tọa độ",
           "made": "Thực hiện bằng bd_qgis_plugin (QGIS {version})", "author": "Người lập", "date": "Ngày lập",
           "map_number": "Số hiệu bản đồ", "zones": "Ranh giới khu bảo tồn", "province": "Tỉnh"},
    "en": {"legend": "Legend", "source": "Data source", "crs": "Coordinate reference system", "grid": "Grid",
           "made": "Made with bd_qgis_plugin (QGIS {version})", "author": "Author", "date": "Date",
           "map_number": "Map no.", "zones": "Reserve boundaries", "province": "Province"},
}


#: Names of the plugin's outputs as Processing loads them (English or Vietnamese interface) → the map's
#: language, with the unit of their values for a colour ramp's labels.
MAP_LAYER_NAMES = (
    ("Corridor links", "Liên kết hành lang", ""), ("Core areas", "Vùng lõi", ""), ("Cores", "Vùng lõi", ""),
    ("Cumulative current", "Dòng điện cộng dồn", "A"), ("Pinch-point current", "Dòng điện điểm thắt", "A"),
    ("Current flow", "Dòng điện", "A"), ("Habitat map", "Bản đồ sinh cảnh", ""),
    ("Benthic habitat map", "Bản đồ sinh cảnh đáy", ""), ("Resistance", "Lực cản", ""),
    ("Accumulated cost", "Chi phí tích lũy", ""), ("Confidence", "Độ tin cậy", ""),
    ("Normalized least-cost corridors (NLCC)", "Hành lang chi phí thấp nhất chuẩn hóa (NLCC)", ""),
    ("Change raster", "Biến động sinh cảnh", ""), ("Cleaned class map", "Bản đồ phân loại đã làm sạch", ""),
    ("Least-cost paths", "Đường chi phí thấp nhất", ""), ("Corridor polygons", "Vùng hành lang", ""),
    ("Cores with indices", "Vùng lõi kèm chỉ số", ""),
    ("Habitat map confidence", "Độ tin cậy bản đồ sinh cảnh", ""),
    ("Benthic map confidence", "Độ tin cậy bản đồ sinh cảnh đáy", ""), ("Water mask", "Mặt nạ nước", ""),
    ("Depth-invariant index", "Chỉ số bất biến độ sâu", ""), ("Index raster", "Raster chỉ số", ""),
    ("Spectral indices", "Chỉ số phổ", ""), ("Glint-corrected image", "Ảnh đã hiệu chỉnh phản xạ mặt trời", ""),
    ("Satellite image", "Ảnh vệ tinh", ""),
)
RAMP_WORDS = {"vi": ("Thấp", "Cao"), "en": ("Low", "High")}


def map_layer_name(name, language):
    """(name, unit) of a layer on a map in ``language``: a plugin output's name translated, others kept."""
    for english, vietnamese, unit in MAP_LAYER_NAMES:
        if name.strip().lower() in (english.lower(), vietnamese.lower()):
            return (vietnamese if language == "vi" else english), unit
    return name, ""


def format_value(value, language):
    """A legend number with three significant digits, a decimal comma in Vietnamese: 5.104347 → "5,1"."""
    text = f"{value:.3g}"
    if "e" in text:
        text = f"{value:.2e}"
    return text.replace(".", ",") if language == "vi" else text


def label_ramp(layer, language, unit=""):
    """A continuous colour ramp's ends read "High: 5,1 A" / "Low: 0,000169 A" instead of bare numbers."""
    renderer = layer.renderer()
    shader = getattr(renderer, "shader", lambda: None)()
    function = shader.rasterShaderFunction() if shader is not None else None
    if function is None or not hasattr(function, "legendSettings"):
        return
    settings = function.legendSettings()
    if settings is None:
        return
    low, high = RAMP_WORDS[language]
    suffix = f" {unit}" if unit else ""
    settings.setMinimumLabel(f"{low}: {format_value(function.minimumValue(), language)}{suffix}")
    settings.setMaximumLabel(f"{high}: {format_value(function.maximumValue(), language)}{suffix}")
    function.setLegendSettings(settings)


def map_texts(language, title, subtitle="", author="", map_number="", credits="", crs=None, layers=(),
              today=None):
    """The texts of a map's title block and margin in ``language`` ("vi" or "en")."""
    words = MAP_TEXTS[language]
    today = today or datetime.date.today()
    crs_name = crs.description() if crs is not None else ""
    sources = credits or ", ".join(map_layer_name(layer.name(), language)[0] for layer in layers)
    lines = [f"{words['source']}: {sources}."]
    if crs_name:
        lines.append(f"{words['crs']}: {crs_name}; {words['grid']} (m).")
    lines.append(words["made"].format(version=Qgis.QGIS_VERSION.split("-")[0]) + ".")
    return {"title": title, "subtitle": subtitle, "credits": "\n".join(lines),
            "author": f"{words['author']}: {author}" if author else "",
            "date": f"{words['date']}: " + (today.strftime("%d/%m/%Y") if language == "vi" else today.isoformat()),
            "map_number": f"{words['map_number']} {map_number}" if map_number else "", "legend": words["legend"]}


def style_zones(layer, name_field, language):
    """Reserve/zone outlines (no fill) labelled with their names, on top of the thematic layers.

    A layer with a ``category`` field (protected-area category) gets ``protected_areas.qml`` instead, with
    its category names in the map's language.
    """
    if CATEGORY_FIELD in layer.fields().names():
        apply_style(layer, "protected_areas")
        relabel(layer, language)
    else:
        symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#000000",
                                             "outline_width": "0.6"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if name_field:
        settings = QgsPalLayerSettings()
        settings.fieldName = name_field
        text = QgsTextFormat()
        # the family the system really draws with: a headless QGIS (Qt's offscreen platform) names "DejaVu LGC
        # Sans" whether the system has it or not, and QGIS warns about a missing font when it opens the project
        text.setFont(QFont(QFontInfo(QFont()).family()))
        text.setSize(8)
        text.setColor(QColor("#000000"))
        buffer = text.buffer()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        settings.setFormat(text)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    layer.setName(MAP_TEXTS[language]["zones"])


def named_extent(boxes, zone_name):
    """Union of the boxes ``[(zone name, QgsRectangle)]`` of the zone(s) named ``zone_name`` (all when empty);
    an unknown name is refused with the names there are."""
    extent = QgsRectangle()
    set_null(extent)
    found = False
    for name, box in boxes:
        if zone_name and name != zone_name:
            continue
        found = True
        extent.combineExtentWith(box)
    if not found:
        raise InputError("No zone is named '{zone}'. Zones in the layer: {names}.", zone=zone_name,
                         names=", ".join(sorted({name for name, _ in boxes})[:30]))
    return extent


def with_margin(extent):
    """``extent`` with a margin of 5 % of its larger side, as a map frames a zone."""
    return extent.buffered(0.05 * max(extent.width(), extent.height()))


def zone_extent(layer, name_field, zone_name, crs, transform_context):
    """Bounding box (in ``crs``, 5 % margin) of the zone(s) named ``zone_name`` (all zones when empty)."""
    boxes = [(str(f[name_field]), f.geometry().boundingBox()) for f in layer.getFeatures(QgsFeatureRequest())]
    transform = QgsCoordinateTransform(layer.crs(), crs, transform_context)
    return with_margin(transform.transformBoundingBox(named_extent(boxes, zone_name)))


def prepare_for_map(layer, language, detail=""):
    """A layer as a map in ``language`` shows it: only the classes present, class labels, its name (a plugin
    output's name translated, ``detail`` added in parentheses) and the ends of its colour ramp."""
    if isinstance(layer, QgsRasterLayer):
        keep_present_classes(layer)
    relabel(layer, language)
    name, unit = map_layer_name(layer.name(), language)
    layer.setName(f"{name} ({detail})" if detail else name)
    label_ramp(layer, language, unit)


def fill_layout(project, layers, template, crs, texts, language, extent=None, pdf_path=None, png_path=None, dpi=200):
    """The print layout of the thematic map of ``layers`` (in ``project``, top first, prepared for the map), from
    ``template``, framing ``extent`` (all layers when None); exported when paths are given."""
    if extent is None or extent.isEmpty():
        extent = layers_extent(layers, crs, project)
    if extent.isEmpty() or not extent.isFinite():
        raise InputError("The map extent is empty: check that the layers have features or pixels and a CRS.")
    rasters = [layer for layer in layers if isinstance(layer, QgsRasterLayer)]
    return render_map(project, layers, template, crs, extent, texts, language, pdf_path, png_path, dpi=dpi,
                      locator_layers=rasters[:1] or layers[-1:], legend_title=texts.get("legend"))


def make_thematic_map(layers, template, crs, texts, language, pdf_path=None, png_path=None, extent=None,
                      zones=None, zone_field=None, zone_name=None, dpi=200, inspect=None):
    """Render a thematic map of ``layers`` (top first; clones are styled, the originals are not touched).

    ``zones``: optional polygon layer drawn as labelled outlines; with ``zone_name`` the map frames that
    zone. ``inspect``: called with the filled-in layout after the export (tests look at its items).
    """
    if not layers and zones is None:
        raise InputError("Give at least one layer (or a QGIS project) to put on the map.")
    if (extent is None or extent.isEmpty()) and zones is not None and zone_name:
        extent = zone_extent(zones, zone_field, zone_name, crs, QgsProject.instance().transformContext())
    project = QgsProject()
    layout = None
    try:
        clones = []
        for layer in layers:
            clone = layer.clone()
            prepare_for_map(clone, language)
            clones.append(clone)
        if zones is not None:
            zone_clone = zones.clone()
            style_zones(zone_clone, zone_field, language)
            clones.insert(0, zone_clone)
        project.addMapLayers(clones, False)
        layout = fill_layout(project, clones, template, crs, texts, language, extent, pdf_path, png_path, dpi)
        if inspect is not None:
            inspect(layout)
    finally:
        del layout  # the layout before the project and its layers (QGIS crashes on the reverse order)
        project.removeAllMapLayers()
