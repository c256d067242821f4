"""Mutants for 03-probability/03-probability-distributions: realistic wrong answers that must lose points."""

_DC_HEAD = '''
def discrete_cdf(values, probs, x):
    v = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    if v.ndim != 1 or p.shape != v.shape or v.size == 0:
        raise ValueError("bad shapes")
    if not np.all(np.isfinite(v)) or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
        raise ValueError("bad distribution")
    x = np.asarray(x, dtype=float)
'''

_SD_HEAD = '''
def sample_discrete(probs, n, rng):
    p = np.asarray(probs, dtype=float)
    if p.ndim != 1 or p.size == 0 or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
        raise ValueError("bad probs")
    if n != int(n) or n < 0:
        raise ValueError("bad n")
    n = int(n)
'''

_HD_HEAD = '''
def histogram_density(x, bins, value_range):
    x = np.asarray(x, dtype=float).ravel()
    low, high = float(value_range[0]), float(value_range[1])
    if bins != int(bins) or bins < 1 or not low < high:
        raise ValueError("bad bins or range")
    bins = int(bins)
    edges = np.linspace(low, high, bins + 1)
'''

MUTANTS = {
    "discrete_cdf": {
        "strict_less_than": _DC_HEAD + '''
    o = np.argsort(v)
    cum = np.concatenate([[0.0], np.cumsum(p[o])]); cum[-1] = 1.0
    return cum[np.searchsorted(v[o], x, side="left")]
''',
        "no_sort": _DC_HEAD + '''
    cum = np.concatenate([[0.0], np.cumsum(p)]); cum[-1] = 1.0
    return cum[np.searchsorted(v, x, side="right")]
''',
        "off_by_one_index": _DC_HEAD + '''
    o = np.argsort(v)
    cum = np.cumsum(p[o]); cum[-1] = 1.0
    return cum[np.clip(np.searchsorted(v[o], x, side="right"), 0, v.size - 1)]
''',
        "returns_pmf": _DC_HEAD + '''
    return np.array([p[v == xi].sum() for xi in x.ravel()]).reshape(x.shape)
''',
        "sorts_values_not_probs": _DC_HEAD + '''
    cum = np.concatenate([[0.0], np.cumsum(p)]); cum[-1] = 1.0
    return cum[np.searchsorted(np.sort(v), x, side="right")]
''',
        "no_validation": '''
def discrete_cdf(values, probs, x):
    v = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    o = np.argsort(v)
    cum = np.concatenate([[0.0], np.cumsum(p[o])])
    return cum[np.searchsorted(v[o], np.asarray(x, dtype=float), side="right")]
''',
    },
    "sample_discrete": {
        "rng_choice": _SD_HEAD + '''
    return rng.choice(p.size, size=n, p=p).astype(np.int64)
''',
        "side_left_and_minus_one": _SD_HEAD + '''
    cdf = np.cumsum(p); cdf[-1] = 1.0
    return np.maximum(np.searchsorted(cdf, rng.random(n), side="left") - 1, 0).astype(np.int64)
''',
        "no_cdf_fix": _SD_HEAD + '''
    return np.searchsorted(np.cumsum(p), rng.random(n), side="right").astype(np.int64)
''',
        "side_left": _SD_HEAD + '''
    cdf = np.cumsum(p); cdf[-1] = 1.0
    return np.searchsorted(cdf, rng.random(n), side="left").astype(np.int64)
''',
        "sorted_probs": _SD_HEAD + '''
    cdf = np.cumsum(np.sort(p)); cdf[-1] = 1.0
    return np.searchsorted(cdf, rng.random(n), side="right").astype(np.int64)
''',
        "global_random": _SD_HEAD + '''
    cdf = np.cumsum(p); cdf[-1] = 1.0
    return np.searchsorted(cdf, np.random.random(n), side="right").astype(np.int64)
''',
        "reversed_cdf": _SD_HEAD + '''
    cdf = np.cumsum(p[::-1]); cdf[-1] = 1.0
    return (p.size - 1 - np.searchsorted(cdf, rng.random(n), side="right")).astype(np.int64)
''',
        "float_output": _SD_HEAD + '''
    cdf = np.cumsum(p); cdf[-1] = 1.0
    return np.searchsorted(cdf, rng.random(n), side="right").astype(float)
''',
        "no_validation": '''
def sample_discrete(probs, n, rng):
    p = np.asarray(probs, dtype=float)
    cdf = np.cumsum(p) / p.sum()
    cdf[-1] = 1.0
    return np.searchsorted(cdf, rng.random(int(max(n, 0))), side="right").astype(np.int64)
''',
    },
    "histogram_density": {
        "probability_not_density": _HD_HEAD + '''
    inside = x[(x >= low) & (x <= high)]
    if inside.size == 0:
        raise ValueError("empty")
    idx = np.minimum(np.searchsorted(edges, inside, side="right") - 1, bins - 1)
    return np.bincount(idx, minlength=bins) / inside.size, edges
''',
        "normalise_by_all_points": _HD_HEAD + '''
    inside = x[(x >= low) & (x <= high)]
    if inside.size == 0:
        raise ValueError("empty")
    idx = np.minimum(np.searchsorted(edges, inside, side="right") - 1, bins - 1)
    return np.bincount(idx, minlength=bins) / (x.size * np.diff(edges)), edges
''',
        "drops_upper_edge": _HD_HEAD + '''
    inside = x[(x >= low) & (x < high)]
    if inside.size == 0:
        raise ValueError("empty")
    idx = np.searchsorted(edges, inside, side="right") - 1
    return np.bincount(idx, minlength=bins) / (inside.size * np.diff(edges)), edges
''',
        "clips_outside_points": _HD_HEAD + '''
    idx = np.clip(np.searchsorted(edges, x, side="right") - 1, 0, bins - 1)
    return np.bincount(idx, minlength=bins) / (x.size * np.diff(edges)), edges
''',
        "edges_off_by_one": '''
def histogram_density(x, bins, value_range):
    x = np.asarray(x, dtype=float).ravel()
    low, high = float(value_range[0]), float(value_range[1])
    if bins != int(bins) or bins < 1 or not low < high:
        raise ValueError("bad")
    bins = int(bins)
    edges = np.linspace(low, high, bins)
    inside = x[(x >= low) & (x <= high)]
    if inside.size == 0:
        raise ValueError("empty")
    nb = max(bins - 1, 1)
    idx = np.minimum(np.searchsorted(edges, inside, side="right") - 1, nb - 1)
    d = np.bincount(idx, minlength=nb) / (inside.size * ((high - low) / nb))
    return d, edges
''',
        "no_validation": '''
def histogram_density(x, bins, value_range):
    x = np.asarray(x, dtype=float).ravel()
    low, high = float(value_range[0]), float(value_range[1])
    bins = max(int(bins), 1)
    edges = np.linspace(low, high, bins + 1)
    inside = x[(x >= min(low, high)) & (x <= max(low, high))]
    idx = np.minimum(np.searchsorted(edges, inside, side="right") - 1, bins - 1)
    with np.errstate(all="ignore"):
        return np.bincount(idx, minlength=bins) / (max(inside.size, 1) * np.abs(np.diff(edges))), edges
''',
    },
}
