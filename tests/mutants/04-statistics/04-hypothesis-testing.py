"""Mutants for 04-statistics/04-hypothesis-testing: realistic wrong answers that must lose points."""

_WELCH_HEAD = '''
def welch_t_test(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size < 2 or b.size < 2:
        raise ValueError("bad input")
    n1, n2 = a.size, b.size
'''


def _welch(body: str) -> str:
    return _WELCH_HEAD + body


MUTANTS = {
    "welch_t_test": {
        "population_variance_ddof0": _welch('''
    v1, v2 = a.var() / n1, b.var() / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
'''),
        "pooled_variance": _welch('''
    sp2 = ((n1 - 1) * a.var(ddof=1) + (n2 - 1) * b.var(ddof=1)) / (n1 + n2 - 2)
    se2 = sp2 * (1 / n1 + 1 / n2)
    if se2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(se2)
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
'''),
        "df_n1_plus_n2_minus_2": _welch('''
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = n1 + n2 - 2
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
'''),
        "one_sided_p": _welch('''
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(stats.t.sf(abs(t), df))
'''),
        "p_without_abs": _welch('''
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(2 * stats.t.sf(t, df))
'''),
        "p_without_abs_clipped": _welch('''
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(min(1.0, 2 * stats.t.sf(t, df)))
'''),
        "p_sf_of_t_no_abs_no_factor_2": _welch('''
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(stats.t.sf(t, df))
'''),
        "masked_library_shortcut": '''
def welch_t_test(a, b):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size < 2 or b.size < 2 or (np.ptp(a) == 0 and np.ptp(b) == 0):
        raise ValueError("bad input")
    from scipy.stats import mstats
    res = mstats.ttest_ind(a, b, equal_var=False)
    v1, v2 = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size
    df = (v1 + v2) ** 2 / (v1 ** 2 / (a.size - 1) + v2 ** 2 / (b.size - 1))
    return float(res.statistic), float(df), float(res.pvalue)
''',
        "sign_flipped_b_minus_a": _welch('''
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (b.mean() - a.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
'''),
        "normal_instead_of_t": _welch('''
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(2 * stats.norm.sf(abs(t)))
'''),
        "df_denominator_n_not_n_minus_1": _welch('''
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / n1 + v2 ** 2 / n2)
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
'''),
        "naive_one_pass_variance": _welch('''
    s1 = (np.sum(a * a) - n1 * a.mean() ** 2) / (n1 - 1)
    s2 = (np.sum(b * b) - n2 * b.mean() ** 2) / (n2 - 1)
    v1, v2 = max(s1, 0.0) / n1, max(s2, 0.0) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
'''),
        "no_constant_check": '''
def welch_t_test(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size < 2 or b.size < 2:
        raise ValueError("bad input")
    n1, n2 = a.size, b.size
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    with np.errstate(all="ignore"):
        t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
        df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
''',
        "no_size_check": '''
def welch_t_test(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    n1, n2 = a.size, b.size
    v1, v2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
    if v1 + v2 == 0:
        raise ValueError("constant")
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
''',
        "library_shortcut": '''
def welch_t_test(a, b):
    res = stats.ttest_ind(a, b, equal_var=False)
    return float(res.statistic), float(res.df), float(res.pvalue)
''',
    },
    "permutation_test": {
        "one_sided": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0 or n_resamples < 1:
        raise ValueError("bad input")
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = a.mean() - b.mean()
    count = 0
    for _ in range(n_resamples):
        s = rng.permutation(pooled)
        count += s[:n1].mean() - s[n1:].mean() >= observed
    return (1 + count) / (n_resamples + 1)
''',
        "no_plus_one": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0 or n_resamples < 1:
        raise ValueError("bad input")
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = abs(a.mean() - b.mean())
    count = 0
    for _ in range(n_resamples):
        s = rng.permutation(pooled)
        count += abs(s[:n1].mean() - s[n1:].mean()) >= observed
    return count / n_resamples
''',
        "strict_inequality": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0 or n_resamples < 1:
        raise ValueError("bad input")
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = abs(a.mean() - b.mean())
    count = 0
    for _ in range(n_resamples):
        s = rng.permutation(pooled)
        count += abs(s[:n1].mean() - s[n1:].mean()) > observed
    return (1 + count) / (n_resamples + 1)
''',
        "global_random_state": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0 or n_resamples < 1:
        raise ValueError("bad input")
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = abs(a.mean() - b.mean())
    count = 0
    for _ in range(n_resamples):
        s = np.random.permutation(pooled)
        count += abs(s[:n1].mean() - s[n1:].mean()) >= observed
    return (1 + count) / (n_resamples + 1)
''',
        "shuffle_result_discarded": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0 or n_resamples < 1:
        raise ValueError("bad input")
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = abs(a.mean() - b.mean())
    count = 0
    for _ in range(n_resamples):
        rng.permutation(pooled)
        count += abs(pooled[:n1].mean() - pooled[n1:].mean()) >= observed
    return (1 + count) / (n_resamples + 1)
''',
        "resample_with_replacement": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0 or n_resamples < 1:
        raise ValueError("bad input")
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = abs(a.mean() - b.mean())
    count = 0
    for _ in range(n_resamples):
        s = rng.choice(pooled, size=pooled.size, replace=True)
        count += abs(s[:n1].mean() - s[n1:].mean()) >= observed
    return (1 + count) / (n_resamples + 1)
''',
        "median_statistic": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0 or n_resamples < 1:
        raise ValueError("bad input")
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = abs(np.median(a) - np.median(b))
    count = 0
    for _ in range(n_resamples):
        s = rng.permutation(pooled)
        count += abs(np.median(s[:n1]) - np.median(s[n1:])) >= observed
    return (1 + count) / (n_resamples + 1)
''',
        "difference_of_sums": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0 or n_resamples < 1:
        raise ValueError("bad input")
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = abs(a.sum() - b.sum())
    count = 0
    for _ in range(n_resamples):
        s = rng.permutation(pooled)
        count += abs(s[:n1].sum() - s[n1:].sum()) >= observed
    return (1 + count) / (n_resamples + 1)
''',
        "abs_only_on_resamples": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0 or b.size == 0 or n_resamples < 1:
        raise ValueError("bad input")
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = a.mean() - b.mean()
    count = 0
    for _ in range(n_resamples):
        s = rng.permutation(pooled)
        count += abs(s[:n1].mean() - s[n1:].mean()) >= observed
    return (1 + count) / (n_resamples + 1)
''',
        "no_validation": '''
def permutation_test(a, b, n_resamples, rng):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b]); n1 = a.size
    observed = abs(a.mean() - b.mean())
    count = 0
    for _ in range(n_resamples):
        s = rng.permutation(pooled)
        count += abs(s[:n1].mean() - s[n1:].mean()) >= observed
    return (1 + count) / (max(n_resamples, 0) + 1)
''',
    },
}
