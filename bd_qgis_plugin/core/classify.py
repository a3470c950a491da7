"""Supervised habitat classification: training pixels from polygons, validation by polygon, block-wise prediction.

* Training pixels: every pixel whose centre lies in a training polygon (each polygon rasterised on
  its own, nodata pixels dropped), at most ``max_pixels_per_class`` per class (a seeded random subset).
  Polygons outside the image or without a valid pixel, and classes left without pixels, are left out and
  named (``report["left_out"]``, :func:`left_out_messages`); training stops only below two usable classes.
* Class codes: integers 1–254 (:func:`class_codes`); a text field is numbered 1..n in the order of its texts,
  which become the class names; real codes that are not whole numbers are refused.
* Validation: whole polygons are held out (a share of each class's polygons, at least one when the
  class has two or more), never single pixels — pixels of one polygon are not independent and a pixel
  split inflates accuracy. The confusion matrix has map (predicted) rows and reference columns.
* Classifiers (scikit-learn): random forest (Breiman 2001) or histogram gradient boosting; both use
  threads, not processes (no QGIS relaunch on spawn platforms).
* The final model is refitted on all polygons; the report gives the held-out accuracy.
* Prediction streams block by block: class raster (nodata 0) and confidence = probability of the
  chosen class (nodata −1).
"""

import math
import os
import pickle
import tempfile

import numpy as np

from .errors import InputError, Message
from .raster_io import RasterReader, RasterWriter, run_blockwise
from .sensors import SENSORS
from .zonal import polygon_blocks, polygon_window, read_geometry

MODEL_FORMAT = "bd_qgis_plugin habitat model 2"
#: Files of plugin versions before 0.3: one pickle of the estimator, no training samples kept.
MODEL_FORMAT_1 = "bd_qgis_plugin habitat model 1"
CLASSIFIERS = ("random_forest", "gradient_boosting")
CONFIDENCE_NODATA = -1.0


def _make_classifier(kind, seed, trees=200):
    if kind == "random_forest":
        from sklearn.ensemble import RandomForestClassifier

        return RandomForestClassifier(n_estimators=trees, min_samples_leaf=1, n_jobs=-1, random_state=seed)
    if kind == "gradient_boosting":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(max_iter=200, random_state=seed)
    raise InputError("Unknown classifier '{name}'.", name=kind)


#: Rows per chunk in the forest's prediction: the per-tree probability arrays stay in the CPU cache.
FOREST_CHUNK_ROWS = 16384


def predict_probabilities(classifier, features):
    """Class probabilities of ``features`` (n, bands), as ``classifier.predict_proba`` gives them.

    For a random forest this averages each tree's normalised leaf values in row chunks spread over
    threads (each thread walks all trees over its chunk). scikit-learn's own ``predict_proba`` walks
    tree by tree over all rows and adds an (n, classes) float64 array per tree; on a 512² window that
    is ~2.5 GB of memory traffic for 200 trees, which dominates with shallow trees. The result equals
    scikit-learn's to rounding (same per-tree normalisation, summed in tree order). Written here because
    scikit-learn offers no chunked prediction; other classifiers use their own ``predict_proba``.
    """
    from sklearn.ensemble import RandomForestClassifier

    if not isinstance(classifier, RandomForestClassifier) or classifier.n_outputs_ != 1 or len(features) == 0:
        return classifier.predict_proba(features)
    from concurrent.futures import ThreadPoolExecutor

    trees = [estimator.tree_ for estimator in classifier.estimators_]
    leaf_probabilities = []
    for tree in trees:
        values = tree.value[:, 0, :]
        leaf_probabilities.append(values / values.sum(axis=1, keepdims=True))
    out = np.empty((len(features), len(classifier.classes_)), dtype="float64")

    def chunk(start):
        rows = np.ascontiguousarray(features[start:start + FOREST_CHUNK_ROWS], dtype="float32")
        total = np.zeros((len(rows), out.shape[1]), dtype="float64")
        for tree, probabilities in zip(trees, leaf_probabilities):
            total += probabilities[tree.apply(rows)]
        out[start:start + len(rows)] = total / len(trees)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(chunk, range(0, len(features), FOREST_CHUNK_ROWS)))
    return out


def _features(dn, preset, sensor_bands=None):
    """(bands, n) values → (n, bands) float32 features.

    With a sensor preset, the first ``sensor_bands`` bands (all when None) are digital numbers
    converted to reflectance; bands stacked after them (indices, a DEM…) are used as they are.
    """
    values = dn.astype("float32")
    if preset is not None:
        converted = values.shape[0] if sensor_bands is None else sensor_bands
        values[:converted] = values[:converted] * preset.scale + preset.offset
    return values.T


def _read(reader, window, preset, sensor_bands=None):
    """(data, valid) of a window; the sensor's nodata (e.g. 0 for Sentinel-2 DN) applies only to the sensor's
    bands that declare none, never to stacked bands such as an index where 0 is a value."""
    data, valid = reader.read(window)
    if preset is not None and preset.nodata is not None:
        converted = reader.count if sensor_bands is None else sensor_bands
        for i, nodata in enumerate(reader.nodata[:converted]):
            if nodata is None:
                valid &= data[i] != preset.nodata
    return data, valid


def class_codes(rows, field):
    """Integer class codes of training polygons from their class field: ``rows`` = [(polygon id, value)], the value
    None where the field is empty. Returns (codes, numbering): the codes in the order of ``rows`` (None where
    empty) and None, or {text: code} when the field holds text.

    * integers, and reals or texts that are whole numbers (``2.0``, ``" 3"``), are the codes;
    * reals that are not whole numbers (1.5) are refused, naming them — never truncated;
    * a field holding text (``'forest'``) is numbered: its distinct texts, sorted (case-insensitive, then as
      written), become codes 1..n and the text is the class name (the caller says so);
    * codes outside 1–254 are refused by polygon.
    """
    numbers, texts, fractional = [], [], set()
    for _, value in rows:
        if value is None or (isinstance(value, str) and not value.strip()):
            numbers.append(None)
            texts.append(None)
            continue
        text = str(value).strip()
        texts.append(text)
        number = None
        if isinstance(value, bool):
            number = "text"
        elif isinstance(value, int):
            number = int(value)
        else:
            try:
                number = int(text)
            except ValueError:
                try:
                    real = float(text)
                except ValueError:
                    number = "text"
                else:
                    if math.isfinite(real) and real.is_integer():
                        number = int(real)
                    else:
                        fractional.add(real)
                        number = real
        numbers.append(number)
    numbering = None
    if any(n == "text" for n in numbers):
        distinct = sorted({t for t in texts if t is not None}, key=lambda t: (t.casefold(), t))
        if len(distinct) > 254:
            raise InputError("The class field '{field}' holds {count} different texts; a classification takes at "
                             "most 254 classes. Choose a field of class codes or class names.", field=field,
                             count=len(distinct))
        numbering = {t: k for k, t in enumerate(distinct, start=1)}
        return [None if t is None else numbering[t] for t in texts], numbering
    if fractional:
        shown = sorted(fractional)
        raise InputError("The class field '{field}' holds values that are not whole numbers: {values}. Class codes "
                         "must be integers (1–254), one per class: choose an integer code field (or a field of class "
                         "names, which the plugin numbers), or round the codes first.", field=field,
                         values=", ".join(f"{v:g}" for v in shown[:10]) + (" …" if len(shown) > 10 else ""))
    for (pid, _), code in zip(rows, numbers):
        if code is not None and not 1 <= code <= 254:
            raise InputError("Class code {code} (feature {fid}) is outside 1–254.", code=code, fid=pid)
    return numbers, None


def training_pixels(raster_path, polygons, sensor=None, max_pixels_per_class=20000, seed=0, sensor_bands=None):
    """Features, labels, polygon indices and what was left out, for the pixels under ``polygons`` =
    [(polygon id, class, WKB)].

    WKB geometries must be in the raster's CRS. Polygons outside the raster, polygons without a valid pixel
    centre (on nodata or smaller than a pixel) and classes left without pixels are not refused: they are
    returned as ``left_out`` = {"polygons_outside": [{"polygon", "class"}], "polygons_without_pixels": [...],
    "classes": [{"code", "polygons": [ids]}]} for the caller to report (:func:`left_out_messages`).
    """
    preset = SENSORS.get(sensor) if sensor else None
    xs, ys, groups = [], [], []
    outside, without = [], []
    with RasterReader(raster_path) as reader, tempfile.TemporaryDirectory(prefix="bd-train-") as tmp:
        for n, (pid, code, wkb) in enumerate(polygons):
            geometry = read_geometry(wkb, pid)
            window = polygon_window(reader.grid, geometry.GetEnvelope())
            if window is None:
                outside.append({"polygon": str(pid), "class": int(code)})
                continue
            found = 0
            for sub, inside in polygon_blocks(reader.grid, geometry, window, tmp):
                data, valid = _read(reader, sub, preset, sensor_bands)
                take = inside & valid
                if take.any():
                    found += int(take.sum())
                    xs.append(_features(data[:, take], preset, sensor_bands))
                    ys.append(np.full(int(take.sum()), code, dtype="int64"))
                    groups.append(np.full(int(take.sum()), n, dtype="int64"))
            if not found:
                without.append({"polygon": str(pid), "class": int(code)})
        count = reader.count
    x = np.concatenate(xs) if xs else np.empty((0, count), "float32")
    y = np.concatenate(ys) if ys else np.empty(0, "int64")
    g = np.concatenate(groups) if groups else np.empty(0, "int64")
    wanted = sorted({code for _, code, _ in polygons})
    empty = [c for c in wanted if not (y == c).any()]
    left_out = {"polygons_outside": outside, "polygons_without_pixels": without,
                "classes": [{"code": int(c), "polygons": [str(pid) for pid, code, _ in polygons if code == c]}
                            for c in empty]}
    rng = np.random.default_rng(seed)
    kept = [c for c in wanted if c not in empty]
    keep = np.concatenate([rng.permutation(np.flatnonzero(y == c))[:max_pixels_per_class] for c in kept]
                          + [np.empty(0, "int64")]).astype("int64")
    keep.sort()
    return x[keep], y[keep], g[keep], left_out


def numbering_message(field, numbering):
    """The note saying how :func:`class_codes` numbered the texts of the class field ``field``."""
    return Message("The class field '{field}' holds text such as '{example}', not integer codes: its {count} names "
                   "were numbered in alphabetical order as the class codes ({numbering}) and are kept as the class "
                   "names. To choose the codes yourself, give an integer code field, and this field as the class "
                   "name field.", field=field, example=next(iter(numbering)), count=len(numbering),
                   numbering=", ".join(f"{text} = {code}" for text, code in numbering.items()))


def _ids(items, names=None, limit=20):
    """'4, 5, 6 (class 2); 9 (class 3)' of left-out polygons [{"polygon", "class"}]."""
    by_class = {}
    for item in items:
        by_class.setdefault(item["class"], []).append(item["polygon"])
    parts = []
    for code, ids in sorted(by_class.items()):
        shown = ", ".join(ids[:limit]) + (" …" if len(ids) > limit else "")
        parts.append(f"{shown} (class {_class_label(code, names)})")
    return "; ".join(parts)


def _class_label(code, names=None):
    name = (names or {}).get(code, "")
    return f"{code} {name}".strip() if name and name != str(code) else str(code)


def left_out_messages(left_out, names=None):
    """Warnings (:class:`~.errors.Message`) naming the polygons and classes of ``left_out`` (from
    :func:`training_pixels`, as the report keeps it)."""
    messages = []
    if left_out.get("polygons_outside"):
        messages.append(Message("Training polygon(s) {ids} lie outside the image and were left out. Check the CRS "
                                "and extent of the training layer.", ids=_ids(left_out["polygons_outside"], names)))
    if left_out.get("polygons_without_pixels"):
        messages.append(Message("Training polygon(s) {ids} cover no image pixel (they lie on nodata or are smaller "
                                "than a pixel) and were left out.",
                                ids=_ids(left_out["polygons_without_pixels"], names)))
    for item in left_out.get("classes", ()):
        messages.append(Message("Class {label} has no image pixels under its training polygons ({ids}); it is left "
                                "out of the model and the map.", label=_class_label(item["code"], names),
                                ids=", ".join(item["polygons"][:20]) + (" …" if len(item["polygons"]) > 20 else "")))
    return messages


def split_by_polygon(y, groups, fraction, seed=0):
    """Boolean mask of validation pixels: ``fraction`` of each class's polygons (≥ 1 if it has ≥ 2)."""
    rng = np.random.default_rng(seed)
    held = []
    unvalidated = []
    for code in np.unique(y):
        polygons = np.unique(groups[y == code])
        if len(polygons) < 2 or fraction <= 0:
            unvalidated.append(int(code))
            continue
        n = min(len(polygons) - 1, max(1, int(round(fraction * len(polygons)))))
        held.extend(rng.choice(polygons, size=n, replace=False).tolist())
    return np.isin(groups, held), unvalidated


def confusion(predicted, reference, classes):
    """Counts with rows = map (predicted), columns = reference."""
    index = {c: i for i, c in enumerate(classes)}
    matrix = np.zeros((len(classes), len(classes)), dtype="int64")
    for p, r in zip(predicted, reference):
        matrix[index[int(p)], index[int(r)]] += 1
    return matrix


def accuracy_metrics(matrix):
    """OA and per-class UA (precision), PA (recall), F1 from a rows-map / columns-reference matrix."""
    matrix = np.asarray(matrix, dtype="float64")
    total = matrix.sum()
    diag = np.diag(matrix)
    with np.errstate(divide="ignore", invalid="ignore"):
        ua = diag / matrix.sum(axis=1)
        pa = diag / matrix.sum(axis=0)
        f1 = 2 * ua * pa / (ua + pa)
    return {"overall": float(diag.sum() / total) if total else float("nan"), "users": ua, "producers": pa, "f1": f1}


def train(raster_path, polygons, sensor=None, classifier="random_forest", validation_fraction=0.3, seed=0,
          names=None, max_pixels_per_class=20000, sensor_bands=None, trees=200):
    """Train and validate; returns (model dict, report dict).

    ``sensor_bands``: how many leading bands are the sensor's (converted to reflectance); bands after them
    (e.g. stacked indices) are used as they are. None: all bands are the sensor's. ``trees``: number of
    trees (random forest) or boosting iterations. Polygons and classes without image pixels are left out
    (``report["left_out"]``); fewer than two classes with pixels are refused, naming what was left out and why.
    """
    classes = sorted({code for _, code, _ in polygons})
    if len(classes) < 2:
        raise InputError("Training needs at least two classes; the polygons have only class {classes}.",
                         classes=", ".join(map(str, classes)))
    x, y, groups, left_out = training_pixels(raster_path, polygons, sensor, max_pixels_per_class, seed,
                                             sensor_bands)
    for item in left_out["classes"]:
        item["name"] = (names or {}).get(item["code"], str(item["code"]))
    classes = [c for c in classes if c not in {item["code"] for item in left_out["classes"]}]
    if len(classes) < 2:
        params = dict(
            left=", ".join(_class_label(item["code"], names) for item in left_out["classes"]) or "—",
            outside=_ids(left_out["polygons_outside"], names) or "—",
            without=_ids(left_out["polygons_without_pixels"], names) or "—")
        if classes:
            raise InputError("Training needs at least two classes with image pixels, but only class {kept} is left. "
                             "Classes left out: {left}. Training polygons outside the image: {outside}. Training "
                             "polygons on nodata or smaller than a pixel: {without}. Check the CRS and extent of the "
                             "training layer and the image's nodata.", kept=_class_label(classes[0], names), **params)
        raise InputError("Training needs at least two classes with image pixels, but none is left. Classes left out: "
                         "{left}. Training polygons outside the image: {outside}. Training polygons on nodata or "
                         "smaller than a pixel: {without}. Check the CRS and extent of the training layer and the "
                         "image's nodata.", **params)
    held, unvalidated = split_by_polygon(y, groups, validation_fraction, seed)
    report = {"classes": [{"code": c, "name": (names or {}).get(c, str(c))} for c in classes],
              "left_out": left_out,
              "training_pixels": {str(c): int((y[~held] == c).sum()) for c in classes},
              "validation_pixels": {str(c): int((y[held] == c).sum()) for c in classes},
              "training_polygons": {str(c): int(len(np.unique(groups[(y == c) & ~held]))) for c in classes},
              "validation_polygons": {str(c): int(len(np.unique(groups[(y == c) & held]))) for c in classes},
              "classes_without_validation": unvalidated, "classifier": classifier,
              "validation": "held out by polygon (never by pixel)"}
    with RasterReader(raster_path) as reader:
        descriptions = reader.descriptions
        band_count = reader.count
    if held.any():
        model = _make_classifier(classifier, seed, trees)
        model.fit(x[~held], y[~held])
        predicted = model.predict(x[held])
        matrix = confusion(predicted, y[held], classes)
        metrics = accuracy_metrics(matrix)
        report.update({
            "confusion_matrix": {"rows": "map (predicted)", "columns": "reference", "values": matrix.tolist()},
            "overall_accuracy": metrics["overall"],
            "users_accuracy": {str(c): _num(v) for c, v in zip(classes, metrics["users"])},
            "producers_accuracy": {str(c): _num(v) for c, v in zip(classes, metrics["producers"])},
            "f1": {str(c): _num(v) for c, v in zip(classes, metrics["f1"])},
        })
    final = _make_classifier(classifier, seed, trees)
    final.fit(x, y)
    importance = getattr(final, "feature_importances_", None)
    if importance is None and held.any():
        from sklearn.inspection import permutation_importance

        subset = np.flatnonzero(held)[:5000]
        importance = permutation_importance(final, x[subset], y[subset], n_repeats=3, random_state=seed,
                                            n_jobs=1).importances_mean
    names_of_bands = [d or f"band {i + 1}" for i, d in enumerate(descriptions)]
    if importance is not None:
        report["feature_importance"] = {names_of_bands[i]: float(v) for i, v in enumerate(importance)}
    model = {"format": MODEL_FORMAT, "model": final, "classes": classes,
             "names": {c: n for c, n in (names or {}).items() if c in classes},
             "sensor": sensor, "sensor_bands": sensor_bands, "band_count": band_count,
             "band_descriptions": descriptions, "classifier": classifier,
             # what refits the same model under another scikit-learn (load_model)
             "training": {"features": x.astype("float32"), "labels": y, "seed": seed, "trees": trees}}
    return model, report


def _num(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _plain(value):
    """``value`` with numpy arrays and scalars as plain Python data: a model file then unpickles under any numpy
    (numpy 2 pickles arrays as ``numpy._core``, which numpy 1 cannot import) and needs no scikit-learn."""
    if isinstance(value, np.ndarray):
        return {"__ndarray__": value.dtype.str, "shape": list(value.shape), "data": value.tobytes()}
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(item) for item in value)
    return value


def _arrays(value):
    """The inverse of :func:`_plain`."""
    if isinstance(value, dict):
        if "__ndarray__" in value:
            return np.frombuffer(value["data"], dtype=value["__ndarray__"]).reshape(value["shape"]).copy()
        return {key: _arrays(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_arrays(item) for item in value)
    return value


def save_model(model, path):
    """Write ``model`` (from :func:`train`): its settings and training samples as plain data, and the fitted
    estimator as a pickle nested inside, used only by the scikit-learn version that wrote it."""
    import sklearn

    data = {key: value for key, value in model.items() if key not in ("model", "notice")}
    data.update(format=MODEL_FORMAT, sklearn_version=sklearn.__version__,
                estimator=pickle.dumps(model["model"], protocol=4))
    try:
        with open(path, "wb") as fh:
            pickle.dump(_plain(data), fh, protocol=4)
    except OSError as exc:
        raise InputError("The file '{path}' could not be written ({error}). Check that its folder exists and can "
                         "be written.", path=path, error=exc.strerror or str(exc)) from exc


def load_model(path):
    """Load a model file written by :func:`save_model` (trusted files only: it is a pickle).

    Written by another scikit-learn version, whose estimators this one cannot be trusted to read, the model is
    refitted from the training samples the file keeps, with the same classifier, trees and seed (a
    deterministic fit); ``model["notice"]`` then says so (a :class:`~.errors.Message`), else it is None.
    """
    import sklearn

    if not os.path.exists(path):
        raise InputError("Model file '{path}' does not exist.", path=path)
    try:
        with open(path, "rb") as fh:
            model = pickle.load(fh)
    except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same message
        raise InputError("'{path}' could not be read as a habitat model file of this plugin. A model saved by a "
                         "plugin version before 0.3 with another scikit-learn cannot be read: train it again.",
                         path=path) from exc
    if isinstance(model, dict) and model.get("format") == MODEL_FORMAT_1:
        model["notice"] = None
        return model  # same scikit-learn (the pickle above read its estimator)
    if not isinstance(model, dict) or model.get("format") != MODEL_FORMAT:
        raise InputError("'{path}' is not a habitat model file of this plugin.", path=path)
    model = _arrays(model)
    saved_with, estimator = model.pop("sklearn_version", "?"), model.pop("estimator")
    model["notice"] = None
    if saved_with == sklearn.__version__:
        try:
            model["model"] = pickle.loads(estimator)
            return model
        except Exception:  # noqa: BLE001, S110 - unreadable after all: refit below, as for another version
            pass
    training = model["training"]
    classifier = _make_classifier(model["classifier"], training["seed"], training["trees"])
    classifier.fit(training["features"], training["labels"])
    model["model"] = classifier
    model["notice"] = Message(
        "The model was saved with scikit-learn {saved}; this QGIS has {current}. It was refitted from the {count} "
        "training pixels the file keeps, with the same settings (seed {seed}); the map may differ from the "
        "original in a few pixels. Save it again to keep the refitted model.", saved=saved_with,
        current=sklearn.__version__, count=len(training["labels"]), seed=training["seed"])
    return model


def check_model_input(model, reader):
    """Refuse an image whose bands do not match the model's."""
    if reader.count != model["band_count"]:
        raise InputError("The model was trained on {expected} bands ({names}), but '{image}' has {count}. Use an "
                         "image with the same bands in the same order.", expected=model["band_count"],
                         names=", ".join(d or "?" for d in model["band_descriptions"]), image=reader.label,
                         count=reader.count)
    trained = [d.upper() for d in model["band_descriptions"]]
    given = [d.upper() for d in reader.descriptions]
    if all(trained) and all(given) and trained != given:
        raise InputError("The image's bands ({given}) are not the model's ({expected}).", given=", ".join(given),
                         expected=", ".join(trained))


def predict(model, raster_path, class_path, confidence_path=None, progress=None, is_cancelled=None):
    """Classify ``raster_path`` block by block; returns {class code: pixels}."""
    preset = SENSORS.get(model["sensor"]) if model["sensor"] else None
    classifier = model["model"]
    classes = np.asarray(classifier.classes_)
    dtype = "uint8" if classes.max() < 255 else "uint16"
    counts = {}
    with RasterReader(raster_path) as reader:
        check_model_input(model, reader)
        names = model.get("names", {})
        writers = [RasterWriter(class_path, reader.grid, 1, dtype, 0, ["habitat class"])]
        if confidence_path:
            writers.append(RasterWriter(confidence_path, reader.grid, 1, "float32", CONFIDENCE_NODATA,
                                        ["probability of the chosen class"]))
        try:
            # the class names, and what made the map (bd:habitattrend notes series that mix them)
            writers[0].set_metadata({**{f"class_{c}": names.get(int(c), str(c)) for c in classes},
                                     "bd_sensor": model.get("sensor") or "", "bd_classifier": model.get("classifier")
                                     or ""})

            def process(window):
                data, valid = _read(reader, window, preset, model.get("sensor_bands"))
                out = np.zeros((window.height, window.width), dtype=dtype)
                conf = np.full((window.height, window.width), CONFIDENCE_NODATA, dtype="float32")
                if valid.any():
                    probabilities = predict_probabilities(classifier, _features(data[:, valid], preset,
                                                                                 model.get("sensor_bands")))
                    best = probabilities.argmax(axis=1)
                    out[valid] = classes[best]
                    conf[valid] = probabilities[np.arange(len(best)), best]
                    values, n = np.unique(out[valid], return_counts=True)
                    for v, c in zip(values.tolist(), n.tolist()):
                        counts[v] = counts.get(v, 0) + c
                writers[0].write(window, out)
                if confidence_path:
                    writers[1].write(window, conf)

            run_blockwise(reader.windows(), process, progress, is_cancelled)
        except BaseException:
            for writer in writers:
                writer.abort()
            raise
        for writer in writers:
            writer.commit()
    return counts
