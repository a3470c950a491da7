"""PYQGIS_STARTUP hook: runs before QGIS loads plugins.

Records every Python error QGIS reports, and shows it in the message bar instead
of a modal dialog so that an error cannot block the unattended run.
"""

import builtins

import qgis.utils
from qgis.core import QgsApplication

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
