"""Translation helpers: Vietnamese and English, following the QGIS locale.

All user-visible strings go through :func:`tr` (context ``@default``, which is
where ``pylupdate5`` puts module-level ``tr("...")`` calls; ``make translations``
refreshes ``i18n/bd_qgis_plugin_vi.ts``, ``make build`` compiles it to ``.qm``).
"""

import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

_translator = None


def tr(text):
    """Translate ``text`` with the plugin's translator (context ``@default``)."""
    return QCoreApplication.translate("@default", text)


def qgis_locale():
    """Two-letter language of the QGIS user interface (QGIS' own setting first)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = settings.value("locale/userLocale", "", type=str) or QLocale.system().name()
    return (name or "en")[:2]


def install_translator(locale=None):
    """Load ``i18n/bd_qgis_plugin_<lang>.qm`` if it exists; return the language used."""
    global _translator
    remove_translator()
    lang = (locale or qgis_locale())[:2]
    path = os.path.join(os.path.dirname(__file__), "i18n", f"bd_qgis_plugin_{lang}.qm")
    if os.path.exists(path):
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            _translator = translator
            return lang
    return "en"


def remove_translator():
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
