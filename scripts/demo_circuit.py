"""Demo step: current flow (Circuitscape) between forest cores, and connectivity indices of the cores.

Uses the resistance surface and cores of the corridors step (``ctx.outputs["resistance"]`` and
``ctx.outputs["cores"]``) when that step ran; otherwise derives a simple resistance from the habitat
map (forest 1, salt marsh 10, cropland 20, beach/sand 50, built 200, water 500) and takes the largest
forest patches as cores. The resistance is solved at 40 m (2 x 2 mean of the 20 m map) so the step
stays well under a minute.
"""

import os
import time

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage

ORDER = 30
#: Resistance per habitat class of the demo map (1 water … 6 built); assumptions for the demo only.
DEMO_RESISTANCE = {1: 500.0, 2: 10.0, 3: 1.0, 4: 20.0, 5: 50.0, 6: 200.0}
N_CORES = 4
MIN_CORE_HA = 2.0


def _derive_resistance_and_cores(habitat_path, out_dir):
    ds = gdal.Open(habitat_path)
    classes = ds.GetRasterBand(1).ReadAsArray()
    gt, wkt = ds.GetGeoTransform(), ds.GetProjection()
    resistance = np.full(classes.shape, -9999.0, dtype="float32")
    for code, value in DEMO_RESISTANCE.items():
        resistance[classes == code] = value
    res_path = os.path.join(out_dir, "demo_resistance_20m.tif")
    _write(res_path, resistance, gt, wkt, -9999.0, gdal.GDT_Float32)
    labels, count = ndimage.label(classes == 3, structure=np.ones((3, 3)))
    sizes = np.bincount(labels.ravel())[1:]
    cell_ha = abs(gt[1] * gt[5]) / 10000.0
    order = [k + 1 for k in np.argsort(sizes)[::-1] if sizes[k] * cell_ha >= MIN_CORE_HA][:N_CORES]
    cores = np.zeros(classes.shape, dtype="int32")
    for core_id, label in enumerate(order, start=1):
        cores[labels == label] = core_id
    cores_raster = os.path.join(out_dir, "demo_cores.tif")
    _write(cores_raster, cores, gt, wkt, 0, gdal.GDT_Int32)
    cores_path = os.path.join(out_dir, "demo_cores.gpkg")
    _polygonize(cores_raster, cores_path, wkt)
    return res_path, cores_path


def _write(path, array, gt, wkt, nodata, gdal_type):
    ds = gdal.GetDriverByName("GTiff").Create(path, array.shape[1], array.shape[0], 1, gdal_type,
                                              options=["TILED=YES", "COMPRESS=DEFLATE"])
    ds.SetGeoTransform(gt)
    ds.SetProjection(wkt)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None


def _polygonize(raster_path, gpkg_path, wkt):
    if os.path.exists(gpkg_path):
        os.remove(gpkg_path)
    src = gdal.Open(raster_path)
    band = src.GetRasterBand(1)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg_path)
    layer = out.CreateLayer("cores", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("core_id", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0)
    out = None


def run(ctx):
    processing = ctx.processing
    feedback = ctx.feedback
    if "resistance" in ctx.outputs and "cores" in ctx.outputs:
        resistance_20m, cores = ctx.outputs["resistance"], ctx.outputs["cores"]
        core_field = ctx.outputs.get("cores_id_field")
        print("[demo] current flow on the corridors step's resistance surface and cores")
    else:
        resistance_20m, cores = _derive_resistance_and_cores(ctx.outputs["habitat_map"], ctx.output)
        core_field = "core_id"
        print(f"[demo] current flow: resistance derived from the habitat map {DEMO_RESISTANCE}, the {N_CORES} "
              "largest forest patches as cores")
    resistance = os.path.join(ctx.output, "demo_resistance_40m.tif")
    info = gdal.Info(resistance_20m, format="json")
    pixel = abs(info["geoTransform"][1])
    gdal.Warp(resistance, resistance_20m, xRes=2 * pixel, yRes=2 * pixel, resampleAlg="average",
              creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
    start = time.time()
    flow = processing.run("bd:currentflow", {
        "RESISTANCE": resistance, "FOCAL": cores, "FOCAL_ID_FIELD": core_field, "MODE": 0, "NEIGHBOURS": 1,
        "AVERAGING": 0, "OUTPUT_CURRENT": os.path.join(ctx.output, "current_flow.tif"),
        "OUTPUT_RESISTANCES": os.path.join(ctx.output, "effective_resistance.csv")}, feedback=feedback())
    print(f"    ({time.time() - start:.1f} s) cumulative current {flow['OUTPUT_CURRENT']}")
    with open(flow["OUTPUT_RESISTANCES"], encoding="utf-8") as fh:
        for line in fh:
            print("    " + line.rstrip())
    size = gdal.Info(ctx.outputs["habitat_map"], format="json")["size"]
    landscape_ha = size[0] * size[1] * pixel * pixel / 10000.0
    print("[demo] bd:connectivityindices — IIC, PC, dPC of the cores (Euclidean edge-to-edge, 50 % at 1 km)")
    indices = processing.run("bd:connectivityindices", {
        "CORES": cores, "CORE_ID_FIELD": core_field, "DISTANCES": 0, "DISPERSAL_DISTANCE": 1000.0,
        "PROBABILITY": 0.5, "LANDSCAPE_AREA": landscape_ha,
        "OUTPUT": os.path.join(ctx.output, "connectivity_cores.gpkg"),
        "OUTPUT_CSV": os.path.join(ctx.output, "connectivity_indices.csv")}, feedback=feedback())
    print(f"    IIC {indices['IIC']:.6g}  PC {indices['PC']:.6g}  EC(PC) {indices['EC_PC']:.1f} ha")
    with open(indices["OUTPUT_CSV"], encoding="utf-8") as fh:
        for line in fh:
            print("    " + line.rstrip())
    ctx.outputs["current"] = flow["OUTPUT_CURRENT"]
    ctx.outputs["effective_resistance_csv"] = flow["OUTPUT_RESISTANCES"]
    ctx.outputs["connectivity_csv"] = indices["OUTPUT_CSV"]
    ctx.outputs["connectivity_cores"] = indices["OUTPUT"]
    ctx.written += [flow["OUTPUT_CURRENT"], flow["OUTPUT_RESISTANCES"], indices["OUTPUT"], indices["OUTPUT_CSV"]]
