"""bd:importoccurrences — a Darwin Core Archive, a survey CSV or a layer with Darwin Core columns, as checked
occurrence points (WGS 84) with every record's problems flagged."""

import json
import os
import uuid

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.errors import Cancelled, InputError
from bd_qgis_plugin.core.species.dwc import OUTSIDE_AREA, Duplicates, OccurrenceSource, clean_record
from bd_qgis_plugin.core.species.zones import ZoneIndex
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import POLYGON, read_features
from bd_qgis_plugin.processing_algorithms.species.common import (
    AREA,
    VN2000,
    WGS84,
    add_features,
    occurrence_fields,
    record_feature,
    report_flags,
    set_citation,
    term_fields,
)

#: Records checked (and points tested against the area) at a time.
BATCH = 5000


class ImportOccurrencesAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "importoccurrences"
    group_key = "species"
    OUTPUT_STYLES = {"OUTPUT": "occurrences"}
    INPUT_FILE = "INPUT_FILE"
    CITATION = "CITATION"
    RECORDS = "RECORDS"

    def display_name(self):
        return tr("Import occurrences (Darwin Core)")

    def help_text(self):
        return tr(
            "<p>Brings species occurrences to one points layer in WGS 84 with the Darwin Core fields: a Darwin Core "
            "Archive (a zip with meta.xml, e.g. a GBIF download in DwC-A format), a CSV file of a field survey, or "
            "a layer with Darwin Core columns. Survey columns may also be named in Vietnamese (ten_khoa_hoc, "
            "ten_viet_nam, vi_do, kinh_do, ngay, nguoi_ghi_nhan, so_luong). Coordinates may be decimal degrees "
            "(with a decimal point or comma) or degrees, minutes and seconds; records whose geodeticDatum is VN-2000 "
            "are moved to WGS 84.</p><p>Every record is kept; what is wrong with it is written in the field "
            "bd_flags: no_coordinates and bad_coordinates (kept without a point), zero_coordinates (at 0, 0), "
            "outside_country (countryCode VN but outside Viet Nam's extent), outside_area (outside the area "
            "polygon given, e.g. the province), duplicate (the same taxon, date and coordinates as an earlier "
            "record, whose row is in bd_duplicate_of), no_name, bad_date. The archive's citation goes into the "
            "layer's metadata.</p>")

    def define(self):
        self.add(QgsProcessingParameterFile(self.INPUT_FILE, tr("Darwin Core Archive or CSV file"), optional=True,
                                            fileFilter=tr("Darwin Core Archive or CSV (*.zip *.csv *.txt *.tsv)")),
                 tr("A Darwin Core Archive (zip with meta.xml) or a CSV/TSV file (UTF-8) with a header row naming "
                    "Darwin Core terms. Give this or a layer."))
        self.add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Occurrence layer"),
                                                     [QgsProcessing.SourceType.TypeVector], optional=True),
                 tr("A layer with Darwin Core columns (a table with decimalLatitude/decimalLongitude, or points: "
                    "their position is used)."))
        self.add(QgsProcessingParameterFeatureSource(AREA, tr("Area (province boundary)"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
                 tr("Records outside these polygons are flagged outside_area."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Occurrences"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 tr("Points in WGS 84 (EPSG:4326) with the Darwin Core fields and bd_flags, bd_duplicate_of, "
                    "bd_source; records without usable coordinates are kept without a point."))
        self.addOutput(QgsProcessingOutputString(self.CITATION, tr("Citation")))
        self.addOutput(QgsProcessingOutputString(self.RECORDS, tr("Records")))

    # -- reading ---------------------------------------------------------------------------------------------
    def _layer_records(self, source, context):
        """{term: text} records of a layer; points give decimalLatitude/decimalLongitude in WGS 84."""
        mapping = term_fields(source.fields())
        if "scientificName" not in mapping:
            raise InputError("The layer has no scientificName field (nor ten_khoa_hoc); its fields: {fields}.",
                             fields=", ".join(source.fields().names()[:30]))
        spatial = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
        request = QgsFeatureRequest()
        if spatial:
            request.setDestinationCrs(QgsCoordinateReferenceSystem(WGS84), context.transformContext())
        for feature in source.getFeatures(request):
            record = {term: ("" if feature[name] is None or str(feature[name]) == "NULL" else str(feature[name]))
                      for term, name in mapping.items()}
            geometry = feature.geometry()
            if spatial and not geometry.isNull() and not geometry.isEmpty():
                point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
                record.update(decimalLatitude=repr(point.y()), decimalLongitude=repr(point.x()), geodeticDatum="WGS84")
            yield record

    def compute(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT_FILE, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if not path and source is None:
            raise InputError("Give a Darwin Core Archive or CSV file, or an occurrence layer.")
        if path and source is not None:
            raise InputError("Give either a file or a layer of occurrences, not both.")
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        area = read_features(self, parameters, AREA, context, feedback, wgs84, tr("Area"), kind=POLYGON)
        area_index = ZoneIndex(area) if area else None
        vn2000 = QgsCoordinateTransform(QgsCoordinateReferenceSystem(VN2000), wgs84, context.transformContext())

        opened = OccurrenceSource(path) if path else None
        if opened is not None:
            records, label, citation = opened.records(), opened.label, opened.citation
            progress = lambda: opened.bytes_read() / opened.total_bytes  # noqa: E731
        else:
            records, label, citation = self._layer_records(source, context), "layer", ""
            total = max(source.featureCount(), 1)
            progress = None
        # Records are checked into a staging file first: the output is written only once every record has been
        # read, so a cancelled or failed run leaves no half-written layer.
        staging = os.path.join(QgsProcessingUtils.tempFolder(), f"occurrences_{uuid.uuid4().hex[:8]}.jsonl")
        counts, row, duplicates = {}, 0, Duplicates()
        try:
            with open(staging, "w", encoding="utf-8") as out:
                batch = []
                for record in records:
                    row += 1
                    batch.append(clean_record(record, row, duplicates, label))
                    if len(batch) >= BATCH:
                        self._check_batch(batch, area_index, vn2000, counts, out)
                        batch = []
                        if feedback.isCanceled():
                            raise Cancelled()
                        feedback.setProgress(90.0 * (progress() if progress else min(1.0, row / total)))
                self._check_batch(batch, area_index, vn2000, counts, out)
            if feedback.isCanceled():
                raise Cancelled()
            report_flags(feedback, counts, row)
            if not row:
                feedback.pushWarning(tr("The input holds no records: the output layer is empty."))
            fields = occurrence_fields()
            sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, wgs84)
            if sink is None:
                raise InputError("The output '{output}' could not be created.", output=tr("Occurrences"))
            with open(staging, encoding="utf-8") as fh:
                features = []
                for line in fh:
                    values, point = json.loads(line)
                    features.append(record_feature(fields, values, point))
                    if len(features) >= BATCH:
                        add_features(sink, features, feedback, tr("Occurrences"))
                        features = []
                add_features(sink, features, feedback, tr("Occurrences"))
            del sink  # flush the file before its metadata is written
        finally:
            if opened is not None:
                opened.close()
            if os.path.exists(staging):
                os.remove(staging)
        if citation:
            feedback.pushInfo(tr("Citation: {citation}").format(citation=citation))
        set_citation(dest, tr("Occurrences"), citation)
        return {self.OUTPUT: dest, self.CITATION: citation, self.RECORDS: str(row)}

    @staticmethod
    def _check_batch(batch, area_index, vn2000, counts, out):
        """Positions in WGS 84 (VN-2000 ones moved), the area check, flag counts; each record a JSON line."""
        points = []
        for values, position in batch:
            if position is None:
                points.append(None)
                continue
            lat, lon, is_vn2000 = position
            if is_vn2000:
                moved = vn2000.transform(QgsPointXY(lon, lat))
                lat, lon = moved.y(), moved.x()
                values["decimalLatitude"], values["decimalLongitude"] = lat, lon
            points.append((lon, lat))
        if area_index is not None:
            placed = [i for i, p in enumerate(points) if p is not None]
            inside = set()
            if placed:
                for _, found in area_index.locate([points[i][0] for i in placed], [points[i][1] for i in placed]):
                    inside.update(placed[j] for j in found)
            for i in placed:
                if i not in inside:
                    values = batch[i][0]
                    values["bd_flags"] = ",".join(f for f in (values["bd_flags"], OUTSIDE_AREA) if f)
        for (values, _), point in zip(batch, points):
            for flag in filter(None, values["bd_flags"].split(",")):
                counts[flag] = counts.get(flag, 0) + 1
            out.write(json.dumps([values, point], ensure_ascii=False) + "\n")
