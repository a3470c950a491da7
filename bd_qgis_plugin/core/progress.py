"""The core's one progress/cancel adapter for work done in a known number of steps.

Core functions take ``progress(fraction)`` (0..1) and ``is_cancelled()`` callables, either of which may be None
(the Processing side binds them to its feedback). Block-wise raster jobs report per window
(:func:`raster_io.run_blockwise`); work counted in steps (solves, cores, links) uses :class:`Steps`.
"""

from .errors import Cancelled


def raise_if_cancelled(is_cancelled):
    """Raise :class:`Cancelled` when ``is_cancelled`` is given and returns True."""
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


class Steps:
    """``total`` steps of work: :meth:`step` polls cancel (raising :class:`Cancelled`), then reports
    ``min(1, done / total)``."""

    def __init__(self, progress, is_cancelled, total):
        self.progress, self.is_cancelled, self.total, self.done = progress, is_cancelled, max(total, 1), 0

    def step(self, n=1):
        raise_if_cancelled(self.is_cancelled)
        self.done += n
        if self.progress is not None:
            self.progress(min(1.0, self.done / self.total))
