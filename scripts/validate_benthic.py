#!/usr/bin/env python3
"""Peer validation of the benthic classifier on the dep-seagrass labelled Sentinel-2 pixels (opt-in).

Data: ``<PEER_DATA>/benthic_dep_seagrass`` (Digital Earth Pacific, MIT): field-labelled GeoMAD 2024
reflectance pixels of 15 sites in Fiji, PNG and the Marshall Islands, with a bands-only random-forest
baseline (``baseline.py``, ``baseline_results.json``). Rows are loaded and de-duplicated by the peer's
own ``baseline.load`` logic, so both sides use the same 6,619 rows and the same site/region definitions.

Ours = the plugin's benthic classifier (``core.classify``'s random forest, 100 trees as in
``core.reef.benthic``, seed 0; the class of highest vote fraction, as ``core.classify.predict``) on:
* the ten bands (as the baseline),
* the water-column indices of ``bd:benthichabitat`` (INDEX_FEATURES, ``core.reef.features.index_features``):
  Stumpf et al. (2003) log ratios ln(1000 R_b)/ln(1000 R_g) and ln(1000 R_g)/ln(1000 R_r), NDWI
  (McFeeters 1996), blue/green, green/red, blue/red;
* Lyzenga (1981) depth-invariant indices for B02/B03, B02/B04, B03/B04: the deep-water signal of each
  site is its 2nd percentile per band (label-free, as a "darkest pixel" estimate: most rows are shallow,
  the few optically deep rows are dark), k_i/k_j from the *training* rows labelled sand (each site's
  X centred on its own mean, so the ratio reflects depth, not site offsets) — never from held-out rows.
Sun glint: the GeoMAD geomedian composite suppresses glint and has no glint sample, so Hedley et al.
(2005) is not applied here (the plugin applies it to single-date scenes).

Protocols: leave-one-site-out and leave-one-region-out (published baseline figures), and within-site
spatially blocked 5-fold cross-validation on 1 km × 1 km blocks (baseline recomputed here, bands-only RF as
in baseline.py). Binary tasks (seagrass vs not, coral/algae = coral ∪ seaweed vs not) use a binary
model (the class of highest posterior); their always-"not" rate is printed beside.

``bd:benthichabitat`` computes the same features (image bands, INDEX_FEATURES, the DII raster); only the
deep-water signal differs (there from DEEP_WATER polygons, here each site's 2nd percentile).

Printed beside, not checked and not in the plugin (issue 7, label-free adaptation to the held-out "scene"):
"EM prior adjustment" = the same forest's vote fractions calibrated on its out-of-bag posteriors
(bias-corrected temperature scaling, Alexandari, Kundaje & Shrikumar 2020), the class shares of the
held-out fold re-estimated by the EM of Saerens, Latinne & Decaestecker (2002) and the posteriors
re-weighted to them (``core.reef.prior_shift``). Fixed from the literature before it was run, measured once:
it lowered accuracy in most protocols (at new sites the class spectra change too, and the EM runs to
shares of 0 or 1), so the plugin does not use it; even the held-out folds' true shares (an oracle, not a
method) leave leave-one-region-out coral/algae at 0.663, below its always-"not" 0.671. A per-site robust
standardisation of the features ((f − median)/IQR of each site's rows), tried once as well, lowered
leave-one-site-out OA to 0.29.
"""

import importlib.util
import os
import sys
import time
from collections import OrderedDict

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)  # the checkout is the plugin

FOLDER = "benthic_dep_seagrass"
CLASS_NAMES = {1: "sediment", 2: "sand", 3: "rubble", 4: "seagrass", 5: "seaweed/algae", 6: "coral", 7: "rock",
               8: "deeps", 9: "mangrove"}
SAND, SEAGRASS, SEAWEED, CORAL = 2, 4, 5, 6
PAIRS = ((0, 1), (0, 2), (1, 2))  # B02/B03, B02/B04, B03/B04 within (blue, green, red)
BLOCK_M = 1000.0
DEEP_PERCENTILE = 2


def _baseline_module(folder):
    spec = importlib.util.spec_from_file_location("dep_baseline", os.path.join(folder, "baseline.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(folder):
    """(y, bands (n, 10), sites, regions, x, y coordinates) exactly as the peer baseline de-duplicates them."""
    base = _baseline_module(folder)
    header, rows, files = base.load()
    seen, keep = set(), []
    for i, row in enumerate(rows):
        if row not in seen:
            seen.add(row)
            keep.append(i)
    rows = [rows[i] for i in keep]
    files = [files[i] for i in keep]
    col = {c: i for i, c in enumerate(header)}
    labels = np.array([int(float(r[col["cc_id"]])) for r in rows])
    bands = np.array([[float(r[col[b]]) for b in base.BANDS] for r in rows])
    sites = np.array([base.site_of(f) for f in files])
    regions = np.array([base.region_of(s) for s in sites])
    xy = np.array([[float(r[col["x"]]), float(r[col["y"]])] for r in rows])
    return labels, bands, sites, regions, xy


class Features:
    """Bands + indices + Lyzenga DII, with k_i/k_j fitted on training rows only."""

    def __init__(self, bands, labels, sites):
        from bd_qgis_plugin.core.reef.dii import DII_CLAMP
        from bd_qgis_plugin.core.reef.features import index_features

        self.bands, self.labels, self.sites = bands, labels, sites
        blue, green, red, nir = bands[:, 0], bands[:, 1], bands[:, 2], bands[:, 6]
        visible = bands[:, :3]
        deep = np.empty_like(visible)
        for site in np.unique(sites):
            here = sites == site
            deep[here] = np.percentile(visible[here], DEEP_PERCENTILE, axis=0)
        self.x = np.log(np.maximum(visible - deep, DII_CLAMP))
        self.fixed = np.column_stack([bands, index_features(blue, green, red, nir).T])  # as bd:benthichabitat
        self.fallback = self.ratios(np.ones(len(labels), bool))

    def ratios(self, train):
        from bd_qgis_plugin.core.reef.dii import attenuation_ratio

        sand = train & (self.labels == SAND)
        if sand.sum() < 10:
            return self.fallback
        x = self.x[sand].copy()
        for site in np.unique(self.sites[sand]):
            here = self.sites[sand] == site
            x[here] -= x[here].mean(axis=0)
        out = []
        for (i, j), fallback in zip(PAIRS, getattr(self, "fallback", [1.0] * 3)):
            ratio = attenuation_ratio(x[:, i], x[:, j])[4]
            out.append(fallback if ratio is None else ratio)
        return out

    def matrix(self, train):
        ratios = self.ratios(train)
        dii = np.column_stack([self.x[:, i] - k * self.x[:, j] for (i, j), k in zip(PAIRS, ratios)])
        return np.column_stack([self.fixed, dii])


def baseline_model():
    from sklearn.ensemble import RandomForestClassifier

    return RandomForestClassifier(n_estimators=200, random_state=0, n_jobs=-1)


def tasks(labels):
    return OrderedDict([("multiclass", labels), ("seagrass", (labels == SEAGRASS).astype(int)),
                        ("coral/algae", np.isin(labels, [CORAL, SEAWEED]).astype(int))])


def plugin_forest(x, y):
    """The plugin's benthic forest (same trees as ``core.reef.benthic``), with out-of-bag posteriors for the
    ablation."""
    import warnings

    from bd_qgis_plugin.core.classify import _make_classifier
    from bd_qgis_plugin.core.reef.benthic import BENTHIC_TREES

    forest = _make_classifier("random_forest", 0, BENTHIC_TREES).set_params(oob_score=True)  # oob: same trees
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return forest.fit(x, y)


def predict_folds(folds, features, target):
    """Pooled predictions over ``folds`` = [(train mask, test mask)]: (the plugin's, with EM prior adjustment,
    re-weighted to the fold's true class shares: an oracle, what exact shares would give these posteriors)."""
    from bd_qgis_plugin.core.classify import predict_probabilities
    from bd_qgis_plugin.core.reef import prior_shift

    plain, adjusted, oracle = (np.full(len(target), -1) for _ in range(3))
    for train, test in folds:
        x = features.matrix(train).astype("float32")
        forest = plugin_forest(x[train], target[train])
        probabilities = predict_probabilities(forest, x[test])
        plain[test] = forest.classes_[probabilities.argmax(axis=1)]
        calibration = prior_shift.calibration_for(forest, target[train])
        shift = prior_shift.scene_shift(probabilities, calibration)
        adjusted[test] = forest.classes_[prior_shift.adjusted(probabilities, calibration, shift).argmax(axis=1)]
        true_shares = [float(np.mean(target[test] == c)) for c in forest.classes_]
        with np.errstate(invalid="ignore"):  # a fold of only untrained classes (the 2 mangrove rows): all shares 0
            oracle[test] = forest.classes_[prior_shift.reweighted(
                prior_shift.calibrated(probabilities, calibration), calibration["source_priors"], true_shares).argmax(
                axis=1)]
    return plain, adjusted, oracle


def predict_baseline(folds, features, target):
    """Pooled predictions of the peer's bands-only random forest."""
    predicted = np.full(len(target), -1)
    for train, test in folds:
        model = baseline_model().fit(features.bands[train], target[train])
        predicted[test] = model.predict(features.bands[test])
    return predicted


def group_folds(groups):
    return [(groups != g, groups == g) for g in np.unique(groups)]


def blocked_folds(sites, xy, k=5):
    """Within each site: 1 km blocks dealt round-robin into ``k`` folds; training = the site's other blocks."""
    folds = []
    blocks = np.floor(xy / BLOCK_M).astype(np.int64)
    block_id = blocks[:, 0] * 1_000_003 + blocks[:, 1]
    for site in np.unique(sites):
        here = sites == site
        unique = np.unique(block_id[here])
        if len(unique) < 2:
            continue
        order = np.random.default_rng(0).permutation(len(unique))
        fold_of = dict(zip(unique[order].tolist(), (np.arange(len(unique)) % min(k, len(unique))).tolist()))
        assignment = np.array([fold_of.get(b, -1) for b in block_id.tolist()])
        for f in range(min(k, len(unique))):
            test = here & (assignment == f)
            train = here & (assignment != f)
            if test.any() and len(np.unique(block_id[train])):
                folds.append((train, test))
    return folds


def f1_per_class(truth, predicted):
    from sklearn.metrics import f1_score

    classes = sorted(set(truth.tolist()))
    values = f1_score(truth, predicted, labels=classes, average=None, zero_division=0)
    return dict(zip(classes, values)), float(np.mean(values))


def suite(peer_data):
    folder = os.path.join(peer_data, FOLDER)
    if not os.path.isdir(folder):
        return None
    import json

    published = json.load(open(os.path.join(folder, "baseline_results.json"), encoding="utf-8"))
    labels, bands, sites, regions, xy = load(folder)
    features = Features(bands, labels, sites)
    print(f"  {len(labels)} rows, {len(np.unique(sites))} sites, {len(np.unique(regions))} regions; features: "
          "10 bands + Stumpf ratios, NDWI, band ratios + Lyzenga DII B02/B03, B02/B04, B03/B04")
    protocols = OrderedDict([
        ("leave-one-site-out", (group_folds(sites), published["leave_one_site_out"])),
        ("leave-one-region-out", (group_folds(regions), published["leave_one_region_out"])),
        ("within-site spatially blocked (1 km, 5-fold)", (blocked_folds(sites, xy), None)),
    ])
    published_task = {"multiclass": "multiclass", "seagrass": "seagrass_vs_rest",
                      "coral/algae": "coral_or_seaweed_vs_rest"}
    checks = []
    for protocol, (folds, reference) in protocols.items():
        start = time.time()
        tested = np.zeros(len(labels), bool)
        for _, test in folds:
            tested |= test
        print(f"  == {protocol}: {len(folds)} folds, {int(tested.sum())} held-out rows")
        for task, target in tasks(labels).items():
            ours, adjusted, oracle = (p[tested] for p in predict_folds(folds, features, target))
            truth = target[tested]
            oa = float(np.mean(ours == truth))
            ablation = (f"[EM prior adjustment: {float(np.mean(adjusted == truth)):.3f}; "
                        f"oracle shares: {float(np.mean(oracle == truth)):.3f}]")
            if reference is not None:
                base_oa = reference[published_task[task]]["pooled"]["accuracy"]
                source = "published"
            else:
                base = predict_baseline(folds, features, target)[tested]
                base_oa = float(np.mean(base == truth))
                source = "recomputed"
            if task == "multiclass":
                f1, macro = f1_per_class(truth, ours)
                print(f"    9 classes: OA ours {oa:.3f} vs baseline {base_oa:.3f} ({source}); macro-F1 {macro:.3f}; "
                      f"{ablation}")
                print("      F1 per class: " + ", ".join(f"{CLASS_NAMES[c]} {v:.2f}" for c, v in f1.items()))
                checks.append((f"{protocol}: 9-class OA above baseline", oa > base_oa))
            else:
                never = float(np.mean(truth == 0))
                f1 = f1_per_class(truth, ours)[0].get(1, 0.0)
                print(f"    {task} vs not: accuracy ours {oa:.3f} vs baseline {base_oa:.3f} ({source}); "
                      f"always-'not' {never:.3f}; F1(positive) {f1:.3f}; {ablation}")
                checks.append((f"{protocol}: {task} above baseline", oa > base_oa))
                checks.append((f"{protocol}: {task} above always-'not'", oa > never))
        print(f"    ({time.time() - start:.0f} s)")
    return checks


if __name__ == "__main__":
    peer = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "validation")
    result = suite(peer)
    print(result)
