"""bd:pushtodatabase — push layers into the provincial database (PostGIS or GeoPackage) as new versions."""

import json

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from bd_qgis_plugin.core.errors import BdError, InputError
from bd_qgis_plugin.core.provinces import get_province
from bd_qgis_plugin.db import THEME_LABELS, THEMES
from bd_qgis_plugin.db.checks import BLOCKING, collect_facts, pre_push_checks
from bd_qgis_plugin.db.connections import open_database
from bd_qgis_plugin.db.model import PushRequest
from bd_qgis_plugin.db.push import push_layers
from bd_qgis_plugin.db.queue import PushQueue
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm


class PushToDatabaseAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "pushtodatabase"
    group_key = "database"

    LAYERS = "LAYERS"
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
        return tr("Push layers to the provincial database")

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
            "panel, to be resumed; a refusal does not. When nothing was stored, the algorithm fails and says "
            "why.</p>")

    def define(self):
        self.add(QgsProcessingParameterMultipleLayers(self.LAYERS, tr("Layers"), QgsProcessing.SourceType.TypeMapLayer),
                 tr("Vector layers and file-based rasters to push; each gets its own table."))
        self.add(QgsProcessingParameterEnum(self.THEME, tr("Theme"), options=[tr(THEME_LABELS[t]) for t in THEMES],
                                            defaultValue=0),
                 tr("What the layers show: habitat, coral reef and seagrass, corridors and connectivity, protected "
                    "areas or other (stored as habitat, benthic, corridor, reserve or other)."))
        self.add(QgsProcessingParameterString(self.PROVINCE, tr("Province")),
                 tr("Province the layers cover (e.g. Khánh Hòa), as in the Province tab: required, and a warning "
                    "when a layer's CRS is not its VN-2000 TM-3 zone."))
        self.add(QgsProcessingParameterString(self.RESERVE, tr("Reserve"), optional=True),
                 tr("Protected area the layers cover, if any."))
        self.add(QgsProcessingParameterString(self.CONNECTION, tr("Database"), optional=True),
                 tr("Name of a saved QGIS PostgreSQL connection (with an authentication configuration), or the "
                    "path of a GeoPackage; empty: the embedded GeoPackage database."))
        self.add(QgsProcessingParameterString(self.TITLE, tr("Title"), optional=True),
                 tr("Title of the layer in the database (one layer only); empty: the layer name."))
        self.add(QgsProcessingParameterString(self.LINEAGE, tr("Lineage (JSON)"), optional=True),
                 tr("Processing history as JSON: a list of {\"algorithm\": id, \"parameters\": {…}}."), advanced=True)
        self.add(QgsProcessingParameterBoolean(self.ALLOW_DUPLICATE, tr("Allow pushing identical data again"),
                                               defaultValue=False),
                 tr("Store a new version even when the same data (same checksum) is already in the database."))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Report")))
        self.addOutput(QgsProcessingOutputNumber(self.PUSHED, tr("Layers pushed")))
        self.add_output_help(tr("Report"), tr("One line per layer: table and version, or why it was not pushed."))

    def compute(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise InputError("Choose at least one layer to push.")
        title = self.parameterAsString(parameters, self.TITLE, context).strip()
        if title and len(layers) > 1:
            raise InputError("A title can only be given when pushing one layer.")
        lineage_text = self.parameterAsString(parameters, self.LINEAGE, context).strip()
        try:
            lineage = json.loads(lineage_text) if lineage_text else []
        except ValueError as exc:
            raise InputError("The lineage is not valid JSON: {detail}", detail=str(exc)) from exc
        database = open_database(self.parameterAsString(parameters, self.CONNECTION, context).strip())
        feedback.pushInfo(tr("Database: {label}").format(label=database.label))
        province = self.parameterAsString(parameters, self.PROVINCE, context).strip()
        jobs, blocked = [], []
        for layer in layers:
            layer_title = title or layer.name()
            checks = pre_push_checks(collect_facts(layer, layer_title, with_checksum=False, province=province))
            for check in checks:
                text = f"{layer_title}: {check.message.translated(tr)}"
                if check.severity == BLOCKING:
                    feedback.reportError(text)
                    blocked.append(text)
                else:
                    feedback.pushWarning(text)
            if any(check.severity == BLOCKING for check in checks):
                continue
            jobs.append((layer, PushRequest(
                title=layer_title, theme=THEMES[self.parameterAsEnum(parameters, self.THEME, context)],
                province=get_province(province).name_vi,
                reserve=self.parameterAsString(parameters, self.RESERVE, context), lineage=lineage,
                allow_duplicate=self.parameterAsBool(parameters, self.ALLOW_DUPLICATE, context))))
        progress, is_cancelled = self.progress_callbacks(feedback)
        report = push_layers(database, jobs, PushQueue(), progress, is_cancelled)
        lines = []
        for name, result, error in report:
            if result is not None:
                lines.append(tr("{name}: stored as {table} (version {version})").format(
                    name=name, table=result.table_name, version=result.version))
                for warning in result.warnings:
                    feedback.pushWarning(warning.translated(tr))
            else:
                lines.append(tr("{name}: not pushed: {error}").format(name=name, error=error))
                feedback.reportError(lines[-1])
        skipped = len(layers) - len(jobs)
        if skipped:
            lines.append(tr("{count} layer(s) not pushed because of blocking problems.").format(count=skipped))
        for line in lines:
            feedback.pushInfo(line)
        pushed = sum(1 for _, result, _ in report if result is not None)
        if not pushed:  # nothing stored: a failure, so that qgis_process exits non-zero and scripts can tell
            raise BdError("Nothing was pushed to the database: {reasons}", reasons=" ".join(blocked + lines))
        return {self.REPORT: "\n".join(lines), self.PUSHED: pushed}
