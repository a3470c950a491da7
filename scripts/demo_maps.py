"""Demo step: the thematic map (PDF/PNG) printed from the demo project (its shown layers, as in its layout manager), and
the indicator report."""

import os
import time

ORDER = 80


def run(ctx):
    zones = os.path.join(ctx.demo_dir, "zones_18SVG.gpkg")
    print(f"[demo] bd:thematicmap — A4 landscape map of the project {os.path.basename(ctx.outputs['project'])}: its "
          "shown layers (habitat map, corridors, benthic map, demo zones), as in its layout manager")
    start = time.time()
    result = ctx.processing.run("bd:thematicmap", {
        "PROJECT": ctx.outputs["project"], "TEMPLATE": 0, "LANGUAGE": ("vi", "en").index(ctx.language),
        "TITLE": ctx.map_texts["title"], "SUBTITLE": ctx.map_texts["subtitle"], "AUTHOR": ctx.map_texts["author"],
        "MAP_NUMBER": ctx.map_texts["map_number"], "CREDITS": ctx.map_texts["credits"], "DPI": 150,
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
