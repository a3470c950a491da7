"""Darwin Core Archives and survey CSVs read into records, with their checks."""

import pytest
from species_data import ROWS, make_dwca, make_survey

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.species.dwc import Duplicates, OccurrenceSource, clean_record, event_year, parse_coordinate


def _cleaned(path):
    with OccurrenceSource(path) as source:
        duplicates = Duplicates()
        return [clean_record(r, i, duplicates, source.label) for i, r in enumerate(source.records(), start=1)], \
            source.citation


def test_archive_rows_terms_defaults_and_citation(tmp_path):
    rows, citation = _cleaned(make_dwca(tmp_path / "dwca.zip"))
    assert citation == "Ban quản lý KBTTN Tà Kóu (2019). Khảo sát thực vật."
    values = [v for v, _ in rows]
    assert [v["gbifID"] for v in values] == ["1", "2", "3", "4"]
    assert values[0]["scientificName"] == "Taxus wallichiana Zucc." and values[0]["decimalLatitude"] == 10.8
    assert values[0]["countryCode"] == "VN"  # the meta.xml default
    assert [v["bd_flags"] for v in values] == ["", "", "duplicate", "zero_coordinates,outside_country"]
    assert values[2]["bd_duplicate_of"] == 2


def test_archive_with_quoted_fields_holding_line_breaks(tmp_path):
    rows = [list(r) for r in ROWS[:2]]
    rows[0][-1] = "dòng một\ndòng hai, có dấu phẩy"
    path = make_dwca(tmp_path / "quoted.zip", rows=rows, delimiter=",", quote='"')
    values = [v for v, _ in _cleaned(path)[0]]
    assert len(values) == 2 and values[1]["gbifID"] == "2"


def test_survey_csv_with_vietnamese_headers_and_bad_coordinates(tmp_path):
    rows, _ = _cleaned(make_survey(tmp_path / "survey.csv"))
    values = [v for v, _ in rows]
    assert values[0]["vernacularName"] == "Thông đỏ nam" and values[0]["recordedBy"] == "Nguyễn Văn Ánh"
    assert values[0]["decimalLatitude"] == pytest.approx(10.8012) and values[0]["year"] == 2019
    assert values[1]["decimalLatitude"] == pytest.approx(10.808333, abs=1e-6)  # 10°48'30"
    assert [v["bd_flags"] for v in values] == ["", "", "no_coordinates", "bad_coordinates", "duplicate",
                                               "bad_date,no_name", "no_coordinates", ""]
    assert values[4]["bd_duplicate_of"] == 1
    assert rows[2][1] is None and rows[0][1] == (pytest.approx(10.8012), pytest.approx(107.9034), False)


def test_a_zip_without_meta_xml_and_a_csv_without_names_are_refused(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "x.zip", "w") as archive:
        archive.writestr("data.txt", "a\tb\n")
        archive.writestr("more.txt", "a\tb\n")
    with pytest.raises(InputError, match="no meta.xml"):
        OccurrenceSource(str(tmp_path / "x.zip"))
    with zipfile.ZipFile(tmp_path / "simple.zip", "w") as archive:  # one table: read as GBIF's SIMPLE_CSV
        archive.writestr("0001.csv", "gbifID\tkingdom\n1\tPlantae\n")
    with pytest.raises(InputError, match="no scientificName"):
        list(OccurrenceSource(str(tmp_path / "simple.zip")).records())
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="no scientificName"):
        list(OccurrenceSource(str(tmp_path / "x.csv")).records())
    (tmp_path / "latin1.csv").write_bytes("scientificName,ten\nHopea,C\xe2y\n".encode("latin-1") * 10)
    with pytest.raises(InputError, match="not UTF-8"):
        OccurrenceSource(str(tmp_path / "latin1.csv"))


def test_coordinates_and_dates():
    assert parse_coordinate("106 45 30 E") == pytest.approx(106.758333, abs=1e-6)
    assert parse_coordinate("12°30' S") == pytest.approx(-12.5)
    assert parse_coordinate("-10,25") == -10.25 and parse_coordinate("x") is None
    assert event_year("2019-03/2019-04") == (2019, True)
    assert event_year("31/12/2020") == (2020, True)
    assert event_year("hôm qua") == (None, False)
