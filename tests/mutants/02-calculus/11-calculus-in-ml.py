"""Mutants for 02-calculus/11-calculus-in-ml: realistic wrong answers that must lose points."""

_CHECK = '''
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float); w = np.asarray(w, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("bad shapes")
    n = X.shape[0]
'''


def _mse(body):
    return "\ndef mse_loss_and_grad(X, y, w, b):" + _CHECK + body


def _log(body):
    return "\ndef logistic_loss_and_grad(X, y, w, b):" + _CHECK + body


_TL_HEAD = '''
def two_layer_loss_and_grads(X, Y, params):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float)
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=float) for k in ("W1", "b1", "W2", "b2"))
    n = X.shape[0]
    A1 = X @ W1 + b1
    H1 = np.tanh(A1)
    out = H1 @ W2 + b2
    diff = out - Y
    loss = float(np.sum(diff ** 2) / (2 * n))
'''

MUTANTS = {
    "mse_loss_and_grad": {
        "missing_factor_2": _mse('''
    r = X @ w + b - y
    return float(np.mean(r ** 2)), X.T @ r / n, float(np.mean(r))
'''),
        "sum_not_mean": _mse('''
    r = X @ w + b - y
    return float(np.sum(r ** 2)), 2 * X.T @ r, float(2 * np.sum(r))
'''),
        "sign_flipped": _mse('''
    r = y - (X @ w + b)
    return float(np.mean(r ** 2)), 2 / n * X.T @ r, float(2 / n * np.sum(r))
'''),
        "X_not_transposed": '''
def mse_loss_and_grad(X, y, w, b):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float); w = np.asarray(w, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("bad shapes")
    n = X.shape[0]
    r = X @ w + b - y
    g = 2 / n * (r @ X.T) if X.shape[0] == X.shape[1] else 2 / n * (r @ X)
    if X.shape[0] == X.shape[1]:
        g = 2 / n * (X @ r)
    return float(np.mean(r ** 2)), g, float(2 / n * np.sum(r))
''',
        "bias_grad_not_summed": _mse('''
    r = X @ w + b - y
    return float(np.mean(r ** 2)), 2 / n * X.T @ r, 2 / n * r
'''),
        "ignores_bias": _mse('''
    r = X @ w - y
    return float(np.mean(r ** 2)), 2 / n * X.T @ r, float(2 / n * np.sum(r))
'''),
        "no_validation": '''
def mse_loss_and_grad(X, y, w, b):
    X = np.atleast_2d(np.asarray(X, dtype=float)); y = np.asarray(y, dtype=float).ravel(); w = np.asarray(w, dtype=float)
    n = X.shape[0]
    r = X @ w + b - y
    return float(np.mean(r ** 2)), 2 / n * X.T @ r, float(2 / n * np.sum(r))
''',
    },
    "logistic_loss_and_grad": {
        "naive_unstable": _log('''
    z = X @ w + b
    p = 1 / (1 + np.exp(-z))
    loss = float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)))
    return loss, X.T @ (p - y) / n, float(np.mean(p - y))
'''),
        "stable_loss_overflowing_sigmoid": _log('''
    z = X @ w + b
    p = 1 / (1 + np.exp(-z))
    loss = float(np.mean(np.logaddexp(0, z) - y * z))
    return loss, X.T @ (p - y) / n, float(np.mean(p - y))
'''),
        "sign_flipped": _log('''
    z = X @ w + b
    p = np.exp(-np.logaddexp(0, -z))
    loss = float(np.mean(np.logaddexp(0, z) - y * z))
    return loss, X.T @ (y - p) / n, float(np.mean(y - p))
'''),
        "forgot_sigmoid_in_grad": _log('''
    z = X @ w + b
    loss = float(np.mean(np.logaddexp(0, z) - y * z))
    return loss, X.T @ (z - y) / n, float(np.mean(z - y))
'''),
        "sum_not_mean": _log('''
    z = X @ w + b
    p = np.exp(-np.logaddexp(0, -z))
    loss = float(np.sum(np.logaddexp(0, z) - y * z))
    return loss, X.T @ (p - y), float(np.sum(p - y))
'''),
        "extra_sigmoid_derivative": _log('''
    z = X @ w + b
    p = np.exp(-np.logaddexp(0, -z))
    loss = float(np.mean(np.logaddexp(0, z) - y * z))
    r = (p - y) * p * (1 - p)
    return loss, X.T @ r / n, float(np.mean(r))
'''),
        "log2_loss": _log('''
    z = X @ w + b
    p = np.exp(-np.logaddexp(0, -z))
    loss = float(np.mean(np.logaddexp(0, z) - y * z)) / np.log(2)
    return loss, X.T @ (p - y) / n, float(np.mean(p - y))
'''),
        "clipped_probabilities": _log('''
    z = X @ w + b
    p = np.clip(np.exp(-np.logaddexp(0, -z)), 1e-15, 1 - 1e-15)
    loss = float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)))
    return loss, X.T @ (p - y) / n, float(np.mean(p - y))
'''),
    },
    "two_layer_loss_and_grads": {
        "tanh_derivative_of_preactivation": _TL_HEAD + '''
    d = diff / n
    dH = d @ W2.T
    dA = dH * (1 - A1 ** 2)
    return loss, {"W1": X.T @ dA, "b1": dA.sum(0), "W2": H1.T @ d, "b2": d.sum(0)}
''',
        "no_tanh_derivative": _TL_HEAD + '''
    d = diff / n
    dA = d @ W2.T
    return loss, {"W1": X.T @ dA, "b1": dA.sum(0), "W2": H1.T @ d, "b2": d.sum(0)}
''',
        "W2_grad_uses_preactivation": _TL_HEAD + '''
    d = diff / n
    dA = (d @ W2.T) * (1 - H1 ** 2)
    return loss, {"W1": X.T @ dA, "b1": dA.sum(0), "W2": A1.T @ d, "b2": d.sum(0)}
''',
        "bias_grads_averaged": _TL_HEAD + '''
    d = diff / n
    dA = (d @ W2.T) * (1 - H1 ** 2)
    return loss, {"W1": X.T @ dA, "b1": dA.mean(0), "W2": H1.T @ d, "b2": d.mean(0)}
''',
        "missing_1_over_n": _TL_HEAD + '''
    d = diff
    dA = (d @ W2.T) * (1 - H1 ** 2)
    return loss, {"W1": X.T @ dA, "b1": dA.sum(0), "W2": H1.T @ d, "b2": d.sum(0)}
''',
        "transposed_W1_grad": _TL_HEAD + '''
    d = diff / n
    dA = (d @ W2.T) * (1 - H1 ** 2)
    return loss, {"W1": (X.T @ dA).T.reshape(W1.shape), "b1": dA.sum(0), "W2": H1.T @ d, "b2": d.sum(0)}
''',
        "factor_2_from_square": _TL_HEAD + '''
    d = 2 * diff / n
    dA = (d @ W2.T) * (1 - H1 ** 2)
    return loss, {"W1": X.T @ dA, "b1": dA.sum(0), "W2": H1.T @ d, "b2": d.sum(0)}
''',
        "sign_flipped": _TL_HEAD + '''
    d = (Y - out) / n
    dA = (d @ W2.T) * (1 - H1 ** 2)
    return loss, {"W1": X.T @ dA, "b1": dA.sum(0), "W2": H1.T @ d, "b2": d.sum(0)}
''',
        "in_place_update_of_params": '''
def two_layer_loss_and_grads(X, Y, params):
    X = np.asarray(X, dtype=float); Y = np.asarray(Y, dtype=float)
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = X.shape[0]
    A1 = X @ W1
    A1 += b1
    H1 = np.tanh(A1)
    out = H1 @ W2 + b2
    diff = out - Y
    loss = float(np.sum(diff ** 2) / (2 * n))
    d = diff / n
    dA = (d @ W2.T) * (1 - H1 ** 2)
    gW2 = H1.T @ d
    W2 -= 0.0 * gW2
    b1 *= 1.0
    Y -= 0.0
    X[...] = X + 0.0
    b2 += 1e-12
    return loss, {"W1": X.T @ dA, "b1": dA.sum(0), "W2": gW2, "b2": d.sum(0)}
''',
    },
}
