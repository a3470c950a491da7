"""VN-2000 coordinate reference systems in QGIS.

A province's VN-2000 TM-3 zone is taken from EPSG when EPSG defines it (all current zones do:
EPSG:9205–9218, 5896–5899), which avoids user CRSs and their known failures when exporting to
PostGIS (QGIS issue #33996). Otherwise — or on request — the zone is built from its PROJ
definition and registered as a QGIS user CRS (named e.g. "VN-2000 / TM-3 108°30′ (Bình Thuận)")
on demand, once, and reused afterwards.
"""

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem

from .core.errors import InputError
from .core.provinces import get_province, tm3_crs_name, tm3_proj_string

VN2000_UTM_EPSG = {48: 3405, 49: 3406}


def vn2000_geographic():
    """VN-2000 geographic (EPSG:4756)."""
    return QgsCoordinateReferenceSystem("EPSG:4756")


def vn2000_utm(zone):
    """VN-2000 / UTM zone 48N (EPSG:3405) or 49N (EPSG:3406)."""
    if zone not in VN2000_UTM_EPSG:
        raise InputError("VN-2000 / UTM exists for zones 48 and 49 only, not {zone}.", zone=zone)
    return QgsCoordinateReferenceSystem(f"EPSG:{VN2000_UTM_EPSG[zone]}")


def province_crs(province_or_code, register=True, prefer_epsg=True):
    """The VN-2000 TM-3 CRS of a province (code, name or Province).

    With ``prefer_epsg`` (default) the zone's EPSG CRS is returned when this QGIS knows it.
    Otherwise the CRS is built from its PROJ definition; with ``register`` it is saved as a QGIS
    user CRS (once; an existing user CRS of the same name is reused) and returned as that user CRS
    (authid ``USER:nnnnnn``), which projects and layers can refer to.
    """
    province = get_province(province_or_code)
    if prefer_epsg and province.epsg:
        crs = QgsCoordinateReferenceSystem(f"EPSG:{province.epsg}")
        if crs.isValid():
            return crs
    proj = tm3_proj_string(province.central_meridian)
    crs = QgsCoordinateReferenceSystem.fromProj(proj)
    if not crs.isValid():
        raise InputError("QGIS could not build the CRS '{proj}'.", proj=proj)
    if not register:
        return crs
    name = tm3_crs_name(province)
    registry = QgsApplication.coordinateReferenceSystemRegistry()
    for details in registry.userCrsList():
        if details.name == name:
            existing = QgsCoordinateReferenceSystem(f"USER:{details.id}")
            if existing.isValid():
                return existing
    srsid = registry.addUserCrs(crs, name, QgsCoordinateReferenceSystem.Format.FormatProj)
    if srsid < 0:
        raise InputError("QGIS could not save the user CRS '{name}'.", name=name)
    return QgsCoordinateReferenceSystem(f"USER:{srsid}")
