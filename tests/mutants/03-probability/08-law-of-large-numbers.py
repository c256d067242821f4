"""Mutants for 03-probability/08-law-of-large-numbers: realistic wrong answers that must lose points."""

_RM_HEAD = '''
def running_mean(x):
    x = np.asarray(x, dtype=float)
    if x.ndim not in (1, 2) or x.shape[-1] == 0:
        raise ValueError("bad x")
    n = x.shape[-1]
'''

_DP_HEAD = '''
def deviation_probability(samples, mu, eps):
    X = np.asarray(samples, dtype=float)
    if X.ndim != 2 or 0 in X.shape:
        raise ValueError("bad samples")
    if not eps > 0:
        raise ValueError("bad eps")
    rm = np.cumsum(X, axis=1) / np.arange(1, X.shape[1] + 1)
'''

_SS_HEAD = '''
def sample_size_bounds(epsilon, delta, sigma, value_range):
    if not (epsilon > 0 and 0 < delta < 1 and sigma >= 0 and value_range > 0):
        raise ValueError("bad input")
'''

MUTANTS = {
    "running_mean": {
        "divide_by_total": _RM_HEAD + '''
    return np.cumsum(x, axis=-1) / n
''',
        "off_by_one_counts": _RM_HEAD + '''
    return np.cumsum(x, axis=-1) / np.maximum(np.arange(n), 1)
''',
        "cumsum_axis0": _RM_HEAD + '''
    return np.cumsum(x, axis=0) / np.arange(1, n + 1)
''',
        "python_loop": _RM_HEAD + '''
    out = np.empty_like(x)
    for t in range(n):
        out[..., t] = x[..., : t + 1].mean(axis=-1)
    return out
''',
        "flattens_2d": _RM_HEAD + '''
    flat = x.ravel()
    return (np.cumsum(flat) / np.arange(1, flat.size + 1)).reshape(x.shape)
''',
        "integer_cumsum_keeps_dtype": '''
def running_mean(x):
    x = np.asarray(x)
    if x.ndim not in (1, 2) or x.shape[-1] == 0:
        raise ValueError("bad x")
    return np.cumsum(x, axis=-1) // np.arange(1, x.shape[-1] + 1)
''',
        "no_validation": '''
def running_mean(x):
    x = np.asarray(x, dtype=float)
    return np.cumsum(x, axis=-1) / np.arange(1, x.shape[-1] + 1)
''',
    },
    "deviation_probability": {
        "strict_inequality": _DP_HEAD + '''
    return np.mean(np.abs(rm - mu) > eps, axis=0)
''',
        "average_over_time": _DP_HEAD + '''
    return np.mean(np.abs(rm - mu) >= eps, axis=1)
''',
        "raw_draws_not_means": _DP_HEAD + '''
    return np.mean(np.abs(X - mu) >= eps, axis=0)
''',
        "final_mean_only": _DP_HEAD + '''
    return np.full(X.shape[1], np.mean(np.abs(rm[:, -1] - mu) >= eps))
''',
        "signed_deviation": _DP_HEAD + '''
    return np.mean(rm - mu >= eps, axis=0)
''',
        "counts_not_fraction": _DP_HEAD + '''
    return np.sum(np.abs(rm - mu) >= eps, axis=0).astype(float)
''',
        "no_validation": '''
def deviation_probability(samples, mu, eps):
    X = np.atleast_2d(np.asarray(samples, dtype=float))
    rm = np.cumsum(X, axis=1) / np.arange(1, X.shape[1] + 1)
    with np.errstate(all="ignore"):
        return np.mean(np.abs(rm - mu) >= eps, axis=0)
''',
    },
    "sample_size_bounds": {
        "floor_not_ceil": _SS_HEAD + '''
    return max(1, int(sigma ** 2 / (delta * epsilon ** 2))), max(1, int(value_range ** 2 * math.log(2 / delta) / (2 * epsilon ** 2)))
''',
        "sigma_not_squared": _SS_HEAD + '''
    return max(1, math.ceil(sigma / (delta * epsilon ** 2))), max(1, math.ceil(value_range ** 2 * math.log(2 / delta) / (2 * epsilon ** 2)))
''',
        "log_one_over_delta": _SS_HEAD + '''
    return max(1, math.ceil(sigma ** 2 / (delta * epsilon ** 2))), max(1, math.ceil(value_range ** 2 * math.log(1 / delta) / (2 * epsilon ** 2)))
''',
        "missing_factor_two": _SS_HEAD + '''
    return max(1, math.ceil(sigma ** 2 / (delta * epsilon ** 2))), max(1, math.ceil(value_range ** 2 * math.log(2 / delta) / epsilon ** 2))
''',
        "range_not_squared": _SS_HEAD + '''
    return max(1, math.ceil(sigma ** 2 / (delta * epsilon ** 2))), max(1, math.ceil(value_range * math.log(2 / delta) / (2 * epsilon ** 2)))
''',
        "log10": _SS_HEAD + '''
    return max(1, math.ceil(sigma ** 2 / (delta * epsilon ** 2))), max(1, math.ceil(value_range ** 2 * math.log10(2 / delta) / (2 * epsilon ** 2)))
''',
        "returns_floats": _SS_HEAD + '''
    return float(max(1, math.ceil(sigma ** 2 / (delta * epsilon ** 2)))), float(max(1, math.ceil(value_range ** 2 * math.log(2 / delta) / (2 * epsilon ** 2))))
''',
        "no_minimum_one": _SS_HEAD + '''
    return math.ceil(sigma ** 2 / (delta * epsilon ** 2)), math.ceil(value_range ** 2 * math.log(2 / delta) / (2 * epsilon ** 2))
''',
        "swapped_order": _SS_HEAD + '''
    return max(1, math.ceil(value_range ** 2 * math.log(2 / delta) / (2 * epsilon ** 2))), max(1, math.ceil(sigma ** 2 / (delta * epsilon ** 2)))
''',
        "no_validation": '''
def sample_size_bounds(epsilon, delta, sigma, value_range):
    return max(1, math.ceil(sigma ** 2 / (delta * epsilon ** 2))), max(1, math.ceil(value_range ** 2 * math.log(2 / delta) / (2 * epsilon ** 2)))
''',
    },
}
