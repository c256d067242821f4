"""Mutants for 05-optimization/08-regularization: realistic wrong answers that must lose points."""

MUTANTS = {
    "ridge_closed_form": {
        "penalises_the_intercept": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha")
    if not fit_intercept:
        return np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y), 0.0
    Z = np.column_stack([X, np.ones(len(y))])
    theta = np.linalg.solve(Z.T @ Z + alpha * np.eye(Z.shape[1]), Z.T @ y)
    return theta[:-1], float(theta[-1])
''',
        "intercept_is_mean_y_without_centring_X": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha")
    b = float(y.mean()) if fit_intercept else 0.0
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ (y - b))
    return w, b
''',
        "mean_loss_convention_alpha_times_n": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha")
    n = len(y)
    xm, ym = (X.mean(0), y.mean()) if fit_intercept else (np.zeros(X.shape[1]), 0.0)
    Xc, yc = X - xm, y - ym
    w = np.linalg.solve(Xc.T @ Xc / n + alpha * np.eye(X.shape[1]), Xc.T @ yc / n)
    return w, float(ym - xm @ w)
''',
        "half_alpha_from_a_gradient_slip": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha")
    xm, ym = (X.mean(0), y.mean()) if fit_intercept else (np.zeros(X.shape[1]), 0.0)
    Xc, yc = X - xm, y - ym
    w = np.linalg.solve(Xc.T @ Xc + 0.5 * alpha * np.eye(X.shape[1]), Xc.T @ yc)
    return w, float(ym - xm @ w)
''',
        "lstsq_on_augmented_system": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha")
    xm, ym = (X.mean(0), y.mean()) if fit_intercept else (np.zeros(X.shape[1]), 0.0)
    Xc, yc = X - xm, y - ym
    A = np.vstack([Xc, np.sqrt(alpha) * np.eye(X.shape[1])])
    w = np.linalg.lstsq(A, np.concatenate([yc, np.zeros(X.shape[1])]), rcond=None)[0]
    return w, float(ym - xm @ w)
''',
        "sklearn_shortcut": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    from sklearn.linear_model import Ridge
    if alpha < 0:
        raise ValueError("alpha")
    m = Ridge(alpha=alpha, fit_intercept=fit_intercept).fit(X, y)
    return m.coef_, float(m.intercept_)
''',
        "centres_X_in_place": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    if alpha < 0:
        raise ValueError("alpha")
    y = np.asarray(y, dtype=float)
    if fit_intercept:
        xm, ym = X.mean(0), y.mean()
        X -= xm
        w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ (y - ym))
        return w, float(ym - xm @ w)
    return np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y), 0.0
''',
        "intercept_sign_error": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha")
    xm, ym = (X.mean(0), y.mean()) if fit_intercept else (np.zeros(X.shape[1]), 0.0)
    Xc, yc = X - xm, y - ym
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ yc)
    return w, float(ym + xm @ w)
''',
        "ignores_fit_intercept_false": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha")
    xm, ym = X.mean(0), y.mean()
    Xc, yc = X - xm, y - ym
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ yc)
    return w, float(ym - xm @ w)
''',
        "numpy_scalar_intercept_array": '''
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha")
    xm, ym = (X.mean(0), y.mean()) if fit_intercept else (np.zeros(X.shape[1]), 0.0)
    Xc, yc = X - xm, y - ym
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ yc)
    return w, np.atleast_1d(ym - xm @ w)
''',
    },
    "soft_threshold": {
        "hard_threshold": '''
def soft_threshold(z, t):
    if t < 0:
        raise ValueError("t")
    z = np.asarray(z, dtype=float)
    return np.where(np.abs(z) > t, z, 0.0)
''',
        "forgets_the_sign": '''
def soft_threshold(z, t):
    if t < 0:
        raise ValueError("t")
    z = np.asarray(z, dtype=float)
    return np.maximum(z - t, 0.0)
''',
        "shrinks_through_zero": '''
def soft_threshold(z, t):
    if t < 0:
        raise ValueError("t")
    z = np.asarray(z, dtype=float)
    return z - t * np.sign(z)
''',
        "clips_instead": '''
def soft_threshold(z, t):
    if t < 0:
        raise ValueError("t")
    return np.clip(np.asarray(z, dtype=float), -t, t)
''',
        "no_validation": '''
def soft_threshold(z, t):
    z = np.asarray(z, dtype=float)
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)
''',
        "integer_output_for_integer_input": '''
def soft_threshold(z, t):
    if t < 0:
        raise ValueError("t")
    z = np.asarray(z)
    return np.sign(z) * np.maximum(np.abs(z) - t, 0)
''',
    },
    "lasso_ista": {
        "L_without_one_over_n": '''
def lasso_ista(X, y, alpha, num_iters):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    n, d = X.shape
    L = float(np.linalg.eigvalsh(X.T @ X)[-1])
    w = np.zeros(d)
    if L == 0:
        return w
    for _ in range(num_iters):
        w = soft_threshold(w - X.T @ (X @ w - y) / (n * L), alpha / L)
    return w
''',
        "threshold_alpha_not_alpha_over_L": '''
def lasso_ista(X, y, alpha, num_iters):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    n, d = X.shape
    L = float(np.linalg.eigvalsh(X.T @ X / n)[-1])
    w = np.zeros(d)
    if L == 0:
        return w
    for _ in range(num_iters):
        w = soft_threshold(w - X.T @ (X @ w - y) / (n * L), alpha)
    return w
''',
        "frobenius_bound_for_L": '''
def lasso_ista(X, y, alpha, num_iters):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    n, d = X.shape
    L = float(np.sum(X * X) / n)
    w = np.zeros(d)
    if L == 0:
        return w
    for _ in range(num_iters):
        w = soft_threshold(w - X.T @ (X @ w - y) / (n * L), alpha / L)
    return w
''',
        "gradient_without_one_over_n": '''
def lasso_ista(X, y, alpha, num_iters):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    n, d = X.shape
    L = float(np.linalg.eigvalsh(X.T @ X / n)[-1])
    w = np.zeros(d)
    if L == 0:
        return w
    for _ in range(num_iters):
        w = soft_threshold(w - X.T @ (X @ w - y) / L, alpha / L)
    return w
''',
        "subgradient_step_no_prox": '''
def lasso_ista(X, y, alpha, num_iters):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    n, d = X.shape
    L = float(np.linalg.eigvalsh(X.T @ X / n)[-1])
    w = np.zeros(d)
    if L == 0:
        return w
    for _ in range(num_iters):
        w = w - (X.T @ (X @ w - y) / n + alpha * np.sign(w)) / L
    return w
''',
        "threshold_then_gradient": '''
def lasso_ista(X, y, alpha, num_iters):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float)
    n, d = X.shape
    L = float(np.linalg.eigvalsh(X.T @ X / n)[-1])
    w = np.zeros(d)
    if L == 0:
        return w
    for _ in range(num_iters):
        w = soft_threshold(w, alpha / L)
        w = w - X.T @ (X @ w - y) / (n * L)
    return w
''',
    },
}
