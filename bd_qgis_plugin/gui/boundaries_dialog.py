"""Import of reserve boundaries: before anything is written, the reviewer says which text field holds the reserves'
names (and, optionally, their English names and designation decisions) and where the category comes from — a
field, or one category chosen for every area. The likely fields are preselected (db.protected_areas); nothing is
set silently."""

from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ..db import PROTECTED_AREA_CATEGORIES
from ..db.protected_areas import (
    CATEGORY_FIELDS,
    DECISION_FIELDS,
    NAME_EN_FIELDS,
    field_text,
    likely_field,
    likely_name_field,
    text_fields,
)
from ..i18n import tr

#: how many features are read for the example value shown beside each field
_SAMPLED = 20


def category_names():
    """The protected-area categories of the 2008 Biodiversity Law, code → name in the interface language."""
    return {"national_park": tr("National park"), "nature_reserve": tr("Nature reserve"),
            "species_habitat_area": tr("Species and habitat conservation area"),
            "landscape_protection_area": tr("Landscape protection area")}


def _examples(layer, names):
    """A non-empty value of each field among the first features, to show beside its name."""
    found = {}
    for number, feature in enumerate(layer.getFeatures()):
        for name in names:
            if name not in found and field_text(feature[name]):
                found[name] = field_text(feature[name])
        if number >= _SAMPLED or len(found) == len(names):
            break
    return found


class BoundaryImportDialog(QDialog):
    """Asks for the fields of a boundaries layer; :meth:`choice` gives them once accepted."""

    def __init__(self, layer, parent=None):
        super().__init__(parent)
        self.setObjectName("boundaryImportDialog")
        self.setWindowTitle(tr("Import reserve boundaries"))
        names = text_fields(layer)
        examples = _examples(layer, names)
        intro = QLabel(tr("{count} area(s) in '{name}'. Choose the field that holds the reserves' names in "
                          "Vietnamese, and where their category comes from.").format(
            count=max(layer.featureCount(), 0), name=layer.name()))
        intro.setWordWrap(True)
        self.nameCombo = self._field_combo(names, examples, likely_name_field(names))
        self.nameEnCombo = self._field_combo(names, examples, likely_field(names, NAME_EN_FIELDS), tr("— none —"))
        self.decisionCombo = self._field_combo(names, examples, likely_field(names, DECISION_FIELDS),
                                               tr("— none —"))
        self.categoryFieldCombo = self._field_combo(names, examples, likely_field(names, CATEGORY_FIELDS),
                                                    tr("— none: one category for every area —"))
        self.categoryCombo = QComboBox()
        self.categoryCombo.addItem(tr("— choose the category —"), "")
        labels = category_names()
        for code in PROTECTED_AREA_CATEGORIES:
            self.categoryCombo.addItem(labels[code], code)
        form = QFormLayout()
        form.addRow(tr("Name (Vietnamese)"), self.nameCombo)
        form.addRow(tr("Name in English"), self.nameEnCombo)
        form.addRow(tr("Designation decision"), self.decisionCombo)
        form.addRow(tr("Category field"), self.categoryFieldCombo)
        form.addRow(tr("Category of every area"), self.categoryCombo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for combo in (self.nameCombo, self.categoryFieldCombo, self.categoryCombo):
            combo.currentIndexChanged.connect(self._update)
        self._update()

    @staticmethod
    def _field_combo(names, examples, chosen, empty_text=None):
        combo = QComboBox()
        if empty_text is not None:
            combo.addItem(empty_text, "")
        for name in names:
            combo.addItem(f"{name} — {examples[name]}" if name in examples else name, name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        return combo

    def _update(self, *args):
        by_field = bool(self.categoryFieldCombo.currentData())
        self.categoryCombo.setEnabled(not by_field)
        ready = bool(self.nameCombo.currentData()) and (by_field or bool(self.categoryCombo.currentData()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def choice(self):
        """The fields chosen: name_vi, name_en, decision, category_field (None when not chosen), category (the one
        category of every area, None when a field gives it)."""
        category_field = self.categoryFieldCombo.currentData() or None
        return {"name_vi": self.nameCombo.currentData(), "name_en": self.nameEnCombo.currentData() or None,
                "decision": self.decisionCombo.currentData() or None, "category_field": category_field,
                "category": None if category_field else (self.categoryCombo.currentData() or None)}
