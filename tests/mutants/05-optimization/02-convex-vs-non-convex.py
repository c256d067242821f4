"""Mutants for 05-optimization/02-convex-vs-non-convex: realistic wrong answers that must lose points."""

_G = '''
def convexity_gap(f, x, y, theta):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float); th = np.asarray(theta, dtype=float)
    if th.ndim != 1 or np.any((th < 0) | (th > 1)):
        raise ValueError("theta")
'''
_C = '''
def classify_critical_point(H, tol=1e-8):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T):
        raise ValueError("H")
'''
_M = '''
def multistart_gd(f, grad, starts, lr, num_steps):
    starts = np.asarray(starts, dtype=float)
    if starts.ndim != 2 or starts.shape[0] == 0:
        raise ValueError("starts")
'''

MUTANTS = {
    "convexity_gap": {
        "weights_swapped_on_the_chord": _G + '''
    fx, fy = float(f(x)), float(f(y))
    return np.array([float(f(t * x + (1 - t) * y)) - ((1 - t) * fx + t * fy) for t in th])
''',
        "sign_reversed": _G + '''
    fx, fy = float(f(x)), float(f(y))
    return np.array([(t * fx + (1 - t) * fy) - float(f(t * x + (1 - t) * y)) for t in th])
''',
        "midpoint_only": _G + '''
    fx, fy = float(f(x)), float(f(y))
    return np.full(th.shape, float(f(0.5 * x + 0.5 * y)) - 0.5 * (fx + fy))
''',
        "no_validation": '''
def convexity_gap(f, x, y, theta):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float)
    fx, fy = float(f(x)), float(f(y))
    return np.array([float(f(t * x + (1 - t) * y)) - (t * fx + (1 - t) * fy) for t in np.atleast_1d(theta)])
''',
        "chord_values_at_wrong_points": _G + '''
    return np.array([float(f(t * x + (1 - t) * y)) - float(f(t * x)) - float(f((1 - t) * y)) for t in th])
''',
    },
    "classify_critical_point": {
        "reads_the_diagonal": _C + '''
    lam = np.diag(H)
    if np.any(lam > tol) and np.any(lam < -tol):
        return "saddle"
    if np.all(lam > tol):
        return "minimum"
    if np.all(lam < -tol):
        return "maximum"
    return "degenerate"
''',
        "determinant_and_trace_test": _C + '''
    det, tr = np.linalg.det(H), np.trace(H)
    if abs(det) <= tol:
        return "degenerate"
    if det < 0:
        return "saddle"
    return "minimum" if tr > 0 else "maximum"
''',
        "exact_zero_comparison": _C + '''
    lam = np.linalg.eigvalsh(H)
    if np.any(lam > 0) and np.any(lam < 0):
        return "saddle"
    if np.all(lam > 0):
        return "minimum"
    if np.all(lam < 0):
        return "maximum"
    return "degenerate"
''',
        "semidefinite_counts_as_minimum": _C + '''
    lam = np.linalg.eigvalsh(H)
    if np.any(lam > tol) and np.any(lam < -tol):
        return "saddle"
    if np.all(lam >= -tol):
        return "minimum"
    if np.all(lam <= tol):
        return "maximum"
    return "degenerate"
''',
        "zero_eigenvalue_means_saddle": _C + '''
    lam = np.linalg.eigvalsh(H)
    if np.all(lam > tol):
        return "minimum"
    if np.all(lam < -tol):
        return "maximum"
    if np.all(np.abs(lam) <= tol):
        return "degenerate"
    return "saddle"
''',
        "no_symmetry_check": '''
def classify_critical_point(H, tol=1e-8):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1]:
        raise ValueError("H")
    lam = np.linalg.eigvals(H).real
    if np.any(lam > tol) and np.any(lam < -tol):
        return "saddle"
    if np.all(lam > tol):
        return "minimum"
    if np.all(lam < -tol):
        return "maximum"
    return "degenerate"
''',
    },
    "multistart_gd": {
        "best_is_argmax": _M + '''
    finals = np.array([x0.copy() for x0 in starts])
    for i in range(len(finals)):
        for _ in range(num_steps):
            finals[i] = finals[i] - lr * np.asarray(grad(finals[i].copy()), dtype=float)
    values = np.array([float(f(x)) for x in finals])
    return finals, values, int(np.argmax(values))
''',
        "best_by_starting_value": _M + '''
    finals = np.array([x0.copy() for x0 in starts])
    for i in range(len(finals)):
        for _ in range(num_steps):
            finals[i] = finals[i] - lr * np.asarray(grad(finals[i].copy()), dtype=float)
    values = np.array([float(f(x)) for x in finals])
    return finals, values, int(np.argmin([float(f(x)) for x in starts]))
''',
        "updates_starts_in_place": '''
def multistart_gd(f, grad, starts, lr, num_steps):
    starts = np.asarray(starts, dtype=float)
    if starts.ndim != 2 or starts.shape[0] == 0:
        raise ValueError("starts")
    for i in range(len(starts)):
        for _ in range(num_steps):
            starts[i] -= lr * np.asarray(grad(starts[i].copy()), dtype=float)
    values = np.array([float(f(x)) for x in starts])
    return starts, values, int(np.nanargmin(values))
''',
        "nan_wins": _M + '''
    finals = np.array([x0.copy() for x0 in starts])
    for i in range(len(finals)):
        for _ in range(num_steps):
            finals[i] = finals[i] - lr * np.asarray(grad(finals[i].copy()), dtype=float)
    values = np.array([float(f(x)) for x in finals])
    return finals, values, int(np.argmin(values))
''',
        "grad_gets_live_iterate": _M + '''
    finals = np.array([x0.copy() for x0 in starts])
    for i in range(len(finals)):
        x = finals[i].copy()
        for _ in range(num_steps):
            x = x - lr * np.asarray(grad(x), dtype=float)
        finals[i] = x
    values = np.array([float(f(x)) for x in finals])
    return finals, values, int(np.nanargmin(values))
''',
        "one_step_short": _M + '''
    finals = np.array([x0.copy() for x0 in starts])
    for i in range(len(finals)):
        for _ in range(max(num_steps - 1, 0)):
            finals[i] = finals[i] - lr * np.asarray(grad(finals[i].copy()), dtype=float)
    values = np.array([float(f(x)) for x in finals])
    return finals, values, int(np.nanargmin(values))
''',
        "last_of_ties": _M + '''
    finals = np.array([x0.copy() for x0 in starts])
    for i in range(len(finals)):
        for _ in range(num_steps):
            finals[i] = finals[i] - lr * np.asarray(grad(finals[i].copy()), dtype=float)
    values = np.array([float(f(x)) for x in finals])
    ok = np.where(np.isnan(values), np.inf, values)
    return finals, values, int(len(ok) - 1 - np.argmin(ok[::-1]))
''',
    },
}
