"""One code path for every push (panel, Processing algorithm, demo): queue, push, report."""

import socket

from ..core.errors import Cancelled, InputError, Message, thousands, translatable
from .connections import open_database, queue_target
from .model import MapExportResult, TransientDatabaseError
from .queue import error_text
from .redact import redact

#: libpq's words for a refusal that waiting will not cure (wrong password, no such database, not allowed in)
_PERMANENT_CONNECTION_FAILURES = ("password authentication failed", "no password supplied", "does not exist",
                                  "pg_hba.conf", "permission denied", "authentication failed")


def _causes(exc):
    seen = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def may_pass(exc):
    """True for a failure that can succeed later, unchanged: the server gone, the connection refused, lost or
    timed out, the database busy (locked). Everything else (a refusal by the database, bad input, a duplicate,
    a cancel, an unexpected error) would fail again the same way, and is not queued."""
    if isinstance(exc, (InputError, Cancelled)):
        return False
    for cause in _causes(exc):
        if isinstance(cause, TransientDatabaseError):
            return True
        if isinstance(cause, (ConnectionError, TimeoutError, socket.timeout)):
            return True
        names = {kind.__name__ for kind in type(cause).__mro__}
        if type(cause).__module__.startswith("psycopg2") and names & {"OperationalError", "InterfaceError"}:
            text = str(cause).lower()
            return not any(words in text for words in _PERMANENT_CONNECTION_FAILURES)
    return False


def push_layers(database, jobs, queue=None, progress=None, cancelled=None):
    """Push ``jobs`` ([(layer, PushRequest)]) one by one, each in its own transaction.

    Each valid job is queued before it starts (so a kill mid-push leaves it queued) and leaves the queue when it
    committed or was refused for good; a job that failed for a reason that may pass (:func:`may_pass`) stays
    queued with its error, one item per layer and target however often it is tried.
    Returns [(layer name, PushResult or None, error message or None)].
    """
    report = []
    total = max(len(jobs), 1)
    for index, (layer, request) in enumerate(jobs):
        try:
            request.validate()  # refused up front: never queued
        except InputError as exc:
            report.append((layer.name(), None, error_text(exc)))
            continue
        target = queue_target(database) if queue is not None else None
        item_id = queue.add(layer, request, target) if target is not None else None
        step = (lambda fraction, i=index: progress((i + fraction) / total)) if progress else None
        try:
            result = database.push(layer, request, step, cancelled)
        except Exception as exc:  # noqa: BLE001 - a failure that may pass keeps the item queued, with its message
            if item_id is not None:
                if may_pass(exc):
                    queue.mark_failed(item_id, error_text(exc))
                else:
                    queue.remove(item_id)
            report.append((layer.name(), None, error_text(exc)))
            continue
        if item_id is not None:
            queue.remove(item_id)
        report.append((layer.name(), result, None))
    return report


def resume_queue(queue, progress=None, cancelled=None, opener=open_database):
    """Retry every queued push; return the same report as :func:`push_layers`."""
    report = []
    items = queue.items()
    for index, item in enumerate(items):
        step = (lambda fraction, i=index: progress((i + fraction) / len(items))) if progress else None
        try:
            database = opener(item["target"])
            layer, request = queue.layer_of(item), queue.request_of(item)
            result = database.push(layer, request, step, cancelled)
        except Exception as exc:  # noqa: BLE001 - the item stays queued with its message when it may pass
            if may_pass(exc):
                queue.mark_failed(item["id"], error_text(exc))
            else:
                queue.remove(item["id"])
            report.append((item["layer_name"], None, error_text(exc)))
            continue
        queue.remove(item["id"])
        report.append((item["layer_name"], result, None))
    return report


def push_map_exports(database, exports, progress=None, cancelled=None):
    """Push map exports ([MapExportRequest]: PDF or PNG files) one by one; the same report as
    :func:`push_layers`. They are not queued: a map export is one small file the user keeps, and pushing it again
    is one click (a failure is said in the report)."""
    report = []
    for index, export in enumerate(exports):
        try:
            result = database.push_map_export(export, cancelled)
        except Exception as exc:  # noqa: BLE001 - reported, the next map is pushed
            report.append((export.name, None, error_text(exc)))
            continue
        finally:
            if progress:
                progress((index + 1) / len(exports))
        report.append((export.name, result, None))
    return report


def push_all(database, jobs, exports=(), queue=None, progress=None, cancelled=None):
    """Layers (``jobs``, see :func:`push_layers`) then map exports, with one progress shared by their count: what
    the panel and bd:pushtodatabase call. Returns the report of both, layers first."""
    total = max(len(jobs) + len(exports), 1)

    def part(start, count):
        return (lambda fraction: progress((start + count * fraction) / total)) if progress else None

    report = push_layers(database, jobs, queue, part(0, len(jobs)), cancelled) if jobs else []
    return report + push_map_exports(database, list(exports), part(len(jobs), len(exports)), cancelled)


#: One line of a push report per kind of what was stored, in words a technician reads (no "rows/tiles").
_STORED = {
    "vector": translatable("{name}: saved as version {version} ({count} features, table {table})."),
    "table": translatable("{name}: saved as version {version} ({count} rows, table {table})."),
    "raster": translatable("{name}: saved as version {version} (a raster, table {table})."),
}


def report_message(name, result, error):
    """The Message of one entry of a push report (:func:`push_layers`, :func:`push_map_exports`)."""
    if result is None:
        return Message("{name}: not pushed: {error}", name=name, error=getattr(error, "message", None) or error)
    if isinstance(result, MapExportResult):
        return Message("{name}: map saved in the database ({format}, {size} kB).", name=name,
                       format=result.format.upper(), size=thousands(max(1, round(result.size / 1024))))
    return Message(_STORED.get(result.kind, _STORED["table"]), name=name, version=result.version,
                   count=thousands(result.feature_count), table=result.table_name)


def report_line(entry, translate=None):
    """One entry (name, result, error) of a push report as text, translated by ``translate`` when given; no
    password it might quote."""
    message = report_message(*entry)
    return redact(message.translated(translate) if translate else str(message))
