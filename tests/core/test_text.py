"""Text helpers: Vietnamese alphabetical order, readable names."""

import random
import unicodedata

from bd_qgis_plugin.core.text import readable_name, vietnamese_sort_key


def _shuffled(items, seed=7):
    items = list(items)
    random.Random(seed).shuffle(items)
    return items


def test_vietnamese_letters_follow_the_alphabet():
    ordered = ["an", "ăn", "ân", "bé", "cơm", "dê", "đi", "em", "ê", "gà", "ô", "ơi", "ung", "ư", "vở", "xe", "y"]
    assert sorted(_shuffled(ordered), key=vietnamese_sort_key) == ordered


def test_tones_sort_second_in_dictionary_order():
    # no mark, huyền, hỏi, ngã, sắc, nặng (CLDR "vi"); the letters decide first: "mạ" < "man"
    ordered = ["ma", "mà", "mả", "mã", "má", "mạ", "man", "mát"]
    assert sorted(_shuffled(ordered), key=vietnamese_sort_key) == ordered
    assert sorted(["mạ a", "ma b"], key=vietnamese_sort_key) == ["mạ a", "ma b"]


def test_provinces_with_d_stroke_sort_after_d_not_after_v():
    names = ["Vĩnh Long", "Đồng Nai", "Điện Biên", "Đà Nẵng", "Đắk Lắk", "Cần Thơ", "Cao Bằng", "Cà Mau",
             "Gia Lai", "Dương Minh Châu", "Hải Phòng", "Hà Nội"]
    expected = ["Cà Mau", "Cao Bằng", "Cần Thơ", "Dương Minh Châu", "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Đồng Nai",
                "Gia Lai", "Hà Nội", "Hải Phòng", "Vĩnh Long"]
    assert sorted(names, key=vietnamese_sort_key) == expected
    assert sorted(names) != expected  # code-point order puts Đ after V: the reason for the key


def test_case_and_unicode_form_are_ignored():
    composed = "Đắk Lắk"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert vietnamese_sort_key(decomposed) == vietnamese_sort_key(composed) == vietnamese_sort_key("đắk lắk")


def test_numbers_sort_by_value_before_the_letters_and_other_characters_after_them():
    names = ["Khu 2", "Khu A", "Khu 10", "Khu", "Khu (mới)", "Khu 2b", "Khu 2 Bắc"]
    assert sorted(names, key=vietnamese_sort_key) == ["Khu", "Khu 2", "Khu 2 Bắc", "Khu 2b", "Khu 10", "Khu A",
                                                      "Khu (mới)"]


def test_readable_names():
    assert readable_name("habitat_area_per_zone") == "Habitat area per zone"
    assert readable_name("/data/out/habitat_area_per_zone.csv", is_file=True) == "Habitat area per zone"
    assert readable_name(r"C:\\data\\connectivity-indices.CSV", is_file=True) == "Connectivity indices"
    assert readable_name("current_flow") == "Current flow"
    assert readable_name("Vườn quốc gia Núi Chúa") == "Vườn quốc gia Núi Chúa"  # written for people: kept
    assert readable_name("TP. Hồ Chí Minh", is_file=True) == "TP. Hồ Chí Minh"
    assert readable_name("zones_18SVG") == "Zones 18SVG"
    assert readable_name("dPC_intra") == "dPC intra"  # a code's capitals are kept
    assert readable_name("dIIC") == "dIIC" and readable_name("areas") == "Areas"
    assert readable_name("") == ""
