"""Hostile input for the database: secrets, the push queue, the exit code of a push that stored nothing, names
the databases would refuse or mangle, broken GeoPackage files, staging left behind by a kill, NUL in lineage
(issue: every bad input gets a clear answer; no secret reaches disk; only what can succeed later is queued).

Each case on real files, the real GeoPackage backend, and the real PostGIS server where it is about PostGIS."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from db_helpers import _authcfg, _login, install_schema, polygon_layer
from helpers import run_qgis_process, training_polygons
from qgis.core import QgsProcessingException, QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]
LONG_A = "a" * 63 + "_alpha"  # 69 bytes
LONG_B = "a" * 63 + "_beta"  # 68 bytes: the same first 63 bytes as LONG_A
SEVENTY = "chieu_dai_ten_truong_rat_dai_de_kiem_tra_gioi_han_cua_postgresql_abcd"  # 70 characters


def _request(title, **kwargs):
    from bd_qgis_plugin.db.model import PushRequest

    return PushRequest(title=title, theme="habitat", province="Lâm Đồng", **kwargs)


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _gone_server(user="tech_gone", password="not-used"):
    """A PostGIS target whose server is gone (nothing listens on its port), opened through an authcfg."""
    from bd_qgis_plugin.db.connections import open_database

    return open_database({"host": "127.0.0.1", "port": _free_port(), "dbname": "bd", "sslmode": "disable",
                          "authcfg": _authcfg(user, password)}, migrate=False)


def _open(conn, authcfg):
    from bd_qgis_plugin.db.connections import open_database

    return open_database({"host": conn.host, "port": conn.port, "dbname": conn.dbname, "authcfg": authcfg,
                          "sslmode": "disable"})


def _files_containing(folder, secret):
    found = []
    for path in Path(folder).rglob("*"):
        if path.is_file() and secret.encode() in path.read_bytes():
            found.append(str(path))
    return found


def _columns(conn, table):
    return [name for (name,) in conn.query(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'bd_data' AND table_name = %s "
        "ORDER BY ordinal_position", (table,))]


def _gpkg(tmp_path, name="bd.gpkg"):
    from bd_qgis_plugin.db.geopackage import GeopackageDatabase

    database = GeopackageDatabase(str(tmp_path / name), user="tech")
    database.ensure_schema()
    return database


def _assert_clear(exc, *words):
    """A translated template of ours (with the file named), never the bare driver text."""
    text = str(exc)
    for word in words:
        assert word in text, text
    assert "Traceback" not in text
    assert text.strip() not in ("database disk image is malformed", "file is not a database", "database is locked")


# -- passwords -----------------------------------------------------------------------------------------------
@pytest.mark.hostile("a failed push from a layer whose URI carries a password: no password on disk")
def test_a_failed_push_from_a_layer_with_a_password_in_its_uri_leaves_no_password_on_disk(qgis_app, postgis_db,
                                                                                         tmp_path):
    from qgis.core import QgsApplication

    from bd_qgis_plugin.db.push import push_layers
    from bd_qgis_plugin.db.queue import PushQueue

    postgis_db.query("CREATE TABLE public.source_habitat (id serial PRIMARY KEY, name text, "
                     "geom geometry(MultiPolygon, 3405))")
    postgis_db.query("INSERT INTO public.source_habitat (name, geom) VALUES ('rừng', ST_Multi(ST_GeomFromText("
                     "'POLYGON((500000 1200000,500100 1200000,500100 1200100,500000 1200000))', 3405)))")
    layer = QgsVectorLayer(postgis_db.uri() + ' key=\'id\' srid=3405 type=MultiPolygon table="public".'
                           '"source_habitat" (geom)', "from the server", "postgres")
    assert layer.isValid() and postgis_db.password in layer.source()
    queue = PushQueue(str(tmp_path / "profile" / "push_queue.json"))
    report = push_layers(_gone_server(), [(layer, _request("Rừng từ máy chủ"))], queue)
    assert report[0][1] is None and "Cannot reach" in report[0][2]
    assert len(queue.items()) == 1  # a server that is gone: kept to be resumed
    assert postgis_db.password not in (tmp_path / "profile" / "push_queue.json").read_text(encoding="utf-8")
    assert _files_containing(tmp_path, postgis_db.password) == []
    assert _files_containing(QgsApplication.qgisSettingsDirPath(), postgis_db.password) == []
    assert postgis_db.password not in report[0][2]
    # the queued copy still pushes once the database is back
    layer_again = PushQueue.layer_of(queue.items()[0])
    assert layer_again.isValid() and layer_again.featureCount() == 1


@pytest.mark.hostile("an error text that quotes a URI with a password is queued without it")
def test_a_password_inside_an_error_text_is_not_queued(qgis_app, tmp_path):
    from bd_qgis_plugin.db.queue import PushQueue

    queue = PushQueue(str(tmp_path / "push_queue.json"))
    item = queue.add(polygon_layer(n=1), _request("Lớp"), str(tmp_path / "bd.gpkg"))
    queue.mark_failed(item, "could not open dbname='x' host=h user='u' password='s3cr3t-Pw' sslmode=disable: "
                            "postgres://u:s3cr3t-Pw@h/x is gone")
    text = (tmp_path / "push_queue.json").read_text(encoding="utf-8")
    assert "s3cr3t-Pw" not in text and "is gone" in text


# -- the queue -----------------------------------------------------------------------------------------------
@pytest.mark.hostile("a reviewer pushes: refused for good, not queued")
def test_a_reviewer_push_is_refused_and_not_queued(qgis_app, postgis_db, tmp_path):
    from bd_qgis_plugin.db.push import push_layers
    from bd_qgis_plugin.db.queue import PushQueue

    bd_db = install_schema(postgis_db)
    reviewer = _open(bd_db, _authcfg(*_login(bd_db, "bd_reviewer")))
    queue = PushQueue(str(tmp_path / "push_queue.json"))
    report = push_layers(reviewer, [(polygon_layer(n=2), _request("Của thẩm định viên"))], queue)
    assert report[0][1] is None and "permission denied" in report[0][2]
    assert queue.items() == []
    assert bd_db.query("SELECT count(*) FROM bd.layers")[0][0] == 0


@pytest.mark.hostile("the server is gone, the push retried three times: one queue item")
def test_retrying_a_push_to_a_server_that_is_gone_keeps_one_queue_item(qgis_app, tmp_path):
    from bd_qgis_plugin.db.push import push_layers
    from bd_qgis_plugin.db.queue import PushQueue

    queue = PushQueue(str(tmp_path / "push_queue.json"))
    database, layer = _gone_server(), polygon_layer(n=3)
    for _ in range(3):
        report = push_layers(database, [(layer, _request("Rừng ngập mặn"))], queue)
        assert report[0][1] is None and "Cannot reach" in report[0][2]
    items = queue.items()
    assert len(items) == 1 and items[0]["attempts"] == 3 and "Cannot reach" in items[0]["error"]
    assert len(list((tmp_path / "queued").glob("*.gpkg"))) == 1  # one kept copy of the memory layer


# -- exit code -----------------------------------------------------------------------------------------------
@pytest.mark.hostile("qgis_process push that stores nothing exits non-zero and says why")
def test_qgis_process_push_that_stores_nothing_exits_non_zero(qgis_app, tmp_path):
    source = training_polygons(tmp_path / "habitat.gpkg", [(3, (500000, 1200000, 500100, 1200100))])
    database = str(tmp_path / "province.gpkg")
    args = ["run", "bd:pushtodatabase", "--", f"LAYERS={source}", f"CONNECTION={database}", "TITLE=Sinh cảnh",
            "PROVINCE=Khánh Hòa"]
    first = run_qgis_process(tmp_path, *args)
    assert first.returncode == 0, first.stdout + first.stderr
    second = run_qgis_process(tmp_path, *args)
    output = second.stdout + second.stderr
    assert second.returncode != 0, output
    assert "already pushed as 'Sinh cảnh' version 1" in output and "Traceback" not in output
    nul = run_qgis_process(tmp_path, "run", "bd:pushtodatabase", "--", f"LAYERS={source}",
                           f"CONNECTION={database}", "TITLE=Khác", "ALLOW_DUPLICATE=true", "PROVINCE=Khánh Hòa",
                           'LINEAGE=[{"algorithm": "bd:x", "parameters": {"note": "a\\u0000b"}}]')
    assert nul.returncode != 0 and "NUL" in nul.stdout + nul.stderr
    con = sqlite3.connect(database)
    assert con.execute("SELECT count(*) FROM bd_layers").fetchone()[0] == 1
    con.close()


# -- names ---------------------------------------------------------------------------------------------------
@pytest.mark.hostile("two field names over 63 bytes with the same prefix (PostGIS)")
def test_two_long_field_names_with_the_same_prefix_push_shortened_and_said(qgis_app, postgis_db):
    from bd_qgis_plugin.db.checks import collect_facts, pre_push_checks
    from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase

    bd_db = install_schema(postgis_db)
    layer = polygon_layer(n=3, fields=((LONG_A, "String"), (LONG_B, "Int")))
    checks = pre_push_checks(collect_facts(layer, "Tên dài", with_checksum=False))
    renamed = [c for c in checks if c.code == "long_field_names"]
    assert renamed and renamed[0].severity == "warning"
    assert LONG_A in str(renamed[0].message) and LONG_B in str(renamed[0].message)
    database = PostgisDatabase(PgParams(bd_db.host, bd_db.port, bd_db.dbname, bd_db.user, bd_db.password))
    result = database.push(layer, _request("Tên dài"))
    columns = _columns(bd_db, result.table_name)
    long_columns = [c for c in columns if c.startswith("aaaa")]
    assert len(long_columns) == 2 and all(len(c.encode()) <= 63 for c in long_columns)
    assert long_columns[0] != long_columns[1]
    for column in long_columns:
        assert column in str(renamed[0].message)
    assert bd_db.query(f'SELECT "{long_columns[1]}" FROM bd_data."{result.table_name}" ORDER BY 1') == [(0,), (1,),
                                                                                                         (2,)]
    lineage = database.layers("Tên dài")[0]["lineage"]
    assert lineage[-1]["parameters"]["renamed_fields"] == dict(zip((LONG_A, LONG_B), long_columns))


@pytest.mark.hostile("a single 70-character field name: shortened deterministically, not silently truncated")
def test_a_seventy_character_field_name_is_shortened_the_same_way_on_both_backends(qgis_app, postgis_db, tmp_path):
    from bd_qgis_plugin.db.checks import collect_facts, pre_push_checks
    from bd_qgis_plugin.db.naming import stored_field_names
    from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase

    bd_db = install_schema(postgis_db)
    layer = polygon_layer(n=2, fields=((SEVENTY, "String"), ("loai", "Int")))
    short = stored_field_names([SEVENTY, "loai"])[0]
    assert short != SEVENTY[:63] and len(short.encode()) <= 63 and short == stored_field_names([SEVENTY])[0]
    message = str([c for c in pre_push_checks(collect_facts(layer, "Bảy mươi", with_checksum=False))
                   if c.code == "long_field_names"][0].message)
    assert SEVENTY in message and short in message
    database = PostgisDatabase(PgParams(bd_db.host, bd_db.port, bd_db.dbname, bd_db.user, bd_db.password))
    result = database.push(layer, _request("Bảy mươi"))
    assert short in _columns(bd_db, result.table_name)
    gpkg = _gpkg(tmp_path)
    stored = gpkg.push(layer, _request("Bảy mươi"))
    read = QgsVectorLayer(f"{gpkg.path}|layername={stored.table_name}", "back", "ogr")
    assert short in read.fields().names() and read.featureCount() == 2


@pytest.mark.hostile("GeoPackage: fields named geom and bd_fid")
def test_a_layer_with_fields_named_geom_and_bd_fid_pushes_to_the_geopackage(qgis_app, tmp_path):
    from bd_qgis_plugin.db.checks import collect_facts, pre_push_checks

    layer = polygon_layer(n=3, fields=(("geom", "String"), ("bd_fid", "String"), ("area_ha", "Double")))
    checks = pre_push_checks(collect_facts(layer, "Hình học", with_checksum=False))
    said = [c for c in checks if c.code == "key_columns"]
    assert said and "geom_2" in str(said[0].message) and "bd_fid_2" in str(said[0].message)
    database = _gpkg(tmp_path)
    result = database.push(layer, _request("Hình học"))
    read = QgsVectorLayer(f"{database.path}|layername={result.table_name}", "back", "ogr")
    assert read.isValid() and read.featureCount() == 3
    assert {"geom", "bd_fid", "area_ha"} <= set(read.fields().names())
    values = sorted((f["geom"], f["bd_fid"], f["area_ha"]) for f in read.getFeatures())
    assert values[0] == ("Rừng ngập mặn 'số' 0; DROP", "0", 1.0)
    assert database.layers("Hình học")[0]["geometry_column"] == "geom_2"
    assert all(f.hasGeometry() for f in read.getFeatures())


@pytest.mark.hostile("the title 'SQLite test': refused by a blocking check before a name is announced")
def test_a_title_giving_a_reserved_table_name_is_blocked_before_it_is_announced(bd_plugin, tmp_path):
    import processing

    from bd_qgis_plugin.core.errors import InputError
    from bd_qgis_plugin.db.checks import collect_facts, pre_push_checks

    layer = polygon_layer(n=2)
    checks = pre_push_checks(collect_facts(layer, "SQLite test", with_checksum=False))
    assert checks[0].severity == "blocking" and checks[0].code == "table_name_reserved"
    assert "sqlite_" in str(checks[0].message)
    assert "table_name" not in [c.code for c in checks]  # no name announced
    database = _gpkg(tmp_path)
    with pytest.raises(InputError, match="reserved"):
        database.push(layer, _request("SQLite test"))
    assert database.layers() == []
    with pytest.raises(QgsProcessingException, match="reserved"):
        processing.run("bd:pushtodatabase", {"LAYERS": [layer], "CONNECTION": database.path, "TITLE": "SQLite test",
                                             "PROVINCE": "Khánh Hòa"})


# -- broken GeoPackage databases -----------------------------------------------------------------------------
@pytest.mark.hostile("a truncated GeoPackage database")
def test_a_truncated_geopackage_gives_a_clear_error(qgis_app, tmp_path):
    from bd_qgis_plugin.db.connections import open_database
    from bd_qgis_plugin.db.model import DatabaseError

    database = _gpkg(tmp_path)
    database.push(polygon_layer(n=2000), _request("Lớn"))
    path = Path(database.path)
    path.write_bytes(path.read_bytes()[:path.stat().st_size // 2])
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path)).push(polygon_layer(n=2), _request("Nhỏ"))
    _assert_clear(caught.value, str(path), "damaged")


@pytest.mark.hostile("a file that is not a database, given as the GeoPackage")
def test_a_file_that_is_not_a_database_gives_a_clear_error(bd_plugin, tmp_path):
    import processing

    from bd_qgis_plugin.db.connections import open_database
    from bd_qgis_plugin.db.model import DatabaseError

    path = tmp_path / "notes.gpkg"
    path.write_text("Ghi chú thực địa, không phải cơ sở dữ liệu\n" * 100, encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    _assert_clear(caught.value, str(path), "not a GeoPackage database")
    with pytest.raises(QgsProcessingException, match="not a GeoPackage database"):
        processing.run("bd:pushtodatabase", {"LAYERS": [polygon_layer(n=1)], "CONNECTION": str(path),
                                             "PROVINCE": "Khánh Hòa"})
    assert path.read_text(encoding="utf-8").startswith("Ghi chú")  # left as it was


@pytest.mark.hostile("a GeoPackage in a folder that cannot be created or written, even by root")
@pytest.mark.parametrize("where", ["parent is a file", "/proc/sys"])
def test_a_geopackage_in_an_unwritable_place_gives_a_clear_error(qgis_app, tmp_path, where):
    from bd_qgis_plugin.db.connections import open_database
    from bd_qgis_plugin.db.model import DatabaseError

    if where == "/proc/sys":
        assert not os.access("/proc/sys", os.W_OK)
        path = "/proc/sys/bd_database.gpkg"
    else:
        (tmp_path / "a_file").write_text("x")
        path = str(tmp_path / "a_file" / "bd_database.gpkg")
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    _assert_clear(caught.value, path, "cannot be created")


@pytest.mark.hostile("a GeoPackage locked by another connection for longer than the timeout")
def test_a_geopackage_locked_longer_than_the_timeout_gives_a_clear_error_and_is_queued(qgis_app, tmp_path):
    from bd_qgis_plugin.db.model import DatabaseError
    from bd_qgis_plugin.db.push import push_layers
    from bd_qgis_plugin.db.queue import PushQueue

    database = _gpkg(tmp_path)
    database.timeout = 1.0
    other = sqlite3.connect(database.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseError) as caught:
            database.push(polygon_layer(n=2), _request("Bị khóa"))
        assert time.monotonic() - started < 30
        _assert_clear(caught.value, database.path, "another program")
        queue = PushQueue(str(tmp_path / "push_queue.json"))
        report = push_layers(database, [(polygon_layer(n=2), _request("Bị khóa"))], queue)
        assert report[0][1] is None and len(queue.items()) == 1  # a lock passes: kept to be resumed
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert database.layers() == []


# -- staging -------------------------------------------------------------------------------------------------
STAGING_CHILD = textwrap.dedent('''
    import os, sys, time
    sys.path.insert(0, os.environ["BD_ROOT"])
    from bd_qgis_plugin.db.staging import staging_folder
    with staging_folder() as folder:
        with open(os.path.join(folder, "staging.gpkg"), "wb") as fh:
            fh.write(os.urandom(6 << 20))
        print(folder, flush=True)
        time.sleep(600)
''')


@pytest.mark.hostile("a kill during GeoPackage staging: the staging folder is cleaned at the next push")
def test_staging_left_by_a_killed_push_is_cleaned_at_the_next_push(qgis_app, tmp_path, monkeypatch):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    env = dict(os.environ, TMPDIR=str(temporary), BD_ROOT=str(ROOT))
    children = [subprocess.Popen([sys.executable, "-c", STAGING_CHILD], stdout=subprocess.PIPE, text=True, env=env)
                for _ in range(2)]
    killed, alive = children
    try:
        folders = [Path(child.stdout.readline().strip()) for child in children]
        assert all(folder.is_dir() and folder.name.startswith("bd-push-") for folder in folders)
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=30)
        assert folders[0].is_dir()  # what a kill leaves behind
        database = _gpkg(tmp_path)
        database.push(polygon_layer(n=3), _request("Sau khi bị giết"))
        assert not folders[0].exists()  # cleaned at the next push
        assert folders[1].is_dir()  # another push still uses its own
        assert [p.name for p in temporary.iterdir()] == [folders[1].name]  # and this push left none
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait(timeout=30)


@pytest.mark.hostile("a GeoPackage push that fails in its transaction leaves no staging folder")
def test_a_failed_geopackage_push_leaves_no_staging_folder(qgis_app, tmp_path, monkeypatch):
    from bd_qgis_plugin.db.model import DatabaseError

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    database = _gpkg(tmp_path)
    con = sqlite3.connect(database.path)
    con.execute("CREATE TRIGGER fail_registry BEFORE INSERT ON bd_layers BEGIN SELECT RAISE(ABORT, 'boom'); END")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="boom"):
        database.push(polygon_layer(n=50), _request("Thất bại"))
    assert list(temporary.iterdir()) == []


# -- lineage -------------------------------------------------------------------------------------------------
@pytest.mark.hostile("lineage containing \\u0000: refused up front, not queued (PostGIS and GeoPackage)")
def test_a_lineage_with_nul_is_refused_up_front_and_not_queued(qgis_app, postgis_db, tmp_path):
    from bd_qgis_plugin.db.push import push_layers
    from bd_qgis_plugin.db.queue import PushQueue

    bd_db = install_schema(postgis_db)
    technician = _open(bd_db, _authcfg(*_login(bd_db, "bd_technician")))
    lineage = [{"algorithm": "bd:habitatclassification", "parameters": {"NOTE": "trước\u0000sau"}}]
    for database in (technician, _gpkg(tmp_path)):
        queue = PushQueue(str(tmp_path / f"{database.kind}_queue.json"))
        report = push_layers(database, [(polygon_layer(n=2), _request("Có NUL", lineage=lineage))], queue)
        assert report[0][1] is None and "NUL" in report[0][2] and "unsupported Unicode" not in report[0][2]
        assert queue.items() == []
    assert bd_db.query("SELECT count(*) FROM bd.layers")[0][0] == 0
    assert _gpkg(tmp_path).layers() == []
