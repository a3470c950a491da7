"""User-facing errors of the analysis core.

Messages are written for a GIS technician: what is wrong, with which input, and
what to do. A message keeps its template and parameters apart so that the QGIS
layer can translate the template (Vietnamese/English) before formatting it.
"""


class BdError(Exception):
    """An error whose message can be shown to the user as it is."""

    def __init__(self, template, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)

    def translated(self, translate):
        """The message with its template passed through ``translate`` first."""
        text = translate(self.template)
        try:
            return text.format(**self.params) if self.params else text
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
            return str(self)


class InputError(BdError):
    """An input (file, band, parameter) that cannot be used."""


class GridMismatchError(InputError):
    """Rasters that must share one grid do not."""


class Cancelled(BdError):  # noqa: N818 - reads naturally: `except Cancelled`
    """The user cancelled the work; nothing was written."""

    def __init__(self):
        super().__init__("Cancelled by the user; no output was written.")
