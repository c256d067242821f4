"""Mutants for 06-information-theory/04-mutual-information: realistic wrong answers that must lose points."""

_HEAD = '''
def mutual_information(P, base=2):
    if not (np.isfinite(base) and base > 0 and base != 1):
        raise ValueError("bad base")
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.size == 0 or not np.all(np.isfinite(P)) or np.any(P < 0) or abs(P.sum() - 1) > 1e-6:
        raise ValueError("bad P")
'''

_L_HEAD = '''
def mutual_info_from_labels(x, y, base=2):
    x, y = np.asarray(x), np.asarray(y)
    if x.ndim != 1 or y.ndim != 1 or x.size == 0 or x.shape != y.shape:
        raise ValueError("bad input")
'''

MUTANTS = {
    "mutual_information": {
        "natural_log": _HEAD + '''
    px, py = P.sum(1), P.sum(0); nz = P > 0
    return float(np.sum(P[nz] * np.log(P[nz] / np.outer(px, py)[nz])))
''',
        "transposed_independence_table": _HEAD + '''
    px, py = P.sum(1), P.sum(0); nz = P > 0
    if P.shape[0] != P.shape[1]:
        outer = np.outer(px, py)
    else:
        outer = py[:, None] * px[None, :]
    with np.errstate(all="ignore"):
        return float(np.sum(P[nz] * np.log(P[nz] / outer[nz])) / np.log(base))
''',
        "both_marginals_from_rows": _HEAD + '''
    px = P.sum(1); py = P.sum(1)[:P.shape[1]] if P.shape[0] >= P.shape[1] else np.resize(P.sum(1), P.shape[1])
    nz = P > 0
    with np.errstate(all="ignore"):
        return float(np.sum(P[nz] * np.log(P[nz] / np.outer(px, py)[nz])) / np.log(base))
''',
        "nan_on_zero_cells": _HEAD + '''
    px, py = P.sum(1), P.sum(0)
    with np.errstate(all="ignore"):
        return float(np.sum(P * np.log(P / np.outer(px, py))) / np.log(base))
''',
        "warns_on_zero_cells": _HEAD + '''
    px, py = P.sum(1), P.sum(0)
    terms = np.where(P > 0, P * np.log(P / np.outer(px, py)), 0.0)
    return float(np.sum(terms) / np.log(base))
''',
        "joint_entropy_sign_error": _HEAD + '''
    def H(v):
        v = v[v > 0]
        return -np.sum(v * np.log(v)) / np.log(base)
    return float(H(P.sum(1)) + H(P.sum(0)) + H(P.ravel()))
''',
        "normalises_silently": '''
def mutual_information(P, base=2):
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.size == 0 or np.any(P < 0) or not np.all(np.isfinite(P)) or base <= 0 or base == 1:
        raise ValueError("bad P")
    P = P / P.sum()
    px, py = P.sum(1), P.sum(0); nz = P > 0
    return float(np.sum(P[nz] * np.log(P[nz] / np.outer(px, py)[nz])) / np.log(base))
''',
        "conditional_entropy_instead": _HEAD + '''
    def H(v):
        v = v[v > 0]
        return -np.sum(v * np.log(v)) / np.log(base)
    return float(H(P.ravel()) - H(P.sum(1)))
''',
        "epsilon_smoothing": _HEAD + '''
    Q = P + 1e-10
    px, py = Q.sum(1), Q.sum(0)
    return float(np.sum(Q * np.log(Q / np.outer(px, py) * Q.sum())) / np.log(base) / Q.sum())
''',
        "scipy_shortcut": _HEAD + '''
    import scipy.stats
    return float(scipy.stats.entropy(P.sum(1), base=base) + scipy.stats.entropy(P.sum(0), base=base) - scipy.stats.entropy(P.ravel(), base=base))
''',
    },
    "mutual_info_from_labels": {
        "bincount_raw_labels": _L_HEAD + '''
    x = x.astype(int); y = y.astype(int)
    x = x - x.min(); y = y - y.min()
    m, k = x.max() + 1, y.max() + 1
    C = np.bincount(x * k + y, minlength=m * k).reshape(m, k)
    return mutual_information(C / x.size, base=base)
''',
        "counts_not_normalised": _L_HEAD + '''
    _, xi = np.unique(x, return_inverse=True); _, yi = np.unique(y, return_inverse=True)
    m, k = xi.max() + 1, yi.max() + 1
    C = np.bincount(xi * k + yi, minlength=m * k).reshape(m, k)
    return mutual_information(C, base=base)
''',
        "wrong_pair_code": _L_HEAD + '''
    _, xi = np.unique(x, return_inverse=True); _, yi = np.unique(y, return_inverse=True)
    m, k = xi.max() + 1, yi.max() + 1
    C = np.bincount(xi * m + yi, minlength=m * k + k)[:m * k].reshape(m, k)
    C = C * (x.size / max(C.sum(), 1))
    return mutual_information(C / C.sum(), base=base)
''',
        "histogram2d_default_bins": _L_HEAD + '''
    _, xi = np.unique(x, return_inverse=True); _, yi = np.unique(y, return_inverse=True)
    C, _, _ = np.histogram2d(xi, yi, bins=5)
    return mutual_information(C / C.sum(), base=base)
''',
        "ignores_base": _L_HEAD + '''
    _, xi = np.unique(x, return_inverse=True); _, yi = np.unique(y, return_inverse=True)
    m, k = xi.max() + 1, yi.max() + 1
    C = np.bincount(xi * k + yi, minlength=m * k).reshape(m, k)
    return mutual_information(C / x.size)
''',
        "marginal_counts_product": _L_HEAD + '''
    _, cx = np.unique(x, return_counts=True); _, cy = np.unique(y, return_counts=True)
    P = np.outer(cx, cy) / x.size ** 2
    return mutual_information(P, base=base)
''',
        "no_length_check": '''
def mutual_info_from_labels(x, y, base=2):
    x, y = np.asarray(x), np.asarray(y)
    n = min(x.size, y.size)
    if n == 0:
        raise ValueError("empty")
    x, y = x.ravel()[:n], y.ravel()[:n]
    _, xi = np.unique(x, return_inverse=True); _, yi = np.unique(y, return_inverse=True)
    m, k = xi.max() + 1, yi.max() + 1
    C = np.bincount(xi * k + yi, minlength=m * k).reshape(m, k)
    return mutual_information(C / n, base=base)
''',
        "sklearn_shortcut": _L_HEAD + '''
    from sklearn.metrics import mutual_info_score
    return float(mutual_info_score(x, y) / np.log(base))
''',
    },
}
