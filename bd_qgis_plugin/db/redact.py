"""Secrets never reach disk: passwords are cut out of anything the plugin writes (the push queue, lineage).

A data source (QGIS URI, libpq keyword string, GDAL ``PG:`` string, ``postgres://user:password@host`` URL) or an
error text quoting one keeps everything but its password. Credentials belong in QGIS' authentication database
(an ``authcfg``), which this module leaves as it is.
"""

import re

_KEYWORD = re.compile(r"""(?ix)
    \b(password|passwd|pwd)\s*=\s*           # password=…, as libpq, QGIS and GDAL write it
    (?: '(?:[^'\\]|\\.)*'                    # quoted, with backslash escapes (QgsDataSourceUri)
      | "(?:[^"\\]|\\.)*"
      | [^\s'";&|]+ )                        # bare, up to a space or a separator
""")
_URL = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s:/@]*):[^\s@/]*@")  # scheme://user:password@host
_JSON = re.compile(r"""(?i)(["'](?:password|passwd|pwd)["']\s*:\s*)(["'])(?:(?!\2)[^\\]|\\.)*\2""")


def redact(text):
    """``text`` without any password it quotes."""
    if not isinstance(text, str) or not text:
        return text
    text = _KEYWORD.sub("", text)
    text = _URL.sub(r"\1@", text)
    return _JSON.sub(r"\1\2\2", text)


def has_secret(text):
    return isinstance(text, str) and redact(text) != text


def redact_all(value):
    """``value`` (str, list, dict, nested) with :func:`redact` applied to every string, and a value under a
    key named like a password emptied."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: ("" if isinstance(key, str) and key.lower() in ("password", "passwd", "pwd") and value[key]
                      else redact_all(item)) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact_all(item) for item in value]
    return value
