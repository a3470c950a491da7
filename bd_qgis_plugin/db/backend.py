"""One push, two databases: the sequence every push follows, written once (:class:`Database`).

A push is: validate the request → checksum the layer → prepare the data (backend: nothing to do for PostGIS,
which streams while writing; a staging file for the GeoPackage) → in one transaction: allocate the name and
version → refuse a duplicate (before any data is written, so no work is wasted) → write the data table
(backend) → registry row → metadata → style → "submitted" review → commit. A failure or a cancel at any
step rolls the transaction back: nothing is stored.

The backends (:mod:`.postgis`, :mod:`.geopackage`) implement the small hooks: connection and transaction,
their SQL (the statements below name the values of :meth:`Database._values`), writing the data table and
reading back. Identifiers from users (table names) are quoted by each backend's driver rules; every value is
bound.
"""

import hashlib
import os
import uuid
from contextlib import contextmanager

from ..core.errors import Cancelled, InputError, Message
from . import REVIEW_STATUSES, translatable
from .checksums import layer_checksum
from .model import (
    DatabaseError,
    DuplicateError,
    MapExportResult,
    PushResult,
    apply_style_qml,
    extent_wkt_4326,
    geometry_type_text,
    layer_style_qml,
    metadata_to_qmd,
    request_metadata,
)
from .naming import renamed_fields, slugify, unique_slug, version_table
from .redact import redact_all

#: Progress of a push: the checksum pass ends at CHECKSUM_DONE, writing (or staging) the data at DATA_DONE.
CHECKSUM_DONE, DATA_DONE = 0.1, 0.8

# Statements both backends run, written once: {layers}, {reviews}, {map_exports} are the backend's table
# names (constants of this package, never user input), ``?`` a bound value.
LATEST_VERSION = ("SELECT layer_uid, slug, max(version) AS version FROM {layers} WHERE title = ? "
                  "GROUP BY layer_uid, slug ORDER BY max(version) DESC LIMIT 1")
TAKEN_SLUGS = "SELECT DISTINCT slug, title FROM {layers} WHERE slug = ? OR substr(slug, 1, ?) = ?"
SAME_CHECKSUM = "SELECT title, version FROM {layers} WHERE source_checksum = ? ORDER BY id"
REVIEWS = "SELECT status, reviewer, comment, reviewed_at FROM {reviews} WHERE layer_id = ? ORDER BY reviewed_at, id"
# The registry rows, each with its latest review: ``status``, ``reviewed_by`` (who accepted or returned it; none
# while it is only submitted), ``review_comment`` and ``reviewed_at``. {layer_columns}: the backend's extra columns.
LAYERS = ("SELECT l.*{layer_columns}, r.status, CASE WHEN r.status = 'submitted' THEN NULL ELSE r.reviewer END "
          "AS reviewed_by, r.comment AS review_comment, r.reviewed_at FROM {layers} l LEFT JOIN {reviews} r ON r.id = "
          "(SELECT r2.id FROM {reviews} r2 WHERE r2.layer_id = l.id ORDER BY r2.reviewed_at DESC, r2.id DESC LIMIT 1) "
          "WHERE (CAST(? AS text) IS NULL OR l.title = ?) ORDER BY l.title, l.version")
MAP_EXPORTS = ("SELECT id, title, layout_name, format, length(content) AS size, province, pushed_by, pushed_at "
               "FROM {map_exports} ORDER BY id")
SAME_MAP_CHECKSUM = "SELECT title, id FROM {map_exports} WHERE checksum = ? ORDER BY id"


def stop_if_cancelled(cancelled):
    if cancelled is not None and cancelled():
        raise Cancelled()


class StoredVersion:
    """What one push stores, filled in step by step: name and version first, then what writing the data gave."""

    def __init__(self, title, layer_uid, version, slug, checksum, is_vector):
        self.title, self.layer_uid, self.version, self.slug, self.checksum = title, layer_uid, version, slug, checksum
        self.table = version_table(slug, version)
        self.is_vector = is_vector
        self.srid = None
        self.geometry_column = None
        self.count = 0

    @property
    def kind(self):
        return "raster" if not self.is_vector else ("vector" if self.geometry_column else "table")


class Database:
    """The push sequence and what both backends read the same way; subclasses give the hooks."""

    kind = ""
    #: the registry, reviews and map-export tables (for the shared statements above); ``layer_columns``: what
    #: the backend adds to the registry row (``l.*``) in LAYERS
    TABLES = {}
    #: the bound-value mark of the driver
    MARK = "?"
    #: the schema of the pushed tables ("" where there are no schemas)
    DATA_SCHEMA = ""
    #: a version's table exists without its registry row: who removes it
    ORPHAN_TABLE = ""
    #: statements with named values (see :meth:`_values`), in the backend's dialect
    INSERT_REGISTRY = INSERT_METADATA = INSERT_STYLE = INSERT_REVIEW = ""
    #: why the Review list is empty or short (templates with {count}, {user}, {path}: see :meth:`review_queue`)
    NOTHING_TO_REVIEW = translatable("No submission is waiting for review.")
    ONLY_OWN_SUBMISSIONS = ""
    NOT_A_REVIEWER = ""
    SOME_OWN_SUBMISSIONS = translatable("{count} submission(s) pushed by {user} (you) are not listed: the person who "
                                        "pushed a layer cannot accept or return it; another reviewer decides on them.")

    # -- hooks ----------------------------------------------------------------------------------------------
    @property
    def user_name(self):
        """Who pushes, as the backend records it."""
        raise NotImplementedError

    def reviewer_identity(self):
        """(the name the database records for the current user, whether that user may accept or return)."""
        raise NotImplementedError

    @contextmanager
    def _prepared(self, layer, is_vector, progress, cancelled):
        """The data ready to be written (outside the transaction), cleaned up afterwards."""
        raise NotImplementedError
        yield

    @contextmanager
    def _push_transaction(self, data):
        """One write transaction (committed when the block ends, rolled back on any exception); yields the
        handle given to the other hooks. Driver errors become DatabaseError."""
        raise NotImplementedError
        yield

    def _rows(self, tx, text, params=()):
        """The rows (dicts) of a query inside ``tx``."""
        raise NotImplementedError

    def _execute(self, tx, text, values):
        """Run a statement inside ``tx``."""
        raise NotImplementedError

    def _insert(self, tx, text, values):
        """Run an INSERT inside ``tx``; return the new row's id."""
        raise NotImplementedError

    def _query(self, text, params=()):
        """The rows (dicts) of a read-only query, in a connection of its own."""
        raise NotImplementedError

    def _lock_title(self, tx, slug):
        """Serialise pushes of the same title until commit (a backend whose transaction locks everything
        needs nothing more)."""

    def _table_exists(self, tx, table):
        raise NotImplementedError

    def _write_data(self, tx, stored, data, progress, cancelled):
        """Create and fill ``stored.table``; set ``stored.srid``, ``geometry_column`` and ``count``."""
        raise NotImplementedError

    def _json(self, value):
        """A JSON value as the driver binds it."""
        raise NotImplementedError

    # -- the push -------------------------------------------------------------------------------------------
    def push(self, layer, request, progress=None, cancelled=None):
        """Push ``layer`` (vector or raster) as a new version; all or nothing (see the module docstring).
        Returns a PushResult."""
        request.validate()
        is_vector = layer.type() == layer.VectorLayer
        if not is_vector and layer.providerType() != "gdal":
            raise InputError("Only file-based rasters can be pushed; save '{name}' as a GeoTIFF first.",
                             name=layer.name())
        report = progress or (lambda fraction: None)
        checksum = layer_checksum(layer, cancelled)
        report(CHECKSUM_DONE)

        def data_progress(fraction):
            report(CHECKSUM_DONE + (DATA_DONE - CHECKSUM_DONE) * fraction)

        with self._prepared(layer, is_vector, data_progress, cancelled) as data:
            stop_if_cancelled(cancelled)
            with self._push_transaction(data) as tx:
                result = self._store(tx, layer, request, checksum, is_vector, data, data_progress, cancelled)
        report(1.0)
        return result

    def _store(self, tx, layer, request, checksum, is_vector, data, progress, cancelled):
        layer_uid, slug, version = self._allocate(tx, request.title)
        warnings = self._refuse_duplicate(tx, request, checksum)
        stored = StoredVersion(request.title, layer_uid, version, slug, checksum, is_vector)
        if self._table_exists(tx, stored.table):
            raise DatabaseError(self.ORPHAN_TABLE, table=stored.table)
        self._write_data(tx, stored, data, progress, cancelled)
        stop_if_cancelled(cancelled)
        values = self._values(layer, request, stored)
        values["layer_id"] = self._insert(tx, self.INSERT_REGISTRY, values)
        self._execute(tx, self.INSERT_METADATA, values)
        if values["qml"]:
            self._execute(tx, self.INSERT_STYLE, values)
        if request.submit:
            self._execute(tx, self.INSERT_REVIEW, values)
        return PushResult(values["layer_id"], layer_uid, version, stored.table, slug, stored.kind, stored.count,
                          checksum, warnings)

    def _sql(self, template):
        return template.format(**self.TABLES).replace("?", self.MARK)

    def _allocate(self, tx, title):
        """(layer_uid, slug, version) for a new version of ``title``."""
        base = slugify(title)
        self._lock_title(tx, base)
        latest = self._rows(tx, self._sql(LATEST_VERSION), (title,))
        if latest:
            return str(latest[0]["layer_uid"]), latest[0]["slug"], latest[0]["version"] + 1
        taken = {row["slug"]: row["title"]
                 for row in self._rows(tx, self._sql(TAKEN_SLUGS), (base, len(base) + 1, base + "_"))}
        return str(uuid.uuid4()), unique_slug(title, taken), 1

    def _same_checksum(self, tx, checksum):
        return [(row["title"], row["version"]) for row in self._rows(tx, self._sql(SAME_CHECKSUM), (checksum,))]

    def _refuse_duplicate(self, tx, request, checksum):
        """The one duplicate check: refused, or (when allowed) the warnings of the push."""
        same = self._same_checksum(tx, checksum)
        if not same:
            return []
        title, version = same[0]
        if not request.allow_duplicate:
            raise DuplicateError("The same data was already pushed as '{title}' version {version} (same "
                                 "checksum); nothing new was stored.", title=title, version=version)
        return [Message("The same data was already pushed as '{title}' version {version}.", title=title,
                        version=version)]

    def _values(self, layer, request, stored):
        """Every value the registry row, metadata, style and review take, by name."""
        metadata = request_metadata(layer, request, stored.layer_uid)
        return {
            # registry
            "layer_uid": stored.layer_uid, "version": stored.version, "title": request.title, "slug": stored.slug,
            "theme": request.theme, "province": request.province or None, "reserve": request.reserve or None,
            "kind": stored.kind, "schema": self.DATA_SCHEMA, "table_name": stored.table,
            "geometry_column": stored.geometry_column, "srid": stored.srid, "feature_count": stored.count,
            "user": self.user_name, "source_checksum": stored.checksum,
            "lineage": self._json(self._lineage(layer, request, stored)),
            # metadata
            "identifier": metadata.identifier(), "metadata_title": metadata.title(),
            "abstract": metadata.abstract(), "geometry_type": geometry_type_text(layer),
            "extent": extent_wkt_4326(layer) if stored.geometry_column else None,
            "crs": metadata.crs().authid() or metadata.crs().toWkt(),
            "layer_type": "vector" if stored.is_vector else "raster", "qmd": metadata_to_qmd(metadata),
            # style
            "qml": request.style_qml if request.style_qml is not None else layer_style_qml(layer),
            "description": "bd_qgis_plugin push",
        }

    @staticmethod
    def _lineage(layer, request, stored):
        """The request's lineage without secrets, and the fields renamed by the push (as its last step)."""
        lineage = redact_all(request.lineage)
        renames = renamed_fields(layer.fields().names()) if stored.is_vector else {}
        if renames:
            lineage = list(lineage) + [{"algorithm": "bd:pushtodatabase", "parameters": {"renamed_fields": renames}}]
        return lineage

    # -- reading --------------------------------------------------------------------------------------------
    def _value(self, text, params=()):
        """The first value of the first row, or None."""
        rows = self._query(text, params)
        return next(iter(rows[0].values())) if rows else None

    def checksum_matches(self, checksum):
        return [(row["title"], row["version"]) for row in self._query(self._sql(SAME_CHECKSUM), (checksum,))]

    def reviews(self, layer_id):
        return self._query(self._sql(REVIEWS), (layer_id,))

    def layers(self, title=None):
        """Registry rows (dicts) by title and version, each with its latest review (see LAYERS)."""
        return [self._registry_row(row) for row in self._query(self._sql(LAYERS), (title, title))]

    def _registry_row(self, row):
        """A row of LAYERS as the callers read it (the backend decodes what its driver leaves encoded)."""
        return row

    def review_queue(self):
        """What the current user may accept or return: (the submitted versions pushed by someone else, a Message
        saying why the list is empty or short, or None). Only what the database would allow is offered; it still
        refuses a decision on one's own push (the review functions and triggers)."""
        user, may_review = self.reviewer_identity()
        waiting = [row for row in self.layers() if row["status"] == "submitted"]
        if not waiting:
            return [], Message(self.NOTHING_TO_REVIEW)
        if not may_review:
            return [], Message(self.NOT_A_REVIEWER, count=len(waiting), user=user)
        others = [row for row in waiting if row["pushed_by"] != user]
        own = len(waiting) - len(others)
        if not others:
            return [], Message(self.ONLY_OWN_SUBMISSIONS, count=own, user=user, path=self.label)
        return others, Message(self.SOME_OWN_SUBMISSIONS, count=own, user=user) if own else None

    def map_exports(self):
        return self._query(self._sql(MAP_EXPORTS))

    def map_checksum_matches(self, checksum):
        """[(title, export id)] of the map exports holding the same file."""
        return [(row["title"], row["id"]) for row in self._query(self._sql(SAME_MAP_CHECKSUM), (checksum,))]

    def push_map_export(self, request, cancelled=None):
        """Store a map export (a MapExportRequest: a PDF or PNG file) in one statement; the same file twice is
        refused unless allowed, as for layers. Returns a MapExportResult."""
        request.validate()
        stop_if_cancelled(cancelled)
        content, fmt, checksum = self._map_export_file(request.path)
        warnings = []
        same = self.map_checksum_matches(checksum)
        if same:
            if not request.allow_duplicate:
                raise DuplicateError("The same map file was already pushed as '{title}'; nothing new was stored.",
                                     title=same[0][0])
            warnings.append(Message("The same map file was already pushed as '{title}'.", title=same[0][0]))
        stop_if_cancelled(cancelled)
        export_id = self.add_map_export(request.path, request.layout_name.strip() or os.path.basename(request.path),
                                        request.title.strip(), request.province, request.layer_uid)
        return MapExportResult(export_id, request.title.strip(), fmt, len(content), checksum, warnings)

    def qgis_layer(self, row, name=None):
        """The stored version as a QGIS layer with its stored style."""
        layer = self._open_layer(row, name or f"{row['title']} v{row['version']}")
        if layer.isValid():
            apply_style_qml(layer, self.stored_style(row))
        return layer

    def _open_layer(self, row, name):
        raise NotImplementedError

    @staticmethod
    def _check_review_status(status):
        if status not in REVIEW_STATUSES:
            raise InputError("Unknown review status '{status}'.", status=status)

    @staticmethod
    def _map_export_file(path):
        """(content, format, SHA-256) of an exported map file."""
        with open(path, "rb") as fh:
            content = fh.read()
        return content, os.path.splitext(path)[1].lower().lstrip("."), hashlib.sha256(content).hexdigest()
