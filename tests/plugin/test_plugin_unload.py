"""Unloading the plugin removes everything it added (its own module: no other instance is alive)."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar


def test_unload_leaves_nothing_behind(qgis_app, iface, qgis_processing):
    import bd_qgis_plugin

    window = iface.mainWindow()
    before_menus = len(window.menuBar().actions())
    plugin = bd_qgis_plugin.classFactory(iface)
    plugin.initGui()
    plugin.toggle_panel(True)
    assert QgsApplication.processingRegistry().providerById("bd") is plugin.provider is not None
    assert len(window.menuBar().actions()) == before_menus + 1
    plugin.unload()
    QgsApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(window.menuBar().actions()) == before_menus
    assert not [t for t in window.findChildren(QToolBar) if t.objectName() == "mBdBiodiversityToolBar"]
    assert not [d for d in window.findChildren(QDockWidget) if d.objectName() == "BdBiodiversityDock"]
    assert QgsApplication.processingRegistry().providerById("bd") is None
    # and it loads again cleanly after an unload (QGIS' plugin reloader does this)
    plugin = bd_qgis_plugin.classFactory(iface)
    plugin.initGui()
    assert QgsApplication.processingRegistry().providerById("bd") is not None
    plugin.unload()
