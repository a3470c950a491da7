"""What the shallow-water methods share (no Qt): the water mask's codes, sensor roles and reflectance, the
reader of an optional mask on the image's grid, and the sampling of pixels under polygons.
"""

import math
import tempfile

import numpy as np

from ..errors import InputError
from ..raster_io import RasterReader, check_aligned
from ..sensors import S2_ROLE_BANDS, SENSORS, SensorPreset, resolve_bands
from ..zonal import polygon_blocks, polygon_window, read_geometry

#: Codes of the water mask (:func:`.masks.water_mask`), read by every method that takes a mask.
MASK_NODATA, MASK_LAND, MASK_NOT_WATER, MASK_DEEP, MASK_SHALLOW = 0, 1, 2, 3, 4
WATER_CODES = (MASK_DEEP, MASK_SHALLOW)
FLOAT_NODATA = -9999.0
MAX_SAMPLE_PIXELS = 200_000


def role_preset(sensor):
    """The sensor preset; for plain reflectance, Sentinel-2 band names are still looked up in descriptions."""
    preset = SENSORS.get(sensor or "REFLECTANCE")
    if preset is None:
        raise InputError("Unknown sensor '{name}'.", name=sensor)
    if not preset.role_bands:
        preset = SensorPreset(preset.key, preset.label, preset.scale, preset.offset, S2_ROLE_BANDS, {}, preset.nodata)
    return preset


def find_bands(reader, preset, roles, explicit=None):
    """{role: band number} for ``roles`` (see :func:`..sensors.resolve_bands`)."""
    return resolve_bands(preset, roles, reader.count, reader.descriptions, explicit)


def reflectance(data, preset):
    """Reflectance (float32) of raw band values by the preset's scale and offset."""
    return data.astype("float32") * np.float32(preset.scale) + np.float32(preset.offset)


class MaskReader:
    """Reads an optional mask raster (codes of :func:`.masks.water_mask`) on the image's grid."""

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
        mask = MaskReader(mask_path, reader.grid, reader.label)
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
                        rows.append(reflectance(data[:, take], preset).T.astype("float64"))
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
