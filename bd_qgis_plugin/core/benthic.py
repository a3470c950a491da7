"""Optically shallow water: masks, sun glint, depth-invariant index, bathymetry (no Qt).

Methods (cited where implemented):

* Land/cloud mask: NIR or SWIR1 reflectance above a threshold (ACOLITE's default for non-water is
  ρ(1600 nm) > 0.0215, Vanhellemont & Ruddick 2018; at 10 m without SWIR, NIR > 0.1 is used);
  water where NDWI = (G − NIR)/(G + NIR) > 0 (McFeeters 1996); optically deep water where every
  deep-water band is below mean + 3σ of a deep-water sample, or deeper than a depth limit.
* Sun glint: Hedley, Harborne & Mumby (2005), R′_i = R_i − b_i (R_NIR − min R_NIR), b_i the OLS slope
  of R_i on R_NIR over glinted optically deep water, min R_NIR the sample's minimum.
* Depth-invariant index: Lyzenga (1978, 1981), X_i = ln(L_i − L_deep,i) (clamped to a small positive
  difference), over one bottom type at varying depth a = (σ_ii − σ_jj)/(2σ_ij),
  k_i/k_j = a + √(a² + 1), DII_ij = X_i − (k_i/k_j) X_j.
* Bathymetry: Stumpf, Holderied & Sinclair (2003) log ratio, Z = m1 · ln(n R_blue)/ln(n R_green) − m0,
  m0 and m1 by least squares on known depths.

Everything runs window by window through :mod:`.raster_io` (memory flat in raster size; outputs
written to a temporary file and renamed when complete).
"""

import math
import tempfile

import numpy as np

from .errors import InputError
from .palettes import BENTHIC_CLASSES as PALETTE_BENTHIC
from .raster_io import RasterReader, RasterWriter, Window, check_aligned, run_blockwise
from .sensors import S2_ROLE_BANDS, SENSORS, SensorPreset, resolve_bands
from .zonal import polygon_blocks, polygon_window, read_geometry

MASK_NODATA, MASK_LAND, MASK_NOT_WATER, MASK_DEEP, MASK_SHALLOW = 0, 1, 2, 3, 4
MASK_CLASSES = {MASK_LAND: "Land or cloud (bright NIR/SWIR)",
                MASK_NOT_WATER: "Not water (NDWI at or below the threshold)",
                MASK_DEEP: "Optically deep water", MASK_SHALLOW: "Optically shallow water"}
WATER_CODES = (MASK_DEEP, MASK_SHALLOW)
FLOAT_NODATA = -9999.0
SWIR_LAND_THRESHOLD = 0.0215  # ACOLITE default for ρ(1600 nm), Vanhellemont & Ruddick 2018
NIR_LAND_THRESHOLD = 0.1
DEFAULT_PAIRS = (("blue", "green"), ("blue", "red"), ("green", "red"))  # B02/B03, B02/B04, B03/B04
DII_CLAMP = 1e-4
MIN_GLINT_PIXELS = 20
MIN_SAND_PIXELS = 30
MIN_DEPTH_POINTS = 5
MAX_SAMPLE_PIXELS = 200_000

# Allen Coral Atlas benthic classes with the Atlas' own codes and colours (11 sand, 12 rubble, 13 rock,
# 14 seagrass, 15 coral/algae, 18 microalgal mats; Allen Coral Atlas 2020), so a map of the plugin compares
# directly with the Atlas' rasters. One source of truth: core/palettes.py (the plugin's mask codes 9 and 10
# are not classes of a benthic map).
BENTHIC_CLASSES = {c.code: (c.name_en, c.colour) for c in PALETTE_BENTHIC if c.code >= 11}


def role_preset(sensor):
    """The sensor preset; for plain reflectance, Sentinel-2 band names are still looked up in descriptions."""
    preset = SENSORS.get(sensor or "REFLECTANCE")
    if preset is None:
        raise InputError("Unknown sensor '{name}'.", name=sensor)
    if not preset.role_bands:
        preset = SensorPreset(preset.key, preset.label, preset.scale, preset.offset, S2_ROLE_BANDS, {}, preset.nodata)
    return preset


def find_bands(reader, preset, roles, explicit=None):
    """{role: band number} for ``roles`` (see :func:`.sensors.resolve_bands`)."""
    return resolve_bands(preset, roles, reader.count, reader.descriptions, explicit)


def _reflectance(data, preset):
    return data.astype("float32") * np.float32(preset.scale) + np.float32(preset.offset)


class _MaskReader:
    """Reads an optional mask raster (codes of :func:`water_mask`) on the image's grid."""

    def __init__(self, mask_path, grid, image_label):
        self.reader = None
        if mask_path:
            self.reader = RasterReader(mask_path)
            check_aligned({image_label: grid, self.reader.label: self.reader.grid})

    def codes(self, window):
        if self.reader is None:
            return None
        data, valid = self.reader.read(window, [1])
        return np.where(valid, data[0], MASK_NODATA)

    def keep(self, window, selected, allowed):
        """``selected`` (boolean, in place) restricted to the mask classes ``allowed``; unchanged without a mask."""
        codes = self.codes(window)
        if codes is not None:
            selected &= np.isin(codes, allowed)
        return selected

    def close(self):
        if self.reader is not None:
            self.reader.close()


def sample_pixels(path, polygons, bands, preset, what, mask_path=None, allowed=None):
    """Reflectance (n, len(bands)) of the pixels whose centres lie in ``polygons`` = [(id, WKB)].

    With a mask, only pixels whose mask code is in ``allowed`` are kept; polygons with none left are
    named in the error. Large polygons are thinned to about ``MAX_SAMPLE_PIXELS`` pixels.
    """
    if not polygons:
        _sample_error(what, "missing")
    rows, outside, unusable = [], [], []
    with RasterReader(path) as reader, tempfile.TemporaryDirectory(prefix="bd-sample-") as tmp:
        reader.check_bands(bands)
        mask = _MaskReader(mask_path, reader.grid, reader.label)
        try:
            for pid, wkb in polygons:
                geometry = read_geometry(wkb, pid)
                window = polygon_window(reader.grid, geometry.GetEnvelope())
                if window is None:
                    outside.append(str(pid))
                    continue
                step = max(1, int(math.ceil(window.width * window.height / MAX_SAMPLE_PIXELS)))
                kept = 0
                for sub, inside in polygon_blocks(reader.grid, geometry, window, tmp):
                    data, valid = reader.read(sub, bands, nodata_override=preset.nodata)
                    take = mask.keep(sub, inside & valid, allowed)
                    if step > 1:
                        take &= (np.arange(take.size).reshape(take.shape) % step) == 0
                    if take.any():
                        rows.append(_reflectance(data[:, take], preset).T.astype("float64"))
                        kept += int(take.sum())
                if kept == 0:
                    unusable.append(str(pid))
        finally:
            mask.close()
    if outside:
        _sample_error(what, "outside", ", ".join(outside[:20]))
    if unusable and len(unusable) == len(polygons):
        _sample_error(what, "unusable")
    values = np.concatenate(rows) if rows else np.empty((0, len(bands)))
    return values, unusable


def _sample_error(what, problem, ids=""):
    """The error for a sample layer (literal templates, one per layer and problem, so each translates whole)."""
    messages = {
        ("deep-water", "missing"): InputError("No deep-water polygons were given. Draw a few over clear water too "
                                              "deep to see the bottom."),
        ("glint sample", "missing"): InputError("No glint sample polygons were given. Draw them over deep water "
                                                "with visible glint."),
        ("sand", "missing"): InputError("No sand polygons were given. Draw them over bright sand from shallow to "
                                        "deeper water."),
        ("deep-water", "outside"): InputError("Deep-water polygon(s) {ids} lie outside the image. Check the CRS and "
                                              "extent of the layer.", ids=ids),
        ("glint sample", "outside"): InputError("Glint sample polygon(s) {ids} lie outside the image. Check the CRS "
                                                "and extent of the layer.", ids=ids),
        ("sand", "outside"): InputError("Sand polygon(s) {ids} lie outside the image. Check the CRS and extent of "
                                        "the layer.", ids=ids),
        ("deep-water", "unusable"): InputError("The deep-water polygons hold no usable pixel: they lie on land, "
                                               "cloud or nodata, or outside the water of the mask. Draw them over "
                                               "clear, deep water."),
        ("glint sample", "unusable"): InputError("The glint sample polygons hold no usable pixel: they lie on land, "
                                                 "cloud or nodata, or outside the water of the mask. Draw them over "
                                                 "deep water with visible glint."),
        ("sand", "unusable"): InputError("The sand polygons hold no usable pixel: they lie on land, cloud, nodata "
                                         "or deep water in the mask. Draw them over sand in optically shallow "
                                         "water."),
    }
    raise messages[(what, problem)]


# --- masks -------------------------------------------------------------------------------------------------

def water_mask(path, output, sensor="S2", explicit=None, deep_polygons=None, depth_path=None, max_depth=None,
               nir_threshold=NIR_LAND_THRESHOLD, swir_threshold=SWIR_LAND_THRESHOLD, ndwi_threshold=0.0,
               deep_sigma=3.0, progress=None, is_cancelled=None):
    """Write the coded mask (:data:`MASK_CLASSES`) and return a report dict.

    Land/cloud: NIR > ``nir_threshold`` or (when the image has SWIR1) SWIR1 > ``swir_threshold``.
    Not water: NDWI ≤ ``ndwi_threshold``. Optically deep: blue and green both below mean + ``deep_sigma``·σ
    of the deep-water sample, or ``depth_path`` deeper than ``max_depth`` (depth positive downwards).
    """
    preset = role_preset(sensor)
    if not deep_polygons and not depth_path:
        raise InputError("Optically deep water needs deep-water sample polygons (DEEP_WATER) or a depth raster "
                         "with a maximum depth. Draw a few polygons over clear water too deep to see the bottom.")
    if depth_path and max_depth is None:
        raise InputError("A depth raster needs a maximum depth (m) beyond which the bottom is not visible.")
    with RasterReader(path) as reader:
        roles = find_bands(reader, preset, ("blue", "green", "nir"), explicit)
        try:
            roles.update(find_bands(reader, preset, ("swir1",), explicit))
        except InputError:
            pass  # 10 m stacks have no SWIR: NIR alone marks land and cloud
        grid, label = reader.grid, reader.label
    report = {"method": "land/cloud: NIR or SWIR1 threshold (ACOLITE ρ(1600 nm) > 0.0215, Vanhellemont & "
                        "Ruddick 2018); water: NDWI > threshold (McFeeters 1996); optically deep: signal < mean + "
                        f"{deep_sigma:g}σ of the deep-water sample, or deeper than the depth limit",
              "bands": roles, "nir_threshold": nir_threshold,
              "swir_threshold": swir_threshold if "swir1" in roles else None, "ndwi_threshold": ndwi_threshold,
              "codes": {str(k): v for k, v in MASK_CLASSES.items()}}
    limits = None
    if deep_polygons:
        deep, unusable = _deep_sample(path, deep_polygons, roles, preset, nir_threshold, swir_threshold,
                                      ndwi_threshold)
        mean, std = deep.mean(axis=0), deep.std(axis=0, ddof=1) if len(deep) > 1 else np.zeros(2)
        limits = mean + deep_sigma * std
        report["deep_water_sample"] = {"pixels": int(len(deep)), "blue_mean": float(mean[0]),
                                       "blue_std": float(std[0]), "green_mean": float(mean[1]),
                                       "green_std": float(std[1]), "blue_limit": float(limits[0]),
                                       "green_limit": float(limits[1]), "polygons_on_land_or_cloud": unusable}
    depth = None
    if depth_path:
        depth = RasterReader(depth_path)
        check_aligned({label: grid, depth.label: depth.grid})
        report["depth_limit_m"] = float(max_depth)
    order = [roles["blue"], roles["green"], roles["nir"]] + ([roles["swir1"]] if "swir1" in roles else [])
    counts = dict.fromkeys(MASK_CLASSES, 0)
    try:
        with RasterReader(path) as reader, RasterWriter(output, grid, 1, "uint8", MASK_NODATA,
                                                        ["water mask"]) as writer:
            writer.set_metadata({f"class_{k}": v for k, v in MASK_CLASSES.items()})

            def process(window):
                data, valid = reader.read(window, order, nodata_override=preset.nodata)
                refl = _reflectance(data, preset)
                codes = _mask_codes(refl, valid, nir_threshold, swir_threshold, ndwi_threshold)
                water = codes == MASK_SHALLOW
                deep_here = np.zeros_like(water)
                if limits is not None:
                    deep_here |= (refl[0] < limits[0]) & (refl[1] < limits[1])
                if depth is not None:
                    d, d_valid = depth.read(window, [1])
                    deep_here |= d_valid & (d[0] > max_depth)
                codes[water & deep_here] = MASK_DEEP
                for code in MASK_CLASSES:
                    counts[code] += int((codes == code).sum())
                writer.write(window, codes)

            run_blockwise(reader.windows(), process, progress, is_cancelled)
            if counts[MASK_DEEP] + counts[MASK_SHALLOW] == 0:
                raise InputError("No water pixel in the image: it is all land, cloud or nodata with these thresholds "
                                 "(NIR > {nir}, NDWI ≤ {ndwi}). Choose a clearer scene or check the sensor/band "
                                 "settings; nothing was written.", nir=nir_threshold, ndwi=ndwi_threshold)
    finally:
        if depth is not None:
            depth.close()
    report["pixels"] = {MASK_CLASSES[k]: v for k, v in counts.items()}
    if counts[MASK_SHALLOW] == 0:
        report["warning"] = "No optically shallow water: every water pixel is as dark as the deep-water sample."
    return report


def _mask_codes(refl, valid, nir_threshold, swir_threshold, ndwi_threshold):
    """Codes from reflectance rows (blue, green, nir[, swir1]) of a window."""
    green, nir = refl[1], refl[2]
    bright = nir > nir_threshold
    if refl.shape[0] > 3:
        bright |= refl[3] > swir_threshold
    with np.errstate(divide="ignore", invalid="ignore"):
        ndwi = (green - nir) / (green + nir)
    codes = np.full(valid.shape, MASK_SHALLOW, dtype="uint8")
    codes[~(ndwi > ndwi_threshold)] = MASK_NOT_WATER
    codes[bright] = MASK_LAND
    codes[~valid] = MASK_NODATA
    return codes


def _deep_sample(path, polygons, roles, preset, nir_threshold, swir_threshold, ndwi_threshold):
    order = [roles["blue"], roles["green"], roles["nir"]] + ([roles["swir1"]] if "swir1" in roles else [])
    values, _ = sample_pixels(path, polygons, order, preset, "deep-water")
    codes = _mask_codes(values.T, np.ones(len(values), bool), nir_threshold, swir_threshold, ndwi_threshold)
    water = codes == MASK_SHALLOW
    if not water.any():
        raise InputError("The deep-water polygons lie on land or cloud (no pixel under them is water: NIR > {nir} "
                         "or NDWI ≤ {ndwi}). Draw them over clear, deep water.", nir=nir_threshold,
                         ndwi=ndwi_threshold)
    if water.mean() < 0.5:
        raise InputError("Most pixels under the deep-water polygons are land or cloud ({share:.0f} %). Draw them "
                         "over clear, deep water only.", share=100 * (1 - water.mean()))
    return values[water][:, :2], []


# --- sun glint (Hedley et al. 2005) ------------------------------------------------------------------------

def glint_fit(path, polygons, sensor="S2", explicit=None, band_roles=("blue", "green", "red"), mask_path=None):
    """Per-band OLS slope of R_i on R_NIR over the glint sample (Hedley et al. 2005); returns a dict."""
    preset = role_preset(sensor)
    with RasterReader(path) as reader:
        roles = find_bands(reader, preset, (*band_roles, "nir"), explicit)
        descriptions = reader.descriptions
    order = [roles[r] for r in band_roles] + [roles["nir"]]
    values, unusable = sample_pixels(path, polygons, order, preset, "glint sample", mask_path, WATER_CODES)
    if len(values) < MIN_GLINT_PIXELS:
        raise InputError("The glint sample has only {n} water pixels; at least {min} are needed. Draw larger "
                         "polygons over deep water with visible glint.", n=len(values), min=MIN_GLINT_PIXELS)
    nir = values[:, -1]
    if np.ptp(nir) <= 1e-6:
        raise InputError("NIR does not vary over the glint sample, so no glint slope can be fitted: draw the "
                         "polygons where glint (bright wave facets) varies, over deep water.")
    fit = {"method": "Hedley, Harborne & Mumby 2005: R'_i = R_i − b_i (R_NIR − min R_NIR)",
           "pixels": int(len(values)), "min_nir": float(nir.min()), "nir_band": roles["nir"],
           "bands": [], "polygons_without_water": unusable}
    for k, role in enumerate(band_roles):
        slope, intercept = np.polyfit(nir, values[:, k], 1)
        r = np.corrcoef(nir, values[:, k])[0, 1] if np.std(values[:, k]) > 0 else 0.0
        fit["bands"].append({"role": role, "band": roles[role],
                             "name": descriptions[roles[role] - 1] or S2_ROLE_BANDS[role],
                             "slope": float(slope), "intercept": float(intercept), "r2": float(r * r)})
    return fit


def deglint(path, output, fit, sensor="S2", mask_path=None, progress=None, is_cancelled=None):
    """Write glint-corrected reflectance of the fitted bands, then NIR unchanged (float32, nodata −9999).

    With a mask, pixels that are not water (codes 3, 4) are nodata.
    """
    preset = role_preset(sensor)
    bands = [b["band"] for b in fit["bands"]] + [fit["nir_band"]]
    slopes = np.array([b["slope"] for b in fit["bands"]], dtype="float32")[:, None, None]
    with RasterReader(path) as reader:
        reader.check_bands(bands)
        names = [b["name"] for b in fit["bands"]] + [reader.descriptions[fit["nir_band"] - 1] or "B08"]
        mask = _MaskReader(mask_path, reader.grid, reader.label)
        try:
            with RasterWriter(output, reader.grid, len(bands), "float32", FLOAT_NODATA, names) as writer:
                writer.set_metadata({"bd:method": fit["method"], "bd:min_nir": fit["min_nir"],
                                     **{f"bd:slope_{b['name']}": b["slope"] for b in fit["bands"]}})

                def process(window):
                    data, valid = reader.read(window, bands, nodata_override=preset.nodata)
                    refl = _reflectance(data, preset)
                    refl[:-1] -= slopes * (refl[-1] - np.float32(fit["min_nir"]))
                    mask.keep(window, valid, WATER_CODES)
                    writer.write(window, refl, valid)

                run_blockwise(reader.windows(), process, progress, is_cancelled)
        finally:
            mask.close()


# --- depth-invariant index (Lyzenga 1978, 1981) ------------------------------------------------------------

def dii_fit(path, deep_polygons, sand_polygons, sensor="REFLECTANCE", explicit=None, pairs=DEFAULT_PAIRS,
            mask_path=None, clamp=DII_CLAMP, min_sand=MIN_SAND_PIXELS):
    """Deep-water signal and k_i/k_j per band pair from sand at varying depth; returns a dict."""
    preset = role_preset(sensor)
    roles_needed = sorted({r for pair in pairs for r in pair}, key=["blue", "green", "red"].index)
    with RasterReader(path) as reader:
        roles = find_bands(reader, preset, roles_needed, explicit)
    order = [roles[r] for r in roles_needed]
    deep, _ = sample_pixels(path, deep_polygons, order, preset, "deep-water", mask_path, WATER_CODES)
    sand, unusable = sample_pixels(path, sand_polygons, order, preset, "sand", mask_path, (MASK_SHALLOW,))
    if len(sand) < min_sand:
        raise InputError("Only {n} sand pixels in optically shallow water; the depth-invariant index needs at least "
                         "{min} (one bottom type, sand, over a range of depths). Draw more or larger sand polygons.",
                         n=len(sand), min=min_sand)
    deep_mean = deep.mean(axis=0)
    difference = sand - deep_mean
    clamped = difference <= clamp
    if clamped.any(axis=1).mean() > 0.5:
        raise InputError("Most sand pixels are not brighter than deep water, so the bottom is not seen there: draw "
                         "the sand polygons over bright sand in shallow water, and the deep-water polygons over "
                         "water too deep to see the bottom.")
    x = np.log(np.maximum(difference, clamp))
    result = {"method": "Lyzenga 1978/1981: X_i = ln(L_i − L_deep,i); a = (σ_ii − σ_jj)/(2σ_ij); "
                        "k_i/k_j = a + √(a²+1); DII_ij = X_i − (k_i/k_j) X_j",
              "deep_pixels": int(len(deep)), "sand_pixels": int(len(sand)), "clamp": clamp,
              "clamped_sand_pixels": int(clamped.any(axis=1).sum()), "sand_polygons_unused": unusable,
              "deep_mean": {r: float(v) for r, v in zip(roles_needed, deep_mean)},
              "deep_std": {r: float(v) for r, v in zip(roles_needed, deep.std(axis=0))},
              "bands": {r: roles[r] for r in roles_needed}, "pairs": []}
    index = {r: k for k, r in enumerate(roles_needed)}
    for i_role, j_role in pairs:
        var_i, var_j, cov_ij, a, ratio = attenuation_ratio(x[:, index[i_role]], x[:, index[j_role]])
        if ratio is None:
            raise InputError("Over the sand sample, {a} and {b} do not vary together (covariance {cov:.2g}): the sand "
                             "polygons need a range of depths (shallow to deeper sand) for the depth-invariant index.",
                             a=S2_ROLE_BANDS[i_role], b=S2_ROLE_BANDS[j_role], cov=cov_ij)
        result["pairs"].append({"i": i_role, "j": j_role,
                                "name": f"DII {S2_ROLE_BANDS[i_role]}/{S2_ROLE_BANDS[j_role]}",
                                "var_i": var_i, "var_j": var_j, "cov_ij": cov_ij, "a": a, "ki_kj": ratio,
                                "r": cov_ij / math.sqrt(var_i * var_j) if var_i > 0 and var_j > 0 else 0.0})
    return result


def attenuation_ratio(xi, xj):
    """(σ_ii, σ_jj, σ_ij, a, k_i/k_j) of X_i, X_j over one bottom type (Lyzenga 1981); ratio None if σ_ij ≤ 0."""
    cov = np.cov(xi, xj)
    var_i, var_j, cov_ij = float(cov[0, 0]), float(cov[1, 1]), float(cov[0, 1])
    if cov_ij <= 1e-12:
        return var_i, var_j, cov_ij, None, None
    a = (var_i - var_j) / (2 * cov_ij)
    return var_i, var_j, cov_ij, a, a + math.sqrt(a * a + 1)


def dii_write(path, output, fit, sensor="REFLECTANCE", mask_path=None, progress=None, is_cancelled=None):
    """Write one DII band per fitted pair (float32, nodata −9999; with a mask, shallow water only)."""
    preset = role_preset(sensor)
    roles = list(fit["bands"])
    order = [fit["bands"][r] for r in roles]
    deep = np.array([fit["deep_mean"][r] for r in roles], dtype="float32")[:, None, None]
    index = {r: k for k, r in enumerate(roles)}
    clamp = np.float32(fit["clamp"])
    with RasterReader(path) as reader:
        reader.check_bands(order)
        mask = _MaskReader(mask_path, reader.grid, reader.label)
        try:
            with RasterWriter(output, reader.grid, len(fit["pairs"]), "float32", FLOAT_NODATA,
                              [p["name"] for p in fit["pairs"]]) as writer:
                writer.set_metadata({"bd:method": fit["method"],
                                     **{f"bd:{p['name']} ki/kj": p["ki_kj"] for p in fit["pairs"]}})

                def process(window):
                    data, valid = reader.read(window, order, nodata_override=preset.nodata)
                    x = np.log(np.maximum(_reflectance(data, preset) - deep, clamp))
                    out = np.stack([x[index[p["i"]]] - np.float32(p["ki_kj"]) * x[index[p["j"]]]
                                    for p in fit["pairs"]])
                    mask.keep(window, valid, (MASK_SHALLOW,))
                    writer.write(window, out, valid)

                run_blockwise(reader.windows(), process, progress, is_cancelled)
        finally:
            mask.close()


# --- bathymetry (Stumpf et al. 2003) -----------------------------------------------------------------------

def values_at_points(path, xs, ys, bands, preset):
    """Reflectance (n, bands) at points (x, y in the raster's CRS); NaN where nodata; error if outside."""
    out = np.full((len(xs), len(bands)), np.nan)
    with RasterReader(path) as reader:
        gt = reader.grid.geotransform
        cols = np.floor((np.asarray(xs, float) - gt[0]) / gt[1]).astype(int)
        rows = np.floor((np.asarray(ys, float) - gt[3]) / gt[5]).astype(int)
        outside = [i for i, (c, r) in enumerate(zip(cols, rows))
                   if not (0 <= c < reader.width and 0 <= r < reader.height)]
        if outside:
            raise InputError("{count} depth point(s) fall outside the image (input order: {which}).",
                             count=len(outside), which=", ".join(str(i + 1) for i in outside[:20]))
        for k, (c, r) in enumerate(zip(cols, rows)):
            data, valid = reader.read(Window(int(c), int(r), 1, 1), bands, nodata_override=preset.nodata)
            if valid[0, 0]:
                out[k] = _reflectance(data[:, 0, 0], preset)
    return out


def stumpf_ratio(blue, green, n=1000.0):
    """ln(n R_blue) / ln(n R_green) (Stumpf et al. 2003); NaN where a logarithm is not positive."""
    with np.errstate(divide="ignore", invalid="ignore"):
        lb, lg = np.log(n * blue), np.log(n * green)
        ratio = lb / lg
    return np.where((lb > 0) & (lg > 0), ratio, np.nan)


#: Names of :func:`index_features`, in order.
INDEX_FEATURES = ("Stumpf ln(B)/ln(G)", "Stumpf ln(G)/ln(R)", "NDWI", "B/G", "G/R", "B/R")
INDEX_ROLES = ("blue", "green", "red", "nir")


def index_features(blue, green, red, nir):
    """Water-column features of the benthic classifier from reflectance, shape (6, …) float32 (0 where undefined):
    the Stumpf et al. (2003) log ratios ln(1000 B)/ln(1000 G) and ln(1000 G)/ln(1000 R) (depth proxies), NDWI
    (G − NIR)/(G + NIR) (McFeeters 1996) and the band ratios B/G, G/R, B/R (brightness-free colour)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        stack = np.stack([stumpf_ratio(blue, green), stumpf_ratio(green, red), (green - nir) / (green + nir),
                          blue / green, green / red, blue / red]).astype("float32")
    return np.nan_to_num(stack, nan=0.0, posinf=0.0, neginf=0.0)


def stumpf_fit(path, points, sensor="REFLECTANCE", explicit=None, n=1000.0):
    """Fit depth = m1 · ratio − m0 on ``points`` = [(x, y, depth in m, positive down)]; returns a dict."""
    preset = role_preset(sensor)
    with RasterReader(path) as reader:
        roles = find_bands(reader, preset, ("blue", "green"), explicit)
    pts = np.asarray(points, dtype=float).reshape(-1, 3)
    refl = values_at_points(path, pts[:, 0], pts[:, 1], [roles["blue"], roles["green"]], preset)
    ratio = stumpf_ratio(refl[:, 0], refl[:, 1], n)
    usable = np.isfinite(ratio) & np.isfinite(pts[:, 2])
    if usable.sum() < MIN_DEPTH_POINTS:
        raise InputError("Only {n} depth points fall on usable water pixels (reflectance above 1/n in blue and "
                         "green); at least {min} are needed to calibrate the bathymetry.", n=int(usable.sum()),
                         min=MIN_DEPTH_POINTS)
    r, z = ratio[usable], pts[usable, 2]
    if np.ptp(r) <= 1e-9:
        raise InputError("The blue/green log ratio is the same at every depth point: the points need different "
                         "depths over visible bottom.")
    m1, intercept = np.polyfit(r, z, 1)
    predicted = m1 * r + intercept
    residual = z - predicted
    total = ((z - z.mean()) ** 2).sum()
    return {"method": "Stumpf, Holderied & Sinclair 2003: Z = m1 · ln(n R_blue)/ln(n R_green) − m0",
            "n": n, "m1": float(m1), "m0": float(-intercept), "points_used": int(usable.sum()),
            "points_unusable": int((~usable).sum()),
            "r2": float(1 - (residual ** 2).sum() / total) if total > 0 else float("nan"),
            "rmse": float(np.sqrt((residual ** 2).mean())), "bands": roles}


def stumpf_write(path, output, fit, max_depth, sensor="REFLECTANCE", mask_path=None, progress=None,
                 is_cancelled=None):
    """Write depth (m, positive down) clipped to [0, ``max_depth``]; with a mask, water pixels only."""
    preset = role_preset(sensor)
    order = [fit["bands"]["blue"], fit["bands"]["green"]]
    with RasterReader(path) as reader:
        reader.check_bands(order)
        mask = _MaskReader(mask_path, reader.grid, reader.label)
        try:
            with RasterWriter(output, reader.grid, 1, "float32", FLOAT_NODATA, ["depth (m)"]) as writer:
                writer.set_metadata({"bd:method": fit["method"], "bd:m0": fit["m0"], "bd:m1": fit["m1"],
                                     "bd:max_depth": max_depth})

                def process(window):
                    data, valid = reader.read(window, order, nodata_override=preset.nodata)
                    refl = _reflectance(data, preset)
                    ratio = stumpf_ratio(refl[0], refl[1], fit["n"])
                    depth = np.clip(fit["m1"] * ratio - fit["m0"], 0.0, max_depth)
                    valid &= np.isfinite(depth)
                    mask.keep(window, valid, WATER_CODES)
                    writer.write(window, depth, valid)

                run_blockwise(reader.windows(), process, progress, is_cancelled)
        finally:
            mask.close()
