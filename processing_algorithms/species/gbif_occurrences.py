"""bd:gbifoccurrences — GBIF occurrences inside a reserve polygon (or an extent): the search API page by page, the
download API above its 100,000 records, as checked occurrence points with the citation in the layer metadata."""

import datetime
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from bd_qgis_plugin.core.errors import Cancelled, InputError
from bd_qgis_plugin.core.species import gbif
from bd_qgis_plugin.core.species.dwc import Duplicates, OccurrenceSource, clean_record
from bd_qgis_plugin.core.species.zones import ZoneIndex
from bd_qgis_plugin.db.connections import credentials_from_authcfg
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import POLYGON, read_features
from bd_qgis_plugin.processing_algorithms.species.common import (
    AREA,
    WGS84,
    StagedOccurrences,
    qgis_transport,
    report_flags,
    set_citation,
)

#: A query polygon with more vertices than this is sent as its bounding box (GBIF takes the WKT in the URL).
MAX_QUERY_VERTICES = 200


class GbifOccurrencesAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "gbifoccurrences"
    group_key = "species"
    OUTPUT_STYLES = {"OUTPUT": "occurrences"}
    EXTENT = "EXTENT"
    TAXON = "TAXON"
    YEAR_FROM = "YEAR_FROM"
    YEAR_TO = "YEAR_TO"
    BASIS = "BASIS"
    MAX_UNCERTAINTY = "MAX_UNCERTAINTY"
    NO_ISSUES = "NO_ISSUES"
    AUTHCFG = "AUTHCFG"
    USE_CACHE = "USE_CACHE"
    API_URL = "API_URL"
    POLL_SECONDS = "POLL_SECONDS"
    CITATION = "CITATION"
    DOI = "DOI"
    RECORDS = "RECORDS"

    TAGS = ('gbif', 'occurrence', 'download', 'species', 'api')

    def display_name(self):
        return tr("GBIF occurrences")

    def short_description(self):
        return tr("Occurrences inside a reserve or an extent from the GBIF API, paged, retried, with citation and DOI.")

    def help_text(self):
        return tr(
            "<p>Occurrences from GBIF (Cơ sở thông tin ĐDSH toàn cầu) inside a reserve polygon or an extent, with "
            "their Darwin Core fields, checked like imported records (bd_flags). Filters: taxon (a scientific name "
            "matched on the GBIF backbone, or taxon keys), years, basis of record, the largest coordinate "
            "uncertainty, and no geospatial issues (on by default).</p><p>Up to 100,000 records come from the "
            "search API page by page (progress, cancel). Above that GBIF only serves them through its download API: "
            "give an authentication configuration (Basic: your GBIF user name and password); the algorithm asks "
            "for the download, waits for it and reads it. HTTP goes through QGIS' network settings (proxy, SSL); "
            "requests are spaced and retried when GBIF is busy (429, 503). The citation (and the download's DOI) "
            "go into the layer's metadata and the CITATION output: cite them when you use the data. With 'use the "
            "cached result', a query run before is reused when GBIF cannot be reached.</p>")

    def define(self):
        self.add(QgsProcessingParameterFeatureSource(AREA, tr("Reserve (area)"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
                 tr("Polygons of the reserve: records inside them are fetched (GBIF is asked for their convex "
                    "hull, the records are then kept inside the polygons themselves)."))
        self.add(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True),
                 tr("An extent instead of a reserve."))
        self.add(QgsProcessingParameterString(self.TAXON, tr("Taxon"), optional=True),
                 tr("A scientific name (matched on the GBIF backbone, e.g. 'Taxus wallichiana' or 'Dipterocarpaceae') "
                    "or GBIF taxon keys separated by commas. Empty: every taxon."))
        self.add(QgsProcessingParameterNumber(self.YEAR_FROM, tr("From year"), optional=True, minValue=1600,
                                              maxValue=2100), tr("First year of the records (included)."))
        self.add(QgsProcessingParameterNumber(self.YEAR_TO, tr("To year"), optional=True, minValue=1600,
                                              maxValue=2100), tr("Last year of the records (included)."))
        self.add(QgsProcessingParameterEnum(self.BASIS, tr("Basis of record"), options=list(gbif.BASIS_OF_RECORD),
                                            allowMultiple=True, optional=True),
                 tr("Only records of these kinds (observations, specimens…). Empty: all."))
        self.add(QgsProcessingParameterNumber(self.MAX_UNCERTAINTY, tr("Largest coordinate uncertainty (m)"),
                                              QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0),
                 tr("Only records whose coordinateUncertaintyInMeters is at most this."))
        self.add(QgsProcessingParameterBoolean(self.NO_ISSUES, tr("Only records without geospatial issues"),
                                               defaultValue=True),
                 tr("GBIF's hasGeospatialIssue=false: leaves out records whose coordinates GBIF found suspect."))
        self.add(QgsProcessingParameterAuthConfig(self.AUTHCFG, tr("GBIF account (for more than 100,000 records)"),
                                                  optional=True),
                 tr("An authentication configuration of the Basic method holding your GBIF user name and password; "
                    "needed only when the query finds more than 100,000 records (GBIF's download API)."))
        self.add(QgsProcessingParameterBoolean(self.USE_CACHE, tr("Use the cached result when GBIF cannot be reached"),
                                               defaultValue=False),
                 tr("Every query's records are kept in the QGIS profile; when GBIF cannot be reached the last result "
                    "of the same query is used (the log says so, with its date)."))
        self.add(QgsProcessingParameterString(self.API_URL, tr("GBIF API address"), defaultValue=gbif.DEFAULT_URL),
                 tr("The GBIF API (change only for a mirror or a test server)."), advanced=True)
        self.add(QgsProcessingParameterNumber(self.POLL_SECONDS, tr("Seconds between download status checks"),
                                              QgsProcessingParameterNumber.Type.Double, defaultValue=10.0,
                                              minValue=0.0), tr("How often the download's status is asked."),
                 advanced=True)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("GBIF occurrences"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 tr("Points in WGS 84 with the Darwin Core fields, bd_flags and bd_source = GBIF."))
        for name, label in ((self.CITATION, tr("Citation")), (self.DOI, tr("Download DOI")),
                            (self.RECORDS, tr("Records"))):
            self.addOutput(QgsProcessingOutputString(name, label))

    # -- the query ----------------------------------------------------------------------------------------------
    def _query_area(self, parameters, context, feedback):
        """(WKT polygon sent to GBIF, ZoneIndex of the exact area or None)."""
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        area = read_features(self, parameters, AREA, context, feedback, wgs84, tr("Reserve (area)"), kind=POLYGON)
        if area:
            parts = []
            for _, wkb in area:
                part = QgsGeometry()
                part.fromWkb(wkb)
                parts.append(part)
            union = QgsGeometry.unaryUnion(parts)
            hull = union.convexHull()
            ring = [(p.x(), p.y()) for p in hull.asPolygon()[0]] if hull.asPolygon() else []
            if len(ring) > MAX_QUERY_VERTICES or len(ring) < 4:
                box = union.boundingBox()
                ring = [(box.xMinimum(), box.yMinimum()), (box.xMaximum(), box.yMinimum()),
                        (box.xMaximum(), box.yMaximum()), (box.xMinimum(), box.yMaximum())]
            return gbif.ccw_polygon_wkt(ring), ZoneIndex([("area", bytes(union.asWkb()))])
        if parameters.get(self.EXTENT) not in (None, ""):
            box = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
            if not box.isEmpty():
                return gbif.ccw_polygon_wkt([(box.xMinimum(), box.yMinimum()), (box.xMaximum(), box.yMinimum()),
                                             (box.xMaximum(), box.yMaximum()), (box.xMinimum(), box.yMaximum())]), None
        raise InputError("Give a reserve polygon or an extent: GBIF is asked only for the records inside it.")

    def _taxon_keys(self, client, text, feedback):
        keys = []
        for item in [t.strip() for t in (text or "").split(",") if t.strip()]:
            if item.isdigit():
                keys.append(item)
                continue
            match = client.match_name(item)
            if match is None:
                raise InputError("The taxon name '{name}' has no match on the GBIF backbone: check its spelling, or "
                                 "give its GBIF taxon key.", name=item)
            feedback.pushInfo(tr("Taxon '{name}': GBIF backbone {match} ({type}), key {key}.").format(
                name=item, match=match["name"], type=match["match_type"], key=match["accepted_key"]))
            keys.append(match["accepted_key"])
        return keys

    def compute(self, parameters, context, feedback):
        geometry_wkt, keep = self._query_area(parameters, context, feedback)
        years = [self.parameterAsInt(parameters, name, context) if parameters.get(name) not in (None, "") else None
                 for name in (self.YEAR_FROM, self.YEAR_TO)]
        if (years[0] is None) != (years[1] is None):
            years = [years[0] or 1600, years[1] or 2100]
        if years[0] is not None and years[0] > years[1]:
            raise InputError("The first year ({first}) is after the last ({last}).", first=years[0], last=years[1])
        basis = [gbif.BASIS_OF_RECORD[i] for i in self.parameterAsEnums(parameters, self.BASIS, context)]
        uncertainty = (self.parameterAsDouble(parameters, self.MAX_UNCERTAINTY, context)
                       if parameters.get(self.MAX_UNCERTAINTY) not in (None, "") else None)
        no_issues = self.parameterAsBoolean(parameters, self.NO_ISSUES, context)
        url = self.parameterAsString(parameters, self.API_URL, context) or gbif.DEFAULT_URL
        poll = self.parameterAsDouble(parameters, self.POLL_SECONDS, context)
        client = gbif.GbifClient(qgis_transport(feedback), url, is_cancelled=feedback.isCanceled)
        cache = gbif.ResultCache(os.path.join(QgsApplication.qgisSettingsDirPath(), "bd_qgis_plugin", "gbif_cache"))
        use_cache = self.parameterAsBoolean(parameters, self.USE_CACHE, context)
        taxon_text = self.parameterAsString(parameters, self.TAXON, context)
        query = [("url", url), ("geometry", geometry_wkt), ("taxon", taxon_text), ("years", str(years)),
                 ("basis", ",".join(basis)), ("uncertainty", str(uncertainty)), ("no_issues", str(no_issues))]

        staged = StagedOccurrences(context, keep=keep)
        writer = None
        try:
            try:
                keys = self._taxon_keys(client, taxon_text, feedback)
                params = gbif.search_params(geometry_wkt, keys, years if years[0] else None, basis, uncertainty,
                                            no_issues)
                count = client.count(params)
                feedback.pushInfo(tr("GBIF finds {count} record(s) for the query.").format(count=count))
                if count > gbif.SEARCH_LIMIT:
                    meta, records = self._download(client, parameters, context, feedback, geometry_wkt, keys, years,
                                                   basis, uncertainty, no_issues, count, poll)
                else:
                    meta = {"citation": gbif.search_citation(client.search_url(params, 0, 0)), "doi": ""}
                    records = (gbif.occurrence_record(r) for r in client.search(
                        params, lambda f: feedback.setProgress(90.0 * f), count))
                meta["date"] = datetime.date.today().isoformat()
                writer = cache.writer(query, meta)
            except gbif.GbifError as exc:
                if not (use_cache and cache.exists(query) and exc.template == gbif.UNREACHABLE):
                    raise
                meta, records = cache.read(query)
                feedback.pushWarning(tr("GBIF could not be reached ({error}): the result cached on {date} is used.")
                                     .format(error=exc.translated(tr), date=meta.get("date", "?")))
            duplicates = Duplicates()
            row = 0
            for record in records:
                row += 1
                if writer is not None:
                    writer.add(record)
                staged.add(*clean_record(record, row, duplicates, "GBIF"))
                if row % 1000 == 0 and feedback.isCanceled():
                    raise Cancelled()
            if feedback.isCanceled():
                raise Cancelled()
            for status, retried_url in client.retried:
                feedback.pushInfo(tr("GBIF answered {status} to {url}: retried.").format(
                    status=status, url=retried_url.split("?")[0]))
            staged.flush()
            report_flags(feedback, staged.counts, row)
            if staged.dropped:
                feedback.pushInfo(tr("{count} record(s) in the reserve's convex hull but outside the reserve are left "
                                     "out.").format(count=staged.dropped))
            if not row:
                feedback.pushWarning(tr("GBIF has no records for this query: the output layer is empty."))
            dest = staged.write(self, parameters, context, feedback, tr("GBIF occurrences"))
            if writer is not None:
                writer.commit()
                writer = None
        finally:
            staged.close()
            if writer is not None:
                writer.discard()
        feedback.pushInfo(tr("Citation: {citation}").format(citation=meta["citation"]))
        set_citation(dest, tr("GBIF occurrences"), meta["citation"], meta.get("doi", ""))
        return {self.OUTPUT: dest, self.CITATION: meta["citation"], self.DOI: meta.get("doi", ""),
                self.RECORDS: str(staged.rows)}

    def _download(self, client, parameters, context, feedback, geometry_wkt, keys, years, basis, uncertainty,
                  no_issues, count, poll):
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        if not authcfg:
            raise InputError("GBIF finds {count} records: more than the 100,000 its search serves. Give a GBIF "
                             "account (an authentication configuration of the Basic method) to use its download "
                             "API, or narrow the query (taxon, years, a smaller area).", count=count)
        user, password = credentials_from_authcfg(authcfg)
        predicate = gbif.download_predicate(geometry_wkt, keys, years if years[0] else None, basis, uncertainty,
                                            no_issues)
        key = client.request_download(predicate, user, password)
        feedback.pushInfo(tr("GBIF download {key} requested; waiting for GBIF to prepare it.").format(key=key))

        def waiting(status, meta):
            feedback.pushInfo(tr("Download {key}: {status}.").format(key=key, status=status))
            feedback.setProgress(5.0)

        meta = client.wait_download(key, waiting, poll=poll)
        path = os.path.join(QgsProcessingUtils.tempFolder(), f"gbif_{key}.zip")
        client.fetch(meta["downloadLink"], path)
        feedback.pushInfo(tr("Download {key} ready: {records} records, DOI {doi}.").format(
            key=key, records=meta.get("totalRecords", "?"), doi=meta.get("doi", "—")))
        source = OccurrenceSource(path)

        def records():
            with source:
                for n, record in enumerate(source.records()):
                    if n % 1000 == 0:
                        feedback.setProgress(10.0 + 80.0 * source.bytes_read() / source.total_bytes)
                    yield record
        return {"citation": gbif.download_citation(meta), "doi": meta.get("doi", "") or "", "key": key}, records()
