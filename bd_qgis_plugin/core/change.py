"""Change between two class maps: change raster, transition matrix, gains/losses/net per class.

Change code = before × M + after, with M = 10^k the smallest power of ten above every class code
(M = 100 for codes below 100), so a code reads as "before, then after" (e.g. 305 = class 3 → 5).
"""

import os
import uuid

from osgeo import gdal

from .classmap import class_pixel_counts
from .errors import InputError
from .raster_io import RasterReader, RasterWriter, check_aligned, grid_differences, run_blockwise
from .zonal import zone_class_pixels

CHANGE_NODATA = 0  # a code of 0 would mean class 0 → class 0, and class 0 is nodata in class maps


def code_multiplier(max_code):
    multiplier = 10
    while multiplier <= max_code:
        multiplier *= 10
    return max(multiplier, 100)


def resample_to_grid(path, reference_grid, vrt_path):
    """Nearest-neighbour warp of a class map onto ``reference_grid`` as a VRT (nothing copied)."""
    gt = reference_grid.geotransform
    bounds = (gt[0], gt[3] + gt[5] * reference_grid.height, gt[0] + gt[1] * reference_grid.width, gt[3])
    gdal.Warp(vrt_path, path, format="VRT", outputBounds=bounds, width=reference_grid.width,
              height=reference_grid.height, dstSRS=reference_grid.crs_wkt or None, resampleAlg="near")
    return vrt_path


def align_to_first(paths, labels, resample, folder):
    """The class maps ``paths`` on the grid of the first: (paths, [(label, differences)] of those resampled).

    Maps on another grid are refused (:class:`GridMismatchError` naming the differences, via ``check_aligned``)
    unless ``resample``: then each is warped (nearest neighbour) onto the first map's grid as a VRT in ``folder``
    (:func:`resample_to_grid`), and returned with its differences so that the caller can say so.
    """
    grids = []
    for path, label in zip(paths, labels):
        with RasterReader(path, label) as reader:
            grids.append(reader.grid)
    differing = [(i, grid_differences(grids[0], grid)) for i, grid in enumerate(grids) if i]
    differing = [(i, differences) for i, differences in differing if differences]
    if differing and not resample:
        check_aligned({labels[0]: grids[0], **{labels[i]: grids[i] for i, _ in differing}})
    aligned = list(paths)
    for i, _ in differing:
        aligned[i] = resample_to_grid(paths[i], grids[0], os.path.join(
            folder, f"resampled_{i}_{uuid.uuid4().hex[:8]}.vrt"))
    return aligned, [(labels[i], differences) for i, differences in differing]


def change_raster(before_path, after_path, output_path, progress=None, is_cancelled=None):
    """Write the change raster; returns the code multiplier M. Both maps must share one grid."""
    with RasterReader(before_path, "before") as before, RasterReader(after_path, "after") as after:
        check_aligned({os.path.basename(before_path): before.grid, os.path.basename(after_path): after.grid})
        for reader in (before, after):
            if reader.dtype.kind == "f":
                raise InputError("'{name}' holds decimal values: class maps must hold integer class codes.",
                                 name=reader.label)
        # a first, cheap pass for the largest class code, which sets the code multiplier
        max_code = max([*class_pixel_counts(before_path), *class_pixel_counts(after_path), 1])
        multiplier = code_multiplier(max_code)
        dtype = "uint16" if max_code * multiplier + max_code < 65535 else "uint32"
        description = f"change code = before × {multiplier} + after"
        with RasterWriter(output_path, before.grid, 1, dtype, CHANGE_NODATA, [description]) as writer:
            writer.set_metadata({"bd:change_multiplier": multiplier, "bd:algorithm": "bd:habitatchange"})

            def process(window):
                b, valid_b = before.read(window, [1])
                a, valid_a = after.read(window, [1])
                code = b[0].astype(dtype) * multiplier + a[0].astype(dtype)
                writer.write(window, code, valid_b & valid_a & (code != CHANGE_NODATA))

            run_blockwise(before.windows(), process, progress, is_cancelled)
    return multiplier


def transitions(change_counts, multiplier):
    """{(before, after): pixels} from change-code counts."""
    return {divmod(int(code), multiplier): n for code, n in change_counts.items()}


def class_balance(transition_pixels):
    """Per class: before, after, gain, loss, net (pixels) from {(before, after): pixels}."""
    classes = sorted({c for pair in transition_pixels for c in pair})
    rows = {}
    for c in classes:
        before = sum(n for (b, _), n in transition_pixels.items() if b == c)
        after = sum(n for (_, a), n in transition_pixels.items() if a == c)
        stable = transition_pixels.get((c, c), 0)
        rows[c] = {"before": before, "after": after, "gain": after - stable, "loss": before - stable,
                   "net": after - before}
    return rows


def change_by_zone(change_path, multiplier, zones=None, progress=None, is_cancelled=None):
    """{zone: {(before, after): pixels}}; the whole map is the zone ``None`` when ``zones`` is not given."""
    if not zones:
        return {None: transitions(class_pixel_counts(change_path, progress=progress, is_cancelled=is_cancelled),
                                  multiplier)}
    per_zone = zone_class_pixels(change_path, zones, progress=progress, is_cancelled=is_cancelled)
    return {zone: transitions(counts, multiplier) for zone, counts in per_zone.items()}
