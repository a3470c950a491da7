"""National protected areas: records for ``bd.protected_areas`` from any polygon layer (file or WFS)."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsProject,
    QgsWkbTypes,
)

from ..core.errors import InputError
from . import PROTECTED_AREA_CATEGORIES
from .naming import strip_diacritics

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


def protected_area_records(layer, name_vi_field, category_field, name_en_field=None, decision_field=None,
                           default_category=None):
    """Dicts for ``import_protected_areas``: MultiPolygon WKB in EPSG:4326, area in hectares on the WGS 84
    ellipsoid (measured from the source geometry in its own CRS)."""
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise InputError("The protected areas layer '{name}' must contain polygons.", name=layer.name())
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
        geometry = feature.geometry()
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        area_ha = measure.measureArea(geometry) / 10000.0
        geometry.transform(transform)
        geometry.convertToMultiType()
        records.append({"name_vi": str(feature[name_vi_field]),
                        "name_en": str(feature[name_en_field]) if name_en_field and feature[name_en_field] else None,
                        "category": category,
                        "designation_decision": str(feature[decision_field]) if decision_field and
                        feature[decision_field] else None,
                        "area_ha": area_ha, "wkb": bytes(geometry.asWkb())})
    return records
