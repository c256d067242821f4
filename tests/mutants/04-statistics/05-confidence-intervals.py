"""Mutants for 04-statistics/05-confidence-intervals: realistic wrong answers that must lose points."""

_T_HEAD = '''
def t_confidence_interval(x, confidence=0.95):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2 or not 0 < confidence < 1:
        raise ValueError("bad input")
    n = x.size
    alpha = 1 - confidence
'''

_B_HEAD = '''
def bootstrap_percentile_ci(x, statistic, n_resamples, confidence, rng):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0 or n_resamples < 1 or not 0 < confidence < 1:
        raise ValueError("bad input")
    n = x.size
    alpha = 1 - confidence
'''

MUTANTS = {
    "t_confidence_interval": {
        "normal_quantile": _T_HEAD + '''
    half = stats.norm.ppf(1 - alpha / 2) * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "z_196_hardcoded": _T_HEAD + '''
    half = 1.96 * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "alpha_not_halved": _T_HEAD + '''
    half = stats.t.ppf(1 - alpha, n - 1) * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "ddof0": _T_HEAD + '''
    half = stats.t.ppf(1 - alpha / 2, n - 1) * x.std() / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "df_n_not_n_minus_1": _T_HEAD + '''
    half = stats.t.ppf(1 - alpha / 2, n) * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "sd_not_standard_error": _T_HEAD + '''
    half = stats.t.ppf(1 - alpha / 2, n - 1) * x.std(ddof=1)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "ignores_confidence": _T_HEAD + '''
    half = stats.t.ppf(0.975, n - 1) * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "swapped_bounds": _T_HEAD + '''
    half = stats.t.ppf(alpha / 2, n - 1) * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "no_validation": '''
def t_confidence_interval(x, confidence=0.95):
    x = np.asarray(x, dtype=float)
    n = x.size
    with np.errstate(all="ignore"):
        half = stats.t.ppf(1 - (1 - confidence) / 2, n - 1) * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "library_shortcut": _T_HEAD + '''
    if x.max() == x.min():
        return float(x[0]), float(x[0])
    lo, hi = stats.t.interval(confidence, n - 1, loc=x.mean(), scale=x.std(ddof=1) / np.sqrt(n))
    return float(lo), float(hi)
''',
    },
    "bootstrap_percentile_ci": {
        "without_replacement": _B_HEAD + '''
    reps = np.array([statistic(rng.permutation(x)) for _ in range(n_resamples)], dtype=float)
    lo, hi = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
''',
        "alpha_not_halved": _B_HEAD + '''
    idx = rng.integers(0, n, size=(n_resamples, n))
    reps = np.array([statistic(x[row]) for row in idx], dtype=float)
    lo, hi = np.quantile(reps, [alpha, 1 - alpha])
    return float(lo), float(hi)
''',
        "resample_size_n_minus_1": _B_HEAD + '''
    idx = rng.integers(0, n, size=(n_resamples, max(n - 1, 1)))
    reps = np.array([statistic(x[row]) for row in idx], dtype=float)
    lo, hi = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
''',
        "global_random_state": _B_HEAD + '''
    idx = np.random.randint(0, n, size=(n_resamples, n))
    reps = np.array([statistic(x[row]) for row in idx], dtype=float)
    lo, hi = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
''',
        "indices_transposed": _B_HEAD + '''
    idx = rng.integers(0, n, size=(n, n_resamples))
    reps = np.array([statistic(x[idx[:, b]]) for b in range(n_resamples)], dtype=float)
    lo, hi = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
''',
        "sorted_index_quantile": _B_HEAD + '''
    idx = rng.integers(0, n, size=(n_resamples, n))
    reps = np.sort(np.array([statistic(x[row]) for row in idx], dtype=float))
    lo = reps[int(np.floor(alpha / 2 * n_resamples))]
    hi = reps[min(int(np.floor((1 - alpha / 2) * n_resamples)), n_resamples - 1)]
    return float(lo), float(hi)
''',
        "basic_bootstrap_reflected": _B_HEAD + '''
    idx = rng.integers(0, n, size=(n_resamples, n))
    reps = np.array([statistic(x[row]) for row in idx], dtype=float)
    lo, hi = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
    theta = float(statistic(x))
    return float(2 * theta - hi), float(2 * theta - lo)
''',
        "mean_instead_of_statistic": _B_HEAD + '''
    idx = rng.integers(0, n, size=(n_resamples, n))
    reps = x[idx].mean(axis=1)
    lo, hi = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
''',
        "no_validation": '''
def bootstrap_percentile_ci(x, statistic, n_resamples, confidence, rng):
    x = np.asarray(x, dtype=float).ravel()
    n = x.size
    alpha = 1 - min(max(confidence, 1e-12), 1 - 1e-12)
    idx = rng.integers(0, max(n, 1), size=(max(n_resamples, 1), n))
    reps = np.array([statistic(x[row]) if n else 0.0 for row in idx], dtype=float)
    lo, hi = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
''',
        "library_shortcut": _B_HEAD + '''
    res = stats.bootstrap((x,), statistic, n_resamples=n_resamples, confidence_level=confidence,
                          method="percentile", vectorized=False, random_state=rng)
    return float(res.confidence_interval.low), float(res.confidence_interval.high)
''',
    },
}
