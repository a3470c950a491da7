"""Bathymetry by the log ratio of Stumpf, Holderied & Sinclair (2003) (no Qt).

Z = m1 · ln(n R_blue)/ln(n R_green) − m0, m0 and m1 by least squares on known depths.
"""

import numpy as np

from ..errors import InputError
from ..raster_io import RasterReader, RasterWriter, Window, run_blockwise
from .common import FLOAT_NODATA, WATER_CODES, MaskReader, find_bands, reflectance, role_preset

MIN_DEPTH_POINTS = 5


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
                out[k] = reflectance(data[:, 0, 0], preset)
    return out


def stumpf_ratio(blue, green, n=1000.0):
    """ln(n R_blue) / ln(n R_green) (Stumpf et al. 2003); NaN where a logarithm is not positive."""
    with np.errstate(divide="ignore", invalid="ignore"):
        lb, lg = np.log(n * blue), np.log(n * green)
        ratio = lb / lg
    return np.where((lb > 0) & (lg > 0), ratio, np.nan)


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
        mask = MaskReader(mask_path, reader.grid, reader.label)
        try:
            with RasterWriter(output, reader.grid, 1, "float32", FLOAT_NODATA, ["depth (m)"]) as writer:
                writer.set_metadata({"bd:method": fit["method"], "bd:m0": fit["m0"], "bd:m1": fit["m1"],
                                     "bd:max_depth": max_depth})

                def process(window):
                    data, valid = reader.read(window, order, nodata_override=preset.nodata)
                    refl = reflectance(data, preset)
                    ratio = stumpf_ratio(refl[0], refl[1], fit["n"])
                    depth = np.clip(fit["m1"] * ratio - fit["m0"], 0.0, max_depth)
                    valid &= np.isfinite(depth)
                    mask.keep(window, valid, WATER_CODES)
                    writer.write(window, depth, valid)

                run_blockwise(reader.windows(), process, progress, is_cancelled)
        finally:
            mask.close()
