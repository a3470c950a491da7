"""bd:habitattrend — habitat area per zone, class and year with 95 % CI, changes beyond map error, trends."""

import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.accuracy import read_accuracy_report
from bd_qgis_plugin.core.change import align_to_first
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.trend import (
    MIN_TREND_YEARS,
    area_series,
    change_history,
    check_class_maps,
    check_series_length,
    class_names,
    match_reports,
    mixed_sources_note,
    parse_years,
    presence_notes,
    series_order,
    series_rows,
    trend_rows,
    zone_pixels_by_year,
)
from bd_qgis_plugin.core.trend_report import chart_library, write_trend_html, zone_charts
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, make_fields
from bd_qgis_plugin.processing_algorithms.habitat.common import RESAMPLE
from bd_qgis_plugin.processing_algorithms.inputs import add_zones, read_features

SERIES_FIELDS = (("zone", "String"), ("class_code", "Int"), ("class_name", "String"), ("year", "Int"),
                 ("mapped_ha", "Double"), ("adjusted_ha", "Double"), ("ci95_ha", "Double"),
                 ("change_mapped_ha", "Double"), ("change_adjusted_ha", "Double"), ("change_ci95_ha", "Double"),
                 ("exceeds_error", "Int"))
TREND_FIELDS = (("zone", "String"), ("class_code", "Int"), ("class_name", "String"), ("first_year", "Int"),
                ("last_year", "Int"), ("years", "Int"), ("basis", "String"), ("first_ha", "Double"),
                ("last_ha", "Double"), ("change_mapped_ha", "Double"), ("change_adjusted_ha", "Double"),
                ("change_ci95_ha", "Double"), ("exceeds_error", "Int"), ("slope_ha_per_year", "Double"),
                ("slope_low", "Double"), ("slope_high", "Double"), ("mk_s", "Int"), ("mk_var_s", "Double"),
                ("mk_z", "Double"), ("mk_p", "Double"), ("mk_exact", "Int"))


def report_labels():
    return {
        "title": tr("Habitat area over the years"),
        "method": tr("Mapped areas from the class maps; error-adjusted areas and their 95 % confidence intervals "
                     "from each year's accuracy assessment (Olofsson et al. 2014), weighted by the zone's own mapped "
                     "areas. A change is flagged as exceeding map error only where it is larger than the 95 % "
                     "confidence interval of the difference, ±1.96 √(SE₁² + SE₂²) (independent reference samples). "
                     "Trend for four years or more: Theil–Sen slope with Sen's 95 % interval, and the Mann–Kendall "
                     "test (Gilbert 1987: S, VAR(S) with ties, Z with continuity correction; exact p for up to 10 "
                     "years without ties)."),
        "maps": tr("Class maps"), "notes": tr("Notes"), "zone": tr("Zone"), "whole_map": tr("whole map"),
        "class": tr("Class"), "year": tr("Year"), "area": tr("Area (ha)"), "mapped": tr("Mapped (ha)"),
        "adjusted": tr("Error-adjusted (ha)"), "ci95": tr("± 95 % CI (ha)"),
        "change": tr("Change since the previous year"), "mapped_change": tr("Mapped change (ha)"),
        "adjusted_change": tr("Error-adjusted change (ha)"), "change_ci95": tr("± 95 % CI of the change (ha)"),
        "exceeds": tr("Exceeds map error"), "yes": tr("yes"), "no": tr("no"), "not_assessed": tr("not assessed"),
        "trend": tr("Trend"), "period": tr("Period"), "basis": tr("Areas used"),
        "basis_adjusted": tr("error-adjusted"), "basis_mapped": tr("mapped"),
        "slope": tr("Theil–Sen slope (ha/year)"), "slope_ci": tr("95 % CI of the slope"),
        "mk_s": tr("Mann–Kendall S"), "mk_p": tr("p (two-sided)"),
        "few_years": tr("Trend not computed: fewer than four years."), "chart_mapped": tr("mapped"),
        "no_charts": tr("Charts were not drawn: matplotlib is not installed in this QGIS's Python."),
    }


def _flag(value):
    return None if value is None else int(bool(value))


class HabitatTrendAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "habitattrend"
    group_key = "habitat"
    REQUIRES = ("scipy",)  # scipy.stats.theilslopes
    OUTPUT_STYLES = {"OUTPUT_TABLE": None, "OUTPUT_TRENDS": None, "OUTPUT_CHANGES": "change_history"}
    MAPS = "MAPS"
    YEARS = "YEARS"
    ACCURACY_REPORTS = "ACCURACY_REPORTS"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_TRENDS = "OUTPUT_TRENDS"
    OUTPUT_CHANGES = "OUTPUT_CHANGES"

    TAGS = ("trend", "time series", "Theil-Sen", "Mann-Kendall", "monitoring", "Olofsson")

    def display_name(self):
        return tr("Habitat trend over the years")

    def short_description(self):
        return tr("Area per zone, class and year with error-adjusted 95 % CI, changes beyond map error, Theil–Sen "
                  "slope and Mann–Kendall test.")

    def help_text(self):
        return tr(
            "<p>The area of every habitat class in every zone (reserve) for every year of a series of class maps "
            "of the same area and legend: mapped area and, with that year's accuracy report, the error-adjusted "
            "area and its 95 % confidence interval (Olofsson et al. 2014). Year-to-year and first-to-last changes "
            "are flagged as exceeding map error only when they are larger than the combined 95 % confidence "
            "interval, ±1.96 √(SE₁² + SE₂²). For four years or more: the Theil–Sen slope in ha per year with its "
            "95 % confidence interval and the Mann–Kendall test (Gilbert 1987). Maps of different sensors or "
            "classifiers are noted. Outputs: a table per zone, class and year, a trend table per zone and class, an "
            "HTML report with a chart per zone, and on request a raster of the years since the last change and the "
            "number of changes of every pixel.</p>")

    def define(self):
        self.add(QgsProcessingParameterMultipleLayers(self.MAPS, tr("Class maps (one per year)"),
                                                      QgsProcessing.SourceType.TypeRaster),
                 tr("Class maps of the same area and legend (integer class codes, projected CRS), one per year, "
                    "on one grid (or resampled, see below)."))
        self.add(QgsProcessingParameterString(self.YEARS, tr("Years (comma-separated, in the order of the maps)")),
                 tr("The year of each class map, e.g. 2019, 2020, 2021, 2022; the maps are sorted by year."))
        self.add(QgsProcessingParameterMultipleLayers(self.ACCURACY_REPORTS, tr("Accuracy reports (JSON, optional)"),
                                                      QgsProcessing.SourceType.TypeFile, optional=True),
                 tr("JSON reports of the accuracy assessment algorithm: one per map in the order of the maps, or "
                    "fewer, each matched to the map it was made for. Years with a report get error-adjusted areas "
                    "with 95 % confidence intervals; a change is assessed against map error where both years have "
                    "one."))
        self.add(QgsProcessingParameterBoolean(RESAMPLE, tr("Resample maps onto the first year's grid when they "
                                                            "differ"), defaultValue=False),
                 tr("Off: maps on another grid than the first year's are refused with the differences listed. On: "
                    "they are resampled (nearest neighbour) onto it, and the log and the report say so."))
        add_zones(self, tr("Zones"), tr("Optional polygons (e.g. nature reserves); without them the whole map is "
                                        "one zone. Reprojected when needed."),
                  tr("Field that names the zone in the output tables."), optional=True)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Area per zone, class and year"),
                                                   QgsProcessing.SourceType.TypeVector),
                 tr("One row per zone, class and year: mapped area, error-adjusted area and its 95 % CI (ha), the "
                    "change since the previous year (mapped, error-adjusted, its 95 % CI) and exceeds_error (1 "
                    "beyond map error, 0 within it, empty when not assessed). Save it as CSV or a layer."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TRENDS, tr("Trend per zone and class"),
                                                   QgsProcessing.SourceType.TypeVector),
                 tr("One row per zone and class: first-to-last change with its 95 % CI and exceeds_error; for four "
                    "years or more the Theil–Sen slope (ha/year) with its 95 % CI and the Mann–Kendall S, VAR(S), Z "
                    "and p (mk_exact 1 where p is exact)."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)")),
                 tr("The series, changes and trends per zone, with a chart per zone (PNG files beside the HTML)."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT_CHANGES, tr("Change history raster"),
                                                         optional=True, createByDefault=False),
                 tr("Two bands: years from the last class change to the last year (since the first year with a "
                    "class where it never changed) and the number of class changes; nodata where no year has a "
                    "class."))

    def compute(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.MAPS, context)
        for layer in layers:
            if layer.providerType() != "gdal":
                raise InputError("The class map '{name}' must be a file raster (GDAL); it comes from '{provider}'.",
                                 name=layer.name(), provider=layer.providerType())
        years = parse_years(self.parameterAsString(parameters, self.YEARS, context), len(layers))
        check_series_length(years)
        report_paths = [p for p in self.parameterAsFileList(parameters, self.ACCURACY_REPORTS, context) if p]
        given_paths = [layer.source() for layer in layers]
        reports, notes = match_reports(given_paths, [(p, read_accuracy_report(p)) for p in report_paths])
        order = series_order(years)
        if order != list(range(len(years))):
            feedback.pushInfo(tr("The maps are taken in year order: {years}.").format(
                years=", ".join(str(years[i]) for i in order)))
        layers, years, reports = ([items[i] for i in order] for items in (layers, years, reports))
        paths = [layer.source() for layer in layers]
        labels = [f"{year} ({layer.name()})" for year, layer in zip(years, layers)]
        hectares = check_class_maps(paths, labels)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        history_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_CHANGES, context)

        texts = [note.translated(tr) for note in notes]
        paths, resampled = align_to_first(paths, labels, self.parameterAsBoolean(parameters, RESAMPLE, context),
                                          QgsProcessingUtils.tempFolder())
        for label, differences in resampled:
            texts.append(tr("{map} was resampled (nearest neighbour) onto the grid of {first}: {differences}.")
                         .format(map=label, first=labels[0], differences="; ".join(differences)))
        mixed = mixed_sources_note(paths, years)
        if mixed is not None:
            texts.append(mixed.translated(tr))
        zones = read_features(self, parameters, self.ZONES, context, feedback, layers[0].crs(), tr("Zones"),
                              id_field=self.ZONE_FIELD)

        progress, is_cancelled = self.progress_callbacks(feedback)
        share = 0.6 if history_path else 0.95
        feedback.setProgressText(tr("Counting the pixels of every class in every zone, year by year…"))
        pixels = zone_pixels_by_year(paths, zones, lambda f: progress(share * f), is_cancelled)
        series = area_series(years, pixels, hectares, reports)
        empty = [str(zone) for zone in series.zones if not series.classes[zone]]
        if empty:
            feedback.reportError(tr("Zones without classified pixels (outside the map or on nodata): {zones}")
                                 .format(zones=", ".join(empty)))
        texts += [note.translated(tr) for note in presence_notes(series)]
        rows, trends = series_rows(series), trend_rows(series)
        if history_path:
            feedback.setProgressText(tr("Writing the change history raster…"))
            changes = change_history(paths, years, history_path, lambda f: progress(0.6 + 0.35 * f), is_cancelled)
            changed = sum(n for k, n in changes.items() if k)
            feedback.pushInfo(tr("{changed} of {total} pixels changed class at least once.").format(
                changed=changed, total=sum(changes.values())))
        if len(years) < MIN_TREND_YEARS:
            texts.append(tr("Trend not computed: fewer than four years."))
        for text in texts:
            feedback.pushWarning(text)

        names = class_names(paths, reports)
        zone_names = {None: tr("whole map")}
        outputs = {}
        for key, spec, items in ((self.OUTPUT_TABLE, SERIES_FIELDS, rows), (self.OUTPUT_TRENDS, TREND_FIELDS, trends)):
            fields = make_fields(spec)
            sink, outputs[key] = self.parameterAsSink(parameters, key, context, fields, QgsWkbTypes.Type.NoGeometry)
            for row in items:
                feature = QgsFeature(fields)
                values = dict(row, zone=zone_names.get(row["zone"], row["zone"]), class_code=row["class"],
                              class_name=names.get(row["class"], ""), exceeds_error=_flag(row["exceeds_error"]))
                if "mk_exact" in values:
                    values["mk_exact"] = _flag(values["mk_exact"])
                feature.setAttributes([values[name] for name, _ in spec])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        labels_html = report_labels()
        charts = zone_charts(series, os.path.splitext(html_path)[0], names, labels_html)
        if chart_library() is None:
            texts.append(labels_html["no_charts"])
            feedback.pushWarning(labels_html["no_charts"])
        sources = [tr("{year}: {map} (accuracy report: {report})").format(
            year=year, map=layer.source(), report=tr("yes") if report else tr("none"))
            for year, layer, report in zip(years, layers, reports)]
        write_trend_html(html_path, series, rows, trends, names, charts, sources, texts, labels_html, zone_names)
        progress(1.0)
        outputs[self.OUTPUT_REPORT] = html_path
        if history_path:
            outputs[self.OUTPUT_CHANGES] = history_path
        return outputs
