"""The "Biodiversity (ĐDSH)" dock panel (layout in dock_widget.ui): province/CRS tab, database tabs."""

import os

from qgis.core import QgsProject, QgsSettings
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QDockWidget

from ..core.provinces import current_provinces, former_provinces, get_province, tm3_crs_name
from ..crs import province_crs
from ..i18n import tr

#: The province (and former province) chosen last: a provincial office works in one province.
PROVINCE_SETTING = "bd_qgis_plugin/province"
FORMER_SETTING = "bd_qgis_plugin/former_province"

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "dock_widget.ui"))


class BdDockWidget(QDockWidget, FORM_CLASS):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setupUi(self)
        self.setWindowTitle(tr("Biodiversity (ĐDSH)"))
        self.tabs.setTabText(0, tr("Province"))
        self.provinceLabel.setText(tr("Province (after the 2025 mergers)"))
        self.formerLabel.setText(tr("Former province (its own VN-2000 TM-3 zone)"))
        self.useCrsButton.setText(tr("Use this CRS for the project"))
        # no silent default: the push metadata and the CRS check take the province from here
        self.provinceCombo.addItem(tr("— choose the province —"), "")
        for province in current_provinces():
            self.provinceCombo.addItem(province.name_vi, province.code)
        settings = QgsSettings()
        saved_former_code = settings.value(FORMER_SETTING, "", type=str)  # read before the combos save
        saved = self.provinceCombo.findData(settings.value(PROVINCE_SETTING, "", type=str))
        if saved >= 0:
            self.provinceCombo.setCurrentIndex(saved)
        self.provinceCombo.currentIndexChanged.connect(self._fill_former)
        self.formerCombo.currentIndexChanged.connect(self._show_crs)
        self.useCrsButton.clicked.connect(self.use_selected_crs)
        self._fill_former()
        saved_former = self.formerCombo.findData(saved_former_code)
        if saved_former > 0:
            self.formerCombo.setCurrentIndex(saved_former)
        from .database_panel import DatabasePanel

        self.database_panel = DatabasePanel(self, iface)
        self.fit_scroll_areas()

    def fit_scroll_areas(self):
        """Each tab scrolls up and down, never sideways: its scroll area is as wide as its content needs (with the
        texts as translated), and as short as a laptop screen wants (a few lines, the rest scrolls)."""
        for scroll in (self.provinceScroll, self.pushScroll, self.historyScroll, self.reviewScroll):
            needed = scroll.widget().minimumSizeHint().width()
            scroll.setMinimumWidth(needed + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth())
        self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width())  # every tab's name in full, no arrows

    def selected_province_code(self):
        return self.formerCombo.currentData() or self.provinceCombo.currentData() or None

    def selected_province_name(self):
        """The Vietnamese name of the chosen current province, "" when none is chosen."""
        code = self.provinceCombo.currentData()
        return get_province(code).name_vi if code else ""

    def _fill_former(self):
        self.formerCombo.blockSignals(True)
        self.formerCombo.clear()
        code = self.provinceCombo.currentData()
        self.formerCombo.addItem(tr("— the province as a whole —"), None)
        for former in former_provinces(code) if code else ():
            self.formerCombo.addItem(former.name_vi, former.code)
        self.formerCombo.setEnabled(bool(code))
        self.formerCombo.blockSignals(False)
        self._show_crs()

    def _show_crs(self):
        settings = QgsSettings()
        settings.setValue(PROVINCE_SETTING, self.provinceCombo.currentData() or "")
        settings.setValue(FORMER_SETTING, self.formerCombo.currentData() or "")
        code = self.selected_province_code()
        if code:
            province = get_province(code)
            epsg = f" — EPSG:{province.epsg}" if province.epsg else ""
            self.crsInfoLabel.setText(tm3_crs_name(province) + epsg)
        else:
            self.crsInfoLabel.setText(tr("Choose the province: its VN-2000 TM-3 zone is shown here."))
        self.useCrsButton.setEnabled(bool(code))

    def use_selected_crs(self):
        code = self.selected_province_code()
        if not code:
            self.statusLabel.setText(tr("Choose the province first."))
            return None
        crs = province_crs(code)
        QgsProject.instance().setCrs(crs)
        self.statusLabel.setText(tr("Project CRS set to {name}.").format(name=crs.description()))
        return crs
