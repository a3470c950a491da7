"""Demo step: coral reef / seagrass chain on the 10 m lagoon of the sample scene.

Sun glint (Hedley et al. 2005) fitted on the open Atlantic, then — on the south lagoon window, where no
open ocean is left — water mask, depth-invariant index (Lyzenga 1981) and a benthic map from the polygons
of demo/digitize_reef.py, with its coverage per demo zone. The sample is a turbid, top-of-atmosphere
(L1C) January scene without field data: the map shows how the chain runs, not where seagrass is.
"""

import csv
import json
import os
import sys
import time

from osgeo import gdal

ORDER = 40
SCENE = "S2_L1C_18SVG_20160112_10m_4band.tif"


def _layer(gpkg, name):
    return f"{gpkg}|layername={name}"


def run(ctx):
    sys.path.insert(0, ctx.demo_dir)
    import digitize_reef

    gpkg = os.path.join(ctx.demo_dir, "reef_18SVG_20160112.gpkg")
    scene = ctx.outputs.get("stack_10m_lagoon") or os.path.join(ctx.sample_dir, SCENE)
    out = ctx.output
    start = time.time()
    print("[demo] bd:sunglintcorrection — Hedley et al. 2005, glint sample over the open Atlantic")
    glint = ctx.processing.run("bd:sunglintcorrection", {
        "INPUT": scene, "SENSOR": 0, "GLINT_SAMPLE": _layer(gpkg, "glint_sample"),
        "OUTPUT": os.path.join(out, "reef_deglinted.tif"),
        "OUTPUT_REPORT": os.path.join(out, "reef_glint_report.html")}, feedback=ctx.feedback())
    col0, row0, col1, row1 = digitize_reef.LAGOON_WINDOW
    lagoon = os.path.join(out, "reef_lagoon_deglinted.tif")
    gdal.Translate(lagoon, glint["OUTPUT"], srcWin=[col0, row0, col1 - col0, row1 - row0],
                   creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
    print(f"    south lagoon window: columns {col0}–{col1 - 1}, rows {row0}–{row1 - 1} → {lagoon}")
    # Scene-specific thresholds instead of the generic NIR 0.1 / NDWI 0: in this January top-of-atmosphere scene
    # the dormant salt marsh has NIR 0.03–0.07 and NDWI 0–0.4 (path radiance lifts green), while lagoon water
    # has NIR < 0.035 and NDWI 0.47–0.62.
    print("[demo] bd:watermask — land/marsh (NIR > 0.045), water (NDWI > 0.45 in this TOA scene), optically deep "
          "water (darkest creeks + 3σ)")
    mask = ctx.processing.run("bd:watermask", {
        "INPUT": lagoon, "SENSOR": 3, "DEEP_WATER": _layer(gpkg, "deep_water"), "NIR_THRESHOLD": 0.045,
        "NDWI_THRESHOLD": 0.45,
        "OUTPUT": os.path.join(out, "reef_water_mask.tif"),
        "OUTPUT_REPORT": os.path.join(out, "reef_water_mask.html")}, feedback=ctx.feedback())
    print("[demo] bd:depthinvariantindex — Lyzenga, sand flats from very shallow to deeper water")
    dii = ctx.processing.run("bd:depthinvariantindex", {
        "INPUT": lagoon, "SENSOR": 3, "DEEP_WATER": _layer(gpkg, "deep_water"),
        "SAND_SAMPLES": _layer(gpkg, "sand_samples"), "MASK": mask["OUTPUT"], "PAIRS": [0, 1, 2],
        "OUTPUT": os.path.join(out, "reef_dii.tif"), "OUTPUT_REPORT": os.path.join(out, "reef_dii.html")},
        feedback=ctx.feedback())
    print("[demo] bd:benthichabitat — random forest on glint-corrected bands + DII inside optically shallow water")
    benthic = ctx.processing.run("bd:benthichabitat", {
        "INPUT": lagoon, "SENSOR": 3, "USE_IMAGE": True, "DII": dii["OUTPUT"], "MASK": mask["OUTPUT"],
        "TRAINING": _layer(gpkg, "training"), "CLASS_FIELD": "class_code", "CLASS_NAME_FIELD": "class_name",
        "VALIDATION_FRACTION": 0.34, "SEED": 0, "ZONES": _layer(gpkg, "zones"), "ZONE_FIELD": "name",
        "OUTPUT": os.path.join(out, "benthic_map.tif"),
        "OUTPUT_CONFIDENCE": os.path.join(out, "benthic_confidence.tif"),
        "OUTPUT_MODEL": os.path.join(out, "benthic_model.bdmodel"),
        "OUTPUT_REPORT": os.path.join(out, "benthic_report.html"),
        "OUTPUT_COVERAGE": os.path.join(out, "benthic_coverage.csv")}, feedback=ctx.feedback())
    print("    coverage per zone (share of the zone's optically shallow water):")
    with open(benthic["OUTPUT_COVERAGE"], encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            print(f"    {row['zone']:22s} {row['class_name']:10s} {float(row['area_ha']):8.1f} ha  "
                  f"{float(row['pct_shallow']):5.1f} % of {float(row['shallow_ha']):.1f} ha shallow water")
    with open(os.path.splitext(benthic["OUTPUT_REPORT"])[0] + ".json", encoding="utf-8") as fh:
        report = json.load(fh)
    uncertain = report["uncertain_classes"]
    print("    uncertain classes (held-out F1 < 0.7): " + (", ".join(uncertain) if uncertain else "none by the "
          "held-out check"))
    print("    caution: every class here is uncertain in the sense that matters — the training polygons are a "
          "visual interpretation of a turbid TOA scene without field data; 'Seagrass' may be deeper or muddier "
          "bottom. Use field points (transects, drop camera) for a real map.")
    print(f"    ({time.time() - start:.1f} s)")
    ctx.written += [glint["OUTPUT"], glint["OUTPUT_REPORT"], lagoon, mask["OUTPUT"], mask["OUTPUT_REPORT"],
                    dii["OUTPUT"], dii["OUTPUT_REPORT"], benthic["OUTPUT"], benthic["OUTPUT_CONFIDENCE"],
                    benthic["OUTPUT_MODEL"], benthic["OUTPUT_REPORT"], benthic["OUTPUT_COVERAGE"]]
    ctx.outputs.update({"benthic_map": benthic["OUTPUT"], "water_mask": mask["OUTPUT"],
                        "benthic_coverage_csv": benthic["OUTPUT_COVERAGE"], "benthic_report": benthic["OUTPUT_REPORT"],
                        "reef_dii": dii["OUTPUT"], "reef_deglinted": lagoon,
                        "benthic_confidence": benthic["OUTPUT_CONFIDENCE"]})
