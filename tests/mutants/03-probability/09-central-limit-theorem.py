"""Mutants for 03-probability/09-central-limit-theorem: realistic wrong answers that must lose points."""

_SSM_HEAD = '''
def standardized_sample_means(samples, mu, sigma):
    X = np.asarray(samples, dtype=float)
    if X.ndim != 2 or X.shape[1] == 0:
        raise ValueError("bad samples")
    if not sigma > 0:
        raise ValueError("bad sigma")
    n = X.shape[1]
'''

_KS_HEAD = '''
def ks_statistic_normal(z):
    z = np.asarray(z, dtype=float)
    if z.ndim != 1 or z.size == 0 or not np.all(np.isfinite(z)):
        raise ValueError("bad z")
    m = z.size
'''

_CI_HEAD = '''
def mean_confidence_interval(x, confidence=0.95):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("bad x")
    if not 0 < confidence < 1:
        raise ValueError("bad confidence")
    n = x.size
'''

MUTANTS = {
    "standardized_sample_means": {
        "divide_by_sigma_only": _SSM_HEAD + '''
    return (X.mean(axis=1) - mu) / sigma
''',
        "divide_by_sigma_over_n": _SSM_HEAD + '''
    return (X.mean(axis=1) - mu) / (sigma / n)
''',
        "wrong_axis": _SSM_HEAD + '''
    return np.sqrt(X.shape[0]) * (X.mean(axis=0) - mu) / sigma
''',
        "uses_sample_std": _SSM_HEAD + '''
    s = X.std(axis=1, ddof=1) if n > 1 else np.full(X.shape[0], sigma)
    return np.sqrt(n) * (X.mean(axis=1) - mu) / np.where(s > 0, s, sigma)
''',
        "sigma_as_variance": _SSM_HEAD + '''
    return np.sqrt(n) * (X.mean(axis=1) - mu) / sigma ** 2
''',
        "sum_not_mean": _SSM_HEAD + '''
    return (X.sum(axis=1) - mu) / (sigma * np.sqrt(n))
''',
        "no_validation": '''
def standardized_sample_means(samples, mu, sigma):
    X = np.atleast_2d(np.asarray(samples, dtype=float))
    with np.errstate(all="ignore"):
        return np.sqrt(X.shape[1]) * (X.mean(axis=1) - mu) / sigma
''',
    },
    "ks_statistic_normal": {
        "one_sided_plus": _KS_HEAD + '''
    zs = np.sort(z)
    return float(np.max(np.arange(1, m + 1) / m - ndtr(zs)))
''',
        "one_sided_minus": _KS_HEAD + '''
    zs = np.sort(z)
    return float(np.max(ndtr(zs) - np.arange(m) / m))
''',
        "same_step_both_sides": _KS_HEAD + '''
    zs = np.sort(z)
    return float(np.max(np.abs(np.arange(1, m + 1) / m - ndtr(zs))))
''',
        "unsorted": _KS_HEAD + '''
    F = ndtr(z)
    return float(max(np.max(np.arange(1, m + 1) / m - F), np.max(F - np.arange(m) / m)))
''',
        "denominator_m_plus_1": _KS_HEAD + '''
    zs = np.sort(z)
    F = ndtr(zs)
    return float(max(np.max(np.arange(1, m + 1) / (m + 1) - F), np.max(F - np.arange(m) / (m + 1))))
''',
        "sorts_in_place": '''
def ks_statistic_normal(z):
    if np.ndim(z) != 1 or np.size(z) == 0 or not np.all(np.isfinite(z)):
        raise ValueError("bad z")
    z.sort()
    m = z.size
    F = ndtr(z)
    return float(max(np.max(np.arange(1, m + 1) / m - F), np.max(F - np.arange(m) / m)))
''',
        "scipy_shortcut": _KS_HEAD + '''
    from scipy import stats
    return float(stats.kstest(z, "norm").statistic)
''',
        "no_validation": '''
def ks_statistic_normal(z):
    zs = np.sort(np.asarray(z, dtype=float).ravel())
    m = zs.size
    with np.errstate(all="ignore"):
        F = ndtr(zs)
        return float(max(np.max(np.arange(1, m + 1) / m - F, initial=0), np.max(F - np.arange(m) / m, initial=0)))
''',
    },
    "mean_confidence_interval": {
        "ddof0": _CI_HEAD + '''
    half = ndtri(0.5 + confidence / 2) * x.std() / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "one_sided_quantile": _CI_HEAD + '''
    half = ndtri(confidence) * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "fixed_1_96": _CI_HEAD + '''
    half = 1.96 * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "no_sqrt_n": _CI_HEAD + '''
    half = ndtri(0.5 + confidence / 2) * x.std(ddof=1)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "variance_not_std": _CI_HEAD + '''
    half = ndtri(0.5 + confidence / 2) * x.var(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "divides_by_n": _CI_HEAD + '''
    half = ndtri(0.5 + confidence / 2) * x.std(ddof=1) / n
    return float(x.mean() - half), float(x.mean() + half)
''',
        "alpha_quantile_swapped": _CI_HEAD + '''
    half = ndtri((1 - confidence) / 2) * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half), float(x.mean() + half)
''',
        "no_validation": '''
def mean_confidence_interval(x, confidence=0.95):
    x = np.asarray(x, dtype=float).ravel()
    with np.errstate(all="ignore"):
        half = ndtri(0.5 + confidence / 2) * x.std(ddof=1) / np.sqrt(x.size)
    return float(x.mean() - half), float(x.mean() + half)
''',
    },
}
