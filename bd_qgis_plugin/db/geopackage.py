"""The provincial database in a GeoPackage file (the embedded default when no server is configured).

The same logical model as PostGIS (``bd_layers``, ``qgis_layer_metadata``, ``layer_styles``,
``bd_map_exports``, ``bd_reviews``, ``bd_protected_areas``). A push is one SQLite transaction: GDAL first
writes the layer (vector, or raster tiles through GDAL's GPKG raster driver) into a private staging
GeoPackage; then, in a single ``BEGIN IMMEDIATE … COMMIT`` on the database file, the table, its GeoPackage
bookkeeping rows, the registry row, metadata, style and review are copied in together. Identifiers are quoted
with :func:`quote_identifier` (SQLite's rule: double quotes, inner quotes doubled), values are bound.
"""

import getpass
import json
import os
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeedback,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.errors import Cancelled
from . import translatable
from .backend import Database
from .migrations import latest_version, migrations
from .model import DatabaseError, TransientDatabaseError
from .naming import added_columns, stored_field_names
from .staging import staging_folder

STAGING = "bd_staging"
PROTECTED_AREAS = "bd_protected_areas"
#: GeoPackage bookkeeping tables copied with a pushed table: (table, column naming the pushed table)
_BOOKKEEPING = (("gpkg_contents", "table_name"), ("gpkg_geometry_columns", "table_name"),
                ("gpkg_ogr_contents", "table_name"), ("gpkg_tile_matrix_set", "table_name"),
                ("gpkg_tile_matrix", "table_name"), ("gpkg_2d_gridded_coverage_ancillary", "tile_matrix_set_name"),
                ("gpkg_2d_gridded_tile_ancillary", "tpudt_name"), ("gpkg_extensions", "table_name"))


NOT_A_DATABASE = translatable("The file {path} is not a GeoPackage database (or it is encrypted). Choose a "
                              "GeoPackage made by the plugin, or a new file name.")
DAMAGED = translatable("The GeoPackage database {path} is damaged (truncated or corrupted): restore it from a backup. "
                       "Nothing was changed.")
LOCKED = translatable("The GeoPackage database {path} is in use by another program (locked for more than {seconds} "
                      "s). Close the other program, or end its editing session, and try again.")
DISK_FULL = translatable("The disk of the GeoPackage database {path} is full; nothing was stored. Free some space "
                         "and try again.")
UNWRITABLE = translatable("The GeoPackage database {path} cannot be created or written there: check that its "
                          "folder exists and can be written ({detail}).")
PARENT_IS_A_FILE = translatable("The GeoPackage database {path} cannot be created: {parent} is a file, not a folder.")
REFUSED = translatable("The GeoPackage database {path} refused the operation: {detail}")
REFUSED_PUSH = translatable("The GeoPackage refused the push: {detail}. Nothing was stored.")
#: SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xff)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = (
    5, 6, 8, 11, 13, 14, 26)


def quote_identifier(name):
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text):
    return "'" + text.replace("'", "''") + "'"


@dataclass
class _Staged:
    """The layer written by GDAL into a private staging GeoPackage, before the transaction."""

    path: str
    count: int
    geometry_column: str = None


class GeopackageDatabase(Database):
    kind = "geopackage"
    TABLES = {"layers": "bd_layers", "reviews": "bd_reviews", "map_exports": "bd_map_exports", "layer_columns": ""}
    MARK = "?"
    ORPHAN_TABLE = translatable("A table {table} exists without a registry row; remove it first.")
    ONLY_OWN_SUBMISSIONS = translatable(
        "The {count} submission(s) waiting were pushed by {user}, the computer login you work under: the person who "
        "pushed a layer cannot accept or return it. A GeoPackage database knows people only by their computer "
        "login, so another person reviews them from their own login: put the database file ({path}) in a folder "
        "you can both open (the embedded database is inside your own QGIS profile), and the reviewer chooses it "
        "with “Another GeoPackage file…” under Database. For several technicians and reviewers, a PostgreSQL "
        "database with reviewer roles is the better choice.")
    INSERT_REGISTRY = (
        "INSERT INTO bd_layers (layer_uid, version, title, slug, theme, province, reserve, kind, table_name, "
        "geometry_column, srid, feature_count, pushed_by, source_checksum, lineage) VALUES (:layer_uid, :version, "
        ":title, :slug, :theme, :province, :reserve, :kind, :table_name, :geometry_column, :srid, :feature_count, "
        ":user, :source_checksum, :lineage)")
    INSERT_METADATA = (
        "INSERT INTO qgis_layer_metadata (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
        "identifier, title, abstract, geometry_type, extent, crs, layer_type, qmd, owner) VALUES ('', '', "
        ":table_name, :geometry_column, :identifier, :metadata_title, :abstract, :geometry_type, :extent, :crs, "
        ":layer_type, :qmd, :user)")
    INSERT_STYLE = (
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, "
        "styleQML, styleSLD, useAsDefault, description, owner, ui) VALUES ('', '', :table_name, "
        "coalesce(:geometry_column, ''), :title, :qml, '', 1, :description, :user, '')")
    INSERT_REVIEW = "INSERT INTO bd_reviews (layer_id, status, reviewer) VALUES (:layer_id, 'submitted', :user)"

    #: seconds a connection waits for another one's lock before giving up
    timeout = 60.0

    def __init__(self, path, user=None):
        self.path = os.path.abspath(path)
        self.user = user or getpass.getuser()

    def __repr__(self):
        return f"GeopackageDatabase({self.path})"

    @property
    def label(self):
        return f"GeoPackage {self.path}"

    # -- connection and schema ----------------------------------------------------------------------------
    def connect(self):
        con = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA foreign_keys = ON")
        return con

    def failure(self, exc, pushing=False):
        """The DatabaseError for a SQLite error: what is wrong with the file, in words (a lock is transient)."""
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(exc).lower()

        def means(number, *words):
            return primary == number or any(word in text for word in words)

        if means(_SQLITE_NOTADB, "not a database"):
            return DatabaseError(NOT_A_DATABASE, path=self.path)
        if means(_SQLITE_CORRUPT, "malformed", "corrupt"):
            return DatabaseError(DAMAGED, path=self.path)
        if means(_SQLITE_BUSY, "database is locked", "busy") or primary == _SQLITE_LOCKED:
            return TransientDatabaseError(LOCKED, path=self.path, seconds=f"{self.timeout:g}")
        if means(_SQLITE_FULL, "disk is full"):
            return TransientDatabaseError(DISK_FULL, path=self.path)
        if means(_SQLITE_CANTOPEN, "unable to open") or means(_SQLITE_READONLY, "readonly"):
            return DatabaseError(UNWRITABLE, path=self.path, detail=str(exc))
        if pushing:
            return DatabaseError(REFUSED_PUSH, detail=str(exc))
        return DatabaseError(REFUSED, path=self.path, detail=str(exc))

    def _check_creatable(self):
        """Refuse early, in words, a database path that cannot be created (its folder is a file, or unwritable)."""
        existing = os.path.dirname(self.path)
        while existing and not os.path.exists(existing):
            existing = os.path.dirname(existing)
        if existing and not os.path.isdir(existing):
            raise DatabaseError(PARENT_IS_A_FILE, path=self.path, parent=existing)
        if os.path.isdir(self.path):
            raise DatabaseError(NOT_A_DATABASE, path=self.path)

    def schema_version(self):
        self._check_creatable()
        if not os.path.exists(self.path) or not self._has_table("bd_schema_migrations"):
            return 0
        return self._value("SELECT coalesce(max(version), 0) FROM bd_schema_migrations")

    def migrate(self):
        """Create the file if needed and apply the missing migrations; return the versions applied."""
        self._check_creatable()
        if not os.path.exists(self.path):
            try:
                os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
                dataset = ogr.GetDriverByName("GPKG").CreateDataSource(self.path)
            except (OSError, RuntimeError) as exc:  # RuntimeError: GDAL with exceptions on
                raise DatabaseError(UNWRITABLE, path=self.path, detail=getattr(exc, "strerror", None) or str(exc)) \
                    from exc
            if dataset is None:
                raise DatabaseError(UNWRITABLE, path=self.path, detail=gdal.GetLastErrorMsg() or "-")
            dataset = None
        applied = []
        con = None
        try:
            con = self.connect()
            con.execute("CREATE TABLE IF NOT EXISTS bd_schema_migrations (version INTEGER PRIMARY KEY, "
                        "name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', "
                        "'now')))")
            done = {row[0] for row in con.execute("SELECT version FROM bd_schema_migrations")}
            for version, name, text in migrations("geopackage"):
                if version in done:
                    continue
                # executescript cannot bind values: version and name come from our own file names
                con.executescript(f"BEGIN IMMEDIATE;\n{text}\nINSERT INTO bd_schema_migrations (version, name) "
                                  f"VALUES ({int(version)}, {quote_literal(name)});\nCOMMIT;")
                applied.append(version)
        except sqlite3.Error as exc:
            if con is not None and con.in_transaction:
                con.execute("ROLLBACK")
            raise self.failure(exc) from exc
        finally:
            if con is not None:
                con.close()
        self._ensure_protected_areas()
        return applied

    def ensure_schema(self):
        if self.schema_version() < latest_version("geopackage") or not self._has_table(PROTECTED_AREAS):
            self.migrate()

    def _has_table(self, name):
        return bool(self._query("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)))

    def _ensure_protected_areas(self):
        """The protected-areas feature table, created through GDAL so it is a proper GeoPackage layer."""
        try:
            dataset = ogr.Open(self.path, 1)
        except RuntimeError as exc:  # GDAL with exceptions on
            raise DatabaseError(REFUSED, path=self.path, detail=str(exc)) from exc
        if dataset is None:
            raise DatabaseError(REFUSED, path=self.path, detail=gdal.GetLastErrorMsg() or "-")
        try:
            if dataset.GetLayerByName(PROTECTED_AREAS) is not None:
                return
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(4326)
            layer = dataset.CreateLayer(PROTECTED_AREAS, srs, ogr.wkbMultiPolygon, ["FID=id", "GEOMETRY_NAME=geom"])
            for name, kind in (("name_vi", ogr.OFTString), ("name_en", ogr.OFTString), ("category", ogr.OFTString),
                               ("designation_decision", ogr.OFTString), ("area_ha", ogr.OFTReal)):
                layer.CreateField(ogr.FieldDefn(name, kind))
        finally:
            dataset = None

    # -- connections --------------------------------------------------------------------------------------
    @contextmanager
    def _connection(self):
        """A connection for one read or one write; SQLite errors become DatabaseError."""
        try:
            con = self.connect()
            try:
                yield con
            finally:
                con.close()
        except sqlite3.Error as exc:
            raise self.failure(exc) from exc

    def _query(self, text, params=()):
        with self._connection() as con:
            return self._rows(con, text, params)

    def _rows(self, con, text, params=()):
        return [dict(row) for row in con.execute(text, params).fetchall()]

    def _execute(self, con, text, values):
        con.execute(text, values)

    def _insert(self, con, text, values):
        return con.execute(text, values).lastrowid

    @property
    def user_name(self):
        return self.user

    def _json(self, value):
        return json.dumps(value, ensure_ascii=False)

    # -- push hooks (the sequence is Database.push) --------------------------------------------------------
    @contextmanager
    def _prepared(self, layer, is_vector, progress, cancelled):
        """GDAL writes the layer (vector, or raster tiles) into a private staging GeoPackage (a folder removed at
        the end whatever happens; one left by a killed push is removed by the next, see :mod:`.staging`)."""
        with staging_folder() as folder:
            staging = os.path.join(folder, "staging.gpkg")
            if is_vector:
                key, geometry = added_columns(layer.fields().names(), layer.isSpatial())
                staged = _Staged(staging, self._stage_vector(layer, staging, progress, cancelled, key, geometry),
                                 geometry)
            else:
                staged = _Staged(staging, self._stage_raster(layer.source(), staging))
            progress(1.0)
            yield staged

    @contextmanager
    def _push_transaction(self, staged):
        """``BEGIN IMMEDIATE … COMMIT`` on the database file, with the staging file attached."""
        try:
            con = self.connect()
        except sqlite3.Error as exc:
            raise self.failure(exc, pushing=True) from exc
        try:
            con.execute("ATTACH DATABASE ? AS staging", (staged.path,))
            con.execute("BEGIN IMMEDIATE")  # the write lock: concurrent pushes wait here, one after another
            yield con
            con.execute("COMMIT")
        except BaseException as exc:
            try:
                if con.in_transaction:
                    con.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the failure below says what happened; the transaction ends with the connection
            if isinstance(exc, sqlite3.Error):
                raise self.failure(exc, pushing=True) from exc
            raise
        finally:
            try:
                con.execute("DETACH DATABASE staging")
            except sqlite3.Error:
                pass
            con.close()

    def _table_exists(self, con, table):
        return con.execute("SELECT 1 FROM main.sqlite_master WHERE lower(name) = lower(?)", (table,)).fetchone() \
            is not None

    def _write_data(self, con, stored, staged, progress, cancelled):
        """Copy the staged table in under its final name, with its GeoPackage bookkeeping rows."""
        self._copy_staged_table(con, stored.table, f"{stored.title} v{stored.version}")
        stored.srid = con.execute("SELECT srs_id FROM main.gpkg_contents WHERE table_name = ?",
                                  (stored.table,)).fetchone()[0]
        stored.geometry_column, stored.count = staged.geometry_column, staged.count

    def _stage_vector(self, layer, staging, progress, cancelled, key="bd_fid", geometry="geom"):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = STAGING
        options.fileEncoding = "UTF-8"
        options.layerOptions = [f"FID={key}", f"GEOMETRY_NAME={geometry or 'geom'}", "SPATIAL_INDEX=NO"]
        feedback = QgsFeedback()
        feedback.progressChanged.connect(lambda value: progress(value / 100.0))
        if cancelled is not None:
            feedback.progressChanged.connect(lambda value: cancelled() and feedback.cancel())
        options.feedback = feedback
        error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, staging, QgsCoordinateTransformContext(), options)
        if feedback.isCanceled():
            raise Cancelled()
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise DatabaseError("Could not prepare the layer for the GeoPackage: {detail}", detail=message)
        self._rename_staged_fields(staging, layer.fields().names())
        return max(layer.featureCount(), 0)

    @staticmethod
    def _rename_staged_fields(staging, names):
        """Give the staged columns the names they get on every backend (naming.stored_field_names)."""
        renames = [(name, column) for name, column in zip(names, stored_field_names(names)) if name != column]
        if not renames:
            return
        con = sqlite3.connect(staging, isolation_level=None)
        try:
            con.execute("BEGIN")
            has_data_columns = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_data_columns'").fetchone()
            for name, column in renames:
                con.execute(f"ALTER TABLE {quote_identifier(STAGING)} RENAME COLUMN {quote_identifier(name)} TO "
                            f"{quote_identifier(column)}")
                if has_data_columns:
                    con.execute("UPDATE gpkg_data_columns SET column_name = ? WHERE table_name = ? AND "
                                "column_name = ?", (column, STAGING, name))
            con.execute("COMMIT")
        finally:
            con.close()

    def _stage_raster(self, path, staging):
        source = gdal.Open(path)
        translated = gdal.Translate(staging, source, format="GPKG",
                                    creationOptions=[f"RASTER_TABLE={STAGING}", "TILE_FORMAT=PNG"])
        if translated is None:
            raise DatabaseError("Could not prepare the raster for the GeoPackage: {detail}",
                                detail=gdal.GetLastErrorMsg())
        translated = None
        width, height = source.RasterXSize, source.RasterYSize
        return ((width + 255) // 256) * ((height + 255) // 256)

    def _copy_staged_table(self, con, table, title):
        """Copy the staged table under its final name, with its GeoPackage bookkeeping rows (inside the
        caller's transaction)."""
        create = con.execute("SELECT sql FROM staging.sqlite_master WHERE type = 'table' AND name = ?",
                             (STAGING,)).fetchone()[0]
        create, replaced = re.subn(r'^CREATE TABLE\s+("bd_staging"|bd_staging)', "CREATE TABLE "
                                   + quote_identifier(table).replace("\\", "\\\\"), create, count=1)
        if not replaced:
            raise DatabaseError("Unexpected staging table definition: {sql}", sql=create[:80])
        con.execute(create)
        con.execute(f"INSERT INTO main.{quote_identifier(table)} SELECT * FROM staging.{quote_identifier(STAGING)}")
        srs_map = {}
        for (srs_id,) in con.execute("SELECT DISTINCT srs_id FROM staging.gpkg_contents WHERE table_name = ?",
                                     (STAGING,)).fetchall():
            srs_map[srs_id] = self._copy_srs(con, srs_id)
        main_tables = {r[0] for r in con.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
        staging_tables = {r[0] for r in con.execute("SELECT name FROM staging.sqlite_master WHERE type = 'table'")}
        for meta, key in _BOOKKEEPING:
            if meta not in staging_tables:
                continue
            if meta not in main_tables:
                con.execute(con.execute("SELECT sql FROM staging.sqlite_master WHERE name = ?", (meta,)).fetchone()[0])
            rows = con.execute(f"SELECT * FROM staging.{quote_identifier(meta)} WHERE {quote_identifier(key)} = ?",
                               (STAGING,)).fetchall()
            for row in rows:
                values = dict(row)
                values.pop("id", None)
                if meta == "gpkg_extensions" and values.get("extension_name") == "gpkg_rtree_index":
                    continue
                values[key] = table
                if meta == "gpkg_contents":
                    values["identifier"] = title
                if "srs_id" in values and values["srs_id"] in srs_map:
                    values["srs_id"] = srs_map[values["srs_id"]]
                columns = ", ".join(quote_identifier(c) for c in values)
                marks = ", ".join("?" for _ in values)
                con.execute(f"INSERT INTO main.{quote_identifier(meta)} ({columns}) VALUES ({marks})",
                            list(values.values()))
        if "gpkg_extensions" in staging_tables:  # extensions the copied rows need (gridded coverage…)
            for row in con.execute("SELECT * FROM staging.gpkg_extensions WHERE table_name IN "
                                   "('gpkg_2d_gridded_coverage_ancillary', 'gpkg_2d_gridded_tile_ancillary')"):
                exists = con.execute("SELECT 1 FROM main.gpkg_extensions WHERE table_name = ? AND "
                                     "extension_name = ?", (row["table_name"], row["extension_name"])).fetchone()
                if not exists:
                    con.execute("INSERT INTO main.gpkg_extensions VALUES (?, ?, ?, ?, ?)", tuple(row))
        self._copy_gdal_metadata(con, table, staging_tables)

    def _copy_srs(self, con, srs_id):
        """The main file's srs_id for the staging file's ``srs_id`` (added, or renumbered on a clash)."""
        row = con.execute("SELECT * FROM staging.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone()
        if row is None:
            return srs_id
        mine = con.execute("SELECT definition FROM main.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone()
        if mine is not None and mine[0] == row["definition"]:
            return srs_id
        same = con.execute("SELECT srs_id FROM main.gpkg_spatial_ref_sys WHERE definition = ?",
                           (row["definition"],)).fetchone()
        if same is not None:
            return same[0]
        new_id = srs_id
        if mine is not None:
            new_id = max(100000, con.execute("SELECT max(srs_id) FROM main.gpkg_spatial_ref_sys").fetchone()[0] + 1)
        values = dict(row)
        values["srs_id"] = new_id
        columns = ", ".join(quote_identifier(c) for c in values)
        con.execute(f"INSERT INTO main.gpkg_spatial_ref_sys ({columns}) VALUES ({', '.join('?' for _ in values)})",
                    list(values.values()))
        return new_id

    def _copy_gdal_metadata(self, con, table, staging_tables):
        """GDAL's per-table metadata (band count, nodata…) in gpkg_metadata / gpkg_metadata_reference."""
        if "gpkg_metadata_reference" not in staging_tables:
            return
        main_tables = {r[0] for r in con.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
        for meta in ("gpkg_metadata", "gpkg_metadata_reference"):
            if meta not in main_tables:
                con.execute(con.execute("SELECT sql FROM staging.sqlite_master WHERE name = ?", (meta,)).fetchone()[0])
        for ext in con.execute("SELECT * FROM staging.gpkg_extensions WHERE extension_name = 'gpkg_metadata'"
                               ).fetchall() if "gpkg_extensions" in staging_tables else []:
            if not con.execute("SELECT 1 FROM main.gpkg_extensions WHERE table_name = ? AND extension_name = "
                               "'gpkg_metadata'", (ext["table_name"],)).fetchone():
                con.execute("INSERT INTO main.gpkg_extensions VALUES (?, ?, ?, ?, ?)", tuple(ext))
        for ref in con.execute("SELECT * FROM staging.gpkg_metadata_reference WHERE table_name = ?",
                               (STAGING,)).fetchall():
            md = dict(con.execute("SELECT * FROM staging.gpkg_metadata WHERE id = ?", (ref["md_file_id"],)).fetchone())
            md.pop("id")
            columns = ", ".join(quote_identifier(c) for c in md)
            new_id = con.execute(f"INSERT INTO main.gpkg_metadata ({columns}) VALUES ({', '.join('?' for _ in md)})",
                                 list(md.values())).lastrowid
            values = dict(ref)
            values.update(table_name=table, md_file_id=new_id, md_parent_id=None)
            columns = ", ".join(quote_identifier(c) for c in values)
            con.execute(f"INSERT INTO main.gpkg_metadata_reference ({columns}) VALUES "
                        f"({', '.join('?' for _ in values)})", list(values.values()))

    # -- reading ------------------------------------------------------------------------------------------
    def _registry_row(self, row):
        row["lineage"] = json.loads(row["lineage"])
        return row

    def reviewer_identity(self):
        """The login name given when the file was opened (the OS login by default): a single-user file cannot
        tell people apart any better, so anyone may review, but not their own push (the trigger refuses it)."""
        return self.user, True

    def review(self, layer_id, status, comment="", reviewer=None):
        self._check_review_status(status)
        with self._connection() as con:
            return con.execute("INSERT INTO bd_reviews (layer_id, status, reviewer, comment) VALUES (?, ?, ?, ?)",
                               (layer_id, status, reviewer or self.user, comment or None)).lastrowid

    def stored_style(self, row):
        return self._value("SELECT styleQML FROM layer_styles WHERE f_table_name = ? ORDER BY id DESC LIMIT 1",
                           (row["table_name"],))

    def stored_metadata(self, row):
        return self._value("SELECT qmd FROM qgis_layer_metadata WHERE f_table_name = ?", (row["table_name"],))

    def _open_layer(self, row, name):
        if row["kind"] == "raster":
            return QgsRasterLayer(f"GPKG:{self.path}:{row['table_name']}", name, "gdal")
        return QgsVectorLayer(f"{self.path}|layername={row['table_name']}", name, "ogr")

    def add_map_export(self, path, layout_name, title, province="", layer_uid=None):
        content, fmt, checksum = self._map_export_file(path)
        with self._connection() as con:
            return self._insert(con, "INSERT INTO bd_map_exports (layer_uid, title, layout_name, format, content, "
                                "checksum, province, pushed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                (layer_uid, title, layout_name, fmt, content, checksum, province or None, self.user))

    def import_protected_areas(self, areas):
        dataset = ogr.Open(self.path, 1)
        try:
            layer = dataset.GetLayerByName(PROTECTED_AREAS)
            dataset.StartTransaction()
            for area in areas:
                feature = ogr.Feature(layer.GetLayerDefn())
                for key in ("name_vi", "name_en", "category", "designation_decision", "area_ha"):
                    if area.get(key) is not None:
                        feature.SetField(key, area[key])
                feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(area["wkb"])))
                layer.CreateFeature(feature)
            dataset.CommitTransaction()
        finally:
            dataset = None
        return len(areas)

    def protected_areas_layer(self, name="Protected areas"):
        return QgsVectorLayer(f"{self.path}|layername={PROTECTED_AREAS}", name, "ogr")
