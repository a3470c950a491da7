"""Shared base class of the bd Processing algorithms.

An algorithm subclass declares ``ALGORITHM_ID``, ``display_name()``,
``group_key``, ``help_text()`` and ``define()`` (its parameters, each with a help
text), and implements ``compute()`` by reading parameters, calling the analysis core
and returning outputs. The base turns core errors into Processing errors with a
translated message, adapts progress/cancel, builds the help shown in the dialog
from the parameters' help, and styles outputs loaded into the project.
"""

import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from bd_qgis_plugin.core.errors import BdError, InputError
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.maps.styles import apply_style
from bd_qgis_plugin.paths import ICON, STYLES_DIR


def group_name(key):
    # Literal tr() calls so pylupdate5 finds them.
    return {"imagery": tr("Imagery"), "habitat": tr("Habitat mapping"),
            "reef": tr("Coral reef and seagrass"), "corridors": tr("Corridors and connectivity"),
            "database": tr("Provincial database"), "maps": tr("Maps and reports")}.get(key, key)


def make_fields(spec):
    """QgsFields from ``((name, QVariant type), …)``, for the tables the algorithms write."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML from ``styles/`` to an output layer when Processing loads it."""

    _alive = []  # QGIS keeps only a C++ pointer: hold the Python objects ourselves

    def __init__(self, qml_path):
        super().__init__()
        self.qml_path = qml_path

    @classmethod
    def create(cls, qml_path):
        instance = cls(qml_path)
        cls._alive.append(instance)
        return instance

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is not None and layer.isValid() and os.path.exists(self.qml_path):
            ok, message = apply_style(layer, self.qml_path)  # also fits continuous ramps to the values
            if not ok:
                feedback.reportError(tr("Could not apply the style {path}: {message}").format(
                    path=self.qml_path, message=message))


class BdAlgorithm(QgsProcessingAlgorithm):
    ALGORITHM_ID = ""
    group_key = ""

    # Parameter names used by algorithms of several groups (as QGIS' own algorithms, one class constant per
    # name; a name shared within one group lives in that group's common.py, one of a single algorithm on its
    # class). The strings are the public API of ``processing.run`` and ``qgis_process``: never rename them.
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    SENSOR = "SENSOR"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def __init__(self):
        super().__init__()
        self._param_help = []

    # -- identity --------------------------------------------------------------------------------
    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):  # noqa: N802 - QGIS API name
        return self.display_name()

    def group(self):
        return group_name(self.group_key)

    def groupId(self):  # noqa: N802 - QGIS API name
        return self.group_key

    def createInstance(self):  # noqa: N802 - QGIS API name
        return type(self)()

    def icon(self):
        return QIcon(ICON)

    # -- parameters and help ---------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self._param_help = []
        self.define()

    def add(self, parameter, help_text, advanced=False):
        """Add a parameter with its help text (shown in the dialog's help panel and tooltips)."""
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
        self._param_help.append((parameter.description(), help_text))
        self.addParameter(parameter)
        return parameter

    def add_output_help(self, description, help_text):
        self._param_help.append((description, help_text))

    def shortHelpString(self):  # noqa: N802 - QGIS API name
        if not self._param_help:
            self.initAlgorithm()
        rows = "".join(f"<dt><b>{name}</b></dt><dd>{text}</dd>" for name, text in self._param_help)
        title = tr("Parameters")  # outside the f-string, where pylupdate5 can see it
        return f"{self.help_text()}<h3>{title}</h3><dl>{rows}</dl>"

    # -- running ---------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        try:
            return self.compute(parameters, context, feedback)
        except BdError as exc:
            raise QgsProcessingException(exc.translated(tr)) from exc

    @staticmethod
    def progress_callbacks(feedback):
        """(progress, is_cancelled) callables for the core, bound to Processing feedback."""
        return (lambda fraction: feedback.setProgress(100.0 * fraction)), feedback.isCanceled

    def read_zones(self, parameters, context, feedback, crs, zones_param="ZONES", field_param="ZONE_FIELD"):
        """[(zone name, WKB in ``crs``)] from a polygon parameter, or None when it is not given.

        Features sharing a zone name are merged; invalid geometries are repaired (and said so) rather
        than refused by Processing's default geometry check.
        """
        previous_check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        try:
            source = self.parameterAsSource(parameters, zones_param, context)
            features = list(source.getFeatures()) if source is not None else []
        finally:
            context.setInvalidGeometryCheck(previous_check)
        if source is None:
            return None
        fields = self.parameterAsFields(parameters, field_param, context)
        if not fields:
            raise InputError("Choose the zone name field.")
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        if source.sourceCrs() != crs:
            feedback.pushInfo(tr("Zones reprojected from {a} to {b}.").format(a=source.sourceCrs().authid(),
                                                                               b=crs.authid()))
        parts = {}
        for feature in features:
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull():
                raise InputError("Zone feature {fid} has no geometry.", fid=feature.id())
            if not geometry.isGeosValid():
                feedback.pushInfo(tr("Zone '{zone}' has an invalid geometry; it is repaired before measuring.")
                                  .format(zone=feature[fields[0]]))
                geometry = geometry.makeValid()
            geometry.transform(transform)
            parts.setdefault(str(feature[fields[0]]), []).append(geometry)
        if not parts:
            raise InputError("The zones layer has no features.")
        zones = []
        for zone, geometries in parts.items():
            geometry = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else geometries[0]
            if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
                raise InputError("Zone '{zone}' is not a polygon.", zone=zone)
            zones.append((zone, bytes(geometry.asWkb())))
        return zones

    def style_output(self, context, output, style_name):
        """Apply ``styles/<style_name>.qml`` to ``output`` if Processing loads it into the project."""
        if output and context.willLoadLayerOnCompletion(output):
            details = context.layerToLoadOnCompletionDetails(output)
            details.setPostProcessor(StylePostProcessor.create(os.path.join(STYLES_DIR, style_name + ".qml")))

    # -- to implement ----------------------------------------------------------------------------
    def display_name(self):
        raise NotImplementedError

    def help_text(self):
        raise NotImplementedError

    def define(self):
        raise NotImplementedError

    def compute(self, parameters, context, feedback):
        raise NotImplementedError
