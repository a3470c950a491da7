"""Prior shift (core.reef.prior_shift): EM prior re-estimation, Bayes re-weighting, BCTS calibration on out-of-bag."""

import numpy as np
import pytest

from bd_qgis_plugin.core.reef import prior_shift


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
    from sklearn.ensemble import RandomForestClassifier

    rng = np.random.default_rng(4)
    x = rng.normal(size=(600, 3)).astype("float32")
    y = (x[:, 0] + rng.normal(0, 0.7, 600) > 0.5).astype(int) + 11
    forest = RandomForestClassifier(n_estimators=50, oob_score=True, random_state=0, n_jobs=1).fit(x, y)
    calibration = prior_shift.calibration_for(forest, y)
    assert calibration["source_priors"] == pytest.approx([np.mean(y == 11), np.mean(y == 12)])
    assert calibration["trees"] == 50 and 0.05 <= calibration["temperature"] <= 20
    # with its fitted bias, the mean calibrated out-of-bag posterior equals the training shares (the NLL's
    # stationarity condition in b), so EM on the training rows stays where it starts
    oob = prior_shift.calibrated(forest.oob_decision_function_, calibration)
    assert np.allclose(oob.sum(axis=1), 1.0)
    assert oob.mean(axis=0) == pytest.approx(calibration["source_priors"], abs=1e-3)
    assert prior_shift.em_priors(oob, calibration["source_priors"])[0] == pytest.approx(
        calibration["source_priors"], abs=0.01)
