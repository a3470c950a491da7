"""The Processing provider ``bd`` — "Biodiversity (ĐDSH)"."""

import importlib
import os
import pkgutil

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from .base import BdAlgorithm

#: Modules of this package that hold no algorithm.
_NOT_ALGORITHMS = {"base", "provider"}


def algorithm_classes():
    """Every BdAlgorithm subclass with an id, defined in a module of this package (one module per
    algorithm or pair of algorithms), sorted by id. New algorithms only need their own module."""
    found = []
    for info in pkgutil.iter_modules([os.path.dirname(__file__)]):
        if info.name in _NOT_ALGORITHMS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__package__}.{info.name}")
        for obj in vars(module).values():
            if (isinstance(obj, type) and issubclass(obj, BdAlgorithm) and obj.ALGORITHM_ID
                    and obj.__module__ == module.__name__):
                found.append(obj)
    return sorted(found, key=lambda cls: cls.ALGORITHM_ID)


class BdProvider(QgsProcessingProvider):
    def id(self):
        return "bd"

    def name(self):
        return tr("Biodiversity (ĐDSH)")

    def longName(self):  # noqa: N802 - QGIS API name
        return tr("Biodiversity (ĐDSH) — habitat, reef/seagrass and corridor mapping")

    def icon(self):
        return QIcon(os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons", "icon.svg"))

    def loadAlgorithms(self):  # noqa: N802 - QGIS API name
        for algorithm in algorithm_classes():
            self.addAlgorithm(algorithm())

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802 - QGIS API name
        return ["tif"]  # the core writes tiled, compressed GeoTIFF only
