"""bd:importoccurrences — a Darwin Core Archive, a survey CSV or a layer with Darwin Core columns, as checked
occurrence points (WGS 84) with every record's problems flagged."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.errors import Cancelled, InputError
from bd_qgis_plugin.core.species.dwc import Duplicates, OccurrenceSource, clean_record
from bd_qgis_plugin.core.species.zones import ZoneIndex
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import POLYGON, read_features
from bd_qgis_plugin.processing_algorithms.species.common import (
    AREA,
    WGS84,
    StagedOccurrences,
    report_flags,
    set_citation,
    term_fields,
)


class ImportOccurrencesAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "importoccurrences"
    group_key = "species"
    OUTPUT_STYLES = {"OUTPUT": "occurrences"}
    INPUT_FILE = "INPUT_FILE"
    CITATION = "CITATION"
    RECORDS = "RECORDS"

    TAGS = ('darwin core', 'dwc-a', 'gbif', 'survey', 'occurrence', 'species')

    def display_name(self):
        return tr("Import occurrences")

    def short_description(self):
        return tr("Darwin Core Archive, GBIF download or survey CSV to points, with coordinates, duplicates and "
                  "places checked.")

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
        opened = OccurrenceSource(path) if path else None
        if opened is not None:
            records, label, citation = opened.records(), opened.label, opened.citation
            progress = lambda: opened.bytes_read() / opened.total_bytes  # noqa: E731
        else:
            records, label, citation = self._layer_records(source, context), "layer", ""
            total = max(source.featureCount(), 1)
            progress = None
        staged = StagedOccurrences(context, area_index)
        row, duplicates = 0, Duplicates()
        try:
            for record in records:
                row += 1
                staged.add(*clean_record(record, row, duplicates, label))
                if row % staged.BATCH == 0:
                    if feedback.isCanceled():
                        raise Cancelled()
                    feedback.setProgress(90.0 * (progress() if progress else min(1.0, row / total)))
            if feedback.isCanceled():
                raise Cancelled()
            staged.flush()
            report_flags(feedback, staged.counts, row)
            if not row:
                feedback.pushWarning(tr("The input holds no records: the output layer is empty."))
            dest = staged.write(self, parameters, context, feedback, tr("Occurrences"))
        finally:
            staged.close()
            if opened is not None:
                opened.close()
        if citation:
            feedback.pushInfo(tr("Citation: {citation}").format(citation=citation))
        set_citation(dest, tr("Occurrences"), citation)
        return {self.OUTPUT: dest, self.CITATION: citation, self.RECORDS: str(row)}
