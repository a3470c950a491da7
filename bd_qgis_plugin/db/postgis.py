"""The provincial database on PostgreSQL/PostGIS (schemas ``bd`` for the registry, ``bd_data`` for layers).

Every push is one transaction: the versioned data table, its registry row, metadata, style and the
"submitted" review are committed together or not at all. Identifiers are always quoted by psycopg2
(``sql.Identifier``); values are always bound parameters.
"""

import io
import json
import queue
import threading
import uuid
from dataclasses import dataclass

import psycopg2
from psycopg2 import extras, sql
from qgis.core import QgsDataSourceUri, QgsRasterLayer, QgsVectorLayer

from ..core.errors import InputError
from . import REVIEW_STATUSES, translatable
from .migrations import latest_version, migrations
from .model import (
    DatabaseError,
    DuplicateError,
    PushResult,
    apply_style_qml,
    extent_wkt_4326,
    geometry_type_text,
    layer_style_qml,
    metadata_to_qmd,
    request_metadata,
)
from .naming import slugify, unique_slug, version_table
from .copy_stream import RasterSource, VectorSource

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
        if self.authcfg:
            uri.setConnection(self.host, str(self.port), self.dbname, "", "", QgsDataSourceUri.SslDisable
                              if self.sslmode == "disable" else QgsDataSourceUri.SslPrefer, self.authcfg)
        else:
            uri.setConnection(self.host, str(self.port), self.dbname, self.user, self.password,
                              QgsDataSourceUri.SslDisable if self.sslmode == "disable" else QgsDataSourceUri.SslPrefer)
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


class PostgisDatabase:
    kind = "postgis"

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

    def _run(self, work, write=False):
        """``work(cursor)`` in one transaction; errors become DatabaseError with a readable message."""
        conn = self.connect()
        try:
            with conn:
                with conn.cursor(cursor_factory=extras.RealDictCursor) as cur:
                    return work(cur)
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

    # -- push ---------------------------------------------------------------------------------------------
    def push(self, layer, request, progress=None, cancelled=None):
        """Push ``layer`` (vector or raster) as a new version; all or nothing. Returns a PushResult."""
        request.validate()
        is_vector = layer.type() == layer.VectorLayer
        if not is_vector and layer.providerType() != "gdal":
            raise InputError("Only file-based rasters can be pushed; save '{name}' as a GeoTIFF first.",
                             name=layer.name())
        source = VectorSource(layer) if is_vector else RasterSource(layer.source())
        crs = layer.crs() if is_vector else source.crs
        return self._run(lambda cur: self._push(cur, layer, source, crs, request, progress, cancelled), write=True)

    def _allocate(self, cur, title):
        """(layer_uid, slug, version) for a new version of ``title``, under a lock held until commit."""
        base = slugify(title)
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", ("bd.layers:" + base,))
        cur.execute("SELECT layer_uid, slug, max(version) AS version FROM bd.layers WHERE title = %s "
                    "GROUP BY layer_uid, slug ORDER BY max(version) DESC LIMIT 1", (title,))
        row = cur.fetchone()
        if row:
            return str(row["layer_uid"]), row["slug"], row["version"] + 1
        cur.execute("SELECT DISTINCT slug, title FROM bd.layers WHERE slug = %s OR left(slug, %s) = %s",
                    (base, len(base) + 1, base + "_"))
        taken = {r["slug"]: r["title"] for r in cur.fetchall()}
        return str(uuid.uuid4()), unique_slug(title, taken), 1

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

    def _push(self, cur, layer, source, crs, request, progress, cancelled):
        layer_uid, slug, version = self._allocate(cur, request.title)
        table = version_table(slug, version)
        target = sql.Identifier(DATA_SCHEMA, table)
        cur.execute("SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = %s AND c.relname = %s) AS present", (DATA_SCHEMA, table))
        if cur.fetchone()["present"]:
            raise DatabaseError("A table {table} exists without a registry row; ask the administrator to remove "
                                "it.", table=table)
        srid = self._srid(cur, crs)
        is_vector = isinstance(source, VectorSource)
        if is_vector:
            names = {name.lower() for name, _ in source.fields}
            key = _free_name("bd_fid", names)
            geometry_column = _free_name("geom", names) if source.has_geometry else None
            columns = [sql.SQL("{} bigint NOT NULL").format(sql.Identifier(key))]
            columns += [sql.SQL("{} {}").format(sql.Identifier(name), sql.SQL(_checked(kind)))
                        for name, kind in source.fields]
            if geometry_column:
                columns.append(sql.SQL("{} geometry({}, {})").format(
                    sql.Identifier(geometry_column), sql.SQL(_checked(source.geometry_type_name)), sql.Literal(srid)))
            cur.execute(sql.SQL("CREATE TABLE {} ({})").format(target, sql.SQL(", ").join(columns)))
            copy_columns = [key] + [name for name, _ in source.fields] + ([geometry_column] if geometry_column else [])
            lines = source.copy_lines(srid, progress, cancelled)
        else:
            key, geometry_column = "rid", "rast"
            cur.execute(sql.SQL("CREATE TABLE {} (rid serial PRIMARY KEY, rast raster NOT NULL)").format(target))
            copy_columns = ["rast"]
            lines = source.copy_lines(srid, progress, cancelled)
        copy = sql.SQL("COPY {} ({}) FROM STDIN").format(
            target, sql.SQL(", ").join(sql.Identifier(c) for c in copy_columns))
        stream = _LineStream(lines)
        try:
            cur.copy_expert(copy.as_string(cur.connection), stream, size=1 << 20)
        except psycopg2.Error:
            if stream.error is not None:
                raise stream.error from None
            raise
        finally:
            stream.stop()

        warnings = []
        cur.execute("SELECT title, version FROM bd.layers WHERE source_checksum = %s ORDER BY id", (source.checksum,))
        same = cur.fetchall()
        if same:
            if not request.allow_duplicate:
                raise DuplicateError("The same data was already pushed as '{title}' version {version} (same "
                                     "checksum); nothing new was stored.", title=same[0]["title"],
                                     version=same[0]["version"])
            warnings.append((translatable("The same data was already pushed as '{title}' version {version}."),
                             {"title": same[0]["title"], "version": same[0]["version"]}))
        if is_vector:
            cur.execute(sql.SQL("ALTER TABLE {} ADD PRIMARY KEY ({})").format(target, sql.Identifier(key)))
            if geometry_column:
                cur.execute(sql.SQL("CREATE INDEX ON {} USING gist ({})").format(
                    target, sql.Identifier(geometry_column)))
            count = source.feature_count
        else:
            cur.execute(sql.SQL("CREATE INDEX ON {} USING gist (ST_ConvexHull(rast))").format(target))
            cur.execute("SELECT AddRasterConstraints(%s::name, %s::name, 'rast'::name, 'srid', 'scale_x', "
                        "'scale_y', 'num_bands', 'pixel_types', 'nodata_values', 'out_db', 'extent', "
                        "'same_alignment')", (DATA_SCHEMA, table))
            count = source.tile_count
        cur.execute(sql.SQL("GRANT SELECT ON {} TO bd_technician, bd_reviewer").format(target))

        kind = "raster" if not is_vector else ("vector" if geometry_column else "table")
        cur.execute("INSERT INTO bd.layers (layer_uid, version, title, slug, theme, province, reserve, kind, "
                    "table_schema, table_name, geometry_column, srid, feature_count, source_checksum, lineage) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                    (layer_uid, version, request.title, slug, request.theme, request.province or None,
                     request.reserve or None, kind, DATA_SCHEMA, table,
                     geometry_column, srid, count, source.checksum, extras.Json(request.lineage)))
        layer_id = cur.fetchone()["id"]
        metadata = request_metadata(layer, request, layer_uid)
        cur.execute("INSERT INTO public.qgis_layer_metadata (f_table_catalog, f_table_schema, f_table_name, "
                    "f_geometry_column, identifier, title, abstract, geometry_type, extent, crs, layer_type, qmd) "
                    "VALUES (current_database(), %s, %s, %s, %s, %s, %s, %s, ST_GeomFromText(%s, 4326), %s, %s, "
                    "XMLPARSE(DOCUMENT %s))",
                    (DATA_SCHEMA, table, geometry_column, metadata.identifier(), metadata.title(),
                     metadata.abstract(), geometry_type_text(layer),
                     extent_wkt_4326(layer) if geometry_column else None,
                     metadata.crs().authid() or metadata.crs().toWkt(), "vector" if is_vector else "raster",
                     metadata_to_qmd(metadata)))
        qml = request.style_qml if request.style_qml is not None else layer_style_qml(layer)
        if qml:
            cur.execute("INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                        "f_geometry_column, stylename, styleqml, useasdefault, description) VALUES "
                        "(current_database(), %s, %s, %s, %s, XMLPARSE(DOCUMENT %s), true, %s)",
                        (DATA_SCHEMA, table, geometry_column, request.title, qml, "bd_qgis_plugin push"))
            # type stays NULL: QGIS matches it for any geometry type ("type = … OR type IS NULL")
        if request.submit:
            cur.execute("INSERT INTO bd.reviews (layer_id, status) VALUES (%s, 'submitted')", (layer_id,))
        if progress is not None:
            progress(1.0)
        return PushResult(layer_id, layer_uid, version, table, slug, kind, count, source.checksum, warnings)

    # -- reading ------------------------------------------------------------------------------------------
    def layers(self, title=None):
        """Registry rows (dicts), newest review status of each as ``status``, by title and version."""
        def work(cur):
            cur.execute("SELECT l.*, l.layer_uid::text AS layer_uid, (SELECT r.status FROM bd.reviews r "
                        "WHERE r.layer_id = l.id ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1) AS status "
                        "FROM bd.layers l WHERE (%s::text IS NULL OR l.title = %s) ORDER BY l.title, l.version",
                        (title, title))
            return [dict(row) for row in cur.fetchall()]
        return self._run(work)

    def checksum_matches(self, checksum):
        def work(cur):
            cur.execute("SELECT title, version FROM bd.layers WHERE source_checksum = %s ORDER BY id", (checksum,))
            return [(row["title"], row["version"]) for row in cur.fetchall()]
        return self._run(work)

    def reviews(self, layer_id):
        def work(cur):
            cur.execute("SELECT status, reviewer, comment, reviewed_at FROM bd.reviews WHERE layer_id = %s "
                        "ORDER BY reviewed_at, id", (layer_id,))
            return [dict(row) for row in cur.fetchall()]
        return self._run(work)

    def review(self, layer_id, status, comment=""):
        """Accept or return (reviewer) or submit (technician) a pushed version; the database checks who may."""
        if status not in REVIEW_STATUSES:
            raise InputError("Unknown review status '{status}'.", status=status)

        def work(cur):
            cur.execute("INSERT INTO bd.reviews (layer_id, status, comment) VALUES (%s, %s, %s) RETURNING id",
                        (layer_id, status, comment or None))
            return cur.fetchone()["id"]
        return self._run(work, write=True)

    def stored_style(self, row):
        def work(cur):
            cur.execute("SELECT styleqml::text AS qml FROM public.layer_styles WHERE f_table_catalog = "
                        "current_database() AND f_table_schema = %s AND f_table_name = %s ORDER BY id DESC LIMIT 1",
                        (row["table_schema"], row["table_name"]))
            found = cur.fetchone()
            return found["qml"] if found else None
        return self._run(work)

    def stored_metadata(self, row):
        def work(cur):
            cur.execute("SELECT qmd::text AS qmd FROM public.qgis_layer_metadata WHERE f_table_catalog = "
                        "current_database() AND f_table_schema = %s AND f_table_name = %s",
                        (row["table_schema"], row["table_name"]))
            found = cur.fetchone()
            return found["qmd"] if found else None
        return self._run(work)

    def qgis_layer(self, row, name=None):
        """The stored version as a QGIS layer (postgres / postgresraster provider) with its stored style."""
        uri = self.params.qgis_uri()
        name = name or f"{row['title']} v{row['version']}"
        if row["kind"] == "raster":
            uri.setDataSource(row["table_schema"], row["table_name"], "rast", "", "rid")
            layer = QgsRasterLayer(uri.uri(False), name, "postgresraster")
        else:
            uri.setDataSource(row["table_schema"], row["table_name"], row["geometry_column"] or "", "",
                              "bd_fid")
            if row.get("srid"):
                uri.setSrid(str(row["srid"]))
            layer = QgsVectorLayer(uri.uri(False), name, "postgres")
        if layer.isValid():
            apply_style_qml(layer, self.stored_style(row))
        return layer

    # -- map exports and protected areas -------------------------------------------------------------------
    def add_map_export(self, path, layout_name, title, province="", layer_uid=None):
        import hashlib
        import os

        with open(path, "rb") as fh:
            content = fh.read()
        fmt = os.path.splitext(path)[1].lower().lstrip(".")

        def work(cur):
            cur.execute("INSERT INTO bd.map_exports (layer_uid, title, layout_name, format, content, checksum, "
                        "province) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                        (layer_uid, title, layout_name, fmt, psycopg2.Binary(content),
                         hashlib.sha256(content).hexdigest(), province or None))
            return cur.fetchone()["id"]
        return self._run(work, write=True)

    def map_exports(self):
        def work(cur):
            cur.execute("SELECT id, title, layout_name, format, length(content) AS size, pushed_by, pushed_at "
                        "FROM bd.map_exports ORDER BY id")
            return [dict(row) for row in cur.fetchall()]
        return self._run(work)

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
