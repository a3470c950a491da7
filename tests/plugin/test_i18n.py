"""Vietnamese interface: the compiled translation follows the QGIS locale."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsSettings

TS = Path(__file__).resolve().parents[2] / "bd_qgis_plugin" / "i18n" / "bd_qgis_plugin_vi.ts"


@pytest.fixture
def vietnamese_locale(qgis_app):
    from bd_qgis_plugin.i18n import install_translator, remove_translator

    settings = QgsSettings()
    saved = settings.value("locale/userLocale", ""), settings.value("locale/overrideFlag", False, type=bool)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "vi_VN")
    assert install_translator() == "vi"  # read from the QGIS setting, not passed in
    yield
    remove_translator()
    settings.setValue("locale/userLocale", saved[0])
    settings.setValue("locale/overrideFlag", saved[1])


def test_every_message_is_translated():
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 40
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []


def test_provider_algorithm_and_parameters_in_vietnamese(vietnamese_locale):
    from bd_qgis_plugin.processing_algorithms.imagery.spectral_indices import SpectralIndicesAlgorithm
    from bd_qgis_plugin.processing_algorithms.provider import BdProvider

    assert BdProvider().name() == "Đa dạng sinh học (ĐDSH)"
    alg = SpectralIndicesAlgorithm()
    alg.initAlgorithm()
    assert alg.displayName() == "Chỉ số phổ"
    assert "NDVI" in alg.shortDescription() and "Sentinel-2" in alg.shortDescription()
    assert alg.group() == "Ảnh viễn thám"
    assert alg.parameterDefinition("INPUT").description() == "Ảnh đa kênh"
    assert "Tham số" in alg.shortHelpString()


def test_core_error_messages_are_translated(vietnamese_locale):
    from bd_qgis_plugin.core.errors import InputError
    from bd_qgis_plugin.i18n import tr

    err = InputError("The {role} band was set to {number}, but the raster has {count} band(s).",
                     role="NIR", number=7, count=3)
    assert err.translated(tr) == "Kênh NIR được đặt là 7, nhưng raster chỉ có 3 kênh."
    assert str(err) == "The NIR band was set to 7, but the raster has 3 band(s)."
