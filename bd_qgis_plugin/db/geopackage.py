"""The provincial database in a GeoPackage file (the embedded default when no server is configured).

The same logical model as PostGIS (``bd_layers``, ``qgis_layer_metadata``, ``layer_styles``,
``bd_map_exports``, ``bd_reviews``, ``bd_protected_areas``). A push is one SQLite transaction: GDAL first
writes the layer (vector, or raster tiles through GDAL's GPKG raster driver) into a private staging
GeoPackage; then, in a single ``BEGIN IMMEDIATE … COMMIT`` on the database file, the table, its GeoPackage
bookkeeping rows, the registry row, metadata, style and review are copied in together. Identifiers are quoted
with :func:`quote_identifier` (SQLite's rule: double quotes, inner quotes doubled), values are bound.
"""

import getpass
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import uuid

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeedback,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.errors import Cancelled, InputError
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
from .checksums import raster_checksum, vector_checksum

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


class GeopackageDatabase:
    kind = "geopackage"

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
        if not os.path.exists(self.path):
            return 0
        con = self.connect()
        try:
            if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'bd_schema_migrations'").fetchone():
                return 0
            return con.execute("SELECT coalesce(max(version), 0) FROM bd_schema_migrations").fetchone()[0]
        finally:
            con.close()

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
        con = self.connect()
        try:
            return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None
        finally:
            con.close()

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

    # -- push ---------------------------------------------------------------------------------------------
    def push(self, layer, request, progress=None, cancelled=None):
        """Push ``layer`` as a new version, all or nothing (see the module docstring)."""
        request.validate()
        is_vector = layer.type() == layer.VectorLayer
        if not is_vector and layer.providerType() != "gdal":
            raise InputError("Only file-based rasters can be pushed; save '{name}' as a GeoTIFF first.",
                             name=layer.name())
        report = progress or (lambda fraction: None)
        checksum = vector_checksum(layer, cancelled) if is_vector else raster_checksum(layer.source(), cancelled)
        report(0.1)
        folder = tempfile.mkdtemp(prefix="bd-push-")
        try:
            staging = os.path.join(folder, "staging.gpkg")
            if is_vector:
                count = self._stage_vector(layer, staging, report, cancelled)
                geometry_column = "geom" if layer.isSpatial() else None
            else:
                count, geometry_column = self._stage_raster(layer.source(), staging), None
            if cancelled is not None and cancelled():
                raise Cancelled()
            report(0.8)
            result = self._commit(layer, staging, request, checksum, count, geometry_column, is_vector)
            report(1.0)
            return result
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _stage_vector(self, layer, staging, report, cancelled):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = STAGING
        options.fileEncoding = "UTF-8"
        options.layerOptions = ["FID=bd_fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO"]
        feedback = QgsFeedback()
        feedback.progressChanged.connect(lambda value: report(0.1 + 0.7 * value / 100.0))
        if cancelled is not None:
            feedback.progressChanged.connect(lambda value: cancelled() and feedback.cancel())
        options.feedback = feedback
        error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, staging, QgsCoordinateTransformContext(), options)
        if feedback.isCanceled():
            raise Cancelled()
        if error != QgsVectorFileWriter.NoError:
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

    def _allocate(self, con, title):
        row = con.execute("SELECT layer_uid, slug, max(version) FROM bd_layers WHERE title = ? "
                          "GROUP BY layer_uid, slug ORDER BY max(version) DESC LIMIT 1", (title,)).fetchone()
        if row:
            return row[0], row[1], row[2] + 1
        base = slugify(title)
        taken = {r[0]: r[1] for r in con.execute(
            "SELECT DISTINCT slug, title FROM bd_layers WHERE slug = ? OR substr(slug, 1, ?) = ?",
            (base, len(base) + 1, base + "_"))}
        return str(uuid.uuid4()), unique_slug(title, taken), 1

    def _commit(self, layer, staging, request, checksum, count, geometry_column, is_vector):
        con = self.connect()
        con.execute("ATTACH DATABASE ? AS staging", (staging,))
        try:
            con.execute("BEGIN IMMEDIATE")  # the write lock: concurrent pushes wait here, one after another
            warnings = []
            same = con.execute("SELECT title, version FROM bd_layers WHERE source_checksum = ? ORDER BY id",
                               (checksum,)).fetchall()
            if same:
                if not request.allow_duplicate:
                    raise DuplicateError("The same data was already pushed as '{title}' version {version} (same "
                                         "checksum); nothing new was stored.", title=same[0][0], version=same[0][1])
                warnings.append((translatable("The same data was already pushed as '{title}' version {version}."),
                                 {"title": same[0][0], "version": same[0][1]}))
            layer_uid, slug, version = self._allocate(con, request.title)
            table = version_table(slug, version)
            if con.execute("SELECT 1 FROM main.sqlite_master WHERE lower(name) = lower(?)", (table,)).fetchone():
                raise DatabaseError("A table {table} exists without a registry row; remove it first.", table=table)
            self._copy_staged_table(con, table, f"{request.title} v{version}")
            srid = con.execute("SELECT srs_id FROM main.gpkg_contents WHERE table_name = ?", (table,)).fetchone()[0]
            kind = "raster" if not is_vector else ("vector" if geometry_column else "table")
            layer_id = con.execute(
                "INSERT INTO bd_layers (layer_uid, version, title, slug, theme, province, reserve, kind, table_name, "
                "geometry_column, srid, feature_count, pushed_by, source_checksum, lineage) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (layer_uid, version, request.title, slug, request.theme, request.province or None,
                 request.reserve or None, kind, table, geometry_column, srid, count,
                 self.user, checksum, json.dumps(request.lineage, ensure_ascii=False))).lastrowid
            metadata = request_metadata(layer, request, layer_uid)
            con.execute("INSERT INTO qgis_layer_metadata (f_table_catalog, f_table_schema, f_table_name, "
                        "f_geometry_column, identifier, title, abstract, geometry_type, extent, crs, layer_type, qmd, "
                        "owner) VALUES ('', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (table, geometry_column, metadata.identifier(), metadata.title(), metadata.abstract(),
                         geometry_type_text(layer), extent_wkt_4326(layer) if geometry_column else None,
                         metadata.crs().authid() or metadata.crs().toWkt(), "vector" if is_vector else "raster",
                         metadata_to_qmd(metadata), self.user))
            qml = request.style_qml if request.style_qml is not None else layer_style_qml(layer)
            if qml:
                con.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                            "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                            "VALUES ('', '', ?, ?, ?, ?, '', 1, ?, ?, '')",
                            (table, geometry_column or "", request.title, qml, "bd_qgis_plugin push", self.user))
            if request.submit:
                con.execute("INSERT INTO bd_reviews (layer_id, status, reviewer) VALUES (?, 'submitted', ?)",
                            (layer_id, self.user))
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
        return PushResult(layer_id, layer_uid, version, table, slug, kind, count, checksum, warnings)

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
    def _query(self, text, params=()):
        con = self.connect()
        try:
            return [dict(row) for row in con.execute(text, params).fetchall()]
        finally:
            con.close()

    def layers(self, title=None):
        rows = self._query("SELECT l.*, (SELECT r.status FROM bd_reviews r WHERE r.layer_id = l.id ORDER BY "
                           "r.reviewed_at DESC, r.id DESC LIMIT 1) AS status FROM bd_layers l "
                           "WHERE (? IS NULL OR l.title = ?) ORDER BY l.title, l.version", (title, title))
        for row in rows:
            row["lineage"] = json.loads(row["lineage"])
        return rows

    def checksum_matches(self, checksum):
        return [(r["title"], r["version"]) for r in self._query(
            "SELECT title, version FROM bd_layers WHERE source_checksum = ? ORDER BY id", (checksum,))]

    def reviews(self, layer_id):
        return self._query("SELECT status, reviewer, comment, reviewed_at FROM bd_reviews WHERE layer_id = ? "
                           "ORDER BY reviewed_at, id", (layer_id,))

    def review(self, layer_id, status, comment="", reviewer=None):
        if status not in REVIEW_STATUSES:
            raise InputError("Unknown review status '{status}'.", status=status)
        con = self.connect()
        try:
            return con.execute("INSERT INTO bd_reviews (layer_id, status, reviewer, comment) VALUES (?, ?, ?, ?)",
                               (layer_id, status, reviewer or self.user, comment or None)).lastrowid
        except sqlite3.DatabaseError as exc:
            raise DatabaseError("The database refused this: {detail}", detail=str(exc)) from exc
        finally:
            con.close()

    def stored_style(self, row):
        found = self._query("SELECT styleQML FROM layer_styles WHERE f_table_name = ? ORDER BY id DESC LIMIT 1",
                            (row["table_name"],))
        return found[0]["styleQML"] if found else None

    def stored_metadata(self, row):
        found = self._query("SELECT qmd FROM qgis_layer_metadata WHERE f_table_name = ?", (row["table_name"],))
        return found[0]["qmd"] if found else None

    def qgis_layer(self, row, name=None):
        name = name or f"{row['title']} v{row['version']}"
        if row["kind"] == "raster":
            layer = QgsRasterLayer(f"GPKG:{self.path}:{row['table_name']}", name, "gdal")
        else:
            layer = QgsVectorLayer(f"{self.path}|layername={row['table_name']}", name, "ogr")
        if layer.isValid():
            apply_style_qml(layer, self.stored_style(row))
        return layer

    def add_map_export(self, path, layout_name, title, province="", layer_uid=None):
        with open(path, "rb") as fh:
            content = fh.read()
        fmt = os.path.splitext(path)[1].lower().lstrip(".")
        con = self.connect()
        try:
            return con.execute("INSERT INTO bd_map_exports (layer_uid, title, layout_name, format, content, checksum, "
                               "province, pushed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               (layer_uid, title, layout_name, fmt, content, hashlib.sha256(content).hexdigest(),
                                province or None, self.user)).lastrowid
        finally:
            con.close()

    def map_exports(self):
        return self._query("SELECT id, title, layout_name, format, length(content) AS size, pushed_by, pushed_at "
                           "FROM bd_map_exports ORDER BY id")

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
