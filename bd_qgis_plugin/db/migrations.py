"""Numbered SQL migrations (``sql/<backend>/NNN_name.sql``), applied in order, recorded in a version table."""

import os
import re

SQL_DIR = os.path.join(os.path.dirname(__file__), "sql")
_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


def migrations(backend):
    """[(version, name, sql text)] of ``backend`` ("postgis" or "geopackage"), in order."""
    folder = os.path.join(SQL_DIR, backend)
    found = []
    for filename in sorted(os.listdir(folder)):
        match = _NAME.match(filename)
        if match:
            with open(os.path.join(folder, filename), encoding="utf-8") as fh:
                found.append((int(match.group(1)), match.group(2), fh.read()))
    return found


def latest_version(backend):
    return migrations(backend)[-1][0]
