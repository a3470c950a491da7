"""One code path for every push (panel, Processing algorithm, demo): queue, push, report."""

from ..core.errors import Cancelled, InputError
from .connections import open_database, queue_target
from .model import DuplicateError
from .queue import error_text


def _retryable(exc):
    """Server gone, refused for now, or an unexpected error: worth resuming. Duplicates, bad input and a
    user's cancel are not retried."""
    return not isinstance(exc, (DuplicateError, InputError, Cancelled))


def push_layers(database, jobs, queue=None, progress=None, cancelled=None):
    """Push ``jobs`` ([(layer, PushRequest)]) one by one, each in its own transaction.

    Each job is queued before it starts and leaves the queue when it committed; a job that failed for a
    reason that may pass (server gone, refused) stays queued with its error.
    Returns [(layer name, PushResult or None, error message or None)].
    """
    report = []
    total = max(len(jobs), 1)
    for index, (layer, request) in enumerate(jobs):
        target = queue_target(database) if queue is not None else None
        item_id = queue.add(layer, request, target) if target is not None else None
        step = (lambda fraction, i=index: progress((i + fraction) / total)) if progress else None
        try:
            result = database.push(layer, request, step, cancelled)
        except Exception as exc:  # noqa: BLE001 - a failure that may pass keeps the item queued, with its message
            if item_id is not None:
                if _retryable(exc):
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
        except Exception as exc:  # noqa: BLE001 - the item stays queued with its message
            if _retryable(exc):
                queue.mark_failed(item["id"], error_text(exc))
            else:
                queue.remove(item["id"])
            report.append((item["layer_name"], None, error_text(exc)))
            continue
        queue.remove(item["id"])
        report.append((item["layer_name"], result, None))
    return report
