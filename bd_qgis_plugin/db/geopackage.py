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
import shutil
import sqlite3
import tempfile
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
from .model import DatabaseError

STAGING = "bd_staging"
PROTECTED_AREAS = "bd_protected_areas"
#: GeoPackage bookkeeping tables copied with a pushed table: (table, column naming the pushed table)
_BOOKKEEPING = (("gpkg_contents", "table_name"), ("gpkg_geometry_columns", "table_name"),
                ("gpkg_ogr_contents", "table_name"), ("gpkg_tile_matrix_set", "table_name"),
                ("gpkg_tile_matrix", "table_name"), ("gpkg_2d_gridded_coverage_ancillary", "tile_matrix_set_name"),
                ("gpkg_2d_gridded_tile_ancillary", "tpudt_name"), ("gpkg_extensions", "table_name"))


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
    TABLES = {"layers": "bd_layers", "reviews": "bd_reviews", "map_exports": "bd_map_exports"}
    MARK = "?"
    ORPHAN_TABLE = translatable("A table {table} exists without a registry row; remove it first.")
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
        con = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA foreign_keys = ON")
        return con

    def schema_version(self):
        if not os.path.exists(self.path) or not self._has_table("bd_schema_migrations"):
            return 0
        return self._value("SELECT coalesce(max(version), 0) FROM bd_schema_migrations")

    def migrate(self):
        """Create the file if needed and apply the missing migrations; return the versions applied."""
        if not os.path.exists(self.path):
            os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
            dataset = ogr.GetDriverByName("GPKG").CreateDataSource(self.path)
            if dataset is None:
                raise DatabaseError("Cannot create the GeoPackage {path}: check the folder is writable.",
                                    path=self.path)
            dataset = None
        con = self.connect()
        applied = []
        try:
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
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise DatabaseError("Cannot update the GeoPackage database {path}: {detail}", path=self.path,
                                detail=str(exc)) from exc
        finally:
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
        dataset = ogr.Open(self.path, 1)
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
            raise DatabaseError("The GeoPackage database {path} refused the operation: {detail}", path=self.path,
                                detail=str(exc)) from exc

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
        """GDAL writes the layer (vector, or raster tiles) into a private staging GeoPackage."""
        folder = tempfile.mkdtemp(prefix="bd-push-")
        try:
            staging = os.path.join(folder, "staging.gpkg")
            if is_vector:
                staged = _Staged(staging, self._stage_vector(layer, staging, progress, cancelled),
                                 "geom" if layer.isSpatial() else None)
            else:
                staged = _Staged(staging, self._stage_raster(layer.source(), staging))
            progress(1.0)
            yield staged
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    @contextmanager
    def _push_transaction(self, staged):
        """``BEGIN IMMEDIATE … COMMIT`` on the database file, with the staging file attached."""
        con = self.connect()
        con.execute("ATTACH DATABASE ? AS staging", (staged.path,))
        try:
            con.execute("BEGIN IMMEDIATE")  # the write lock: concurrent pushes wait here, one after another
            yield con
            con.execute("COMMIT")
        except BaseException as exc:
            if con.in_transaction:
                con.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise DatabaseError("The GeoPackage refused the push: {detail}. Nothing was stored.",
                                    detail=str(exc)) from exc
            raise
        finally:
            con.execute("DETACH DATABASE staging")
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

    def _stage_vector(self, layer, staging, progress, cancelled):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = STAGING
        options.fileEncoding = "UTF-8"
        options.layerOptions = ["FID=bd_fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO"]
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
        return max(layer.featureCount(), 0)

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
    def layers(self, title=None):
        rows = self._query("SELECT l.*, (SELECT r.status FROM bd_reviews r WHERE r.layer_id = l.id ORDER BY "
                           "r.reviewed_at DESC, r.id DESC LIMIT 1) AS status FROM bd_layers l "
                           "WHERE (? IS NULL OR l.title = ?) ORDER BY l.title, l.version", (title, title))
        for row in rows:
            row["lineage"] = json.loads(row["lineage"])
        return rows

    def review(self, layer_id, status, comment="", reviewer=None):
        self._check_review_status(status)
        con = self.connect()
        try:
            return con.execute("INSERT INTO bd_reviews (layer_id, status, reviewer, comment) VALUES (?, ?, ?, ?)",
                               (layer_id, status, reviewer or self.user, comment or None)).lastrowid
        except sqlite3.DatabaseError as exc:
            raise DatabaseError("The database refused this: {detail}", detail=str(exc)) from exc
        finally:
            con.close()

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
