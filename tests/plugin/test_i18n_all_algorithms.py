"""Every algorithm the provider holds speaks Vietnamese when QGIS does: names, groups, parameters, help.

Written over whatever the provider holds, so algorithms added later are checked too.
"""

from pathlib import Path

import pytest
from qgis.core import QgsSettings

TS = Path(__file__).resolve().parents[2] / "bd_qgis_plugin" / "i18n" / "bd_qgis_plugin_vi.ts"


def _describe(provider_class):
    provider = provider_class()
    provider.loadAlgorithms()
    rows = {}
    for alg in provider.algorithms():
        alg = alg.createInstance()
        alg.initAlgorithm()
        rows[alg.id()] = {"name": alg.displayName(), "group": alg.group(),
                          "parameters": {p.name(): (p.description(), p.help()) for p in alg.parameterDefinitions()}}
    return rows


@pytest.fixture
def english_and_vietnamese(qgis_app):
    from bd_qgis_plugin.i18n import install_translator, remove_translator
    from bd_qgis_plugin.processing_algorithms.provider import BdProvider

    remove_translator()
    english = _describe(BdProvider)
    settings = QgsSettings()
    saved = settings.value("locale/userLocale", ""), settings.value("locale/overrideFlag", False, type=bool)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "vi")  # switch the QGIS locale, as a user does in Settings ▸ Options
    try:
        assert install_translator() == "vi"
        vietnamese = _describe(BdProvider)
    finally:
        remove_translator()
        settings.setValue("locale/userLocale", saved[0])
        settings.setValue("locale/overrideFlag", saved[1])
    return english, vietnamese


def test_all_algorithm_names_and_groups_in_vietnamese(english_and_vietnamese):
    english, vietnamese = english_and_vietnamese
    assert {"thematicmap", "indicatorreport", "habitatarea"} <= set(english)
    same_name = [alg for alg in english if english[alg]["name"] == vietnamese[alg]["name"]]
    same_group = [alg for alg in english if english[alg]["group"] == vietnamese[alg]["group"]]
    assert same_name == [] and same_group == []
    assert vietnamese["thematicmap"]["name"] == "Bản đồ chuyên đề (PDF/PNG)"
    assert vietnamese["thematicmap"]["group"] == "Bản đồ và báo cáo"


def test_all_parameter_labels_and_help_in_vietnamese(english_and_vietnamese):
    english, vietnamese = english_and_vietnamese
    untranslated = []
    for alg, row in english.items():
        for name, texts in row["parameters"].items():
            translated = vietnamese[alg]["parameters"][name]
            for kind, english_text, vietnamese_text in zip(("label", "help"), texts, translated):
                if english_text and english_text == vietnamese_text:
                    untranslated.append(f"{alg}.{name} {kind}: {english_text}")
    assert untranslated == []

