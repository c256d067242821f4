"""Reference implementations for unit 03-probability."""
from __future__ import annotations

import numpy as np


# --- 10-probability-in-ml ------------------------------------------------------------------------
def gaussian_nb_fit(X, y, var_smoothing: float = 1e-9):
    """Maximum-likelihood Gaussian naive Bayes: (classes, priors, means, variances)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("X must be a non-empty 2-D array")
    if y.ndim != 1 or y.shape[0] != X.shape[0]:
        raise ValueError("y must be 1-D with one label per row of X")
    if not var_smoothing >= 0:
        raise ValueError("var_smoothing must be >= 0")
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    K, d = classes.size, X.shape[1]
    priors = counts / X.shape[0]
    onehot = np.zeros((X.shape[0], K))
    onehot[np.arange(X.shape[0]), inverse] = 1.0
    means = (onehot.T @ X) / counts[:, None]
    variances = np.empty((K, d))
    for k in range(K):
        Xk = X[inverse == k]
        variances[k] = np.mean((Xk - means[k]) ** 2, axis=0)
    epsilon = var_smoothing * np.max(np.var(X, axis=0))
    return classes, priors, means, variances + epsilon


def gaussian_nb_log_joint(X, priors, means, variances):
    """log p(y=k) + sum_j log N(x_ij; means[k, j], variances[k, j]) for every row i and class k."""
    X = np.asarray(X, dtype=float)
    priors = np.asarray(priors, dtype=float)
    means = np.asarray(means, dtype=float)
    variances = np.asarray(variances, dtype=float)
    if X.ndim != 2 or means.ndim != 2 or variances.shape != means.shape or \
            priors.shape != (means.shape[0],) or X.shape[1] != means.shape[1]:
        raise ValueError("shapes do not match: X (n, d), priors (K,), means and variances (K, d)")
    if not np.all(variances > 0):
        raise ValueError("variances must be > 0")
    with np.errstate(divide="ignore"):
        log_prior = np.log(priors)
    const = -0.5 * np.sum(np.log(2.0 * np.pi * variances), axis=1)          # (K,)
    quad = (X[:, None, :] - means[None, :, :]) ** 2 / variances[None, :, :]  # (n, K, d)
    return log_prior[None, :] + const[None, :] - 0.5 * quad.sum(axis=2)


def log_normalize(log_joint):
    """Row-wise log posterior: L - logsumexp(L, axis=1)."""
    L = np.asarray(log_joint, dtype=float)
    if L.ndim != 2:
        raise ValueError("log_joint must be 2-D (n, K)")
    m = L.max(axis=1, keepdims=True)
    if not np.all(np.isfinite(m)):
        raise ValueError("every row needs at least one finite entry")
    with np.errstate(under="ignore"):
        lse = m + np.log(np.exp(L - m).sum(axis=1, keepdims=True))
    return L - lse


# --- 06-bayes-theorem ----------------------------------------------------------------------------
def bayes_posterior(prior, likelihood):
    """Posterior over K hypotheses: prior * likelihood, normalised along the last axis."""
    prior = np.asarray(prior, dtype=float)
    lik = np.asarray(likelihood, dtype=float)
    if prior.ndim != 1 or lik.ndim not in (1, 2) or lik.shape[-1] != prior.shape[0]:
        raise ValueError("prior must be (K,) and likelihood (K,) or (n, K)")
    if np.any(prior < 0) or abs(prior.sum() - 1.0) > 1e-8:
        raise ValueError("prior must be non-negative and sum to 1")
    if np.any(lik < 0) or not np.all(np.isfinite(lik)):
        raise ValueError("likelihoods must be finite and non-negative")
    joint = prior * lik
    evidence = joint.sum(axis=-1, keepdims=True)
    if np.any(evidence <= 0):
        raise ValueError("the evidence has probability 0 under the prior")
    return joint / evidence


def sequential_posterior(prior, likelihood_table, observations):
    """History (T+1, K) of posteriors after 0, 1, ..., T observations, computed in log space."""
    prior = np.asarray(prior, dtype=float)
    table = np.asarray(likelihood_table, dtype=float)
    obs = np.asarray(observations)
    if prior.ndim != 1 or table.ndim != 2 or table.shape[0] != prior.shape[0]:
        raise ValueError("prior must be (K,) and likelihood_table (K, M)")
    if np.any(prior < 0) or abs(prior.sum() - 1.0) > 1e-8 or np.any(table < 0):
        raise ValueError("probabilities must be non-negative and the prior must sum to 1")
    if obs.ndim != 1 or (obs.size and obs.dtype.kind not in "iu"):
        raise ValueError("observations must be a 1-D integer array")
    if obs.size and (obs.min() < 0 or obs.max() >= table.shape[1]):
        raise ValueError("observation out of range")
    with np.errstate(divide="ignore"):
        log_prior = np.log(prior)
        log_table = np.log(table)
    steps = log_table[:, obs.astype(int)].T                               # (T, K)
    logp = np.vstack([log_prior, log_prior + np.cumsum(steps, axis=0)])   # (T+1, K)
    m = logp.max(axis=1, keepdims=True)
    if not np.all(np.isfinite(m)):
        raise ValueError("every hypothesis has been ruled out")
    with np.errstate(under="ignore"):
        w = np.exp(logp - m)
    return w / w.sum(axis=1, keepdims=True)


def beta_binomial_posterior(alpha, beta, successes, trials):
    """(alpha', beta', posterior mean, posterior mode) of a Beta prior after binomial data."""
    if not (alpha > 0 and beta > 0):
        raise ValueError("alpha and beta must be > 0")
    if int(successes) != successes or int(trials) != trials or not 0 <= successes <= trials:
        raise ValueError("need integers 0 <= successes <= trials")
    a = float(alpha + successes)
    b = float(beta + trials - successes)
    mean = a / (a + b)
    if a > 1 and b > 1:
        mode = (a - 1) / (a + b - 2)
    elif a <= 1 < b:
        mode = 0.0
    elif b <= 1 < a:
        mode = 1.0
    else:
        mode = float("nan")
    return a, b, mean, mode


# --- 04-expected-value-and-variance --------------------------------------------------------------
def discrete_moments(values, probs):
    """(mean, variance) of a discrete distribution, variance as sum p (x - mean)^2."""
    x = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    if x.ndim != 1 or p.shape != x.shape or x.size == 0:
        raise ValueError("values and probs must be 1-D of the same non-zero length")
    if not np.all(np.isfinite(x)) or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
        raise ValueError("values must be finite, probs non-negative summing to 1")
    mean = float(np.sum(p * x))
    return mean, float(np.sum(p * (x - mean) ** 2))


def running_mean_var(x):
    """Welford: running means and population variances after 1, 2, ..., n samples."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D array")
    means = np.empty(x.size)
    variances = np.empty(x.size)
    mean, m2 = 0.0, 0.0
    for i, v in enumerate(x, start=1):
        delta = v - mean
        mean += delta / i
        m2 += delta * (v - mean)
        means[i - 1] = mean
        variances[i - 1] = m2 / i
    return means, variances


def mc_estimate(f, n, rng):
    """Monte Carlo estimate of E[f(Z)], Z ~ N(0, 1), and its standard error (ddof=1)."""
    if int(n) != n or n < 2:
        raise ValueError("n must be an integer >= 2")
    z = rng.standard_normal(int(n))
    y = np.asarray(f(z), dtype=float)
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))


# --- 07-common-distributions ---------------------------------------------------------------------
def binomial_pmf(k, n, p):
    """Binomial(n, p) pmf at k, computed in log space; 0 outside 0..n."""
    from math import lgamma

    k = np.asarray(k)
    if int(n) != n or n < 0:
        raise ValueError("n must be a non-negative integer")
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must lie in [0, 1]")
    kf = k.astype(float)
    if not np.all(np.isfinite(kf)) or np.any(kf != np.round(kf)):
        raise ValueError("k must hold whole numbers")
    n = int(n)
    inside = (kf >= 0) & (kf <= n)
    kk = np.where(inside, kf, 0.0)
    lg = np.vectorize(lgamma, otypes=[float])
    log_comb = lgamma(n + 1) - lg(kk + 1) - lg(n - kk + 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        term_p = np.where(kk > 0, kk * np.log(p) if p > 0 else -np.inf, 0.0)
        term_q = np.where(n - kk > 0, (n - kk) * np.log1p(-p) if p < 1 else -np.inf, 0.0)
    out = np.exp(log_comb + term_p + term_q)
    return np.where(inside, out, 0.0)


def normal_cdf(x, mu=0.0, sigma=1.0):
    """Phi((x - mu) / sigma) = erfc(-z / sqrt 2) / 2, accurate in both tails."""
    from math import erfc

    if not sigma > 0:
        raise ValueError("sigma must be > 0")
    z = (np.asarray(x, dtype=float) - mu) / sigma
    return 0.5 * np.vectorize(erfc, otypes=[float])(-z / np.sqrt(2.0))


def sample_exponential(rate, n, rng):
    """n Exponential(rate) draws by inversion: -log1p(-u) / rate with u = rng.random(n)."""
    if not rate > 0:
        raise ValueError("rate must be > 0")
    if int(n) != n or n < 0:
        raise ValueError("n must be a non-negative integer")
    u = rng.random(int(n))
    return -np.log1p(-u) / rate


# --- 09-central-limit-theorem --------------------------------------------------------------------
def standardized_sample_means(samples, mu, sigma):
    """sqrt(n) (row mean - mu) / sigma for each row of an (n_trials, n) array."""
    X = np.asarray(samples, dtype=float)
    if X.ndim != 2 or X.shape[1] == 0:
        raise ValueError("samples must be 2-D with at least one column")
    if not sigma > 0:
        raise ValueError("sigma must be > 0")
    return np.sqrt(X.shape[1]) * (X.mean(axis=1) - mu) / sigma


def ks_statistic_normal(z):
    """Kolmogorov-Smirnov distance between the empirical cdf of z and the standard normal cdf."""
    from scipy.special import ndtr

    z = np.asarray(z, dtype=float)
    if z.ndim != 1 or z.size == 0 or not np.all(np.isfinite(z)):
        raise ValueError("z must be a non-empty 1-D array of finite numbers")
    z = np.sort(z)
    n = z.size
    F = ndtr(z)
    return float(max(np.max(np.arange(1, n + 1) / n - F), np.max(F - np.arange(n) / n)))


def mean_confidence_interval(x, confidence=0.95):
    """CLT interval mean -/+ z * s / sqrt(n), s with ddof=1, z = Phi^{-1}((1 + confidence) / 2)."""
    from scipy.special import ndtri

    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("x must be 1-D with at least 2 values")
    if not 0 < confidence < 1:
        raise ValueError("confidence must lie in (0, 1)")
    m = float(x.mean())
    half = float(ndtri(0.5 + confidence / 2) * x.std(ddof=1) / np.sqrt(x.size))
    return m - half, m + half


# --- 08-law-of-large-numbers ---------------------------------------------------------------------
def running_mean(x):
    """Cumulative means along the last axis: out[..., t] = mean(x[..., :t+1])."""
    x = np.asarray(x, dtype=float)
    if x.ndim not in (1, 2) or x.shape[-1] == 0:
        raise ValueError("x must be 1-D or 2-D with a non-empty last axis")
    return np.cumsum(x, axis=-1) / np.arange(1, x.shape[-1] + 1)


def deviation_probability(samples, mu, eps):
    """Fraction of rows whose running mean after t draws satisfies |mean - mu| >= eps, for t = 1..n."""
    X = np.asarray(samples, dtype=float)
    if X.ndim != 2 or 0 in X.shape:
        raise ValueError("samples must be a non-empty 2-D array")
    if not eps > 0:
        raise ValueError("eps must be > 0")
    return np.mean(np.abs(running_mean(X) - mu) >= eps, axis=0)


def sample_size_bounds(epsilon, delta, sigma, value_range):
    """(Chebyshev n, Hoeffding n): smallest n guaranteeing P(|mean - mu| >= epsilon) <= delta."""
    import math

    if not (epsilon > 0 and 0 < delta < 1 and sigma >= 0 and value_range > 0):
        raise ValueError("need epsilon > 0, 0 < delta < 1, sigma >= 0, value_range > 0")
    n_cheb = max(1, math.ceil(sigma ** 2 / (delta * epsilon ** 2)))
    n_hoef = max(1, math.ceil(value_range ** 2 * math.log(2 / delta) / (2 * epsilon ** 2)))
    return n_cheb, n_hoef


# --- 05-joint-and-conditional-probability --------------------------------------------------------
def _check_joint(joint):
    P = np.asarray(joint, dtype=float)
    if P.ndim != 2 or 0 in P.shape:
        raise ValueError("joint must be a non-empty 2-D table")
    if not np.all(np.isfinite(P)) or np.any(P < 0) or abs(P.sum() - 1.0) > 1e-8:
        raise ValueError("joint must be non-negative and sum to 1")
    return P


def empirical_joint(x, y, n_x, n_y):
    """Relative-frequency table T[i, j] = #{t : x_t = i, y_t = j} / n."""
    x = np.asarray(x)
    y = np.asarray(y)
    if x.ndim != 1 or y.shape != x.shape or x.size == 0:
        raise ValueError("x and y must be 1-D of the same non-zero length")
    if x.dtype.kind not in "iu" or y.dtype.kind not in "iu":
        raise ValueError("labels must be integers")
    if x.min() < 0 or y.min() < 0 or x.max() >= n_x or y.max() >= n_y:
        raise ValueError("label out of range")
    T = np.zeros((n_x, n_y))
    np.add.at(T, (x, y), 1.0)
    return T / x.size


def conditional_table(joint, given):
    """p(y | x) (rows sum to 1) for given='x'; p(x | y) (columns sum to 1) for given='y'."""
    P = _check_joint(joint)
    if given == "x":
        m = P.sum(axis=1, keepdims=True)
    elif given == "y":
        m = P.sum(axis=0, keepdims=True)
    else:
        raise ValueError("given must be 'x' or 'y'")
    with np.errstate(invalid="ignore", divide="ignore"):
        out = P / m
    return np.where(m > 0, out, np.nan)


def covariance_from_joint(joint, x_values, y_values):
    """Cov(X, Y) = sum_ij p_ij (x_i - mu_x)(y_j - mu_y)."""
    P = _check_joint(joint)
    xv = np.asarray(x_values, dtype=float)
    yv = np.asarray(y_values, dtype=float)
    if xv.shape != (P.shape[0],) or yv.shape != (P.shape[1],):
        raise ValueError("x_values must have shape (K,) and y_values (M,)")
    mx = float(P.sum(axis=1) @ xv)
    my = float(P.sum(axis=0) @ yv)
    return float((xv - mx) @ P @ (yv - my))


# --- 03-probability-distributions ----------------------------------------------------------------
def discrete_cdf(values, probs, x):
    """F(x) = sum of probs[i] over values[i] <= x, for every entry of x."""
    v = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    if v.ndim != 1 or p.shape != v.shape or v.size == 0:
        raise ValueError("values and probs must be 1-D of the same non-zero length")
    if not np.all(np.isfinite(v)) or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
        raise ValueError("invalid distribution")
    order = np.argsort(v, kind="stable")
    cum = np.concatenate([[0.0], np.cumsum(p[order])])
    cum[-1] = 1.0
    return cum[np.searchsorted(v[order], np.asarray(x, dtype=float), side="right")]


def sample_discrete(probs, n, rng):
    """n category indices drawn by inverting the cdf: searchsorted(cdf, rng.random(n), 'right')."""
    p = np.asarray(probs, dtype=float)
    if p.ndim != 1 or p.size == 0 or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
        raise ValueError("probs must be a non-empty 1-D probability vector")
    if int(n) != n or n < 0:
        raise ValueError("n must be a non-negative integer")
    cdf = np.cumsum(p)
    cdf[-1] = 1.0
    u = rng.random(int(n))
    return np.searchsorted(cdf, u, side="right").astype(np.int64)


def histogram_density(x, bins, value_range):
    """(density, edges) as np.histogram(x, bins, range=value_range, density=True)."""
    x = np.asarray(x, dtype=float).ravel()
    lo, hi = (float(v) for v in value_range)
    if int(bins) != bins or bins < 1 or not lo < hi:
        raise ValueError("need an integer bins >= 1 and low < high")
    edges = np.linspace(lo, hi, int(bins) + 1)
    inside = x[(x >= lo) & (x <= hi)]
    if inside.size == 0:
        raise ValueError("no data inside the range")
    idx = np.minimum(np.searchsorted(edges, inside, side="right") - 1, int(bins) - 1)
    counts = np.bincount(idx, minlength=int(bins))
    return counts / (inside.size * np.diff(edges)), edges


# --- 02-random-variables -------------------------------------------------------------------------
def pmf_of_function(values, probs, g):
    """Distribution of Y = g(X): (sorted distinct y values, their probabilities)."""
    v = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    if v.ndim != 1 or p.shape != v.shape or v.size == 0:
        raise ValueError("values and probs must be 1-D of the same non-zero length")
    if np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
        raise ValueError("invalid probabilities")
    y = np.asarray(g(v), dtype=float)
    if y.shape != v.shape:
        raise ValueError("g must map an array of shape (K,) to shape (K,)")
    uniq, inv = np.unique(y, return_inverse=True)
    return uniq, np.bincount(inv.ravel(), weights=p, minlength=uniq.size)


def pmf_of_sum(p, q):
    """pmf of X + Y for independent X ~ p on 0..K-1 and Y ~ q on 0..M-1 (length K + M - 1)."""
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    for a in (p, q):
        if a.ndim != 1 or a.size == 0 or np.any(a < 0) or abs(a.sum() - 1.0) > 1e-8:
            raise ValueError("p and q must be non-empty 1-D probability vectors")
    out = np.zeros(p.size + q.size - 1)
    for i, pi in enumerate(p):
        out[i:i + q.size] += pi * q
    return out


def lognormal_pdf(y, mu, sigma):
    """Density of Y = exp(X), X ~ N(mu, sigma^2): phi((log y - mu) / sigma) / (sigma y), 0 for y <= 0."""
    if not sigma > 0:
        raise ValueError("sigma must be > 0")
    y = np.asarray(y, dtype=float)
    pos = y > 0
    ys = np.where(pos, y, 1.0)
    z = (np.log(ys) - mu) / sigma
    dens = np.exp(-0.5 * z * z) / (sigma * ys * np.sqrt(2 * np.pi))
    return np.where(pos, dens, 0.0)


# --- 01-probability-basics -----------------------------------------------------------------------
def event_probability(event, outcomes, probs=None):
    """P(event) = sum of the probabilities of the outcomes where event(outcomes) is True."""
    outcomes = np.asarray(outcomes)
    if outcomes.ndim not in (1, 2) or outcomes.shape[0] == 0:
        raise ValueError("outcomes must be a non-empty array of shape (N,) or (N, d)")
    N = outcomes.shape[0]
    if probs is None:
        p = np.full(N, 1.0 / N)
    else:
        p = np.asarray(probs, dtype=float)
        if p.shape != (N,) or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
            raise ValueError("probs must be (N,), non-negative and sum to 1")
    mask = np.asarray(event(outcomes))
    if mask.shape != (N,) or mask.dtype != bool:
        raise ValueError("event must return a boolean array of shape (N,)")
    return float(p[mask].sum())


def birthday_probability(n, days=365):
    """P(at least two of n people share a birthday), days equally likely, computed in log space."""
    import math

    if int(n) != n or n < 0 or int(days) != days or days < 1:
        raise ValueError("n must be an integer >= 0 and days an integer >= 1")
    n, days = int(n), int(days)
    if n > days:
        return 1.0
    log_all_distinct = sum(math.log1p(-i / days) for i in range(n))
    return float(-math.expm1(log_all_distinct))


def mc_probability(event, n, d, rng):
    """(p_hat, standard error) for P(event(U)), U uniform on [0, 1)^d, from u = rng.random((n, d))."""
    if int(n) != n or n < 1 or int(d) != d or d < 1:
        raise ValueError("n and d must be integers >= 1")
    u = rng.random((int(n), int(d)))
    hits = np.asarray(event(u))
    if hits.shape != (int(n),) or hits.dtype != bool:
        raise ValueError("event must return a boolean array of shape (n,)")
    p_hat = float(hits.mean())
    return p_hat, float(np.sqrt(p_hat * (1 - p_hat) / n))
