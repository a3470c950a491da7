"""The Processing provider ``bd`` — "Biodiversity (ĐDSH)"."""

import importlib
import pkgutil

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.paths import ICON
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm

#: The provider's id: algorithm ids are ``bd:<name>``.
PROVIDER_ID = "bd"
#: One sub-package per toolbox group (its ``group_key``); ``common`` modules hold the group's helpers.
GROUP_PACKAGES = ("imagery", "habitat", "reef", "corridors", "species", "maps", "database")


def algorithm_modules():
    """Every algorithm module: ``processing_algorithms/<group>/<algorithm>.py``."""
    for group in GROUP_PACKAGES:
        package = importlib.import_module(f"{__package__}.{group}")
        for info in pkgutil.iter_modules(package.__path__):
            if info.name != "common" and not info.name.startswith("_"):
                yield importlib.import_module(f"{package.__name__}.{info.name}")


def algorithm_classes():
    """Every BdAlgorithm subclass with an id, defined in an algorithm module (one module per algorithm or
    pair of algorithms), sorted by id. A new algorithm only needs its own module in its group's folder."""
    found = []
    for module in algorithm_modules():
        for obj in vars(module).values():
            if (isinstance(obj, type) and issubclass(obj, BdAlgorithm) and obj.ALGORITHM_ID
                    and obj.__module__ == module.__name__):
                found.append(obj)
    return sorted(found, key=lambda cls: cls.ALGORITHM_ID)


class BdProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("Biodiversity (ĐDSH)")

    def longName(self):  # noqa: N802 - QGIS API name
        return tr("Biodiversity (ĐDSH) — habitat, reef/seagrass and corridor mapping")

    def icon(self):
        return QIcon(ICON)

    def loadAlgorithms(self):  # noqa: N802 - QGIS API name
        for algorithm in algorithm_classes():
            self.addAlgorithm(algorithm())

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802 - QGIS API name
        return ["tif"]  # the core writes tiled, compressed GeoTIFF only
