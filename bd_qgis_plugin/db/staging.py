"""Private staging folders (``$TMPDIR/bd-push-*``) of GeoPackage pushes, never left behind.

A normal end or any failure removes the folder (``finally``). A push killed mid-way cannot, so each push first
removes the folders of pushes that are over: a folder holds a lock file, locked (``flock``) from before the folder
gets its ``bd-push-`` name and for as long as its push runs; the system releases the lock when the process ends,
however it ends. Where there is no ``flock`` (Windows), and for a folder without its lock file, only a folder
untouched for :data:`STALE_AFTER` seconds is taken for stale.
"""

import glob
import os
import shutil
import tempfile
import time
import uuid
from contextlib import contextmanager

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

PREFIX = "bd-push-"
#: a folder being made: renamed to PREFIX… once its lock is held, so a bd-push-* folder is always locked
MAKING = "bd-push.making-"
LOCK_NAME = ".in-use"
#: a folder without a usable lock is stale when untouched for this long (longer than any push)
STALE_AFTER = 24 * 3600


def _in_use(folder):
    """True while the push that made ``folder`` runs."""
    lock = os.path.join(folder, LOCK_NAME)
    if fcntl is None or not os.path.exists(lock):
        try:
            return time.time() - os.path.getmtime(lock if os.path.exists(lock) else folder) < STALE_AFTER
        except OSError:
            return False
    try:
        handle = os.open(lock, os.O_RDWR)
    except OSError:
        return True  # cannot tell: leave it
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True  # its push holds the lock
    finally:
        os.close(handle)  # releases the lock taken just now
    return False


def clean_stale_staging(folder=None):
    """Remove the staging folders of pushes that are over (killed); return their paths."""
    removed = []
    folder = folder or tempfile.gettempdir()
    for path in glob.glob(os.path.join(folder, PREFIX + "*")) + glob.glob(os.path.join(folder, MAKING + "*")):
        if os.path.isdir(path) and not os.path.islink(path) and not _in_use(path):
            shutil.rmtree(path, ignore_errors=True)
            if not os.path.exists(path):
                removed.append(path)
    return removed


@contextmanager
def staging_folder():
    """A new private folder for one push, locked while in use and removed at the end, whatever happens."""
    clean_stale_staging()
    folder = tempfile.mkdtemp(prefix=MAKING)
    handle = None
    try:
        handle = os.open(os.path.join(folder, LOCK_NAME), os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        ready = os.path.join(os.path.dirname(folder), PREFIX + uuid.uuid4().hex[:12])
        os.rename(folder, ready)  # the lock held already: never taken for stale
        folder = ready
        yield folder
    finally:
        if handle is not None:
            os.close(handle)
        shutil.rmtree(folder, ignore_errors=True)
