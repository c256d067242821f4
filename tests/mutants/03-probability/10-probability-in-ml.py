"""Mutants for 03-probability/10-probability-in-ml: realistic wrong answers that must lose points."""

_FIT_HEAD = '''
def gaussian_nb_fit(X, y, var_smoothing=1e-9):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("bad X")
    if y.ndim != 1 or y.shape[0] != X.shape[0]:
        raise ValueError("bad y")
    if not var_smoothing >= 0:
        raise ValueError("bad var_smoothing")
'''

_JOINT_HEAD = '''
def gaussian_nb_log_joint(X, priors, means, variances):
    X = np.asarray(X, dtype=float)
    priors = np.asarray(priors, dtype=float)
    means = np.asarray(means, dtype=float)
    variances = np.asarray(variances, dtype=float)
    if X.ndim != 2 or means.ndim != 2 or variances.shape != means.shape \\
            or priors.shape != (means.shape[0],) or X.shape[1] != means.shape[1]:
        raise ValueError("bad shapes")
    if not np.all(variances > 0):
        raise ValueError("bad variances")
'''

_NORM_HEAD = '''
def log_normalize(log_joint):
    L = np.asarray(log_joint, dtype=float)
    if L.ndim != 2:
        raise ValueError("bad shape")
'''

MUTANTS = {
    "gaussian_nb_fit": {
        "sample_variance_ddof1": _FIT_HEAD + '''
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    means = np.array([X[inverse == k].mean(axis=0) for k in range(classes.size)])
    variances = np.array([X[inverse == k].var(axis=0, ddof=1) if counts[k] > 1 else np.zeros(X.shape[1])
                          for k in range(classes.size)])
    return classes, counts / X.shape[0], means, variances + var_smoothing * X.var(axis=0).max()
''',
        "no_smoothing": _FIT_HEAD + '''
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    means = np.array([X[inverse == k].mean(axis=0) for k in range(classes.size)])
    variances = np.array([X[inverse == k].var(axis=0) for k in range(classes.size)])
    return classes, counts / X.shape[0], means, variances
''',
        "smoothing_not_scaled": _FIT_HEAD + '''
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    means = np.array([X[inverse == k].mean(axis=0) for k in range(classes.size)])
    variances = np.array([X[inverse == k].var(axis=0) for k in range(classes.size)])
    return classes, counts / X.shape[0], means, variances + var_smoothing
''',
        "smoothing_per_class_max": _FIT_HEAD + '''
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    means = np.array([X[inverse == k].mean(axis=0) for k in range(classes.size)])
    variances = np.array([X[inverse == k].var(axis=0) for k in range(classes.size)])
    return classes, counts / X.shape[0], means, variances + var_smoothing * variances.max(axis=1, keepdims=True)
''',
        "smoothing_per_feature": _FIT_HEAD + '''
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    means = np.array([X[inverse == k].mean(axis=0) for k in range(classes.size)])
    variances = np.array([X[inverse == k].var(axis=0) for k in range(classes.size)])
    return classes, counts / X.shape[0], means, variances + var_smoothing * X.var(axis=0)
''',
        "uniform_priors": _FIT_HEAD + '''
    classes, inverse = np.unique(y, return_inverse=True)
    means = np.array([X[inverse == k].mean(axis=0) for k in range(classes.size)])
    variances = np.array([X[inverse == k].var(axis=0) for k in range(classes.size)])
    return classes, np.full(classes.size, 1.0 / classes.size), means, variances + var_smoothing * X.var(axis=0).max()
''',
        "counts_not_priors": _FIT_HEAD + '''
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    means = np.array([X[inverse == k].mean(axis=0) for k in range(classes.size)])
    variances = np.array([X[inverse == k].var(axis=0) for k in range(classes.size)])
    return classes, counts.astype(float), means, variances + var_smoothing * X.var(axis=0).max()
''',
        "assumes_labels_0_to_K": _FIT_HEAD + '''
    y = y.astype(int)
    counts = np.bincount(y - y.min())
    keep = counts > 0
    classes = np.arange(y.min(), y.max() + 1)[keep]
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    variances = np.array([X[y == c].var(axis=0) for c in classes])
    return classes, counts[keep] / X.shape[0], means, variances + var_smoothing * X.var(axis=0).max()
''',
        "order_of_appearance": _FIT_HEAD + '''
    _, first = np.unique(y, return_index=True)
    classes = y[np.sort(first)]
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    variances = np.array([X[y == c].var(axis=0) for c in classes])
    priors = np.array([np.mean(y == c) for c in classes])
    return classes, priors, means, variances + var_smoothing * X.var(axis=0).max()
''',
        "std_not_variance": _FIT_HEAD + '''
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    means = np.array([X[inverse == k].mean(axis=0) for k in range(classes.size)])
    stds = np.array([X[inverse == k].std(axis=0) for k in range(classes.size)])
    return classes, counts / X.shape[0], means, stds + var_smoothing * X.var(axis=0).max()
''',
        "library_shortcut": '''
def gaussian_nb_fit(X, y, var_smoothing=1e-9):
    from sklearn.naive_bayes import GaussianNB
    m = GaussianNB(var_smoothing=var_smoothing).fit(X, y)
    return m.classes_, m.class_prior_, m.theta_, m.var_
''',
        "no_validation": '''
def gaussian_nb_fit(X, y, var_smoothing=1e-9):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    classes, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    means = np.array([X[inverse == k].mean(axis=0) for k in range(classes.size)])
    variances = np.array([X[inverse == k].var(axis=0) for k in range(classes.size)])
    return classes, counts / X.shape[0], means, variances + var_smoothing * X.var(axis=0).max()
''',
    },
    "gaussian_nb_log_joint": {
        "product_of_densities": _JOINT_HEAD + '''
    dens = np.exp(-(X[:, None, :] - means) ** 2 / (2 * variances)) / np.sqrt(2 * np.pi * variances)
    with np.errstate(divide="ignore"):
        return np.log(priors) + np.log(dens.prod(axis=2))
''',
        "std_in_quadratic_term": _JOINT_HEAD + '''
    with np.errstate(divide="ignore"):
        lp = np.log(priors)
    return lp - 0.5 * np.log(2 * np.pi * variances).sum(1) - 0.5 * (((X[:, None, :] - means) ** 2) / np.sqrt(variances)).sum(2)
''',
        "no_half_on_log_norm": _JOINT_HEAD + '''
    with np.errstate(divide="ignore"):
        lp = np.log(priors)
    return lp - np.log(2 * np.pi * variances).sum(1) - 0.5 * (((X[:, None, :] - means) ** 2) / variances).sum(2)
''',
        "missing_2pi": _JOINT_HEAD + '''
    with np.errstate(divide="ignore"):
        lp = np.log(priors)
    return lp - 0.5 * np.log(variances).sum(1) - 0.5 * (((X[:, None, :] - means) ** 2) / variances).sum(2)
''',
        "forgot_prior": _JOINT_HEAD + '''
    return - 0.5 * np.log(2 * np.pi * variances).sum(1) - 0.5 * (((X[:, None, :] - means) ** 2) / variances).sum(2) + 0.0 * priors
''',
        "prior_not_logged": _JOINT_HEAD + '''
    return priors - 0.5 * np.log(2 * np.pi * variances).sum(1) - 0.5 * (((X[:, None, :] - means) ** 2) / variances).sum(2)
''',
        "log_zero_warns": _JOINT_HEAD + '''
    return np.log(priors) - 0.5 * np.log(2 * np.pi * variances).sum(1) - 0.5 * (((X[:, None, :] - means) ** 2) / variances).sum(2)
''',
        "no_validation": '''
def gaussian_nb_log_joint(X, priors, means, variances):
    X = np.asarray(X, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log(priors) - 0.5 * np.log(2 * np.pi * variances).sum(1) - 0.5 * (((X[:, None, :] - means) ** 2) / variances).sum(2)
''',
        "scipy_shortcut": _JOINT_HEAD + '''
    from scipy.stats import norm
    with np.errstate(divide="ignore"):
        return np.log(priors) + norm.logpdf(X[:, None, :], means, np.sqrt(variances)).sum(axis=2)
''',
    },
    "log_normalize": {
        "naive_exp_sum": _NORM_HEAD + '''
    if np.any(np.all(np.isneginf(L), axis=1)):
        raise ValueError("row of -inf")
    return L - np.log(np.exp(L).sum(axis=1, keepdims=True))
''',
        "global_max": _NORM_HEAD + '''
    if np.any(np.all(np.isneginf(L), axis=1)):
        raise ValueError("row of -inf")
    m = L.max()
    return L - (m + np.log(np.exp(L - m).sum(axis=1, keepdims=True)))
''',
        "wrong_axis": _NORM_HEAD + '''
    if np.any(np.all(np.isneginf(L), axis=1)):
        raise ValueError("row of -inf")
    m = L.max(axis=0, keepdims=True)
    return L - (m + np.log(np.exp(L - m).sum(axis=0, keepdims=True)))
''',
        "forgot_to_add_max_back": _NORM_HEAD + '''
    if np.any(np.all(np.isneginf(L), axis=1)):
        raise ValueError("row of -inf")
    m = L.max(axis=1, keepdims=True)
    return L - np.log(np.exp(L - m).sum(axis=1, keepdims=True))
''',
        "returns_probabilities": _NORM_HEAD + '''
    if np.any(np.all(np.isneginf(L), axis=1)):
        raise ValueError("row of -inf")
    m = L.max(axis=1, keepdims=True)
    e = np.exp(L - m)
    return e / e.sum(axis=1, keepdims=True)
''',
        "subtract_max_only": _NORM_HEAD + '''
    if np.any(np.all(np.isneginf(L), axis=1)):
        raise ValueError("row of -inf")
    return L - L.max(axis=1, keepdims=True)
''',
        "no_all_inf_check": _NORM_HEAD + '''
    m = L.max(axis=1, keepdims=True)
    with np.errstate(invalid="ignore"):
        return L - (m + np.log(np.exp(L - m).sum(axis=1, keepdims=True)))
''',
        "divides_by_sum_of_logs": _NORM_HEAD + '''
    if np.any(np.all(np.isneginf(L), axis=1)):
        raise ValueError("row of -inf")
    return L - L.sum(axis=1, keepdims=True)
''',
        "in_place": _NORM_HEAD + '''
    if np.any(np.all(np.isneginf(L), axis=1)):
        raise ValueError("row of -inf")
    m = L.max(axis=1, keepdims=True)
    L -= m + np.log(np.exp(L - m).sum(axis=1, keepdims=True))
    return L
''',
        "scipy_shortcut": _NORM_HEAD + '''
    from scipy.special import logsumexp
    if np.any(np.all(np.isneginf(L), axis=1)):
        raise ValueError("row of -inf")
    return L - logsumexp(L, axis=1, keepdims=True)
''',
    },
}
