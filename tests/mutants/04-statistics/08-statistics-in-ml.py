"""Mutants for 04-statistics/08-statistics-in-ml: realistic wrong answers that must lose points."""

_K_HEAD = '''
def kfold_indices(n_samples, n_splits, shuffle=False, rng=None):
    if n_splits < 2 or n_splits > n_samples or (shuffle and rng is None):
        raise ValueError("bad arguments")
'''

_K_TAIL = '''
    folds, start = [], 0
    for size in sizes:
        test = np.sort(order[start:start + size])
        folds.append((np.setdiff1d(np.arange(n_samples), test), test))
        start += size
    return folds
'''

_C_HEAD = '''
def cross_val_mse(X, y, fit_predict, n_splits):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError("bad shapes")
'''

MUTANTS = {
    "kfold_indices": {
        "remainder_in_last_fold": _K_HEAD + '''
    order = rng.permutation(n_samples) if shuffle else np.arange(n_samples)
    sizes = np.full(n_splits, n_samples // n_splits)
    sizes[-1] += n_samples % n_splits
''' + _K_TAIL,
        "remainder_dropped": _K_HEAD + '''
    order = rng.permutation(n_samples) if shuffle else np.arange(n_samples)
    sizes = np.full(n_splits, n_samples // n_splits)
''' + _K_TAIL,
        "array_split_ceil_sizes": _K_HEAD + '''
    order = rng.permutation(n_samples) if shuffle else np.arange(n_samples)
    size = int(np.ceil(n_samples / n_splits))
    folds = []
    for j in range(n_splits):
        test = np.sort(order[j * size:(j + 1) * size])
        folds.append((np.setdiff1d(np.arange(n_samples), test), test))
    return folds
''',
        "strided_folds": _K_HEAD + '''
    order = rng.permutation(n_samples) if shuffle else np.arange(n_samples)
    folds = []
    for j in range(n_splits):
        test = np.sort(order[j::n_splits])
        folds.append((np.setdiff1d(np.arange(n_samples), test), test))
    return folds
''',
        "train_includes_test": _K_HEAD + '''
    order = rng.permutation(n_samples) if shuffle else np.arange(n_samples)
    sizes = np.full(n_splits, n_samples // n_splits)
    sizes[: n_samples % n_splits] += 1
    folds, start = [], 0
    for size in sizes:
        test = np.sort(order[start:start + size])
        folds.append((np.arange(n_samples), test))
        start += size
    return folds
''',
        "train_is_shuffled_complement_unsorted": _K_HEAD + '''
    order = rng.permutation(n_samples) if shuffle else np.arange(n_samples)
    sizes = np.full(n_splits, n_samples // n_splits)
    sizes[: n_samples % n_splits] += 1
    folds, start = [], 0
    for size in sizes:
        test = order[start:start + size]
        train = np.concatenate([order[:start], order[start + size:]])
        folds.append((train, test))
        start += size
    return folds
''',
        "global_random_shuffle": _K_HEAD + '''
    order = np.random.permutation(n_samples) if shuffle else np.arange(n_samples)
    sizes = np.full(n_splits, n_samples // n_splits)
    sizes[: n_samples % n_splits] += 1
''' + _K_TAIL,
        "shuffle_ignored": _K_HEAD + '''
    order = np.arange(n_samples)
    sizes = np.full(n_splits, n_samples // n_splits)
    sizes[: n_samples % n_splits] += 1
''' + _K_TAIL,
        "rng_shuffle_different_call": _K_HEAD + '''
    order = np.arange(n_samples)
    if shuffle:
        order = rng.choice(n_samples, size=n_samples, replace=False)
    sizes = np.full(n_splits, n_samples // n_splits)
    sizes[: n_samples % n_splits] += 1
''' + _K_TAIL,
        "no_validation": '''
def kfold_indices(n_samples, n_splits, shuffle=False, rng=None):
    order = rng.permutation(n_samples) if (shuffle and rng is not None) else np.arange(n_samples)
    folds = []
    for test in np.array_split(order, max(n_splits, 1)):
        test = np.sort(test)
        folds.append((np.setdiff1d(np.arange(n_samples), test), test))
    return folds
''',
        "library_shortcut": _K_HEAD + '''
    from sklearn.model_selection import KFold as _KF
    if shuffle:
        order = rng.permutation(n_samples)
        return [(np.sort(order[tr]), np.sort(order[te])) for tr, te in _KF(n_splits).split(np.zeros(n_samples))]
    return list(_KF(n_splits).split(np.zeros(n_samples)))
''',
    },
    "cross_val_mse": {
        "scores_on_training_rows": _C_HEAD + '''
    scores = []
    for train, test in kfold_indices(X.shape[0], n_splits):
        pred = fit_predict(X[train], y[train], X[train])
        scores.append(np.mean((y[train] - pred) ** 2))
    return np.array(scores)
''',
        "fits_on_all_rows": _C_HEAD + '''
    scores = []
    for train, test in kfold_indices(X.shape[0], n_splits):
        pred = fit_predict(X, y, X[test])
        scores.append(np.mean((y[test] - pred) ** 2))
    return np.array(scores)
''',
        "rmse_per_fold": _C_HEAD + '''
    scores = []
    for train, test in kfold_indices(X.shape[0], n_splits):
        pred = fit_predict(X[train], y[train], X[test])
        scores.append(np.sqrt(np.mean((y[test] - pred) ** 2)))
    return np.array(scores)
''',
        "sum_not_mean": _C_HEAD + '''
    scores = []
    for train, test in kfold_indices(X.shape[0], n_splits):
        pred = fit_predict(X[train], y[train], X[test])
        scores.append(np.sum((y[test] - pred) ** 2))
    return np.array(scores)
''',
        "returns_mean_only": _C_HEAD + '''
    scores = []
    for train, test in kfold_indices(X.shape[0], n_splits):
        pred = fit_predict(X[train], y[train], X[test])
        scores.append(np.mean((y[test] - pred) ** 2))
    return float(np.mean(scores))
''',
        "pooled_per_sample_errors": _C_HEAD + '''
    errs = np.empty(X.shape[0])
    folds = kfold_indices(X.shape[0], n_splits)
    for train, test in folds:
        errs[test] = (y[test] - fit_predict(X[train], y[train], X[test])) ** 2
    return np.full(n_splits, errs.mean())
''',
        "swapped_train_test": _C_HEAD + '''
    scores = []
    for train, test in kfold_indices(X.shape[0], n_splits):
        pred = fit_predict(X[test], y[test], X[train])
        scores.append(np.mean((y[train] - pred) ** 2))
    return np.array(scores)
''',
        "no_validation": '''
def cross_val_mse(X, y, fit_predict, n_splits):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    if X.shape[0] == 1:
        X = X.T
    y = np.asarray(y, dtype=float)
    scores = []
    for train, test in kfold_indices(len(y), n_splits):
        pred = fit_predict(X[train], y[train], X[test])
        scores.append(np.mean((y[test] - pred) ** 2))
    return np.array(scores)
''',
        "library_shortcut": _C_HEAD + '''
    from sklearn.base import BaseEstimator, RegressorMixin
    class _M(BaseEstimator, RegressorMixin):
        def fit(self, A, b):
            self.A_, self.b_ = A, b
            return self
        def predict(self, T):
            return fit_predict(self.A_, self.b_, T)
    return -cross_val_score(_M(), X, y, cv=KFold(n_splits), scoring="neg_mean_squared_error")
''',
    },
}
