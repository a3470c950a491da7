"""Clean a class map: minimum mapping unit (GDAL sieve) and/or majority filter.

* Sieve: GDAL's ``SieveFilter`` merges every patch smaller than the minimum mapping unit into its
  largest neighbour (4- or 8-connected patches); nodata stays nodata.
* Majority: each pixel takes the most frequent class in its n×n window, counted with per-class box
  sums (scipy ``uniform_filter``) block by block with a halo, ignoring nodata; a tie keeps the pixel's
  own class. Written here because GDAL has no modal filter and ``scipy.ndimage.generic_filter`` calls
  Python per pixel (far too slow on a Sentinel-2 tile).
"""

import math
import os
import tempfile

import numpy as np
from osgeo import gdal

from .classmap import class_pixel_counts, pixel_area_ha
from .errors import Cancelled, InputError
from .optional import lazy_module
from .raster_io import DEFAULT_WINDOW, RasterReader, RasterWriter, Window, damaged_raster, run_blockwise

ndimage = lazy_module("scipy.ndimage", "scipy")


def mmu_pixels(mmu_ha, grid):
    """Smallest patch, in pixels, that reaches ``mmu_ha`` hectares on this grid."""
    return max(1, int(math.ceil(round(mmu_ha / pixel_area_ha(grid), 9))))


def sieve(input_path, output_path, min_pixels, connectedness=8, progress=None, is_cancelled=None):
    """Write ``input_path`` with patches below ``min_pixels`` merged into their neighbours."""
    with RasterReader(input_path) as reader:
        if reader.dtype.kind == "f":
            raise InputError("'{name}' holds decimal values: a class map must hold integer class codes.",
                             name=reader.label)
        nodata = reader.nodata[0]
        src_band = reader.ds.GetRasterBand(1)
        with RasterWriter(output_path, reader.grid, 1, reader.dtype, nodata,
                          [src_band.GetDescription() or "class"]) as writer:

            def callback(complete, message, data):
                if progress is not None:
                    progress(complete)
                return 0 if (is_cancelled is not None and is_cancelled()) else 1

            mask = src_band.GetMaskBand() if nodata is not None else None
            try:
                result = gdal.SieveFilter(src_band, mask, writer.ds.GetRasterBand(1), int(min_pixels),
                                          8 if connectedness == 8 else 4, callback=callback)
            except RuntimeError as exc:  # the filter reads the whole band itself: a damaged file fails here
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled() from exc
                if writer.tmp_path in str(exc):
                    raise
                raise damaged_raster(reader.path, exc) from exc
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            if result != 0:
                raise InputError("GDAL's sieve filter failed on '{name}'.", name=reader.label)


def majority(input_path, output_path, size=3, progress=None, is_cancelled=None, window=DEFAULT_WINDOW):
    """Write the n×n majority (modal) filter of a class map, block by block (``window``: block edge)."""
    if size < 3 or size % 2 == 0:
        raise InputError("The majority window must be an odd number of pixels, 3 or more (got {size}).", size=size)
    halo = size // 2
    classes = list(class_pixel_counts(input_path))
    with RasterReader(input_path) as reader:
        nodata = reader.nodata[0]
        with RasterWriter(output_path, reader.grid, 1, reader.dtype, nodata,
                          [reader.descriptions[0] or "class"]) as writer:

            def process(window):
                c0, r0 = max(0, window.col_off - halo), max(0, window.row_off - halo)
                c1 = min(reader.width, window.col_off + window.width + halo)
                r1 = min(reader.height, window.row_off + window.height + halo)
                data, valid = reader.read(Window(c0, r0, c1 - c0, r1 - r0), [1])
                block = data[0]
                best = block.copy()
                best_score = np.full(block.shape, -1.0, dtype="float32")
                for code in classes:
                    score = ndimage.uniform_filter(((block == code) & valid).astype("float32"), size, mode="constant")
                    score += np.where(block == code, 0.5 / (size * size), 0.0).astype("float32")  # ties keep own
                    better = score > best_score
                    best[better] = code
                    best_score[better] = score[better]
                inner = (slice(window.row_off - r0, window.row_off - r0 + window.height),
                         slice(window.col_off - c0, window.col_off - c0 + window.width))
                writer.write(window, best[inner], valid[inner])

            run_blockwise(reader.windows(window), process, progress, is_cancelled)


def clean_class_map(input_path, output_path, mmu_ha=0.0, majority_size=0, connectedness=8, progress=None,
                    is_cancelled=None):
    """Sieve (if ``mmu_ha`` > 0) then majority filter (if ``majority_size`` ≥ 3); returns the MMU in pixels."""
    if mmu_ha <= 0 and majority_size < 3:
        raise InputError("Choose a minimum mapping unit above 0 ha, a majority window of 3 or more, or both.")
    with RasterReader(input_path) as reader:
        min_pixels = mmu_pixels(mmu_ha, reader.grid) if mmu_ha > 0 else 0
    if majority_size < 3:
        sieve(input_path, output_path, min_pixels, connectedness, progress, is_cancelled)
        return min_pixels
    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(output_path))) as tmp:
        source = input_path
        if min_pixels:
            source = os.path.join(tmp, "sieved.tif")
            sieve(input_path, source, min_pixels, connectedness,
                  (lambda f: progress(0.5 * f)) if progress else None, is_cancelled)
        majority(source, output_path, majority_size,
                 (lambda f: progress(0.5 + 0.5 * f)) if progress and min_pixels else progress, is_cancelled)
    return min_pixels


__all__ = ["clean_class_map", "majority", "mmu_pixels", "sieve"]
