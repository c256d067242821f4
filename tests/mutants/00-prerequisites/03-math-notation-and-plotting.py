"""Mutants for 00-prerequisites/03-math-notation-and-plotting: realistic wrong answers that must lose points."""

_N_HEAD = '''
def vector_norm(x, p=2):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or not p >= 1:
        raise ValueError("bad input")
    if x.size == 0:
        return 0.0
'''

_G_HEAD = '''
def geometric_mean(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0 or np.any(x < 0):
        raise ValueError("bad input")
'''

_T_HEAD = '''
def top_k_indices(scores, k):
    s = np.asarray(scores)
    if s.ndim != 1 or not 0 <= k <= s.size:
        raise ValueError("bad input")
'''

MUTANTS = {
    "vector_norm": {
        "naive_overflows": _N_HEAD + '''
    a = np.abs(x)
    if p == np.inf:
        return float(a.max())
    return float(np.sum(a ** p) ** (1.0 / p))
''',
        "no_absolute_value": _N_HEAD + '''
    m = np.abs(x).max()
    if p == np.inf or m == 0:
        return float(m)
    return float(m * np.sum((x / m) ** p) ** (1.0 / p))
''',
        "forgets_root": _N_HEAD + '''
    a = np.abs(x); m = a.max()
    if p == np.inf or m == 0:
        return float(m)
    return float(m * np.sum((a / m) ** p))
''',
        "max_without_abs": _N_HEAD + '''
    a = np.abs(x); m = a.max()
    if p == np.inf:
        return float(x.max())
    if m == 0:
        return 0.0
    return float(m * np.sum((a / m) ** p) ** (1.0 / p))
''',
        "scale_outside_root": _N_HEAD + '''
    a = np.abs(x); m = a.max()
    if p == np.inf or m == 0:
        return float(m)
    return float(np.sum((a / m) ** p) ** (1.0 / p)) * m ** (1.0 / p)
''',
        "always_euclidean": _N_HEAD + '''
    a = np.abs(x); m = a.max()
    if m == 0:
        return 0.0
    return float(m * np.sqrt(np.sum((a / m) ** 2)))
''',
        "zero_vector_nan": _N_HEAD + '''
    a = np.abs(x); m = a.max()
    if p == np.inf:
        return float(m)
    with np.errstate(all="ignore"):
        return float(m * np.sum((a / m) ** p) ** (1.0 / p))
''',
        "library_shortcut": _N_HEAD + '''
    return float(np.linalg.norm(x, ord=p))
''',
        "python_loop": _N_HEAD + '''
    a = np.abs(x); m = a.max()
    if p == np.inf or m == 0:
        return float(m)
    total = 0.0
    for v in a:
        total += (v / m) ** p
    return float(m * total ** (1.0 / p))
''',
        "accepts_p_below_one": '''
def vector_norm(x, p=2):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("bad input")
    if x.size == 0:
        return 0.0
    a = np.abs(x); m = a.max()
    if p == np.inf or m == 0:
        return float(m)
    return float(m * np.sum((a / m) ** p) ** (1.0 / p))
''',
    },
    "geometric_mean": {
        "direct_product_underflows": _G_HEAD + '''
    return float(np.prod(x) ** (1.0 / x.size))
''',
        "arithmetic_mean": _G_HEAD + '''
    return float(np.mean(x))
''',
        "log_of_zero_warns": _G_HEAD + '''
    return float(np.exp(np.mean(np.log(x))))
''',
        "sum_of_logs_not_mean": _G_HEAD + '''
    if np.any(x == 0):
        return 0.0
    return float(np.exp(np.sum(np.log(x))) ** (1.0 / x.size))
''',
        "log10_mixed_with_exp": _G_HEAD + '''
    if np.any(x == 0):
        return 0.0
    return float(np.exp(np.mean(np.log10(x))))
''',
        "no_negative_check": '''
def geometric_mean(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad input")
    if np.any(x == 0):
        return 0.0
    with np.errstate(all="ignore"):
        return float(np.exp(np.mean(np.log(np.abs(x)))))
''',
        "scipy_shortcut": _G_HEAD + '''
    from scipy.stats import gmean
    return float(gmean(x))
''',
    },
    "top_k_indices": {
        "ascending_order": _T_HEAD + '''
    return np.argsort(s, kind="stable")[:k]
''',
        "reversed_argsort_breaks_ties": _T_HEAD + '''
    return np.argsort(s, kind="stable")[::-1][:k]
''',
        "unstable_sort": _T_HEAD + '''
    return np.argsort(-s.astype(float), kind="quicksort")[:k]
''',
        "argpartition_unsorted": _T_HEAD + '''
    if k == 0:
        return np.array([], dtype=int)
    return np.argpartition(-s.astype(float), k - 1)[:k]
''',
        "returns_values": _T_HEAD + '''
    return np.sort(s)[::-1][:k]
''',
        "off_by_one": _T_HEAD + '''
    return np.argsort(-s.astype(float), kind="stable")[:k + 1][:max(k, 1)] if k < s.size else np.argsort(-s.astype(float), kind="stable")
''',
        "no_validation": '''
def top_k_indices(scores, k):
    s = np.asarray(scores)
    return np.argsort(-s.astype(float), kind="stable")[:k]
''',
    },
}
