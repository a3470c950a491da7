"""bd:specieslist — per zone (reserve), one row per accepted species with its taxonomy, records, first and last
year, sources and protection status (Decree 64/2019/NĐ-CP built in, plus the user's lists)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.errors import Cancelled, InputError
from bd_qgis_plugin.core.indicators import write_csv
from bd_qgis_plugin.core.report import write_text
from bd_qgis_plugin.core.species.fast_read import can_stream, left_out_mask, point_batches, tally_batch, years
from bd_qgis_plugin.core.species.species_list import COLUMNS, SpeciesTally, species_list_html
from bd_qgis_plugin.core.species.zones import ZoneIndex
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, make_fields
from bd_qgis_plugin.processing_algorithms.inputs import add_zones, read_features
from bd_qgis_plugin.processing_algorithms.species.common import (
    INCLUDE_FLAGGED,
    OUTPUT_CSV,
    OUTPUT_HTML,
    SPECIES_TERMS,
    add_include_flagged,
    add_occurrence_input,
    add_status_lists,
    file_of,
    iter_point_chunks,
    left_out_record,
    occurrence_source,
    record_year,
    status_matcher,
    term_fields,
)


def html_labels():
    return {"title": tr("Species list per zone"), "zone": tr("Zone"), "species": tr("Scientific name"),
            "vernacular": tr("Vietnamese name"), "records": tr("Records"), "first": tr("First year"),
            "last": tr("Last year"), "sources": tr("Sources"), "family": tr("Family"), "kingdom": tr("Kingdom"),
            "unmatched": tr("Names not matched to a species"),
            "unmatched_help": tr("These records are in the zones but are not counted in any species: identified "
                                 "to genus or above only, or not a scientific name."),
            "genus": tr("identified to genus or above only"), "name": tr("not a scientific name"),
            "count": tr("{species} species, {listed} of them on a status list."),
            "none": tr("No records in any zone: the species list is empty.")}


class SpeciesListAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "specieslist"
    group_key = "species"
    OUTPUT_STYLES = {"OUTPUT": None}

    TAGS = ('species list', 'checklist', 'decree 64/2019', 'red list', 'status', 'synonym')

    def display_name(self):
        return tr("Species list per zone")

    def short_description(self):
        return tr("One row per zone and accepted species, with protection status from Decree 64/2019 and your lists.")

    def help_text(self):
        return tr(
            "<p>One row per accepted species in every zone (nature reserve): kingdom, phylum, class, order, family, "
            "scientific name, Vietnamese name where known, number of records, first and last year, and the sources "
            "(GBIF datasets, surveys). Status columns come from the list of endangered, precious and rare species "
            "prioritised for protection of Decree 64/2019/NĐ-CP (built in, nd64_2019 = the entry's number; the "
            "built-in file does not yet hold every entry of the decree: the log says how many) and from your own "
            "lists (CSV).</p><p>The accepted species of a record is the one GBIF gives (species, "
            "acceptedScientificName) when there is one, else its scientificName without authorship (canonical "
            "name) through the synonyms of the lists. Records identified only to genus, or whose name is not a "
            "scientific name, are listed apart in the report, never dropped silently. A record counts in every "
            "zone that holds it (zones may overlap). The records are read one by one: memory does not grow with "
            "their number.</p>")

    def define(self):
        add_occurrence_input(self)
        add_zones(self, tr("Zones (reserves)"), tr("Polygons of the zones, e.g. the province's nature reserves; "
                                                   "the points are reprojected to their CRS."),
                  tr("Field that names the zone in the output."))
        add_status_lists(self)
        add_include_flagged(self)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Species list"),
                                                   QgsProcessing.SourceType.TypeVector),
                 tr("Table with one row per zone and species."))
        self.add(QgsProcessingParameterFileDestination(OUTPUT_CSV, tr("Species list (CSV)"), "CSV (*.csv)",
                                                       optional=True, createByDefault=False),
                 tr("The same table as CSV (UTF-8)."))
        self.add(QgsProcessingParameterFileDestination(OUTPUT_HTML, tr("Species list (HTML)"), "HTML (*.html)",
                                                       optional=True, createByDefault=False),
                 tr("A report: one table per zone, listed species highlighted, and the names matched to no species."))

    def compute(self, parameters, context, feedback):
        source = occurrence_source(self, parameters, context)
        zones_source = self.parameterAsSource(parameters, self.ZONES, context)
        if zones_source is None:
            raise InputError("The zones could not be opened.")
        crs = zones_source.sourceCrs()
        zones = read_features(self, parameters, self.ZONES, context, feedback, crs, tr("Zones"),
                              id_field=self.ZONE_FIELD)
        index = ZoneIndex(zones)
        matcher = status_matcher(self, parameters, context, feedback)
        tally = SpeciesTally(matcher)
        include_flagged = self.parameterAsBoolean(parameters, INCLUDE_FLAGGED, context)
        counts = None
        stream_file = file_of(self, parameters, self.INPUT, context)
        if stream_file is not None and can_stream(*stream_file):
            counts = self._stream(stream_file, source, crs, index, tally, include_flagged, feedback)
            if counts is None:  # not all plain 2-D points: read feature by feature
                tally = SpeciesTally(matcher)
            else:
                feedback.pushInfo(tr("The points were read in bulk from {path} (GDAL's Arrow stream).").format(
                    path=stream_file[0]))
        if counts is None:
            counts = self._features(source, crs, context, index, tally, include_flagged, feedback)
        read, without, outside, left_out = counts
        self._log(feedback, read, without, outside, left_out, tally)

        status_columns = tally.status_columns()
        columns = list(COLUMNS) + [(c, "String") for c in status_columns]
        rows = tally.table()
        fields = make_fields(columns)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry, crs)
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([row.get(name) for name, _ in columns])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        results = {self.OUTPUT: dest}
        csv_path = self.parameterAsFileOutput(parameters, OUTPUT_CSV, context)
        if csv_path:
            results[OUTPUT_CSV] = write_csv(csv_path, rows, [name for name, _ in columns])
        html_path = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context)
        if html_path:
            notes = [matcher.lists[0].note] + [tr("Status list: {name}").format(name=status.label)
                                               for status in matcher.lists[1:]]
            page = species_list_html(rows, status_columns, tally.unmatched_rows(), html_labels(), notes)
            results[OUTPUT_HTML] = write_text(html_path, page)
        return results

    @staticmethod
    def _features(source, crs, context, index, tally, include_flagged, feedback):
        """Tally the records feature by feature (any layer): (read, without a point, outside, left out)."""
        total = max(source.featureCount(), 1)
        read = outside = left_out = without = 0
        for chunk, without in iter_point_chunks(source, crs, context, SPECIES_TERMS, feedback):
            if feedback.isCanceled():
                raise Cancelled()
            read += len(chunk)
            if not include_flagged:
                kept = [item for item in chunk if not left_out_record(item[2])]
                left_out += len(chunk) - len(kept)
                chunk = kept
            if not chunk:
                continue
            inside = set()
            for position, found in index.locate([c[0] for c in chunk], [c[1] for c in chunk]):
                zone = index.names[position]
                for i in found.tolist():
                    record = chunk[i][2]
                    if i not in inside:  # the first zone of the record: its year, once
                        record["year"] = record_year(record)
                        inside.add(i)
                    tally.add(zone, record, source=record.get("bd_source") or "")
            outside += len(chunk) - len(inside)
            feedback.setProgress(90.0 * min(1.0, (read + without) / total))
        return read, without, outside, left_out

    @staticmethod
    def _stream(stream_file, source, crs, index, tally, include_flagged, feedback):
        """Tally the records of a point file in bulk (GDAL's Arrow stream): the counts, or None when the file's
        points are not all plain 2-D points."""
        terms = {t: f for t, f in term_fields(source.fields()).items() if t in SPECIES_TERMS}
        total = max(source.featureCount(), 1)
        read = outside = left_out = 0
        for x, y, values, count in point_batches(*stream_file, list(terms.values()), crs.toWkt(),
                                                 feedback.isCanceled):
            if x is None:
                return None
            read += count
            keep = None
            if not include_flagged and "bd_flags" in terms:
                keep = ~left_out_mask(values[terms["bd_flags"]])
                left_out += int((~keep).sum())
            year = years({t: values[f] for t, f in terms.items() if t in ("year", "eventDate")})
            if keep is not None:
                kept = np.nonzero(keep)[0]
                x, y = x[kept], y[kept]
                values = {f: v[kept] for f, v in values.items()}
                year = year[kept] if len(year) else year
            pairs = index.locate(x, y)
            inside = np.zeros(len(x), dtype=bool)
            for _, found in pairs:
                inside[found] = True
            outside += int((~inside).sum())
            tally_batch(tally, index.names, pairs, values, terms, year)
            feedback.setProgress(90.0 * min(1.0, read / total))
        return read, 0, outside, left_out

    @staticmethod
    def _log(feedback, read, without, outside, left_out, tally):
        feedback.pushInfo(tr("{count} record(s) read, {species} species rows in {zones} zone(s).").format(
            count=read, species=len(tally.rows), zones=len(tally.zones())))
        if without:
            feedback.pushWarning(tr("{count} record(s) without a point are not in any zone.").format(count=without))
        if outside:
            feedback.pushInfo(tr("{count} record(s) lie outside every zone.").format(count=outside))
        if left_out:
            feedback.pushInfo(tr("{count} record(s) flagged duplicate or at (0, 0) are not counted.").format(
                count=left_out))
        unmatched = tally.unmatched_rows()
        if unmatched:
            feedback.pushWarning(tr("{count} record(s) under {names} name(s) match no species (identified to genus "
                                    "only, or not scientific names): {list}").format(
                count=sum(c for _, c, _ in unmatched), names=len(unmatched),
                list=", ".join(f"{n} ({c})" for n, c, _ in unmatched[:15]) + (" …" if len(unmatched) > 15 else "")))
        if not tally.rows:
            feedback.pushWarning(tr("No records in any zone: the species list is empty."))


