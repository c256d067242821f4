"""Mutants for 02-calculus/09-taylor-series: realistic wrong answers that must lose points."""

_TP_HEAD = '''
def taylor_polynomial(derivatives, a, x):
    d = np.asarray(derivatives, dtype=float)
    if d.ndim != 1 or d.size == 0:
        raise ValueError("bad derivatives")
    scalar = np.ndim(x) == 0
'''
_TP_TAIL = '''
    return float(total) if scalar else total
'''

_TT_HEAD = '''
def taylor_terms_needed(x, tol):
    x = float(x)
    if not tol > 0:
        raise ValueError("tol must be positive")
    if not abs(x) <= 100:
        raise ValueError("|x| too large")
'''

_SO_HEAD = '''
def second_order_approx(f0, grad, hess, x0, X):
    g = np.asarray(grad, dtype=float); H = np.asarray(hess, dtype=float)
    x0 = np.asarray(x0, dtype=float); X = np.asarray(X, dtype=float)
    n = g.size
    if g.shape != (n,) or H.shape != (n, n) or x0.shape != (n,) or X.ndim not in (1, 2) or X.shape[-1] != n:
        raise ValueError("bad shapes")
'''

MUTANTS = {
    "taylor_polynomial": {
        "no_factorial": _TP_HEAD + '''
    t = np.asarray(x, dtype=float) - a
    total = sum(d[k] * t ** k for k in range(d.size)) + np.zeros_like(t)
''' + _TP_TAIL,
        "powers_of_x_not_x_minus_a": _TP_HEAD + '''
    import math
    t = np.asarray(x, dtype=float)
    total = sum(d[k] / math.factorial(k) * t ** k for k in range(d.size)) + np.zeros_like(t)
''' + _TP_TAIL,
        "factorial_off_by_one": _TP_HEAD + '''
    import math
    t = np.asarray(x, dtype=float) - a
    total = sum(d[k] / math.factorial(k + 1) * t ** k for k in range(d.size)) + np.zeros_like(t)
''' + _TP_TAIL,
        "drops_last_term": _TP_HEAD + '''
    import math
    t = np.asarray(x, dtype=float) - a
    total = sum(d[k] / math.factorial(k) * t ** k for k in range(d.size - 1)) + np.zeros_like(t)
''' + _TP_TAIL,
        "separate_power_and_factorial": _TP_HEAD + '''
    import math
    t = np.asarray(x, dtype=float) - a
    total = np.zeros_like(t)
    for k in range(d.size):
        total = total + d[k] * t ** k / float(math.factorial(k))
''' + _TP_TAIL,
        "sign_a_minus_x": _TP_HEAD + '''
    t = float(a) - np.asarray(x, dtype=float)
    total = np.zeros_like(t); term = np.ones_like(t)
    for k in range(d.size):
        if k > 0:
            term = term * t / k
        total = total + d[k] * term
''' + _TP_TAIL,
    },
    "taylor_terms_needed": {
        "bound_without_exp_factor": _TT_HEAD + '''
    n, term = 0, abs(x)
    while term > tol:
        n += 1
        term = term * abs(x) / (n + 1)
    return n
''',
        "exp_abs_x_factor": _TT_HEAD + '''
    M = np.exp(abs(x))
    n, term = 0, abs(x)
    while M * term > tol:
        n += 1
        term = term * abs(x) / (n + 1)
    return n
''',
        "remainder_off_by_one": _TT_HEAD + '''
    M = np.exp(max(x, 0.0))
    n, term = 0, 1.0
    while M * term > tol:
        n += 1
        term = term * abs(x) / n
    return n
''',
        "returns_number_of_terms": _TT_HEAD + '''
    M = np.exp(max(x, 0.0))
    n, term = 0, abs(x)
    while M * term > tol:
        n += 1
        term = term * abs(x) / (n + 1)
    return n + 1
''',
        "uses_actual_error_not_bound": _TT_HEAD + '''
    import math
    n, total, term = 0, 1.0, 1.0
    while abs(math.exp(x) - total) > tol and n < 1000:
        n += 1
        term = term * x / n
        total += term
    return n
''',
        "no_validation": '''
def taylor_terms_needed(x, tol):
    x = float(x)
    M = np.exp(max(x, 0.0))
    n, term = 0, abs(x)
    while M * term > tol and n < 10000:
        n += 1
        term = term * abs(x) / (n + 1)
    return n
''',
    },
    "second_order_approx": {
        "missing_half": _SO_HEAD + '''
    D = X - x0
    q = float(f0) + D @ g + np.sum((D @ H) * D, axis=-1)
    return float(q) if X.ndim == 1 else q
''',
        "delta_sign": _SO_HEAD + '''
    D = x0 - X
    q = float(f0) + D @ g + 0.5 * np.sum((D @ H) * D, axis=-1)
    return float(q) if X.ndim == 1 else q
''',
        "batch_matrix_sum": _SO_HEAD + '''
    D = np.atleast_2d(X - x0)
    q = float(f0) + D @ g + 0.5 * np.sum(D @ H @ D.T)
    return float(q[0]) if X.ndim == 1 else q
''',
        "batch_matrix_row_sums": _SO_HEAD + '''
    D = np.atleast_2d(X - x0)
    q = float(f0) + D @ g + 0.5 * (D @ H @ D.T).sum(axis=1)
    return float(q[0]) if X.ndim == 1 else q
''',
        "ignores_f0": _SO_HEAD + '''
    D = X - x0
    q = D @ g + 0.5 * np.sum((D @ H) * D, axis=-1)
    return float(q) if X.ndim == 1 else q
''',
        "expands_at_origin": _SO_HEAD + '''
    D = X
    q = float(f0) + D @ g + 0.5 * np.sum((D @ H) * D, axis=-1)
    return float(q) if X.ndim == 1 else q
''',
        "no_validation": '''
def second_order_approx(f0, grad, hess, x0, X):
    g = np.asarray(grad, dtype=float); H = np.asarray(hess, dtype=float)
    x0 = np.asarray(x0, dtype=float); X = np.asarray(X, dtype=float)
    D = X - x0
    q = float(f0) + D @ g + 0.5 * np.sum((D @ H) * D, axis=-1)
    return float(q) if X.ndim == 1 else q
''',
    },
}
