"""Mutants for 04-statistics/01-descriptive-statistics: realistic wrong answers that must lose points."""

_Q_HEAD = '''
def quantile(x, q):
    xs = np.sort(np.asarray(x, dtype=float))
    if xs.ndim != 1 or xs.size == 0 or not np.all(np.isfinite(xs)):
        raise ValueError("bad x")
    q_arr = np.asarray(q, dtype=float)
    if np.any(q_arr < 0) or np.any(q_arr > 1):
        raise ValueError("bad q")
    n = xs.size
'''

_Q_TAIL = '''
    return float(Q) if q_arr.ndim == 0 else Q
'''

_R_HEAD = '''
def robust_zscores(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0 or not np.all(np.isfinite(x)):
        raise ValueError("bad x")
'''

MUTANTS = {
    "quantile": {
        "h_equals_n_q": _Q_HEAD + '''
    h = np.minimum(n * q_arr, n - 1)
    j = np.floor(h).astype(int)
    Q = xs[j] + (h - j) * (xs[np.minimum(j + 1, n - 1)] - xs[j])
''' + _Q_TAIL,
        "nearest_rank_no_interpolation": _Q_HEAD + '''
    Q = xs[np.round((n - 1) * q_arr).astype(int)]
''' + _Q_TAIL,
        "floor_no_interpolation": _Q_HEAD + '''
    Q = xs[np.floor((n - 1) * q_arr).astype(int)]
''' + _Q_TAIL,
        "not_sorted": '''
def quantile(x, q):
    xs = np.asarray(x, dtype=float)
    if xs.ndim != 1 or xs.size == 0 or not np.all(np.isfinite(xs)):
        raise ValueError("bad x")
    q_arr = np.asarray(q, dtype=float)
    if np.any(q_arr < 0) or np.any(q_arr > 1):
        raise ValueError("bad q")
    n = xs.size
    h = (n - 1) * q_arr
    j = np.floor(h).astype(int)
    Q = xs[j] + (h - j) * (xs[np.minimum(j + 1, n - 1)] - xs[j])
''' + _Q_TAIL,
        "one_based_positions": _Q_HEAD + '''
    h = np.clip((n + 1) * q_arr - 1, 0, n - 1)
    j = np.floor(h).astype(int)
    Q = xs[j] + (h - j) * (xs[np.minimum(j + 1, n - 1)] - xs[j])
''' + _Q_TAIL,
        "always_array": _Q_HEAD + '''
    h = (n - 1) * np.atleast_1d(q_arr)
    j = np.floor(h).astype(int)
    Q = xs[j] + (h - j) * (xs[np.minimum(j + 1, n - 1)] - xs[j])
    return Q
''',
        "no_q_validation": '''
def quantile(x, q):
    xs = np.sort(np.asarray(x, dtype=float))
    if xs.ndim != 1 or xs.size == 0:
        raise ValueError("bad x")
    q_arr = np.clip(np.asarray(q, dtype=float), 0, 1)
    n = xs.size
    h = (n - 1) * q_arr
    j = np.floor(h).astype(int)
    Q = xs[j] + (h - j) * (xs[np.minimum(j + 1, n - 1)] - xs[j])
''' + _Q_TAIL,
        "library_shortcut": _Q_HEAD + '''
    Q = np.quantile(xs, q_arr)
''' + _Q_TAIL,
    },
    "welford_update": {
        "m2_with_old_mean_squared": '''
def welford_update(state, value):
    count, mean, m2 = state
    count += 1
    delta = value - mean
    mean = mean + delta / count
    m2 = m2 + delta * delta
    return count, float(mean), float(m2)
''',
        "divide_by_old_count": '''
def welford_update(state, value):
    count, mean, m2 = state
    delta = value - mean
    mean = mean + delta / max(count, 1)
    m2 = m2 + delta * (value - mean)
    return count + 1, float(mean), float(m2)
''',
        "m2_with_new_mean_squared": '''
def welford_update(state, value):
    count, mean, m2 = state
    count += 1
    mean = mean + (value - mean) / count
    m2 = m2 + (value - mean) ** 2
    return count, float(mean), float(m2)
''',
        "sum_of_squares_reconstruction": '''
def welford_update(state, value):
    count, mean, m2 = state
    sumsq = m2 + count * mean * mean + value * value
    total = count * mean + value
    count += 1
    mean = total / count
    m2 = sumsq - count * mean * mean
    return count, float(mean), float(m2)
''',
        "count_not_incremented": '''
def welford_update(state, value):
    count, mean, m2 = state
    n = count + 1
    delta = value - mean
    mean = mean + delta / n
    m2 = m2 + delta * (value - mean)
    return count, float(mean), float(m2)
''',
        "population_m2_scaled": '''
def welford_update(state, value):
    count, mean, m2 = state
    count += 1
    delta = value - mean
    mean = mean + delta / count
    m2 = m2 + delta * (value - mean)
    return count, float(mean), float(m2 * (count - 1) / count) if count > 1 else 0.0
''',
    },
    "robust_zscores": {
        "no_consistency_constant": _R_HEAD + '''
    med = np.median(x)
    mad = np.median(np.abs(x - med))
    if mad == 0:
        raise ValueError("MAD is zero")
    return (x - med) / mad
''',
        "rounded_constant": _R_HEAD + '''
    med = np.median(x)
    mad = np.median(np.abs(x - med))
    if mad == 0:
        raise ValueError("MAD is zero")
    return (x - med) / (1.4826 * mad)
''',
        "mean_and_std": _R_HEAD + '''
    s = x.std(ddof=1) if x.size > 1 else 0.0
    if s == 0:
        raise ValueError("zero spread")
    return (x - x.mean()) / s
''',
        "mad_around_mean": _R_HEAD + '''
    med = np.median(x)
    mad = np.median(np.abs(x - x.mean()))
    if mad == 0:
        raise ValueError("MAD is zero")
    return (x - med) / (mad / stats.norm.ppf(0.75))
''',
        "mean_absolute_deviation": _R_HEAD + '''
    med = np.median(x)
    mad = np.mean(np.abs(x - med))
    if mad == 0:
        raise ValueError("MAD is zero")
    return (x - med) / (mad / stats.norm.ppf(0.75))
''',
        "multiplies_by_ppf": _R_HEAD + '''
    med = np.median(x)
    mad = np.median(np.abs(x - med))
    if mad == 0:
        raise ValueError("MAD is zero")
    return (x - med) / (mad * stats.norm.ppf(0.75))
''',
        "no_zero_mad_check": _R_HEAD + '''
    med = np.median(x)
    mad = np.median(np.abs(x - med))
    with np.errstate(all="ignore"):
        return (x - med) / (mad / stats.norm.ppf(0.75))
''',
        "library_shortcut": _R_HEAD + '''
    s = stats.median_abs_deviation(x, scale="normal")
    if s == 0:
        raise ValueError("MAD is zero")
    return (x - np.median(x)) / s
''',
    },
}
