"""Reference implementations for unit 04-statistics (module ``stats``)."""
from __future__ import annotations

import itertools

import numpy as np
from scipy import stats as _st


def _as_1d(x, name: str, min_size: int = 1) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError(f"{name} must be 1-D")
    if x.size < min_size:
        raise ValueError(f"{name} needs at least {min_size} observations")
    return x


# --- 04-hypothesis-testing -----------------------------------------------------------------------
def welch_t_test(a, b) -> tuple[float, float, float]:
    """Welch's unequal-variance t-test: (t, df, two-sided p)."""
    a = _as_1d(a, "a", 2)
    b = _as_1d(b, "b", 2)
    n1, n2 = a.size, b.size
    v1 = a.var(ddof=1) / n1
    v2 = b.var(ddof=1) / n2
    se2 = v1 + v2
    if not se2 > 0:
        raise ValueError("both samples are constant: the standard error is zero")
    t = (a.mean() - b.mean()) / np.sqrt(se2)
    df = se2 ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    p = 2.0 * _st.t.sf(abs(t), df)
    return float(t), float(df), float(min(p, 1.0))


def exact_permutation_p_value(a, b) -> float:
    """Exact two-sided permutation p-value of the difference in means (every split enumerated)."""
    a = np.asarray(a, float)
    b = np.asarray(b, float)
    pooled = np.concatenate([a, b])
    n, n1 = pooled.size, a.size
    obs = abs(a.mean() - b.mean())
    total = pooled.sum()
    count = 0
    splits = 0
    for idx in itertools.combinations(range(n), n1):
        s1 = pooled[list(idx)].sum()
        diff = abs(s1 / n1 - (total - s1) / (n - n1))
        count += diff >= obs - 1e-12 * max(1.0, obs)
        splits += 1
    return count / splits


def permutation_test(a, b, n_resamples, rng) -> float:
    """Monte Carlo two-sided permutation p-value (1 + #{|T*| >= |T|}) / (B + 1)."""
    a = _as_1d(a, "a")
    b = _as_1d(b, "b")
    if int(n_resamples) < 1:
        raise ValueError("n_resamples must be >= 1")
    pooled = np.concatenate([a, b])
    n1 = a.size
    obs = abs(a.mean() - b.mean())
    count = 0
    for _ in range(int(n_resamples)):
        perm = rng.permutation(pooled)
        count += abs(perm[:n1].mean() - perm[n1:].mean()) >= obs
    return (1 + count) / (int(n_resamples) + 1)


# --- 06-correlation-vs-covariance ----------------------------------------------------------------
def pearson_correlation(x, y) -> float:
    x = _as_1d(x, "x", 2)
    y = _as_1d(y, "y", 2)
    if x.shape != y.shape:
        raise ValueError("x and y must have the same shape")
    if x.min() == x.max() or y.min() == y.max():
        raise ValueError("correlation is undefined for constant input")
    xc = x - x.mean()
    yc = y - y.mean()
    r = (xc @ yc) / np.sqrt((xc @ xc) * (yc @ yc))
    return float(np.clip(r, -1.0, 1.0))


def covariance_matrix(X) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D (n, d)")
    if X.shape[0] < 2:
        raise ValueError("need at least 2 samples")
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (X.shape[0] - 1)
    return (C + C.T) / 2


# --- 05-confidence-intervals ---------------------------------------------------------------------
def t_confidence_interval(x, confidence=0.95) -> tuple[float, float]:
    x = _as_1d(x, "x", 2)
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must lie in (0, 1)")
    n = x.size
    q = _st.t.ppf(1.0 - (1.0 - confidence) / 2.0, n - 1)
    half = q * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)


def bootstrap_percentile_ci(x, statistic, n_resamples, confidence, rng) -> tuple[float, float]:
    x = _as_1d(x, "x", 1)
    if int(n_resamples) < 1:
        raise ValueError("n_resamples must be >= 1")
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must lie in (0, 1)")
    idx = rng.integers(0, x.size, size=(int(n_resamples), x.size))
    reps = np.array([statistic(x[row]) for row in idx], dtype=float)
    alpha = 1.0 - confidence
    lo, hi = np.quantile(reps, [alpha / 2.0, 1.0 - alpha / 2.0])
    return float(lo), float(hi)


# --- 03-parameter-estimation ---------------------------------------------------------------------
def _positive_sample(x) -> np.ndarray:
    x = _as_1d(x, "x", 2)
    if np.any(x <= 0) or not np.all(np.isfinite(x)):
        raise ValueError("gamma data must be finite and strictly positive")
    if x.max() == x.min():
        raise ValueError("constant data: the gamma fit is degenerate")
    return x


def gamma_method_of_moments(x) -> tuple[float, float]:
    x = _positive_sample(x)
    m = x.mean()
    v = x.var()
    return float(m * m / v), float(v / m)


def gamma_mle(x, tol: float = 1e-12, max_iter: int = 100) -> tuple[float, float]:
    from scipy.special import digamma, polygamma

    x = _positive_sample(x)
    m = x.mean()
    s = np.log(m) - np.mean(np.log(x))
    if not s > 0:
        raise ValueError("data too concentrated to fit a gamma shape")
    k = (3.0 - s + np.sqrt((s - 3.0) ** 2 + 24.0 * s)) / (12.0 * s)
    for _ in range(max_iter):
        f = np.log(k) - digamma(k) - s
        fp = 1.0 / k - polygamma(1, k)
        k_new = k - f / fp
        if k_new <= 0:
            k_new = k / 2.0
        if abs(k_new - k) <= tol * k:
            k = k_new
            break
        k = k_new
    return float(k), float(m / k)


# --- 01-descriptive-statistics -------------------------------------------------------------------
def quantile(x, q):
    xs = np.sort(np.asarray(x, dtype=float))
    if xs.ndim != 1 or xs.size == 0 or not np.all(np.isfinite(xs)):
        raise ValueError("x must be a non-empty finite 1-D array")
    qa = np.asarray(q, dtype=float)
    if np.any(~((qa >= 0) & (qa <= 1))):
        raise ValueError("q must lie in [0, 1]")
    h = (xs.size - 1) * qa
    j = np.floor(h).astype(int)
    jn = np.minimum(j + 1, xs.size - 1)
    out = xs[j] + (h - j) * (xs[jn] - xs[j])
    return float(out) if qa.ndim == 0 else out


def welford_update(state, value):
    count, mean, m2 = state
    count = int(count) + 1
    delta = float(value) - mean
    mean = mean + delta / count
    m2 = m2 + delta * (float(value) - mean)
    return count, float(mean), float(m2)


def robust_zscores(x):
    x = _as_1d(x, "x", 1)
    if not np.all(np.isfinite(x)):
        raise ValueError("x must be finite")
    med = np.median(x)
    mad = np.median(np.abs(x - med))
    if mad == 0:
        raise ValueError("MAD is zero")
    return (x - med) / (mad / _st.norm.ppf(0.75))


# --- 07-bias-variance-tradeoff -------------------------------------------------------------------
def bias_variance_decomposition(predictions, f_true) -> tuple[float, float]:
    P = np.asarray(predictions, dtype=float)
    f = np.asarray(f_true, dtype=float)
    if P.ndim != 2 or P.shape[0] < 1 or P.shape[1] < 1:
        raise ValueError("predictions must have shape (R, m) with R, m >= 1")
    if f.shape != (P.shape[1],):
        raise ValueError("f_true must have shape (m,)")
    mean_pred = P.mean(axis=0)
    bias_sq = np.mean((mean_pred - f) ** 2)
    variance = np.mean((P - mean_pred) ** 2)
    return float(bias_sq), float(variance)


def simulate_polynomial_fits(degree, n_train, n_repeats, noise_sd, x_test, rng) -> np.ndarray:
    degree, n_train, n_repeats = int(degree), int(n_train), int(n_repeats)
    x_test = np.asarray(x_test, dtype=float)
    if degree < 0 or n_repeats < 1 or n_train <= degree or x_test.ndim != 1 or noise_sd < 0:
        raise ValueError("invalid arguments")
    X = rng.uniform(-1.0, 1.0, size=(n_repeats, n_train))
    noise = rng.standard_normal((n_repeats, n_train))
    Y = np.sin(np.pi * X) + noise_sd * noise
    V_test = np.vander(x_test, degree + 1, increasing=True)
    out = np.empty((n_repeats, x_test.size))
    for r in range(n_repeats):
        V = np.vander(X[r], degree + 1, increasing=True)
        w, *_ = np.linalg.lstsq(V, Y[r], rcond=None)
        out[r] = V_test @ w
    return out


# --- 08-statistics-in-ml -------------------------------------------------------------------------
def kfold_indices(n_samples, n_splits, shuffle=False, rng=None):
    n_samples, n_splits = int(n_samples), int(n_splits)
    if n_splits < 2 or n_splits > n_samples:
        raise ValueError("need 2 <= n_splits <= n_samples")
    if shuffle and rng is None:
        raise ValueError("shuffle=True needs an rng")
    order = rng.permutation(n_samples) if shuffle else np.arange(n_samples)
    sizes = np.full(n_splits, n_samples // n_splits)
    sizes[: n_samples % n_splits] += 1
    folds, start = [], 0
    for size in sizes:
        test = np.sort(order[start:start + size])
        mask = np.ones(n_samples, bool)
        mask[test] = False
        folds.append((np.arange(n_samples)[mask], test))
        start += size
    return folds


def cross_val_mse(X, y, fit_predict, n_splits) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError("X must be (n, d) and y (n,)")
    scores = []
    for train, test in kfold_indices(X.shape[0], n_splits):
        pred = np.asarray(fit_predict(X[train], y[train], X[test]), dtype=float)
        scores.append(np.mean((y[test] - pred) ** 2))
    return np.array(scores)


# --- 02-sampling-methods -------------------------------------------------------------------------
def stratified_sample_indices(labels, fraction, rng) -> np.ndarray:
    labels = np.asarray(labels)
    if labels.ndim != 1 or labels.size == 0:
        raise ValueError("labels must be a non-empty 1-D array")
    if not 0.0 < fraction <= 1.0:
        raise ValueError("fraction must lie in (0, 1]")
    chosen = []
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        m = int(np.round(fraction * idx.size))
        chosen.append(rng.permutation(idx)[:m])
    return np.sort(np.concatenate(chosen)).astype(np.int64)


def reservoir_sample(stream, k, rng) -> np.ndarray:
    k = int(k)
    if k < 1:
        raise ValueError("k must be >= 1")
    reservoir = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
        else:
            j = int(rng.integers(0, i + 1))
            if j < k:
                reservoir[j] = item
    return np.array(reservoir)
