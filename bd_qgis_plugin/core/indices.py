"""Spectral indices from surface/top-of-atmosphere reflectance.

NDVI  = (NIR − R) / (NIR + R)                       Rouse et al. 1974
NDWI  = (G − NIR) / (G + NIR)                       McFeeters 1996
MNDWI = (G − SWIR1) / (G + SWIR1)                   Xu 2006
NDMI  = (NIR − SWIR1) / (NIR + SWIR1)               Gao 1996 (NDWI of Gao), Wilson & Sader 2002
SAVI  = 1.5 (NIR − R) / (NIR + R + 0.5)             Huete 1988 (L = 0.5)
EVI   = 2.5 (NIR − R) / (NIR + 6 R − 7.5 B + 1)     Huete et al. 2002

Inputs are reflectance (0–1): SAVI and EVI contain constants that are wrong on
raw DN. A pixel whose denominator is 0 has no defined index and becomes nodata.
"""

from dataclasses import dataclass

import numpy as np

from .errors import InputError
from .raster_io import RasterReader, RasterWriter, run_blockwise
from .sensors import SENSORS, resolve_bands

OUTPUT_NODATA = -9999.0


def _normalized_difference(a, b):
    return (a - b) / (a + b)


@dataclass(frozen=True)
class IndexDef:
    key: str
    title: str
    roles: tuple
    formula: str

    def compute(self, r):
        """``r``: role → float32 reflectance array. Returns float32 with NaN where undefined."""
        with np.errstate(divide="ignore", invalid="ignore"):
            if self.key == "NDVI":
                out = _normalized_difference(r["nir"], r["red"])
            elif self.key == "NDWI":
                out = _normalized_difference(r["green"], r["nir"])
            elif self.key == "MNDWI":
                out = _normalized_difference(r["green"], r["swir1"])
            elif self.key == "NDMI":
                out = _normalized_difference(r["nir"], r["swir1"])
            elif self.key == "SAVI":
                out = 1.5 * (r["nir"] - r["red"]) / (r["nir"] + r["red"] + 0.5)
            elif self.key == "EVI":
                out = 2.5 * (r["nir"] - r["red"]) / (r["nir"] + 6.0 * r["red"] - 7.5 * r["blue"] + 1.0)
            else:  # pragma: no cover - INDICES is the only source of keys
                raise KeyError(self.key)
        out = out.astype("float32", copy=False)
        out[~np.isfinite(out)] = np.nan
        return out


INDICES = {
    "NDVI": IndexDef("NDVI", "Normalized Difference Vegetation Index", ("nir", "red"), "(NIR − R) / (NIR + R)"),
    "NDWI": IndexDef("NDWI", "Normalized Difference Water Index (McFeeters)", ("green", "nir"),
                     "(G − NIR) / (G + NIR)"),
    "MNDWI": IndexDef("MNDWI", "Modified NDWI (Xu)", ("green", "swir1"), "(G − SWIR1) / (G + SWIR1)"),
    "NDMI": IndexDef("NDMI", "Normalized Difference Moisture Index", ("nir", "swir1"),
                     "(NIR − SWIR1) / (NIR + SWIR1)"),
    "SAVI": IndexDef("SAVI", "Soil Adjusted Vegetation Index (L = 0.5)", ("nir", "red"),
                     "1.5 (NIR − R) / (NIR + R + 0.5)"),
    "EVI": IndexDef("EVI", "Enhanced Vegetation Index", ("nir", "red", "blue"),
                    "2.5 (NIR − R) / (NIR + 6R − 7.5B + 1)"),
}
INDEX_KEYS = tuple(INDICES)


def compute_indices(input_path, output_path, index_keys, sensor="S2", explicit_bands=None,
                    progress=None, is_cancelled=None):
    """Write one float32 band per index in ``index_keys`` to ``output_path``.

    Returns a dict with the bands used per role and the output band descriptions.
    """
    index_keys = list(dict.fromkeys(index_keys))
    if not index_keys:
        raise InputError("Choose at least one index.")
    unknown = [k for k in index_keys if k not in INDICES]
    if unknown:
        raise InputError("Unknown index {names}; available: {available}.", names=", ".join(unknown),
                         available=", ".join(INDEX_KEYS))
    preset = SENSORS[sensor]
    roles = list(dict.fromkeys(role for k in index_keys for role in INDICES[k].roles))
    with RasterReader(input_path) as reader:
        bands = resolve_bands(preset, roles, reader.count, reader.descriptions, explicit_bands)
        role_order = list(bands)
        band_list = [bands[r] for r in role_order]
        descriptions = [f"{k} — {INDICES[k].formula}" for k in index_keys]

        with RasterWriter(output_path, reader.grid, len(index_keys), "float32", OUTPUT_NODATA,
                          descriptions) as writer:
            writer.set_metadata({"bd:algorithm": "bd:spectralindices", "bd:sensor": preset.key,
                                 "bd:bands": ",".join(f"{r}={bands[r]}" for r in role_order),
                                 "bd:indices": ",".join(index_keys)})

            def process(window):
                dn, valid = reader.read(window, band_list, nodata_override=preset.nodata)
                refl = {role: preset.to_reflectance(dn[i]) for i, role in enumerate(role_order)}
                out = np.empty((len(index_keys), window.height, window.width), dtype="float32")
                for j, key in enumerate(index_keys):
                    out[j] = INDICES[key].compute(refl)
                out[:, ~valid] = OUTPUT_NODATA
                out[np.isnan(out)] = OUTPUT_NODATA
                writer.write(window, out)

            run_blockwise(reader.windows(), process, progress, is_cancelled)
    return {"bands": bands, "descriptions": descriptions}
