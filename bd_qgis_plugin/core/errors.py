"""User-facing errors of the analysis core.

Messages are written for a GIS technician: what is wrong, with which input, and
what to do. A message keeps its template and parameters apart so that the QGIS
layer can translate the template (Vietnamese/English) before formatting it.
"""


def translatable(template):
    """Marks a template kept in a variable for scripts/update_translations.py; it is translated where shown."""
    return template


def thousands(number, decimals=0):
    """``number`` with its thousands grouped by no-break spaces ("1\u00a0536"): read the same way in Vietnamese
    (where a comma is the decimal sign) and in English."""
    return f"{number:,.{decimals}f}".replace(",", "\u00a0")


def _shown(value, translate=None):
    """A parameter as it is shown: a Message translated (when ``translate`` is given), a tuple holding Messages
    listed with commas, anything else as it is."""
    if isinstance(value, Message):
        return value.translated(translate) if translate else str(value)
    if isinstance(value, tuple) and any(isinstance(item, Message) for item in value):
        return ", ".join(str(_shown(item, translate)) for item in value)
    return value


class Message:
    """The plugin's one message type: a template and its parameters, kept apart until shown.

    Errors, pre-push checks and push warnings all carry one, so every user-facing text is translated the same
    way: ``message.translated(tr)`` on the QGIS side, ``str(message)`` (English) anywhere else. A parameter may
    itself be a Message, or a tuple of them (a list of words shown with commas): translated with the template.
    """

    __slots__ = ("template", "params")

    def __init__(self, template, **params):
        self.template = template
        self.params = params

    def __str__(self):
        return self.template.format(**self._shown_params()) if self.params else self.template

    def _shown_params(self, translate=None):
        return {key: _shown(value, translate) for key, value in self.params.items()}

    def __repr__(self):
        return f"Message({self.template!r}, **{self.params!r})"

    def __eq__(self, other):
        return isinstance(other, Message) and (self.template, self.params) == (other.template, other.params)

    def __hash__(self):
        return hash((self.template, tuple(sorted(self.params.items(), key=lambda kv: kv[0]))))

    def translated(self, translate):
        """The text with its template passed through ``translate`` first."""
        text = translate(self.template)
        try:
            return text.format(**self._shown_params(translate)) if self.params else text
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
            return str(self)

    def to_json(self):
        return {"template": self.template, "params": {k: str(v) for k, v in self._shown_params().items()}}

    @classmethod
    def from_json(cls, data):
        return cls(data["template"], **data.get("params", {}))


class BdError(Exception):
    """An error whose message can be shown to the user as it is (its :class:`Message`)."""

    def __init__(self, template, **params):
        self.message = Message(template, **params)
        super().__init__(str(self.message))

    @property
    def template(self):
        return self.message.template

    @property
    def params(self):
        return self.message.params

    def translated(self, translate):
        """The message with its template passed through ``translate`` first."""
        return self.message.translated(translate)


class InputError(BdError):
    """An input (file, band, parameter) that cannot be used."""


class GridMismatchError(InputError):
    """Rasters that must share one grid do not."""


class Cancelled(BdError):  # noqa: N818 - reads naturally: `except Cancelled`
    """The user cancelled the work; nothing was written."""

    def __init__(self):
        super().__init__("Cancelled by the user; no output was written.")


class MissingPackageError(BdError):
    """An optional Python package this work needs is not installed: names it and the command that installs it."""

    def __init__(self, package):
        from ..dependencies import PACKAGES, missing_message  # the table lives with the installer, Qt-free

        message = missing_message([PACKAGES[package]])
        super().__init__(message.template, **message.params)
        self.package = package
