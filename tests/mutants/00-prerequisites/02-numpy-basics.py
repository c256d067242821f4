"""Mutants for 00-prerequisites/02-numpy-basics: realistic wrong answers that must lose points."""

MUTANTS = {
    "pairwise_sq_dists": {
        "no_clipping": '''
def pairwise_sq_dists(X, Y):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float)
    return (X * X).sum(1)[:, None] + (Y * Y).sum(1)[None, :] - 2 * X @ Y.T
''',
        "euclidean_not_squared": '''
def pairwise_sq_dists(X, Y):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float)
    D = (X * X).sum(1)[:, None] + (Y * Y).sum(1)[None, :] - 2 * X @ Y.T
    return np.sqrt(np.maximum(D, 0))
''',
        "missing_newaxis": '''
def pairwise_sq_dists(X, Y):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float)
    D = (X * X).sum(1) + (Y * Y).sum(1) - 2 * X @ Y.T
    return np.maximum(D, 0)
''',
        "python_double_loop": '''
def pairwise_sq_dists(X, Y):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float)
    D = np.zeros((X.shape[0], Y.shape[0]))
    for i in range(X.shape[0]):
        for j in range(Y.shape[0]):
            D[i, j] = np.sum((X[i] - Y[j]) ** 2)
    return D
''',
        "integer_result": '''
def pairwise_sq_dists(X, Y):
    D = (X * X).sum(1)[:, None] + (Y * Y).sum(1)[None, :] - 2 * X @ Y.T
    return np.maximum(D, 0)
''',
        "library_shortcut": '''
def pairwise_sq_dists(X, Y):
    from scipy.spatial.distance import cdist
    return cdist(X, Y, "sqeuclidean")
''',
    },
    "standardize": {
        "sample_std_ddof1": '''
def standardize(X):
    X = np.asarray(X, dtype=float)
    std = X.std(axis=0, ddof=1) if X.shape[0] > 1 else np.ones(X.shape[1])
    return (X - X.mean(axis=0)) / np.where(std > 0, std, 1.0)
''',
        "rows_not_columns": '''
def standardize(X):
    X = np.asarray(X, dtype=float)
    std = X.std(axis=1, keepdims=True)
    return (X - X.mean(axis=1, keepdims=True)) / np.where(std > 0, std, 1.0)
''',
        "divide_by_zero_on_constant": '''
def standardize(X):
    X = np.asarray(X, dtype=float)
    return (X - X.mean(axis=0)) / X.std(axis=0)
''',
        "in_place": '''
def standardize(X):
    X -= X.mean(axis=0)
    std = X.std(axis=0)
    X /= np.where(std > 0, std, 1.0)
    return X
''',
        "centre_only": '''
def standardize(X):
    X = np.asarray(X, dtype=float)
    return X - X.mean(axis=0)
''',
    },
    "one_hot": {
        "off_by_one_classes": '''
def one_hot(y, num_classes=None):
    y = np.asarray(y)
    if y.ndim != 1 or y.dtype.kind not in "iu":
        raise ValueError("bad y")
    k = int(y.max()) if num_classes is None else int(num_classes)
    if y.min() < 0 or y.max() >= max(k, 1) + (num_classes is None):
        raise ValueError("bad label")
    Y = np.zeros((y.size, max(k, int(y.max()) + 1)))
    Y[np.arange(y.size), y] = 1.0
    return Y[:, :k] if k > 0 else Y
''',
        "integer_dtype": '''
def one_hot(y, num_classes=None):
    y = np.asarray(y)
    if y.ndim != 1 or y.dtype.kind not in "iu":
        raise ValueError("bad y")
    k = int(y.max()) + 1 if num_classes is None else int(num_classes)
    if y.min() < 0 or y.max() >= k:
        raise ValueError("bad label")
    return np.eye(k, dtype=int)[y]
''',
        "transposed": '''
def one_hot(y, num_classes=None):
    y = np.asarray(y)
    if y.ndim != 1 or y.dtype.kind not in "iu":
        raise ValueError("bad y")
    k = int(y.max()) + 1 if num_classes is None else int(num_classes)
    if y.min() < 0 or y.max() >= k:
        raise ValueError("bad label")
    return np.eye(k)[y].T
''',
        "ignores_num_classes": '''
def one_hot(y, num_classes=None):
    y = np.asarray(y)
    if y.ndim != 1 or y.dtype.kind not in "iu" or y.min() < 0:
        raise ValueError("bad y")
    if num_classes is not None and y.max() >= num_classes:
        raise ValueError("bad label")
    return np.eye(int(y.max()) + 1)[y]
''',
        "no_validation": '''
def one_hot(y, num_classes=None):
    y = np.asarray(y)
    k = int(y.max()) + 1 if num_classes is None else int(num_classes)
    return np.eye(k)[y]
''',
    },
}
