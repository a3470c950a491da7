"""Reef benchmark: water mask + sun glint + DII + benthic prediction on a generated 4-band 10 m tile.

The tile (UInt16 TOA ×10000, B02 B03 B04 B08, UTM 48N, written block by block) is a coast: land on the
west tenth, then water deepening eastwards from 0 to 30 m over bands of sand and seagrass 500 rows tall,
L_i = L_deep,i + A_i exp(−2 k_i z) (Lyzenga 1978) plus sun glint added to every band in proportion to its
NIR glint (Hedley et al. 2005) and noise. Sample polygons (glint, deep water, sand at several depths,
training boxes of both classes) are boxes at fixed fractions of the tile, so every size has them.

The measured child process runs the whole chain with the core (``bd_qgis_plugin.core.reef``: ``glint``,
``masks``, ``dii`` and ``benthic``): glint fit + correction, water mask on the corrected image, DII fit +
raster, feature raster, random-forest training (held-out polygons, refit) and block-wise prediction. No
other tool does this chain, so there is no anchor; the check is the share of shallow-water pixels mapped to
their true bottom type. Memory must stay flat as the tile grows (goal at 10980²: < 5 min, ≤ 2 GB).
"""

import os
import sys

import numpy as np
from osgeo import gdal, ogr, osr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from generate import EPSG, GEOTRANSFORM, create_uint16_tile  # noqa: E402

gdal.UseExceptions()

NAMES = ["B02", "B03", "B04", "B08"]
DEEP = np.array([0.050, 0.030, 0.010, 0.020], dtype="float32")
K = np.array([0.04, 0.07, 0.35], dtype="float32")
SAND = np.array([0.09, 0.10, 0.10], dtype="float32")
SEAGRASS = np.array([0.025, 0.045, 0.02], dtype="float32")
GLINT_SLOPES = np.array([0.9, 0.95, 1.0], dtype="float32")
BAND_ROWS = 500  # bottom type alternates every 500 rows: sand, seagrass, sand…


def depth_of(cols, size):
    return np.clip((cols / size - 0.1) / 0.9, 0, 1) * 30.0


def generate_reef_tile(path, size, block=512, seed=11):
    """Write the generated tile unless one of the right size exists (half-written files never keep the name)."""
    if os.path.exists(path) and gdal.Open(path).RasterXSize == size:
        return False
    rng = np.random.default_rng(seed)
    tmp = path + ".part.tif"
    ds = create_uint16_tile(tmp, size, NAMES, block)
    cols = np.arange(size, dtype="float32")[None, :]
    depth = depth_of(cols, size)
    land = cols < size * 0.1
    for row in range(0, size, block):
        rows = np.arange(row, min(row + block, size))[:, None]
        seagrass = (rows // BAND_ROWS) % 2 == 1
        glint = (rng.exponential(0.006, (len(rows), size)) * (rng.random((len(rows), size)) < 0.3)).astype("float32")
        for b in range(4):
            if b < 3:
                bottom = np.where(seagrass, SEAGRASS[b], SAND[b])
                values = DEEP[b] + bottom * np.exp(-2 * K[b] * depth) + GLINT_SLOPES[b] * glint
            else:
                values = DEEP[3] + glint + np.zeros((len(rows), 1), "float32")
            values = values + rng.normal(0, 0.0008, values.shape).astype("float32")
            values = np.where(land, [0.06, 0.08, 0.07, 0.30][b], values)
            ds.GetRasterBand(b + 1).WriteArray(np.clip(values * 10000, 1, 10000).astype("uint16"), 0, row)
    ds = None
    os.replace(tmp, path)
    return True


def _box(size, col0, row0, col1, row1):
    """Box at fractions of the tile (pixel-aligned)."""
    gt = GEOTRANSFORM
    c0, c1, r0, r1 = (int(round(f * size)) for f in (col0, col1, row0, row1))
    x0, x1 = gt[0] + c0 * gt[1], gt[0] + c1 * gt[1]
    y0, y1 = gt[3] + r0 * gt[5], gt[3] + r1 * gt[5]
    return ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def generate_samples(path, size):
    """GeoPackage with layers glint_sample, deep_water, sand_samples and training (class_code 1 sand, 4 seagrass)."""
    if os.path.exists(path):
        os.remove(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    band = BAND_ROWS / size  # height of one bottom-type band as a fraction of the tile
    edge = 20 / size  # keep 20 px away from band edges
    sand_rows = (edge, band - edge)
    seagrass_rows = (band + edge, 2 * band - edge)
    layers = {
        "glint_sample": [(None, (0.95, 0.0, 0.99, 2 * band))],
        "deep_water": [(None, (0.96, 0.0, 0.99, 2 * band))],
        "sand_samples": [(None, (c, sand_rows[0], c + 0.01, sand_rows[1])) for c in (0.14, 0.2, 0.28, 0.36)],
        "training": [(1, (c, sand_rows[0], c + 0.01, sand_rows[1])) for c in (0.15, 0.25, 0.35)]
        + [(4, (c, seagrass_rows[0], c + 0.01, seagrass_rows[1])) for c in (0.15, 0.25, 0.35)],
    }
    for name, boxes in layers.items():
        layer = ds.CreateLayer(name, srs, ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("class_code", ogr.OFTInteger))
        for code, fractions in boxes:
            feature = ogr.Feature(layer.GetLayerDefn())
            if code is not None:
                feature.SetField("class_code", code)
            feature.SetGeometry(_box(size, *fractions))
            layer.CreateFeature(feature)
    del ds
    return path


CHAIN = """
import sys, time
sys.path.insert(0, {plugins!r})
from osgeo import ogr
from bd_qgis_plugin.core.reef import benthic, dii, glint, masks
SAMPLES = ogr.Open({samples!r})  # kept open: a layer dies with its dataset
def polygons(name, coded=False):
    layer = SAMPLES.GetLayerByName(name)
    return [(f.GetFID(), f.GetField('class_code'), f.GetGeometryRef().ExportToWkb()) if coded
            else (f.GetFID(), f.GetGeometryRef().ExportToWkb()) for f in layer]
t = time.time()
fit = glint.glint_fit({image!r}, polygons('glint_sample'), 'S2')
glint.deglint({image!r}, {deglinted!r}, fit, 'S2')
masks.water_mask({deglinted!r}, {mask!r}, 'REFLECTANCE', deep_polygons=polygons('deep_water'))
fit_dii = dii.dii_fit({deglinted!r}, polygons('deep_water'), polygons('sand_samples'), 'REFLECTANCE',
                      mask_path={mask!r})
dii.dii_write({deglinted!r}, {dii!r}, fit_dii, 'REFLECTANCE', {mask!r})
benthic.feature_raster({deglinted!r}, {features!r}, {mask!r}, {dii!r}, 'REFLECTANCE', indices=True)
model, report = benthic.train_benthic({features!r}, {mask!r}, polygons('training', True), validation_fraction=0.34)
benthic.predict_benthic(model, {features!r}, {classes!r})
print('chain', round(time.time() - t, 1), 's; glint slopes', [round(b['slope'], 3) for b in fit['bands']],
      '; ki/kj B02/B03', round(fit_dii['pairs'][0]['ki_kj'], 3), '; held-out OA', report.get('overall_accuracy'),
      file=sys.stderr)
"""


def agreement(classes_path, size, block=512):
    """Share of mapped (shallow) pixels whose class is the generated bottom type."""
    ds = gdal.Open(classes_path)
    band = ds.GetRasterBand(1)
    right = total = 0
    for row in range(0, size, block):
        values = band.ReadAsArray(0, row, size, min(block, size - row))
        rows = np.arange(row, row + values.shape[0])[:, None]
        truth = np.where((rows // BAND_ROWS) % 2 == 1, 4, 1)
        mapped = values > 0
        right += int((values == truth)[mapped].sum())
        total += int(mapped.sum())
    return right / total if total else float("nan"), total / size / size


def bench_reef(args):
    """The reef chain at every size of ``--sizes``: time, peak memory, and agreement with the generated truth."""
    from run import BENCH_ENV, PLUGINS, PY, measure, remove, row, warm_page_cache

    rows = []
    for size in args.sizes:
        workdir = args.workdir
        image = os.path.join(workdir, f"reef_tile_{size}.tif")
        generate_reef_tile(image, size)
        warm_page_cache(image)
        samples = generate_samples(os.path.join(workdir, f"reef_samples_{size}.gpkg"), size)
        paths = {name: os.path.join(workdir, f"reef_{name}_{size}.tif")
                 for name in ("deglinted", "mask", "dii", "features", "classes")}
        code = CHAIN.format(plugins=PLUGINS, samples=samples, image=image, **paths)
        cmd = [PY, "-c", code]
        measured = measure(cmd, BENCH_ENV)
        share, shallow = agreement(paths["classes"], size)
        check = f"{100 * share:.1f} % of shallow px = generated bottom ({100 * shallow:.0f} % of tile shallow)"
        print(f"[bench] reef {size}²: {measured[0]:.1f} s, {measured[1]:.0f} MB; {check}", flush=True)
        result = row("reef", size, "bd (ours): mask+glint+DII+benthic", measured, cmd, check=check)
        result["agreement"] = share
        rows.append(result)
        if not args.keep:
            remove(*paths.values())
    return rows
