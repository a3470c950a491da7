"""The throwaway PostgreSQL + PostGIS server that later tests rely on, proved on the real thing."""

import os
import pwd

import psycopg2
import pytest
from postgis_server import PostgisServer, process_alive
from qgis.core import QgsDataSourceUri, QgsVectorLayer


def _process_owner(pid):
    with open(f"/proc/{pid}/status") as fh:
        uid = next(int(line.split()[1]) for line in fh if line.startswith("Uid:"))
    return pwd.getpwuid(uid).pw_name


def test_server_runs_unprivileged_on_loopback_with_postgis(postgis_server):
    pid = postgis_server.postmaster_pid()
    assert pid and _process_owner(pid) != "root"
    assert postgis_server.host == "127.0.0.1" and 1024 < postgis_server.port < 65536
    (version,), = postgis_server.connection().query("SELECT postgis_lib_version()")
    assert version.startswith("3.")
    (listen,), = postgis_server.connection().query("SHOW listen_addresses")
    assert listen == "127.0.0.1"


def test_wrong_password_is_refused(postgis_server):
    conn = postgis_server.connection()
    with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
        psycopg2.connect(conn.dsn.replace(f"password={conn.password}", "password=wrong"))


def test_geometry_round_trip_through_qgis_postgres_provider(postgis_db, qgis_app):
    # a 30 m × 20 m rectangle in UTM 48N: 600 m², by hand
    postgis_db.query("CREATE TABLE plots (id serial PRIMARY KEY, name text, geom geometry(Polygon, 32648))")
    postgis_db.query("INSERT INTO plots (name, geom) VALUES "
                     "('Tà Kóu', ST_GeomFromText('POLYGON((0 0, 30 0, 30 20, 0 20, 0 0))', 32648))")
    assert postgis_db.query("SELECT ST_Area(geom) FROM plots") == [(600.0,)]

    uri = QgsDataSourceUri(postgis_db.uri())
    uri.setDataSource("public", "plots", "geom", "", "id")
    layer = QgsVectorLayer(uri.uri(False), "plots", "postgres")
    assert layer.isValid(), layer.dataProvider().error().message() if layer.dataProvider() else "no provider"
    assert layer.featureCount() == 1 and layer.crs().authid() == "EPSG:32648"
    feature = next(layer.getFeatures())
    assert feature["name"] == "Tà Kóu" and feature.geometry().area() == pytest.approx(600.0)


def test_stop_removes_everything():
    server = PostgisServer().start()
    directory, pid = server.dir, server.postmaster_pid()
    assert os.path.isdir(directory) and pid
    server.stop()
    assert not os.path.exists(directory)
    assert not process_alive(pid)
    server.stop()  # idempotent


def test_killed_server_refuses_connections_and_restarts_with_committed_data():
    with PostgisServer() as server:
        db = server.connection()
        db.query("CREATE TABLE t (v int)")
        db.query("INSERT INTO t VALUES (42)")
        server.kill()
        assert server.postmaster_pid() is None
        with pytest.raises(psycopg2.OperationalError):
            db.query("SELECT 1")
        server.restart()
        assert db.query("SELECT v FROM t") == [(42,)]
