"""Canonical names, status lists with synonyms, and the built-in Decree 64/2019 list."""

import pytest

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.species.names import (
    NameMatcher,
    builtin_priority_list,
    canonical_name,
    read_status_list,
    species_of,
)


@pytest.mark.parametrize("name, canonical", [
    ("Taxus wallichiana Zucc.", "Taxus wallichiana"),
    ("TAXUS WALLICHIANA", "Taxus wallichiana"),
    ("  Taxus   wallichiana  ", "Taxus wallichiana"),
    ("Abies delavayi ssp. fansipanensis (Q.P.Xiang et al.) Rushforth", "Abies delavayi subsp. fansipanensis"),
    ("Taxus wallichiana var. chinensis (Pilg.) Florin", "Taxus wallichiana var. chinensis"),
    ("Panthera tigris corbetti Mazák, 1968", "Panthera tigris corbetti"),
    ("Rhinopithecus avunculus (Dollman, 1912)", "Rhinopithecus avunculus"),
    ("Xanthocyparis vietnamensis Farjon & Hiep", "Xanthocyparis vietnamensis"),
    ("Hopea sp.", "Hopea"),
    ("Hopea odorata Roxb.", "Hopea odorata"),
    ("Cuora galbinifrons Bourret, 1939", "Cuora galbinifrons"),
    ("Cây lạ chưa định danh", ""),
    ("", ""),
    (None, ""),
])
def test_canonical_names(name, canonical):
    assert canonical_name(name) == canonical


def test_species_of_infraspecific_names_and_genera():
    assert species_of("Abies delavayi subsp. fansipanensis") == "Abies delavayi"
    assert species_of("Hopea") == ""


def test_builtin_list_holds_only_verified_entries_and_says_what_is_missing():
    status = builtin_priority_list()
    assert len(status.entries) == 17
    assert status.entries["Taxus wallichiana"] == {"nd64_group": "Thực vật", "nd64_2019": "7"}
    assert status.entries["Hopea reticulata"]["nd64_2019"] == "12"
    assert status.vernacular["Xanthocyparis vietnamensis"] == "Bách vàng việt"
    assert status.note.startswith("this file holds 17 of the decree's 127 entries") and "unlisted" in status.note


def test_user_list_with_synonyms_matches_through_them(tmp_path):
    path = tmp_path / "sach_do.csv"
    path.write_text("# Sách Đỏ Việt Nam 2007 (extract for the test)\n"
                    "ten_khoa_hoc;synonyms;Sách Đỏ 2007;IUCN\n"
                    "Cupressus tonkinensis;Fokienia tonkinensis;EN;CR\n"
                    "Dalbergia tonkinensis Prain;;EN;VU\n", encoding="utf-8")
    user = read_status_list(str(path))
    assert user.columns == ["Sách Đỏ 2007", "IUCN"]
    matcher = NameMatcher([builtin_priority_list(), user])
    assert matcher.accepted("Fokienia tonkinensis Hort.") == "Cupressus tonkinensis"
    status = matcher.status(["Fokienia tonkinensis"])
    assert status["sach_do_2007"] == ("EN", "Cupressus tonkinensis")
    assert status["iucn"] == ("CR", "Cupressus tonkinensis")
    assert status["nd64_2019"] == ("5", "Cupressus tonkinensis")
    assert matcher.status(["Dalbergia tonkinensis"])["iucn"] == ("VU", "Dalbergia tonkinensis")
    # an infraspecific record takes its species' status; a species does not take a subspecies' entry
    assert matcher.status(["Taxus wallichiana var. chinensis"])["nd64_2019"] == ("7", "Taxus wallichiana")
    assert matcher.status(["Abies delavayi"]) == {}


def test_a_list_without_a_name_column_is_refused_by_its_columns(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("loai_khac,trang_thai\nabc,EN\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_status_list(str(path))
    assert "scientificName" in str(error.value) and "loai_khac" in str(error.value)
