"""Water-column index features of the benthic classifier (no Qt).

Depth proxies (the Stumpf et al. 2003 log ratios), NDWI (McFeeters 1996) and brightness-free band ratios, computed
from reflectance.
"""

import numpy as np

from .bathymetry import stumpf_ratio

#: Names of :func:`index_features`, in order.
INDEX_FEATURES = ("Stumpf ln(B)/ln(G)", "Stumpf ln(G)/ln(R)", "NDWI", "B/G", "G/R", "B/R")
INDEX_ROLES = ("blue", "green", "red", "nir")


def index_features(blue, green, red, nir):
    """Water-column features of the benthic classifier from reflectance, shape (6, …) float32 (0 where undefined):
    the Stumpf et al. (2003) log ratios ln(1000 B)/ln(1000 G) and ln(1000 G)/ln(1000 R) (depth proxies), NDWI
    (G − NIR)/(G + NIR) (McFeeters 1996) and the band ratios B/G, G/R, B/R (brightness-free colour)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        stack = np.stack([stumpf_ratio(blue, green), stumpf_ratio(green, red), (green - nir) / (green + nir),
                          blue / green, green / red, blue / red]).astype("float32")
    return np.nan_to_num(stack, nan=0.0, posinf=0.0, neginf=0.0)
