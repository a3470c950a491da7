"""Constructed shallow-water scenes shared by the reef core and algorithm tests (Lyzenga 1978 two-flow model)."""

import os

import numpy as np
from helpers import write_raster
from osgeo import ogr

X0, Y0, PIXEL = 500000.0, 1200000.0, 10.0


NAMES = ["B02", "B03", "B04", "B08"]


DEEP = np.array([0.050, 0.030, 0.010, 0.005])  # blue, green, red, NIR of deep clear water


LAND = np.array([0.060, 0.080, 0.070, 0.300])


def box(col0, row0, col1, row1, pid="p"):
    wkt = (f"POLYGON(({X0 + PIXEL * col0} {Y0 - PIXEL * row0}, {X0 + PIXEL * col1} {Y0 - PIXEL * row0}, "
           f"{X0 + PIXEL * col1} {Y0 - PIXEL * row1}, {X0 + PIXEL * col0} {Y0 - PIXEL * row1}, "
           f"{X0 + PIXEL * col0} {Y0 - PIXEL * row0}))")
    return pid, ogr.CreateGeometryFromWkt(wkt).ExportToWkb()


def write(tmp_path, name, data, nodata=None, names=NAMES):
    return write_raster(tmp_path / name, np.asarray(data, dtype="float32"), origin=(X0, Y0), pixel=PIXEL,
                        nodata=nodata, descriptions=names, dtype="float32")


def no_partial_files(folder):
    return not [f for f in os.listdir(folder) if f.endswith(".part.tif")]


SLOPES = (0.85, 0.92, 0.97)


K = np.array([0.05, 0.08, 0.30])  # diffuse attenuation of blue, green, red (1/m)


SAND_A = np.array([0.08, 0.09, 0.10])


SEAGRASS_A = np.array([0.02, 0.04, 0.02])


def _bottom_scene(tmp_path, noise=0.0002):
    """40×40: deep water in cols 0–9; shallow cols 10–39, depth 1–6 m along rows; sand cols 10–24, seagrass 25–39.

    L_i = L_deep,i + A_i exp(−2 k_i z) (Lyzenga 1978's two-flow model).
    """
    rng = np.random.default_rng(3)
    depth = np.linspace(1, 6, 40)[:, None].repeat(40, axis=1)
    data = np.zeros((4, 40, 40))
    for i in range(3):
        bottom = np.where(np.arange(40) < 25, SAND_A[i], SEAGRASS_A[i])[None, :]
        data[i] = DEEP[i] + bottom * np.exp(-2 * K[i] * depth)
    data[:3, :, :10] = DEEP[:3, None, None]
    data[:3] += rng.normal(0, noise, (3, 40, 40))
    data[3] = DEEP[3]
    return write(tmp_path, "bottom.tif", data), depth
