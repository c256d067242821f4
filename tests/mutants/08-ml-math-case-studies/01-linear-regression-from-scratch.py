"""Mutants for 08-ml-math-case-studies/01-linear-regression-from-scratch."""

_FIT_HEAD = '''
def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0] or X.shape[0] < 2:
        raise ValueError("bad input")
'''

_GD_HEAD = '''
def linear_regression_gd(X, y, lr=0.01, n_iters=100):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0] or X.shape[0] < 2:
        raise ValueError("bad input")
    if not lr > 0 or n_iters < 0:
        raise ValueError("bad lr or n_iters")
    n, d = X.shape
'''

MUTANTS = {
    "fit_linear_regression": {
        "no_intercept": _FIT_HEAD + '''
    w = np.linalg.solve(X.T @ X, X.T @ y)
    return w, 0.0
''',
        "intercept_column_returned_in_w": _FIT_HEAD + '''
    A = np.column_stack([X, np.ones(len(X))])
    sol = np.linalg.solve(A.T @ A, A.T @ y)
    return sol, float(sol[-1])
''',
        "b_as_array": _FIT_HEAD + '''
    xm, ym = X.mean(axis=0), y.mean()
    w = np.linalg.solve((X - xm).T @ (X - xm), (X - xm).T @ (y - ym))
    return w, np.atleast_1d(ym - xm @ w)
''',
        "wrong_transpose": _FIT_HEAD + '''
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    w = np.linalg.solve(Xc.T @ Xc, Xc @ (y - ym))
    return w, float(ym - xm @ w)
''',
        "intercept_is_mean_of_y": _FIT_HEAD + '''
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ (y - ym))
    return w, float(ym)
''',
        "intercept_sign_flipped": _FIT_HEAD + '''
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ (y - ym))
    return w, float(ym + xm @ w)
''',
        "lstsq_shortcut": _FIT_HEAD + '''
    A = np.column_stack([X, np.ones(len(X))])
    sol = np.linalg.lstsq(A, y, rcond=None)[0]
    return sol[:-1], float(sol[-1])
''',
        "explicit_inverse": _FIT_HEAD + '''
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    w = np.linalg.inv(Xc.T @ Xc) @ (Xc.T @ (y - ym))
    return w, float(ym - xm @ w)
''',
        "sklearn_shortcut": '''
def fit_linear_regression(X, y):
    from sklearn.linear_model import LinearRegression
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0] or X.shape[0] < 2:
        raise ValueError("bad input")
    m = LinearRegression().fit(X, y)
    return m.coef_, float(m.intercept_)
''',
        "no_validation": '''
def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ (y - ym))
    return w, float(ym - xm @ w)
''',
        "in_place_centring": '''
def fit_linear_regression(X, y):
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0] or X.shape[0] < 2:
        raise ValueError("bad input")
    xm, ym = X.mean(axis=0), y.mean()
    X -= xm
    w = np.linalg.solve(X.T @ X, X.T @ (y - ym))
    return w, float(ym - xm @ w)
''',
    },
    "linear_regression_gd": {
        "missing_factor_two": _GD_HEAD + '''
    w, b = np.zeros(d), 0.0
    losses = np.empty(n_iters + 1)
    for t in range(n_iters):
        r = X @ w + b - y
        losses[t] = np.mean(r * r)
        w, b = w - lr * (X.T @ r) / n, b - lr * r.sum() / n
    r = X @ w + b - y
    losses[n_iters] = np.mean(r * r)
    return w, float(b), losses
''',
        "gradient_ascent_sign": _GD_HEAD + '''
    w, b = np.zeros(d), 0.0
    losses = np.empty(n_iters + 1)
    for t in range(n_iters):
        r = y - (X @ w + b)
        losses[t] = np.mean(r * r)
        w, b = w - lr * 2 / n * (X.T @ r), b - lr * 2 / n * r.sum()
    r = X @ w + b - y
    losses[n_iters] = np.mean(r * r)
    return w, float(b), losses
''',
        "sum_instead_of_mean": _GD_HEAD + '''
    w, b = np.zeros(d), 0.0
    losses = np.empty(n_iters + 1)
    for t in range(n_iters):
        r = X @ w + b - y
        losses[t] = np.mean(r * r)
        w, b = w - lr * 2 * (X.T @ r), b - lr * 2 * r.sum()
    r = X @ w + b - y
    losses[n_iters] = np.mean(r * r)
    return w, float(b), losses
''',
        "sequential_update": _GD_HEAD + '''
    w, b = np.zeros(d), 0.0
    losses = np.empty(n_iters + 1)
    for t in range(n_iters):
        r = X @ w + b - y
        losses[t] = np.mean(r * r)
        w = w - lr * 2 / n * (X.T @ r)
        r = X @ w + b - y
        b = b - lr * 2 / n * r.sum()
    r = X @ w + b - y
    losses[n_iters] = np.mean(r * r)
    return w, float(b), losses
''',
        "losses_off_by_one": _GD_HEAD + '''
    w, b = np.zeros(d), 0.0
    losses = []
    for t in range(n_iters):
        r = X @ w + b - y
        w, b = w - lr * 2 / n * (X.T @ r), b - lr * 2 / n * r.sum()
        r = X @ w + b - y
        losses.append(np.mean(r * r))
    return w, float(b), np.array(losses)
''',
        "losses_sum_of_squares": _GD_HEAD + '''
    w, b = np.zeros(d), 0.0
    losses = np.empty(n_iters + 1)
    for t in range(n_iters):
        r = X @ w + b - y
        losses[t] = np.sum(r * r)
        w, b = w - lr * 2 / n * (X.T @ r), b - lr * 2 / n * r.sum()
    r = X @ w + b - y
    losses[n_iters] = np.sum(r * r)
    return w, float(b), losses
''',
        "intercept_never_updated": _GD_HEAD + '''
    w, b = np.zeros(d), 0.0
    losses = np.empty(n_iters + 1)
    for t in range(n_iters):
        r = X @ w + b - y
        losses[t] = np.mean(r * r)
        w = w - lr * 2 / n * (X.T @ r)
    r = X @ w + b - y
    losses[n_iters] = np.mean(r * r)
    return w, float(b), losses
''',
        "b_as_array": _GD_HEAD + '''
    w, b = np.zeros(d), np.zeros(1)
    losses = np.empty(n_iters + 1)
    for t in range(n_iters):
        r = X @ w + b - y
        losses[t] = np.mean(r * r)
        w, b = w - lr * 2 / n * (X.T @ r), b - lr * 2 / n * r.sum()
    r = X @ w + b - y
    losses[n_iters] = np.mean(r * r)
    return w, b, losses
''',
        "closed_form_cheat": _GD_HEAD + '''
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ (y - ym))
    b = float(ym - xm @ w)
    losses = np.full(n_iters + 1, np.mean((X @ w + b - y) ** 2))
    losses[0] = np.mean(y * y)
    return w, b, losses
''',
        "no_validation": '''
def linear_regression_gd(X, y, lr=0.01, n_iters=100):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    losses = np.empty(max(n_iters, 0) + 1)
    for t in range(n_iters):
        r = X @ w + b - y
        losses[t] = np.mean(r * r)
        w, b = w - lr * 2 / n * (X.T @ r), b - lr * 2 / n * r.sum()
    r = X @ w + b - y
    losses[-1] = np.mean(r * r)
    return w, float(b), losses
''',
    },
}
