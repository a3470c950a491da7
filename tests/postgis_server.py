"""A throwaway PostgreSQL + PostGIS server for tests.

``PostgisServer`` runs ``initdb`` in a fresh temporary directory and starts the server with
``pg_ctl`` on 127.0.0.1 and a free port, as an unprivileged OS user (the Debian ``postgres``
user when the tests run as root: the server refuses to run as root), with password (SCRAM)
authentication over TCP. ``stop()`` always removes the directory and leaves no process behind.
``kill()`` (SIGKILL of the postmaster) and ``restart()`` let tests simulate a server that goes
away mid-push.

Fixtures: ``postgis_server`` (one per session) and ``postgis_db`` (a fresh database with the
postgis extension per test).
"""

import atexit
import glob
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, replace

import pytest

_RUNNING = set()


def _pg_bindir():
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if candidates:
        return os.path.dirname(candidates[-1])
    found = shutil.which("initdb")
    if found:
        return os.path.dirname(found)
    raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package "
                       "'postgresql' (make setup does)")


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def process_alive(pid):
    """True if ``pid`` runs (a zombie is dead: in a container PID 1 may never reap it)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


@dataclass(frozen=True)
class Connection:
    """Connection parameters of one database on the server."""

    host: str
    port: int
    dbname: str
    user: str
    password: str

    @property
    def dsn(self):
        """libpq keyword/value string (psycopg2.connect, psql)."""
        return (f"host={self.host} port={self.port} dbname={self.dbname} user={self.user} "
                f"password={self.password} sslmode=disable")

    def uri(self):
        """QgsDataSourceUri-compatible connection string for QGIS' postgres provider."""
        return (f"dbname='{self.dbname}' host={self.host} port={self.port} user='{self.user}' "
                f"password='{self.password}' sslmode=disable")

    def connect(self):
        import psycopg2

        return psycopg2.connect(self.dsn)

    def query(self, sql, params=None):
        """Run ``sql`` as its own transaction (autocommit); return the rows (empty list if none)."""
        conn = self.connect()
        conn.autocommit = True  # CREATE/DROP DATABASE cannot run in a transaction block
        try:
            with conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall() if cur.description else []
        finally:
            conn.close()


class PostgisServer:
    def __init__(self, superuser="bd_test_admin"):
        self.bindir = _pg_bindir()
        self.superuser = superuser
        self.password = secrets.token_urlsafe(18)
        self.host = "127.0.0.1"
        self.port = None
        self.dir = None
        self.os_user = None

    # -- life cycle -------------------------------------------------------------------------------
    def start(self):
        self.dir = tempfile.mkdtemp(prefix="bd-pg-")
        self.os_user = self._unprivileged_user()
        os.chmod(self.dir, 0o755)
        data = os.path.join(self.dir, "data")
        pwfile = os.path.join(self.dir, "pwfile")
        with open(pwfile, "w") as fh:
            fh.write(self.password)
        if self.os_user != pwd.getpwuid(os.getuid()).pw_name:
            info = pwd.getpwnam(self.os_user)
            os.chown(self.dir, info.pw_uid, info.pw_gid)
            os.chown(pwfile, info.pw_uid, info.pw_gid)
        self._run("initdb", "-D", data, "-U", self.superuser, "--pwfile", pwfile, "-A", "scram-sha-256",
                  "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync")
        os.remove(pwfile)
        with open(os.path.join(data, "pg_hba.conf"), "w") as fh:  # initdb ran as os_user: file is theirs
            fh.write("local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n")
        _RUNNING.add(self)
        for _ in range(5):  # another process may take the port between bind and start
            self.port = _free_port()
            try:
                self._pg_ctl_start()
                break
            except RuntimeError:
                if self._port_in_use():
                    continue
                raise
        self.connection("postgres").query("CREATE DATABASE bd_test")
        self.connection("bd_test").query("CREATE EXTENSION postgis")
        return self

    def _pg_ctl_start(self):
        data = os.path.join(self.dir, "data")
        log = os.path.join(self.dir, "server.log")
        # fsync off is safe for kill(): the OS cache survives a process kill. synchronous_commit stays
        # on, so what a test committed before kill() is still there after restart().
        opts = (f"-c listen_addresses={self.host} -p {self.port} -c unix_socket_directories={self.dir} "
                "-c fsync=off -c full_page_writes=off -c max_connections=40")
        result = self._run("pg_ctl", "-D", data, "-l", log, "-o", opts, "-w", "-t", "30", "start", check=False)
        if result.returncode != 0:
            raise RuntimeError(f"PostgreSQL did not start (pg_ctl exit {result.returncode}):\n{self.log_tail()}")
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                self.connection("postgres").query("SELECT 1")
                return
            except Exception:  # noqa: BLE001 - retried until the deadline
                time.sleep(0.2)
        raise RuntimeError(f"PostgreSQL started but does not accept connections:\n{self.log_tail()}")

    def stop(self):
        """Stop the server (if running) and remove its directory. Safe to call twice."""
        if self.dir is None:
            return
        pid = self.postmaster_pid()
        if pid:
            self._run("pg_ctl", "-D", os.path.join(self.dir, "data"), "-m", "immediate", "-w", "stop",
                      check=False)
            self._wait_gone(pid)
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None
        _RUNNING.discard(self)

    def kill(self):
        """SIGKILL the postmaster: the server goes away as in a crash or a pulled cable."""
        pid = self.postmaster_pid()
        if pid:
            os.kill(pid, signal.SIGKILL)
            self._wait_gone(pid)
            # orphaned backends of the killed postmaster end on their own; make sure of it
            subprocess.run(["pkill", "-KILL", "-f", f"postgres.*{self.dir}"], check=False)

    def restart(self):
        """Start again on the same data directory and port after stop-less death (kill)."""
        if not self.postmaster_pid():  # a killed postmaster leaves its pid and socket lock files
            for stale in [os.path.join(self.dir, "data", "postmaster.pid"),
                          *glob.glob(os.path.join(self.dir, ".s.PGSQL.*.lock"))]:
                if os.path.exists(stale):
                    os.remove(stale)
        self._pg_ctl_start()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- information ------------------------------------------------------------------------------
    def connection(self, dbname="bd_test"):
        return Connection(self.host, self.port, dbname, self.superuser, self.password)

    @property
    def dsn(self):
        return self.connection().dsn

    def uri(self):
        return self.connection().uri()

    def postmaster_pid(self):
        """PID of the running postmaster, or None."""
        if not self.dir:
            return None
        try:
            with open(os.path.join(self.dir, "data", "postmaster.pid")) as fh:
                pid = int(fh.readline().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if process_alive(pid) else None

    def log_tail(self, lines=30):
        try:
            with open(os.path.join(self.dir, "server.log"), errors="replace") as fh:
                return "".join(fh.readlines()[-lines:])
        except (OSError, TypeError):
            return "(no server log)"

    def create_database(self, name=None):
        """A fresh database with the postgis extension; returns its Connection."""
        name = name or f"bd_{uuid.uuid4().hex[:12]}"
        self.connection("postgres").query(f'CREATE DATABASE "{name}"')  # name generated above, not user input
        conn = self.connection(name)
        conn.query("CREATE EXTENSION postgis")
        return conn

    # -- helpers ----------------------------------------------------------------------------------
    def _unprivileged_user(self):
        if os.getuid() != 0:
            return pwd.getpwuid(os.getuid()).pw_name
        try:
            pwd.getpwnam("postgres")
        except KeyError as exc:
            raise RuntimeError("running as root and there is no 'postgres' OS user to run the server as "
                               "(install the Debian package 'postgresql')") from exc
        return "postgres"

    def _run(self, tool, *args, check=True):
        cmd = [os.path.join(self.bindir, tool), *args]
        if os.getuid() == 0:
            cmd = ["runuser", "-u", self.os_user, "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=self.dir)
        if check and result.returncode != 0:
            raise RuntimeError(f"{tool} failed ({result.returncode}): {result.stderr or result.stdout}")
        return result

    def _port_in_use(self):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            return sock.connect_ex((self.host, self.port)) == 0

    @staticmethod
    def _wait_gone(pid, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline and process_alive(pid):
            time.sleep(0.05)


@atexit.register
def _stop_all():  # a safety net for interrupted test runs
    for server in list(_RUNNING):
        server.stop()


@pytest.fixture(scope="session")
def postgis_server():
    """One throwaway PostgreSQL + PostGIS server for the test session."""
    server = PostgisServer().start()
    yield server
    server.stop()


@pytest.fixture
def postgis_db(postgis_server):
    """A fresh database with PostGIS on the session server (Connection)."""
    conn = postgis_server.create_database()
    yield conn
    replace(conn, dbname="postgres").query(f'DROP DATABASE IF EXISTS "{conn.dbname}" WITH (FORCE)')
