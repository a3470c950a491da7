"""Pre-push checks graded by severity: ``blocking`` stops the push, ``warning`` is shown and allowed.

:func:`pre_push_checks` is a pure function of :class:`LayerFacts` (plain values); :func:`collect_facts`
gathers those facts from a QGIS layer (CRS, geometry validity with GEOS, QGIS' native metadata validator,
the checksum and whether the database already holds it).
"""

import os
from dataclasses import dataclass

from ..core.errors import Message
from . import MAP_EXPORT_FORMATS, translatable
from .naming import (
    GEOMETRY_COLUMN,
    KEY_COLUMN,
    RESERVED_TABLE_PREFIXES,
    added_columns,
    has_diacritics,
    is_reserved,
    renamed_fields,
    reserved_table_prefix,
    slugify,
)

BLOCKING, WARNING = "blocking", "warning"
MESSAGES = {
    "title": translatable("The layer has no title."),
    "crs": translatable("The layer has no valid CRS: set its VN-2000 CRS first."),
    "unprojected": translatable("The CRS {crs} is geographic (degrees): areas would be wrong. Reproject the layer "
                                "to its VN-2000 TM-3 (or UTM) CRS first."),
    "invalid_geometry": translatable("{count} feature(s) have invalid geometries: repair them (Vector > Geometry "
                                     "Tools > Fix Geometries) before pushing."),
    "table_name_reserved": translatable("The title '{title}' would give the table name {slug}_v<version>, but names "
                                        "starting with {prefix} are reserved by the database ({prefixes}): choose "
                                        "another title."),
    "nul": translatable("The title contains a NUL character (\\u0000), which databases cannot store: remove it."),
    "long_field_names": translatable("Field names longer than 63 bytes (PostgreSQL's limit) are shortened, the same "
                                     "way on every push: {renames}. The original names are kept in the lineage."),
    "key_columns": translatable("The layer has fields named {names}: they are kept, and the key and geometry "
                                "columns the database adds are named {key} and {geometry} instead."),
    "table_name": translatable("The table will be named {slug}_v<version> (from the title '{title}')."),
    "field_names": translatable("Field names with diacritics or SQL reserved words are kept, quoted: {names}. "
                                "Some tools outside QGIS may need them renamed."),
    "metadata": translatable("The metadata lack {missing}: fill them in the form (links and extent: in the layer's "
                             "Properties ▸ Metadata)."),
    "province": translatable("No province chosen: choose the province the layer covers (Province tab, or the "
                             "Province field of the form)."),
    "province_unknown": translatable("'{name}' is not a province of the list: choose the province from the "
                                     "Province tab."),
    "province_zone": translatable("The layer's CRS {crs} is not the VN-2000 TM-3 zone of {province} ({zones}): "
                                  "check the province, or reproject the layer to its zone."),
    "duplicate": translatable("The same data is already in the database as '{title}' version {version}; it will "
                              "not be stored twice unless you allow it."),
    "map_title": translatable("The map has no title."),
    "map_duplicate": translatable("The same map file is already in the database as '{title}'; it will not be stored "
                                  "twice unless you allow it."),
}
#: What each section of QGIS' metadata validator (QgsNativeMetadataValidator) asks for, in words: the validator's
#: own notes ("abstract: Abstract element is required.") are English and name XML elements.
METADATA_PARTS = {
    "identifier": translatable("an identifier"),
    "language": translatable("a language"),
    "type": translatable("a resource type"),
    "title": translatable("a title"),
    "abstract": translatable("an abstract (what the layer shows, from which data, when)"),
    "keywords": translatable("keywords"),
    "contacts": translatable("a contact (who answers questions on the layer)"),
    "links": translatable("a link"),
    "license": translatable("a licence (who may use the layer, how)"),
    "crs": translatable("a CRS"),
    "extent": translatable("an extent"),
}


@dataclass(frozen=True)
class Check:
    severity: str
    code: str
    message: Message  # shown as check.message.translated(tr), str(check.message) in English


def _check(severity, code, **params):
    return Check(severity, code, Message(MESSAGES[code], **params))


@dataclass
class LayerFacts:
    title: str
    kind: str = "vector"  # vector | raster
    is_area_data: bool = True  # polygons or a raster: areas are computed from it
    crs_valid: bool = True
    crs_geographic: bool = False
    crs_name: str = ""
    invalid_geometries: int = 0
    field_names: tuple = ()
    metadata_problems: tuple = ()  # (section, note) from QgsNativeMetadataValidator
    checksum: str = ""
    already_pushed: tuple = ()  # ((title, version), …) with the same checksum
    province: str = ""  # as the form or the parameter gives it
    #: VN-2000 TM-3 zones of that province and of the former provinces merged into it: ((label, EPSG code,
    #: central meridian), …); None when ``province`` is not a province of the table
    province_zones: tuple = ()
    crs_authid: str = ""
    crs_tm3_meridian: float = None  # central meridian when the CRS is a VN-2000 TM-3 zone not known by EPSG code


def pre_push_checks(facts):
    """The list of Check for ``facts``, blocking ones first."""
    found = []
    if not facts.title.strip():
        found.append(_check(BLOCKING, "title"))
    if not facts.crs_valid:
        found.append(_check(BLOCKING, "crs"))
    elif facts.crs_geographic and facts.is_area_data:
        found.append(_check(BLOCKING, "unprojected", crs=facts.crs_name))
    if facts.invalid_geometries:
        found.append(_check(BLOCKING, "invalid_geometry", count=facts.invalid_geometries))
    slug = slugify(facts.title) if facts.title.strip() else ""
    prefix = reserved_table_prefix(slug) if slug else None
    if "\x00" in facts.title:
        found.append(_check(BLOCKING, "nul"))
    if prefix:  # blocking, and no name announced
        found.append(_check(BLOCKING, "table_name_reserved", title=facts.title, slug=slug, prefix=prefix,
                            prefixes=", ".join(RESERVED_TABLE_PREFIXES)))
    elif slug and (has_diacritics(facts.title) or is_reserved(facts.title) or slug != facts.title):
        found.append(_check(WARNING, "table_name", slug=slug, title=facts.title))
    renames = renamed_fields(list(facts.field_names))
    if renames:
        found.append(_check(WARNING, "long_field_names",
                            renames="; ".join(f"{name} → {column}" for name, column in renames.items())))
    if facts.kind == "vector":
        clashing = [name for name in facts.field_names if name.lower() in (KEY_COLUMN, GEOMETRY_COLUMN)]
        if clashing:
            key, geometry = added_columns(facts.field_names)
            found.append(_check(WARNING, "key_columns", names=", ".join(clashing), key=key, geometry=geometry))
    awkward = [name for name in facts.field_names if has_diacritics(name) or is_reserved(name) or name != name.strip()]
    if awkward:
        found.append(_check(WARNING, "field_names", names=", ".join(awkward)))
    if facts.metadata_problems:
        found.append(_check(WARNING, "metadata", missing=metadata_parts(facts.metadata_problems)))
    province = _province_check(facts.province, facts.province_zones)
    if province is not None:
        found.append(province)
    elif facts.crs_valid and facts.province_zones and not in_province_zone(facts):
        zones = ", ".join(dict.fromkeys(label for label, _, _ in facts.province_zones))
        found.append(_check(WARNING, "province_zone", crs=facts.crs_name, province=facts.province.strip(),
                            zones=zones))
    if facts.already_pushed:
        title, version = facts.already_pushed[0]
        found.append(_check(WARNING, "duplicate", title=title, version=version))
    return sorted(found, key=lambda check: check.severity != BLOCKING)


def metadata_parts(problems):
    """The parts the metadata lack, each once and in words (translatable Messages), from the validator's
    (section, note) pairs; a section this table does not know is named as the validator does."""
    sections = dict.fromkeys(section for section, _ in problems)
    return tuple(Message(METADATA_PARTS[section]) if section in METADATA_PARTS else section for section in sections)


def _province_check(province, zones):
    """The blocking check of a missing or unknown province (``zones``: :func:`province_zones`), or None."""
    if not (province or "").strip():
        return _check(BLOCKING, "province")
    if zones is None:
        return _check(BLOCKING, "province_unknown", name=province.strip())
    return None


#: The first bytes of each map export format: a file is what its name says before it is stored.
_SIGNATURES = {"pdf": b"%PDF-", "png": b"\x89PNG\r\n\x1a\n"}


def map_file_problem(path):
    """Why the file at ``path`` cannot be pushed as a map export (a Message), or None."""
    extension = os.path.splitext(path or "")[1].lower().lstrip(".")
    if extension not in MAP_EXPORT_FORMATS:
        return Message("'{path}' is not a PDF or PNG map: only maps exported from a print layout as PDF or PNG "
                       "can be pushed.", path=path)
    if not os.path.isfile(path):
        return Message("The map file '{path}' does not exist (any more): export the map again, or add the file "
                       "again.", path=path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SIGNATURES[extension]))
    except OSError as exc:
        return Message("The map file '{path}' cannot be read: {detail}", path=path, detail=exc.strerror or str(exc))
    if head != _SIGNATURES[extension]:
        return Message("'{path}' is not a {format} file (damaged, or only half written): export the map again.",
                       path=path, format=extension.upper())
    return None


def map_export_checks(title, path, province, already_pushed=()):
    """The checks of a map export (a PDF or PNG file), graded as those of a layer: blocking ones first.
    ``already_pushed``: ((title, export id), …) of the map exports holding the same file."""
    found = []
    if not title.strip():
        found.append(_check(BLOCKING, "map_title"))
    problem = map_file_problem(path)
    if problem is not None:
        found.append(Check(BLOCKING, "map_file", problem))
    province_check = _province_check(province, province_zones(province.strip()) if province.strip() else ())
    if province_check is not None:
        found.append(province_check)
    if already_pushed:
        found.append(_check(WARNING, "map_duplicate", title=already_pushed[0][0]))
    return sorted(found, key=lambda check: check.severity != BLOCKING)


def in_province_zone(facts):
    """Whether the layer's CRS is one of the VN-2000 TM-3 zones of its province (or of a former province merged
    into it, whose data keep their own zone): by EPSG code, or by central meridian for a user CRS."""
    for _, epsg, meridian in facts.province_zones:
        if epsg and facts.crs_authid.upper() == f"EPSG:{epsg}":
            return True
        if facts.crs_tm3_meridian is not None and abs(facts.crs_tm3_meridian - meridian) < 1e-6:
            return True
    return False


def province_zones(province):
    """((label, EPSG code, central meridian), …) of a province (code or name) and of the former provinces merged
    into it, or None when it is not a province of the table."""
    from ..core.errors import InputError
    from ..core.provinces import former_provinces, get_province, tm3_crs_name

    try:
        found = get_province(province)
    except InputError:
        return None
    zones = []
    for item in (found, *former_provinces(found.code)):
        epsg = f" — EPSG:{item.epsg}" if item.epsg else ""
        zones.append((tm3_crs_name(item) + epsg, item.epsg, item.central_meridian))
    return tuple(zones)


def tm3_meridian(proj):
    """The central meridian of a VN-2000 TM-3 PROJ definition (``+proj=tmerc … +k=0.9999 … +towgs84=…``), else
    None."""
    parts = dict(part.lstrip("+").split("=", 1) for part in proj.split() if "=" in part)
    if parts.get("proj") != "tmerc" or parts.get("k", parts.get("k_0")) != "0.9999" or parts.get("x_0") != "500000":
        return None
    try:
        return float(parts.get("lon_0", ""))
    except ValueError:
        return None


def has_blocking(checks):
    return any(check.severity == BLOCKING for check in checks)


def collect_facts(layer, title, database=None, metadata=None, with_checksum=True, cancelled=None, province=""):
    """LayerFacts of a QGIS layer (reads every feature once for validity, and once for the checksum)."""
    from qgis.core import QgsNativeMetadataValidator, QgsWkbTypes

    from .checksums import layer_checksum

    is_vector = layer.type() == layer.VectorLayer
    crs = layer.crs()
    facts = LayerFacts(title=title, kind="vector" if is_vector else "raster", crs_valid=crs.isValid(),
                       crs_geographic=crs.isValid() and crs.isGeographic(), crs_name=crs.userFriendlyIdentifier(),
                       province=province or "", crs_authid=crs.authid() if crs.isValid() else "",
                       crs_tm3_meridian=tm3_meridian(crs.toProj()) if crs.isValid() else None)
    if facts.province.strip():
        facts.province_zones = province_zones(facts.province.strip())
    if is_vector:
        facts.is_area_data = QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        facts.field_names = tuple(layer.fields().names())
        facts.invalid_geometries = sum(1 for feature in layer.getFeatures()
                                       if feature.hasGeometry() and not feature.geometry().isGeosValid())
    ok, problems = QgsNativeMetadataValidator().validate(metadata if metadata is not None else layer.metadata())
    facts.metadata_problems = () if ok else tuple((p.section, p.note) for p in problems)
    if with_checksum:
        facts.checksum = layer_checksum(layer, cancelled)
        if database is not None:
            facts.already_pushed = tuple(database.checksum_matches(facts.checksum))
    return facts
