"""What a push carries and what it returns; QGIS metadata and style as stored text."""

import json
import os
from dataclasses import dataclass, field
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsLayerMetadata,
    QgsProject,
    QgsReadWriteContext,
    QgsWkbTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import BdError, InputError
from . import THEMES
from .checks import map_file_problem
from .naming import RESERVED_TABLE_PREFIXES, reserved_table_prefix, slugify


def _nul_path(value, where=""):
    """Where in ``value`` (nested lists and dicts) a string holds a NUL character, or None."""
    if isinstance(value, str):
        return where or "-" if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and "\x00" in key:
                return f"{where}/{key!r}"
            found = _nul_path(item, f"{where}/{key}")
            if found:
                return found
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _nul_path(item, f"{where}[{index}]")
            if found:
                return found
    return None


class DatabaseError(BdError):
    """The database refused or lost the work; nothing was stored."""


class TransientDatabaseError(DatabaseError):
    """The database cannot be reached, or is busy, for now: the same push may succeed later (it is queued)."""


class DuplicateError(BdError):
    """The same data (same checksum) is already in the database."""


@dataclass
class PushRequest:
    title: str
    theme: str = "other"
    province: str = ""
    reserve: str = ""
    lineage: list = field(default_factory=list)  # [{"algorithm": "bd:x", "parameters": {...}}, ...]
    metadata_qmd: Optional[str] = None  # QgsLayerMetadata as XML; None: the layer's own metadata
    style_qml: Optional[str] = None  # None: the layer's current style
    allow_duplicate: bool = False
    submit: bool = True  # record a "submitted" review

    def validate(self):
        if not self.title.strip():
            raise InputError("Give the layer a title before pushing it.")
        if self.theme not in THEMES:
            raise InputError("Unknown theme '{theme}': use one of {themes}.", theme=self.theme,
                             themes=", ".join(THEMES))
        if any("\x00" in (text or "") for text in (self.title, self.province, self.reserve)):
            raise InputError("The title, province or reserve contains a NUL character (\\u0000), which databases "
                             "cannot store; remove it and push again.")
        where = _nul_path(self.lineage)
        if where:
            raise InputError("The lineage contains a NUL character (\\u0000) at {where}, which databases cannot "
                             "store; remove it from the lineage and push again. Nothing was queued.", where=where)
        slug = slugify(self.title)
        prefix = reserved_table_prefix(slug)
        if prefix:
            raise InputError("The title '{title}' would give the table name {slug}_v…, but names starting with "
                             "{prefix} are reserved by the database ({prefixes}); choose another title.",
                             title=self.title, slug=slug, prefix=prefix, prefixes=", ".join(RESERVED_TABLE_PREFIXES))

    def to_json(self):
        return json.dumps(self.__dict__, ensure_ascii=False)

    @classmethod
    def from_json(cls, text):
        return cls(**json.loads(text))


@dataclass
class MapExportRequest:
    """A thematic map exported from a print layout (PDF or PNG), pushed as a file into the map exports table."""

    path: str
    title: str
    layout_name: str = ""  # the print layout it was exported from; "" when unknown (the file name is stored)
    province: str = ""
    layer_uid: Optional[str] = None  # the pushed layer the map shows, when there is one
    allow_duplicate: bool = False

    @property
    def name(self):
        return self.title or os.path.basename(self.path)

    @property
    def format(self):
        return os.path.splitext(self.path)[1].lower().lstrip(".")

    def validate(self):
        if not self.title.strip():
            raise InputError("Give the map a title before pushing it.")
        if any("\x00" in (text or "") for text in (self.title, self.layout_name, self.province)):
            raise InputError("The title, layout or province of the map contains a NUL character (\\u0000), which "
                             "databases cannot store; remove it and push again.")
        problem = map_file_problem(self.path)
        if problem is not None:
            raise InputError(problem.template, **problem.params)


@dataclass
class MapExportResult:
    export_id: int
    title: str
    format: str  # pdf | png
    size: int  # bytes
    checksum: str
    warnings: list = field(default_factory=list)  # [core.errors.Message]


@dataclass
class PushResult:
    layer_id: int
    layer_uid: str
    version: int
    table_name: str
    slug: str
    kind: str
    feature_count: int
    checksum: str
    warnings: list = field(default_factory=list)  # [core.errors.Message]


def layer_style_qml(layer):
    document = QDomDocument()
    error = layer.exportNamedStyle(document, QgsReadWriteContext())
    return document.toString() if not error else None


def apply_style_qml(layer, qml):
    document = QDomDocument()
    if qml and document.setContent(qml)[0]:
        return layer.importNamedStyle(document)[0]
    return False


def metadata_to_qmd(metadata):
    document = QDomDocument("qgis")
    root = document.createElement("qgis")
    document.appendChild(root)
    metadata.writeMetadataXml(root, document)
    return document.toString()


def metadata_from_qmd(qmd):
    metadata = QgsLayerMetadata()
    document = QDomDocument()
    if qmd and document.setContent(qmd)[0]:
        metadata.readMetadataXml(document.documentElement())
    return metadata


def request_metadata(layer, request, identifier):
    """The layer's metadata (or the request's) with title and identifier set for the stored version."""
    metadata = metadata_from_qmd(request.metadata_qmd) if request.metadata_qmd else layer.metadata().clone()
    metadata.setTitle(metadata.title() or request.title)
    if not metadata.identifier():
        metadata.setIdentifier(identifier)
    if not metadata.crs().isValid():
        metadata.setCrs(layer.crs())
    return metadata


def extent_wkt_4326(layer):
    """The layer's extent as an EPSG:4326 polygon (WKT), or None."""
    extent = layer.extent()
    if extent.isNull() or extent.isEmpty() or not layer.crs().isValid():
        return None
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    try:
        transform = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance().transformContext())
        return QgsGeometry.fromRect(transform.transformBoundingBox(extent)).asWkt(8)
    except Exception:  # noqa: BLE001 - an extent that cannot be transformed is left out
        return None


def geometry_type_text(layer):
    if layer.type() != layer.VectorLayer:
        return None
    return QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(layer.wkbType()))
