"""The plugin object QGIS creates through ``classFactory``: menu, toolbar, panel, provider."""


from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit, QMenu

from .compat import QAction
from .i18n import install_translator, remove_translator, tr
from .paths import ICON

MENU_OBJECT_NAME = "mBdBiodiversityMenu"
TOOLBAR_OBJECT_NAME = "mBdBiodiversityToolBar"
DOCK_OBJECT_NAME = "BdBiodiversityDock"
TOOLBOX_OBJECT_NAME = "ProcessingToolbox"  # QGIS' Processing plugin's dock (processing/ui/ProcessingToolbox.ui)


def plugin_icon():
    return QIcon(ICON)


class BdPlugin:
    """Registers the Processing provider ``bd`` and builds the "Biodiversity (ĐDSH)" menu/toolbar/panel."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.dock = None
        self.actions = []
        self.language = install_translator()

    # -- Processing (also called by qgis_process, without a GUI) --------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API name
        if self.provider is None:
            from bd_qgis_plugin.processing_algorithms.provider import BdProvider

            provider = BdProvider()
            # addProvider refuses (and deletes the object) when the id "bd" is already taken.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider
            else:
                QgsMessageLog.logMessage(tr("The Processing provider 'bd' is already registered."),
                                         "bd_qgis_plugin", Qgis.MessageLevel.Warning)

    # -- GUI -------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 - QGIS API name
        self.initProcessing()
        main_window = self.iface.mainWindow()
        title = tr("Biodiversity (ĐDSH)")

        self.menu = QMenu(title, main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(title)
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        self.panel_action = self._add_action(plugin_icon(), tr("Biodiversity panel"), self.toggle_panel,
                                             checkable=True, toolbar=True)
        self._add_action(QgsApplication.getThemeIcon("/processingAlgorithm.svg"), tr("Spectral indices…"),
                         lambda: self.open_algorithm("bd:spectralindices"), toolbar=True)
        self._add_action(QgsApplication.getThemeIcon("/processingAlgorithm.svg"),
                         tr("Biodiversity algorithms in the Processing Toolbox"), self.show_toolbox)
        self._add_action(QgsApplication.getThemeIcon("/mActionAddLayer.svg"), tr("Install missing packages…"),
                         self.install_missing_packages)

        menu_bar = main_window.menuBar()
        help_menu = self.iface.helpMenu() if hasattr(self.iface, "helpMenu") else None
        if help_menu is not None and help_menu.menuAction() in menu_bar.actions():
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def _add_action(self, icon, text, callback, checkable=False, toolbar=False):
        action = QAction(icon, text, self.iface.mainWindow())
        action.setCheckable(checkable)
        action.triggered.connect(callback)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def toggle_panel(self, checked=None):
        if self.dock is None:
            from .gui.dock_widget import BdDockWidget

            self.dock = BdDockWidget(self.iface, self.iface.mainWindow())
            self.dock.setObjectName(DOCK_OBJECT_NAME)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.panel_action.setChecked)
        visible = (not self.dock.isVisible()) if checked is None else bool(checked)
        self.dock.setVisible(visible)
        self.panel_action.setChecked(visible)  # setChecked emits toggled, not triggered: no loop
        if visible:
            self.dock.raise_()
        return self.dock

    def open_algorithm(self, algorithm_id):
        import processing

        processing.execAlgorithmDialog(algorithm_id, {})

    def show_toolbox(self):
        """Open QGIS' Processing Toolbox on this plugin's algorithms: the toolbox dock shown and raised (as its
        own button does) and ``bd:`` in its search box, which matches the algorithm ids of the provider (the box's
        clear button shows every provider again). QGIS has no API for this (no iface method on 3.22 to 3.44):
        the dock and its search box are found by the object names of QGIS' Processing plugin."""
        from bd_qgis_plugin.processing_algorithms.provider import PROVIDER_ID

        toolbox = self.iface.mainWindow().findChild(QDockWidget, TOOLBOX_OBJECT_NAME)
        if toolbox is None:
            self.iface.messageBar().pushMessage(
                tr("Biodiversity (ĐDSH)"), tr("The Processing Toolbox is not there: enable the Processing plugin "
                                              "(Plugins ▸ Manage and Install Plugins…)."), Qgis.MessageLevel.Warning, 8)
            return None
        if hasattr(toolbox, "setUserVisible"):  # QgsDockWidget: shown and raised, even when tabbed behind another
            toolbox.setUserVisible(True)
        else:
            toolbox.show()
            toolbox.raise_()
        search = toolbox.findChild(QLineEdit, "searchBox")
        if search is not None:
            search.setText(f"{PROVIDER_ID}:")
            search.setFocus()
        return toolbox

    def install_missing_packages(self):
        from .gui.install_packages import start_install

        return start_install(self.iface)

    def unload(self):
        """Remove everything this plugin added to QGIS."""
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        for action in self.actions:
            action.triggered.disconnect()
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
