"""Parameters and input readers shared by the algorithms of every group."""

import os
import uuid

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBand,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from bd_qgis_plugin.compat import field_type, parameter_as_strings
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.raster_io import stack_rasters
from bd_qgis_plugin.core.sensors import SENSOR_KEYS
from bd_qgis_plugin.i18n import tr

#: Geometry kinds a reader can require.
POLYGON, POINT, ANY = "polygon", "point", "any"
_KIND_TYPES = {POLYGON: QgsWkbTypes.GeometryType.PolygonGeometry, POINT: QgsWkbTypes.GeometryType.PointGeometry}


#: Descriptions QGIS gives a CRS it could not identify (a GeoTIFF written from a PROJ string): no name at all.
UNNAMED_CRS = ("", "unknown", "unnamed")


def crs_label(crs):
    """A CRS as a technician recognises it, in every message that names one: "EPSG:32648 (WGS 84 / UTM zone 48N)";
    a user CRS (``USER:…``) or one without an authority by its description ("VN-2000 / TM-3 108°30′ (Bình
    Thuận)"); a CRS without a name either by its PROJ definition."""
    if not crs.isValid():
        return tr("no CRS")
    authid = crs.authid()
    description = crs.description().strip()
    if description.lower() in UNNAMED_CRS:
        description = ""
    if authid and not authid.upper().startswith("USER:"):
        return f"{authid} ({description})" if description and description != authid else authid
    if description:
        return description
    return tr("an unnamed CRS ({definition})").format(definition=crs.toProj() or crs.toWkt())


def read_features(alg, parameters, name, context, feedback, crs, what, id_field=None, kind=POLYGON, merge=True,
                  attributes=None):
    """[(id text, WKB in ``crs``)] of the vector parameter ``name``, or None when it is not given.

    With ``attributes`` (field names), each item is (id text, WKB, {field: value}) with the values of those fields
    (of the first feature of an id with ``merge``); a field the layer lacks is refused by name.

    The plugin's one feature reader, with one policy for every algorithm:

    - the id is the value of the field parameter ``id_field`` (required when given), or the feature's position
      1, 2, … without one; with ``merge``, features sharing an id are unioned into one geometry;
    - features without a geometry are left out, and the log says how many;
    - invalid geometries are repaired (``makeValid``) rather than refused by Processing's geometry check, and
      the log names them;
    - a geometry of another ``kind`` (polygon, point) is refused by its id;
    - a layer with no usable feature is refused by ``what`` (the translated name of the input).
    """
    previous = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    try:
        source = alg.parameterAsSource(parameters, name, context)
        features = list(source.getFeatures()) if source is not None else []
    finally:
        context.setInvalidGeometryCheck(previous)
    if source is None:
        return None
    field = None
    if id_field:
        fields = parameter_as_strings(alg, parameters, id_field, context)
        if not fields:
            raise InputError("Choose the field that names each feature of '{what}'.", what=what)
        field = fields[0]
    missing = [n for n in (attributes or ()) if source.fields().indexOf(n) < 0]
    if missing:
        raise InputError("The layer '{what}' has no field {fields}.", what=what, fields=", ".join(missing))
    if source.sourceCrs() != crs:
        feedback.pushInfo(tr("{what} reprojected from {a} to {b}.").format(
            what=what, a=crs_label(source.sourceCrs()), b=crs_label(crs)))
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    parts, no_geometry, repaired = {}, 0, []
    for number, feature in enumerate(features, start=1):
        key = str(feature[field]) if field else str(number)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            no_geometry += 1
            continue
        if not geometry.isGeosValid():
            repaired.append(key)
            geometry = geometry.makeValid()
        geometry.transform(transform)
        if kind != ANY and QgsWkbTypes.geometryType(geometry.wkbType()) != _KIND_TYPES[kind]:
            if kind == POINT:
                raise InputError("Feature '{id}' of '{what}' is not a point.", id=key, what=what)
            raise InputError("Feature '{id}' of '{what}' is not a polygon.", id=key, what=what)
        values = {n: feature[n] for n in attributes} if attributes is not None else None
        parts.setdefault(key if merge else len(parts), []).append((key, geometry, values))
    if no_geometry:
        feedback.pushWarning(tr("{count} feature(s) of '{what}' have no geometry and are left out.").format(
            count=no_geometry, what=what))
    if repaired:
        feedback.pushInfo(tr("Invalid geometries of '{what}' repaired before use: {ids}.").format(
            what=what, ids=", ".join(repaired[:20]) + (" …" if len(repaired) > 20 else "")))
    if not parts:
        raise InputError("The layer '{what}' has no features with a geometry.", what=what)
    result = []
    for items in parts.values():
        geometries = [geometry for _, geometry, _ in items]
        geometry = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else geometries[0]
        key, _, values = items[0]
        wkb = bytes(geometry.asWkb())
        result.append((key, wkb) if attributes is None else (key, wkb, values))
    return result


def add_zones(alg, description, help_text, field_help, optional=False):
    """The ZONES polygon parameter and its ZONE_FIELD (the field naming each zone)."""
    alg.add(QgsProcessingParameterFeatureSource(alg.ZONES, description, [QgsProcessing.SourceType.TypeVectorPolygon],
                                                optional=optional), help_text)
    alg.add(QgsProcessingParameterField(alg.ZONE_FIELD, tr("Zone name field"), parentLayerParameterName=alg.ZONES,
                                        optional=optional), field_help)


def stacked_image(alg, parameters, name, context, layer, prefix):
    """(path, count): ``layer``'s file, or a temporary VRT stacking it with the ``count`` rasters of the
    multiple-layer parameter ``name`` (their bands after the image's)."""
    extras = alg.parameterAsLayerList(parameters, name, context)
    if not extras:
        return layer.source(), 0
    vrt = os.path.join(QgsProcessingUtils.tempFolder(), f"{prefix}_{uuid.uuid4().hex[:8]}.vrt")
    return stack_rasters([layer.source(), *[extra.source() for extra in extras]], vrt), len(extras)


def sensor_labels():
    return [
        tr("Sentinel-2 L1C/L2A, processing baseline before 04.00 (before 25 Jan 2022)"),
        tr("Sentinel-2 L1C/L2A, processing baseline 04.00 or later (offset −1000)"),
        tr("Landsat 8/9 Collection 2 Level-2 surface reflectance"),
        tr("Reflectance already (0–1), bands chosen by number"),
    ]


def add_band_overrides(alg, role_parameters):
    """Advanced optional band-number parameters (one per (role, name)) overriding the sensor preset."""
    for role, name in role_parameters:
        alg.add(QgsProcessingParameterBand(name, tr("{role} band (overrides the sensor preset)").format(
            role=role.upper()), parentLayerParameterName=alg.INPUT, optional=True),
            tr("Band number of the {role} band, when the sensor preset and the band descriptions cannot "
               "tell (e.g. a custom stack). Leave empty to use the preset.").format(role=role.upper()),
            advanced=True)


def sensor_options():
    return [*sensor_labels(), tr("None: use the values as they are")]


def sensor_key(index):
    return SENSOR_KEYS[index] if index < len(SENSOR_KEYS) else None


def image_source(alg, parameters, context):
    """The INPUT raster layer, refused unless it is a file raster (the core reads it with GDAL)."""
    layer = alg.parameterAsRasterLayer(parameters, alg.INPUT, context)
    if layer is None:
        raise InputError("The input image could not be opened as a raster layer.")
    if layer.providerType() != "gdal":
        raise InputError("The input image must be a file raster (GDAL); '{name}' comes from '{provider}'.",
                         name=layer.name(), provider=layer.providerType())
    return layer


#: Names of a class code field, in the order they are preferred (compared case-insensitively); the feature id
#: (``fid`` of a GeoPackage, ``ogc_fid``…) is never a class code: a map of it has one class per polygon.
LIKELY_CLASS_FIELDS = ("class", "class_code", "classcode", "class_id", "code", "ma_lop", "malop", "ma", "loai",
                       "loai_id", "ref_class", "reference", "type", "id")
FEATURE_ID_FIELDS = ("fid", "ogc_fid", "objectid", "gid")


def likely_class_field(fields, feature_ids=(), preferred=()):
    """The name of the field of ``fields`` most likely to hold integer class codes, else None: an integer field
    named class, code, class_id, ma_lop, loai, id… (case-insensitive), never the feature id."""
    ids = {name.lower() for name in (*FEATURE_ID_FIELDS, *feature_ids)}
    kinds = {field_type(kind) for kind in ("Int", "LongLong", "UInt", "ULongLong")}
    integers = {field.name().lower(): field.name() for field in fields
                if field.type() in kinds and field.name().lower() not in ids}
    return next((integers[name] for name in (*preferred, *LIKELY_CLASS_FIELDS) if name in integers), None)


def class_field(alg, parameters, name, context, feedback, fields, feature_ids=(), preferred=()):
    """The class code field chosen in ``name`` (a field parameter whose default is ``class``), resolved against
    the layer's ``fields``: the default when the layer has no such field is the likely class field (logged);
    the feature id is refused, naming the likely field, and so is no choice when no field is likely."""
    chosen = parameter_as_strings(alg, parameters, name, context)
    chosen = chosen[0] if chosen else ""
    likely = likely_class_field(fields, feature_ids, preferred)
    given = parameters.get(name) not in (None, "", [])
    if chosen and chosen.lower() in {f.lower() for f in (*FEATURE_ID_FIELDS, *feature_ids)}:
        if likely:
            raise InputError("The field '{field}' is the feature id, not a class code: a map of it would have one "
                             "class per polygon. Choose the class code field ('{likely}' looks like one).",
                             field=chosen, likely=likely)
        raise InputError("The field '{field}' is the feature id, not a class code: a map of it would have one "
                         "class per polygon. Choose the field that holds the class codes.", field=chosen)
    if chosen and (given or fields.lookupField(chosen) >= 0):
        return chosen
    if likely:
        feedback.pushInfo(tr("Class code field: '{field}' (chosen by its name; choose another one if it is not the "
                             "class codes).").format(field=likely))
    if not likely:
        raise InputError("Choose the class code field: no field of the layer looks like class codes (an integer "
                         "field named class, code, class_id, ma_lop, loai…).")
    return likely
