"""Hostile logins on the real PostGIS server (issue 14, "The database must enforce it"): every case is tried
AS the real technician or reviewer login, with the real ``psql`` client, and must be refused by the database
itself, with nothing changed (rows, registry, tables, styles, reviews).

The set-up is what a province has after a week: tech1 pushed "Small" twice through the plugin (v1: 50 rows,
v2: 60 rows) and a reviewer accepted v1. tech2 is another technician.
"""

import os
import shutil
import subprocess
import threading
from dataclasses import dataclass

import pytest
from db_helpers import _login, install_schema, polygon_layer
from qgis.PyQt.QtGui import QColor

PSQL = shutil.which("psql") or "/usr/lib/postgresql/15/bin/psql"
DENIED = "42501"  # insufficient_privilege: "permission denied for …", "must be owner of …", our own refusals


@dataclass
class Login:
    name: str
    password: str


@dataclass
class Province:
    conn: object  # the administrator's Connection (superuser)
    tech1: Login
    tech2: Login
    reviewer: Login
    v1: object  # PushResult
    v2: object

    def database(self, login):
        from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase

        return PostgisDatabase(PgParams(self.conn.host, self.conn.port, self.conn.dbname, login.name,
                                        login.password))

    def psql(self, login, script):
        """Run ``script`` with the real psql as ``login`` (password through PGPASSWORD); (rc, stdout, stderr)."""
        env = dict(os.environ, PGHOST=self.conn.host, PGPORT=str(self.conn.port), PGDATABASE=self.conn.dbname,
                   PGUSER=login.name, PGPASSWORD=login.password, PGSSLMODE="disable", PGCONNECT_TIMEOUT="10")
        result = subprocess.run([PSQL, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                                input="\\set VERBOSITY verbose\n" + script, env=env, capture_output=True,
                                text=True, timeout=60)
        return result.returncode, result.stdout, result.stderr

    def refused(self, login, script, sqlstate=DENIED, text=None):
        """``script`` as ``login`` fails with ``sqlstate`` (and ``text``); returns the error output."""
        rc, out, err = self.psql(login, script)
        assert rc != 0, f"accepted as {login.name}: {script!r} → {out!r}"
        assert f"ERROR:  {sqlstate}:" in err, err
        if text:
            assert text in err, err
        return err

    def one(self, text, params=None):
        return self.conn.query(text, params)[0][0]

    def state(self):
        """Everything an attack could change: the data, registry, metadata, styles, reviews, tables."""
        return {
            "v1": self.conn.query('SELECT md5(string_agg(t::text, \'|\' ORDER BY bd_fid)), count(*) '
                                  'FROM bd_data."small_v1" t'),
            "v2": self.conn.query('SELECT md5(string_agg(t::text, \'|\' ORDER BY bd_fid)), count(*) '
                                  'FROM bd_data."small_v2" t'),
            "registry": self.conn.query("SELECT l::text FROM bd.layers l ORDER BY id"),
            "metadata": self.conn.query("SELECT m::text FROM public.qgis_layer_metadata m ORDER BY id"),
            "styles": self.conn.query("SELECT s::text FROM public.layer_styles s ORDER BY id"),
            "reviews": self.conn.query("SELECT r::text FROM bd.reviews r ORDER BY id"),
            "tables": self.conn.query("SELECT tablename FROM pg_tables WHERE schemaname = 'bd_data' ORDER BY 1"),
        }


def _request(title, **kw):
    from bd_qgis_plugin.db.model import PushRequest

    return PushRequest(title=title, theme="habitat", province="Khánh Hòa", **kw)


def _green(n):
    layer = polygon_layer(n=n)
    layer.renderer().symbol().setColor(QColor(12, 200, 34))
    return layer


@pytest.fixture
def province(qgis_app, postgis_db):
    conn = install_schema(postgis_db)
    tech1, tech2, reviewer = (Login(*_login(conn, role)) for role in ("bd_technician", "bd_technician",
                                                                     "bd_reviewer"))
    place = Province(conn, tech1, tech2, reviewer, None, None)
    as_tech1 = place.database(tech1)
    place.v1 = as_tech1.push(_green(50), _request("Small"))
    place.v2 = as_tech1.push(_green(60), _request("Small"))
    place.database(reviewer).review(place.v1.layer_id, "accepted", "ok")
    assert (place.v1.table_name, place.v2.table_name) == ("small_v1", "small_v2")
    return place


# -- a pushed version is immutable --------------------------------------------------------------------------
@pytest.mark.hostile("tech1 UPDATEs their own accepted version")
def test_update_of_own_accepted_version_is_refused(province):
    before = province.state()
    province.refused(province.tech1, "UPDATE bd_data.small_v1 SET \"tên\" = 'sửa';", text="permission denied")
    assert province.state() == before


@pytest.mark.hostile("tech1 DELETEs rows of their own accepted version")
def test_delete_from_own_accepted_version_is_refused(province):
    before = province.state()
    province.refused(province.tech1, "DELETE FROM bd_data.small_v1 WHERE bd_fid > 40;", text="permission denied")
    assert province.state() == before and province.one("SELECT count(*) FROM bd_data.small_v1") == 50


@pytest.mark.hostile("tech1 DROPs their own v2")
def test_drop_of_own_version_is_refused(province):
    before = province.state()
    province.refused(province.tech1, "DROP TABLE bd_data.small_v2;", text="must be owner")
    assert province.state() == before and province.one("SELECT count(*) FROM bd_data.small_v2") == 60


@pytest.mark.hostile("tech1 TRUNCATEs, ALTERs or re-GRANTs their own version")
def test_truncate_alter_grant_of_own_version_are_refused(province):
    before = province.state()
    for script in ("TRUNCATE bd_data.small_v1;", "ALTER TABLE bd_data.small_v1 ADD COLUMN x integer;",
                   "ALTER TABLE bd_data.small_v1 RENAME TO small_v9;",
                   "CREATE INDEX ON bd_data.small_v1 (bd_fid);"):
        province.refused(province.tech1, script)
    # a GRANT without the grant option only warns: it must not give tech2 anything
    province.psql(province.tech1, f"GRANT ALL ON bd_data.small_v1 TO {province.tech2.name};")
    assert not province.one("SELECT has_table_privilege(%s, 'bd_data.small_v1', 'INSERT, UPDATE, DELETE')",
                            (province.tech2.name,))
    assert province.state() == before


@pytest.mark.hostile("tech1 edits or deletes their own registry row, metadata and style")
def test_registry_metadata_and_style_of_own_push_are_immutable(province):
    before = province.state()
    for script in ("UPDATE bd.layers SET feature_count = 40 WHERE table_name = 'small_v1';",
                   "DELETE FROM bd.layers WHERE table_name = 'small_v2';",
                   "UPDATE bd.layers SET table_name = 'protected_areas', table_schema = 'bd';",
                   "UPDATE public.qgis_layer_metadata SET abstract = 'x' WHERE f_table_name = 'small_v1';",
                   "DELETE FROM public.qgis_layer_metadata;",
                   "UPDATE public.layer_styles SET styleqml = NULL WHERE f_table_name = 'small_v1';",
                   "DELETE FROM public.layer_styles;",
                   "DELETE FROM bd.reviews;"):
        province.refused(province.tech1, script)
    assert province.state() == before


# -- nobody creates tables in bd_data but the push ----------------------------------------------------------
@pytest.mark.hostile("another technician CREATE TABLE bd_data.small_v52")
def test_another_technician_cannot_create_a_version_table(province):
    before = province.state()
    for login in (province.tech2, province.tech1, province.reviewer):
        province.refused(login, "CREATE TABLE bd_data.small_v3 (bd_fid bigint);", text="permission denied")
        province.refused(login, "CREATE TABLE bd_data.small_v52 AS SELECT 1 AS bd_fid;", text="permission denied")
        province.refused(login, "CREATE VIEW bd_data.small_v4 AS SELECT 1 AS x;", text="permission denied")
    assert province.state() == before
    third = province.database(province.tech1).push(_green(7), _request("Small"))
    assert (third.version, third.table_name) == (3, "small_v3")


# -- another technician cannot write tech1's rows -----------------------------------------------------------
@pytest.mark.hostile("tech2 inserts a layer_styles row for tech1's table")
def test_another_technician_cannot_add_a_style(province):
    before = province.state()
    province.refused(province.tech2, (
        "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
        "stylename, styleqml, useasdefault) VALUES (current_database(), 'bd_data', 'small_v1', 'geom', 'evil', "
        "XMLPARSE(DOCUMENT '<qgis/>'), true);"), text="permission denied")
    assert province.state() == before


def _registry_row(province, login, version):
    """A registry row of tech1's layer "Small", at ``version``, pointing at bd.protected_areas, by ``login``."""
    return ("INSERT INTO bd.layers (layer_uid, version, title, slug, theme, kind, table_schema, table_name, "
            f"source_checksum, pushed_by) VALUES ('{province.v1.layer_uid}', {version}, 'Small', 'small', 'other', "
            f"'vector', 'bd', 'protected_areas', 'x', '{login.name}');")


@pytest.mark.hostile("tech2 inserts a registry row with tech1's layer_uid and version 50")
def test_another_technician_cannot_insert_a_registry_row(province):
    before = province.state()
    province.refused(province.tech2, _registry_row(province, province.tech2, 50), text="permission denied")
    assert province.state() == before
    assert province.database(province.tech1).push(_green(8), _request("Small")).version == 3


@pytest.mark.hostile("tech1 inserts a registry row of their own, bypassing the push")
def test_direct_registry_insert_bypassing_the_push_is_refused(province):
    before = province.state()
    province.refused(province.tech1, _registry_row(province, province.tech1, 3), text="permission denied")
    assert province.state() == before


@pytest.mark.hostile("tech2 inserts a 'submitted' review on tech1's accepted layer")
def test_another_technician_cannot_resubmit_an_accepted_layer(province):
    before = province.state()
    layer_id = province.v1.layer_id
    province.refused(province.tech2, f"INSERT INTO bd.reviews (layer_id, status, reviewer) VALUES ({layer_id}, "
                                     f"'submitted', '{province.tech2.name}');", text="permission denied")
    province.refused(province.tech2, f"SELECT bd.review({layer_id}, 'submitted', 'mine now');")
    assert province.state() == before
    assert province.database(province.tech2).layers("Small")[0]["status"] == "accepted"


@pytest.mark.hostile("a reviewer reviews their own push")
def test_a_reviewer_cannot_review_their_own_push(province):
    from bd_qgis_plugin.db.model import DatabaseError

    both = Login(*_login(province.conn, "bd_technician"))
    province.conn.query(f"GRANT bd_reviewer TO {both.name}")
    own = province.database(both).push(_green(5), _request("Own work"))
    before = province.state()
    with pytest.raises(DatabaseError, match="cannot accept or return a layer they pushed themselves"):
        province.database(both).review(own.layer_id, "accepted")
    province.refused(both, f"INSERT INTO bd.reviews (layer_id, status, reviewer) VALUES ({own.layer_id}, "
                           f"'accepted', '{both.name}');")
    province.refused(both, f"INSERT INTO bd.reviews (layer_id, status, reviewer) VALUES ({own.layer_id}, "
                           f"'accepted', '{province.reviewer.name}');")
    assert province.state() == before


@pytest.mark.hostile("a technician accepts, a reviewer edits a decision")
def test_decisions_are_for_reviewers_and_final(province):
    before = province.state()
    province.refused(province.tech2, f"SELECT bd.review({province.v2.layer_id}, 'accepted', 'fine');",
                     text="is not a reviewer")
    province.refused(province.reviewer, "UPDATE bd.reviews SET status = 'returned';")
    province.refused(province.reviewer, "DELETE FROM bd.reviews;")
    province.refused(province.reviewer, f"INSERT INTO bd.reviews (layer_id, status, reviewer) VALUES "
                                        f"({province.v2.layer_id}, 'accepted', '{province.tech1.name}');")
    assert province.state() == before


# -- the push path itself -----------------------------------------------------------------------------------
@pytest.mark.hostile("the push functions called with a hijacked search_path")
def test_security_definer_functions_resist_a_hijacked_search_path(province):
    before = province.state()
    layer_id = province.v1.layer_id
    # a temporary 'layers' table that says tech2 pushed v1, a temporary pg_has_role saying yes, search_path first
    err = province.refused(province.tech2, (
        "CREATE TEMP TABLE layers AS SELECT * FROM bd.layers;\n"
        f"UPDATE pg_temp.layers SET pushed_by = '{province.tech2.name}';\n"
        "CREATE TEMP TABLE reviews AS SELECT * FROM bd.reviews WHERE false;\n"
        "CREATE FUNCTION pg_temp.pg_has_role(name, text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true';\n"
        "SET search_path = pg_temp, bd, public;\n"
        f"SELECT review({layer_id}, 'submitted', 'hijacked');"))
    assert "cannot submit" in err, err
    assert province.state() == before
    # every SECURITY DEFINER function of the plugin pins its search_path, pg_temp last
    functions = province.conn.query(
        "SELECT p.proname, p.proconfig, pg_get_userbyid(p.proowner) FROM pg_proc p JOIN pg_namespace n "
        "ON n.oid = p.pronamespace WHERE n.nspname IN ('bd', 'bd_data') AND p.prosecdef ORDER BY 1")
    assert {name for name, _, _ in functions} >= {"begin_push", "create_push_table", "register_push", "push_metadata",
                                               "push_style", "review"}
    for name, config, owner in functions:
        assert config and "search_path=pg_catalog, bd, public, pg_temp" in config and owner == "bd_owner", (
            name, config, owner)


# a push begun by hand in psql: the version allocated, the table created, not registered
ORPHAN_BEGUN = (
    "BEGIN;\n"
    "SELECT version FROM bd.begin_push('Orphan', 'orphan');\n"
    "SELECT bd.create_push_table('orphan_v1', 'vector', '[[\"x\", \"integer\"]]', 'bd_fid', NULL, NULL, NULL);\n"
)


@pytest.mark.hostile("a push begun by hand and committed unfinished")
def test_an_unfinished_push_cannot_be_committed(province):
    before = province.state()
    err = province.refused(province.tech2, ORPHAN_BEGUN + "INSERT INTO bd_data.orphan_v1 VALUES (1, 1);\nCOMMIT;",
                           sqlstate="23514")
    assert "not finished" in err, err
    assert province.state() == before
    # and the table is not writable before the push is finished: only the pusher's INSERT
    province.refused(province.tech2, ORPHAN_BEGUN + "DROP TABLE bd_data.orphan_v1;", text="must be owner")
    assert province.state() == before


@pytest.mark.hostile("another's push finished, a table of one's choosing, a column type of one's choosing")
def test_the_push_functions_only_serve_ones_own_push(province):
    before = province.state()
    province.refused(province.tech2, "SELECT bd.register_push('small_v2', 'other', NULL, NULL, 'x', '[]');",
                     text="no push")
    province.refused(province.tech2, "SELECT bd.push_style('small_v1', 'evil', '<qgis/>', 'x');", text="no push")
    province.refused(province.tech2, "SELECT bd.push_metadata('small_v1', 'i', 't', 'a', NULL, NULL, 'EPSG:3405', "
                                     "'<qgis/>');", text="no push")
    province.refused(province.tech2, (
        "BEGIN;\nSELECT version FROM bd.begin_push('Small', 'small');\n"
        "SELECT bd.create_push_table('small_v1', 'vector', '[]', 'bd_fid', NULL, NULL, NULL);"), text="no push")
    province.refused(province.tech2, (
        "BEGIN;\nSELECT version FROM bd.begin_push('Evil', 'evil');\n"
        "SELECT bd.create_push_table('evil_v1', 'vector', '[[\"x\", \"integer); DROP TABLE bd.layers; --\"]]', "
        "'bd_fid', NULL, NULL, NULL);"), sqlstate="22023")
    province.refused(province.reviewer, "SELECT version FROM bd.begin_push('Reviewer push', 'reviewer_push');",
                     text="not a technician")
    assert province.state() == before


@pytest.mark.hostile("two parallel pushes 'Slugx!' and 'slugx 2' next to an existing 'Slugx'")
def test_parallel_pushes_of_similar_titles_get_distinct_tables(province):
    tech3 = Login(*_login(province.conn, "bd_technician"))
    province.database(province.tech1).push(_green(3), _request("Slugx"))
    results, errors = {}, []
    barrier = threading.Barrier(2)

    def push(login, title, n):
        database = province.database(login)
        layer = _green(n)
        barrier.wait()
        try:
            results[title] = database.push(layer, _request(title))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=push, args=args)
               for args in ((province.tech2, "Slugx!", 3000), (tech3, "slugx 2", 3100))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, [str(e) for e in errors]
    tables = {results["Slugx!"].table_name, results["slugx 2"].table_name}
    assert len(tables) == 2 and "slugx_v1" not in tables
    assert {row[0]: row[1] for row in province.conn.query(
        "SELECT table_name, feature_count FROM bd.layers WHERE title IN ('Slugx!', 'slugx 2')")} == {
        results["Slugx!"].table_name: 3000, results["slugx 2"].table_name: 3100}


@pytest.mark.hostile("a newer style row for a pushed table (admin or QGIS) does not replace the pushed one")
def test_the_registry_decides_which_style_a_version_gets(province):
    province.conn.query(
        "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
        "stylename, styleqml, useasdefault, owner) SELECT f_table_catalog, f_table_schema, f_table_name, "
        "f_geometry_column, 'later', replace(styleqml::text, '12,200,34', '200,12,34')::xml, true, "
        "%s FROM public.layer_styles WHERE f_table_name = 'small_v1'", (province.tech1.name,))
    database = province.database(province.reviewer)
    row = next(r for r in database.layers("Small") if r["version"] == 1)
    stored = database.qgis_layer(row)
    assert stored.isValid() and stored.renderer().symbol().color().name() == "#0cc822"


@pytest.mark.hostile("after every attack: tech1 pushes v3, the reviewer accepts, v1 and v2 stay loadable")
def test_after_the_attacks_the_previous_versions_stay_loadable(province):
    for login in (province.tech1, province.tech2):
        for script in ("DELETE FROM bd_data.small_v1;", "DROP TABLE bd_data.small_v2;",
                       "UPDATE bd.layers SET feature_count = 0;", "CREATE TABLE bd_data.small_v3 (x int);",
                       "INSERT INTO bd.reviews (layer_id, status) SELECT id, 'submitted' FROM bd.layers;"):
            province.psql(login, script)
    as_tech1, as_reviewer = province.database(province.tech1), province.database(province.reviewer)
    third = as_tech1.push(_green(9), _request("Small"))
    assert (third.version, third.table_name) == (3, "small_v3")
    as_reviewer.review(third.layer_id, "accepted", "tốt")
    rows = as_reviewer.layers("Small")
    assert [(r["version"], r["status"], r["feature_count"]) for r in rows] == [
        (1, "accepted", 50), (2, "submitted", 60), (3, "accepted", 9)]
    for row, count in zip(rows, (50, 60, 9)):
        layer = as_reviewer.qgis_layer(row)
        assert layer.isValid() and layer.featureCount() == count
        assert layer.renderer().symbol().color().name() == "#0cc822"


@pytest.mark.hostile("tech2 stores a map export in tech1's name")
def test_a_map_export_is_recorded_under_its_real_author(province):
    rc, _, err = province.psql(province.tech2, (
        "INSERT INTO bd.map_exports (title, layout_name, format, content, checksum, pushed_by, pushed_at) VALUES "
        f"('Small', 'A4', 'pdf', '\\x00', 'c', '{province.tech1.name}', '2000-01-01');"))
    assert rc == 0, err
    assert province.conn.query("SELECT pushed_by, pushed_at > now() - interval '1 hour' FROM bd.map_exports") == [
        (province.tech2.name, True)]


def _schema_before_the_rights(conn):
    """The schema as migrations 1 and 2 left it (what migrate() applied before 003)."""
    from bd_qgis_plugin.db.migrations import migrations

    connection = conn.connect()
    try:
        with connection, connection.cursor() as cur:
            cur.execute("CREATE SCHEMA bd")
            cur.execute("CREATE TABLE bd.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
                        "applied_at timestamptz NOT NULL DEFAULT now())")
            for version, name, text in migrations("postgis")[:2]:
                cur.execute(text)
                cur.execute("INSERT INTO bd.schema_migrations (version, name) VALUES (%s, %s)", (version, name))
            cur.execute("GRANT USAGE ON SCHEMA bd TO bd_technician, bd_reviewer")
            cur.execute("GRANT SELECT ON bd.schema_migrations TO bd_technician, bd_reviewer")
    finally:
        connection.close()


@pytest.mark.hostile("a version pushed before the upgrade (the technician's own table) is protected after it")
def test_versions_pushed_under_the_old_rights_are_protected_after_the_upgrade(qgis_app, postgis_db):
    from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase

    _schema_before_the_rights(postgis_db)
    tech1, tech2, reviewer = (Login(*_login(postgis_db, role)) for role in ("bd_technician", "bd_technician",
                                                                           "bd_reviewer"))
    place = Province(postgis_db, tech1, tech2, reviewer, None, None)
    # what a push wrote then, as the technician: their own table, the registry row, the style
    rc, _, err = place.psql(tech1, (
        "CREATE TABLE bd_data.old_v1 (bd_fid bigint PRIMARY KEY, n integer);\n"
        "INSERT INTO bd_data.old_v1 SELECT i, i FROM generate_series(1, 3) i;\n"
        "GRANT SELECT ON bd_data.old_v1 TO bd_technician, bd_reviewer;\n"
        "INSERT INTO bd.layers (layer_uid, version, title, slug, theme, kind, table_schema, table_name, "
        "feature_count, source_checksum) VALUES (gen_random_uuid(), 1, 'Old', 'old', 'other', 'table', 'bd_data', "
        "'old_v1', 3, 'c');\n"
        "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, stylename, styleqml, "
        "useasdefault, description) VALUES (current_database(), 'bd_data', 'old_v1', 'Old', '<qgis/>', true, "
        "'bd_qgis_plugin push');"))
    assert rc == 0, err
    rc, _, err = place.psql(tech2, (  # and a later style from another technician, as was possible then
        "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, stylename, styleqml, "
        "useasdefault, description) VALUES (current_database(), 'bd_data', 'old_v1', 'Evil', '<qgis/>', true, "
        "'bd_qgis_plugin push');"))
    assert rc == 0, err
    PostgisDatabase(PgParams(postgis_db.host, postgis_db.port, postgis_db.dbname, postgis_db.user,
                             postgis_db.password)).ensure_schema()

    assert place.one("SELECT tableowner FROM pg_tables WHERE tablename = 'old_v1'") == "bd_owner"
    for script in ("UPDATE bd_data.old_v1 SET n = 0;", "DELETE FROM bd_data.old_v1;", "DROP TABLE bd_data.old_v1;",
                   "DELETE FROM bd.layers;", "DELETE FROM public.layer_styles;"):
        place.refused(tech1, script)
    assert place.one("SELECT count(*) FROM bd_data.old_v1") == 3
    assert place.one("SELECT s.stylename FROM bd.layers l JOIN public.layer_styles s ON s.id = l.style_id") == "Old"
    database = place.database(tech1)
    again = database.push(polygon_layer(n=2), _request("Old"))
    assert (again.version, again.table_name) == (2, "old_v2")
    rows = place.database(reviewer).layers("Old")
    assert [place.database(reviewer).qgis_layer(row).featureCount() for row in rows] == [3, 2]
