"""Sensor presets: which band is blue/green/red/NIR/SWIR, and DN → reflectance.

Sentinel-2 L1C/L2A: reflectance = (DN + offset) / 10000, offset −1000 from
processing baseline 04.00 (25 January 2022), 0 before (ESA, Sentinel-2 Products
Specification; BOA_ADD_OFFSET / RADIO_ADD_OFFSET). DN 0 is "no data".
Landsat 8/9 Collection 2 Level-2: reflectance = DN × 0.0000275 − 0.2 (USGS), DN 0 fill.
"""

import re
from dataclasses import dataclass, field

from .errors import InputError

ROLES = ("blue", "green", "red", "rededge1", "nir", "swir1", "swir2")

# Sentinel-2 band name per role (B8 NIR, 10 m; B11/B12 SWIR, 20 m).
S2_ROLE_BANDS = {"blue": "B02", "green": "B03", "red": "B04", "rededge1": "B05", "nir": "B08",
                 "swir1": "B11", "swir2": "B12"}
S2_LAYOUTS = {
    13: ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12"),
    12: ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12"),  # L2A
    10: ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"),  # this project's stack
    4: ("B02", "B03", "B04", "B08"),  # the 10 m bands
}
LANDSAT_ROLE_BANDS = {"blue": "SR_B2", "green": "SR_B3", "red": "SR_B4", "nir": "SR_B5",
                      "swir1": "SR_B6", "swir2": "SR_B7"}
LANDSAT_LAYOUTS = {7: ("SR_B1", "SR_B2", "SR_B3", "SR_B4", "SR_B5", "SR_B6", "SR_B7")}


@dataclass(frozen=True)
class SensorPreset:
    key: str
    label: str
    scale: float
    offset: float
    role_bands: dict = field(default_factory=dict)
    layouts: dict = field(default_factory=dict)
    nodata: float = None

    def to_reflectance(self, dn):
        """DN (any numeric array) → float32 reflectance."""
        return dn.astype("float32") * self.scale + self.offset


SENSORS = {
    "S2": SensorPreset("S2", "Sentinel-2 L1C/L2A, processing baseline before 04.00 (before 25 Jan 2022)",
                       1e-4, 0.0, S2_ROLE_BANDS, S2_LAYOUTS, 0),
    "S2_PB04": SensorPreset("S2_PB04", "Sentinel-2 L1C/L2A, processing baseline 04.00 or later (offset −1000)",
                            1e-4, -0.1, S2_ROLE_BANDS, S2_LAYOUTS, 0),
    "LANDSAT_C2L2": SensorPreset("LANDSAT_C2L2", "Landsat 8/9 Collection 2 Level-2 surface reflectance",
                                 2.75e-5, -0.2, LANDSAT_ROLE_BANDS, LANDSAT_LAYOUTS, 0),
    "REFLECTANCE": SensorPreset("REFLECTANCE", "Reflectance already (0–1), bands chosen by number", 1.0, 0.0),
}
SENSOR_KEYS = tuple(SENSORS)


def _description_matches(description, band_name):
    """True if a band description names ``band_name`` (e.g. 'B08', 'B8', 'B08 (NIR)', 'SR_B5')."""
    tokens = re.split(r"[^A-Za-z0-9_]+", description.upper())
    name = band_name.upper()
    alias = re.sub(r"^B0(\d)$", r"B\1", name)  # B08 ↔ B8
    return name in tokens or alias in tokens


def resolve_bands(preset, roles, band_count, descriptions=(), explicit=None):
    """Band number (1-based) for each role in ``roles``.

    Order of precedence: ``explicit`` numbers (role → band, 0/None = not given);
    then the band descriptions (e.g. 'B08'); then a known band layout of the
    sensor for this band count. Raises :class:`InputError` naming the missing
    role and how to fix it.
    """
    explicit = {k: int(v) for k, v in (explicit or {}).items() if v}
    found = {}
    layout = preset.layouts.get(band_count)
    for role in roles:
        if role in explicit:
            number = explicit[role]
            if not 1 <= number <= band_count:
                raise InputError("The {role} band was set to {number}, but the raster has {count} band(s).",
                                 role=role.upper(), number=number, count=band_count)
            found[role] = number
            continue
        name = preset.role_bands.get(role)
        if name is None:
            raise InputError("Choose the {role} band number: the sensor '{sensor}' has no preset for it.",
                             role=role.upper(), sensor=preset.label)
        matches = [i + 1 for i, d in enumerate(descriptions) if d and _description_matches(d, name)]
        if len(matches) == 1:
            found[role] = matches[0]
        elif layout is not None and name in layout:
            found[role] = layout.index(name) + 1
        else:
            raise InputError(
                "Cannot tell which band is {role} ({name}): the raster has {count} band(s) and no band "
                "description names {name}. Set the band number for {role} explicitly, or choose the right "
                "sensor.", role=role.upper(), name=name, count=band_count)
    return found
