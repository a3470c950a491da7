"""The provincial database on PostgreSQL/PostGIS (schemas ``bd`` for the registry, ``bd_data`` for layers).

Every push is one transaction: the versioned data table, its registry row, metadata, style and the
"submitted" review are committed together or not at all. The login writes nothing directly: the database's
SECURITY DEFINER functions (``sql/postgis/003_rights.sql``) allocate the version, create the table (owned by
``bd_owner``), register it and record metadata, style and reviews, checking who calls. Identifiers are always
quoted by psycopg2 (``sql.Identifier``); values are always bound parameters.
"""

import io
import json
import queue
import threading
from contextlib import contextmanager
from dataclasses import dataclass

from qgis.core import QgsDataSourceUri, QgsRasterLayer, QgsVectorLayer

from ..core.errors import InputError
from ..core.optional import lazy_module
from . import translatable
from .backend import Database
from .copy_stream import RasterSource, VectorSource
from .migrations import latest_version, migrations
from .model import DatabaseError
from .naming import slugify

# Imported on first use: the provider loads, and GeoPackage pushes work, where psycopg2 is missing.
psycopg2 = lazy_module("psycopg2")
extras = lazy_module("psycopg2.extras", "psycopg2")
sql = lazy_module("psycopg2.sql", "psycopg2")

DATA_SCHEMA = "bd_data"
_SAFE_TYPE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ")


@dataclass
class PgParams:
    """Where and as whom to connect; ``authcfg`` is kept so QGIS layers use it instead of a password."""

    host: str
    port: int
    dbname: str
    user: str = ""
    password: str = ""
    sslmode: str = "disable"
    authcfg: str = ""

    def connect_kwargs(self):
        kwargs = {"host": self.host, "port": self.port, "dbname": self.dbname, "sslmode": self.sslmode or "prefer",
                  "connect_timeout": 10, "application_name": "bd_qgis_plugin"}
        if self.user:
            kwargs["user"] = self.user
        if self.password:
            kwargs["password"] = self.password
        return kwargs

    def qgis_uri(self):
        uri = QgsDataSourceUri()
        modes = QgsDataSourceUri.SslMode
        ssl = modes.SslDisable if self.sslmode == "disable" else modes.SslPrefer
        if self.authcfg:
            uri.setConnection(self.host, str(self.port), self.dbname, "", "", ssl, self.authcfg)
        else:
            uri.setConnection(self.host, str(self.port), self.dbname, self.user, self.password, ssl)
        return uri


class _LineStream(io.RawIOBase):
    """A file-like object over text chunks, for ``copy_expert``.

    A producer thread generates the chunks while psycopg2 sends the previous ones (libpq releases the GIL),
    so reading the layer overlaps with the server parsing the COPY data. Errors of the producer (a cancel,
    an unreadable feature) are kept in ``error``: psycopg2 turns them into a generic COPY failure.
    """

    def __init__(self, chunks):
        super().__init__()
        self._queue = queue.Queue(maxsize=16)
        self._stop = threading.Event()
        self._buffer = b""
        self._finished = False
        self.error = None
        self._thread = threading.Thread(target=self._produce, args=(chunks,), daemon=True)
        self._thread.start()

    def _put(self, item):
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _produce(self, chunks):
        try:
            for chunk in chunks:
                if not self._put(chunk.encode("utf-8")):
                    return
            end = None
        except BaseException as exc:  # noqa: BLE001 - handed to the reading side
            end = exc
        self._put(end)

    def readable(self):
        return True

    def read(self, size=-1):
        chunks, length = [self._buffer], len(self._buffer)
        while not self._finished and (size < 0 or length < size):
            item = self._queue.get()
            if item is None:
                self._finished = True
            elif isinstance(item, BaseException):
                self._finished, self.error = True, item
                raise item
            else:
                chunks.append(item)
                length += len(item)
        data = b"".join(chunks)
        if size < 0:
            self._buffer = b""
            return data
        self._buffer = data[size:]
        return data[:size]

    def stop(self):
        """End the producer (after success or failure of the COPY)."""
        self._stop.set()
        self._thread.join(timeout=10)


def _detail(exc):
    diag = getattr(exc, "diag", None)
    if diag is not None and diag.message_primary:
        return diag.message_primary
    text = (getattr(exc, "pgerror", None) or str(exc) or type(exc).__name__).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class PostgisDatabase(Database):
    kind = "postgis"
    TABLES = {"layers": "bd.layers", "reviews": "bd.reviews", "map_exports": "bd.map_exports",
              "layer_columns": ", l.layer_uid::text AS layer_uid"}
    MARK = "%s"
    DATA_SCHEMA = DATA_SCHEMA
    ORPHAN_TABLE = translatable("A table {table} exists without a registry row; ask the administrator to remove "
                                "it.")
    # Every write of a push goes through the database's own functions (sql/postgis/003_rights.sql): they check
    # the caller, allocate the name and version, own the table, and record pushed_by/reviewer as the login.
    INSERT_REGISTRY = ("SELECT bd.register_push(%(table_name)s, %(theme)s, %(province)s, %(reserve)s, "
                       "%(source_checksum)s, %(lineage)s) AS id")
    INSERT_METADATA = ("SELECT bd.push_metadata(%(table_name)s, %(identifier)s, %(metadata_title)s, %(abstract)s, "
                       "%(geometry_type)s, %(extent)s, %(crs)s, %(qmd)s)")
    INSERT_STYLE = "SELECT bd.push_style(%(table_name)s, %(title)s, %(qml)s, %(description)s)"
    INSERT_REVIEW = "SELECT bd.review(%(layer_id)s, 'submitted', NULL)"
    ONLY_OWN_SUBMISSIONS = translatable(
        "The {count} submission(s) waiting were pushed by {user}, the login of this connection: the person who "
        "pushed a layer cannot accept or return it. Another reviewer reviews them through a connection with their "
        "own login (a member of bd_reviewer).")
    NOT_A_REVIEWER = translatable(
        "{count} submission(s) are waiting, but {user}, the login of this connection, is not a reviewer (role "
        "bd_reviewer): nothing can be accepted or returned here. Review through a connection with a reviewer's "
        "login, or ask the database administrator to grant {user} the role bd_reviewer.")

    def __init__(self, params):
        self.params = params

    def __repr__(self):
        return f"PostgisDatabase({self.params.host}:{self.params.port}/{self.params.dbname})"

    @property
    def label(self):
        return f"PostgreSQL {self.params.dbname} @ {self.params.host}:{self.params.port}"

    # -- connection ---------------------------------------------------------------------------------------
    def connect(self):
        try:
            return psycopg2.connect(**self.params.connect_kwargs())
        except psycopg2.OperationalError as exc:
            message = str(exc)
            if "password authentication failed" in message or "no password supplied" in message:
                raise DatabaseError(
                    "The database server refused the user '{user}': wrong user name or password. Correct the "
                    "authentication configuration '{authcfg}' (Settings > Options > Authentication) or the "
                    "saved connection.", user=self.params.user, authcfg=self.params.authcfg or "-") from exc
            raise DatabaseError("Cannot reach the database '{db}' on {host}:{port} ({detail}). Check that the "
                                "server runs and the connection settings are right.", db=self.params.dbname,
                                host=self.params.host, port=self.params.port, detail=_detail(exc)) from exc

    @contextmanager
    def _transaction(self):
        """One transaction; errors become DatabaseError with a readable message."""
        conn = self.connect()
        try:
            with conn:
                with conn.cursor(cursor_factory=extras.RealDictCursor) as cur:
                    yield cur
        except psycopg2.errors.InsufficientPrivilege as exc:
            raise DatabaseError("The database refused this for user '{user}': {detail}", user=self.params.user,
                                detail=_detail(exc)) from exc
        except (psycopg2.OperationalError, psycopg2.InterfaceError) as exc:
            raise DatabaseError("The connection to the database was lost ({detail}); nothing was stored. "
                                "A push stays in the queue: resume it when the server is back.",
                                detail=_detail(exc)) from exc
        except psycopg2.Error as exc:
            raise DatabaseError("The database refused the operation: {detail}. Nothing was stored.",
                                detail=_detail(exc)) from exc
        finally:
            try:
                conn.close()
            except psycopg2.Error:
                pass

    def _run(self, work, write=False):
        """``work(cursor)`` in one transaction (see :meth:`_transaction`)."""
        with self._transaction() as cur:
            return work(cur)

    def _push_transaction(self, data):
        return self._transaction()

    def _rows(self, cur, text, params=()):
        cur.execute(text, params)
        return [dict(row) for row in cur.fetchall()]

    def _execute(self, cur, text, values):
        cur.execute(text, values)

    def _insert(self, cur, text, values):
        cur.execute(text, values)
        return cur.fetchone()["id"]

    def _query(self, text, params=()):
        return self._run(lambda cur: self._rows(cur, text, params))

    @property
    def user_name(self):
        return self.params.user

    def _json(self, value):
        return extras.Json(value)

    # -- schema -------------------------------------------------------------------------------------------
    def schema_version(self):
        def work(cur):
            cur.execute("SELECT to_regclass('bd.schema_migrations') IS NOT NULL AS present")
            if not cur.fetchone()["present"]:
                return 0
            cur.execute("SELECT coalesce(max(version), 0) AS v FROM bd.schema_migrations")
            return cur.fetchone()["v"]
        return self._run(work)

    def migrate(self):
        """Apply the missing migrations (needs the owner/administrator role); return the versions applied."""
        def work(cur):
            cur.execute("SELECT pg_advisory_xact_lock(hashtext('bd.schema_migrations'))")
            cur.execute("CREATE SCHEMA IF NOT EXISTS bd")
            cur.execute("CREATE TABLE IF NOT EXISTS bd.schema_migrations (version integer PRIMARY KEY, "
                        "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
            cur.execute("SELECT version FROM bd.schema_migrations")
            done = {row["version"] for row in cur.fetchall()}
            applied = []
            for version, name, text in migrations("postgis"):
                if version not in done:
                    cur.execute(text)
                    cur.execute("INSERT INTO bd.schema_migrations (version, name) VALUES (%s, %s)", (version, name))
                    applied.append(version)
            cur.execute("GRANT USAGE ON SCHEMA bd TO bd_technician, bd_reviewer")
            cur.execute("GRANT SELECT ON bd.schema_migrations TO bd_technician, bd_reviewer")
            return applied
        return self._run(work, write=True)

    def ensure_schema(self):
        """Migrate when behind; a role without the rights gets a message saying whom to ask."""
        current = self.schema_version()
        if current < latest_version("postgis"):
            try:
                self.migrate()
            except DatabaseError as exc:
                raise DatabaseError("The database schema is at version {have}; this plugin needs {need}. Ask the "
                                    "database administrator to open it once with the plugin ({detail}).",
                                    have=current, need=latest_version("postgis"), detail=str(exc)) from exc

    # -- push hooks (the sequence is Database.push) --------------------------------------------------------
    @contextmanager
    def _prepared(self, layer, is_vector, progress, cancelled):
        """Nothing to stage: the layer is streamed into the COPY while it is read."""
        source = VectorSource(layer) if is_vector else RasterSource(layer.source())
        yield source, (layer.crs() if is_vector else source.crs)

    def _allocate(self, cur, title):
        """(layer_uid, slug, version) allocated by the database (bd.begin_push: locks, checks the caller)."""
        cur.execute("SELECT layer_uid::text AS layer_uid, slug, version FROM bd.begin_push(%s, %s)",
                    (title, slugify(title)))
        row = cur.fetchone()
        return row["layer_uid"], row["slug"], row["version"]

    def _table_exists(self, cur, table):
        cur.execute("SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = %s AND c.relname = %s) AS present", (DATA_SCHEMA, table))
        return cur.fetchone()["present"]

    def _srid(self, cur, crs):
        """The PostGIS SRID of ``crs``; a user-defined CRS (VN-2000 TM-3) is added to spatial_ref_sys."""
        if not crs.isValid():
            raise InputError("The layer has no valid CRS; set one (a VN-2000 CRS) before pushing.")
        authid = crs.authid().upper()
        if authid.startswith("EPSG:"):
            cur.execute("SELECT srid FROM spatial_ref_sys WHERE auth_name = 'EPSG' AND auth_srid = %s",
                        (int(authid[5:]),))
            row = cur.fetchone()
            if row:
                return row["srid"]
        proj = crs.toProj()
        cur.execute("SELECT pg_advisory_xact_lock(hashtext('bd.spatial_ref_sys'))")
        cur.execute("SELECT srid FROM spatial_ref_sys WHERE proj4text = %s ORDER BY srid LIMIT 1", (proj,))
        row = cur.fetchone()
        if row:
            return row["srid"]
        cur.execute("SELECT greatest(coalesce(max(srid), 0) + 1, 910001) AS srid FROM spatial_ref_sys "
                    "WHERE srid BETWEEN 910001 AND 998999")
        srid = cur.fetchone()["srid"]
        cur.execute("INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) "
                    "VALUES (%s, 'BD', %s, %s, %s)", (srid, srid, crs.toWkt(), proj))
        return srid

    def _write_data(self, cur, stored, data, progress, cancelled):
        """The table (created by bd.create_push_table, owned by the database), then COPY the rows (or raster
        tiles) streamed from the layer; keys and indexes follow in bd.register_push."""
        source, crs = data
        target = sql.Identifier(DATA_SCHEMA, stored.table)
        srid = stored.srid = self._srid(cur, crs)
        if stored.is_vector:
            names = {name.lower() for name, _ in source.fields}
            key = _free_name("bd_fid", names)
            geometry_column = _free_name("geom", names) if source.has_geometry else None
            cur.execute("SELECT bd.create_push_table(%s, 'vector', %s, %s, %s, %s, %s)", (
                stored.table, extras.Json([[name, _checked(kind)] for name, kind in source.fields]), key,
                geometry_column, _checked(source.geometry_type_name) if geometry_column else None, srid))
            copy_columns = [key] + [name for name, _ in source.fields] + ([geometry_column] if geometry_column else [])
        else:
            geometry_column = "rast"
            cur.execute("SELECT bd.create_push_table(%s, 'raster', NULL, NULL, NULL, NULL, %s)", (stored.table, srid))
            copy_columns = ["rast"]
        self._copy(cur, target, copy_columns, source.copy_lines(srid, progress, cancelled))
        stored.count = source.feature_count if stored.is_vector else source.tile_count
        stored.geometry_column = geometry_column  # "rast" for a raster

    @staticmethod
    def _copy(cur, target, columns, lines):
        """COPY ``lines`` (text chunks) into ``target``; a reading error (a cancel…) is raised as itself."""
        copy = sql.SQL("COPY {} ({}) FROM STDIN").format(target, sql.SQL(", ").join(sql.Identifier(c) for c in columns))
        stream = _LineStream(lines)
        try:
            cur.copy_expert(copy.as_string(cur.connection), stream, size=1 << 20)
        except psycopg2.Error:
            if stream.error is not None:
                raise stream.error from None
            raise
        finally:
            stream.stop()

    # -- reading ------------------------------------------------------------------------------------------
    def reviewer_identity(self):
        """The login (session_user, whom the review functions check) and whether it is a reviewer."""
        row = self._query("SELECT session_user AS name, pg_has_role(session_user, 'bd_reviewer', 'MEMBER') AS "
                          "reviewer")[0]
        return row["name"], row["reviewer"]

    def review(self, layer_id, status, comment=""):
        """Accept or return (reviewer) or submit (the pusher) a pushed version; the database checks who may."""
        self._check_review_status(status)
        return self._run(lambda cur: self._insert(cur, "SELECT bd.review(%s, %s, %s) AS id",
                                                  (layer_id, status, comment or None)), write=True)

    def stored_style(self, row):
        """The style the registry names for the version (never merely the newest row of layer_styles)."""
        return self._value("SELECT s.styleqml::text AS qml FROM bd.layers l JOIN public.layer_styles s ON "
                           "s.id = l.style_id WHERE l.table_schema = %s AND l.table_name = %s",
                           (row["table_schema"], row["table_name"]))

    def stored_metadata(self, row):
        return self._value("SELECT qmd::text AS qmd FROM public.qgis_layer_metadata WHERE f_table_catalog = "
                           "current_database() AND f_table_schema = %s AND f_table_name = %s",
                           (row["table_schema"], row["table_name"]))

    def _open_layer(self, row, name):
        """The stored version through the postgres / postgresraster provider."""
        uri = self.params.qgis_uri()
        if row["kind"] == "raster":
            uri.setDataSource(row["table_schema"], row["table_name"], "rast", "", "rid")
            return QgsRasterLayer(uri.uri(False), name, "postgresraster")
        uri.setDataSource(row["table_schema"], row["table_name"], row["geometry_column"] or "", "", "bd_fid")
        if row.get("srid"):
            uri.setSrid(str(row["srid"]))
        return QgsVectorLayer(uri.uri(False), name, "postgres")

    # -- map exports and protected areas -------------------------------------------------------------------
    def add_map_export(self, path, layout_name, title, province="", layer_uid=None):
        content, fmt, checksum = self._map_export_file(path)
        return self._run(lambda cur: self._insert(
            cur, "INSERT INTO bd.map_exports (layer_uid, title, layout_name, format, content, checksum, province) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
            (layer_uid, title, layout_name, fmt, psycopg2.Binary(content), checksum, province or None)), write=True)

    def import_protected_areas(self, areas):
        """Insert protected areas: dicts with name_vi, name_en, category, designation_decision, area_ha, wkb
        (MultiPolygon in EPSG:4326). One transaction."""
        def work(cur):
            for area in areas:
                cur.execute("INSERT INTO bd.protected_areas (name_vi, name_en, category, designation_decision, "
                            "area_ha, geom) VALUES (%s, %s, %s, %s, %s, ST_Multi(ST_GeomFromWKB(%s, 4326)))",
                            (area["name_vi"], area.get("name_en"), area["category"],
                             area.get("designation_decision"), area.get("area_ha"), psycopg2.Binary(area["wkb"])))
            return len(areas)
        return self._run(work, write=True)

    def protected_areas_layer(self, name="Protected areas"):
        uri = self.params.qgis_uri()
        uri.setDataSource("bd", "protected_areas", "geom", "", "id")
        return QgsVectorLayer(uri.uri(False), name, "postgres")


def _free_name(name, taken):
    candidate, number = name, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{name}_{number}"
    return candidate


def _checked(type_name):
    """A column type from our own fixed tables (never user input), checked before it becomes SQL."""
    if not set(type_name) <= _SAFE_TYPE:
        raise ValueError(type_name)
    return type_name


def row_json(row):
    return json.dumps(row, default=str, ensure_ascii=False)
