"""The Processing provider ``bd`` — "Biodiversity (ĐDSH)"."""

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from .accuracy_assessment import AccuracyAssessmentAlgorithm
from .accuracy_sampling import AccuracySamplingAlgorithm
from .habitat_area import HabitatAreaAlgorithm
from .habitat_change import HabitatChangeAlgorithm
from .habitat_classification import ApplyHabitatModelAlgorithm, HabitatClassificationAlgorithm
from .sieve_classification import SieveClassificationAlgorithm
from .spectral_indices import SpectralIndicesAlgorithm

ALGORITHMS = (SpectralIndicesAlgorithm, HabitatClassificationAlgorithm, ApplyHabitatModelAlgorithm,
              AccuracySamplingAlgorithm, AccuracyAssessmentAlgorithm, HabitatAreaAlgorithm, HabitatChangeAlgorithm,
              SieveClassificationAlgorithm)


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
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802 - QGIS API name
        return ["tif"]  # the core writes tiled, compressed GeoTIFF only
