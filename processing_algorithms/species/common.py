"""Parameter names and helpers shared by the species algorithms: the occurrence layer's fields, writing records,
reading occurrence points in chunks, the status lists, and the layer metadata (citation)."""

import json
import os
import uuid

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataProvider,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsLayerMetadata,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from bd_qgis_plugin.compat import parameter_as_strings
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.species.dwc import (
    DUPLICATE,
    EXTRA_FIELDS,
    FLAGS,
    OUTSIDE_AREA,
    TERMS,
    ZERO_COORDINATES,
    event_year,
    term_of,
)
from bd_qgis_plugin.core.species.names import NameMatcher, builtin_priority_list, read_status_list
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import make_fields

# Parameter names shared within the group (public API: never rename them).
STATUS_LISTS = "STATUS_LISTS"
OUTPUT_CSV = "OUTPUT_CSV"
OUTPUT_HTML = "OUTPUT_HTML"
AREA = "AREA"
#: The CRS of Darwin Core coordinates (decimalLatitude/decimalLongitude).
WGS84 = "EPSG:4326"
VN2000 = "EPSG:4756"
INCLUDE_FLAGGED = "INCLUDE_FLAGGED"
#: Features read at a time from an occurrence layer.
CHUNK = 20000
#: Terms read from occurrence points to tally species.
SPECIES_TERMS = ("scientificName", "acceptedScientificName", "species", "kingdom", "phylum", "class", "order",
                 "family", "vernacularName", "year", "eventDate", "datasetName", "datasetKey", "bd_source", "bd_flags")
#: Flags of records not counted by default: copies of another record, and the (0, 0) placeholder.
LEFT_OUT = (DUPLICATE, ZERO_COORDINATES)


def add_occurrence_input(alg):
    alg.add(QgsProcessingParameterFeatureSource(alg.INPUT, tr("Occurrences"),
                                                [QgsProcessing.SourceType.TypeVectorPoint]),
            tr("Occurrence points with a scientificName field (the output of Import occurrences or GBIF "
               "occurrences, or any points layer with Darwin Core fields)."))


def occurrence_source(alg, parameters, context):
    """The INPUT occurrence points, refused without a scientific-name field."""
    source = alg.parameterAsSource(parameters, alg.INPUT, context)
    if source is None:
        raise InputError("The occurrences could not be opened.")
    if "scientificName" not in term_fields(source.fields()):
        raise InputError("The occurrences have no scientificName field (nor ten_khoa_hoc); their fields: "
                         "{fields}.", fields=", ".join(source.fields().names()[:30]))
    return source


def file_of(alg, parameters, name, context):
    """(path, layer name) of the vector parameter ``name`` when it is a whole file layer (OGR, no filter, not only
    its selected features), for readers that go to the file itself; else None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return None  # selected features only, a feature limit or a filter: Processing's reader applies them
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = layer.source().split("|")
    options = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    if set(options) - {"layername"} or not os.path.isfile(parts[0]):
        return None
    return parts[0], options.get("layername")


def add_include_flagged(alg):
    alg.add(QgsProcessingParameterBoolean(INCLUDE_FLAGGED, tr("Count duplicates and (0, 0) records"),
                                          defaultValue=False),
            tr("By default records flagged duplicate or zero_coordinates in bd_flags are not counted."), advanced=True)


def left_out_record(record):
    flags = record.get("bd_flags")
    return bool(flags) and any(flag in LEFT_OUT for flag in str(flags).split(","))


def record_year(record):
    """The year of a record read from a layer (its year field, else its eventDate)."""
    value = record.get("year")
    if isinstance(value, int):
        return value
    year, _ = event_year(record.get("eventDate"), None if value in (None, "") else value)
    return year


def occurrence_fields():
    return make_fields(TERMS + EXTRA_FIELDS)


def flag_labels():
    """Translated names of the record flags (bd_flags codes), for the log."""
    return {"no_coordinates": tr("without coordinates (kept without a point)"),
            "bad_coordinates": tr("with impossible coordinates (kept without a point)"),
            "zero_coordinates": tr("at (0, 0)"),
            "outside_country": tr("outside Viet Nam although their countryCode is VN"),
            "outside_area": tr("outside the area (province) given"),
            "duplicate": tr("repeating an earlier record (same taxon, date and coordinates)"),
            "no_name": tr("without a scientific name"),
            "bad_date": tr("with a date that cannot be read")}


def report_flags(feedback, counts, total):
    labels = flag_labels()
    feedback.pushInfo(tr("{count} record(s) read.").format(count=total))
    for flag in FLAGS:
        if counts.get(flag):
            feedback.pushWarning(tr("{count} record(s) {what}: flagged in bd_flags.").format(
                count=counts[flag], what=labels[flag]))


def record_feature(fields, values, point):
    """A QgsFeature of the occurrence fields from cleaned ``values``; ``point`` (x, y) in the layer CRS or None."""
    feature = QgsFeature(fields)
    feature.setAttributes([values.get(fields.at(i).name()) for i in range(fields.count())])
    if point is not None:
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*point)))
    return feature


def add_features(sink, features, feedback, what):
    if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
        raise InputError("The output '{output}' could not be written: {error}", output=what,
                         error=sink.lastError() if hasattr(sink, "lastError") else "")


def add_status_lists(alg):
    alg.add(QgsProcessingParameterFile(STATUS_LISTS, tr("Status lists (CSV)"), optional=True,
                                       fileFilter=tr("CSV files (*.csv *.txt)")),
            tr("Your own status list, as CSV (UTF-8): a scientificName column (or ten_khoa_hoc), optionally "
               "'synonyms' (separated by ;) and a Vietnamese name (ten_viet_nam), then any status columns, e.g. "
               "the Vietnam Red Data Book 2007 category, the IUCN category, endemic, invasive. Each column becomes a "
               "column of the output. The built-in list of Decree 64/2019/NĐ-CP is always used."))


def status_matcher(alg, parameters, context, feedback):
    """The NameMatcher of the built-in Decree 64/2019 list and the user's list; the built-in list's coverage is
    logged (it does not hold every entry of the decree)."""
    builtin = builtin_priority_list()
    feedback.pushWarning(tr("Built-in Decree 64/2019/NĐ-CP list: {count} entries of the decree's 127 (28 plants, 99 "
                            "animals); see {path} for the entries still missing. A species not marked in "
                            "nd64_2019 may still be listed.").format(count=len(builtin.entries),
                                                                     path=os.path.basename(builtin_list_path())))
    lists = [builtin]
    path = alg.parameterAsFile(parameters, STATUS_LISTS, context)
    if path:
        user = read_status_list(path)
        feedback.pushInfo(tr("Status list {path}: {count} names, columns {columns}.").format(
            path=path, count=len(user.entries), columns=", ".join(user.columns)))
        lists.append(user)
    return NameMatcher(lists)


def builtin_list_path():
    from bd_qgis_plugin.core.species.names import BUILTIN_LIST

    return BUILTIN_LIST


def term_fields(fields):
    """{term: field name} of a layer's fields that are Darwin Core terms (or survey aliases)."""
    found = {}
    for field in fields:
        term = term_of(field.name())
        if term and term not in found:
            found[term] = field.name()
    return found


def iter_point_chunks(source, crs, context, terms, feedback, chunk=CHUNK):
    """Chunks [(x, y, {term: value})] of an occurrence source's points in ``crs`` (features without a point are
    counted apart: the second item of the last yielded tuple). Only the fields of ``terms`` are read."""
    mapping = term_fields(source.fields())
    wanted = [mapping[t] for t in terms if t in mapping]
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, source.fields())
    request.setDestinationCrs(crs, context.transformContext())
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    fields = source.fields()
    names = [(t, fields.lookupField(mapping[t])) for t in terms if t in mapping]
    batch, without = [], 0
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            without += 1
            continue
        point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
        attributes = feature.attributes()
        values = {t: _value(attributes[i]) for t, i in names}
        batch.append((point.x(), point.y(), values))
        if len(batch) >= chunk:
            yield batch, without
            batch = []
    yield batch, without


USER_AGENT = "bd_qgis_plugin (QGIS Processing)"


def qgis_transport(feedback=None):
    """A transport for core.species.gbif through QGIS' network stack (QgsBlockingNetworkRequest: the proxy, SSL and
    timeout settings of Settings › Options › Network): (method, url, headers, body) → (status, headers, body)."""
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QByteArray, QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    from bd_qgis_plugin.core.species.gbif import TransportError

    def transport(method, url, headers, body):
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", USER_AGENT.encode("ascii"))
        for key, value in headers.items():
            request.setRawHeader(key.encode("ascii"), value.encode("utf-8"))
        blocking = QgsBlockingNetworkRequest()
        if method == "POST":
            blocking.post(request, QByteArray(body or b""), True, feedback)
        else:
            blocking.get(request, True, feedback)
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status is None or status == NULL:
            raise TransportError(blocking.errorMessage() or "no answer")
        reply_headers = {bytes(k).decode("latin-1"): bytes(reply.rawHeader(k)).decode("latin-1")
                         for k in reply.rawHeaderList()}
        return int(status), reply_headers, bytes(reply.content())

    return transport


def _value(value):
    """A field value, None for NULL (PyQGIS gives a null QVariant, whose text is 'NULL')."""
    return None if isinstance(value, QVariant) else value


class StagedOccurrences:
    """Checked records staged in a temporary file, then written to the output only once all were read: a cancelled
    or failed run leaves no half-written layer. Positions of VN-2000 records are moved to WGS 84, and points outside
    ``area_index`` (a ZoneIndex in WGS 84) are flagged outside_area; ``keep`` (a ZoneIndex) drops the points
    outside it (the records fetched around a reserve that are not in it)."""

    BATCH = 5000

    def __init__(self, context, area_index=None, keep=None):
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        self.vn2000 = QgsCoordinateTransform(QgsCoordinateReferenceSystem(VN2000), wgs84, context.transformContext())
        self.area_index, self.keep = area_index, keep
        self.path = os.path.join(QgsProcessingUtils.tempFolder(), f"occurrences_{uuid.uuid4().hex[:8]}.jsonl")
        self.out = open(self.path, "w", encoding="utf-8")
        self.batch, self.counts, self.rows, self.dropped = [], {}, 0, 0

    def add(self, values, position):
        self.batch.append((values, position))
        if len(self.batch) >= self.BATCH:
            self.flush()

    def flush(self):
        batch, self.batch = self.batch, []
        points = []
        for values, position in batch:
            if position is None:
                points.append(None)
                continue
            lat, lon, is_vn2000 = position
            if is_vn2000:
                moved = self.vn2000.transform(QgsPointXY(lon, lat))
                lat, lon = moved.y(), moved.x()
                values["decimalLatitude"], values["decimalLongitude"] = lat, lon
            points.append((lon, lat))
        drop = set()
        if self.keep is not None:
            drop = set(i for i, p in enumerate(points) if p is not None) - self._inside(self.keep, points)
        if self.area_index is not None:
            for i in set(i for i, p in enumerate(points) if p is not None) - self._inside(self.area_index, points):
                values = batch[i][0]
                values["bd_flags"] = ",".join(f for f in (values["bd_flags"], OUTSIDE_AREA) if f)
        for i, ((values, _), point) in enumerate(zip(batch, points)):
            if i in drop:
                self.dropped += 1
                continue
            self.rows += 1
            for flag in filter(None, values["bd_flags"].split(",")):
                self.counts[flag] = self.counts.get(flag, 0) + 1
            self.out.write(json.dumps([values, point], ensure_ascii=False) + "\n")

    @staticmethod
    def _inside(index, points):
        placed = [i for i, p in enumerate(points) if p is not None]
        inside = set()
        if placed:
            for _, found in index.locate([points[i][0] for i in placed], [points[i][1] for i in placed]):
                inside.update(placed[j] for j in found)
        return inside

    def write(self, alg, parameters, context, feedback, what):
        """Write the staged records to the OUTPUT sink; returns its destination."""
        self.flush()
        self.out.close()
        fields = occurrence_fields()
        sink, dest = alg.parameterAsSink(parameters, alg.OUTPUT, context, fields, QgsWkbTypes.Type.Point,
                                         QgsCoordinateReferenceSystem(WGS84))
        if sink is None:
            raise InputError("The output '{output}' could not be created.", output=what)
        with open(self.path, encoding="utf-8") as fh:
            features = []
            for line in fh:
                values, point = json.loads(line)
                features.append(record_feature(fields, values, point))
                if len(features) >= self.BATCH:
                    add_features(sink, features, feedback, what)
                    features = []
            add_features(sink, features, feedback, what)
        del sink  # flush the file before its metadata is written
        return dest

    def close(self):
        if not self.out.closed:
            self.out.close()
        if os.path.exists(self.path):
            os.remove(self.path)


def set_citation(path, title, citation, doi=""):
    """Write the citation (and DOI) into the metadata of the output layer file at ``path`` (QGIS' default metadata
    of the layer: a .qmd beside a file, or inside a GeoPackage), so that it goes where the layer goes."""
    if not path or path.startswith("memory:"):
        return False
    layer = QgsVectorLayer(path, title, "ogr")
    if not layer.isValid():
        return False
    if "|layername=" not in path and layer.dataProvider().subLayerCount() <= 1:
        # a GeoPackage keeps a layer's metadata by layer name (QGIS 3.22 refuses a URI without one)
        sublayers = layer.dataProvider().subLayers()
        name = sublayers[0].split(QgsDataProvider.sublayerSeparator())[1] if sublayers else ""
        if name:
            named = QgsVectorLayer(f"{path}|layername={name}", title, "ogr")
            layer = named if named.isValid() else layer
    metadata = QgsLayerMetadata()
    metadata.setTitle(title)
    metadata.setType("dataset")
    metadata.setLanguage("vie")
    abstract = citation if not doi else f"{citation}\nDOI: {doi}"
    metadata.setAbstract(abstract)
    metadata.setRights([citation] if citation else [])
    if doi:
        metadata.setIdentifier(f"https://doi.org/{doi}" if not doi.startswith("http") else doi)
    metadata.setCrs(QgsCoordinateReferenceSystem(WGS84))
    layer.setMetadata(metadata)
    _, ok = layer.saveDefaultMetadata()
    return ok


def transform_to_wgs84(context, crs):
    return QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), context.transformContext())


def field_names(alg, parameters, name, context):
    values = parameter_as_strings(alg, parameters, name, context)
    return values[0] if values else ""
