"""Pre-push checks: a pure function of layer facts, graded blocking / warning; slugs."""

from db_helpers import polygon_layer
from qgis.core import QgsLayerMetadata


def test_slugs_are_deterministic_and_safe():
    from bd_qgis_plugin.db.naming import slugify, unique_slug

    assert slugify("Rừng ngập mặn Đầm Môn") == "rung_ngap_man_dam_mon"
    assert slugify('x"; DROP TABLE bd.layers; --') == "x_drop_table_bd_layers"
    assert slugify("select") == "select_layer" and slugify("2025 habitat") == "l_2025_habitat"
    assert slugify("¿?") == "layer" and len(slugify("a" * 200)) == 48
    assert unique_slug("Đồng Nai", {"dong_nai": "dong nai"}) == "dong_nai_2"
    assert unique_slug("Đồng Nai", {"dong_nai": "Đồng Nai"}) == "dong_nai"
    assert unique_slug("Đồng Nai", {"dong_nai": "x", "dong_nai_2": "y"}) == "dong_nai_3"


def test_checks_grade_by_severity():
    from bd_qgis_plugin.db.checks import BLOCKING, WARNING, LayerFacts, pre_push_checks

    assert pre_push_checks(LayerFacts(title="habitat_2025", crs_name="EPSG:3405", province="Khánh Hòa")) == []
    checks = pre_push_checks(LayerFacts(
        title="Sinh cảnh", province="Khánh Hòa", crs_geographic=True, crs_name="EPSG:4756", invalid_geometries=3,
        field_names=("tên", "select", "ok"), metadata_problems=(("abstract", "Abstract element is required."),),
        already_pushed=(("Sinh cảnh", 2),)))
    graded = [(c.severity, c.code) for c in checks]
    assert graded == [(BLOCKING, "unprojected"), (BLOCKING, "invalid_geometry"), (WARNING, "table_name"),
                      (WARNING, "field_names"), (WARNING, "metadata"), (WARNING, "duplicate")]
    assert "sinh_canh_v<version>" in str(checks[2].message)
    assert "tên, select" in str(checks[3].message) and "version 2" in str(checks[5].message)
    # geographic CRS is fine for point data (no areas computed from it)
    assert pre_push_checks(LayerFacts(title="points", province="Huế", is_area_data=False, crs_geographic=True)) == []
    assert [c.code for c in pre_push_checks(LayerFacts(title="x", province="Huế", crs_valid=False))] == ["crs"]


def test_the_province_must_be_chosen_and_the_crs_be_its_zone():
    from bd_qgis_plugin.db.checks import BLOCKING, WARNING, LayerFacts, pre_push_checks, province_zones, tm3_meridian

    def graded(**facts):
        return [(c.severity, c.code) for c in pre_push_checks(LayerFacts(title="habitat", **facts))]

    assert graded() == [(BLOCKING, "province")]  # nothing chosen: no silent An Giang
    assert graded(province="  ") == [(BLOCKING, "province")]
    assert graded(province="Atlantis", province_zones=None) == [(BLOCKING, "province_unknown")]
    khanh_hoa = province_zones("Khánh Hòa")
    assert khanh_hoa[0][1] == 9217 and khanh_hoa[0][2] == 108.25  # EPSG:9217, VN-2000 / TM-3 108°15′
    ninh_thuan = province_zones("Ninh Thuận")  # a former province keeps its own zone (108°15′ as well)
    assert province_zones("Atlantis") is None
    # the layer of the report: in UTM 18N, the push metadata said An Giang and Check said nothing
    checks = pre_push_checks(LayerFacts(title="habitat", province="Khánh Hòa", province_zones=khanh_hoa,
                                        crs_name="EPSG:32618 - WGS 84 / UTM zone 18N", crs_authid="EPSG:32618"))
    assert [(c.severity, c.code) for c in checks] == [(WARNING, "province_zone")]
    assert "UTM zone 18N" in str(checks[0].message) and "108°15′" in str(checks[0].message)
    assert "EPSG:9217" in str(checks[0].message)
    assert graded(province="Khánh Hòa", province_zones=khanh_hoa, crs_authid="EPSG:9217") == []
    # a user CRS of the zone (built from its PROJ definition) is the zone too
    proj = "+proj=tmerc +lat_0=0 +lon_0=108.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs"
    assert tm3_meridian(proj) == 108.25 and tm3_meridian(proj.replace("0.9999", "0.9996")) is None
    assert graded(province="Khánh Hòa", province_zones=khanh_hoa, crs_authid="USER:100001",
                  crs_tm3_meridian=108.25) == []
    assert ninh_thuan and graded(province="Khánh Hòa", province_zones=khanh_hoa, crs_authid="EPSG:3405") == [
        (WARNING, "province_zone")]
    # no check on the zone without a CRS (that one is blocking already)
    assert graded(province="Khánh Hòa", province_zones=khanh_hoa, crs_valid=False) == [(BLOCKING, "crs")]


def test_collect_facts_reads_the_province_zone(qgis_app):
    from bd_qgis_plugin.db.checks import collect_facts, pre_push_checks

    def codes(crs, province="Khánh Hòa"):
        layer = polygon_layer(n=1, crs=crs) if crs else polygon_layer(n=1)
        return {c.code for c in pre_push_checks(collect_facts(layer, "habitat", with_checksum=False,
                                                              province=province))}

    assert "province_zone" in codes("EPSG:32618")
    assert not {"province_zone", "province"} & codes("EPSG:9217", "khanh hoa")  # names without diacritics too
    assert "province" in codes(None, "")


def test_collect_facts_from_a_real_layer(qgis_app, tmp_path):
    from bd_qgis_plugin.db.checks import collect_facts, pre_push_checks
    from bd_qgis_plugin.db.geopackage import GeopackageDatabase
    from bd_qgis_plugin.db.model import PushRequest

    database = GeopackageDatabase(str(tmp_path / "bd.gpkg"), user="t")
    database.ensure_schema()
    layer = polygon_layer(n=3, crs="EPSG:4756")
    bowtie = next(layer.getFeatures())
    from qgis.core import QgsGeometry

    layer.dataProvider().changeGeometryValues({bowtie.id(): QgsGeometry.fromWkt(
        "MULTIPOLYGON(((0 0, 1 1, 1 0, 0 1, 0 0)))")})
    facts = collect_facts(layer, "Rừng", database)
    assert facts.crs_geographic and facts.invalid_geometries == 1 and facts.metadata_problems
    assert facts.already_pushed == ()
    good = polygon_layer(n=2)
    metadata = QgsLayerMetadata()
    metadata.setIdentifier("x")
    database.push(good, PushRequest(title="Rừng 2"))
    facts = collect_facts(good, "Rừng 2", database, metadata=metadata)
    assert facts.already_pushed == (("Rừng 2", 1),)
    assert "duplicate" in [c.code for c in pre_push_checks(facts)]


def test_pushtodatabase_algorithm(bd_plugin, tmp_path):
    import processing

    from bd_qgis_plugin.db.geopackage import GeopackageDatabase

    path = str(tmp_path / "province.gpkg")
    unprojected = polygon_layer(name="unprojected", n=2, crs="EPSG:4326")
    result = processing.run("bd:pushtodatabase", {
        "LAYERS": [polygon_layer(name="Sinh cảnh A", n=3), polygon_layer(name="Sinh cảnh B", n=4), unprojected],
        "THEME": 1, "PROVINCE": "Khánh Hòa", "RESERVE": "Hòn Mun", "CONNECTION": path,
        "LINEAGE": '[{"algorithm": "bd:habitatclassification", "parameters": {"TREES": 100}}]'})
    assert result["PUSHED"] == 2 and "1 layer(s) or map(s) not pushed" in result["REPORT"]
    rows = GeopackageDatabase(path).layers()
    assert [(r["title"], r["theme"], r["reserve"], r["feature_count"]) for r in rows] == [
        ("Sinh cảnh A", "benthic", "Hòn Mun", 3), ("Sinh cảnh B", "benthic", "Hòn Mun", 4)]
    assert rows[0]["lineage"][0]["algorithm"] == "bd:habitatclassification"


def test_pushtodatabase_needs_a_province(bd_plugin, tmp_path):
    import processing
    import pytest
    from qgis.core import QgsProcessingException

    from bd_qgis_plugin.db.geopackage import GeopackageDatabase

    path = str(tmp_path / "bd.gpkg")
    for province in ({}, {"PROVINCE": ""}):  # no silent default: nothing is stored
        with pytest.raises(QgsProcessingException, match="PROVINCE|No province chosen"):
            processing.run("bd:pushtodatabase", {"LAYERS": [polygon_layer(n=1)], "CONNECTION": path, **province})
    with pytest.raises(QgsProcessingException, match="not a province of the list"):
        processing.run("bd:pushtodatabase", {"LAYERS": [polygon_layer(n=1)], "CONNECTION": path,
                                             "PROVINCE": "Atlantis"})
    assert not tmp_path.joinpath("bd.gpkg").exists() or GeopackageDatabase(path).layers() == []


def test_metadata_checks_say_what_is_missing_in_words_not_the_validators_text(qgis_app):
    """QGIS' validator says "abstract: Abstract element is required.; links: …": the check names the missing
    parts once each, in words, and stays a warning."""
    from bd_qgis_plugin.db.checks import WARNING, collect_facts, pre_push_checks

    facts = collect_facts(polygon_layer(n=1), "Sinh cảnh", metadata=QgsLayerMetadata(), with_checksum=False,
                          province="Khánh Hòa")
    assert {section for section, _ in facts.metadata_problems} >= {"abstract", "contacts", "links", "license"}
    metadata = [c for c in pre_push_checks(facts) if c.code == "metadata"]
    assert len(metadata) == 1 and metadata[0].severity == WARNING
    text = str(metadata[0].message)
    assert text.startswith("The metadata lack an identifier, a language, a resource type, a title, an abstract "
                           "(what the layer shows, from which data, when), a contact")
    assert "element is required" not in text and "abstract:" not in text and text.count("a link") == 1
    # each part is translated with the template (a stand-in translator for two of them)
    words = {metadata[0].message.template: "Siêu dữ liệu còn thiếu: {missing}.",
             "a contact (who answers questions on the layer)": "người liên hệ"}
    shown = metadata[0].message.translated(lambda text: words.get(text, text))
    assert shown.startswith("Siêu dữ liệu còn thiếu: an identifier, a language") and ", người liên hệ, " in shown


def test_map_export_checks_grade_like_layer_checks(tmp_path):
    from bd_qgis_plugin.db.checks import BLOCKING, WARNING, map_export_checks

    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    assert map_export_checks("Bản đồ sinh cảnh", str(pdf), "Khánh Hòa") == []
    graded = map_export_checks("", str(tmp_path / "gone.png"), "", already_pushed=(("Bản đồ cũ", 3),))
    assert [(c.severity, c.code) for c in graded] == [(BLOCKING, "map_title"), (BLOCKING, "map_file"),
                                                      (BLOCKING, "province"), (WARNING, "map_duplicate")]
    assert "gone.png' does not exist" in str(graded[1].message) and "'Bản đồ cũ'" in str(graded[3].message)
    text = tmp_path / "notes.txt"
    text.write_text("x", encoding="utf-8")
    png_named = tmp_path / "really_a_pdf.png"
    png_named.write_bytes(pdf.read_bytes())
    assert "is not a PDF or PNG map" in str(map_export_checks("x", str(text), "Huế")[0].message)
    assert "is not a PNG file" in str(map_export_checks("x", str(png_named), "Huế")[0].message)
    assert [c.code for c in map_export_checks("x", str(pdf), "Atlantis")] == ["province_unknown"]
