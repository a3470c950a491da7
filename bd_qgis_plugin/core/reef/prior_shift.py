"""Class shares of the mapped scene: calibrated forest posteriors and EM prior re-estimation (no Qt).

A classifier's posteriors carry the class shares of its training pixels, which follow how many pixels
the user digitised per class (and, for a model applied elsewhere, another site's mix). On the scene
being mapped, the shares are re-estimated without labels and the posteriors re-weighted:

* Calibration (Alexandari, Kundaje & Shrikumar 2020, "bias-corrected temperature scaling", BCTS):
  q = softmax(log p̃ / T + b), T and b fitted by maximum likelihood on the forest's out-of-bag posteriors
  of its training pixels (Breiman 2001: each tree's held-out pixels), p̃ = tree-vote fractions smoothed
  by half a vote. Random-forest vote fractions are poorly calibrated (Niculescu-Mizil & Caruana 2005)
  and EM needs calibrated posteriors to estimate shares (Alexandari et al. 2020).
* Prior re-estimation (Saerens, Latinne & Decaestecker 2002, Neural Computation 14:21–41): starting
  from the training shares π_s, repeat q_t(ω|x) ∝ q(ω|x) π_t(ω)/π_s(ω), π_t(ω) = mean over the scene's
  pixels of q_t(ω|x), until the shares change by less than ``EM_TOLERANCE`` (at most
  ``EM_MAX_ITERATIONS`` steps). The map takes the class of highest q_t.

Everything here works on arrays. **Not used by bd:benthichabitat**: measured once on the dep-seagrass
peer pixels (``scripts/validate_benthic.py``, where it is printed beside the plugin's figures), it lowered
accuracy at new sites in most protocols — there the class spectra change as well as the shares, the label-
shift assumption fails and the EM runs to shares of 0 or 1. Kept, with its tests, for that record and for
a future use where the assumption holds.
"""

import numpy as np

#: Smoothing of the vote fractions before the logarithm, in tree votes.
SMOOTHING_VOTES = 0.5
TEMPERATURE_BOUNDS = (0.05, 20.0)
EM_MAX_ITERATIONS = 100
EM_TOLERANCE = 1e-6
PRIOR_FLOOR = 1e-6
#: Pixels of the scene sampled for the EM (the shares' standard error is then well under 1 %).
EM_SAMPLE_PIXELS = 100_000


def smoothed_log(probabilities, trees):
    """log of vote fractions smoothed by :data:`SMOOTHING_VOTES` votes per class (no log 0)."""
    probabilities = np.asarray(probabilities, dtype="float64")
    eps = SMOOTHING_VOTES / max(int(trees), 1)
    return np.log((probabilities + eps) / (1.0 + eps * probabilities.shape[1]))


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_bcts(log_probabilities, labels):
    """(T, b) minimising the negative log-likelihood of softmax(log p / T + b) for ``labels`` (column indices).

    b[0] is fixed at 0 (softmax ignores a common shift).
    """
    from scipy.optimize import minimize

    log_p = np.asarray(log_probabilities, dtype="float64")
    n, k = log_p.shape
    onehot = np.zeros((n, k))
    onehot[np.arange(n), labels] = 1.0

    def loss(theta):
        scale, bias = theta[0], np.concatenate([[0.0], theta[1:]])
        z = log_p * scale + bias
        z_max = z.max(axis=1, keepdims=True)
        log_sum = np.log(np.exp(z - z_max).sum(axis=1, keepdims=True)) + z_max
        nll = float(-(z - log_sum)[np.arange(n), labels].mean())
        residual = (np.exp(z - log_sum) - onehot) / n
        return nll, np.concatenate([[(residual * log_p).sum()], residual.sum(axis=0)[1:]])

    low, high = TEMPERATURE_BOUNDS
    result = minimize(loss, np.concatenate([[1.0], np.zeros(k - 1)]), jac=True, method="L-BFGS-B",
                      bounds=[(1.0 / high, 1.0 / low)] + [(None, None)] * (k - 1))
    return 1.0 / float(result.x[0]), np.concatenate([[0.0], result.x[1:]])


def calibration_for(forest, y):
    """Calibration of a random forest fitted with ``oob_score=True`` on labels ``y``, from its out-of-bag posteriors.

    Returns {"temperature", "bias", "trees", "source_priors"}; the source priors are the training shares.
    """
    classes = np.asarray(forest.classes_)
    index = np.searchsorted(classes, y)
    oob = np.asarray(forest.oob_decision_function_, dtype="float64")
    seen = np.isfinite(oob).all(axis=1) & (oob.sum(axis=1) > 0)  # rows that every tree saw have no OOB value
    trees = len(forest.estimators_)
    temperature, bias = fit_bcts(smoothed_log(oob[seen], trees), index[seen])
    priors = np.bincount(index, minlength=len(classes)) / len(index)
    return {"method": "BCTS on out-of-bag posteriors (Alexandari et al. 2020)", "temperature": temperature,
            "bias": bias.tolist(), "trees": trees, "source_priors": priors.tolist()}


def calibrated(probabilities, calibration):
    """Calibrated posteriors q of the forest's vote fractions ``probabilities`` (n, classes)."""
    log_p = smoothed_log(probabilities, calibration["trees"])
    return _softmax(log_p / calibration["temperature"] + np.asarray(calibration["bias"]))


def em_priors(posteriors, source_priors, max_iterations=EM_MAX_ITERATIONS, tolerance=EM_TOLERANCE):
    """Saerens et al. (2002) EM: (target priors, iterations, converged) from posteriors under ``source_priors``."""
    posteriors = np.asarray(posteriors, dtype="float64")
    source = np.maximum(np.asarray(source_priors, dtype="float64"), PRIOR_FLOOR)
    priors = source.copy()
    if len(posteriors) == 0:
        return priors, 0, True
    for iteration in range(1, max_iterations + 1):
        weighted = posteriors * (priors / source)
        weighted /= weighted.sum(axis=1, keepdims=True)
        updated = np.maximum(weighted.mean(axis=0), PRIOR_FLOOR)
        updated /= updated.sum()
        change = float(np.abs(updated - priors).max())
        priors = updated
        if change < tolerance:
            return priors, iteration, True
    return priors, max_iterations, False


def reweighted(posteriors, source_priors, target_priors):
    """Bayes' rule for a change of priors: q_t ∝ q · π_t / π_s, rows renormalised."""
    weights = np.asarray(target_priors, dtype="float64") / np.maximum(np.asarray(source_priors, "float64"),
                                                                       PRIOR_FLOOR)
    out = np.asarray(posteriors, dtype="float64") * weights
    return out / out.sum(axis=1, keepdims=True)


def scene_shift(probabilities, calibration):
    """Estimate the class shares of the pixels whose vote fractions are ``probabilities``.

    Returns {"priors", "source_priors", "iterations", "converged", "pixels"} (lists, JSON-ready).
    """
    priors, iterations, converged = em_priors(calibrated(probabilities, calibration), calibration["source_priors"])
    return {"priors": priors.tolist(), "source_priors": list(calibration["source_priors"]),
            "iterations": iterations, "converged": converged, "pixels": int(len(probabilities))}


def adjusted(probabilities, calibration, shift):
    """Posteriors of the forest's vote fractions, calibrated and re-weighted to ``shift``'s scene priors."""
    return reweighted(calibrated(probabilities, calibration), calibration["source_priors"], shift["priors"])
