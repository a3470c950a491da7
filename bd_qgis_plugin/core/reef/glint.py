"""Sun-glint correction of Hedley, Harborne & Mumby (2005) (no Qt).

R′_i = R_i − b_i (R_NIR − min R_NIR), b_i the OLS slope of R_i on R_NIR over glinted optically deep water,
min R_NIR the sample's minimum.
"""

import numpy as np

from ..errors import InputError
from ..raster_io import RasterReader, RasterWriter, run_blockwise
from ..sensors import S2_ROLE_BANDS
from .common import FLOAT_NODATA, WATER_CODES, MaskReader, find_bands, reflectance, role_preset, sample_pixels

MIN_GLINT_PIXELS = 20


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
        mask = MaskReader(mask_path, reader.grid, reader.label)
        try:
            with RasterWriter(output, reader.grid, len(bands), "float32", FLOAT_NODATA, names) as writer:
                writer.set_metadata({"bd:method": fit["method"], "bd:min_nir": fit["min_nir"],
                                     **{f"bd:slope_{b['name']}": b["slope"] for b in fit["bands"]}})

                def process(window):
                    data, valid = reader.read(window, bands, nodata_override=preset.nodata)
                    refl = reflectance(data, preset)
                    refl[:-1] -= slopes * (refl[-1] - np.float32(fit["min_nir"]))
                    mask.keep(window, valid, WATER_CODES)
                    writer.write(window, refl, valid)

                run_blockwise(reader.windows(), process, progress, is_cancelled)
        finally:
            mask.close()
