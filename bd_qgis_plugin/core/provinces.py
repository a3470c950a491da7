"""Provinces of Vietnam and their VN-2000 TM-3 zones, read from ``data/provinces.csv``.

The table holds the 34 provinces and centrally-run cities after the 1 July 2025 reorganisation
(Resolution 202/2025/QH15) and the 52 pre-2025 provinces that were merged into them, each with the
central meridian of its VN-2000 TM-3 zone (Circular 973/2001/TT-TCĐC). A merged province keeps the
zone of the former province whose name it kept until an official post-2025 zone is published; each
former province keeps its own zone, which is what existing provincial data use. No province is
hard-coded anywhere else: everything reads this table.

TM-3 projection (Decision 83/2000/QĐ-TTg): Transverse Mercator, k0 = 0.9999, false easting
500 000 m, WGS 84 ellipsoid; datum shift to WGS 84 per Decision 05/2007/QĐ-BTNMT.

EPSG has defined these zones (EPSG:9205–9218 "VN-2000 / TM-3 103-00" … "108-30", and 5896–5899
for 102°00′, 105°00′, 108°00′ and 107°45′); the table gives each province its EPSG code, and the
QGIS side prefers it to a user CRS. The datum shift follows EPSG:6960 "VN-2000 to WGS 84 (2)",
which records the Decision 05/2007 parameters as *coordinate frame* rotations: in PROJ's
``+towgs84`` (position vector convention) the three rotations therefore take the opposite sign
(−0.00928836″ → +0.00928836″ …). Writing them unchanged, as many tutorials do, moves points by
about 0.5 m.
"""

import csv
import functools
import os
import unicodedata
from dataclasses import dataclass

from ..paths import DATA_DIR
from .errors import InputError
from .text import vietnamese_sort_key

DATA_FILE = os.path.join(DATA_DIR, "provinces.csv")
# EPSG:6960 in PROJ's position-vector convention (rotations negated, see above).
VN2000_TOWGS84 = "-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278"


@dataclass(frozen=True)
class Province:
    code: str
    name_vi: str
    name_en: str
    kind: str  # "province" or "city" (centrally-run city)
    status: str  # "current" (after 1 July 2025) or "former"
    merged_into: str  # code of the current province a former one belongs to ("" for current ones)
    central_meridian: float  # degrees east, VN-2000 TM-3
    epsg: int  # EPSG code of that TM-3 zone (0 if EPSG has none)
    meridian_source: str


def fold(text):
    """Lower-case ASCII form for matching names typed without diacritics ("Đ" → "d")."""
    text = text.replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace("-", " ").replace(".", " ").split())


def load_provinces(path=None):
    """All provinces in the table, validated; the default table is read once."""
    return list(_load(os.path.abspath(path or DATA_FILE)))


@functools.lru_cache(maxsize=4)
def _load(path):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    provinces = []
    for line, row in enumerate(rows, start=2):
        try:
            cm = float(row["central_meridian"])
        except (KeyError, ValueError) as exc:
            raise InputError("{path}, line {line}: the central meridian is not a number.", path=path,
                             line=line) from exc
        if not 102.0 <= cm <= 110.0:
            raise InputError("{path}, line {line}: central meridian {cm} is outside Vietnam (102–110°E).",
                             path=path, line=line, cm=cm)
        if row["status"] not in ("current", "former"):
            raise InputError("{path}, line {line}: status must be 'current' or 'former'.", path=path, line=line)
        provinces.append(Province(row["code"], row["name_vi"], row["name_en"], row["kind"], row["status"],
                                  row["merged_into"], cm, int(row.get("epsg") or 0), row["meridian_source"]))
    codes = [p.code for p in provinces]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise InputError("{path}: duplicate province codes {codes}.", path=path, codes=", ".join(duplicates))
    current = {p.code for p in provinces if p.status == "current"}
    orphans = [p.code for p in provinces if p.status == "former" and p.merged_into not in current]
    if orphans:
        raise InputError("{path}: former provinces {codes} are not merged into a current province.", path=path,
                         codes=", ".join(orphans))
    return tuple(provinces)


def province_sort_key(province):
    """Vietnamese alphabetical order of provinces by name, a city under its name ("TP. Hồ Chí Minh" at H)."""
    return vietnamese_sort_key(province.name_vi.replace("TP. ", ""))


def current_provinces(path=None):
    """The provinces and centrally-run cities in force, sorted by name as Vietnamese readers expect."""
    return sorted((p for p in load_provinces(path) if p.status == "current"), key=province_sort_key)


def former_provinces(current_code, path=None):
    """The pre-2025 provinces merged into ``current_code`` (empty for an unchanged province)."""
    return sorted((p for p in load_provinces(path) if p.merged_into == current_code), key=province_sort_key)


def get_province(code_or_name, path=None):
    """A province by code, Vietnamese or English name, with or without diacritics.

    A name shared by a current and a former unit (e.g. "Lâm Đồng") gives the current one.
    """
    if isinstance(code_or_name, Province):
        return code_or_name
    wanted = fold(str(code_or_name)).replace("tp ", "").replace(" city", "")
    provinces = load_provinces(path)
    for p in provinces:
        if p.code == code_or_name:
            return p
    matches = [p for p in provinces
               if wanted in (fold(p.name_vi).replace("tp ", ""), fold(p.name_en).replace(" city", ""),
                             p.code.replace("_", " "))]
    if matches:
        return sorted(matches, key=lambda p: p.status != "current")[0]
    close = [p.name_vi for p in provinces if wanted and (wanted in fold(p.name_vi) or fold(p.name_vi) in wanted
                                                         or wanted[:4] == fold(p.name_vi)[:4])]
    if close:
        raise InputError("Unknown province '{name}'. Did you mean: {names}?", name=code_or_name,
                         names=", ".join(sorted(set(close), key=vietnamese_sort_key)))
    raise InputError("Unknown province '{name}'.", name=code_or_name)


def format_meridian(cm):
    """108.5 → "108°30′"."""
    minutes = round(cm * 60)
    return f"{minutes // 60}°{minutes % 60:02d}′"


def tm3_proj_string(central_meridian):
    """PROJ definition of the VN-2000 TM-3 zone with the given central meridian (degrees)."""
    return (f"+proj=tmerc +lat_0=0 +lon_0={central_meridian:g} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 "
            f"+towgs84={VN2000_TOWGS84} +units=m +no_defs")


def tm3_crs_name(province):
    """User-CRS name, e.g. "VN-2000 / TM-3 108°30′ (Bình Thuận)"."""
    province = get_province(province)
    return f"VN-2000 / TM-3 {format_meridian(province.central_meridian)} ({province.name_vi})"
