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
        rows[alg.id()] = {"name": alg.displayName(), "group": alg.group(), "short": alg.shortDescription(),
                          "tags": alg.tags(), "help": alg.shortHelpString(),
                          "parameters": {p.name(): (p.description(), p.help()) for p in alg.parameterDefinitions()},
                          "options": {p.name(): list(p.options()) for p in alg.parameterDefinitions()
                                      if p.type() == "enum"}}
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
    assert vietnamese["thematicmap"]["name"] == "Bản đồ chuyên đề"
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



def test_all_choices_in_vietnamese(english_and_vietnamese):
    """The items of every choice (enum) are words of the interface's language, not codes (the push's Theme
    showed "habitat", "benthic"… in Vietnamese); numbers and names of things (sensors, EPSG codes) may stay."""
    english, vietnamese = english_and_vietnamese
    untranslated = []
    names_of_places = {("thematicmap", "PROVINCE")}  # "Đà Nẵng — TM-3 107°45′": the same in both languages
    for alg, row in english.items():
        for name, options in row["options"].items():
            if (alg, name) == ("pushtodatabase", "PROVINCE"):  # province names only, no "(…)" entry
                assert options == vietnamese[alg]["options"][name] and "Đà Nẵng" in options
                continue
            if (alg, name) == ("pushtodatabase", "CONNECTION"):  # the embedded database, then saved connections'
                assert options[0] != vietnamese[alg]["options"][name][0]  # names (whatever earlier tests saved)
                continue
            if (alg, name) in names_of_places:
                assert options[0] != vietnamese[alg]["options"][name][0]  # "(CRS of the first layer)"
                continue
            for english_option, vietnamese_option in zip(options, vietnamese[alg]["options"][name]):
                if english_option == vietnamese_option and any(c.islower() for c in english_option):
                    untranslated.append(f"{alg}.{name}: {english_option}")
    assert untranslated == [], "\n".join(untranslated)
    assert vietnamese["pushtodatabase"]["options"]["THEME"][:2] == ["Sinh cảnh", "Rạn san hô và cỏ biển"]


def test_toolbox_names_are_short_and_the_method_is_in_the_description(english_and_vietnamese):
    """The toolbox cuts long names ("Cost distance (accumulated cost, allocation, ba…"): names are short and
    hold no method in parentheses; the method is in the short description (the toolbox's tooltip and the top of
    the help), translated, and in the search tags."""
    english, vietnamese = english_and_vietnamese
    for rows in (english, vietnamese):
        long_names = [row["name"] for row in rows.values() if "(" in row["name"] or len(row["name"]) > 45]
        assert long_names == []
        assert [alg for alg, row in rows.items() if not row["short"] or row["short"] not in
                row["help"].replace("&amp;", "&")] == []
    assert [alg for alg in english if english[alg]["short"] == vietnamese[alg]["short"]] == []
    assert english["currentflow"]["name"] == "Current flow" and "Circuitscape" in english["currentflow"]["short"]
    assert "Circuitscape" in english["currentflow"]["tags"] and "Olofsson" in english["accuracyassessment"]["tags"]
