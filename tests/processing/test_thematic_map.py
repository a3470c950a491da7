"""bd:thematicmap: a map rendered from a small class raster and zones, read back from the PDF and PNG."""

import re
import subprocess

import numpy as np
import pytest
from helpers import write_raster
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRasterLayer, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from bd_qgis_plugin.compat import field_type

X0, Y0 = 500000.0, 1200000.0  # UTM 48N, in Vietnam (about 108.0°E, 10.85°N)


def _habitat_map(tmp_path):
    data = np.full((60, 80), 1, dtype="uint8")  # water
    data[:, 30:] = 3  # forest
    data[20:40, 30:50] = 7  # mangrove
    path = write_raster(tmp_path / "habitat_map.tif", data, origin=(X0, Y0), pixel=30.0, nodata=0)
    from bd_qgis_plugin.maps.styles import style_path

    with open(style_path("habitat_classes"), encoding="utf-8") as src:  # as bd:habitatclassification leaves it
        (tmp_path / "habitat_map.qml").write_text(src.read(), encoding="utf-8")
    return path


def _zones(categories=False):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "zones", "memory")
    layer.dataProvider().addAttributes([QgsField("name", field_type("String"))]
                                       + ([QgsField("category", field_type("String"))] if categories else []))
    layer.updateFields()
    features = []
    for name, (x0, y0, x1, y1) in (("Khu bảo tồn A", (X0 + 300, Y0 - 1500, X0 + 1200, Y0 - 300)),
                                    ("Khu B", (X0 + 1500, Y0 - 1700, X0 + 2300, Y0 - 900))):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1)))
        feature["name"] = name
        if categories:
            feature["category"] = {"Khu bảo tồn A": "Vườn quốc gia", "Khu B": "marine protected area"}[name]
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _pdf_page_png(path, out_prefix):
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(out_prefix)], check=True)
    return QImage(f"{out_prefix}-1.png")


def _run(bd_plugin, tmp_path, categories=False, **extra):
    import processing

    raster = QgsRasterLayer(_habitat_map(tmp_path), "Habitat map")
    assert raster.isValid()
    params = {"LAYERS": [raster], "TITLE": "Bản đồ hiện trạng sinh cảnh", "AUTHOR": "Nguyễn Văn A",
              "MAP_NUMBER": "01", "ZONES": _zones(categories), "ZONE_FIELD": "name", "LANGUAGE": 0, "DPI": 60,
              "OUTPUT_PDF": str(tmp_path / "map.pdf"), "OUTPUT_PNG": str(tmp_path / "map.png")}
    params.update(extra)
    return processing.run("bd:thematicmap", params)


def test_vietnamese_map_with_legend_grid_and_province_crs(bd_plugin, tmp_path):
    result = _run(bd_plugin, tmp_path, PROVINCE=_province_index("Khánh Hòa"))
    text = _pdf_text(result["OUTPUT_PDF"])
    assert "Bản đồ hiện trạng sinh cảnh" in text
    assert "Chú giải" in text
    # classes present in the raster, in Vietnamese; absent classes (e.g. cropland) are not listed
    for entry in ("Mặt nước", "Rừng", "Rừng ngập mặn", "Ranh giới khu bảo tồn"):
        assert entry in text
    assert "Đất nông nghiệp" not in text and "Forest" not in text
    assert "Người lập: Nguyễn Văn A" in text and "Số hiệu bản đồ 01" in text
    assert "TM-3" in text  # subtitle / credits name the province's VN-2000 TM-3 CRS
    assert "Khu bảo tồn A" in text  # zone label
    # grid labels: six-digit eastings of the TM-3 zone (central meridian 108°15′, near 500 000 m here)
    assert any(token.isdigit() and len(token) == 6 and token.endswith("00") for token in text.split())
    image = _pdf_page_png(result["OUTPUT_PDF"], tmp_path / "page")
    assert image.width() > image.height()  # A4 landscape
    png = QImage(result["OUTPUT_PNG"])
    assert png.width() == pytest.approx(297 / 25.4 * 60, abs=2)
    colours = {png.pixelColor(x, y).name() for x in range(0, png.width(), 3) for y in range(0, png.height(), 3)}
    assert {"#2c7fb8", "#00441b", "#1b7837"} <= colours  # water, forest, mangrove drawn in the palette


def test_class_names_of_a_classification_style_follow_the_map_language(qgis_app):
    from bd_qgis_plugin.maps.layout import translate_class_label

    assert translate_class_label("1 Water", "vi") == "1 Mặt nước"
    assert translate_class_label("Rừng ngập mặn", "en") == "Mangrove"
    assert translate_class_label("Rừng trồng keo", "en") == "Rừng trồng keo"  # not a palette name: kept


def _province_index(name):
    from bd_qgis_plugin.processing_algorithms.maps.thematic_map import province_choices

    return 1 + [p.name_vi for p in province_choices()].index(name)


def test_the_province_list_is_in_vietnamese_order(bd_plugin):
    from qgis.core import QgsApplication

    options = QgsApplication.processingRegistry().algorithmById("bd:thematicmap").parameterDefinition(
        "PROVINCE").options()
    names = [option.split(" — ")[0] for option in options[1:]]
    current = names[:34]  # the provinces in force first, then the former ones (marked *)
    assert current.index("Cần Thơ") < current.index("Đà Nẵng") < current.index("Đắk Lắk") < \
        current.index("Điện Biên") < current.index("Đồng Nai") < current.index("Gia Lai") < current.index("Vĩnh Long")
    assert current.index("Hà Nội") < current.index("Hải Phòng") < current.index("TP. Hồ Chí Minh") < \
        current.index("Huế")  # a city under its name
    former = names[34:]
    assert former.index("Đắk Nông") < former.index("Hà Giang")
    assert all(n.endswith("*") for n in options[35:])


def test_english_a3_portrait_framing_one_reserve(bd_plugin, tmp_path):
    result = _run(bd_plugin, tmp_path, categories=True, LANGUAGE=1, TEMPLATE=3, ZONE_NAME="Khu B",
                  TITLE="Habitat map of reserve B")
    text = _pdf_text(result["OUTPUT_PDF"])
    assert "Habitat map of reserve B" in text and "Legend" in text and "Mangrove" in text
    # reserves with a category field are drawn by protected-area category, named in English
    assert "Marine protected area" in text and "Vườn quốc gia" not in text
    assert "Nature reserve" not in text  # categories absent from the map are not in the legend
    assert "Chú giải" not in text
    image = _pdf_page_png(result["OUTPUT_PDF"], tmp_path / "page")
    assert image.height() / image.width() == pytest.approx(420 / 297, rel=0.02)


def test_unknown_reserve_is_refused_with_the_names(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext

    from bd_qgis_plugin.core.errors import InputError
    from bd_qgis_plugin.maps.thematic import zone_extent

    zones = _zones()
    with pytest.raises(InputError, match="Khu B, Khu bảo tồn A"):
        zone_extent(zones, "name", "Nowhere", zones.crs(), QgsCoordinateTransformContext())
    framed = zone_extent(zones, "name", "Khu B", QgsCoordinateReferenceSystem("EPSG:32648"),
                         QgsCoordinateTransformContext())
    assert framed.xMinimum() == pytest.approx(X0 + 1500 - 40) and framed.xMaximum() == pytest.approx(X0 + 2300 + 40)


@pytest.mark.parametrize("name,size", [("map_a4_landscape", (297, 210)), ("map_a4_portrait", (210, 297)),
                                       ("map_a3_landscape", (420, 297)), ("map_a3_portrait", (297, 420))])
def test_templates_hold_every_item_inside_the_page(qgis_app, name, size):
    from qgis.core import QgsProject

    from bd_qgis_plugin.maps.layout import load_template, template_path

    project = QgsProject()
    layout = load_template(project, template_path(name))
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == size
    for item_id in ("map", "locator", "legend", "scalebar", "north", "title", "subtitle", "credits", "author",
                    "date", "map_number"):
        item = layout.itemById(item_id)
        assert item is not None, item_id
        position, extent = item.positionWithUnits(), item.sizeWithUnits()
        assert 0 <= position.x() and position.x() + extent.width() <= size[0] + 0.01, item_id
        assert 0 <= position.y() and position.y() + extent.height() <= size[1] + 0.01, item_id
    assert layout.itemById("map").grids().size() == 1
    del layout


def test_map_from_a_qgis_project(bd_plugin, tmp_path):
    import processing
    from qgis.core import QgsProject

    project = QgsProject()
    project.addMapLayer(QgsRasterLayer(_habitat_map(tmp_path), "Sinh cảnh"))
    project.write(str(tmp_path / "maps.qgz"))
    project.removeAllMapLayers()
    result = processing.run("bd:thematicmap", {"PROJECT": str(tmp_path / "maps.qgz"), "TITLE": "Từ dự án",
                                               "TEMPLATE": 1, "LANGUAGE": 0, "DPI": 50,
                                               "OUTPUT_PDF": str(tmp_path / "p.pdf")})
    text = _pdf_text(result["OUTPUT_PDF"])
    assert "Từ dự án" in text and "Sinh cảnh" in text and "Rừng ngập mặn" in text


def test_legend_keeps_a_class_of_one_pixel(qgis_app, tmp_path):
    from bd_qgis_plugin.maps.layout import present_codes

    data = np.ones((300, 300), dtype="uint8")
    data[151, 77] = 9  # one wetland pixel in 90 000
    data[0, 0] = 0  # nodata
    layer = QgsRasterLayer(write_raster(tmp_path / "rare.tif", data, nodata=0), "rare")
    assert present_codes(layer, list(range(0, 10))) == {1, 9}


# -- errors reach the user as Processing errors that name the problem, not as tracebacks ------------------------
# A failed run stays referenced by the bindings until exit, with the stack it was called from: these tests give the
# layer by its path (a layer object made here would be destroyed after QGIS at exit, and crash it).

def _run_with_paths(tmp_path, **extra):
    import processing

    params = {"LAYERS": [_habitat_map(tmp_path)], "TITLE": "Bản đồ", "DPI": 60,
              "OUTPUT_PDF": str(tmp_path / "map.pdf"), "OUTPUT_PNG": str(tmp_path / "map.png")}
    params.update(extra)
    return processing.run("bd:thematicmap", params)


def _not_a_layout(tmp_path):
    path = tmp_path / "notes.qpt"
    path.write_text("a text file, not a layout", encoding="utf-8")
    return str(path)


def _not_utf8(tmp_path):
    path = tmp_path / "binary.qpt"
    path.write_bytes(b"\xff\xd8\xff\xe0 a JPEG renamed")
    return str(path)


def _layout_without_map(tmp_path):
    path = tmp_path / "empty.qpt"
    path.write_text('<Layout name="empty" units="mm"/>', encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("template,message", [
    (lambda tmp_path: str(tmp_path / "missing.qpt"), r"The template '.*missing\.qpt' does not exist"),
    (_not_utf8, r"The print template '.*binary\.qpt' could not be read"),
    (_not_a_layout, r"'.*notes\.qpt' is not a QGIS print layout template"),
    (_layout_without_map, r"'.*empty\.qpt' has no map item with the id 'map'"),
], ids=["missing", "not-text", "not-a-layout", "no-map-item"])
def test_an_own_template_that_cannot_be_used_is_named(bd_plugin, tmp_path, template, message):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        _run_with_paths(tmp_path, TEMPLATE_FILE=template(tmp_path))
    assert not (tmp_path / "map.pdf").exists()


@pytest.mark.parametrize("output", ["OUTPUT_PDF", "OUTPUT_PNG"])
def test_a_map_file_that_cannot_be_written_is_named(bd_plugin, tmp_path, output):
    from qgis.core import QgsProcessingException

    (tmp_path / "a_file").write_text("not a folder", encoding="utf-8")
    name = "map.pdf" if output == "OUTPUT_PDF" else "map.png"
    # refused before any work (BdAlgorithm.check_outputs): its folder is a file
    with pytest.raises(QgsProcessingException, match=r"The folder '.*a_file' of the output .* does not exist"):
        _run_with_paths(tmp_path, **{output: str(tmp_path / "a_file" / name)})
    # a folder where the map should go passes that check and fails when exported: named there too
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / name).mkdir()
    with pytest.raises(QgsProcessingException, match=r"The map could not be written to '.*sub.map.*'.*can be written"):
        _run_with_paths(tmp_path, **{output: str(tmp_path / "sub" / name)})


# -- a legend with many layers and classes stays inside its frame ------------------------------------------------

LONG_CLASS_NAMES = (
    "Rừng kín thường xanh mưa ẩm nhiệt đới núi thấp", "Rừng kín nửa rụng lá hơi ẩm nhiệt đới",
    "Rừng thưa cây họ dầu (rừng khộp) trên đất bằng", "Rừng hỗn giao gỗ và tre nứa trên núi đá vôi",
    "Rừng tre nứa thuần loài trên sườn núi", "Rừng trồng keo lai và bạch đàn dưới năm năm tuổi",
    "Rừng ngập mặn ven biển và cửa sông", "Rừng tràm trên đất than bùn ngập nước theo mùa",
    "Trảng cỏ, cây bụi và cây gỗ rải rác", "Đất nương rẫy và đất trống sau khai thác",
    "Đất trồng lúa nước hai vụ trở lên", "Đất trồng cây lâu năm (cà phê, cao su, điều)",
    "Đất trồng cây hằng năm khác và hoa màu", "Khu dân cư nông thôn và đô thị",
    "Mặt nước sông, suối, hồ chứa và ao hồ tự nhiên", "Đầm lầy và bãi bồi ven sông ngập nước",
    "Bãi cát, cồn cát và bãi đá ven biển", "Núi đá vôi không có rừng che phủ",
    "Đất khai thác khoáng sản và vật liệu xây dựng", "Thảm cỏ biển và rạn san hô ven bờ")


def _many_class_map(tmp_path):
    from qgis.core import QgsPalettedRasterRenderer

    data = np.repeat(np.arange(1, 21, dtype="uint8"), 4)[np.newaxis, :].repeat(60, axis=0)
    layer = QgsRasterLayer(write_raster(tmp_path / "classes.tif", data, origin=(X0, Y0), pixel=30.0, nodata=0),
                           "Hiện trạng sinh cảnh")
    colours = ["#%02x%02x%02x" % (20 + 11 * i, 200 - 9 * i, (70 * i) % 255) for i in range(20)]
    classes = [QgsPalettedRasterRenderer.Class(i + 1, QColor(colours[i]), f"{i + 1} {name}")
               for i, name in enumerate(LONG_CLASS_NAMES)]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    return layer


def _current_map(tmp_path):
    from bd_qgis_plugin.maps.styles import apply_style

    rows, cols = np.mgrid[0:60, 0:80]
    data = (0.000169 + 5.1 * np.exp(-((rows - 30) ** 2 + (cols - 40) ** 2) / 200.0)).astype("float32")
    layer = QgsRasterLayer(write_raster(tmp_path / "current.tif", data, origin=(X0, Y0), pixel=30.0),
                           "Current flow")
    apply_style(layer, "current_density")
    return layer


def _links_and_cores():
    from qgis.core import QgsPointXY

    from bd_qgis_plugin.maps.styles import apply_style

    links = QgsVectorLayer("LineString?crs=EPSG:32648", "Corridor links", "memory")
    links.dataProvider().addAttributes([QgsField("ratio", field_type("Double"))])
    links.updateFields()
    cores = QgsVectorLayer("Polygon?crs=EPSG:32648", "Cores", "memory")
    features, polygons = [], []
    for i, ratio in enumerate((1.0, 3.0, 6.0, 12.0)):
        feature = QgsFeature(links.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + 100 + 500 * i, Y0 - 200),
                                                        QgsPointXY(X0 + 400 + 500 * i, Y0 - 1500)]))
        feature["ratio"] = ratio
        features.append(feature)
        core = QgsFeature()
        core.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 500 * i, Y0 - 300, X0 + 200 + 500 * i, Y0 - 100)))
        polygons.append(core)
    links.dataProvider().addFeatures(features)
    cores.dataProvider().addFeatures(polygons)
    apply_style(links, "corridor_links")
    return links, cores


def _legend_needed_size(legend):
    """The size the legend's contents need (mm), measured on the item and put back as it was."""
    size = legend.sizeWithUnits()
    legend.setResizeToContents(True)
    legend.adjustBoxSize()
    needed = legend.sizeWithUnits()
    legend.setResizeToContents(False)
    legend.attemptResize(size)
    return needed


def _inked_edges(image, band=2):
    """Pixels of ink (not the white page) in the outer ``band`` pixels of the right and bottom edges."""
    inked = []
    for x in range(image.width()):
        for y in range(image.height() - band, image.height()):
            if image.pixelColor(x, y).lightness() < 200:
                inked.append((x, y))
    for y in range(image.height()):
        for x in range(image.width() - band, image.width()):
            if image.pixelColor(x, y).lightness() < 200:
                inked.append((x, y))
    return inked


@pytest.mark.parametrize("template,name", [(0, "landscape"), (1, "portrait")])
def test_a_legend_of_many_layers_and_classes_stays_inside_its_frame(qgis_app, tmp_path, template, name):
    import os

    from qgis.core import QgsCoordinateReferenceSystem, QgsLayoutExporter, QgsLegendStyle
    from qgis.PyQt.QtCore import QSize

    from bd_qgis_plugin.maps.layout import TEMPLATE_NAMES, template_path
    from bd_qgis_plugin.maps.thematic import make_thematic_map, map_texts

    links, cores = _links_and_cores()
    layers = [links, cores, _current_map(tmp_path), _many_class_map(tmp_path)]
    crs = QgsCoordinateReferenceSystem("EPSG:32648")
    texts = map_texts("vi", "Bản đồ hiện trạng sinh cảnh và hành lang đa dạng sinh học", "Tỉnh Khánh Hòa", crs=crs,
                      layers=layers)
    seen = {}

    def inspect(layout):
        legend = layout.itemById("legend")
        frame = legend.sizeWithUnits()
        seen["frame"] = (frame.width(), frame.height())
        needed = _legend_needed_size(legend)
        seen["needed"] = (needed.width(), needed.height())
        image = QgsLayoutExporter(layout).renderRegionToImage(legend.sceneBoundingRect(), QSize(), 200)
        seen["inked"] = _inked_edges(image)
        seen["labels"] = [str(legend.model().data(legend.model().index(r, 0, parent), 0))
                          for parent, r in _model_rows(legend.model())]
        seen["label_pt"] = legend.rstyle(QgsLegendStyle.Style.SymbolLabel).font().pointSizeF()
        title = layout.itemById("title")
        seen["title"] = (_text_width_mm(title.text(), title.font()), title.sizeWithUnits().width())

    artifacts = os.path.join(os.path.dirname(__file__), "..", "..", "build", "test-artifacts")
    os.makedirs(artifacts, exist_ok=True)
    suffix = "" if name == "landscape" else "_portrait"
    png = os.path.join(artifacts, f"thematic_map_many_classes{suffix}.png")
    make_thematic_map(layers, template_path(TEMPLATE_NAMES[template]), crs, texts, "vi",
                      pdf_path=str(tmp_path / "map.pdf"), png_path=png, zones=_zones(), zone_field="name", dpi=100,
                      inspect=inspect)
    assert seen["needed"][0] <= seen["frame"][0] + 0.01 and seen["needed"][1] <= seen["frame"][1] + 0.01, seen
    assert not seen["inked"], f"legend ink on the frame edge at {seen['inked'][:5]} ({len(seen['inked'])} pixels)"
    assert seen["title"][0] <= seen["title"][1], seen["title"]  # the long title is printed on its line, smaller
    assert seen["label_pt"] >= 5.0  # legible: the map gave the legend room rather than the print shrinking
    # every class name is in the legend whole (wrapped at spaces over lines) and printed line by line in the PDF
    labels = {" ".join(label.split()): label for label in seen["labels"]}
    raw = subprocess.run(["pdftotext", "-raw", str(tmp_path / "map.pdf"), "-"], check=True, capture_output=True,
                         text=True).stdout
    for i, class_name in enumerate(LONG_CLASS_NAMES):
        label = labels[f"{i + 1} {class_name}"]
        for line in label.split("\n"):
            assert line in raw, (class_name, line)
    # a Vietnamese map names the plugin's outputs in Vietnamese, link classes in Vietnamese only, and the
    # current ramp with words, three significant digits and its unit
    assert {"Liên kết hành lang", "Vùng lõi", "Dòng điện"} <= set(labels), labels
    assert "CWD:Euclid ≤ 2 (dễ đi)" in labels and "> 8 (khó)" in labels
    assert "easy" not in raw and "Corridor links" not in raw
    assert "Cao: 5,1 A" in raw and re.search(r"Thấp: 0,000\d+ A", raw) and "5.1001" not in raw


def test_labels_of_a_map_follow_its_language(qgis_app):
    from bd_qgis_plugin.maps.layout import map_label
    from bd_qgis_plugin.maps.thematic import format_value, map_layer_name

    assert map_label("CWD:Euclid ≤ 2 (dễ đi / easy)", "en") == "CWD:Euclid ≤ 2 (easy)"
    assert map_label("> 8 (khó / hard)", "vi") == "> 8 (khó)"
    assert map_label("Rừng / Forest", "en") == "Forest"
    assert map_layer_name("Liên kết hành lang", "en") == ("Corridor links", "")
    assert map_layer_name("Cumulative current", "vi") == ("Dòng điện cộng dồn", "A")
    assert map_layer_name("My layer", "vi") == ("My layer", "")
    assert format_value(5.104347, "vi") == "5,1" and format_value(0.000169, "en") == "0.000169"


def _text_width_mm(text, font):
    from bd_qgis_plugin.maps.layout import _text_width_mm as width

    return width(text, font)


def _model_rows(model):
    from qgis.PyQt.QtCore import QModelIndex

    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            yield parent, row
            stack.append(model.index(row, 0, parent))


def _grid_label_boxes(pdf):
    """Boxes (x0, y0, x1, y1 in pt) of the grid labels (numbers of six digits or more) on the PDF's page."""
    import re

    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [tuple(float(v) for v in m.groups()[:4]) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(\d{6,})</word>', html)]


@pytest.mark.parametrize("template", [0, 1])
def test_grid_labels_do_not_collide_at_the_corners(qgis_app, tmp_path, template):
    from qgis.core import QgsCoordinateReferenceSystem

    from bd_qgis_plugin.maps.layout import TEMPLATE_NAMES, template_path
    from bd_qgis_plugin.maps.thematic import make_thematic_map, map_texts

    layer = QgsRasterLayer(_habitat_map(tmp_path), "Habitat map")
    crs = QgsCoordinateReferenceSystem("EPSG:32648")
    # grid lines (every 500 m) right at the map's corners
    extent = QgsRectangle(X0, Y0 - 1500, X0 + 2000, Y0) if template == 0 else QgsRectangle(X0, Y0 - 2000, X0 + 1500, Y0)
    frame = []

    def inspect(layout):
        rect = layout.itemById("map").sceneBoundingRect()
        frame.extend(v * 72 / 25.4 for v in (rect.left(), rect.top(), rect.right(), rect.bottom()))

    make_thematic_map([layer], template_path(TEMPLATE_NAMES[template]), crs, map_texts("vi", "Lưới", crs=crs),
                      "vi", pdf_path=str(tmp_path / "grid.pdf"), extent=extent, dpi=60, inspect=inspect)
    boxes = _grid_label_boxes(tmp_path / "grid.pdf")
    assert len(boxes) >= 6  # labels are still there along every side
    for box in boxes:  # inside the map frame, none running out at a corner into the margin or the panel
        assert frame[0] - 0.5 <= box[0] and box[2] <= frame[2] + 0.5, (box, frame)
        assert frame[1] - 0.5 <= box[1] and box[3] <= frame[3] + 0.5, (box, frame)
    gap = 2.0  # pt between any two labels
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = a[2] + gap <= b[0] or b[2] + gap <= a[0] or a[3] + gap <= b[1] or b[3] + gap <= a[1]
            assert apart, (a, b)
