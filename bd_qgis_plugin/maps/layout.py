"""Print layouts of thematic maps: the templates in ``styles/*.qpt`` and filling them in for one map.

A template holds items with fixed ids that :func:`render_map` fills in: ``map`` (with a coordinate
grid), ``locator`` (inset with the main map's frame), ``title``, ``subtitle``, ``legend``,
``scalebar``, ``north``, ``credits`` (data source, CRS and credits), ``author``, ``date`` and
``map_number``. Users may edit a copy of a template in QGIS' layout designer and pass it as TEMPLATE,
as long as they keep those ids (missing items are skipped).
"""

import math
import os
import re

from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPalettedRasterRenderer,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsSimpleLegendNode,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF
from qgis.PyQt.QtXml import QDomDocument

from ..compat import renderer_band, set_null
from ..core.errors import InputError
from ..core.palettes import BENTHIC_CLASSES, HABITAT_CLASSES, pick_language
from ..paths import ICONS_DIR, STYLES_DIR

TEMPLATES_DIR = STYLES_DIR
NORTH_ARROW = os.path.join(ICONS_DIR, "north_arrow.svg")
PAPER = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}  # landscape width, height in mm
TEMPLATE_NAMES = ("map_a4_landscape", "map_a4_portrait", "map_a3_landscape", "map_a3_portrait")


def template_path(name):
    return os.path.join(TEMPLATES_DIR, name + ".qpt")


# -- templates ------------------------------------------------------------------------------------

def _boxes(width, height, landscape):
    """Item boxes (x, y, w, h in mm) for a page; all sizes scale with the page (A3 = A4 × √2)."""
    s = width / (297.0 if landscape else 210.0)
    m = 10 * s
    boxes = {"title": (m, m * 0.7, width - 2 * m - 40 * s, 11 * s),
             "subtitle": (m, m * 0.7 + 11 * s, width - 2 * m - 40 * s, 7 * s),
             "map_number": (width - m - 40 * s, m * 0.7, 40 * s, 8 * s)}
    top = m * 0.7 + 20 * s
    if landscape:
        panel = 72 * s
        map_w = width - 2 * m - panel - 5 * s
        x = m + map_w + 5 * s
        boxes.update({
            "map": (m, top, map_w, height - top - m),
            "locator": (x, top, panel, 48 * s),
            "legend": (x, top + 52 * s, panel, height - top - m - 52 * s - 62 * s),
            "north": (x, height - m - 60 * s, 12 * s, 18 * s),
            "scalebar": (x + 15 * s, height - m - 56 * s, panel - 15 * s, 12 * s),
            "credits": (x, height - m - 38 * s, panel, 24 * s),
            "author": (x, height - m - 13 * s, panel, 6 * s),
            "date": (x, height - m - 6 * s, panel, 6 * s)})
    else:
        map_h = height - top - m - 70 * s
        y = top + map_h + 4 * s
        half = (width - 2 * m - 5 * s) / 2
        boxes.update({
            "map": (m, top, width - 2 * m, map_h),
            "legend": (m, y, half, 66 * s),
            "locator": (m + half + 5 * s, y, half * 0.55, 36 * s),
            "north": (m + half + 5 * s + half * 0.6, y, 10 * s, 15 * s),
            "scalebar": (m + half + 5 * s + half * 0.6, y + 18 * s, half * 0.4, 12 * s),
            "credits": (m + half + 5 * s, y + 38 * s, half, 16 * s),
            "author": (m + half + 5 * s, y + 55 * s, half, 5 * s),
            "date": (m + half + 5 * s, y + 60 * s, half, 5 * s)})
    return boxes, s


def _place(item, box):
    x, y, w, h = box
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _label(layout, item_id, box, size, bold=False, align=Qt.AlignmentFlag.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setText(item_id)
    layout.addLayoutItem(label)
    _place(label, box)
    return label


def build_template(project, paper="A4", landscape=True):
    """A print layout with every item :func:`render_map` fills in."""
    width, height = PAPER[paper] if landscape else PAPER[paper][::-1]
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"bd {paper} {'landscape' if landscape else 'portrait'}")
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    boxes, s = _boxes(width, height, landscape)
    frame = QgsLayoutItemShape(layout)  # neat line around the page content
    frame.setId("neatline")
    frame.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    layout.addLayoutItem(frame)
    _place(frame, (5 * s, 5 * s, width - 10 * s, height - 10 * s))
    _label(layout, "title", boxes["title"], 20 * s, bold=True)
    _label(layout, "subtitle", boxes["subtitle"], 11 * s)
    _label(layout, "map_number", boxes["map_number"], 10 * s, align=Qt.AlignmentFlag.AlignRight)
    _label(layout, "credits", boxes["credits"], 6.5 * s)
    _label(layout, "author", boxes["author"], 7 * s)
    _label(layout, "date", boxes["date"], 7 * s)

    main_map = QgsLayoutItemMap(layout)
    main_map.setId("map")
    main_map.setFrameEnabled(True)
    layout.addLayoutItem(main_map)
    _place(main_map, boxes["map"])
    grid = QgsLayoutItemMapGrid("VN-2000 grid", main_map)
    grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Solid)
    grid.setGridLineColor(QColor(80, 80, 80, 120))
    grid.setGridLineWidth(0.15)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationPrecision(0)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.Decimal)
    annotation_font = QFont()
    annotation_font.setPointSizeF(6 * s)
    grid.setAnnotationFont(annotation_font)
    for side in (QgsLayoutItemMapGrid.BorderSide.Left, QgsLayoutItemMapGrid.BorderSide.Right):
        grid.setAnnotationDirection(QgsLayoutItemMapGrid.AnnotationDirection.Vertical, side)
    for side in (QgsLayoutItemMapGrid.BorderSide.Left, QgsLayoutItemMapGrid.BorderSide.Right,
                 QgsLayoutItemMapGrid.BorderSide.Top,
                 QgsLayoutItemMapGrid.BorderSide.Bottom):
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.InsideMapFrame, side)
    grid.setFrameStyle(QgsLayoutItemMapGrid.FrameStyle.InteriorTicks)
    grid.setIntervalX(1000)
    grid.setIntervalY(1000)
    main_map.grids().addGrid(grid)

    locator = QgsLayoutItemMap(layout)
    locator.setId("locator")
    locator.setFrameEnabled(True)
    layout.addLayoutItem(locator)
    _place(locator, boxes["locator"])

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setResizeToContents(False)
    legend.setFrameEnabled(False)
    for style, size in LEGEND_FONT_SIZES:
        font = QFont()
        font.setPointSizeF(size * s)
        font.setBold(style != QgsLegendStyle.Style.SymbolLabel)
        legend.rstyle(style).setFont(font)
    legend.setSymbolWidth(LEGEND_SYMBOL_SIZE[0] * s)
    legend.setSymbolHeight(LEGEND_SYMBOL_SIZE[1] * s)
    layout.addLayoutItem(legend)
    _place(legend, boxes["legend"])

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    bar_font = QFont()
    bar_font.setPointSizeF(7 * s)
    scalebar.setFont(bar_font)
    scalebar.setHeight(2 * s)
    layout.addLayoutItem(scalebar)
    _place(scalebar, boxes["scalebar"])

    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath(qgis_north_arrow())  # QGIS' own arrow: stored by name, portable
    layout.addLayoutItem(north)
    _place(north, boxes["north"])
    return layout


def qgis_north_arrow():
    """QGIS' north arrow SVG (saved in templates as "arrows/NorthArrow_02.svg"), else the plugin's."""
    for folder in QgsApplication.svgPaths():
        path = os.path.join(folder, "arrows", "NorthArrow_02.svg")
        if os.path.exists(path):
            return path
    return NORTH_ARROW


def write_templates(directory=None):
    """Write the four templates (A4/A3, landscape/portrait) to ``directory``; return their paths."""
    directory = directory or TEMPLATES_DIR
    project = QgsProject()
    paths = []
    for name in TEMPLATE_NAMES:
        _, paper, orientation = name.split("_")
        layout = build_template(project, paper.upper(), orientation == "landscape")
        path = os.path.join(directory, name + ".qpt")
        if not layout.saveAsTemplate(path, QgsReadWriteContext()):
            raise InputError("The print template '{path}' could not be written. Check that its folder exists and "
                             "can be written.", path=path)
        paths.append(path)
    return paths


# -- filling in a map -----------------------------------------------------------------------------

def nice_interval(span, target_lines=5):
    """A round grid interval (1, 2 or 5 × 10^n map units) giving about ``target_lines`` lines over ``span``."""
    raw = max(span, 1e-9) / target_lines
    power = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 5, 10):
        if step * power >= raw:
            return step * power
    return 10 * power


def present_codes(layer, codes):
    """The class codes among ``codes`` that occur in the raster (exact GDAL histogram: a rare class counts)."""
    dataset = gdal.Open(layer.source())
    if dataset is None:
        return set(codes)
    band = dataset.GetRasterBand(1)
    low, high = int(min(codes)), int(max(codes))
    if high - low > 100000:
        return set(codes)
    counts = band.GetHistogram(low - 0.5, high + 0.5, high - low + 1, 0, 0)
    nodata = band.GetNoDataValue()
    return {low + i for i, n in enumerate(counts) if n and (nodata is None or low + i != nodata)}


def keep_present_classes(layer):
    """Keep only the classes present in a paletted raster, so the legend lists what the map shows."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsPalettedRasterRenderer) or not renderer.classes():
        return
    present = present_codes(layer, [int(c.value) for c in renderer.classes()])
    classes = [c for c in renderer.classes() if int(c.value) in present]
    if classes and len(classes) < len(renderer.classes()):
        new = QgsPalettedRasterRenderer(layer.dataProvider(), renderer_band(renderer), classes)
        new.setOpacity(renderer.opacity())
        layer.setRenderer(new)


def translate_class_label(label, language):
    """A class label that is exactly a palette class name in the other language ("1 Water") in ``language``."""
    code, _, name = label.partition(" ")
    if not code.isdigit():
        code, name = "", label
    for palette_class in HABITAT_CLASSES + BENTHIC_CLASSES:
        if name.strip().lower() in (palette_class.name_en.lower(), palette_class.name_vi.lower()):
            translated = palette_class.name_vi if language == "vi" else palette_class.name_en
            return f"{code} {translated}".strip()
    return label


_BILINGUAL_PART = re.compile(r"\(([^()]*?) / ([^()]*?)\)")


def map_label(label, language):
    """A label in ``language``: the chosen half of "Vietnamese / English", also where only a part in
    parentheses is bilingual ("CWD:Euclid ≤ 2 (dễ đi / easy)" → "CWD:Euclid ≤ 2 (easy)")."""
    if _BILINGUAL_PART.search(label):
        return _BILINGUAL_PART.sub(lambda m: f"({m.group(1) if language == 'vi' else m.group(2)})", label)
    return pick_language(label, language)


def relabel(layer, language, translate_names=True):
    """Show the chosen language's part of "Vietnamese / English" class labels in the layer's renderer; with
    ``translate_names``, class names of the built-in palettes are also given in ``language`` ("2 Rừng" → "2 Forest")."""
    renderer = layer.renderer()
    if renderer is None:
        return
    if isinstance(renderer, QgsPalettedRasterRenderer):
        classes = renderer.classes()
        for item in classes:
            item.label = map_label(item.label, language)
            if translate_names:
                item.label = translate_class_label(item.label, language)
        new = QgsPalettedRasterRenderer(layer.dataProvider(), renderer_band(renderer), classes)
        new.setOpacity(renderer.opacity())
        layer.setRenderer(new)
        return
    if hasattr(renderer, "rootRule"):
        stack = list(renderer.rootRule().children())
        while stack:
            rule = stack.pop()
            rule.setLabel(map_label(rule.label(), language))
            stack.extend(rule.children())
    elif hasattr(renderer, "ranges"):
        for i, item in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, map_label(item.label(), language))
    elif hasattr(renderer, "categories"):
        for i, item in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, map_label(item.label(), language))
    elif hasattr(renderer, "shader"):
        ramp = renderer.shader().rasterShaderFunction()
        items = ramp.colorRampItemList()
        for item in items:
            item.label = map_label(item.label, language)
        ramp.setColorRampItemList(items)


def load_template(project, path):
    """The print layout of the template file ``path`` (.qpt); a file that is not one is refused by name."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError as exc:
        raise InputError("The print template '{path}' does not exist. Choose a .qpt layout template.",
                         path=path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("The print template '{path}' could not be read ({error}). Choose a .qpt layout template "
                         "saved from QGIS.", path=path, error=getattr(exc, "strerror", None) or str(exc)) from exc
    document = QDomDocument()
    if document.setContent(text)[0] and document.documentElement().tagName() == "Layout":
        layout = QgsPrintLayout(project)
        _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
        if ok:
            return layout
        del layout  # not kept alive by the error's traceback after its project (QGIS crashes on that order)
    raise InputError("The file '{path}' is not a QGIS print layout template (.qpt). Save one from QGIS' layout "
                     "designer (Layout ▸ Save as Template…), starting from a template of the plugin.", path=path)


#: The locator inset shows this many times the main map's extent around it.
LOCATOR_ZOOM_OUT = 12.0
#: Name of the locator's background layer in a project that keeps the layout (a map's language).
LOCATOR_BACKGROUND = {"vi": "Nền bản đồ vị trí", "en": "Locator background"}


def world_context_layer(project):
    """QGIS' own Natural Earth world map (provinces/states and countries, shipped with every QGIS install in
    ``resources/data/world_map.gpkg``) as a grey background for the locator inset, added to ``project``;
    None when this QGIS has no world map."""
    path = os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")
    if not os.path.exists(path):
        return None
    layer = QgsVectorLayer(f"{path}|layername=states_provinces", "context", "ogr")
    if not layer.isValid():
        return None
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#ececec", "outline_color": "#9e9e9e", "outline_width": "0.15"})))
    project.addMapLayer(layer, False)
    return layer


def layers_extent(layers, crs, project):
    extent = QgsRectangle()
    set_null(extent)
    for layer in layers:
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    return extent


def _fit(map_item, extent):
    """Show ``extent`` whole in a map item without resizing the item (setExtent alone resizes it)."""
    rect = map_item.rect()
    aspect = rect.width() / rect.height()
    width, height = extent.width(), extent.height()
    if width / max(height, 1e-12) < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = extent.center()
    map_item.setExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                                    centre.x() + width / 2, centre.y() + height / 2))


def _nice_floor(value):
    """The largest 1, 2 or 5 × 10^n not above ``value``."""
    power = 10 ** math.floor(math.log10(value))
    return max(step * power for step in (1, 2, 5) if step * power <= value + 1e-12)


#: Font sizes (pt at A4) of the legend's title, layer names, sub-groups and class labels in the templates.
LEGEND_FONT_SIZES = ((QgsLegendStyle.Style.Title, 11), (QgsLegendStyle.Style.Group, 9),
                     (QgsLegendStyle.Style.Subgroup, 8.5), (QgsLegendStyle.Style.SymbolLabel, 7.5))
LEGEND_SYMBOL_SIZE = (6.0, 3.5)  # width, height in mm at A4
#: Steps the legend is shrunk by until it fits its frame (1 = the template's sizes), then split in columns.
LEGEND_SCALES = (1.0, 0.9, 0.8, 0.72, 0.69, 0.667)  # class labels stay >= 5 pt (A4); then the map takes room
#: The main map gives the legend room in these steps (mm at A4) while it keeps this share of the page's side.
LEGEND_ROOM_STEP = 12.0
LEGEND_MARGIN = 1.0  # mm kept free inside the frame
MAP_MIN_SHARE = 0.45
LEGEND_COLUMNS = (1, 2, 3, 4)
LEGEND_MIN_COLUMN = 32.0  # mm at A4: a narrower column wraps class names over too many lines
#: Space (mm at A4) above each class and above each layer's name, scaled with the fonts.
LEGEND_SPACES = ((QgsLegendStyle.Style.Symbol, 1.8), (QgsLegendStyle.Style.SymbolLabel, 1.8),
                 (QgsLegendStyle.Style.Subgroup, 3.0))
PT_MM = 25.4 / 72.0


def _legend_labels(legend, layers):
    """[(layer tree node, title, [(original index, label)])] of the legend, without the "Band 1" captions of
    rasters; the captions are hidden by a node order."""
    model = legend.model()
    entries = []
    for layer in layers:
        node = model.rootGroup().findLayer(layer.id())
        if node is None or layer.legend() is None:
            continue
        originals = layer.legend().createLayerTreeModelLegendNodes(node)  # all nodes, in the original order
        keep = [(i, str(item.data(Qt.ItemDataRole.DisplayRole) or "")) for i, item in enumerate(originals)
                if not (isinstance(item, QgsSimpleLegendNode) and isinstance(layer, QgsRasterLayer))]
        if len(keep) != len(originals):
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, [i for i, _ in keep])
        entries.append((node, layer.name(), keep))
    return entries


def _text_width_mm(text, font):
    """Width of ``text`` in ``font`` (point size) in mm, independent of the screen's resolution."""
    big = QFont(font)
    big.setPixelSize(1000)
    return QFontMetricsF(big).horizontalAdvance(text) / 1000.0 * font.pointSizeF() * PT_MM


def wrap_label(text, font, width_mm):
    """``text`` broken at spaces into lines no wider than ``width_mm`` (a word longer than that stays whole)."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and _text_width_mm(candidate, font) > width_mm:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return "\n".join(lines)


def legend_needed_size(legend):
    """The size (mm) the legend's contents need with its current settings, as the legend renderer lays them
    out (``adjustBoxSize`` does nothing before the item is first painted)."""
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    context.setRendererScale(legend.linkedMap().scale() if legend.linkedMap() else 1.0)
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    return size.width(), size.height()


def _apply_legend_step(legend, entries, page_scale, scale, columns, frame_width):
    """Fonts and symbols at ``scale`` of the template's, ``columns`` columns, labels wrapped to a column."""
    for style, size in LEGEND_FONT_SIZES:
        font = QFont(legend.rstyle(style).font())
        font.setPointSizeF(size * page_scale * scale)
        legend.rstyle(style).setFont(font)
    for style, space in LEGEND_SPACES:
        legend.rstyle(style).setMargin(QgsLegendStyle.Side.Top, space * page_scale * scale)
    legend.setSymbolWidth(LEGEND_SYMBOL_SIZE[0] * page_scale * scale)
    legend.setSymbolHeight(LEGEND_SYMBOL_SIZE[1] * page_scale * scale)
    legend.setColumnCount(columns)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    column = (frame_width - 2 * legend.boxSpace() - (columns - 1) * legend.columnSpace()) / columns
    label_style = legend.rstyle(QgsLegendStyle.Style.SymbolLabel)
    label_width = column - legend.symbolWidth() - label_style.margin(QgsLegendStyle.Side.Left) - 1.0
    title_font = legend.rstyle(QgsLegendStyle.Style.Subgroup).font()
    label_font = label_style.font()
    for node, title, labels in entries:
        node.setCustomProperty("legend/title-label", wrap_label(title, title_font, column - 1.0))
        for index, label in labels:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, wrap_label(label, label_font, label_width))
        legend.model().refreshLayerLegend(node)
    legend.setTitle(wrap_label(legend.title(), legend.rstyle(QgsLegendStyle.Style.Title).font(), column))
    legend.updateLegend()


def _fit_in_frame(legend, entries, page_scale):
    """The first (scale, columns) step whose legend fits the frame, applied; None when none does."""
    frame = legend.sizeWithUnits()
    for scale in LEGEND_SCALES:
        for columns in LEGEND_COLUMNS:
            if columns > 1 and frame.width() / columns < LEGEND_MIN_COLUMN * page_scale:
                break
            _apply_legend_step(legend, entries, page_scale, scale, columns, frame.width())
            width, height = legend_needed_size(legend)
            # a margin: the measured size and the painted ink differ by a fraction of a millimetre
            if width <= frame.width() - LEGEND_MARGIN and height <= frame.height() - LEGEND_MARGIN:
                return scale, columns
    return None


def _give_legend_room(layout, legend, main_map, step):
    """Take ``step`` mm from the main map for the legend: in landscape the side panel moves left and the
    legend widens; in portrait the band under the map moves up and the legend grows taller. False when the
    map would become smaller than MAP_MIN_SHARE of the page."""
    page = layout.pageCollection().page(0).pageSize()
    landscape = page.width() > page.height()
    legend_pos, map_size = legend.positionWithUnits(), main_map.sizeWithUnits()
    map_top = main_map.positionWithUnits().y()
    if (map_size.width() - step < MAP_MIN_SHARE * page.width() if landscape
            else map_size.height() - step < MAP_MIN_SHARE * page.height()):
        return False
    for item in layout.items():
        if not isinstance(item, QgsLayoutItem) or item is main_map or item.id() in ("neatline", ""):
            continue
        position = item.positionWithUnits()
        if landscape and position.x() >= legend_pos.x() - 0.1 and position.y() >= map_top - 0.1:
            item.attemptMove(QgsLayoutPoint(position.x() - step, position.y(), position.units()))
        elif not landscape and position.y() >= legend_pos.y() - 0.1:
            item.attemptMove(QgsLayoutPoint(position.x(), position.y() - step, position.units()))
    size = legend.sizeWithUnits()
    if landscape:
        main_map.attemptResize(QgsLayoutSize(map_size.width() - step, map_size.height(), map_size.units()))
        legend.attemptResize(QgsLayoutSize(size.width() + step, size.height(), size.units()))
    else:
        main_map.attemptResize(QgsLayoutSize(map_size.width(), map_size.height() - step, map_size.units()))
        legend.attemptResize(QgsLayoutSize(size.width(), size.height() + step, size.units()))
    return True


def fit_legend(layout, legend, layers, page_scale=1.0):
    """Fit the legend inside its frame, whatever the number of layers and classes, and never clip it: the
    template's fonts first, in one to three columns with long labels wrapped at spaces, then smaller fonts and
    symbols down to a legible floor; when even that does not fit, the main map gives the legend room (then
    fonts shrink further as a last resort). Returns (scale, columns)."""
    entries = _legend_labels(legend, layers)
    legend.updateLegend()
    main_map = legend.linkedMap()
    while True:
        fitted = _fit_in_frame(legend, entries, page_scale)
        if fitted:
            return fitted
        if main_map is None or not _give_legend_room(layout, legend, main_map, LEGEND_ROOM_STEP * page_scale):
            break
    frame = legend.sizeWithUnits()
    scale = LEGEND_SCALES[-1]
    columns = max(1, min(LEGEND_COLUMNS[-1], int(frame.width() / (LEGEND_MIN_COLUMN * page_scale))))
    while scale > 0.1:  # a legend of hundreds of classes: small print, but whole
        scale *= 0.9
        _apply_legend_step(legend, entries, page_scale, scale, columns, frame.width())
        width, height = legend_needed_size(legend)
        if width <= frame.width() + 1e-6 and height <= frame.height() + 1e-6:
            break
    return scale, columns


#: A title or subtitle longer than its box is printed smaller, down to this share of the template's size.
LINE_MIN_SCALE = 0.55


def fit_line(label):
    """Shrink a one-line label's font until its text fits the box's width (a long title is not cut)."""
    font = QFont(label.font())
    width = label.sizeWithUnits().width() - 2 * label.marginX() - 1.0
    needed = 1.15 * _text_width_mm(label.text(), font)  # labels lay text out wider than the metrics say
    if needed > width > 0:
        font.setPointSizeF(font.pointSizeF() * max(LINE_MIN_SCALE, width / needed))
        label.setFont(font)


def hide_corner_annotations(grid, map_item):
    """Leave out the grid labels so near a corner of the map that they would run into the labels of the other
    axis ("1200000" written over "500500"): a label is kept when half its length and a text height clear the
    edge. Only a plain decimal grid (the templates') is changed; an own expression is kept."""
    if grid.annotationFormat() != QgsLayoutItemMapGrid.AnnotationFormat.Decimal:
        return
    shown, rect = map_item.extent(), map_item.rect()
    font = grid.annotationFont()
    digits = max(len(str(int(abs(v)))) for v in (shown.xMinimum(), shown.xMaximum(), shown.yMinimum(),
                                                  shown.yMaximum()))
    length = _text_width_mm("8" * digits, font)
    clear = length / 2 + font.pointSizeF() * PT_MM * 1.5 + grid.annotationFrameDistance()
    mx = clear * shown.width() / rect.width()
    my = clear * shown.height() / rect.height()
    text_format = QgsTextFormat.fromQFont(font)  # a white halo: readable on dark rasters too
    text_format.setColor(grid.annotationFontColor())
    text_format.buffer().setEnabled(True)
    text_format.buffer().setSize(0.6)
    text_format.buffer().setColor(QColor(255, 255, 255, 220))
    grid.setAnnotationTextFormat(text_format)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.CustomFormat)
    grid.setAnnotationExpression(
        f"CASE WHEN @grid_axis = 'x' AND (@grid_number < {shown.xMinimum() + mx!r} "
        f"OR @grid_number > {shown.xMaximum() - mx!r}) THEN '' "
        f"WHEN @grid_axis = 'y' AND (@grid_number < {shown.yMinimum() + my!r} "
        f"OR @grid_number > {shown.yMaximum() - my!r}) THEN '' "
        f"ELSE to_string(round(@grid_number)) END")


def render_map(project, layers, template, crs, extent, texts, language, pdf_path=None, png_path=None, dpi=150,
               locator_layers=None, legend_title=None):
    """Fill a template with ``layers`` (top first, already in ``project``) and export PDF and/or PNG.

    ``texts``: title, subtitle, credits, author, date, map_number. Returns the layout.
    """
    layout = load_template(project, template)
    main_map = layout.itemById("map")
    if not isinstance(main_map, QgsLayoutItemMap):
        del layout, main_map  # as in load_template: the layout must not outlive its project
        raise InputError("The print template '{path}' has no map item with the id 'map'. Keep the item ids of the "
                         "plugin's templates (map, locator, legend, title…) when editing a copy.", path=template)
    main_map.setCrs(crs)
    main_map.setLayers(layers)
    main_map.setKeepLayerSet(True)
    _fit(main_map, extent)  # a first scale for the legend
    legend = layout.itemById("legend")
    if legend is not None:
        legend.setLinkedMap(main_map)
        legend.setLegendFilterByMapEnabled(True)  # vector classes not on the map are left out
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in layers:
            root.addLayer(layer)
        legend.setTitle(legend_title or ("Chú giải" if language == "vi" else "Legend"))
        page = layout.pageCollection().page(0).pageSize()
        fit_legend(layout, legend, layers, min(page.width(), page.height()) / 210.0)
    _fit(main_map, extent)  # the map may have given the legend room
    grids = main_map.grids().asList()
    if grids:
        grid = grids[0]
        grid.setCrs(crs)
        shown = main_map.extent()
        interval = nice_interval(max(shown.width(), shown.height()))
        grid.setIntervalX(interval)
        grid.setIntervalY(interval)
        hide_corner_annotations(grid, main_map)
    locator = layout.itemById("locator")
    if locator is not None:
        context_layers = list(locator_layers or layers[-1:])
        whole = layers_extent(context_layers, crs, project)
        whole.combineExtentWith(main_map.extent())
        background = world_context_layer(project)
        if background is not None:  # provinces and countries around the map: where in the country it is
            background.setName(LOCATOR_BACKGROUND.get(language, LOCATOR_BACKGROUND["en"]))
            context_layers.append(background)
            whole.scale(LOCATOR_ZOOM_OUT)
        else:
            whole = whole.buffered(0.1 * max(whole.width(), whole.height()))
        locator.setCrs(crs)
        locator.setLayers(context_layers)
        locator.setKeepLayerSet(True)
        _fit(locator, whole)
        overview = locator.overview()
        overview.setLinkedMap(main_map)
        overview.setFrameSymbol(QgsFillSymbol.createSimple({"color": "255,0,0,40", "outline_color": "#e31a1c",
                                                            "outline_width": "0.6"}))
        overview.setEnabled(True)
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        scalebar.setLinkedMap(main_map)
        if crs.isGeographic():
            factor = 111.32 * math.cos(math.radians(main_map.extent().center().y()))  # km per degree of longitude
        else:
            factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceUnit.DistanceKilometers)
        width_km = main_map.extent().width() * factor
        km_per_mm = width_km / main_map.rect().width()
        scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
        bar_mm = min(0.3 * main_map.rect().width(), 55.0 * layout.pageCollection().page(0).rect().width() / 297.0)
        scalebar.setUnitsPerSegment(_nice_floor(bar_mm * km_per_mm / 2))
        scalebar.update()
    north = layout.itemById("north")
    if north is not None:
        north.setPicturePath(NORTH_ARROW)
        north.setLinkedMap(main_map)
    for key in ("title", "subtitle", "credits", "author", "date", "map_number"):
        item = layout.itemById(key)
        if item is not None:
            item.setText(texts.get(key, ""))
            if key in ("title", "subtitle"):
                fit_line(item)
    for path in (pdf_path, png_path):
        if path:
            export_layout(layout, path, dpi)
    return layout


def export_layout(layout, path, dpi=None):
    """Export a print layout to ``path``, as PDF (searchable text) or PNG by its extension; ``dpi`` None: the
    layout's own resolution. Raises InputError when the file cannot be written."""
    exporter = QgsLayoutExporter(layout)
    if path.lower().endswith(".pdf"):
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # searchable, selectable text
    else:
        settings = QgsLayoutExporter.ImageExportSettings()
    if dpi:
        settings.dpi = dpi
    export = exporter.exportToPdf if path.lower().endswith(".pdf") else exporter.exportToImage
    _export(export(path, settings), exporter, path)


def _export(result, exporter, path):
    if result != QgsLayoutExporter.ExportResult.Success:
        # QgsLayoutExporter.errorMessage() only exists from QGIS 3.24 on
        error = getattr(exporter, "errorMessage", lambda: "")() or _EXPORT_ERRORS.get(result, str(result))
        raise InputError("The map could not be written to '{path}' ({error}). Check that its folder exists and can "
                         "be written.", path=path, error=error)


_EXPORT_ERRORS = {QgsLayoutExporter.ExportResult.FileError: "file error",
                  QgsLayoutExporter.ExportResult.MemoryError: "not enough memory",
                  QgsLayoutExporter.ExportResult.PrintError: "print error",
                  QgsLayoutExporter.ExportResult.SvgLayerError: "SVG error",
                  QgsLayoutExporter.ExportResult.Canceled: "cancelled"}

