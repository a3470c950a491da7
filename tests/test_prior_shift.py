"""Class shares of the mapped scene: EM prior re-estimation, Bayes re-weighting, BCTS calibration, out-of-bag."""

import numpy as np
import pytest
from helpers import read_raster
from test_benthic_map import SAND, SEAGRASS, _chain, _training

from bd_qgis_plugin.core import prior_shift
from bd_qgis_plugin.core.benthic_map import predict_benthic, scene_shares, share_rows, train_benthic


def _gaussian_posteriors(means, source, target, n, seed):
    """Exact posteriors under ``source`` priors of a sample drawn with ``target`` priors (unit-variance normals)."""
    rng = np.random.default_rng(seed)
    labels = rng.choice(len(means), size=n, p=target)
    x = rng.normal(np.asarray(means)[labels], 1.0)
    likelihood = np.exp(-0.5 * (x[:, None] - np.asarray(means)[None, :]) ** 2)
    posterior = likelihood * np.asarray(source)
    return posterior / posterior.sum(axis=1, keepdims=True)


@pytest.mark.parametrize("means, source, target", [
    ((-1.0, 1.0), (0.5, 0.5), (0.2, 0.8)),
    ((-2.0, 0.0, 2.0), (0.5, 0.3, 0.2), (0.1, 0.2, 0.7)),
])
def test_em_recovers_known_priors(means, source, target):
    # Saerens et al. 2002: with exact class-conditional posteriors, EM recovers the mixture's priors
    posteriors = _gaussian_posteriors(means, source, target, 200_000, seed=1)
    priors, iterations, converged = prior_shift.em_priors(posteriors, source)
    assert converged and iterations > 1
    assert np.allclose(priors, target, atol=0.01)
    # no shift: the source priors are (within sampling error) a fixed point
    same = prior_shift.em_priors(_gaussian_posteriors(means, source, source, 200_000, seed=2), source)[0]
    assert np.allclose(same, source, atol=0.01)


def test_reweighting_is_bayes_rule():
    # q = (0.6, 0.4) under priors (0.5, 0.5) → priors (0.2, 0.8): (0.6·0.4, 0.4·1.6) / 0.88 = (0.2727, 0.7273)
    out = prior_shift.reweighted([[0.6, 0.4]], [0.5, 0.5], [0.2, 0.8])
    assert out[0] == pytest.approx([0.12 / 0.44, 0.32 / 0.44])


def test_bcts_recovers_known_temperature_and_bias():
    rng = np.random.default_rng(3)
    z = rng.normal(0, 2.0, (50_000, 3))
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    bias = np.array([0.0, 0.5, -0.5])
    truth = np.exp(z / 2.0 + bias)
    truth /= truth.sum(axis=1, keepdims=True)
    labels = (rng.random(len(z))[:, None] > truth.cumsum(axis=1)).sum(axis=1)
    temperature, fitted = prior_shift.fit_bcts(log_p, labels)
    assert temperature == pytest.approx(2.0, abs=0.1)
    assert fitted == pytest.approx(bias, abs=0.05)


def test_forest_calibration_from_out_of_bag_posteriors():
    from bd_qgis_plugin.core.classify import fit_classifier

    rng = np.random.default_rng(4)
    x = rng.normal(size=(600, 3)).astype("float32")
    y = (x[:, 0] + rng.normal(0, 0.7, 600) > 0.5).astype(int) + 11
    forest, calibration = fit_classifier(x, y, "random_forest", 0, 50, calibrate=True)
    assert calibration["source_priors"] == pytest.approx([np.mean(y == 11), np.mean(y == 12)])
    assert calibration["trees"] == 50 and 0.05 <= calibration["temperature"] <= 20
    # with its fitted bias, the mean calibrated out-of-bag posterior equals the training shares (the NLL's
    # stationarity condition in b), so EM on the training rows stays where it starts
    oob = prior_shift.calibrated(forest.oob_decision_function_, calibration)
    assert np.allclose(oob.sum(axis=1), 1.0)
    assert oob.mean(axis=0) == pytest.approx(calibration["source_priors"], abs=1e-3)
    assert prior_shift.em_priors(oob, calibration["source_priors"])[0] == pytest.approx(
        calibration["source_priors"], abs=0.01)
    assert fit_classifier(x, y, "random_forest", 0, 50)[1] is None


def test_scene_shares_on_the_benthic_map(tmp_path):
    path, mask, features, _ = _chain(tmp_path)
    model, _ = train_benthic(features, mask, _training(), validation_fraction=0.34, image_path=path)
    shift = scene_shares(model, features)
    # training: equal pixels per class; the scene's shallow water: sand in columns up to 25, seagrass after
    assert shift["converged"] and shift["source_priors"] == pytest.approx([0.5, 0.5])
    codes = read_raster(mask)[0][0]
    shallow = codes == 4
    seagrass_share = shallow[:, 25:].sum() / shallow.sum()
    assert shift["priors"][1] == pytest.approx(seagrass_share, abs=0.02) and shift["pixels"] == shallow.sum()
    rows = share_rows(model, shift)
    assert [r["class_name"] for r in rows] == ["Sand", "Seagrass"] and rows[0]["training_pct"] == pytest.approx(50)
    classes = str(tmp_path / "adjusted.tif")
    predict_benthic(model, features, classes, shift=shift)
    result = read_raster(classes)[0][0]
    assert (result[:, 12:25][shallow[:, 12:25]] == SAND).all() and (result[:, 26:][shallow[:, 26:]] == SEAGRASS).all()
    del model["calibration"]  # a model file of an older version: no adjustment possible
    assert scene_shares(model, features) is None
