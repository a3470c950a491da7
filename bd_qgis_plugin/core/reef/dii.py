"""Depth-invariant index of Lyzenga (1978, 1981) (no Qt).

X_i = ln(L_i − L_deep,i) (clamped to a small positive difference); over one bottom type at varying depth
a = (σ_ii − σ_jj)/(2σ_ij), k_i/k_j = a + √(a² + 1), DII_ij = X_i − (k_i/k_j) X_j.
"""

import math

import numpy as np

from ..errors import InputError
from ..raster_io import RasterReader, RasterWriter, run_blockwise
from ..sensors import S2_ROLE_BANDS
from .common import (
    FLOAT_NODATA,
    MASK_SHALLOW,
    WATER_CODES,
    MaskReader,
    find_bands,
    reflectance,
    role_preset,
    sample_pixels,
)

DEFAULT_PAIRS = (("blue", "green"), ("blue", "red"), ("green", "red"))  # B02/B03, B02/B04, B03/B04
DII_CLAMP = 1e-4
MIN_SAND_PIXELS = 30


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
        mask = MaskReader(mask_path, reader.grid, reader.label)
        try:
            with RasterWriter(output, reader.grid, len(fit["pairs"]), "float32", FLOAT_NODATA,
                              [p["name"] for p in fit["pairs"]]) as writer:
                writer.set_metadata({"bd:method": fit["method"],
                                     **{f"bd:{p['name']} ki/kj": p["ki_kj"] for p in fit["pairs"]}})

                def process(window):
                    data, valid = reader.read(window, order, nodata_override=preset.nodata)
                    x = np.log(np.maximum(reflectance(data, preset) - deep, clamp))
                    out = np.stack([x[index[p["i"]]] - np.float32(p["ki_kj"]) * x[index[p["j"]]]
                                    for p in fit["pairs"]])
                    mask.keep(window, valid, (MASK_SHALLOW,))
                    writer.write(window, out, valid)

                run_blockwise(reader.windows(), process, progress, is_cancelled)
        finally:
            mask.close()
