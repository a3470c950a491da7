"""Version gates for code that runs on QGIS 3.22 … 3.44 (Qt 5, PyQt5) and on QGIS 4 (Qt 6, PyQt6).

Only what has no single spelling that works on all of them; `scripts/check_qt6.py` points here.
Qt only through qgis.PyQt.
"""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QT_VERSION, QMetaType, QVariant

QT6 = QT_VERSION >= 0x060000

# Qt 6 moved QAction, QActionGroup and QShortcut from QtWidgets to QtGui; QGIS 3.x's qgis.PyQt.QtGui lacks them.
if QT6:
    from qgis.PyQt.QtGui import QAction, QActionGroup, QShortcut
else:
    from qgis.PyQt.QtWidgets import QAction, QActionGroup, QShortcut

# QgsField (and the providers' field types) take a QMetaType.Type from QGIS 3.38 on; before, a QVariant.Type,
# which PyQt6 (QGIS 4) no longer has.
FIELD_TYPES_ARE_METATYPES = Qgis.QGIS_VERSION_INT >= 33800

# QVariant.Type names whose QMetaType.Type name differs (the others are the same: Int, Double, LongLong, Bool, …).
_METATYPE_NAMES = {"String": "QString", "Date": "QDate", "DateTime": "QDateTime", "Time": "QTime",
                   "ByteArray": "QByteArray", "StringList": "QStringList", "Map": "QVariantMap",
                   "List": "QVariantList", "Invalid": "UnknownType"}


def field_type(name):
    """The field type that QVariant calls ``name`` ("String", "Int", "Double", "LongLong", "Date", …),
    as this QGIS wants it: ``QMetaType.Type.QString`` etc. on QGIS >= 3.38, ``QVariant.String`` etc. before."""
    if FIELD_TYPES_ARE_METATYPES:
        return getattr(QMetaType.Type, _METATYPE_NAMES.get(name, name))
    return getattr(QVariant, name)


def renderer_band(renderer):
    """The band a single-band raster renderer draws: ``inputBand()`` (QGIS 3.38 deprecates ``band()``; 3.22 has
    only ``band()``)."""
    return renderer.inputBand() if hasattr(renderer, "inputBand") else renderer.band()


def set_null(rectangle):
    """Make ``rectangle`` the null rectangle that any ``combineExtentWith`` replaces: ``setNull()`` from QGIS
    3.34 on, ``setMinimal()`` before (deprecated in 3.34, removed in QGIS 4). Returns the rectangle."""
    if hasattr(rectangle, "setNull"):
        rectangle.setNull()
    else:
        rectangle.setMinimal()
    return rectangle


def parameter_as_strings(algorithm, parameters, name, context):
    """A field (or multiple-string) parameter's values: ``parameterAsStrings`` from QGIS 3.32 on,
    ``parameterAsFields`` (deprecated in 3.32) before."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


__all__ = ["QT6", "QAction", "QActionGroup", "QShortcut", "FIELD_TYPES_ARE_METATYPES", "field_type",
           "parameter_as_strings", "renderer_band", "set_null"]
