"""bd_qgis_plugin.maps.project.build_output_project — how `make demo` saves output/demo.qgz — on a small constructed
scene: the project is written, read back with QgsProject (headless) and checked: groups, names in the project's
language, visibility, drawing order, styles, CRS, title, opening extent and the thematic print layout."""

import pytest
from project_scene import EPSG, EXPECTED, RESERVES, TITLE, output_scene, write_project
from qgis.core import (
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsProject,
)
from qgis.PyQt.QtGui import QColor, QImage

from bd_qgis_plugin.core.errors import InputError

#: Colours of the classes on the map: water, forest, cropland (habitat palette), seagrass (benthic palette).
MAP_COLOURS = ("#2c7fb8", "#00441b", "#fdae61", "#668438")


@pytest.fixture(scope="module")
def scene(bd_plugin, tmp_path_factory):
    return output_scene(tmp_path_factory.mktemp("project_scene"))


def _count(image, colour, box):
    target = QColor(colour).rgb() & 0xFFFFFF
    x0, y0, x1, y1 = box
    return sum(1 for x in range(x0, x1, 2) for y in range(y0, y1, 2) if image.pixel(x, y) & 0xFFFFFF == target)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_saved_project_has_groups_names_visibility_order_and_the_layout(scene, tmp_path, language):
    from bd_qgis_plugin.maps.styles import drawing_rank

    path = tmp_path / "demo.qgz"
    write_project(scene, language, path)
    project = QgsProject()
    assert project.read(str(path))
    root = project.layerTreeRoot()
    assert all(QgsLayerTree.isGroup(node) for node in root.children())  # no loose layer
    tree = [(group.name(), [(node.name(), node.itemVisibilityChecked()) for node in group.children()])
            for group in root.children()]
    assert tree == EXPECTED[language]
    for group in root.children():
        ranks = [drawing_rank(node.layer()) for node in group.children()]
        assert ranks == sorted(ranks), (group.name(), ranks)  # points/lines over polygons over rasters
    assert not root.children()[-1].isExpanded()  # the imagery, all hidden, folded
    assert all(node.layer() is not None and node.layer().isValid() for node in root.findLayers())
    # outside the layer tree only the layout's locator background (QGIS' world map)
    assert [layer.name() for layer in project.mapLayers().values() if root.findLayer(layer.id()) is None] == [
        "Nền bản đồ vị trí" if language == "vi" else "Locator background"]

    layers = {node.name(): node.layer() for node in root.findLayers()}
    habitat = layers[EXPECTED[language][3][1][0][0]]
    assert habitat.renderer().type() == "paletted"
    labels = [c.label for c in habitat.renderer().classes()]
    assert labels == (["1 Mặt nước", "3 Rừng", "4 Đất nông nghiệp", "5 Bãi cát", "6 Đất xây dựng"] if language == "vi"
                      else ["1 Water", "3 Forest", "4 Cropland", "5 Beach/sand", "6 Built"])
    benthic = layers[EXPECTED[language][2][1][0][0]]  # no class style beside it: the plugin's benthic style
    assert [(int(c.value), c.color.name(), c.label) for c in benthic.renderer().classes()] == (
        [(11, "#ffffbe", "Cát"), (14, "#668438", "Cỏ biển")] if language == "vi"
        else [(11, "#ffffbe", "Sand"), (14, "#668438", "Seagrass")])
    image = layers[EXPECTED[language][4][1][2][0]]
    assert image.renderer().type() == "multibandcolor"
    assert (image.renderer().redBand(), image.renderer().greenBand(), image.renderer().blueBand()) == (3, 2, 1)
    current = layers[EXPECTED[language][1][1][5][0]]
    assert current.renderer().type() == "singlebandpseudocolor"
    ends = (current.renderer().shader().rasterShaderFunction().legendSettings().minimumLabel(),
            current.renderer().shader().rasterShaderFunction().legendSettings().maximumLabel())
    assert ends[0].startswith("Thấp" if language == "vi" else "Low") and ends[1].endswith(" A")
    zones = layers[EXPECTED[language][0][1][0][0]]
    assert zones.labelsEnabled() and zones.labeling().settings().fieldName == "name"
    assert layers[EXPECTED[language][1][1][0][0]].renderer().type() == "graduatedSymbol"

    assert project.crs().authid() == f"EPSG:{EPSG}"
    assert project.title() == TITLE[language]
    view = project.viewSettings().defaultViewExtent()  # the project opens on the reserves, 5 % margin
    x0, y0 = min(r[1] for r in RESERVES), min(r[2] for r in RESERVES)
    x1, y1 = max(r[3] for r in RESERVES), max(r[4] for r in RESERVES)
    margin = 0.05 * max(x1 - x0, y1 - y0)
    assert view.crs().authid() == f"EPSG:{EPSG}"
    assert (view.xMinimum(), view.yMinimum(), view.xMaximum(), view.yMaximum()) == pytest.approx(
        (x0 - margin, y0 - margin, x1 + margin, y1 + margin))

    layouts = project.layoutManager().layouts()
    assert [layout.name() for layout in layouts] == [TITLE[language]]
    layout = layouts[0]
    main_map = layout.itemById("map")
    assert isinstance(main_map, QgsLayoutItemMap) and main_map.keepLayerSet()
    shown = [name for _, members in EXPECTED[language] for name, visible in members if visible]
    assert [layer.name() for layer in main_map.layers()] == shown  # the shown layers, top first
    assert isinstance(layout.itemById("legend"), QgsLayoutItemLegend)
    assert layout.itemById("legend").title() == ("Chú giải" if language == "vi" else "Legend")
    texts = {item.id(): item.text() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)}
    assert texts["title"] == TITLE[language] and "07" in texts["map_number"] and "Nguyễn Văn A" in texts["author"]
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 60
    png = tmp_path / "layout.png"
    assert QgsLayoutExporter(layout).exportToImage(str(png), settings) == QgsLayoutExporter.ExportResult.Success
    picture = QImage(str(png))
    scale = picture.width() / layout.pageCollection().page(0).pageSize().width()  # px per mm
    box = main_map.sceneBoundingRect()
    inside = (int(box.left() * scale) + 2, int(box.top() * scale) + 2, int(box.right() * scale) - 2,
              int(box.bottom() * scale) - 2)
    for colour in MAP_COLOURS:  # the classes are drawn in the map frame
        assert _count(picture, colour, inside) > 20, colour
    del layout, layouts
    project.clear()


def test_unknown_kinds_and_missing_files_are_refused_before_anything_is_added(scene, tmp_path):
    from bd_qgis_plugin.maps.project import build_output_project

    outputs, zones = scene
    project = QgsProject()
    with pytest.raises(InputError, match="'habitat' is not a kind of output a project takes. Kinds: corridor_links"):
        build_output_project(project, outputs + [("habitat", outputs[2][1])], zones=zones, zone_field="name")
    missing = str(tmp_path / "no_such_map.tif")
    with pytest.raises(InputError, match="no_such_map.tif' could not be opened as a layer"):
        build_output_project(project, outputs + [("habitat_map", missing)], zones=zones, zone_field="name")
    with pytest.raises(InputError, match="language must be one of vi, en"):
        build_output_project(project, outputs, "fr")
    assert project.mapLayers() == {} and project.layerTreeRoot().children() == []
    assert project.layoutManager().layouts() == []
