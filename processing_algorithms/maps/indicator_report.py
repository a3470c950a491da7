"""bd:indicatorreport — yearly indicator report per reserve/zone: HTML, PDF (with a map) and CSV tables."""

import csv
import datetime
import json
import os

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from bd_qgis_plugin.compat import parameter_as_strings
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.indicators import (
    DEFAULT_TITLE,
    LANGUAGES,
    MAP_CAPTION,
    accuracy_by_class,
    accuracy_rows,
    benthic_labels,
    change_rows,
    class_labels,
    key_ecosystem_rows,
    links_summary,
    page_label,
    pinch_point_rows,
    report_html,
    report_title,
    trend_report_rows,
    words,
    write_csv,
    zone_area_rows,
)
from bd_qgis_plugin.core.report import write_text
from bd_qgis_plugin.core.text import readable_name
from bd_qgis_plugin.core.trend import series_from_rows
from bd_qgis_plugin.core.trend_report import chart_library, zone_chart
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.maps.layout import template_path
from bd_qgis_plugin.maps.report import html_to_pdf
from bd_qgis_plugin.maps.styles import apply_style, ensure_style
from bd_qgis_plugin.maps.thematic import make_thematic_map, map_layer_name, map_texts
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import ANY, add_zones, read_features
from bd_qgis_plugin.processing_algorithms.maps.common import LANGUAGE, OUTPUT_PDF, SUBTITLE, TITLE

TREND_CHART_LABELS = {"year": "Năm / Year", "area": "Diện tích (ha) / Area (ha)", "chart_mapped": "bản đồ / mapped"}
LINK_NAME_FIELDS = (("core_a", "core_b"), ("from_core", "to_core"), ("from", "to"), ("name",), ("link",), ("id",))


def read_csv(path):
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            return list(reader.fieldnames or []), list(reader)
    except (OSError, ValueError, csv.Error) as exc:
        raise InputError("The table '{path}' could not be read as CSV: {error}", path=path, error=str(exc)) from exc


def read_json(path, what):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise InputError("The {what} '{path}' could not be read as JSON: {error}", what=what, path=path,
                         error=str(exc)) from exc


def source_rows(source, needed, label):
    names = source.fields().names()
    missing = [n for n in needed if n not in names]
    if missing:
        raise InputError("The {table} has no column(s) {columns}; it has {fields}.", table=label,
                         columns=", ".join(missing), fields=", ".join(names))
    return [{name: feature[name] for name in names} for feature in source.getFeatures()]


def link_rows(alg, parameters, context, feedback, source):
    """The corridor links of the LINKS parameter (``source``) as rows: lcd, euclid, ratio, length_m, name."""
    names = source.fields().names()
    label_fields = next((combo for combo in LINK_NAME_FIELDS if all(f in names for f in combo)), None) or ()
    values_of = [n for n in ("lcd", "euclid", "ratio", "length_m") if n in names]
    rows = []
    for number, wkb, values in read_features(alg, parameters, alg.LINKS, context, feedback, source.sourceCrs(),
                                             tr("Corridor links"), kind=ANY, merge=False,
                                             attributes=tuple(dict.fromkeys([*values_of, *label_fields]))):
        row = {n: values[n] for n in ("lcd", "euclid", "ratio") if n in names}
        if "length_m" in names:  # the least-cost path's own length (bd:corridors / bd:leastcostpath)
            row["length_m"] = values["length_m"]
        else:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            row["length_m"] = geometry.length() if not source.sourceCrs().isGeographic() else None
        row["name"] = " – ".join(str(values[f]) for f in label_fields) if label_fields else number
        rows.append(row)
    return rows


class IndicatorReportAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "indicatorreport"
    group_key = "maps"
    AREAS = "AREAS"
    CLASS_NAMES = "CLASS_NAMES"
    ACCURACY = "ACCURACY"
    CHANGE = "CHANGE"
    LINKS = "LINKS"
    PINCHPOINTS = "PINCHPOINTS"
    INDICES = "INDICES"
    BENTHIC = "BENTHIC"
    CLASS_MAP = "CLASS_MAP"
    TRENDS = "TRENDS"
    TREND_SERIES = "TREND_SERIES"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_AREAS_CSV = "OUTPUT_AREAS_CSV"
    OUTPUT_ACCURACY_CSV = "OUTPUT_ACCURACY_CSV"
    OUTPUT_CHANGE_CSV = "OUTPUT_CHANGE_CSV"
    OUTPUT_CORRIDORS_CSV = "OUTPUT_CORRIDORS_CSV"
    OUTPUT_PINCHPOINTS_CSV = "OUTPUT_PINCHPOINTS_CSV"
    OUTPUT_SUMMARY_CSV = "OUTPUT_SUMMARY_CSV"
    OUTPUT_TRENDS_CSV = "OUTPUT_TRENDS_CSV"

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading  # renders a map and prints a PDF

    TAGS = ("report", "indicators", "PDF", "Decision 2067")

    def display_name(self):
        return tr("Biodiversity indicator report")

    def short_description(self):
        return tr("The yearly report per reserve or zone: areas with confidence intervals, change, corridors and "
                  "connectivity (HTML, PDF, CSV).")

    def help_text(self):
        return tr(
            "<p>The yearly indicator report per reserve or zone, in Vietnamese with English below it, or in one "
            "of the two: ecosystem areas (with 95 % confidence intervals when an accuracy assessment is given, "
            "Olofsson et al. 2014), change since the previous date, corridor summary (links, length, cost and "
            "the links with the highest relative cost) and connectivity indices, with a short legend. Writes "
            "HTML and PDF (A4, numbered pages; a heading never ends a page and a table row is never cut) with "
            "the map embedded, and the tables as CSV beside the HTML file.</p>")

    def define(self):
        self.add(QgsProcessingParameterFeatureSource(self.AREAS, tr("Habitat area per zone"),
                                                     [QgsProcessing.SourceType.TypeVector]),
                 tr("Table of bd:habitatarea (zone, class_code, area_ha, pct_zone), e.g. its CSV."))
        self.add(QgsProcessingParameterFile(self.CLASS_NAMES, tr("Classification report (JSON)"), extension="json",
                                            optional=True),
                 tr("JSON report of bd:habitatclassification, for the class names; without it the plugin's "
                    "fixed habitat codes are used."))
        self.add(QgsProcessingParameterFile(self.ACCURACY, tr("Accuracy assessment (JSON)"), extension="json",
                                            optional=True),
                 tr("JSON report of bd:accuracyassessment: adds error-adjusted areas with 95 % confidence "
                    "intervals."))
        self.add(QgsProcessingParameterFeatureSource(self.CHANGE, tr("Gains and losses"),
                                                     [QgsProcessing.SourceType.TypeVector],
                                                     optional=True),
                 tr("Gains and losses table of bd:habitatchange (zone, class_code, before_ha, after_ha, net_ha)."))
        self.add(QgsProcessingParameterFeatureSource(self.LINKS, tr("Corridor links"),
                                                     [QgsProcessing.SourceType.TypeVectorLine], optional=True),
                 tr("Corridor link lines with fields lcd, euclid and ratio (least-cost corridors)."))
        self.add(QgsProcessingParameterRasterLayer(self.PINCHPOINTS, tr("Pinch-point current"), optional=True),
                 tr("Current raster of bd:pinchpoints (or bd:currentflow): the report lists the five cells of "
                    "highest current, at least 10 cells apart, with their coordinates and zone."))
        self.add(QgsProcessingParameterFile(self.INDICES, tr("Connectivity indices (CSV)"), extension="csv",
                                            optional=True),
                 tr("Table of connectivity indices (e.g. IIC, PC, dPC per patch), shown as it is."))
        self.add(QgsProcessingParameterFile(self.BENTHIC, tr("Coral reef and seagrass coverage (CSV)"), extension="csv",
                                            optional=True),
                 tr("Coverage table of the benthic classification, shown as it is."))
        self.add(QgsProcessingParameterFeatureSource(self.TRENDS, tr("Habitat trends"),
                                                     [QgsProcessing.SourceType.TypeVector], optional=True),
                 tr("Trend table of bd:habitattrend (per zone and class: change over the years with its 95 % CI and "
                    "whether it exceeds map error, Theil–Sen slope, Mann–Kendall p): the report gets a trends section "
                    "per reserve."))
        self.add(QgsProcessingParameterFeatureSource(self.TREND_SERIES, tr("Habitat area per year"),
                                                     [QgsProcessing.SourceType.TypeVector], optional=True),
                 tr("Area table of bd:habitattrend (per zone, class and year): draws the trends section's chart of "
                    "each reserve."))
        self.add(QgsProcessingParameterRasterLayer(self.CLASS_MAP, tr("Class map for the report map"), optional=True),
                 tr("Habitat map drawn in the report with the zones and corridor links."))
        add_zones(self, tr("Reserves / zones"), tr("Polygons of the reserves or zones drawn on the report map."),
                  tr("Field naming the reserve or zone."), optional=True)
        self.add(QgsProcessingParameterString(TITLE, tr("Title"), defaultValue=DEFAULT_TITLE[0]),
                 tr("Title printed at the top of the report (HTML and PDF); the default title is printed in "
                    "English in an English report."))
        self.add(QgsProcessingParameterString(SUBTITLE, tr("Subtitle"), optional=True),
                 tr("E.g. the province, the reporting year and the office."))
        self.add(QgsProcessingParameterEnum(LANGUAGE, tr("Report language"), report_languages(), defaultValue=0),
                 tr("Language of the headings, table columns, notes and page numbers of the report: Vietnamese "
                    "with English below it, Vietnamese only or English only."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_HTML, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)")),
                 tr("The report as HTML; the map image and the CSV tables are written beside it."))
        self.add(QgsProcessingParameterFileDestination(OUTPUT_PDF, tr("Report (PDF)"), tr("PDF files (*.pdf)"),
                                                       optional=True),
                 tr("The report as PDF (A4)."))

    def compute(self, parameters, context, feedback):
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        pdf_path = self.parameterAsFileOutput(parameters, OUTPUT_PDF, context) or None
        folder = os.path.dirname(os.path.abspath(html_path))
        if not os.path.isdir(folder):
            raise InputError("Output folder '{folder}' does not exist.", folder=folder)
        stem = os.path.splitext(html_path)[0]
        language = LANGUAGES[self.parameterAsEnum(parameters, LANGUAGE, context)]
        sources = []  # (role, readable name) of every input, listed on the first page

        names = {}
        names_path = self.parameterAsFile(parameters, self.CLASS_NAMES, context)
        if names_path:
            names = {int(c["code"]): c["name"] for c in read_json(names_path, "classification report")
                     .get("classes", [])}
        labels = class_labels(names)
        accuracy_path = self.parameterAsFile(parameters, self.ACCURACY, context)
        accuracy = accuracy_by_class(read_json(accuracy_path, "accuracy assessment")) if accuracy_path else {}

        areas_source = self.parameterAsSource(parameters, self.AREAS, context)
        areas = zone_area_rows(source_rows(areas_source, ("zone", "class_code", "area_ha"), tr("habitat area table")),
                               labels, accuracy)
        if not areas:
            raise InputError("The habitat area table has no rows.")
        outputs = {self.OUTPUT_HTML: html_path}
        outputs[self.OUTPUT_AREAS_CSV] = write_csv(stem + "_areas.csv", areas, (
            "zone", "class_code", "ecosystem_vi", "ecosystem_en", "area_ha", "estimated_ha", "ci95_ha", "pct_zone"))
        sources.append(("areas", self.source_title(parameters, self.AREAS, context, areas_source, language)))
        if names_path:
            sources.append(("class_names", readable_name(names_path, is_file=True)))
        accuracy_table = accuracy_rows(accuracy, labels)
        if accuracy_table:
            outputs[self.OUTPUT_ACCURACY_CSV] = write_csv(stem + "_accuracy.csv", accuracy_table, (
                "class_code", "ecosystem_vi", "ecosystem_en", "mapped_ha", "estimated_ha", "ci95_ha", "users",
                "producers"))
            sources.append(("accuracy", readable_name(accuracy_path, is_file=True)))

        change = []
        change_source = self.parameterAsSource(parameters, self.CHANGE, context)
        if change_source is not None:
            change = change_rows(source_rows(change_source, ("zone", "class_code", "before_ha", "after_ha"),
                                             tr("gains and losses table")), labels)
            outputs[self.OUTPUT_CHANGE_CSV] = write_csv(stem + "_change.csv", change, (
                "zone", "class_code", "ecosystem_vi", "ecosystem_en", "before_ha", "after_ha", "net_ha", "net_pct"))
            sources.append(("change", self.source_title(parameters, self.CHANGE, context, change_source, language)))

        corridors, weakest = None, []
        links_source = self.parameterAsSource(parameters, self.LINKS, context)
        if links_source is not None:
            corridors, weakest = links_summary(link_rows(self, parameters, context, feedback, links_source))
            outputs[self.OUTPUT_CORRIDORS_CSV] = write_csv(stem + "_corridors.csv", [corridors], list(corridors))
            sources.append(("links", self.source_title(parameters, self.LINKS, context, links_source, language)))

        pinch_points = []
        pinch_layer = self.parameterAsRasterLayer(parameters, self.PINCHPOINTS, context)
        if pinch_layer is not None:
            progress, is_cancelled = self.progress_callbacks(feedback)
            pinch_points = pinch_point_rows(pinch_layer.source(), progress=progress, is_cancelled=is_cancelled)
            self.name_zones_of_points(parameters, context, feedback, pinch_layer.crs(), pinch_points)
            outputs[self.OUTPUT_PINCHPOINTS_CSV] = write_csv(stem + "_pinch_points.csv", pinch_points,
                                                          ("rank", "zone", "x", "y", "current"))
            sources.append(("pinch_points", layer_title(pinch_layer, language)))

        tables = []
        benthic = []
        for key, parameter in (("connectivity", self.INDICES), ("benthic", self.BENTHIC)):
            path = self.parameterAsFile(parameters, parameter, context)
            if path:
                columns, rows = read_csv(path)
                sources.append((key, readable_name(path, is_file=True)))
                if key == "benthic" and "class" in columns and "class_code" not in columns:
                    rows = [dict(r, class_code=r["class"]) for r in rows]
                    columns = [*columns, "class_code"]  # bd:benthichabitat's coverage table
                if key == "benthic" and {"zone", "class_code", "area_ha"} <= set(columns):
                    benthic = zone_area_rows(rows, benthic_labels())  # shown like the habitat areas
                else:
                    tables.append((key, columns, [{c: _maybe_number(r.get(c)) for c in columns} for r in rows]))
        summary = key_ecosystem_rows(areas, benthic)
        if summary[0]:
            outputs[self.OUTPUT_SUMMARY_CSV] = write_csv(stem + "_key_ecosystems.csv", summary[0],
                                                         ["zone"] + summary[1])

        trends, trend_charts = self.trend_section(parameters, context, feedback, labels, stem, sources, outputs,
                                                  language)

        images = []
        class_map = self.parameterAsRasterLayer(parameters, self.CLASS_MAP, context)
        if class_map is not None:
            sources.append(("class_map", layer_title(class_map, language)))
            feedback.pushInfo(tr("Rendering the report map…"))
            images.append(self.render_map(parameters, context, class_map, links_source, stem, language))
        zones = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        if isinstance(zones, QgsVectorLayer):
            sources.append(("zones", layer_title(zones, language)))
        title = report_title(self.parameterAsString(parameters, TITLE, context), language)
        text = report_html(title, self.parameterAsString(parameters, SUBTITLE, context), sources, areas,
                           accuracy_table, change, corridors, weakest, tables,
                           [(os.path.basename(p), caption) for p, caption in images],
                           date_text=report_date(language), summary=summary,
                           benthic_areas=benthic, pinch_points=pinch_points, trends=trends,
                           trend_charts=trend_charts, language=language)
        write_text(html_path, text)
        if pdf_path:
            html_to_pdf(text, folder, pdf_path, page_label(language), title)
            outputs[OUTPUT_PDF] = pdf_path
        return outputs

    def source_title(self, parameters, name, context, source, language):
        """The readable name of a vector input: its layer's title, else its name (a file's name made readable)."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        return layer_title(layer, language) if layer is not None else readable_name(source.sourceName())

    def trend_section(self, parameters, context, feedback, labels, stem, sources, outputs, language):
        """(rows, {zone: chart file name}) of the trends section from bd:habitattrend's tables, if given."""
        trend_source = self.parameterAsSource(parameters, self.TRENDS, context)
        if trend_source is None:
            return [], {}
        trends = trend_report_rows(source_rows(trend_source, ("zone", "class_code", "first_year", "last_year"),
                                               tr("habitat trend table")), labels)
        outputs[self.OUTPUT_TRENDS_CSV] = write_csv(stem + "_trends.csv", trends, (
            "zone", "class_code", "ecosystem_vi", "ecosystem_en", "period", "change_ha", "change_ci95_ha", "exceeds",
            "slope", "slope_low", "slope_high", "mk_p"))
        sources.append(("trends", self.source_title(parameters, self.TRENDS, context, trend_source, language)))
        charts = {}
        series_source = self.parameterAsSource(parameters, self.TREND_SERIES, context)
        if series_source is not None:
            library = chart_library()
            if library is None:
                feedback.pushWarning(tr("Charts were not drawn: matplotlib is not installed in this QGIS's Python."))
                return trends, charts
            series = series_from_rows(source_rows(series_source, ("zone", "class_code", "year", "mapped_ha"),
                                                  tr("habitat area per year table")))
            names = {code: words(pair, language) for code, pair in labels.items()}
            for n, zone in enumerate(z for z in series.zones if any(t["zone"] == z for t in trends)):
                path = zone_chart(series, zone, f"{stem}_trend_{n + 1}.png", names, TREND_CHART_LABELS,
                                  library=library)
                charts[zone] = os.path.basename(path)
        return trends, charts

    def name_zones_of_points(self, parameters, context, feedback, crs, rows):
        """Set rows' ``zone`` to the name of the zone holding their (x, y) in ``crs``: '' outside every zone,
        None when no zones are given."""
        for row in rows:
            row["zone"] = None
        if not parameter_as_strings(self, parameters, self.ZONE_FIELD, context):
            return
        zones = read_features(self, parameters, self.ZONES, context, feedback, crs, tr("Reserves / zones"),
                              id_field=self.ZONE_FIELD, merge=False)
        if zones is None:
            return
        geometries = []
        for name, wkb in zones:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            geometries.append((name, geometry))
        for row in rows:
            point = QgsGeometry.fromPointXY(QgsPointXY(row["x"], row["y"]))
            row["zone"] = ", ".join(str(name) for name, geometry in geometries if geometry.intersects(point))

    def render_map(self, parameters, context, class_map, links_source, stem, language):
        map_language = "en" if language == "en" else "vi"
        layers = []
        links_layer = None
        if links_source is not None:
            links_layer = self.parameterAsVectorLayer(parameters, self.LINKS, context)
            if links_layer is not None:
                links_layer = links_layer.clone()
                apply_style(links_layer, "corridor_links")
                layers.append(links_layer)
        class_map = class_map.clone()
        ensure_style(class_map, "habitat_classes")
        layers.append(class_map)
        for layer in layers:  # the legend names them as people do, in the map's language
            layer.setName(layer_title(layer, map_language))
        zones = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        fields = parameter_as_strings(self, parameters, self.ZONE_FIELD, context)
        png = stem + "_map.png"
        texts = map_texts(map_language, report_title(self.parameterAsString(parameters, TITLE, context), language),
                          self.parameterAsString(parameters, SUBTITLE, context), crs=class_map.crs(),
                          layers=layers)
        make_thematic_map(layers, template_path("map_a4_landscape"), class_map.crs(), texts, map_language,
                          png_path=png, zones=zones if isinstance(zones, QgsVectorLayer) else None,
                          zone_field=fields[0] if fields else None, dpi=110)
        return png, MAP_CAPTION


def report_languages():
    return [tr("Vietnamese and English"), tr("Vietnamese"), tr("English")]


def report_date(language):
    today = datetime.date.today()
    return today.isoformat() if language == "en" else today.strftime("%d/%m/%Y")


def layer_title(layer, language):
    """A layer as people know it: the title of its metadata, else its name (a file name made readable; a
    plugin output's name in the report's language)."""
    title = layer.metadata().title().strip() if layer.metadata() is not None else ""
    if title:
        return title
    name = readable_name(layer.name())
    return map_layer_name(name, language)[0] if language in ("vi", "en") else name


def _maybe_number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    return int(number) if str(value).strip().lstrip("-").isdigit() else number  # ids stay whole numbers
