"""Stratified random sampling design for accuracy assessment (Olofsson et al. 2014, §5.1.1; Cochran 1977).

Sample size for a target standard error S(Ô) of overall accuracy (Olofsson et al. 2014, eq. 13):
    n = (Σ_i W_i S_i / S(Ô))²,  S_i = √(U_i (1 − U_i))
with W_i the mapped share of class i and U_i its expected user's accuracy. Allocation to the strata
(map classes): proportional to area, equal, or proportional with a minimum per class (the paper's
advice: enough units in rare classes for their user's accuracy).

Points are drawn without replacement in two passes over the map (block by block): count the pixels
of each class, draw ranks among them, then pick the pixels with those ranks; the map is never held
in memory whole.
"""

import math

import numpy as np

from .classmap import class_pixel_counts
from .errors import InputError
from .raster_io import RasterReader, run_blockwise

ALLOCATIONS = ("proportional_min", "proportional", "equal")


def sample_size(weights, expected_users, target_se):
    """Total sample size n of Olofsson et al. (2014) eq. 13 (rounded up)."""
    w = np.asarray(weights, dtype="float64")
    u = np.asarray(expected_users, dtype="float64")
    if not 0 < target_se < 1:
        raise InputError("The target standard error of overall accuracy must be between 0 and 1 (e.g. 0.01).")
    if ((u <= 0) | (u >= 1)).any():
        raise InputError("Expected user's accuracies must be between 0 and 1 (exclusive).")
    return int(math.ceil(round((np.sum(w * np.sqrt(u * (1 - u))) / target_se) ** 2, 6)))


def allocate(total, pixels, allocation="proportional_min", minimum=50):
    """Sample units per class (same order as ``pixels``), never more than a class has pixels.

    With ``proportional_min`` a class below ``minimum`` is raised to it on top of the proportional
    shares, so the total can exceed ``total`` (as in Olofsson et al. 2014's example allocation).
    """
    pixels = np.asarray(pixels, dtype="int64")
    k = len(pixels)
    if allocation not in ALLOCATIONS:
        raise InputError("Unknown allocation '{name}'.", name=allocation)
    if allocation == "equal":
        n = np.full(k, int(math.ceil(total / k)))
    else:
        n = np.floor(total * pixels / pixels.sum()).astype("int64")
        n[np.argsort(-(total * pixels / pixels.sum() - n))[: total - n.sum()]] += 1  # largest remainders
        if allocation == "proportional_min":
            n = np.maximum(n, minimum)
    return np.minimum(n, pixels).tolist()


def draw_stratified_sample(path, per_class, seed=None, band=1, progress=None, is_cancelled=None):
    """Random pixels without replacement: ``per_class`` = {class code: count}. Returns [(class, x, y)].

    (x, y) are pixel centres in the map's CRS. Reproducible with ``seed``.
    """
    rng = np.random.default_rng(seed)
    counts = class_pixel_counts(path, band, progress=(lambda f: progress(0.5 * f)) if progress else None,
                                is_cancelled=is_cancelled)
    missing = [c for c, n in per_class.items() if n > 0 and counts.get(c, 0) == 0]
    if missing:
        raise InputError("Class {classes} does not occur in the map.", classes=", ".join(map(str, missing)))
    wanted = {c: np.sort(rng.choice(counts[c], size=min(n, counts[c]), replace=False))
              for c, n in per_class.items() if n > 0}
    seen = {c: 0 for c in wanted}
    points = []
    with RasterReader(path) as reader:
        gt = reader.grid.geotransform

        def process(window):
            data, valid = reader.read(window, [band])
            flat = data[0].ravel()
            ok = valid.ravel()
            for code, ranks in wanted.items():
                positions = np.flatnonzero((flat == code) & ok)  # row-major within the window
                lo = seen[code]
                hi = lo + len(positions)
                chosen = ranks[(ranks >= lo) & (ranks < hi)] - lo
                for pos in positions[chosen]:
                    row, col = divmod(int(pos), window.width)
                    points.append((code, gt[0] + (window.col_off + col + 0.5) * gt[1],
                                   gt[3] + (window.row_off + row + 0.5) * gt[5]))
                seen[code] = hi

        run_blockwise(reader.windows(), process, (lambda f: progress(0.5 + 0.5 * f)) if progress else None,
                      is_cancelled)
    return points
