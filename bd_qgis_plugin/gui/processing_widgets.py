"""Widgets of the plugin's Processing dialogs. The parameters behind them stay plain values, so that
``processing.run`` and ``qgis_process`` give the same values as text.

Attached to a parameter by its metadata (``{"widget_wrapper": {"class": "bd_qgis_plugin.gui.processing_widgets.
ZoneNameWidgetWrapper"}}``), which Processing resolves only when it builds a dialog: an algorithm module imports
nothing of this one, and runs without widgets.
"""

from processing.gui.wrappers import WidgetWrapper
from qgis.core import NULL, QgsProcessingContext, QgsProcessingParameters, QgsProject
from qgis.PyQt.QtWidgets import QComboBox

from ..core.text import vietnamese_sort_key
from ..i18n import tr


class ZoneNameWidgetWrapper(WidgetWrapper):
    """A reserve or zone by name, chosen from the values of the zone name field of the zones layer chosen in
    the same dialog (in Vietnamese order), and still editable: a name can be typed before a layer is chosen.

    Processing has no parameter whose choices are another parameter's field values (an enum's options are
    fixed when the algorithm is defined), hence this widget over a string parameter."""

    def __init__(self, param, dialog, row=0, col=0, zones="ZONES", field="ZONE_FIELD", **kwargs):
        self._linked_names = (zones, field)
        self._zones = self._field = None
        super().__init__(param, dialog, row, col, **kwargs)

    def createWidget(self, **kwargs):  # noqa: N802 - QGIS API name
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(tr("(none: the map frames the extent or all layers)"))
        combo.setToolTip(tr("The names of the zone name field of the zones layer chosen above."))
        combo.currentTextChanged.connect(lambda _text: self.widgetValueHasChanged.emit(self))
        return combo

    def postInitialize(self, wrappers):  # noqa: N802 - QGIS API name
        for wrapper in wrappers:
            definition = wrapper.parameterDefinition()
            if definition.name() == self._linked_names[0]:
                self._zones = wrapper
            elif definition.name() == self._linked_names[1]:
                self._field = wrapper
        for wrapper in (self._zones, self._field):
            if wrapper is not None:
                wrapper.widgetValueHasChanged.connect(self.refresh_names)
        self.refresh_names()

    def zone_names(self):
        """The names in the zone name field of the zones layer of the dialog, in Vietnamese order."""
        if self._zones is None or self._field is None:
            return []
        field = self._field.parameterValue()
        if isinstance(field, (list, tuple)):
            field = field[0] if field else None
        if not field:
            return []
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        layer = QgsProcessingParameters.parameterAsVectorLayer(self._zones.parameterDefinition(),
                                                               self._zones.parameterValue(), context)
        index = layer.fields().lookupField(str(field)) if layer is not None else -1
        if index < 0:
            return []
        names = {str(value).strip() for value in layer.uniqueValues(index) if value is not None and value != NULL}
        return sorted((n for n in names if n), key=vietnamese_sort_key)

    def refresh_names(self, *_args):
        combo = self.widget
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(self.zone_names())
        combo.setEditText(text)
        combo.blockSignals(False)

    def setValue(self, value):  # noqa: N802 - QGIS API name
        self.widget.setEditText("" if value is None or value == NULL else str(value))

    def value(self):
        return self.widget.currentText().strip() or None
