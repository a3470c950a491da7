"""A finished QGIS project of the plugin's outputs, as ``make demo`` saves ``output/demo.qgz``.

The layers are put in groups (boundaries, corridors, reef and seagrass, habitat, imagery), named in the
project's language (Vietnamese or English, the names of :data:`thematic.MAP_LAYER_NAMES`), styled as
Processing styles them, with the main results shown and the intermediate rasters and the imagery hidden, in
drawing order (points and lines over polygons over rasters, imagery at the bottom). The project's CRS, title
and opening extent (the reserves) are set, and the thematic map of the shown layers is in the project's layout
manager, filled in as ``bd:thematicmap`` prints it::

    build_output_project(QgsProject.instance(), [("habitat_map", "habitat.tif"), ("nlcc", "nlcc.tif")],
                         zones="reserves.gpkg", zone_field="name", title="Bản đồ hiện trạng sinh cảnh")
"""

import collections

from qgis.core import QgsRasterLayer, QgsReferencedRectangle, QgsVectorLayer

from ..core.errors import InputError
from .layout import TEMPLATE_NAMES, layers_extent, template_path
from .styles import TRUE_COLOUR, apply_style, drawing_rank, ensure_style, true_colour_style
from .thematic import MAP_TEXTS, fill_layout, map_texts, prepare_for_map, style_zones, with_margin

#: Groups of a project, top to bottom: (key, English, Vietnamese).
PROJECT_GROUPS = (("boundaries", "Boundaries", "Ranh giới"), ("corridors", "Corridors", "Hành lang"),
                  ("reef", "Coral reef and seagrass", "Rạn san hô và cỏ biển"), ("habitat", "Habitat", "Sinh cảnh"),
                  ("imagery", "Imagery", "Ảnh viễn thám"))

#: One kind of output in a project: its group, its English name (translated by ``thematic.MAP_LAYER_NAMES``),
#: raster or vector, its style (a style of ``styles/``, or TRUE_COLOUR), whether the class style written beside
#: the raster comes first, and whether it is shown when the project opens.
OutputKind = collections.namedtuple("OutputKind", "group name raster style class_style visible")

#: The kinds of output a project takes, in their order inside a group (after the drawing order of their type).
OUTPUT_KINDS = {
    "corridor_links": OutputKind("corridors", "Corridor links", False, "corridor_links", False, True),
    "least_cost_paths": OutputKind("corridors", "Least-cost paths", False, "corridor_links", False, False),
    "connectivity_cores": OutputKind("corridors", "Cores with indices", False, "core_importance", False, False),
    "corridor_polygons": OutputKind("corridors", "Corridor polygons", False, "corridor_polygons", False, False),
    "nlcc": OutputKind("corridors", "Normalized least-cost corridors (NLCC)", True, "nlcc_corridors", False, True),
    "current": OutputKind("corridors", "Cumulative current", True, "current_density", False, False),
    "resistance": OutputKind("corridors", "Resistance", True, "resistance", False, False),
    "benthic_map": OutputKind("reef", "Benthic habitat map", True, "benthic_classes", True, True),
    "benthic_confidence": OutputKind("reef", "Benthic map confidence", True, "confidence", False, False),
    "water_mask": OutputKind("reef", "Water mask", True, "water_mask", True, False),
    "reef_dii": OutputKind("reef", "Depth-invariant index", True, "depth_invariant_index", False, False),
    "habitat_map": OutputKind("habitat", "Habitat map", True, "habitat_classes", True, True),
    "habitat_confidence": OutputKind("habitat", "Habitat map confidence", True, "confidence", False, False),
    "spectral_indices": OutputKind("imagery", "Spectral indices", True, "spectral_index", False, False),
    "glint_corrected": OutputKind("imagery", "Glint-corrected image", True, TRUE_COLOUR, False, False),
    "image": OutputKind("imagery", "Satellite image", True, TRUE_COLOUR, False, False),
}


def group_name(key, language):
    for group, english, vietnamese in PROJECT_GROUPS:
        if group == key:
            return vietnamese if language == "vi" else english
    raise KeyError(key)


def output_layer(kind, path, language, detail=""):
    """The output ``path`` of ``kind`` as a layer of the project: styled, named in ``language`` (with ``detail``
    in parentheses, e.g. "20 m"); a file that does not open is refused by name."""
    if kind not in OUTPUT_KINDS:
        raise InputError("'{kind}' is not a kind of output a project takes. Kinds: {kinds}.", kind=kind,
                         kinds=", ".join(OUTPUT_KINDS))
    spec = OUTPUT_KINDS[kind]
    layer = QgsRasterLayer(path, spec.name) if spec.raster else QgsVectorLayer(path, spec.name, "ogr")
    if not layer.isValid():
        raise InputError("The output '{path}' could not be opened as a layer. Check that the file exists and is a "
                         "raster or vector file.", path=path)
    if spec.style == TRUE_COLOUR:
        true_colour_style(layer)
    elif spec.class_style:
        ensure_style(layer, spec.style)  # the classes written beside the raster, else the plugin's style
    else:
        apply_style(layer, spec.style)
    prepare_for_map(layer, language, detail)
    return layer


def _zones_layer(zones, zone_field, language):
    layer = zones if isinstance(zones, QgsVectorLayer) else QgsVectorLayer(str(zones), "zones", "ogr")
    if not layer.isValid():
        raise InputError("The output '{path}' could not be opened as a layer. Check that the file exists and is a "
                         "raster or vector file.", path=str(zones))
    if isinstance(zones, QgsVectorLayer):
        layer = layer.clone()
    style_zones(layer, zone_field, language)
    return layer


def build_output_project(project, outputs, language="vi", title="", zones=None, zone_field=None, crs=None,
                         layout=True, subtitle="", author="", map_number="", credits="", template=None):
    """Fill ``project`` with the plugin's ``outputs`` as a finished project; returns the print layout (or None).

    ``outputs``: ``[(kind, path)]`` or ``[(kind, path, detail)]``, kinds of :data:`OUTPUT_KINDS`. ``zones``: the
    reserves (a polygon layer or file), labelled by ``zone_field``; the project opens on them. ``crs``: the
    project's CRS (default: that of the first layer shown). With ``layout``, the thematic map of the shown layers
    (``title``, ``subtitle``, ``author``, ``map_number``, ``credits``; ``template`` a .qpt, default A4
    landscape) is added to the project's layout manager under the title.
    """
    if language not in MAP_TEXTS:
        raise InputError("The project language must be one of {languages}.", languages=", ".join(MAP_TEXTS))
    order = list(OUTPUT_KINDS)
    placed = []  # (group, rank, kind order, entry order, layer, visible)
    for index, entry in enumerate(outputs):
        kind, path = entry[0], entry[1]
        layer = output_layer(kind, path, language, entry[2] if len(entry) > 2 else "")
        spec = OUTPUT_KINDS[kind]
        placed.append((spec.group, drawing_rank(layer), order.index(kind), index, layer, spec.visible))
    zones_layer = _zones_layer(zones, zone_field, language) if zones is not None else None
    if zones_layer is not None:
        placed.append(("boundaries", drawing_rank(zones_layer), -1, -1, zones_layer, True))
    if not placed:
        raise InputError("Give at least one layer (or a QGIS project) to put on the map.")
    root = project.layerTreeRoot()
    for key, _, _ in PROJECT_GROUPS:
        members = sorted((item for item in placed if item[0] == key), key=lambda item: item[1:4])
        if not members:
            continue
        group = root.addGroup(group_name(key, language))
        for _, _, _, _, layer, visible in members:
            project.addMapLayer(layer, False)
            group.addLayer(layer).setItemVisibilityChecked(visible)
        group.setExpanded(any(item[5] for item in members))  # the imagery, all hidden, stays folded
    shown = [node.layer() for node in root.findLayers() if node.isVisible() and node.layer() is not None]
    crs = crs if crs is not None and crs.isValid() else (shown or [placed[0][4]])[0].crs()
    project.setCrs(crs)
    project.setTitle(title)
    frame = [zones_layer] if zones_layer is not None else shown or [item[4] for item in placed]
    extent = with_margin(layers_extent(frame, crs, project))
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    if not layout or not shown:
        return None
    texts = map_texts(language, title, subtitle, author, map_number, credits, crs, shown)
    print_layout = fill_layout(project, shown, template or template_path(TEMPLATE_NAMES[0]), crs, texts, language)
    name = title or print_layout.name()  # the template's name when the map has no title
    previous = project.layoutManager().layoutByName(name)
    if previous is not None:
        project.layoutManager().removeLayout(previous)
    print_layout.setName(name)
    project.layoutManager().addLayout(print_layout)
    return print_layout
