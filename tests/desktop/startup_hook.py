"""PYQGIS_STARTUP hook: runs before QGIS loads plugins.

Records every Python error QGIS reports, and shows it in the message bar instead
of a modal dialog so that an error cannot block the unattended run.
"""

import builtins
import importlib.abc
import json
import os
import sys

import qgis.utils
from qgis.core import QgsApplication


class _Hide(importlib.abc.MetaPathFinder):
    """$BD_HIDE (a JSON list of top-level modules) cannot be imported: a machine whose Python lacks them."""

    def __init__(self, names):
        self.names = set(names)

    def find_spec(self, name, path=None, target=None):
        if name in self.names:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


if os.environ.get("BD_DESKTOP_DIR"):  # the check scripts' shared module (desktop_report.py)
    sys.path.insert(0, os.environ["BD_DESKTOP_DIR"])
if os.environ.get("BD_HIDE"):
    sys.meta_path.insert(0, _Hide(json.loads(os.environ["BD_HIDE"])))

builtins.BD_LOGGED_ERRORS = []
_original_show_exception = qgis.utils.showException


def _record_log(message, tag, level):
    if tag == "Python error":
        builtins.BD_LOGGED_ERRORS.append(f"[{tag}] {message}")


def _show_exception_in_bar(type_, value, tb, msg=None, messagebar=False, level=None):
    import traceback

    builtins.BD_LOGGED_ERRORS.append("".join(traceback.format_exception(type_, value, tb)))
    if level is None:
        return _original_show_exception(type_, value, tb, msg, True)
    return _original_show_exception(type_, value, tb, msg, True, level)


QgsApplication.messageLog().messageReceived.connect(_record_log)
qgis.utils.showException = _show_exception_in_bar
