"""Map accuracy and area estimation from a stratified random sample (Olofsson et al. 2014).

Olofsson, P., Foody, G.M., Herold, M., Stehman, S.V., Woodcock, C.E., Wulder, M.A. (2014). Good
practices for estimating area and assessing accuracy of land change. Remote Sensing of Environment
148: 42–57. The strata are the map classes; ``counts[i, j]`` is the number of sample units mapped
as class i whose reference label is j (rows = map, columns = reference), ``W_i`` the share of the
map in class i.

* p_ij = W_i n_ij / n_i·                                                  (eq. 4)
* OA = Σ p_jj,  V(OA) = Σ W_i² U_i (1 − U_i) / (n_i· − 1)                  (eq. 5)
* U_i = p_ii / p_i·,  V(U_i) = U_i (1 − U_i) / (n_i· − 1)                  (eq. 6)
* P_j = p_jj / p_·j,  V(P_j) per eq. 7 (with N̂_·j = Σ_i N_i· n_ij / n_i·)
* p̂_·k = Σ_i W_i n_ik / n_i·,  SE(p̂_·k) = √(Σ_i W_i² (n_ik/n_i·)(1 − n_ik/n_i·)/(n_i· − 1))   (eq. 9–10)
* Â_k = A p̂_·k,  SE(Â_k) = A SE(p̂_·k);  95 % CI = ± 1.96 SE.

Written here rather than taken from a library: no maintained Python package implements these
estimators (AcATaMa is a QGIS plugin, not a library; EnMAP-Box's CI is wrong by a factor ~40).
"""

import json
from dataclasses import dataclass

import numpy as np

from .errors import InputError

Z95 = 1.96  # as in Olofsson et al. 2014 (and their published intervals)


@dataclass
class AccuracyAssessment:
    classes: list  # class codes, order of rows/columns
    counts: np.ndarray  # n_ij, rows = map, columns = reference
    map_pixels: np.ndarray  # N_i· (map pixels per class)
    pixel_area: float  # area of one pixel (e.g. ha)
    proportions: np.ndarray  # p_ij
    overall: float
    overall_se: float
    users: np.ndarray
    users_se: np.ndarray
    producers: np.ndarray
    producers_se: np.ndarray
    area: np.ndarray  # Â_k
    area_se: np.ndarray
    kappa: float  # reported as an extra only (Pontius & Millones 2011 discourage it)

    @property
    def weights(self):
        return self.map_pixels / self.map_pixels.sum()

    @property
    def total_area(self):
        return float(self.map_pixels.sum() * self.pixel_area)

    @property
    def mapped_area(self):
        return self.map_pixels * self.pixel_area

    def to_dict(self, names=None):
        names = names or {}
        ci = Z95

        def per_class(values, se):
            return {str(c): {"value": _num(v), "se": _num(s), "ci95": _num(ci * s)}
                    for c, v, s in zip(self.classes, values, se)}

        return {
            "method": "Olofsson et al. 2014 (stratified random sample, strata = map classes)",
            "classes": [{"code": c, "name": names.get(c, str(c))} for c in self.classes],
            "error_matrix_counts": {"rows": "map", "columns": "reference", "values": self.counts.tolist()},
            "error_matrix_area_proportions": {"rows": "map", "columns": "reference",
                                              "values": self.proportions.tolist()},
            "sample_size": int(self.counts.sum()),
            "overall_accuracy": {"value": _num(self.overall), "se": _num(self.overall_se),
                                 "ci95": _num(ci * self.overall_se)},
            "users_accuracy": per_class(self.users, self.users_se),
            "producers_accuracy": per_class(self.producers, self.producers_se),
            "mapped_area": {str(c): _num(a) for c, a in zip(self.classes, self.mapped_area)},
            "estimated_area": per_class(self.area, self.area_se),
            "total_area": self.total_area,
            "kappa_for_reference_only": _num(self.kappa),
        }


def _num(value):
    value = float(value)
    return None if np.isnan(value) else value


def assess(counts, map_pixels, pixel_area=1.0, classes=None):
    """Olofsson et al. (2014) estimates from sample ``counts`` and mapped pixels per class.

    ``counts``: k×k (rows = map class, columns = reference class); ``map_pixels``: N_i· per map class
    (same order). Classes mapped but never sampled are refused; a class with a single sample unit gets
    an undefined (NaN) standard error rather than a division by zero.
    """
    n = np.asarray(counts, dtype="float64")
    big_n = np.asarray(map_pixels, dtype="float64")
    k = n.shape[0]
    classes = list(classes) if classes is not None else list(range(1, k + 1))
    if n.shape != (k, k) or big_n.shape != (k,) or len(classes) != k:
        raise InputError("The error matrix must be square with one mapped area per class.")
    if (n < 0).any() or (big_n < 0).any():
        raise InputError("Sample counts and mapped areas cannot be negative.")
    n_i = n.sum(axis=1)
    unsampled = [str(c) for c, ni, a in zip(classes, n_i, big_n) if ni == 0 and a > 0]
    if unsampled:
        raise InputError("Map class {classes} has no reference sample; every mapped class (stratum) needs sample "
                         "points to estimate accuracy and area.", classes=", ".join(unsampled))
    if big_n.sum() <= 0:
        raise InputError("The map has no classified pixels.")
    w = big_n / big_n.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        row_share = np.where(n_i[:, None] > 0, n / n_i[:, None], 0.0)  # n_ij / n_i·
        dof = np.where(n_i > 1, n_i - 1, np.nan)
        p = w[:, None] * row_share
        p_col = p.sum(axis=0)
        diag = np.diag(p)
        overall = diag.sum()
        users = np.where(n_i > 0, np.diag(row_share), np.nan)
        users_var = users * (1 - users) / dof
        overall_se = np.sqrt(np.nansum(w ** 2 * users_var))
        producers = diag / p_col
        # eq. 7, in pixel units: N̂_·j = Σ_i N_i· n_ij / n_i·
        n_hat_col = (big_n[:, None] * row_share).sum(axis=0)
        producers_var = np.empty(k)
        for j in range(k):
            others = [i for i in range(k) if i != j and n_i[i] > 0]
            term_others = sum(big_n[i] ** 2 * row_share[i, j] * (1 - row_share[i, j]) / dof[i]
                              for i in others if not np.isnan(dof[i]))
            term_own = big_n[j] ** 2 * (1 - producers[j]) ** 2 * users[j] * (1 - users[j]) / dof[j]
            producers_var[j] = (term_own + producers[j] ** 2 * term_others) / n_hat_col[j] ** 2
        area_prop_se = np.sqrt(np.nansum(w[:, None] ** 2 * row_share * (1 - row_share) / dof[:, None], axis=0))
        chance = (p.sum(axis=1) * p_col).sum()
        kappa = (overall - chance) / (1 - chance)
    total = big_n.sum() * pixel_area
    return AccuracyAssessment(classes, n, big_n, float(pixel_area), p, float(overall), float(overall_se), users,
                              np.sqrt(users_var), producers, np.sqrt(producers_var), total * p_col,
                              total * area_prop_se, float(kappa))


def read_accuracy_report(path):
    """The JSON report of ``bd:accuracyassessment`` (:meth:`AccuracyAssessment.to_dict`) at ``path``, checked to
    hold an error matrix; a file that cannot be read, or another JSON, is refused by name."""
    try:
        with open(path, encoding="utf-8") as fh:
            report = json.load(fh)
    except (OSError, ValueError) as exc:
        raise InputError("The accuracy report '{path}' could not be read: {error}", path=str(path),
                         error=str(exc)) from exc
    report_error_matrix(report)
    return report


def report_error_matrix(report):
    """(classes, counts) from the JSON report written by ``bd:accuracyassessment`` (:meth:`to_dict`)."""
    try:
        classes = [int(c["code"]) for c in report["classes"]]
        counts = np.asarray(report["error_matrix_counts"]["values"], dtype="float64")
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError("The accuracy report is not a JSON report of the accuracy assessment algorithm.") from exc
    if counts.shape != (len(classes), len(classes)):
        raise InputError("The accuracy report is not a JSON report of the accuracy assessment algorithm.")
    return classes, counts


def zone_area_estimates(classes, counts, zone_pixels, pixel_area):
    """Error-adjusted area of every reference class inside one zone, with its standard error.

    The map-wide error matrix ``counts`` (rows = map, columns = reference) gives the conditional
    shares n_ij / n_i·; the zone's own map-class pixels N_i(z) give the weights W_i(z), and Olofsson
    et al. (2014) eq. 9–10 then give p̂_·k(z), Â_k(z) = A(z) p̂_·k(z) and SE(Â_k(z)). The assumption —
    errors of each map class are the same inside the zone as on the whole map — is stated in the
    algorithm's help. Returns {class: (area, se)}; a class mapped in the zone but absent from the matrix
    is refused.
    """
    unknown = sorted(set(zone_pixels) - set(classes))
    if unknown:
        raise InputError("Map class {classes} is not in the accuracy report's error matrix: the report belongs to "
                         "another map.", classes=", ".join(map(str, unknown)))
    pixels = np.array([zone_pixels.get(c, 0) for c in classes], dtype="float64")
    if pixels.sum() == 0:
        return {}
    sampled = counts.sum(axis=1) > 0
    # strata never sampled are refused by assess() only when the zone maps them
    keep = sampled | (pixels > 0)
    kept = [c for c, k in zip(classes, keep) if k]
    result = assess(counts[np.ix_(keep, keep)], pixels[keep], pixel_area, kept)
    return {c: (float(a), float(s)) for c, a, s in zip(kept, result.area, result.area_se)}


def adjusted_zone_areas(report, zone_pixels, pixel_area):
    """{zone: {class: (area, se)}}: :func:`zone_area_estimates` for every zone of ``zone_pixels`` ({zone: {class:
    pixels}}, e.g. from ``zonal.zone_class_pixels``) with the error matrix of the accuracy ``report``."""
    classes, counts = report_error_matrix(report)
    return {zone: zone_area_estimates(classes, counts, pixels, pixel_area) for zone, pixels in zone_pixels.items()}
