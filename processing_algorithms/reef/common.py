"""Shared parameters and helpers of the coral reef / seagrass algorithms (no algorithm here)."""

import html
import json
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from bd_qgis_plugin.core.palettes import class_colour
from bd_qgis_plugin.core.reef.benthic import BENTHIC_CLASSES
from bd_qgis_plugin.core.reef.masks import MASK_CLASSES
from bd_qgis_plugin.core.sensors import SENSOR_KEYS
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.inputs import add_band_overrides, image_source, sensor_labels

# Parameter names shared by algorithms of the group (those of one algorithm are on its class, those of several
# groups on BdAlgorithm). The strings are the public API of ``processing.run`` and ``qgis_process``: never rename.
MASK = "MASK"
DEEP_WATER = "DEEP_WATER"
MAX_DEPTH = "MAX_DEPTH"
BAND_BLUE, BAND_GREEN, BAND_RED, BAND_NIR = "BAND_BLUE", "BAND_GREEN", "BAND_RED", "BAND_NIR"

ROLE_PARAMETERS = (("blue", BAND_BLUE), ("green", BAND_GREEN), ("red", BAND_RED), ("nir", BAND_NIR))
MASK_COLOURS = {1: "#8c6d46", 2: "#d9d9d9", 3: "#08306b", 4: "#6baed6"}


def add_image(alg, description, help_text, sensor_default=0):
    """INPUT raster, SENSOR and the advanced band-number overrides."""
    alg.add(QgsProcessingParameterRasterLayer(alg.INPUT, description), help_text)
    alg.add(QgsProcessingParameterEnum(alg.SENSOR, tr("Sensor"), options=sensor_labels(),
                                       defaultValue=sensor_default),
            tr("Converts digital numbers to reflectance (Sentinel-2 before/after processing baseline 04.00, "
               "Landsat C2 L2). Choose 'Reflectance already' for outputs of the glint correction."))
    add_band_overrides(alg, ROLE_PARAMETERS)


def add_mask(alg, optional=True):
    alg.add(QgsProcessingParameterRasterLayer(MASK, tr("Water mask"), optional=optional),
            tr("Mask raster of 'Water mask (land, deep and shallow water)' on the same grid: samples and outputs "
               "are kept to the water classes it marks."))


def add_polygons(alg, name, description, help_text, optional=False):
    alg.add(QgsProcessingParameterFeatureSource(name, description, [QgsProcessing.SourceType.TypeVectorPolygon],
                                                optional=optional), help_text)


def add_outputs(alg, description, help_text):
    """The OUTPUT raster and the optional report, last parameters of the group's raster algorithms."""
    alg.add(QgsProcessingParameterRasterDestination(alg.OUTPUT, description), help_text)
    add_report(alg)


def add_report(alg, description=None):
    alg.add(QgsProcessingParameterFileDestination(alg.OUTPUT_REPORT, description or tr("Report (HTML)"),
                                                  tr("HTML files (*.html)"), optional=True, createByDefault=True),
            tr("Report of the fitted coefficients and sample statistics (a JSON file with the same name is "
               "written beside it)."))


def image_inputs(alg, parameters, context):
    """(image layer, sensor key, explicit band numbers) of :func:`add_image`'s parameters."""
    return (image_source(alg, parameters, context), *sensor_and_bands(alg, parameters, context))


def sensor_and_bands(alg, parameters, context):
    sensor = SENSOR_KEYS[alg.parameterAsEnum(parameters, alg.SENSOR, context)]
    explicit = {role: alg.parameterAsInt(parameters, name, context) for role, name in ROLE_PARAMETERS
                if parameters.get(name) not in (None, "", 0)}
    return sensor, explicit


def mask_source(alg, parameters, context):
    layer = alg.parameterAsRasterLayer(parameters, MASK, context)
    return layer.source() if layer is not None else None


def results(alg, output, report_path):
    """The results of a raster algorithm: OUTPUT, and OUTPUT_REPORT when a report was written."""
    out = {alg.OUTPUT: output}
    if report_path:
        out[alg.OUTPUT_REPORT] = report_path
    return out


def write_report(path, title, sections, data):
    """HTML report (title, then (heading, rows of (label, value)) or (heading, html)) and its JSON twin."""
    if not path:
        return None
    esc = html.escape
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(title)}</title><style>"
             "body{font-family:sans-serif;margin:2em} table{border-collapse:collapse;margin:1em 0}"
             "td,th{border:1px solid #999;padding:4px 8px;text-align:right} th{background:#eef5ee}"
             ".warn{color:#b30000;font-weight:bold}</style></head>"
             f"<body><h1>{esc(title)}</h1>"]
    for heading, body in sections:
        parts.append(f"<h2>{esc(heading)}</h2>")
        if isinstance(body, str):
            parts.append(body)
        else:
            parts.append(table(body))
    parts.append("</body></html>\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(parts))
    with open(os.path.splitext(path)[0] + ".json", "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, default=str)
    return path


def fmt(value):
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def table(rows, header=None):
    esc = html.escape
    head = "<tr>" + "".join(f"<th>{esc(str(h))}</th>" for h in header) + "</tr>" if header else ""
    body = "".join("<tr>" + "".join((f"<th>{esc(fmt(c))}</th>" if i == 0 and not header else f"<td>{esc(fmt(c))}</td>")
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table>{head}{body}</table>"


def mask_labels():
    return {1: tr("Land or cloud (bright NIR/SWIR)"), 2: tr("Not water (NDWI at or below the threshold)"),
            3: tr("Optically deep water"), 4: tr("Optically shallow water")}


def mask_style_items():
    labels = mask_labels()
    return [(code, MASK_COLOURS[code], f"{code} {labels[code]}") for code in MASK_CLASSES]


def benthic_colour(code, name, index):
    """Allen Coral Atlas colour when the name (or, without a name, the code) is one of its classes."""
    for aca_code, (aca_name, colour) in BENTHIC_CLASSES.items():
        if name and name.strip().lower() == aca_name.lower():
            return colour
        if not name and code == aca_code:
            return colour
    return class_colour(name, index)
