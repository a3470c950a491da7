"""Graph-based habitat connectivity indices: IIC, PC and the importance of each patch.

* Integral Index of Connectivity (Pascual-Hortal & Saura 2006):
  ``IIC = sum_i sum_j a_i a_j / (1 + nl_ij) / A_L^2``, nl_ij the number of links of the shortest
  topological path (links between patches closer than the dispersal distance; 1/(1+nl) = 0 when
  no path exists).
* Probability of Connectivity (Saura & Pascual-Hortal 2007):
  ``PC = sum_i sum_j a_i a_j p*_ij / A_L^2`` with ``p_ij = exp(-k d_ij)``, k chosen so that
  ``p = P`` at the dispersal distance D (``k = -ln P / D``), and p*_ij the maximum-product path
  probability (a shortest path on -ln p_ij = k d_ij); p*_ii = 1.
* Importance of patch k: ``dI_k = 100 (I - I_without_k) / I`` and, for PC, its fractions
  (Saura & Rubio 2010): intra (a_k^2), flux (pairs with k as end) and connector (the rest: paths
  through k).

The numerators (sums before dividing by A_L^2) are also returned; ``EC(PC) = sqrt(PCnum)`` is
the equivalent connected area (Saura et al. 2011). No Qt/QGIS imports.
"""

import math
from dataclasses import dataclass

import numpy as np

from .errors import InputError
from .optional import lazy_module
from .progress import raise_if_cancelled

csgraph = lazy_module("scipy.sparse.csgraph", "scipy")


def decay_constant(dispersal_distance, probability):
    """k of ``p = exp(-k d)`` such that ``p = probability`` at ``dispersal_distance``."""
    if not dispersal_distance > 0:
        raise InputError("The dispersal distance must be positive (got {value}).", value=dispersal_distance)
    if not 0 < probability < 1:
        raise InputError("The dispersal probability must be between 0 and 1, exclusive (got {value}).",
                         value=probability)
    return -math.log(probability) / dispersal_distance


def _shortest(weights):
    """All-pairs shortest paths on a dense weight matrix (inf = no direct link)."""
    w = np.where(np.isfinite(weights), weights, 0.0)
    # csgraph treats 0 as 'no edge'; a true zero distance (touching patches) becomes a tiny positive one.
    w = np.where(np.isfinite(weights) & (weights == 0), 1e-12, w)
    np.fill_diagonal(w, 0.0)
    return csgraph.shortest_path(w, method="D", directed=False)


def _iic_numerator(areas, links):
    hops = _shortest(np.where(links, 1.0, np.inf))
    inv = np.where(np.isfinite(hops), 1.0 / (1.0 + hops), 0.0)
    return float(areas @ inv @ areas), inv


def _pc_numerator(areas, distances, k):
    path = _shortest(distances)
    pstar = np.where(np.isfinite(path), np.exp(-k * path), 0.0)
    np.fill_diagonal(pstar, 1.0)
    return float(areas @ pstar @ areas), pstar


@dataclass
class ConnectivityResult:
    iic: float
    pc: float
    iic_numerator: float
    pc_numerator: float
    equivalent_connected_area: float
    d_iic: np.ndarray
    d_pc: np.ndarray
    d_pc_intra: np.ndarray
    d_pc_flux: np.ndarray
    d_pc_connector: np.ndarray
    pstar: np.ndarray
    n_components: int


def connectivity_indices(areas, distances, landscape_area, dispersal_distance, probability, progress=None,
                         is_cancelled=None):
    """IIC, PC and per-patch dIIC, dPC (intra, flux, connector) for patches of ``areas``.

    ``distances`` is a symmetric matrix of patch-to-patch distances (inf where no link is
    allowed); a link exists for IIC when its distance is at most ``dispersal_distance``.
    """
    areas = np.asarray(areas, dtype=np.float64)
    distances = np.array(distances, dtype=np.float64)
    n = areas.size
    if n == 0:
        raise InputError("No habitat patch (core) to compute connectivity for.")
    if distances.shape != (n, n):
        raise InputError("The distance table does not match the patches ({n} patches).", n=n)
    if (areas <= 0).any():
        raise InputError("Every patch needs a positive area.")
    if not landscape_area > 0:
        raise InputError("The landscape area must be positive.")
    if (distances[np.isfinite(distances)] < 0).any():
        raise InputError("Distances between patches cannot be negative.")
    distances = np.minimum(distances, distances.T)
    np.fill_diagonal(distances, 0.0)
    k = decay_constant(dispersal_distance, probability)
    links = np.isfinite(distances) & (distances <= dispersal_distance)
    np.fill_diagonal(links, False)

    iic_num, _ = _iic_numerator(areas, links)
    pc_num, pstar = _pc_numerator(areas, distances, k)
    d_iic = np.zeros(n)
    d_pc = np.zeros(n)
    for patch in range(n):
        raise_if_cancelled(is_cancelled)
        keep = np.arange(n) != patch
        iic_k, _ = _iic_numerator(areas[keep], links[np.ix_(keep, keep)])
        pc_k, _ = _pc_numerator(areas[keep], distances[np.ix_(keep, keep)], k)
        d_iic[patch] = 100.0 * (iic_num - iic_k) / iic_num
        d_pc[patch] = 100.0 * (pc_num - pc_k) / pc_num
        if progress is not None:
            progress((patch + 1) / n)
    intra = 100.0 * areas ** 2 / pc_num
    off = pstar.copy()
    np.fill_diagonal(off, 0.0)
    flux = 100.0 * 2.0 * areas * (off @ areas) / pc_num
    connector = d_pc - intra - flux
    connector = np.where(np.abs(connector) < 1e-9, 0.0, connector)
    n_comp, _ = csgraph.connected_components(links.astype(np.int8), directed=False)
    return ConnectivityResult(
        iic=iic_num / landscape_area ** 2, pc=pc_num / landscape_area ** 2, iic_numerator=iic_num,
        pc_numerator=pc_num, equivalent_connected_area=math.sqrt(pc_num), d_iic=d_iic, d_pc=d_pc,
        d_pc_intra=intra, d_pc_flux=flux, d_pc_connector=connector, pstar=pstar, n_components=int(n_comp))


def distance_matrix_from_links(ids, links):
    """Symmetric distance matrix from ``[(id_a, id_b, distance), ...]`` (inf where no link)."""
    pos = {i: n for n, i in enumerate(ids)}
    d = np.full((len(ids), len(ids)), np.inf)
    np.fill_diagonal(d, 0.0)
    unknown = set()
    for a, b, dist in links:
        if a not in pos or b not in pos:
            unknown.update(x for x in (a, b) if x not in pos)
            continue
        if dist is None or not np.isfinite(dist) or dist < 0:
            continue  # a link reported as disconnected
        i, j = pos[a], pos[b]
        d[i, j] = d[j, i] = min(d[i, j], float(dist))
    return d, sorted(unknown, key=str)
