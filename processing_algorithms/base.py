"""Shared base class of the bd Processing algorithms.

An algorithm subclass declares ``ALGORITHM_ID``, ``display_name()``,
``group_key``, ``help_text()`` and ``define()`` (its parameters, each with a help
text), and implements ``compute()`` by reading parameters, calling the analysis core
and returning outputs. The base turns core errors into Processing errors with a
translated message, adapts progress/cancel, builds the help shown in the dialog
from the parameters' help, and styles outputs loaded into the project.
"""

import html
import os
import re

from qgis.core import (
    QgsField,
    QgsFields,
    QgsLayerTree,
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsProperty,
)
from qgis.PyQt.QtGui import QIcon

from bd_qgis_plugin.compat import field_type
from bd_qgis_plugin.core.errors import BdError, InputError
from bd_qgis_plugin.dependencies import missing, missing_message
from bd_qgis_plugin.i18n import qgis_locale, tr
from bd_qgis_plugin.maps.layout import relabel
from bd_qgis_plugin.maps.styles import (
    TRUE_COLOUR,
    UNIQUE_VALUES,
    apply_style,
    drawing_rank,
    true_colour_style,
    unique_values_style,
)
from bd_qgis_plugin.paths import ICON, STYLES_DIR


def group_name(key):
    # Literal tr() calls so pylupdate5 finds them.
    return {"imagery": tr("Imagery"), "habitat": tr("Habitat mapping"),
            "reef": tr("Coral reef and seagrass"), "corridors": tr("Corridors and connectivity"),
            "species": tr("Species"),
            "database": tr("Provincial database"), "maps": tr("Maps and reports")}.get(key, key)


def make_fields(spec):
    """QgsFields from ``((name, type name), …)``, type names as QVariant spells them ("String", "Double", "Int",
    "LongLong"), for the tables the algorithms write; each becomes the type this QGIS wants (compat.field_type)."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, field_type(kind)))
    return fields


class ClassStyle(str):
    """An output style that is the class style written beside the raster (``<name>.qml``: the names and colours
    of the model or of the input map), else the named style of ``styles/``."""




class _RunOrder:
    """The layers of one run loaded into the project, kept in drawing order inside their group: QGIS 3.22 loads
    the outputs in the order of their file names, and has no order in ``QgsProcessingContext.LayerDetails``."""

    def __init__(self):
        self.layer_ids = []

    def place(self, layer):
        project = layer.project() or QgsProject.instance()
        self.layer_ids.append(layer.id())
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        if node is None or node.parent() is None:
            return
        parent = node.parent()
        children = parent.children()
        run = [(i, child) for i, child in enumerate(children)
               if QgsLayerTree.isLayer(child) and child.layerId() in self.layer_ids and child.layer() is not None]
        ordered = sorted(run, key=lambda item: (drawing_rank(item[1].layer()), item[0]))
        if [i for i, _ in ordered] == [i for i, _ in run]:
            return
        # New nodes first, then the old ones removed: QGIS' layer tree bridge removes from the project, a moment
        # later, every layer whose node was removed and that is not in the tree at that time.
        first = min(i for i, _ in run)
        for offset, (_, child) in enumerate(ordered):
            new_node = parent.insertLayer(first + offset, child.layer())
            new_node.setItemVisibilityChecked(child.itemVisibilityChecked())
            new_node.setExpanded(child.isExpanded())
        for _, child in run:
            parent.removeChildNode(child)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML from ``styles/`` (or the class style beside the raster) to an output layer when Processing
    loads it, and keeps the outputs of the run in drawing order."""

    _alive = []  # QGIS keeps only a C++ pointer: hold the Python objects ourselves

    def __init__(self, qml_path, order=None, sidecar_first=False, special=None):
        super().__init__()
        self.qml_path = qml_path
        self.order = order
        self.sidecar_first = sidecar_first
        self.special = special

    @classmethod
    def create(cls, qml_path, order=None, sidecar_first=False, special=None):
        instance = cls(qml_path, order, sidecar_first, special)
        cls._alive.append(instance)
        return instance

    def _path(self, layer):
        if self.sidecar_first:
            sidecar = os.path.splitext(layer.source().split("|")[0])[0] + ".qml"
            if os.path.exists(sidecar):
                return sidecar
        return self.qml_path

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API name
        if layer is None or not layer.isValid():
            return
        if self.special == UNIQUE_VALUES:
            unique_values_style(layer)
        elif self.special == TRUE_COLOUR:
            true_colour_style(layer)
        elif self.qml_path:
            path = self._path(layer)
            if os.path.exists(path):
                ok, message = apply_style(layer, path)  # also fits continuous ramps to the values
                if not ok:
                    feedback.reportError(tr("Could not apply the style {path}: {message}").format(
                        path=path, message=message))
        # "Thấp / Low" labels of the styles in the user's language only; the user's own class names as they are
        relabel(layer, qgis_locale(), translate_names=False)
        if self.order is not None:
            self.order.place(layer)


class BdAlgorithm(QgsProcessingAlgorithm):
    ALGORITHM_ID = ""
    group_key = ""
    #: Optional Python packages (import names, keys of ``dependencies.PACKAGES``) this algorithm cannot run
    #: without; when one is missing it stops before any work with the command that installs it.
    REQUIRES = ()
    #: The style of each map layer output, by output name: a style name of ``styles/``, a ``ClassStyle`` (the class
    #: style written beside the raster, else the named style), ``UNIQUE_VALUES`` or ``TRUE_COLOUR``; ``None`` for
    #: a table without geometry. Every raster and vector output must be listed: Processing loads each one styled,
    #: whichever way the algorithm is run (tests/processing/test_output_styles.py runs them all).
    OUTPUT_STYLES = {}

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

    #: Words the toolbox's search finds the algorithm by besides its name (methods, indices, authors): the
    #: method stays out of the name, which the toolbox would cut, and lives here and in the short description.
    TAGS = ()

    def short_description(self):
        """One sentence on the method, under the name in the toolbox's tooltip and atop the help."""
        return ""

    def shortDescription(self):  # noqa: N802 - QGIS API name
        return self.short_description()

    def tags(self):
        return list(self.TAGS)

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
        short = self.short_description()
        lead = f"<p><b>{html.escape(short, quote=False)}</b></p>" if short else ""
        return f"{lead}{self.help_text()}<h3>{title}</h3><dl>{rows}</dl>"

    # -- running ---------------------------------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        # QGIS 3.22 refuses a missing mandatory field parameter even when it has a default (the class code field's
        # 'class'): the default is what the run reads, so it is what is checked.
        missing_fields = {d.name(): d.defaultValue() for d in self.parameterDefinitions()
                          if d.type() == "field" and d.defaultValue() and parameters.get(d.name()) in (None, "")}
        if missing_fields:
            parameters = dict(parameters, **missing_fields)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        absent = missing(self.REQUIRES)
        if absent:
            raise QgsProcessingException(missing_message(absent).translated(tr))
        try:
            self.check_outputs(parameters, context)
            results = self.compute(parameters, context, feedback)
            self.style_outputs(results, context)
            return results
        except BdError as exc:
            message = exc.translated(tr)
        # The bindings keep the raised exception alive after the run: it must reference neither the frames of the
        # computation nor the parameters, whose layers would otherwise be destroyed after QGIS (a crash at exit).
        del parameters, context
        raise QgsProcessingException(message)

    # -- outputs are checked before any work ---------------------------------------------------------------------
    def _input_paths(self, parameters, context):
        """Real paths of the files the inputs are read from (layers, sources, files, multiple layers)."""
        paths = set()
        for definition in self.parameterDefinitions():
            if definition.isDestination():
                continue
            value = parameters.get(definition.name())
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(item, QgsProcessingFeatureSourceDefinition):
                    item = item.source.staticValue()
                if isinstance(item, QgsMapLayer):
                    source = item.source()
                elif isinstance(item, str) and item:
                    layer = QgsProcessingUtils.mapLayerFromString(item, context, False)
                    source = layer.source() if layer is not None else item
                else:
                    continue
                path = source.split("|")[0]
                if os.path.isfile(path):
                    paths.add(os.path.realpath(path))
        return paths

    def check_outputs(self, parameters, context):
        """Refuse, before any work, an output that would overwrite an input, or whose folder is missing or
        read-only: a run then never stops at 80 % on an unwritable output, nor destroys its input."""
        inputs = self._input_paths(parameters, context)
        for definition in self.destinationParameterDefinitions():
            name = definition.name()
            # The destination as given, read without parameterAsOutputLayer: for a temporary output that
            # would make up a second temporary file and register it to load on completion (from a dialog or
            # runAndLoadResults), and Processing then reports it as "not correctly generated".
            path = self._destination_text(parameters.get(name), context)
            if not path or path.startswith("memory:") or path == "TEMPORARY_OUTPUT":
                continue
            path = path.split("|")[0]
            for prefix in ("ogr:", "gdal:"):
                path = path[len(prefix):] if path.startswith(prefix) else path
            if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", path) or "dbname=" in path:
                continue  # a database or service destination: its provider checks it, not the file system
            label = definition.description()
            if os.path.realpath(path) in inputs:
                raise InputError("The output '{output}' would overwrite the input file '{path}': choose another "
                                 "file name, so that the input is kept.", output=label, path=path)
            # a folder output may itself be created: then its parent must exist and be writable
            target = os.path.abspath(path)
            folder = target if definition.type() == "folderDestination" else os.path.dirname(target)
            parent = os.path.dirname(folder) if definition.type() == "folderDestination" else folder
            if not os.path.isdir(parent):
                raise InputError("The folder '{folder}' of the output '{output}' does not exist: create it or "
                                 "choose another folder.", folder=parent, output=label)
            writable = folder if os.path.isdir(folder) else parent
            if not os.access(writable, os.W_OK | os.X_OK):
                raise InputError("The folder '{folder}' of the output '{output}' cannot be written: choose a "
                                 "folder you can write to.", folder=writable, output=label)

    @staticmethod
    def _destination_text(value, context):
        """The text of a destination parameter's value (a path, a URI or TEMPORARY_OUTPUT), with no side effect."""
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink
        if isinstance(value, QgsProperty):
            value, _ = value.valueAsString(context.expressionContext())
        return "" if value is None else str(value)

    @staticmethod
    def progress_callbacks(feedback):
        """(progress, is_cancelled) callables for the core, bound to Processing feedback."""
        return (lambda fraction: feedback.setProgress(100.0 * fraction)), feedback.isCanceled

    def style_output(self, context, output, style_name):
        """Apply ``styles/<style_name>.qml`` to ``output`` if Processing loads it into the project."""
        if output and context.willLoadLayerOnCompletion(output):
            details = context.layerToLoadOnCompletionDetails(output)
            details.setPostProcessor(StylePostProcessor.create(os.path.join(STYLES_DIR, style_name + ".qml"),
                                                               self._run_order(context)))

    def _run_order(self, context):
        key = id(context)
        if getattr(self, "_order_key", None) != key:
            self._order_key, self._order = key, _RunOrder()
        return self._order

    def style_outputs(self, results, context):
        """Give every output of ``OUTPUT_STYLES`` that Processing will load its style (unless the algorithm
        gave it one already), and keep the outputs of the run in drawing order."""
        order = self._run_order(context)
        for name, style in self.OUTPUT_STYLES.items():
            value = (results or {}).get(name)
            if not isinstance(value, str) or not value or not context.willLoadLayerOnCompletion(value):
                continue
            details = context.layerToLoadOnCompletionDetails(value)
            if details.postProcessor() is not None:  # styled by the algorithm itself
                continue
            special = style if style in (UNIQUE_VALUES, TRUE_COLOUR) else None
            path = os.path.join(STYLES_DIR, style + ".qml") if style and not special else ""
            details.setPostProcessor(StylePostProcessor.create(path, order, isinstance(style, ClassStyle), special))

    # -- to implement ----------------------------------------------------------------------------
    def display_name(self):
        raise NotImplementedError

    def help_text(self):
        raise NotImplementedError

    def define(self):
        raise NotImplementedError

    def compute(self, parameters, context, feedback):
        raise NotImplementedError
