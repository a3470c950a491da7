"""Benthic habitat map inside optically shallow water, its coverage per zone and change between dates (no Qt).

The classification itself is :mod:`..classify` (training pixels per polygon, validation held out by
polygon, random forest, model file, block-wise prediction with confidence): this module only builds
the feature raster — glint-corrected reflectance and/or depth-invariant indices (Lyzenga 1981), nodata
outside the optically shallow water mask, so nothing on land or deep water is trained on or mapped —
and turns the class map into coverage per zone (ha, % of the zone's shallow water). Change between
two dates is flagged only where the area change exceeds the combined map error of both dates
(DOMAIN §5; Olofsson et al. 2014 ask for change reported with its uncertainty).
"""

import math
import os
import tempfile

import numpy as np

from .. import classify
from ..classmap import class_pixel_counts, pixel_area_ha
from ..errors import InputError
from ..palettes import BENTHIC_CLASSES as PALETTE_BENTHIC
from ..raster_io import RasterReader, RasterWriter, check_aligned, run_blockwise
from ..zonal import polygon_blocks, polygon_window, read_geometry, zone_class_pixels
from .common import FLOAT_NODATA, MASK_SHALLOW, MaskReader, find_bands, reflectance, role_preset
from .features import INDEX_FEATURES, INDEX_ROLES, index_features

# Allen Coral Atlas benthic classes with the Atlas' own codes and colours (11 sand, 12 rubble, 13 rock,
# 14 seagrass, 15 coral/algae, 18 microalgal mats; Allen Coral Atlas 2020), so a map of the plugin compares
# directly with the Atlas' rasters. One source of truth: core/palettes.py (the plugin's mask codes 9 and 10
# are not classes of a benthic map).
BENTHIC_CLASSES = {c.code: (c.name_en, c.colour) for c in PALETTE_BENTHIC if c.code >= 11}

BENTHIC_MODEL_KIND = "benthic"
#: Random-forest size of the benthic map (a few classes on a few features): 100 trees halve the block-wise
#: prediction time of the habitat default of 200, which dominates the chain on a full tile.
BENTHIC_TREES = 100
WHOLE_MAP = "(whole map)"


def feature_raster(image_path, output, mask_path, dii_path=None, sensor="REFLECTANCE", use_image=True,
                   progress=None, is_cancelled=None, indices=False, explicit=None):
    """Write the classifier's features, nodata outside shallow water: image reflectance (all bands), the water-column
    indices of :func:`.features.index_features` when ``indices`` (blue, green, red and NIR found by the sensor
    preset, the band descriptions or ``explicit`` numbers), and the DII bands.

    Returns the feature names.
    """
    if not use_image and not dii_path and not indices:
        raise InputError("Choose the features: the image bands, the water-column indices, the depth-invariant index "
                         "raster, or several.")
    preset = role_preset(sensor)
    readers = []
    try:
        image = RasterReader(image_path)
        readers.append(image)
        grids = {image.label: image.grid}
        dii = None
        if dii_path:
            dii = RasterReader(dii_path)
            readers.append(dii)
            grids[dii.label] = dii.grid
        mask = MaskReader(mask_path, image.grid, image.label)
        check_aligned(grids)
        names = []
        if use_image:
            names += [d or f"band {i + 1}" for i, d in enumerate(image.descriptions)]
        roles = find_bands(image, preset, INDEX_ROLES, explicit) if indices else {}
        if indices:
            names += list(INDEX_FEATURES)
        if dii is not None:
            names += [d or f"DII {i + 1}" for i, d in enumerate(dii.descriptions)]
        shallow = [0]
        try:
            with RasterWriter(output, image.grid, len(names), "float32", FLOAT_NODATA, names) as writer:
                def process(window):
                    parts, valid = [], mask.codes(window) == MASK_SHALLOW
                    if use_image or indices:
                        data, ok = image.read(window, nodata_override=preset.nodata)
                        values = reflectance(data, preset)
                        if use_image:
                            parts.append(values)
                        if indices:
                            parts.append(index_features(*(values[roles[r] - 1] for r in INDEX_ROLES)))
                        valid &= ok
                    if dii is not None:
                        data, ok = dii.read(window)
                        parts.append(data.astype("float32"))
                        valid &= ok
                    shallow[0] += int(valid.sum())
                    writer.write(window, np.concatenate(parts), valid)

                run_blockwise(image.windows(), process, progress, is_cancelled)
                if shallow[0] == 0:
                    raise InputError("The water mask has no optically shallow water with valid image values: "
                                     "there is nothing to classify.")
        finally:
            mask.close()
    finally:
        for reader in readers:
            reader.close()
    return names


def polygons_outside_shallow(mask_path, polygons):
    """Ids of ``polygons`` = [(id, code, WKB)] with no pixel centre in optically shallow water."""
    bad = []
    with RasterReader(mask_path) as reader, tempfile.TemporaryDirectory(prefix="bd-benthic-") as tmp:
        for pid, _code, wkb in polygons:
            geometry = read_geometry(wkb, pid)
            window = polygon_window(reader.grid, geometry.GetEnvelope())
            found = False
            if window is not None:
                for sub, inside in polygon_blocks(reader.grid, geometry, window, tmp):
                    data, valid = reader.read(sub, [1])
                    if (inside & valid & (data[0] == MASK_SHALLOW)).any():
                        found = True
                        break
            if not found:
                bad.append(str(pid))
    return bad


def train_benthic(features_path, mask_path, polygons, names=None, validation_fraction=0.3, seed=0,
                  image_path=None):
    """Random forest on the feature raster (:func:`..classify.train`); returns (model, report)."""
    bad = polygons_outside_shallow(mask_path, polygons)
    if bad:
        raise InputError("Training polygon(s) {ids} hold no optically shallow water (they lie on land, cloud or "
                         "deep water in the water mask). Move them onto the bottom type they name, or fix the mask.",
                         ids=", ".join(bad[:20]))
    names = dict(names or {})
    for _, code, _ in polygons:
        names.setdefault(code, BENTHIC_CLASSES.get(code, (str(code),))[0])
    model, report = classify.train(features_path, polygons, None, "random_forest", validation_fraction, seed, names,
                                   trees=BENTHIC_TREES)
    with RasterReader(features_path) as reader:
        model["benthic"] = {"kind": BENTHIC_MODEL_KIND, "image": os.path.abspath(image_path or features_path),
                            "extent": _extent(reader.grid), "crs_wkt": reader.grid.crs_wkt}
    return model, report


def _extent(grid):
    gt = grid.geotransform
    xs = (gt[0], gt[0] + gt[1] * grid.width)
    ys = (gt[3], gt[3] + gt[5] * grid.height)
    return (min(xs), min(ys), max(xs), max(ys))


def site_warning(model, image_path, features_path):
    """A warning (str) when ``model`` is applied to another scene or site than it was trained on, else None."""
    info = model.get("benthic")
    if not info:
        return ("This model was not trained by the benthic habitat algorithm; its accuracy figures do not describe "
                "this image.")
    with RasterReader(features_path) as reader:
        extent = _extent(reader.grid)
    trained = info["extent"]
    overlap_x = min(extent[2], trained[2]) - max(extent[0], trained[0])
    overlap_y = min(extent[3], trained[3]) - max(extent[1], trained[1])
    if overlap_x <= 0 or overlap_y <= 0:
        return ("The model is applied to a site it was not trained on (no overlap with the training image): its "
                "accuracy does not transfer — benthic models lose much of their accuracy at a new site. Check the "
                "map with reference data from this site.")
    if os.path.abspath(image_path) != info["image"]:
        return ("The model is applied to another scene than the one it was trained on: glint, water clarity, tide "
                "and depth-invariant coefficients differ between scenes, so the reported accuracy may not hold. "
                "Check the map with reference data of this date.")
    return None


def predict_benthic(model, features_path, class_path, confidence_path=None, progress=None, is_cancelled=None):
    """Block-wise prediction (:func:`..classify.predict`); nodata outside shallow water; returns {code: pixels}."""
    return classify.predict(model, features_path, class_path, confidence_path, progress, is_cancelled)


# --- coverage and change -----------------------------------------------------------------------------------

def coverage(class_path, mask_path, zones=None, names=None, progress=None, is_cancelled=None):
    """Rows (zone, class, name, pixels, area_ha, pct_shallow) with shallow_ha per zone.

    ``zones`` = [(name, WKB)] in the map's CRS, or None for the whole map.
    """
    with RasterReader(class_path) as reader, RasterReader(mask_path) as mask:
        check_aligned({reader.label: reader.grid, mask.label: mask.grid})
        hectares = pixel_area_ha(reader.grid)
    names = names or {}
    if zones:
        classes = zone_class_pixels(class_path, zones, progress=progress, is_cancelled=is_cancelled)
        masks = zone_class_pixels(mask_path, zones)
    else:
        classes = {WHOLE_MAP: class_pixel_counts(class_path, progress=progress, is_cancelled=is_cancelled)}
        masks = {WHOLE_MAP: class_pixel_counts(mask_path)}
    rows = []
    for zone, counts in classes.items():
        shallow = masks.get(zone, {}).get(MASK_SHALLOW, 0)
        for code, pixels in sorted(counts.items()):
            rows.append({"zone": zone, "class": int(code),
                         "class_name": names.get(int(code), BENTHIC_CLASSES.get(int(code), (str(code),))[0]),
                         "pixels": int(pixels), "area_ha": pixels * hectares, "shallow_ha": shallow * hectares,
                         "pct_shallow": 100.0 * pixels / shallow if shallow else 0.0})
    return rows


def misclassification_rates(report):
    """{class code: max(1 − UA, 1 − PA)} from a :func:`..classify.train` report (None where unknown)."""
    rates = {}
    for entry in report.get("classes", []):
        code = str(entry["code"])
        ua = report.get("users_accuracy", {}).get(code)
        pa = report.get("producers_accuracy", {}).get(code)
        rates[int(code)] = None if ua is None or pa is None else max(1.0 - ua, 1.0 - pa)
    return rates


def coverage_change(before_rows, after_rows, before_report, after_report):
    """Per zone and class: area before/after, change, error margin, and whether the change is real.

    Margin = √((e_b·A_b)² + (e_a·A_a)²), with e the class's misclassification rate (max of commission and
    omission on the held-out polygons) of each date's map. A change counts only where |ΔA| > margin;
    a class without a validated rate on either date is never flagged ("unknown").
    """
    rates_b, rates_a = misclassification_rates(before_report), misclassification_rates(after_report)
    area_b = {(r["zone"], r["class"]): r for r in before_rows}
    area_a = {(r["zone"], r["class"]): r for r in after_rows}
    rows = []
    for key in sorted(set(area_b) | set(area_a), key=lambda k: (str(k[0]), k[1])):
        zone, code = key
        b = area_b.get(key, {}).get("area_ha", 0.0)
        a = area_a.get(key, {}).get("area_ha", 0.0)
        name = (area_a.get(key) or area_b.get(key))["class_name"]
        e_b, e_a = rates_b.get(code), rates_a.get(code)
        if e_b is None or e_a is None:
            margin, status = float("nan"), "unknown (class not validated on both dates)"
        else:
            margin = math.sqrt((e_b * b) ** 2 + (e_a * a) ** 2)
            change = a - b
            status = ("gain" if change > 0 else "loss") if abs(change) > margin else "no change beyond map error"
        rows.append({"zone": zone, "class": code, "class_name": name, "before_ha": b, "after_ha": a,
                     "change_ha": a - b, "margin_ha": margin, "status": status})
    return rows


def uncertain_classes(report, threshold=0.7):
    """Names of classes whose held-out F1 is below ``threshold`` or unknown."""
    out = []
    for entry in report.get("classes", []):
        f1 = report.get("f1", {}).get(str(entry["code"]))
        if f1 is None or f1 < threshold:
            out.append(f"{entry['name']} (F1 {'—' if f1 is None else f'{f1:.2f}'})")
    return out
