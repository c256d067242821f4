"""Mutants for 04-statistics/06-correlation-vs-covariance: realistic wrong answers that must lose points."""

_HEAD = '''
def pearson_correlation(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError("bad input")
    if x.max() == x.min() or y.max() == y.min():
        raise ValueError("constant input")
'''

MUTANTS = {
    "pearson_correlation": {
        "not_centred": _HEAD + '''
    r = (x @ y) / np.sqrt((x @ x) * (y @ y))
    return float(np.clip(r, -1, 1))
''',
        "ddof_mismatch": _HEAD + '''
    cov = np.sum((x - x.mean()) * (y - y.mean())) / (x.size - 1)
    r = cov / (x.std() * y.std())
    return float(r)
''',
        "ddof_mismatch_clipped": _HEAD + '''
    cov = np.sum((x - x.mean()) * (y - y.mean())) / (x.size - 1)
    return float(np.clip(cov / (x.std() * y.std()), -1, 1))
''',
        "covariance_not_correlation": _HEAD + '''
    return float(np.sum((x - x.mean()) * (y - y.mean())) / (x.size - 1))
''',
        "no_clipping": _HEAD + '''
    xc, yc = x - x.mean(), y - y.mean()
    return float((xc @ yc) / np.sqrt((xc @ xc) * (yc @ yc)))
''',
        "naive_one_pass": _HEAD + '''
    n = x.size
    num = n * np.sum(x * y) - x.sum() * y.sum()
    den = np.sqrt(max((n * np.sum(x * x) - x.sum() ** 2) * (n * np.sum(y * y) - y.sum() ** 2), 1e-300))
    return float(np.clip(num / den, -1, 1))
''',
        "constant_check_on_rounded_variance": '''
def pearson_correlation(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError("bad input")
    xc, yc = x - x.mean(), y - y.mean()
    sxx, syy = xc @ xc, yc @ yc
    if sxx == 0 or syy == 0:
        raise ValueError("constant input")
    return float(np.clip((xc @ yc) / np.sqrt(sxx * syy), -1, 1))
''',
        "no_constant_check": '''
def pearson_correlation(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError("bad input")
    xc, yc = x - x.mean(), y - y.mean()
    with np.errstate(all="ignore"):
        return float(np.clip((xc @ yc) / np.sqrt((xc @ xc) * (yc @ yc)), -1, 1))
''',
        "flattens_instead_of_validating": '''
def pearson_correlation(x, y):
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.shape != y.shape or x.size < 2 or x.max() == x.min() or y.max() == y.min():
        raise ValueError("bad input")
    xc, yc = x - x.mean(), y - y.mean()
    return float(np.clip((xc @ yc) / np.sqrt((xc @ xc) * (yc @ yc)), -1, 1))
''',
        "returns_0d_array": _HEAD + '''
    xc, yc = x - x.mean(), y - y.mean()
    return np.array(np.clip((xc @ yc) / np.sqrt((xc @ xc) * (yc @ yc)), -1, 1))
''',
        "in_place_centring": '''
def pearson_correlation(x, y):
    x = np.asarray(x)
    y = np.asarray(y)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError("bad input")
    if x.max() == x.min() or y.max() == y.min():
        raise ValueError("constant input")
    if x.dtype.kind == "f":
        x -= x.mean(); y -= y.mean()
    else:
        x = x - x.mean(); y = y - y.mean()
    return float(np.clip((x @ y) / np.sqrt((x @ x) * (y @ y)), -1, 1))
''',
        "library_shortcut": _HEAD + '''
    return float(np.corrcoef(x, y)[0, 1])
''',
    },
    "covariance_matrix": {
        "ddof0": '''
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / X.shape[0]
''',
        "gram_matrix_n_by_n": '''
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    Xc = X - X.mean(axis=0)
    return Xc @ Xc.T / (X.shape[0] - 1)
''',
        "not_centred": '''
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    return X.T @ X / (X.shape[0] - 1)
''',
        "centre_rows": '''
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc.T @ Xc / (X.shape[0] - 1)
''',
        "one_pass_moments": '''
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    n = X.shape[0]
    m = X.mean(axis=0)
    return (X.T @ X - n * np.outer(m, m)) / (n - 1)
''',
        "correlation_not_covariance": '''
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (X.shape[0] - 1)
    s = np.sqrt(np.diag(C))
    return C / np.outer(s, s)
''',
        "in_place_centring": '''
def covariance_matrix(X):
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    if X.dtype.kind != "f":
        X = X.astype(float)
    X -= X.mean(axis=0)
    return X.T @ X / (X.shape[0] - 1)
''',
        "no_validation": '''
def covariance_matrix(X):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    Xc = X - X.mean(axis=0)
    with np.errstate(all="ignore"):
        return Xc.T @ Xc / max(X.shape[0] - 1, 1)
''',
        "library_shortcut": '''
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    return np.atleast_2d(np.cov(X, rowvar=False))
''',
    },
}
