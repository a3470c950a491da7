"""bd:pushtodatabase — push layers (as new versions) and thematic map exports (PDF/PNG) into the provincial
database (PostGIS or GeoPackage)."""

import json
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from bd_qgis_plugin.core.errors import BdError, InputError, translatable
from bd_qgis_plugin.core.provinces import current_provinces, get_province
from bd_qgis_plugin.db import THEME_LABELS, THEMES
from bd_qgis_plugin.db.checks import BLOCKING, collect_facts, map_export_checks, pre_push_checks
from bd_qgis_plugin.db.connections import open_database, saved_geopackage_connections, saved_postgres_connections
from bd_qgis_plugin.db.model import MapExportRequest, PushRequest
from bd_qgis_plugin.db.push import push_all, report_line
from bd_qgis_plugin.db.queue import PushQueue
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm

#: The first choice of the Database parameter (English; shown translated): the GeoPackage in the QGIS profile.
EMBEDDED = translatable("Embedded GeoPackage (default)")


def province_options():
    """The provinces as the dock's Province tab lists them (Vietnamese alphabetical order: Đ after D)."""
    return [province.name_vi for province in current_provinces()]


def database_options():
    """The embedded GeoPackage, then the saved PostgreSQL connections, then the saved GeoPackage files."""
    return [tr(EMBEDDED), *saved_postgres_connections(), *saved_geopackage_connections()]


class PushToDatabaseAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "pushtodatabase"
    group_key = "database"

    LAYERS = "LAYERS"
    MAP_EXPORTS = "MAP_EXPORTS"
    MAP_LAYOUT = "MAP_LAYOUT"
    THEME = "THEME"
    PROVINCE = "PROVINCE"
    RESERVE = "RESERVE"
    CONNECTION = "CONNECTION"
    TITLE = "TITLE"
    LINEAGE = "LINEAGE"
    ALLOW_DUPLICATE = "ALLOW_DUPLICATE"
    REPORT = "REPORT"
    PUSHED = "PUSHED"

    TAGS = ("PostGIS", "GeoPackage", "database", "push")

    def display_name(self):
        return tr("Push to the provincial database")

    def short_description(self):
        return tr("Each layer as a new version in the provincial database (PostGIS or GeoPackage), with its metadata "
                  "and style.")

    def help_text(self):
        return tr(
            "<p>Stores each layer as a new version in the provincial biodiversity database: PostGIS (a saved QGIS "
            "PostgreSQL connection that uses an authentication configuration) or a GeoPackage file (by default "
            "the embedded one in the QGIS profile). Each push is one transaction: the data table "
            "(&lt;title&gt;_v&lt;n&gt;), its registry entry (theme, province, reserve, checksum, lineage), "
            "metadata and style are stored together or not at all. A previous version is never overwritten. "
            "Layers with blocking problems (geographic CRS for area data, invalid geometries) are refused; data "
            "already stored with the same checksum is refused unless duplicates are allowed. A push that failed "
            "because the database could not be reached (or was locked) stays in the push queue of the Biodiversity "
            "panel, to be resumed; a refusal does not. Thematic maps exported as PDF or PNG (from a print layout, or "
            "by Thematic map) are stored as files with their title, layout and province; the same file is refused "
            "twice unless duplicates are allowed. When nothing was stored, the algorithm fails and says why.</p>")

    def define(self):
        self.add(QgsProcessingParameterMultipleLayers(self.LAYERS, tr("Layers"), QgsProcessing.SourceType.TypeMapLayer,
                                                      optional=True),
                 tr("Vector layers and file-based rasters to push; each gets its own table."))
        self.add(QgsProcessingParameterMultipleLayers(self.MAP_EXPORTS, tr("Map exports (PDF or PNG)"),
                                                      QgsProcessing.SourceType.TypeFile, optional=True),
                 tr("Thematic maps exported from a print layout as PDF or PNG files; each is stored as a file, "
                    "titled by its file name (or the title below when it is the only item)."))
        self.add(QgsProcessingParameterString(self.MAP_LAYOUT, tr("Print layout of the maps"), optional=True),
                 tr("Name of the print layout the maps were exported from (e.g. \"A3 ngang — sinh cảnh\"); empty: "
                    "the file name is stored."))
        self.add(QgsProcessingParameterEnum(self.THEME, tr("Theme"), options=[tr(THEME_LABELS[t]) for t in THEMES],
                                            defaultValue=0),
                 tr("What the layers show: habitats, coral reef and seagrass, corridors, protected areas or other "
                    "(stored as habitat, benthic, corridor, reserve, other)."))
        self.add(QgsProcessingParameterEnum(self.PROVINCE, tr("Province"), options=province_options(),
                                            usesStaticStrings=True),
                 tr("Province the layers and maps cover, as in the Province tab of the panel: required (no "
                    "default), and a warning when a layer's CRS is not its VN-2000 TM-3 zone. From Python or "
                    "qgis_process: its name (\"Khánh Hòa\")."))
        self.add(QgsProcessingParameterString(self.RESERVE, tr("Reserve"), optional=True),
                 tr("Protected area the layers cover, if any."))
        self.add(QgsProcessingParameterEnum(self.CONNECTION, tr("Database"), options=database_options(),
                                            usesStaticStrings=True, defaultValue=tr(EMBEDDED)),
                 tr("The embedded GeoPackage database (in the QGIS profile), a saved QGIS PostgreSQL connection "
                    "(with an authentication configuration) or a saved GeoPackage file (Browser > GeoPackage). From "
                    "Python or qgis_process: a connection name or the path of a GeoPackage; empty: the embedded one."))
        self.add(QgsProcessingParameterString(self.TITLE, tr("Title"), optional=True),
                 tr("Title in the database when one layer or one map is pushed; empty: the layer name (a map: its "
                    "file name)."))
        self.add(QgsProcessingParameterString(self.LINEAGE, tr("Lineage (JSON)"), multiLine=True, optional=True),
                 tr("How the layers were made, recorded with each version: a JSON list of steps, each "
                    "{\"algorithm\": \"bd:…\", \"parameters\": {…}}, e.g. [{\"algorithm\": "
                    "\"bd:habitatclassification\", \"parameters\": {\"TREES\": 100}}]. Empty: only the push is "
                    "recorded. Not stored with map exports."), advanced=True)
        self.add(QgsProcessingParameterBoolean(self.ALLOW_DUPLICATE, tr("Allow pushing identical data again"),
                                               defaultValue=False),
                 tr("Store a new version even when the same data (same checksum) is already in the database."))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Report")))
        self.addOutput(QgsProcessingOutputNumber(self.PUSHED, tr("Layers and maps pushed")))
        self.add_output_help(tr("Report"), tr("One line per layer or map: how it was stored, or why it was not."))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """A province must be chosen (no silent default); a province or database given by script (a name without
        diacritics, a former province, a GeoPackage path) is not one of the dialog's choices: it passes here and
        is resolved, with a clear message when it cannot be, before any work (see :meth:`compute`)."""
        if parameters.get(self.PROVINCE) in (None, ""):
            return False, tr("No province chosen: choose the province the layers and maps cover.")
        lenient = dict(parameters)
        for name in (self.PROVINCE, self.CONNECTION):
            options = self.parameterDefinition(name).options()
            if isinstance(parameters.get(name), str) and parameters[name] not in options:
                lenient[name] = options[0]
        return super().checkParameterValues(lenient, context)

    def _target(self, parameters, context):
        value = self.parameterAsString(parameters, self.CONNECTION, context).strip()
        return "" if value in (EMBEDDED, tr(EMBEDDED)) else value

    def compute(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        # an absent file list reads as [""] on QGIS 3.22
        maps = [path for path in self.parameterAsFileList(parameters, self.MAP_EXPORTS, context) if path]
        if not layers and not maps:
            raise InputError("Choose at least one layer or map export to push.")
        title = self.parameterAsString(parameters, self.TITLE, context).strip()
        if title and len(layers) + len(maps) > 1:
            raise InputError("A title can only be given when pushing one layer or one map.")
        lineage_text = self.parameterAsString(parameters, self.LINEAGE, context).strip()
        try:
            lineage = json.loads(lineage_text) if lineage_text else []
        except ValueError as exc:
            raise InputError("The lineage is not valid JSON: {detail}", detail=str(exc)) from exc
        database = open_database(self._target(parameters, context))
        feedback.pushInfo(tr("Database: {label}").format(label=database.label))
        province = self.parameterAsString(parameters, self.PROVINCE, context).strip()
        allow_duplicate = self.parameterAsBool(parameters, self.ALLOW_DUPLICATE, context)
        jobs, exports, blocked = [], [], []
        for layer in layers:
            layer_title = title or layer.name()
            checks = pre_push_checks(collect_facts(layer, layer_title, with_checksum=False, province=province))
            if self._report_checks(layer_title, checks, feedback, blocked):
                jobs.append((layer, PushRequest(
                    title=layer_title, theme=THEMES[self.parameterAsEnum(parameters, self.THEME, context)],
                    province=get_province(province).name_vi,
                    reserve=self.parameterAsString(parameters, self.RESERVE, context), lineage=lineage,
                    allow_duplicate=allow_duplicate)))
        layout = self.parameterAsString(parameters, self.MAP_LAYOUT, context).strip()
        for path in maps:
            map_title = title or os.path.splitext(os.path.basename(path))[0]
            if self._report_checks(map_title, map_export_checks(map_title, path, province), feedback, blocked):
                exports.append(MapExportRequest(path=path, title=map_title, layout_name=layout,
                                                province=get_province(province).name_vi,
                                                allow_duplicate=allow_duplicate))
        progress, is_cancelled = self.progress_callbacks(feedback)
        report = push_all(database, jobs, exports, PushQueue(), progress, is_cancelled)
        lines = []
        for entry in report:
            lines.append(report_line(entry, tr))
            if entry[1] is None:
                feedback.reportError(lines[-1])
            for warning in entry[1].warnings if entry[1] is not None else ():
                feedback.pushWarning(warning.translated(tr))
        skipped = len(layers) + len(maps) - len(jobs) - len(exports)
        if skipped:
            lines.append(tr("{count} layer(s) or map(s) not pushed because of blocking problems.").format(
                count=skipped))
        for line in lines:
            feedback.pushInfo(line)
        pushed = sum(1 for _, result, _ in report if result is not None)
        if not pushed:  # nothing stored: a failure, so that qgis_process exits non-zero and scripts can tell
            raise BdError("Nothing was pushed to the database: {reasons}", reasons=" ".join(blocked + lines))
        return {self.REPORT: "\n".join(lines), self.PUSHED: pushed}

    @staticmethod
    def _report_checks(name, checks, feedback, blocked):
        """Say the checks of one layer or map (errors and warnings); True when nothing blocks its push."""
        for check in checks:
            text = f"{name}: {check.message.translated(tr)}"
            if check.severity == BLOCKING:
                feedback.reportError(text)
                blocked.append(text)
            else:
                feedback.pushWarning(text)
        return not any(check.severity == BLOCKING for check in checks)
