"""Styles of the plugin's outputs (``styles/<name>.qml``) and how they are applied to a layer.

Class styles (habitat, benthic, change, protected areas…) are fixed. Continuous raster styles
(cost distance, NLCC corridors, current density) store their colour stops as fractions 0–1 and a
custom property ``bd/stretch`` saying how the fractions map onto the layer's values when the style
is applied: ``linear`` (from the minimum to the 98th percentile), ``truncated`` (0 to the layer's
maximum, which is the corridor width cutoff of a truncated NLCC raster) or ``log`` (logarithmic
between the 2nd percentile of the positive values and the maximum, for current density, whose
values span orders of magnitude — as Circuitscape maps are usually shown).
"""

import math
import os

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsColorRampShader,
    QgsMapLayerType,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..compat import renderer_band
from ..paths import STYLES_DIR

STRETCH_PROPERTY = "bd/stretch"

#: Output styles that are not a .qml: a paletted renderer of the raster's own values (allocation zones),
#: the true colour composite of an image (its red, green and blue bands found by their descriptions).
UNIQUE_VALUES = "unique values"
TRUE_COLOUR = "true colour"

# Output type → style file (documented in styles/README.md)
STYLE_NAMES = ("habitat_classes", "benthic_classes", "change", "confidence", "nlcc_corridors", "current_density",
               "cost_distance", "protected_areas", "corridor_links", "accuracy_points", "spectral_index",
               "resistance", "corridor_polygons", "water_mask", "bathymetry", "depth_invariant_index",
               "back_direction", "core_importance", "protected_area_boundaries", "change_history",
               "normalized_current",
               "occurrences", "species_richness")


def style_path(name):
    return os.path.join(STYLES_DIR, name + ".qml")


def apply_style(layer, name_or_path):
    """Load a style (name in ``styles/`` or a .qml path) and fit continuous ramps to the layer's values.

    Returns (ok, message) like ``loadNamedStyle``.
    """
    path = name_or_path if name_or_path.endswith(".qml") else style_path(name_or_path)
    message, ok = layer.loadNamedStyle(path)
    if ok and hasattr(layer, "dataProvider") and layer.customProperty(STRETCH_PROPERTY):
        fit_ramp(layer, str(layer.customProperty(STRETCH_PROPERTY)))
    layer.triggerRepaint()
    return ok, message


def ensure_style(layer, default=None):
    """Give a layer loaded from a file its style: the .qml beside the file (as QGIS does when a user opens
    it), else ``default`` (a style name) when the layer still has QGIS' default grey renderer."""
    renderer = getattr(layer, "renderer", lambda: None)()
    if renderer is None or renderer.type() != "singlebandgray":
        return True, ""  # styled already (by the user, or QGIS loaded the .qml)
    sidecar = os.path.splitext(layer.source())[0] + ".qml"
    if os.path.exists(sidecar):
        return apply_style(layer, sidecar)
    if default:
        return apply_style(layer, default)
    return True, ""


def drawing_rank(layer):
    """Drawing order of layers shown together: points (0) and lines (1) above polygons (2) above rasters (3)."""
    if layer.type() == QgsMapLayerType.RasterLayer:
        return 3
    geometry = layer.geometryType() if hasattr(layer, "geometryType") else None
    return {QgsWkbTypes.GeometryType.PointGeometry: 0, QgsWkbTypes.GeometryType.LineGeometry: 1,
            QgsWkbTypes.GeometryType.PolygonGeometry: 2}.get(geometry, 0)


def sample_values(layer, max_side=1000):
    """Valid values of band 1 read on a grid of at most ``max_side`` pixels a side (GDAL, decimated)."""
    dataset = gdal.Open(layer.source())
    if dataset is None:
        return np.array([])
    band = dataset.GetRasterBand(1)
    scale = max(1.0, max(dataset.RasterXSize, dataset.RasterYSize) / max_side)
    data = band.ReadAsArray(buf_xsize=max(1, int(dataset.RasterXSize / scale)),
                            buf_ysize=max(1, int(dataset.RasterYSize / scale))).astype("float64")
    valid = np.isfinite(data)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        valid &= data != nodata
    return data[valid]


def fit_ramp(layer, stretch):
    """Map the fractional stops of a pseudocolour style onto the layer's values (see module docstring)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        return
    ramp = renderer.shader().rasterShaderFunction()
    items = ramp.colorRampItemList()
    if not items:
        return
    values = sample_values(layer)
    if values.size == 0:
        return
    top = float(values.max())
    if stretch == "truncated":
        low, high = 0.0, top
    elif stretch == "log":
        positive = values[values > 0]
        low = float(np.percentile(positive, 2)) if positive.size else 1e-6
        high = max(top, low * 10)
    else:
        low, high = float(values.min()), float(np.percentile(values, 98))
    if not high > low:
        high = low + 1.0

    def value(fraction):
        if stretch == "log":
            return math.exp(math.log(low) + fraction * (math.log(high) - math.log(low)))
        return low + fraction * (high - low)

    new_items = []
    previous = None
    for item in items:
        fraction = min(max(item.value, 0.0), 1.0) if math.isfinite(item.value) else 1.0
        val = value(fraction)
        if ramp.colorRampType() == QgsColorRampShader.Type.Discrete:
            lower = "0" if previous is None else f"{previous:.4g}"
            label = f"{lower} – {val:.4g}"
            if fraction >= 1.0:
                val = float("inf")  # everything above the last stop falls in the last class
        else:
            label = f"{val:.4g}"
        previous = val
        new_items.append(QgsColorRampShader.ColorRampItem(val, item.color, label))
    new_ramp = QgsColorRampShader(low, high)
    new_ramp.setColorRampType(ramp.colorRampType())
    new_ramp.setClip(ramp.clip())
    new_ramp.setColorRampItemList(new_items)
    shader = QgsRasterShader(low, high)
    shader.setRasterShaderFunction(new_ramp)
    fitted = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), renderer_band(renderer), shader)
    fitted.setClassificationMin(low)
    fitted.setClassificationMax(high)
    fitted.setOpacity(renderer.opacity())
    layer.setRenderer(fitted)


def write_class_style(raster_path, items):
    """A paletted QML beside a class raster, ``items`` = [(code, colour, label)]; returns its path.

    QGIS loads ``<name>.qml`` with ``<name>.tif`` by itself, so the classes keep their names and colours
    wherever the raster is opened.
    """
    layer = QgsRasterLayer(raster_path, "classes", "gdal")
    classes = [QgsPalettedRasterRenderer.Class(int(code), QColor(colour), label) for code, colour, label in items]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    qml = os.path.splitext(raster_path)[0] + ".qml"
    layer.saveNamedStyle(qml)
    return qml


def unique_values_style(layer, max_classes=256):
    """A paletted renderer of the raster's own values (zones of an allocation raster), random colours."""
    from qgis.core import QgsRandomColorRamp

    provider = layer.dataProvider()
    data = QgsPalettedRasterRenderer.classDataFromRaster(provider, 1, QgsRandomColorRamp())
    if not data or len(data) > max_classes:
        return False
    layer.setRenderer(QgsPalettedRasterRenderer(provider, 1, data))
    layer.triggerRepaint()
    return True


#: Band descriptions of the red, green and blue bands (Sentinel-2, Landsat 8/9, plain names)
_TRUE_COLOUR_BANDS = (("b04", "sr_b4", "red"), ("b03", "sr_b3", "green"), ("b02", "sr_b2", "blue"))


def true_colour_style(layer):
    """A multiband colour renderer with the image's red, green and blue bands (by their descriptions), each
    stretched on its 2–98 % cumulative cut; returns False when the bands cannot be found."""
    from qgis.core import QgsContrastEnhancement, QgsMultiBandColorRenderer, QgsRasterMinMaxOrigin

    provider = layer.dataProvider()
    names = {provider.generateBandName(b).lower(): b for b in range(1, layer.bandCount() + 1)}
    names.update({(layer.bandName(b) or "").lower(): b for b in range(1, layer.bandCount() + 1)})
    dataset = gdal.Open(layer.source())
    if dataset is not None:
        names.update({(dataset.GetRasterBand(b).GetDescription() or "").lower(): b
                      for b in range(1, dataset.RasterCount + 1)})
    bands = []
    for candidates in _TRUE_COLOUR_BANDS:
        found = [names[c] for c in candidates if c in names]
        if not found:
            return False
        bands.append(found[0])
    renderer = QgsMultiBandColorRenderer(provider, *bands)
    layer.setRenderer(renderer)
    layer.setContrastEnhancement(QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum,
                                 QgsRasterMinMaxOrigin.Limits.CumulativeCut)
    layer.triggerRepaint()
    return True
