"""The real plugin loaded through classFactory: menu, toolbar, panel, provider, algorithm, unload."""

import numpy as np
import pytest
from helpers import read_raster, write_raster
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtWidgets import QDockWidget, QMenu

S2_STACK = ["B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"]


def _s2(tmp_path, red=1000, nir=3000):
    data = np.full((10, 20, 20), 1000, dtype="uint16")
    data[2], data[6] = red, nir
    return write_raster(tmp_path / "s2.tif", data, descriptions=S2_STACK)


def test_provider_registered_with_its_algorithm(bd_plugin):
    provider = QgsApplication.processingRegistry().providerById("bd")
    assert provider is not None and provider.name() == "Biodiversity (ĐDSH)"
    ids = [alg.id() for alg in provider.algorithms()]
    assert "bd:spectralindices" in ids


def test_every_parameter_has_help(bd_plugin):
    for alg in QgsApplication.processingRegistry().providerById("bd").algorithms():
        params = alg.parameterDefinitions()
        assert params, alg.id()
        for param in params:
            assert len(param.help()) > 20, f"{alg.id()} {param.name()} has no help"
            assert param.description() in alg.shortHelpString()


def test_menu_toolbar_and_panel(bd_plugin, iface):
    window = iface.mainWindow()
    menus = [m for m in window.findChildren(QMenu) if m.objectName() == "mBdBiodiversityMenu"]
    assert len(menus) == 1
    assert menus[0].title() == "Biodiversity (ĐDSH)" and menus[0].menuAction() in window.menuBar().actions()
    texts = [a.text() for a in menus[0].actions()]
    assert texts[:2] == ["Biodiversity panel", "Spectral indices…"]
    assert bd_plugin.toolbar.windowTitle() == "Biodiversity (ĐDSH)"
    assert len(bd_plugin.toolbar.actions()) == 2
    dock = bd_plugin.toggle_panel(True)
    assert isinstance(dock, QDockWidget) and dock.isVisibleTo(window) and bd_plugin.panel_action.isChecked()
    assert dock.provinceCombo.count() == 35  # 34 provinces after an empty first entry: no silent default
    themes = [(dock.themeCombo.itemText(i), dock.themeCombo.itemData(i)) for i in range(dock.themeCombo.count())]
    assert themes == [("Habitat", "habitat"), ("Coral reef and seagrass", "benthic"),  # words shown, codes stored
                      ("Corridors and connectivity", "corridor"), ("Protected areas", "reserve"), ("Other", "other")]
    from qgis.core import QgsSettings

    from bd_qgis_plugin.gui.dock_widget import FORMER_SETTING, PROVINCE_SETTING, BdDockWidget

    for key in (PROVINCE_SETTING, FORMER_SETTING):  # a first session: nothing chosen before
        QgsSettings().remove(key)
    fresh = BdDockWidget(bd_plugin.iface)
    assert fresh.provinceCombo.currentIndex() == 0 and fresh.provinceCombo.currentData() == ""
    assert fresh.selected_province_code() is None and not fresh.useCrsButton.isEnabled()
    assert fresh.use_selected_crs() is None and "province" in fresh.statusLabel.text()
    assert fresh.database_panel._prefill(QgsVectorLayer("Point?crs=EPSG:9217", "p", "memory"))["province"] == ""
    fresh.deleteLater()
    dock.provinceCombo.setCurrentIndex(dock.provinceCombo.findText("Lâm Đồng"))
    formers = [dock.formerCombo.itemText(i) for i in range(dock.formerCombo.count())]
    assert formers == ["— the province as a whole —", "Bình Thuận", "Đắk Nông", "Lâm Đồng"]
    dock.formerCombo.setCurrentIndex(dock.formerCombo.findText("Bình Thuận"))
    assert "108°30′" in dock.crsInfoLabel.text()
    # the province is remembered: a new panel (next QGIS session) opens on it
    from bd_qgis_plugin.gui.dock_widget import BdDockWidget

    again = BdDockWidget(bd_plugin.iface)
    assert (again.provinceCombo.currentText(), again.formerCombo.currentText()) == ("Lâm Đồng", "Bình Thuận")
    again.deleteLater()
    crs = dock.use_selected_crs()
    assert crs.isValid() and "+lon_0=108.5" in crs.toProj()
    bd_plugin.toggle_panel(False)
    assert not dock.isVisibleTo(window) and not bd_plugin.panel_action.isChecked()


def test_toolbox_menu_item_without_the_processing_toolbox_says_what_to_enable(bd_plugin, iface):
    """Headless there is no Processing Toolbox dock (the Processing plugin's GUI is not loaded): the menu item says
    so in the message bar. With the real desktop it opens the toolbox (tests/desktop/test_toolbox_desktop.py)."""
    from qgis.core import Qgis

    assert iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox") is None
    before = len(iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    assert bd_plugin.show_toolbox() is None
    messages = iface.messageBar().get_messages(Qgis.MessageLevel.Warning)[before:]
    assert messages == ["Biodiversity (ĐDSH):The Processing Toolbox is not there: enable the Processing plugin "
                        "(Plugins ▸ Manage and Install Plugins…)."]


def test_processing_run_computes_indices(bd_plugin, tmp_path):
    import processing

    src = _s2(tmp_path)
    result = processing.run("bd:spectralindices", {"INPUT": src, "SENSOR": 0, "INDICES": [0, 4],
                                                   "OUTPUT": str(tmp_path / "out.tif")})
    values, info = read_raster(result["OUTPUT"])
    assert values.shape == (2, 20, 20)
    assert np.allclose(values[0], 0.5) and np.allclose(values[1], 1.5 * 0.2 / 0.9)
    assert info["descriptions"][0].startswith("NDVI") and info["descriptions"][1].startswith("SAVI")


def test_explicit_band_parameters_override_the_preset(bd_plugin, tmp_path):
    import processing

    src = _s2(tmp_path)
    # NIR taken from band 4 (B05 = 1000 DN): NDVI = (0.1 − 0.1) / 0.2 = 0
    result = processing.run("bd:spectralindices", {"INPUT": src, "INDICES": [0], "BAND_NIR": 4,
                                                   "OUTPUT": str(tmp_path / "o.tif")})
    assert np.allclose(read_raster(result["OUTPUT"])[0], 0.0)


def test_bad_input_gets_a_clear_processing_error(bd_plugin, tmp_path):
    import processing

    three = write_raster(tmp_path / "three.tif", np.ones((3, 4, 4), dtype="uint16"))
    with pytest.raises(QgsProcessingException, match=r"Cannot tell which band is NIR \(B08\)"):
        processing.run("bd:spectralindices", {"INPUT": three, "INDICES": [0], "OUTPUT": str(tmp_path / "x.tif")})
    with pytest.raises(QgsProcessingException, match="INPUT"):
        processing.run("bd:spectralindices", {"INPUT": str(tmp_path / "missing.tif"), "INDICES": [0],
                                              "OUTPUT": str(tmp_path / "y.tif")})
    assert not (tmp_path / "x.tif").exists() and not (tmp_path / "y.tif").exists()


def test_cancel_from_processing_feedback_writes_nothing(bd_plugin, tmp_path):
    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        processing.run("bd:spectralindices", {"INPUT": _s2(tmp_path), "INDICES": [0],
                                              "OUTPUT": str(tmp_path / "c.tif")}, feedback=feedback)
    assert not (tmp_path / "c.tif").exists()


def test_separate_band_files_are_stacked(bd_plugin, tmp_path):
    import processing

    red = write_raster(tmp_path / "T48PYU_20240101_B04_10m.tif", np.full((1, 8, 8), 1000, "uint16"), pixel=10.0)
    nir = write_raster(tmp_path / "T48PYU_20240101_B08_10m.tif", np.full((1, 8, 8), 3000, "uint16"), pixel=10.0)
    result = processing.run("bd:spectralindices", {"INPUT": red, "ADDITIONAL_BANDS": [nir], "INDICES": [0],
                                                   "OUTPUT": str(tmp_path / "ndvi.tif")})
    assert np.allclose(read_raster(result["OUTPUT"])[0], 0.5)


def test_band_files_on_different_grids_get_a_clear_message(bd_plugin, tmp_path):
    import processing

    red = write_raster(tmp_path / "B04.tif", np.full((1, 8, 8), 1000, "uint16"), pixel=10.0)
    swir = write_raster(tmp_path / "B11.tif", np.full((1, 4, 4), 2000, "uint16"), pixel=20.0)
    with pytest.raises(QgsProcessingException, match=r"(?s)not on the same grid.*pixel size 10×10 vs 20×20"):
        processing.run("bd:spectralindices", {"INPUT": red, "ADDITIONAL_BANDS": [swir], "INDICES": [0],
                                              "OUTPUT": str(tmp_path / "x.tif")})
    assert not (tmp_path / "x.tif").exists()
