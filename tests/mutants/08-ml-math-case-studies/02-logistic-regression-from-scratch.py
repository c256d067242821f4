"""Mutants for 08-ml-math-case-studies/02-logistic-regression-from-scratch."""

_HEAD = '''
def logistic_loss_and_grad(w, b, X, y):
    X = np.asarray(X, dtype=float); w = np.asarray(w, dtype=float); y = np.asarray(y, dtype=float)
    if X.ndim != 2 or X.shape[0] < 1 or w.shape != (X.shape[1],) or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    n = X.shape[0]
    z = X @ w + float(b)
'''

_FIT_HEAD = '''
def fit_logistic_regression(X, y, lr=0.1, n_iters=1000, l2=0.0):
    if not lr > 0 or n_iters < 0 or l2 < 0:
        raise ValueError("bad hyper-parameters")
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    losses = np.empty(n_iters + 1)
'''

MUTANTS = {
    "logistic_loss_and_grad": {
        "sum_instead_of_mean": _HEAD + '''
    p = np.exp(-np.logaddexp(0.0, -z))
    return float(np.sum(np.logaddexp(0.0, z) - y * z)), X.T @ (p - y), float(np.sum(p - y))
''',
        "naive_log_sigmoid": _HEAD + '''
    p = 1.0 / (1.0 + np.exp(-z))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return float(loss), X.T @ (p - y) / n, float(np.mean(p - y))
''',
        "clipped_probabilities": _HEAD + '''
    with np.errstate(over="ignore"):
        p = 1.0 / (1.0 + np.exp(-z))
    pc = np.clip(p, 1e-15, 1 - 1e-15)
    loss = -np.mean(y * np.log(pc) + (1 - y) * np.log(1 - pc))
    return float(loss), X.T @ (p - y) / n, float(np.mean(p - y))
''',
        "stable_loss_naive_sigmoid": _HEAD + '''
    p = 1.0 / (1.0 + np.exp(-z))
    return float(np.mean(np.logaddexp(0.0, z) - y * z)), X.T @ (p - y) / n, float(np.mean(p - y))
''',
        "gradient_sign_flipped": _HEAD + '''
    p = np.exp(-np.logaddexp(0.0, -z))
    return float(np.mean(np.logaddexp(0.0, z) - y * z)), X.T @ (y - p) / n, float(np.mean(y - p))
''',
        "missing_one_over_n_in_gradient": _HEAD + '''
    p = np.exp(-np.logaddexp(0.0, -z))
    return float(np.mean(np.logaddexp(0.0, z) - y * z)), X.T @ (p - y), float(np.sum(p - y))
''',
        "db_as_array": _HEAD + '''
    p = np.exp(-np.logaddexp(0.0, -z))
    return float(np.mean(np.logaddexp(0.0, z) - y * z)), X.T @ (p - y) / n, np.mean(p - y, keepdims=True)
''',
        "log2_instead_of_ln": _HEAD + '''
    p = np.exp(-np.logaddexp(0.0, -z))
    return float(np.mean(np.logaddexp2(0.0, z / np.log(2)) - y * z / np.log(2))), X.T @ (p - y) / n, float(np.mean(p - y))
''',
        "wrong_sign_of_yz": _HEAD + '''
    p = np.exp(-np.logaddexp(0.0, -z))
    return float(np.mean(np.logaddexp(0.0, z) + y * z)), X.T @ (p - y) / n, float(np.mean(p - y))
''',
        "bias_ignored": _HEAD + '''
    z = X @ w
    p = np.exp(-np.logaddexp(0.0, -z))
    return float(np.mean(np.logaddexp(0.0, z) - y * z)), X.T @ (p - y) / n, float(np.mean(p - y))
''',
        "gradient_uses_sigma_times_one_minus_sigma": _HEAD + '''
    p = np.exp(-np.logaddexp(0.0, -z))
    err = (p - y) * p * (1 - p)
    return float(np.mean(np.logaddexp(0.0, z) - y * z)), X.T @ err / n, float(np.mean(err))
''',
        "expit_shortcut": _HEAD + '''
    from scipy.special import expit
    p = expit(z)
    return float(np.mean(np.logaddexp(0.0, z) - y * z)), X.T @ (p - y) / n, float(np.mean(p - y))
''',
        "no_validation": '''
def logistic_loss_and_grad(w, b, X, y):
    X = np.asarray(X, dtype=float); w = np.asarray(w, dtype=float); y = np.asarray(y, dtype=float)
    z = X @ w + float(b)
    p = np.exp(-np.logaddexp(0.0, -z))
    return float(np.mean(np.logaddexp(0.0, z) - y * z)), X.T @ (p - y) / max(len(y), 1), float(np.mean(p - y)) if len(y) else 0.0
''',
    },
    "fit_logistic_regression": {
        "bias_penalised": _FIT_HEAD + '''
    for t in range(n_iters + 1):
        loss, dw, db = logistic_loss_and_grad(w, b, X, y)
        losses[t] = loss + 0.5 * l2 * (float(w @ w) + b * b)
        if t == n_iters:
            break
        w, b = w - lr * (dw + l2 * w), b - lr * (db + l2 * b)
    return w, float(b), losses
''',
        "penalty_missing_from_gradient": _FIT_HEAD + '''
    for t in range(n_iters + 1):
        loss, dw, db = logistic_loss_and_grad(w, b, X, y)
        losses[t] = loss + 0.5 * l2 * float(w @ w)
        if t == n_iters:
            break
        w, b = w - lr * dw, b - lr * db
    return w, float(b), losses
''',
        "penalty_missing_from_losses": _FIT_HEAD + '''
    for t in range(n_iters + 1):
        loss, dw, db = logistic_loss_and_grad(w, b, X, y)
        losses[t] = loss
        if t == n_iters:
            break
        w, b = w - lr * (dw + l2 * w), b - lr * db
    return w, float(b), losses
''',
        "penalty_without_half": _FIT_HEAD + '''
    for t in range(n_iters + 1):
        loss, dw, db = logistic_loss_and_grad(w, b, X, y)
        losses[t] = loss + l2 * float(w @ w)
        if t == n_iters:
            break
        w, b = w - lr * (dw + 2 * l2 * w), b - lr * db
    return w, float(b), losses
''',
        "losses_off_by_one": _FIT_HEAD + '''
    losses = []
    for t in range(n_iters):
        loss, dw, db = logistic_loss_and_grad(w, b, X, y)
        losses.append(loss + 0.5 * l2 * float(w @ w))
        w, b = w - lr * (dw + l2 * w), b - lr * db
    return w, float(b), np.array(losses)
''',
        "gradient_ascent": _FIT_HEAD + '''
    for t in range(n_iters + 1):
        loss, dw, db = logistic_loss_and_grad(w, b, X, y)
        losses[t] = loss + 0.5 * l2 * float(w @ w)
        if t == n_iters:
            break
        w, b = w + lr * (dw + l2 * w), b + lr * db
    return w, float(b), losses
''',
        "bias_never_updated": _FIT_HEAD + '''
    for t in range(n_iters + 1):
        loss, dw, db = logistic_loss_and_grad(w, b, X, y)
        losses[t] = loss + 0.5 * l2 * float(w @ w)
        if t == n_iters:
            break
        w = w - lr * (dw + l2 * w)
    return w, float(b), losses
''',
        "no_validation": '''
def fit_logistic_regression(X, y, lr=0.1, n_iters=1000, l2=0.0):
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    losses = np.empty(max(n_iters, 0) + 1)
    for t in range(max(n_iters, 0) + 1):
        loss, dw, db = logistic_loss_and_grad(w, b, X, y)
        losses[t] = loss + 0.5 * l2 * float(w @ w)
        if t == n_iters:
            break
        w, b = w - lr * (dw + l2 * w), b - lr * db
    return w, float(b), losses
''',
    },
}
