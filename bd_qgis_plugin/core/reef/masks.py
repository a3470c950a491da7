"""The water mask: land/cloud, water and optically deep/shallow water as one coded raster (no Qt).

* Land/cloud: NIR or SWIR1 reflectance above a threshold (ACOLITE's default for non-water is
  ρ(1600 nm) > 0.0215, Vanhellemont & Ruddick 2018; at 10 m without SWIR, NIR > 0.1 is used).
* Water where NDWI = (G − NIR)/(G + NIR) > 0 (McFeeters 1996).
* Optically deep water where every deep-water band is below mean + 3σ of a deep-water sample, or deeper than a
  depth limit.
"""

import numpy as np

from ..errors import InputError
from ..raster_io import RasterReader, RasterWriter, check_aligned, run_blockwise
from .common import (
    MASK_DEEP,
    MASK_LAND,
    MASK_NODATA,
    MASK_NOT_WATER,
    MASK_SHALLOW,
    WATER_CODES,
    find_bands,
    reflectance,
    role_preset,
    sample_pixels,
)

__all__ = ["MASK_CLASSES", "MASK_DEEP", "MASK_LAND", "MASK_NODATA", "MASK_NOT_WATER", "MASK_SHALLOW",
           "NIR_LAND_THRESHOLD", "SWIR_LAND_THRESHOLD", "WATER_CODES", "water_mask"]

MASK_CLASSES = {MASK_LAND: "Land or cloud (bright NIR/SWIR)",
                MASK_NOT_WATER: "Not water (NDWI at or below the threshold)",
                MASK_DEEP: "Optically deep water", MASK_SHALLOW: "Optically shallow water"}
SWIR_LAND_THRESHOLD = 0.0215  # ACOLITE default for ρ(1600 nm), Vanhellemont & Ruddick 2018
NIR_LAND_THRESHOLD = 0.1


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
                refl = reflectance(data, preset)
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
