"""Mutants for 05-optimization/09-optimization-in-ml: realistic wrong answers that must lose points."""

_O = '''
def logistic_objective(w, b, X, y, lam=0.0):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float); w = np.asarray(w, dtype=float)
    if lam < 0:
        raise ValueError("lam")
    n = X.shape[0]
    z = X @ w + b
    e = np.exp(-np.abs(z))
    sig = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
'''
_F = '''
def fit_logistic_gd(X, y, lam, lr, num_steps):
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    history = []
'''
_E = '''
def early_stopping(val_losses, patience):
    v = np.asarray(val_losses, dtype=float)
    if v.ndim != 1 or v.size == 0 or patience < 1:
        raise ValueError("bad input")
'''

MUTANTS = {
    "logistic_objective": {
        "penalises_the_intercept": _O + '''
    g = (sig - y) / n
    J = float(np.mean(np.logaddexp(0, z) - y * z) + 0.5 * lam * (w @ w + b * b))
    return J, X.T @ g + lam * w, float(g.sum() + lam * b)
''',
        "penalty_missing_in_gradient": _O + '''
    g = (sig - y) / n
    return float(np.mean(np.logaddexp(0, z) - y * z) + 0.5 * lam * (w @ w)), X.T @ g, float(g.sum())
''',
        "penalty_without_half": _O + '''
    g = (sig - y) / n
    return float(np.mean(np.logaddexp(0, z) - y * z) + lam * (w @ w)), X.T @ g + lam * w, float(g.sum())
''',
        "sum_instead_of_mean": _O + '''
    g = sig - y
    return float(np.sum(np.logaddexp(0, z) - y * z) + 0.5 * lam * (w @ w)), X.T @ g + lam * w, float(g.sum())
''',
        "gradient_sign_flipped": _O + '''
    g = (y - sig) / n
    return float(np.mean(np.logaddexp(0, z) - y * z) + 0.5 * lam * (w @ w)), X.T @ g + lam * w, float(g.sum())
''',
        "naive_sigmoid_and_log": '''
def logistic_objective(w, b, X, y, lam=0.0):
    X = np.asarray(X, dtype=float); y = np.asarray(y, dtype=float); w = np.asarray(w, dtype=float)
    if lam < 0:
        raise ValueError("lam")
    z = X @ w + b
    p = 1 / (1 + np.exp(-z))
    J = float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)) + 0.5 * lam * (w @ w))
    g = (p - y) / len(y)
    return J, X.T @ g + lam * w, float(g.sum())
''',
        "bias_gradient_mean_not_sum": _O + '''
    g = (sig - y) / n
    return float(np.mean(np.logaddexp(0, z) - y * z) + 0.5 * lam * (w @ w)), X.T @ g + lam * w, float(g.mean())
''',
    },
    "fit_logistic_gd": {
        "history_without_final_value": _F + '''
    for _ in range(num_steps):
        J, gw, gb = logistic_objective(w, b, X, y, lam)
        history.append(J)
        w, b = w - lr * gw, b - lr * gb
    return w, b, np.array(history)
''',
        "bias_updated_with_stale_then_fresh_gradient": _F + '''
    for _ in range(num_steps):
        J, gw, gb = logistic_objective(w, b, X, y, lam)
        history.append(J)
        w = w - lr * gw
        b = b - lr * logistic_objective(w, b, X, y, lam)[2]
    history.append(logistic_objective(w, b, X, y, lam)[0])
    return w, b, np.array(history)
''',
        "ignores_lam": _F + '''
    for _ in range(num_steps):
        J, gw, gb = logistic_objective(w, b, X, y, 0.0)
        history.append(logistic_objective(w, b, X, y, lam)[0])
        w, b = w - lr * gw, b - lr * gb
    history.append(logistic_objective(w, b, X, y, lam)[0])
    return w, b, np.array(history)
''',
        "no_bias_update": _F + '''
    for _ in range(num_steps):
        J, gw, gb = logistic_objective(w, b, X, y, lam)
        history.append(J)
        w = w - lr * gw
    history.append(logistic_objective(w, b, X, y, lam)[0])
    return w, b, np.array(history)
''',
        "gradient_ascent": _F + '''
    for _ in range(num_steps):
        J, gw, gb = logistic_objective(w, b, X, y, lam)
        history.append(J)
        w, b = w + lr * gw, b + lr * gb
    history.append(logistic_objective(w, b, X, y, lam)[0])
    return w, b, np.array(history)
''',
    },
    "early_stopping": {
        "ties_count_as_improvement": _E + '''
    best, best_k, wait = v[0], 0, 0
    for k in range(1, v.size):
        if v[k] <= best:
            best, best_k, wait = v[k], k, 0
        else:
            wait += 1
            if wait >= patience:
                return best_k, k
    return best_k, v.size - 1
''',
        "one_evaluation_too_late": _E + '''
    best, best_k, wait = v[0], 0, 0
    for k in range(1, v.size):
        if v[k] < best:
            best, best_k, wait = v[k], k, 0
        else:
            wait += 1
            if wait > patience:
                return best_k, k
    return best_k, v.size - 1
''',
        "counter_not_reset": _E + '''
    best, best_k, wait = v[0], 0, 0
    for k in range(1, v.size):
        if v[k] < best:
            best, best_k = v[k], k
        else:
            wait += 1
            if wait >= patience:
                return best_k, k
    return best_k, v.size - 1
''',
        "compares_with_previous_not_best": _E + '''
    best_k, wait = 0, 0
    for k in range(1, v.size):
        if v[k] < v[k - 1]:
            wait = 0
            if v[k] < v[best_k]:
                best_k = k
        else:
            wait += 1
            if wait >= patience:
                return best_k, k
    return best_k, v.size - 1
''',
        "best_over_whole_sequence": _E + '''
    best, wait, stop = v[0], 0, v.size - 1
    for k in range(1, v.size):
        if v[k] < best:
            best, wait = v[k], 0
        else:
            wait += 1
            if wait >= patience:
                stop = k
                break
    return int(np.nanargmin(v)), stop
''',
        "nan_breaks_the_scan": _E + '''
    best_k, wait = 0, 0
    for k in range(1, v.size):
        if not v[k] >= v[best_k]:
            best_k, wait = k, 0
        else:
            wait += 1
            if wait >= patience:
                return best_k, k
    return best_k, v.size - 1
''',
    },
}
