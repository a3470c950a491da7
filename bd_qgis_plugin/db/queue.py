"""The persisted push queue: a push is written here before it starts and removed when it committed.

A push that failed for a reason that may pass (server gone, database locked) stays with its error and can be
resumed; a permanent refusal leaves the queue (:mod:`.push` decides). One item per layer and target: pushing the
same layer to the same database again updates its item. Items keep the layer's source (a memory layer, or a
layer whose source carries a password, is first saved to a GeoPackage beside the queue), the request and the
target (a GeoPackage path or host/port/database/authcfg). No password is ever written: everything is passed
through :func:`.redact.redact_all` on its way to the file.
"""

import json
import os
import tempfile
import time
import uuid

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.errors import BdError, InputError
from .model import PushRequest
from .redact import has_secret, redact, redact_all


def default_queue_path():
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "bd_qgis_plugin", "push_queue.json")


class PushQueue:
    def __init__(self, path=None):
        self.path = path or default_queue_path()

    def items(self):
        try:
            with open(self.path, encoding="utf-8") as fh:
                return json.load(fh)
        except FileNotFoundError:
            return []

    def _write(self, items):
        folder = os.path.dirname(self.path) or "."
        os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as fh:
            json.dump(redact_all(items), fh, ensure_ascii=False, indent=1)
        os.replace(temporary, self.path)  # atomic: the queue file is never half-written

    @staticmethod
    def layer_key(layer):
        """What tells one layer from another across attempts: its id for a memory layer, else its source."""
        if layer.providerType() == "memory":
            return "memory:" + layer.id()
        return layer.providerType() + ":" + redact(layer.source())

    def add(self, layer, request, target):
        """Record a push before it starts; return the item id (the existing item of the same layer and target,
        updated), or None when the layer cannot be kept without its password (a raster from a database)."""
        if target is None:
            raise InputError("Pushes can only be queued for connections that use an authentication configuration.")
        key = self.layer_key(layer)
        items = self.items()
        same = [item for item in items if item.get("key") == key and item.get("target") == target]
        item_id = same[0]["id"] if same else uuid.uuid4().hex
        source, provider = layer.source(), layer.providerType()
        is_vector = layer.type() == layer.VectorLayer
        if has_secret(source) and not is_vector:
            return None
        if provider == "memory" or has_secret(source):
            # keep the data itself: a memory layer does not survive QGIS, a password must not reach the file
            source = os.path.join(os.path.dirname(self.path) or ".", "queued", item_id + ".gpkg")
            os.makedirs(os.path.dirname(source), exist_ok=True)
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName, options.layerName = "GPKG", "queued"
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
            error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
                layer, source, QgsCoordinateTransformContext(), options)
            if error != QgsVectorFileWriter.WriterError.NoError:
                raise InputError("Could not keep a copy of '{name}' for the queue: {detail}", name=layer.name(),
                                 detail=redact(message))
            source, provider = source + "|layername=queued", "ogr"
        item = {"id": item_id, "key": key, "kind": "vector" if is_vector else "raster",
                "source": source, "provider": provider, "layer_name": layer.name(), "target": target,
                "request": json.loads(request.to_json()), "added": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "error": None, "attempts": 0}
        if same:  # the same layer to the same database: one item, its history kept
            item.update(added=same[0]["added"], error=same[0]["error"], attempts=same[0]["attempts"])
            items = [item if other["id"] == item_id else other for other in items
                     if other["id"] == item_id or other not in same]
        else:
            items.append(item)
        self._write(items)
        return item_id

    def mark_failed(self, item_id, message):
        items = self.items()
        for item in items:
            if item["id"] == item_id:
                item["error"], item["attempts"] = redact(message), item["attempts"] + 1
        self._write(items)

    def remove(self, item_id):
        items = [item for item in self.items() if item["id"] != item_id]
        self._write(items)
        folder = os.path.join(os.path.dirname(self.path) or ".", "queued")
        leftover = os.path.join(folder, item_id + ".gpkg")
        if os.path.exists(leftover):
            os.remove(leftover)

    @staticmethod
    def layer_of(item):
        if item["kind"] == "vector":
            layer = QgsVectorLayer(item["source"], item["layer_name"], item["provider"])
        else:
            layer = QgsRasterLayer(item["source"], item["layer_name"], item["provider"])
        if not layer.isValid():
            raise InputError("The queued layer '{name}' cannot be opened any more ({source}).",
                             name=item["layer_name"], source=item["source"])
        return layer

    @staticmethod
    def request_of(item):
        return PushRequest(**item["request"])


class ErrorText(str):
    """The text of an error as the report and the queue keep it (English, no password), which still knows its
    :class:`Message` (``message``, None for an error that is not a BdError) to be shown translated."""

    message = None


def error_text(exc, translate=None):
    """The message of ``exc`` for the report and the queue, without any password it might quote."""
    if isinstance(exc, BdError):
        text = ErrorText(redact(exc.translated(translate) if translate else str(exc)))
        text.message = exc.message
        return text
    return ErrorText(redact(str(exc)))
