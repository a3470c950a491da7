"""What both databases promise, on each of them (the embedded GeoPackage and a real PostgreSQL 15 + PostGIS 3.3
server): push → read back, versions, duplicate refusal, nothing left by a cancel or a failure, style,
metadata and review rows, map exports, protected areas. Backend-only behaviour stays in
test_database_postgis.py / test_database_geopackage.py (and test_database_roles.py)."""

import sqlite3

import numpy as np
import pytest
from db_helpers import X0, Y0, _login, paletted_class_raster, polygon_layer
from qgis.core import QgsLayerMetadata, QgsPalettedRasterRenderer
from qgis.PyQt.QtGui import QColor


class GeopackageBackend:
    kind = "geopackage"
    user = "tech"
    min_user_srid = 1  # GDAL numbers a user-defined CRS of a GeoPackage as it sees fit

    def __init__(self, tmp_path):
        from bd_qgis_plugin.db.geopackage import GeopackageDatabase

        self.database = GeopackageDatabase(str(tmp_path / "bd.gpkg"), user=self.user)
        self.database.ensure_schema()

    def query(self, text, params=()):
        con = sqlite3.connect(self.database.path)
        try:
            return con.execute(text, params).fetchall()
        finally:
            con.close()

    def data_tables(self):
        """The pushed tables: in the file, and in its GeoPackage bookkeeping."""
        names = {name for (name,) in self.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        names |= {name for (name,) in self.query("SELECT table_name FROM gpkg_contents")}
        return {name for name in names if not name.startswith(("gpkg", "rtree", "sqlite", "bd_"))
                and name not in ("qgis_layer_metadata", "layer_styles")}

    def registry_count(self):
        return self.query("SELECT count(*) FROM bd_layers")[0][0]

    def fail_registry_inserts(self):
        self.query("CREATE TRIGGER fail_registry BEFORE INSERT ON bd_layers BEGIN SELECT RAISE(ABORT, 'boom'); END")

    def other_login(self):
        """The same file opened by another person (another computer login): (database, name)."""
        from bd_qgis_plugin.db.geopackage import GeopackageDatabase

        return GeopackageDatabase(self.database.path, user="minh"), "minh"


class PostgisBackend:
    kind = "postgis"
    min_user_srid = 910001  # the plugin numbers the user-defined CRSs it adds from here

    def __init__(self, conn):
        from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase

        self.conn, self.user = conn, conn.user
        self.database = PostgisDatabase(PgParams(conn.host, conn.port, conn.dbname, conn.user, conn.password))
        self.database.ensure_schema()

    def query(self, text, params=None):
        return self.conn.query(text, params)

    def data_tables(self):
        return {name for (name,) in self.query("SELECT tablename FROM pg_tables WHERE schemaname = 'bd_data'")}

    def registry_count(self):
        return self.query("SELECT count(*) FROM bd.layers")[0][0]

    def fail_registry_inserts(self):
        self.query("CREATE FUNCTION public.fail_registry() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'boom'; END $$")
        self.query("CREATE TRIGGER fail_registry BEFORE INSERT ON bd.layers FOR EACH ROW EXECUTE FUNCTION "
                   "public.fail_registry()")

    def other_login(self):
        """A real login role that reviews and pushes (bd_reviewer and bd_technician): (database, name)."""
        from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase

        name, password = _login(self.conn, "bd_reviewer")
        self.query(f"GRANT bd_technician TO {name}")
        return PostgisDatabase(PgParams(self.conn.host, self.conn.port, self.conn.dbname, name, password)), name


@pytest.fixture(params=["geopackage", "postgis"])
def backend(request, qgis_app, tmp_path):
    if request.param == "postgis":
        return PostgisBackend(request.getfixturevalue("postgis_db"))
    return GeopackageBackend(tmp_path)


def _request(title, **kw):
    from bd_qgis_plugin.db.model import PushRequest

    return PushRequest(title=title, theme=kw.pop("theme", "habitat"), province="Khánh Hòa", **kw)


def _attributes(layer):
    return {f["select"]: (f["tên"], f.geometry().asWkt(3)) for f in layer.getFeatures()}


def test_migrations_run_once(backend):
    from bd_qgis_plugin.db.migrations import latest_version

    assert backend.database.schema_version() == latest_version(backend.kind)
    assert backend.database.migrate() == []  # nothing left to apply


@pytest.mark.parametrize("title, slug", [
    ("Rừng \"ngập\" mặn; DROP TABLE bd.layers; --'select'", "rung_ngap_man_drop_table_bd_layers_select"),
    ('Rừng "ngập" mặn; DROP TABLE bd_layers; --', "rung_ngap_man_drop_table_bd_layers")])
def test_push_vector_with_style_metadata_and_hostile_names(backend, title, slug):
    database = backend.database
    layer = polygon_layer(n=7)
    layer.renderer().symbol().setColor(QColor(12, 200, 34))
    metadata = QgsLayerMetadata()
    metadata.setAbstract("Rừng ngập mặn Cam Ranh")
    layer.setMetadata(metadata)
    result = database.push(layer, _request(title, lineage=[{"algorithm": "bd:habitatclassification",
                                                             "parameters": {"TREES": 200}}]))
    assert result.version == 1 and result.slug == slug and result.kind == "vector"
    assert result.table_name == result.slug + "_v1" and result.feature_count == 7 and not result.warnings
    row = database.layers(title)[0]
    assert row["status"] == "submitted" and row["lineage"][0]["parameters"]["TREES"] == 200
    assert row["pushed_by"] == backend.user and row["srid"] == 3405
    assert [r["status"] for r in database.reviews(row["id"])] == ["submitted"]

    stored = database.qgis_layer(row)
    assert stored.isValid(), stored.error().summary()
    assert stored.featureCount() == 7 and stored.crs().authid() == "EPSG:3405"
    assert _attributes(stored) == _attributes(layer)
    assert stored.renderer().symbol().color().name() == "#0cc822"
    # QGIS itself finds the style in layer_styles
    listed = stored.listStylesInDatabase()
    assert listed[0] >= 1, listed
    qmd = database.stored_metadata(row)
    assert "Rừng ngập mặn Cam Ranh" in qmd and row["layer_uid"] in qmd and title in qmd
    assert backend.registry_count() == 1  # the hostile title dropped nothing
    assert backend.data_tables() == {result.table_name}


def test_push_twice_gives_two_versions_and_duplicate_is_refused(backend):
    from bd_qgis_plugin.core.errors import Message
    from bd_qgis_plugin.db.model import DuplicateError

    database = backend.database
    first = database.push(polygon_layer(n=3), _request("Habitat 2025"))
    with pytest.raises(DuplicateError, match="already pushed as 'Habitat 2025' version 1"):
        database.push(polygon_layer(n=3), _request("Habitat 2025"))
    assert len(backend.data_tables()) == 1 and backend.registry_count() == 1
    second = database.push(polygon_layer(n=4), _request("Habitat 2025"))
    assert (first.version, second.version) == (1, 2) and first.layer_uid == second.layer_uid
    again = database.push(polygon_layer(n=4), _request("Habitat 2025", allow_duplicate=True))
    assert again.version == 3 and again.warnings == [
        Message("The same data was already pushed as '{title}' version {version}.", title="Habitat 2025", version=2)]
    rows = database.layers("Habitat 2025")
    assert [(r["version"], r["status"]) for r in rows] == [(1, "submitted"), (2, "submitted"), (3, "submitted")]
    assert database.qgis_layer(rows[0]).featureCount() == 3  # the previous version is intact
    assert database.qgis_layer(rows[1]).featureCount() == 4
    assert database.checksum_matches(second.checksum) == [("Habitat 2025", 2), ("Habitat 2025", 3)]


def test_slug_collision_gets_a_suffix(backend):
    a = backend.database.push(polygon_layer(n=2), _request("Đồng Nai"))
    b = backend.database.push(polygon_layer(n=3), _request("dong nai"))
    assert (a.slug, b.slug) == ("dong_nai", "dong_nai_2") and a.layer_uid != b.layer_uid


def test_push_without_review_records_none(backend):
    result = backend.database.push(polygon_layer(n=2), _request("Draft", submit=False))
    assert backend.database.reviews(result.layer_id) == []
    assert backend.database.layers("Draft")[0]["status"] is None


def test_review_loop_comment_in_history_and_no_own_push_offered(backend):
    """A return's comment and reviewer come back with the registry rows (what History shows); the Review list
    offers only what the current login may decide on, and says why when it holds nothing."""
    from bd_qgis_plugin.core.errors import Message
    from bd_qgis_plugin.db.model import DatabaseError

    database = backend.database
    mangrove = database.push(polygon_layer(n=2), _request("Rừng ngập mặn"))
    seagrass = database.push(polygon_layer(n=3), _request("Thảm cỏ biển"))
    rows, note = database.review_queue()  # the pusher: nothing to offer, and why
    assert rows == [] and note.template == database.ONLY_OWN_SUBMISSIONS
    assert f"The 2 submission(s) waiting were pushed by {backend.user}" in str(note)

    reviewer, name = backend.other_login()
    rows, note = reviewer.review_queue()
    assert [row["id"] for row in rows] == [mangrove.layer_id, seagrass.layer_id] and note is None
    reviewer.review(mangrove.layer_id, "returned", "Thiếu nguồn ảnh; 'lớp' -- DROP")
    reviewer.review(seagrass.layer_id, "accepted")
    history = {row["title"]: row for row in database.layers()}  # read by the technician
    assert {title: (row["status"], row["reviewed_by"], row["review_comment"]) for title, row in history.items()} == {
        "Rừng ngập mặn": ("returned", name, "Thiếu nguồn ảnh; 'lớp' -- DROP"), "Thảm cỏ biển": ("accepted", name, None)}
    assert history["Rừng ngập mặn"]["reviewed_at"] and history["Rừng ngập mặn"]["pushed_by"] == backend.user
    assert database.layers("Rừng ngập mặn")[0]["review_comment"] == "Thiếu nguồn ảnh; 'lớp' -- DROP"
    assert reviewer.review_queue() == ([], Message(database.NOTHING_TO_REVIEW))

    # a new version is only submitted: no reviewer, no comment yet; the returned version keeps its comment
    again = database.push(polygon_layer(n=4), _request("Rừng ngập mặn"))
    versions = database.layers("Rừng ngập mặn")
    assert [(row["version"], row["status"], row["reviewed_by"], row["review_comment"]) for row in versions] == [
        (1, "returned", name, "Thiếu nguồn ảnh; 'lớp' -- DROP"), (2, "submitted", None, None)]
    # the reviewer's own push is not offered to them, the technician's is; the technician is told about theirs
    own = reviewer.push(polygon_layer(n=5), _request("Rạn san hô"))
    rows, note = reviewer.review_queue()
    assert [row["id"] for row in rows] == [again.layer_id] and note.template == reviewer.SOME_OWN_SUBMISSIONS
    assert f"1 submission(s) pushed by {name} (you) are not listed" in str(note)
    rows, note = database.review_queue()
    assert [row["id"] for row in rows] == [own.layer_id] and note.params == {"count": 1, "user": backend.user}
    with pytest.raises(DatabaseError):  # the database still refuses it, offered or not
        reviewer.review(own.layer_id, "accepted", "my own")
    assert reviewer.layers("Rạn san hô")[0]["status"] == "submitted"


def test_push_raster_reads_back(backend, tmp_path):
    database = backend.database
    raster, data = paletted_class_raster(tmp_path / "classes.tif")
    result = database.push(raster, _request("Bản đồ sinh cảnh"))
    assert result.kind == "raster" and result.feature_count == 4  # 2 × 2 tiles of 256²
    assert result.table_name == "ban_do_sinh_canh_v1"
    stored = database.qgis_layer(database.layers("Bản đồ sinh cảnh")[0])
    assert stored.isValid(), stored.error().summary()
    assert (stored.width(), stored.height(), stored.bandCount()) == (280, 300, 1)
    assert isinstance(stored.renderer(), QgsPalettedRasterRenderer)  # the pushed style came back
    assert [c.label for c in stored.renderer().classes()][:2] == ["lớp 1", "lớp 2"]
    assert (stored.extent().xMinimum(), stored.extent().yMaximum()) == pytest.approx((X0, Y0))
    block = stored.dataProvider().block(1, stored.extent(), 280, 300)
    values = np.array([[block.value(r, c) for c in range(280)] for r in range(300)])
    valid = data != 0
    assert np.array_equal(values[valid], data[valid].astype(float))


def test_cancel_rolls_back(backend):
    from bd_qgis_plugin.core.errors import Cancelled

    seen = []
    with pytest.raises(Cancelled):
        backend.database.push(polygon_layer(n=4500), _request("Cancelled"), progress=seen.append,
                              cancelled=lambda: bool(seen))
    assert seen  # it was under way when cancelled
    assert backend.data_tables() == set() and backend.registry_count() == 0


def test_cancel_while_the_data_is_written_rolls_back(backend):
    from bd_qgis_plugin.core.errors import Cancelled
    from bd_qgis_plugin.db.backend import CHECKSUM_DONE

    seen = []
    with pytest.raises(Cancelled):
        backend.database.push(polygon_layer(n=4500), _request("Cancelled"), progress=seen.append,
                              cancelled=lambda: any(fraction > CHECKSUM_DONE for fraction in seen))
    assert backend.data_tables() == set() and backend.registry_count() == 0


def test_failed_push_leaves_nothing(backend):
    from bd_qgis_plugin.db.model import DatabaseError, PushRequest

    backend.fail_registry_inserts()
    with pytest.raises(DatabaseError, match="boom"):
        backend.database.push(polygon_layer(n=3), PushRequest(title="Broken"))
    assert backend.data_tables() == set() and backend.registry_count() == 0


def test_user_defined_tm3_crs_is_stored(backend):
    from qgis.core import QgsCoordinateReferenceSystem

    database = backend.database
    tm3 = QgsCoordinateReferenceSystem.fromProj(  # VN-2000 TM-3, Khánh Hòa (central meridian 108°15′)
        "+proj=tmerc +lat_0=0 +lon_0=108.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 "
        "+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 "
        "+units=m +no_defs")
    layer = polygon_layer(n=2)
    layer.setCrs(tm3)
    result = database.push(layer, _request("TM-3"))
    row = database.layers("TM-3")[0]
    assert row["srid"] >= backend.min_user_srid
    stored = database.qgis_layer(row)
    assert stored.isValid() and stored.featureCount() == 2
    assert "+lon_0=108.25" in stored.crs().toProj() and result.version == 1


def test_map_exports_and_protected_areas(backend, tmp_path):

    from bd_qgis_plugin.db.protected_areas import category_code, protected_area_records

    database = backend.database
    pdf = tmp_path / "Bản đồ sinh cảnh.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% tiny test file\n%%EOF\n")
    database.add_map_export(str(pdf), "A3 ngang — sinh cảnh", "Bản đồ sinh cảnh", "Khánh Hòa")
    exports = database.map_exports()
    assert [(e["title"], e["layout_name"], e["format"], e["size"], e["pushed_by"]) for e in exports] == [
        ("Bản đồ sinh cảnh", "A3 ngang — sinh cảnh", "pdf", pdf.stat().st_size, backend.user)]

    assert category_code("Vườn quốc gia") == "national_park"
    assert category_code("Khu bảo tồn loài – sinh cảnh") == "species_habitat_area"
    assert category_code("unknown") is None
    reserves = polygon_layer(name="reserves", n=2, fields=(("name_vi", "String"),))
    records = protected_area_records(reserves, "name_vi", None, default_category="nature_reserve")
    # 100 m × 100 m grid squares on the UTM central meridian (scale k0 = 0.9996): true area 1 / k0² ha
    assert [r["area_ha"] for r in records] == pytest.approx([1 / 0.9996 ** 2] * 2, abs=2e-4)
    assert database.import_protected_areas(records) == 2
    layer = database.protected_areas_layer()
    assert layer.isValid() and layer.featureCount() == 2 and layer.crs().authid() == "EPSG:4326"
    assert {f["category"] for f in layer.getFeatures()} == {"nature_reserve"}


def test_a_map_export_is_pushed_as_a_file_and_the_same_file_is_refused_twice(backend, tmp_path):
    """What the panel and bd:pushtodatabase push for a thematic map: the file's bytes, title, layout, province."""
    from bd_qgis_plugin.core.errors import InputError
    from bd_qgis_plugin.db.model import DuplicateError, MapExportRequest
    from bd_qgis_plugin.db.push import push_all, report_line

    database = backend.database
    pdf = tmp_path / "ban_do_sinh_canh.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    request = MapExportRequest(path=str(pdf), title="Bản đồ sinh cảnh 2016", layout_name="A3 ngang — sinh cảnh",
                               province="Khánh Hòa")
    report = push_all(database, [(polygon_layer(name="Sinh cảnh", n=3), _request("Sinh cảnh"))], [request])
    assert [(name, error) for name, _, error in report] == [("Sinh cảnh", None), ("Bản đồ sinh cảnh 2016", None)]
    result = report[1][1]
    assert (result.format, result.size) == ("pdf", pdf.stat().st_size)
    assert report_line(report[1]) == "Bản đồ sinh cảnh 2016: map saved in the database (PDF, 10 kB)."
    assert report_line(report[0]) == "Sinh cảnh: saved as version 1 (3 features, table sinh_canh_v1)."
    table = "bd_map_exports" if backend.kind == "geopackage" else "bd.map_exports"
    rows = backend.query(f"SELECT title, layout_name, format, province, content FROM {table}")
    assert [tuple(row[:4]) for row in rows] == [("Bản đồ sinh cảnh 2016", "A3 ngang — sinh cảnh", "pdf", "Khánh Hòa")]
    assert bytes(rows[0][4]) == pdf.read_bytes()
    # the same file again: refused, unless allowed (then said)
    with pytest.raises(DuplicateError, match="already pushed as 'Bản đồ sinh cảnh 2016'"):
        database.push_map_export(MapExportRequest(path=str(pdf), title="Lần nữa", province="Khánh Hòa"))
    again = database.push_map_export(MapExportRequest(path=str(pdf), title="Lần nữa", allow_duplicate=True))
    assert [str(w) for w in again.warnings] == ["The same map file was already pushed as 'Bản đồ sinh cảnh 2016'."]
    assert [e["layout_name"] for e in database.map_exports()] == ["A3 ngang — sinh cảnh", "ban_do_sinh_canh.pdf"]
    # a file that is not what its name says is refused before anything is stored
    fake = tmp_path / "not_a_map.pdf"
    fake.write_text("Ghi chú thực địa", encoding="utf-8")
    with pytest.raises(InputError, match="is not a PDF file"):
        database.push_map_export(MapExportRequest(path=str(fake), title="Giả"))
    assert len(database.map_exports()) == 2
