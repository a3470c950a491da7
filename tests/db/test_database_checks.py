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

    assert pre_push_checks(LayerFacts(title="habitat_2025", crs_name="EPSG:3405")) == []
    checks = pre_push_checks(LayerFacts(
        title="Sinh cảnh", crs_geographic=True, crs_name="EPSG:4756", invalid_geometries=3,
        field_names=("tên", "select", "ok"), metadata_problems=(("abstract", "Abstract element is required."),),
        already_pushed=(("Sinh cảnh", 2),)))
    graded = [(c.severity, c.code) for c in checks]
    assert graded == [(BLOCKING, "unprojected"), (BLOCKING, "invalid_geometry"), (WARNING, "table_name"),
                      (WARNING, "field_names"), (WARNING, "metadata"), (WARNING, "duplicate")]
    assert "sinh_canh_v<version>" in str(checks[2].message)
    assert "tên, select" in str(checks[3].message) and "version 2" in str(checks[5].message)
    # geographic CRS is fine for point data (no areas computed from it)
    assert pre_push_checks(LayerFacts(title="points", is_area_data=False, crs_geographic=True)) == []
    assert [c.code for c in pre_push_checks(LayerFacts(title="x", crs_valid=False))] == ["crs"]


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
    assert result["PUSHED"] == 2 and "1 layer(s) not pushed" in result["REPORT"]
    rows = GeopackageDatabase(path).layers()
    assert [(r["title"], r["theme"], r["reserve"], r["feature_count"]) for r in rows] == [
        ("Sinh cảnh A", "benthic", "Hòn Mun", 3), ("Sinh cảnh B", "benthic", "Hòn Mun", 4)]
    assert rows[0]["lineage"][0]["algorithm"] == "bd:habitatclassification"
