"""bd:pushtodatabase takes map exports (PDF/PNG) besides layers; Province and Database are choices, Lineage a
multi-line text (issue 15)."""

import sqlite3

import pytest
from db_helpers import map_export, polygon_layer
from qgis.core import QgsApplication, QgsProcessingException


def _rows(path, text):
    con = sqlite3.connect(path)
    try:
        return con.execute(text).fetchall()
    finally:
        con.close()


def test_a_pdf_map_export_is_pushed_with_its_layout_and_province(bd_plugin, tmp_path):
    import processing

    pdf = map_export(tmp_path / "ban_do_sinh_canh.pdf", layer=polygon_layer(n=3))
    database = str(tmp_path / "province.gpkg")
    result = processing.run("bd:pushtodatabase", {
        "MAP_EXPORTS": [pdf], "MAP_LAYOUT": "A3 ngang — sinh cảnh", "PROVINCE": "Khánh Hòa", "CONNECTION": database})
    assert result["PUSHED"] == 1
    assert result["REPORT"].startswith("ban_do_sinh_canh: map saved in the database (PDF, ")
    rows = _rows(database, "SELECT title, layout_name, format, province, content FROM bd_map_exports")
    assert [row[:4] for row in rows] == [("ban_do_sinh_canh", "A3 ngang — sinh cảnh", "pdf", "Khánh Hòa")]
    content = bytes(rows[0][4])
    assert content.startswith(b"%PDF-") and content == open(pdf, "rb").read() and len(content) > 1000
    assert _rows(database, "SELECT count(*) FROM bd_layers") == [(0,)]

    # a layer and a map in one run; the title goes with a single item only
    png = map_export(tmp_path / "ban_do.png", name="Hành lang")
    both = processing.run("bd:pushtodatabase", {
        "LAYERS": [polygon_layer(name="Sinh cảnh", n=2)], "MAP_EXPORTS": [png], "PROVINCE": "Khánh Hòa",
        "CONNECTION": database, "THEME": 2})
    assert both["PUSHED"] == 2 and both["REPORT"].splitlines()[0] == (
        "Sinh cảnh: saved as version 1 (2 features, table sinh_canh_v1).")
    assert _rows(database, "SELECT title, format FROM bd_map_exports ORDER BY id")[1] == ("ban_do", "png")
    assert _rows(database, "SELECT theme FROM bd_layers") == [("corridor",)]
    with pytest.raises(QgsProcessingException, match="one layer or one map"):
        processing.run("bd:pushtodatabase", {"LAYERS": [polygon_layer(n=1)], "MAP_EXPORTS": [pdf], "TITLE": "x",
                                             "PROVINCE": "Khánh Hòa", "CONNECTION": database})

    # the same file again is refused, and nothing is stored; a file that is no PDF is refused before the push
    with pytest.raises(QgsProcessingException, match="already pushed as 'ban_do_sinh_canh'"):
        processing.run("bd:pushtodatabase", {"MAP_EXPORTS": [pdf], "PROVINCE": "Khánh Hòa", "CONNECTION": database})
    fake = tmp_path / "ghi_chu.pdf"
    fake.write_text("Ghi chú thực địa", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="is not a PDF file"):
        processing.run("bd:pushtodatabase", {"MAP_EXPORTS": [str(fake)], "PROVINCE": "Khánh Hòa",
                                             "CONNECTION": database})
    assert _rows(database, "SELECT count(*) FROM bd_map_exports") == [(2,)]
    with pytest.raises(QgsProcessingException, match="at least one layer or map export"):
        processing.run("bd:pushtodatabase", {"PROVINCE": "Khánh Hòa", "CONNECTION": database})


def test_province_database_and_lineage_are_choices_and_text_with_help(bd_plugin):
    from bd_qgis_plugin.core.provinces import current_provinces
    from bd_qgis_plugin.db.connections import saved_postgres_connections

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("bd:pushtodatabase")
    province = algorithm.parameterDefinition("PROVINCE")
    assert province.type() == "enum" and province.usesStaticStrings() and province.defaultValue() is None
    names = province.options()
    assert names == [p.name_vi for p in current_provinces()]  # the dock's list, in its order
    # Vietnamese order: Đ is a letter after D (not after V, as a code-point sort puts it)
    d_names = [i for i, name in enumerate(names) if name.startswith("Đ")]
    assert d_names and max(i for i, n in enumerate(names) if n[0] in "ABC") < min(d_names)
    assert max(d_names) < min(i for i, n in enumerate(names) if n[0] in "EGHKLNPQST")
    assert names.index("Cà Mau") < names.index("Cao Bằng") < names.index("Cần Thơ")
    database = algorithm.parameterDefinition("CONNECTION")
    assert database.type() == "enum" and database.options()[0] == "Embedded GeoPackage (default)"
    assert database.defaultValue() == "Embedded GeoPackage (default)"
    assert database.options()[1:1 + len(saved_postgres_connections())] == saved_postgres_connections()
    lineage = algorithm.parameterDefinition("LINEAGE")
    assert lineage.multiLine() and "bd:habitatclassification" in lineage.help()
    assert "PROVINCE" not in [d.name() for d in algorithm.parameterDefinitions() if d.flags() & d.FlagOptional]


def test_province_from_scripts_no_default_and_clear_refusals(bd_plugin, tmp_path):
    import processing

    database = str(tmp_path / "province.gpkg")
    # a script may name the province as people type it: resolved to the list's name
    result = processing.run("bd:pushtodatabase", {"LAYERS": [polygon_layer(name="A", n=1)], "PROVINCE": "Khanh Hoa",
                                                  "CONNECTION": database})
    assert result["PUSHED"] == 1 and _rows(database, "SELECT province FROM bd_layers") == [("Khánh Hòa",)]
    with pytest.raises(QgsProcessingException, match="No province chosen"):
        processing.run("bd:pushtodatabase", {"LAYERS": [polygon_layer(name="B", n=1)], "CONNECTION": database})
    with pytest.raises(QgsProcessingException, match="not a province of the list"):
        processing.run("bd:pushtodatabase", {"LAYERS": [polygon_layer(name="C", n=1)], "PROVINCE": "Atlantis",
                                             "CONNECTION": database})
    assert _rows(database, "SELECT count(*) FROM bd_layers") == [(1,)]
