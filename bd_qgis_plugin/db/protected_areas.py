"""National protected areas: records for ``bd.protected_areas`` from any polygon layer (file or WFS)."""

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsProject,
    QgsWkbTypes,
)

from ..compat import field_type
from ..core.errors import InputError
from . import PROTECTED_AREA_CATEGORIES
from .naming import strip_diacritics

#: Field names that likely hold each value of a protected area, compared lower-case without diacritics, best first
#: (what the import dialog preselects; the user confirms or chooses another field).
NAME_FIELDS = ("name_vi", "ten", "ten_khu", "ten_kbt", "ten_vi", "name")
NAME_EN_FIELDS = ("name_en", "ten_en", "english_name")
CATEGORY_FIELDS = ("category", "loai", "loai_hinh", "phan_hang", "phan_loai")
DECISION_FIELDS = ("designation_decision", "decision", "quyet_dinh", "so_quyet_dinh", "so_qd")

#: Category names as written in decisions (Vietnamese or English) → the 2008 Biodiversity Law category.
CATEGORY_NAMES = {
    "vuon quoc gia": "national_park", "national park": "national_park", "vqg": "national_park",
    "khu du tru thien nhien": "nature_reserve", "nature reserve": "nature_reserve",
    "khu bao ton thien nhien": "nature_reserve",
    "khu bao ton loai - sinh canh": "species_habitat_area", "khu bao ton loai sinh canh": "species_habitat_area",
    "species and habitat conservation area": "species_habitat_area",
    "khu bao ve canh quan": "landscape_protection_area", "landscape protection area": "landscape_protection_area",
}


def category_code(value):
    """The category code of a written category name, or None."""
    text = strip_diacritics(str(value or "")).strip().lower().replace("–", "-")
    if text in PROTECTED_AREA_CATEGORIES:
        return text
    return CATEGORY_NAMES.get(text) or CATEGORY_NAMES.get(text.replace("-", " ").replace("  ", " "))


def text_fields(layer):
    """The names of the layer's text fields (where names, categories and decisions can be)."""
    return [field.name() for field in layer.fields() if field.type() == field_type("String")]


def likely_field(names, candidates):
    """The first of ``names`` that is one of ``candidates`` (lower-case, diacritics ignored), or None."""
    keys = {}
    for name in names:
        keys.setdefault(strip_diacritics(name).strip().lower(), name)
    return next((keys[candidate] for candidate in candidates if candidate in keys), None)


def likely_name_field(names):
    """The field most likely to hold the reserves' Vietnamese names: a known name, else one that says "name" or
    "ten", else the first text field."""
    found = likely_field(names, NAME_FIELDS)
    if found is None:
        found = next((name for name in names if "name" in name.lower() or
                      strip_diacritics(name).lower().startswith("ten")), None)
    return found or (names[0] if names else None)


def _require_polygons(layer):
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise InputError("The protected areas layer '{name}' must contain polygons.", name=layer.name())


def field_text(value):
    """A field's value as text, "" for NULL."""
    return "" if value is None or value == NULL else str(value).strip()


def check_boundaries_layer(layer):
    """Refuse, in words and before anything is asked or written, a layer the import cannot use."""
    if layer is None or not layer.isValid():
        raise InputError("The boundaries file '{name}' cannot be opened as a vector layer.",
                         name=layer.name() if layer is not None else "")
    _require_polygons(layer)
    if not text_fields(layer):
        raise InputError("The boundaries layer '{name}' has no text field to take the reserve names from; add "
                         "one (with the names in Vietnamese) and import again.", name=layer.name())


def protected_area_records(layer, name_vi_field, category_field, name_en_field=None, decision_field=None,
                           default_category=None):
    """Dicts for ``import_protected_areas``: MultiPolygon WKB in EPSG:4326, area in hectares on the WGS 84
    ellipsoid (measured from the source geometry in its own CRS)."""
    _require_polygons(layer)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance().transformContext())
    measure = QgsDistanceArea()
    measure.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid("WGS84")
    records = []
    for feature in layer.getFeatures():
        if not feature.hasGeometry():
            continue
        category = category_code(feature[category_field]) if category_field else default_category
        if category is None:
            raise InputError("Unknown protected-area category '{value}' (feature {fid}): use national park, nature "
                             "reserve, species and habitat conservation area or landscape protection area.",
                             value=feature[category_field] if category_field else "", fid=feature.id())
        name_vi = field_text(feature[name_vi_field])
        if not name_vi:
            raise InputError("The feature {fid} of '{layer}' has no name in the field {field}: fill it in, or "
                             "choose the field that holds the names.", fid=feature.id(), layer=layer.name(),
                             field=name_vi_field)
        geometry = feature.geometry()
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        area_ha = measure.measureArea(geometry) / 10000.0
        geometry.transform(transform)
        geometry.convertToMultiType()
        name_en = field_text(feature[name_en_field]) if name_en_field else ""
        decision = field_text(feature[decision_field]) if decision_field else ""
        records.append({"name_vi": name_vi, "name_en": name_en or None, "category": category,
                        "designation_decision": decision or None, "area_ha": area_ha,
                        "wkb": bytes(geometry.asWkb())})
    return records
