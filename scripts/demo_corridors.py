"""Demo step: forest corridors on the sample scene — resistance from the habitat map, forest cores,
Linkage-Mapper-style least-cost corridors and least-cost paths (bd:resistancesurface, bd:corridors,
bd:leastcostpath)."""

import os
import time

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsVectorLayer
from scipy import ndimage

ORDER = 20
FOREST = 3
N_CORES = 6
MIN_CORE_HA = 5.0
INTERIOR_CELLS = 10  # cores are forest interior: 200 m (10 cells of 20 m) from any non-forest cell


def forest_cores(habitat_map, path, n_cores=N_CORES, min_ha=MIN_CORE_HA):
    """The ``n_cores`` largest patches of forest interior (forest eroded by ``INTERIOR_CELLS``, 8-connected, at
    least ``min_ha``), vectorised to a GeoPackage: core habitat, with the forest edges left to the corridors."""
    ds = gdal.Open(habitat_map)
    classes = ds.GetRasterBand(1).ReadAsArray()
    gt = ds.GetGeoTransform()
    interior = ndimage.binary_erosion(classes == FOREST, structure=np.ones((3, 3)), iterations=INTERIOR_CELLS)
    labels, count = ndimage.label(interior, structure=np.ones((3, 3)))
    sizes = np.bincount(labels.ravel())[1:]
    cell_ha = abs(gt[1] * gt[5]) / 10_000
    order = [k + 1 for k in np.argsort(sizes)[::-1] if sizes[k] * cell_ha >= min_ha][:n_cores]
    keep = np.zeros(count + 1, dtype="int32")
    keep[order] = np.arange(1, len(order) + 1)
    cores = keep[labels]
    mem = gdal.GetDriverByName("MEM").Create("", ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Int32)
    mem.SetGeoTransform(gt)
    mem.SetProjection(ds.GetProjection())
    mem.GetRasterBand(1).WriteArray(cores)
    if os.path.exists(path):
        os.remove(path)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = out.CreateLayer("cores", srs=osr.SpatialReference(wkt=ds.GetProjection()), geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("core_id", ogr.OFTInteger))
    gdal.Polygonize(mem.GetRasterBand(1), mem.GetRasterBand(1), layer, 0, [], callback=None)
    areas = {i + 1: float(sizes[k - 1] * cell_ha) for i, k in enumerate(order)}
    out = None
    return path, areas


def run(ctx):
    habitat = ctx.outputs["habitat_map"]
    print("[demo] bd:resistancesurface — default forest-species resistance from the habitat map")
    start = time.time()
    resistance = ctx.processing.run("bd:resistancesurface", {
        "INPUT": habitat, "OUTPUT": os.path.join(ctx.output, "resistance.tif")}, feedback=ctx.feedback())["OUTPUT"]
    cores, areas = forest_cores(habitat, os.path.join(ctx.output, "forest_cores.gpkg"))
    print(f"    {len(areas)} forest cores (largest forest interiors ≥ {MIN_CORE_HA:g} ha): "
          + ", ".join(f"{k}: {v:.0f} ha" for k, v in areas.items()))
    print("[demo] bd:corridors — Linkage-Mapper corridors, 3 nearest cores, cutoff 2 000 "
          "(resistance × m: 2 km of forest)")
    result = ctx.processing.run("bd:corridors", {
        "RESISTANCE": resistance, "CORES": cores, "CORE_ID_FIELD": "core_id", "MAX_NEIGHBOURS": 3,
        "CUTOFF": 2000, "OUTPUT": os.path.join(ctx.output, "corridors_nlcc.tif"),
        "OUTPUT_LINKS": os.path.join(ctx.output, "corridor_links.gpkg"),
        "OUTPUT_POLYGONS": os.path.join(ctx.output, "corridor_polygons.gpkg")}, feedback=ctx.feedback())
    paths = ctx.processing.run("bd:leastcostpath", {
        "RESISTANCE": resistance, "CORES": cores, "CORE_ID_FIELD": "core_id", "PAIRS": 1,
        "OUTPUT": os.path.join(ctx.output, "least_cost_paths.gpkg")}, feedback=ctx.feedback())["OUTPUT"]
    links = QgsVectorLayer(result["OUTPUT_LINKS"], "corridor_links")
    print(f"    {'link':8s} {'LCD':>10s} {'LCP m':>8s} {'Euclid m':>9s} {'ratio':>6s}")
    for feature in links.getFeatures():
        ratio = feature["ratio"]
        print(f"    {feature['core_a'] + '–' + feature['core_b']:8s} {feature['lcd']:10.0f} "
              f"{feature['length_m']:8.0f} {feature['euclid']:9.0f} "
              f"{ratio if isinstance(ratio, float) else float('nan'):6.1f}")
    print(f"    ({time.time() - start:.1f} s)")
    ctx.outputs.update({"resistance": resistance, "cores": cores, "nlcc": result["OUTPUT"],
                        "corridor_links": result["OUTPUT_LINKS"], "corridor_polygons": result["OUTPUT_POLYGONS"],
                        "least_cost_paths": paths})
    ctx.written += [resistance, cores, result["OUTPUT"], result["OUTPUT_LINKS"], result["OUTPUT_POLYGONS"], paths]
