"""Mutants for 03-probability/04-expected-value-and-variance: realistic wrong answers that must lose points."""

_DM_HEAD = '''
def discrete_moments(values, probs):
    x = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    if x.ndim != 1 or p.shape != x.shape or x.size == 0:
        raise ValueError("bad shapes")
    if not np.all(np.isfinite(x)) or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
        raise ValueError("bad values")
'''

_RMV_HEAD = '''
def running_mean_var(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad x")
'''

_MC_HEAD = '''
def mc_estimate(f, n, rng):
    if int(n) != n or n < 2:
        raise ValueError("bad n")
    n = int(n)
'''

MUTANTS = {
    "discrete_moments": {
        "shortcut_formula": _DM_HEAD + '''
    mean = float(np.sum(p * x))
    return mean, float(np.sum(p * x * x) - mean ** 2)
''',
        "unweighted_mean": _DM_HEAD + '''
    mean = float(np.mean(x))
    return mean, float(np.sum(p * (x - mean) ** 2))
''',
        "unweighted_variance": _DM_HEAD + '''
    mean = float(np.sum(p * x))
    return mean, float(np.mean((x - mean) ** 2))
''',
        "returns_std": _DM_HEAD + '''
    mean = float(np.sum(p * x))
    return mean, float(np.sqrt(np.sum(p * (x - mean) ** 2)))
''',
        "sample_correction": _DM_HEAD + '''
    mean = float(np.sum(p * x))
    k = x.size
    return mean, float(np.sum(p * (x - mean) ** 2) * k / max(k - 1, 1))
''',
        "no_validation": '''
def discrete_moments(values, probs):
    x = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    mean = float(np.sum(p * x))
    return mean, float(np.sum(p * (x - mean) ** 2))
''',
        "normalises_instead_of_checking": '''
def discrete_moments(values, probs):
    x = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    if x.ndim != 1 or p.shape != x.shape or x.size == 0 or np.any(p < 0):
        raise ValueError("bad input")
    p = p / p.sum()
    mean = float(np.sum(p * x))
    return mean, float(np.sum(p * (x - mean) ** 2))
''',
        "numpy_average_shortcut": _DM_HEAD + '''
    mean = float(np.average(x, weights=p))
    return mean, float(np.average((x - mean) ** 2, weights=p))
''',
    },
    "running_mean_var": {
        "shortcut_cumsum": _RMV_HEAD + '''
    t = np.arange(1, x.size + 1)
    means = np.cumsum(x) / t
    return means, np.cumsum(x * x) / t - means ** 2
''',
        "sample_variance_ddof1": _RMV_HEAD + '''
    means, variances = np.empty(x.size), np.empty(x.size)
    mean, m2 = 0.0, 0.0
    for t, v in enumerate(x, start=1):
        d = v - mean
        mean += d / t
        m2 += d * (v - mean)
        means[t - 1] = mean
        variances[t - 1] = m2 / (t - 1) if t > 1 else 0.0
    return means, variances
''',
        "delta_squared": _RMV_HEAD + '''
    means, variances = np.empty(x.size), np.empty(x.size)
    mean, m2 = 0.0, 0.0
    for t, v in enumerate(x, start=1):
        d = v - mean
        mean += d / t
        m2 += d * d
        means[t - 1] = mean
        variances[t - 1] = m2 / t
    return means, variances
''',
        "off_by_one_count": _RMV_HEAD + '''
    means, variances = np.empty(x.size), np.empty(x.size)
    mean, m2 = float(x[0]), 0.0
    means[0], variances[0] = mean, 0.0
    for t in range(1, x.size):
        d = x[t] - mean
        mean += d / t
        m2 += d * (x[t] - mean)
        means[t] = mean
        variances[t] = m2 / (t + 1)
    return means, variances
''',
        "returns_std": _RMV_HEAD + '''
    means, variances = np.empty(x.size), np.empty(x.size)
    mean, m2 = 0.0, 0.0
    for t, v in enumerate(x, start=1):
        d = v - mean
        mean += d / t
        m2 += d * (v - mean)
        means[t - 1] = mean
        variances[t - 1] = np.sqrt(m2 / t)
    return means, variances
''',
        "final_only_broadcast": _RMV_HEAD + '''
    mean = x.sum() / x.size
    return np.full(x.size, mean), np.full(x.size, ((x - mean) ** 2).sum() / x.size)
''',
        "uses_np_var": _RMV_HEAD + '''
    return (np.array([x[:t].mean() for t in range(1, x.size + 1)]),
            np.array([np.var(x[:t]) for t in range(1, x.size + 1)]))
''',
        "float32_accumulator": _RMV_HEAD + '''
    means, variances = np.empty(x.size), np.empty(x.size)
    mean, m2 = np.float32(0.0), np.float32(0.0)
    for t, v in enumerate(x.astype(np.float32), start=1):
        d = v - mean
        mean += d / np.float32(t)
        m2 += d * (v - mean)
        means[t - 1] = mean
        variances[t - 1] = m2 / np.float32(t)
    return means, variances
''',
    },
    "mc_estimate": {
        "ddof0_standard_error": _MC_HEAD + '''
    y = np.asarray(f(rng.standard_normal(n)), dtype=float)
    return float(y.mean()), float(y.std() / np.sqrt(n))
''',
        "std_not_standard_error": _MC_HEAD + '''
    y = np.asarray(f(rng.standard_normal(n)), dtype=float)
    return float(y.mean()), float(y.std(ddof=1))
''',
        "divides_by_n_not_sqrt": _MC_HEAD + '''
    y = np.asarray(f(rng.standard_normal(n)), dtype=float)
    return float(y.mean()), float(y.std(ddof=1) / n)
''',
        "ignores_rng": _MC_HEAD + '''
    y = np.asarray(f(np.random.default_rng(0).standard_normal(n)), dtype=float)
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))
''',
        "global_random": _MC_HEAD + '''
    y = np.asarray(f(np.random.standard_normal(n)), dtype=float)
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))
''',
        "uniform_samples": _MC_HEAD + '''
    y = np.asarray(f(rng.random(n)), dtype=float)
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))
''',
        "extra_draw": _MC_HEAD + '''
    z = rng.standard_normal(n + 1)[:n]
    y = np.asarray(f(z), dtype=float)
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))
''',
        "f_per_element": _MC_HEAD + '''
    z = rng.standard_normal(n)
    y = np.array([f(v) for v in z], dtype=float)
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))
''',
        "mean_of_z_then_f": _MC_HEAD + '''
    z = rng.standard_normal(n)
    y = np.asarray(f(z), dtype=float)
    return float(f(np.array([z.mean()]))[0]), float(y.std(ddof=1) / np.sqrt(n))
''',
        "no_validation": '''
def mc_estimate(f, n, rng):
    n = int(n)
    y = np.asarray(f(rng.standard_normal(n)), dtype=float)
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n)) if n > 1 else 0.0
''',
    },
}
