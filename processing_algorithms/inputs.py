"""Parameters and input readers shared by the algorithms of every group."""

from qgis.core import QgsProcessingParameterBand

from bd_qgis_plugin.core.sensors import SENSOR_KEYS
from bd_qgis_plugin.i18n import tr


def sensor_labels():
    return [
        tr("Sentinel-2 L1C/L2A, processing baseline before 04.00 (before 25 Jan 2022)"),
        tr("Sentinel-2 L1C/L2A, processing baseline 04.00 or later (offset −1000)"),
        tr("Landsat 8/9 Collection 2 Level-2 surface reflectance"),
        tr("Reflectance already (0–1), bands chosen by number"),
    ]


def add_band_overrides(alg, role_parameters):
    """Advanced optional band-number parameters (one per (role, name)) overriding the sensor preset."""
    for role, name in role_parameters:
        alg.add(QgsProcessingParameterBand(name, tr("{role} band (overrides the sensor preset)").format(
            role=role.upper()), parentLayerParameterName="INPUT", optional=True),
            tr("Band number of the {role} band, when the sensor preset and the band descriptions cannot "
               "tell (e.g. a custom stack). Leave empty to use the preset.").format(role=role.upper()),
            advanced=True)


def sensor_options():
    return [*sensor_labels(), tr("None: use the values as they are")]


def sensor_key(index):
    return SENSOR_KEYS[index] if index < len(SENSOR_KEYS) else None
