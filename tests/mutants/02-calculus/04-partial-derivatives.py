"""Mutants for 02-calculus/04-partial-derivatives: realistic wrong answers that must lose points."""

_PD_HEAD = '''
def partial_derivative(f, x, i, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if isinstance(i, bool) or not isinstance(i, (int, np.integer)) or not 0 <= i < x.size:
        raise ValueError("bad i")
'''

_LR_HEAD = '''
def linear_regression_partials(w, b, x, y):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float)
    if x.ndim != 1 or x.shape != y.shape or x.size == 0:
        raise ValueError("bad data")
'''

_GP_HEAD = '''
def grid_partials(F, dx, dy):
    F = np.asarray(F, dtype=float)
    if F.ndim != 2 or F.shape[0] < 2 or F.shape[1] < 2:
        raise ValueError("bad F")
    if not (dx > 0 and dy > 0):
        raise ValueError("bad spacing")
    Fx = np.empty_like(F); Fy = np.empty_like(F)
'''

_GP_OK_X = '''
    Fx[:, 1:-1] = (F[:, 2:] - F[:, :-2]) / (2 * dx)
    Fx[:, 0] = (F[:, 1] - F[:, 0]) / dx
    Fx[:, -1] = (F[:, -1] - F[:, -2]) / dx
'''
_GP_OK_Y = '''
    Fy[1:-1, :] = (F[2:, :] - F[:-2, :]) / (2 * dy)
    Fy[0, :] = (F[1, :] - F[0, :]) / dy
    Fy[-1, :] = (F[-1, :] - F[-2, :]) / dy
'''

MUTANTS = {
    "partial_derivative": {
        "forward_difference": _PD_HEAD + '''
    xp = x.copy(); xp[i] += h
    return (float(f(xp)) - float(f(x))) / h
''',
        "denominator_h": _PD_HEAD + '''
    xp = x.copy(); xm = x.copy(); xp[i] += h; xm[i] -= h
    return (float(f(xp)) - float(f(xm))) / h
''',
        "perturbs_all_coordinates": _PD_HEAD + '''
    return (float(f(x + h)) - float(f(x - h))) / (2 * h)
''',
        "in_place_on_caller": '''
def partial_derivative(f, x, i, h=1e-5):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if isinstance(i, bool) or not isinstance(i, (int, np.integer)) or not 0 <= i < x.size:
        raise ValueError("bad i")
    x[i] += h
    fp = float(f(x))
    x[i] -= 2 * h
    fm = float(f(x))
    x[i] += h
    return (fp - fm) / (2 * h)
''',
        "negative_index_wraps": '''
def partial_derivative(f, x, i, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if not -x.size <= int(i) < x.size:
        raise ValueError("bad i")
    xp = x.copy(); xm = x.copy(); xp[int(i)] += h; xm[int(i)] -= h
    return (float(f(xp)) - float(f(xm))) / (2 * h)
''',
        "ignores_h": _PD_HEAD + '''
    xp = x.copy(); xm = x.copy(); xp[i] += 1e-5; xm[i] -= 1e-5
    return (float(f(xp)) - float(f(xm))) / 2e-5
''',
        "library_shortcut": _PD_HEAD + '''
    from course_utils.checks import numerical_gradient
    return float(numerical_gradient(f, x, h)[i])
''',
    },
    "linear_regression_partials": {
        "missing_factor_2": _LR_HEAD + '''
    r = w * x + b - y
    return float(np.mean(r * x)), float(np.mean(r))
''',
        "missing_x_in_dw": _LR_HEAD + '''
    r = w * x + b - y
    return float(2 * np.mean(r)), float(2 * np.mean(r))
''',
        "sign_flipped": _LR_HEAD + '''
    r = y - (w * x + b)
    return float(2 * np.mean(r * x)), float(2 * np.mean(r))
''',
        "sum_not_mean": _LR_HEAD + '''
    r = w * x + b - y
    return float(2 * np.sum(r * x)), float(2 * np.sum(r))
''',
        "swapped_outputs": _LR_HEAD + '''
    r = w * x + b - y
    return float(2 * np.mean(r)), float(2 * np.mean(r * x))
''',
        "no_validation": '''
def linear_regression_partials(w, b, x, y):
    x = np.asarray(x, dtype=float).ravel(); y = np.asarray(y, dtype=float).ravel()
    r = w * x + b - y
    return float(2 * np.mean(r * x)), float(2 * np.mean(r))
''',
    },
    "grid_partials": {
        "axes_swapped": _GP_HEAD + '''
    Fx, Fy = np.empty_like(F), np.empty_like(F)
    Fy[:, 1:-1] = (F[:, 2:] - F[:, :-2]) / (2 * dy)
    Fy[:, 0] = (F[:, 1] - F[:, 0]) / dy
    Fy[:, -1] = (F[:, -1] - F[:, -2]) / dy
    Fx[1:-1, :] = (F[2:, :] - F[:-2, :]) / (2 * dx)
    Fx[0, :] = (F[1, :] - F[0, :]) / dx
    Fx[-1, :] = (F[-1, :] - F[-2, :]) / dx
    return Fx, Fy
''',
        "spacings_swapped": _GP_HEAD + _GP_OK_X.replace("dx", "dy") + _GP_OK_Y.replace("dy", "dx") + '''
    return Fx, Fy
''',
        "returns_y_then_x": _GP_HEAD + _GP_OK_X + _GP_OK_Y + '''
    return Fy, Fx
''',
        "interior_over_dx": _GP_HEAD + _GP_OK_X.replace("(2 * dx)", "dx") + _GP_OK_Y.replace("(2 * dy)", "dy") + '''
    return Fx, Fy
''',
        "wraparound_edges": _GP_HEAD + '''
    Fx = (np.roll(F, -1, axis=1) - np.roll(F, 1, axis=1)) / (2 * dx)
    Fy = (np.roll(F, -1, axis=0) - np.roll(F, 1, axis=0)) / (2 * dy)
    return Fx, Fy
''',
        "zero_edges": _GP_HEAD + '''
    Fx[:] = 0.0; Fy[:] = 0.0
    Fx[:, 1:-1] = (F[:, 2:] - F[:, :-2]) / (2 * dx)
    Fy[1:-1, :] = (F[2:, :] - F[:-2, :]) / (2 * dy)
    return Fx, Fy
''',
        "forward_differences_everywhere": _GP_HEAD + '''
    Fx[:, :-1] = (F[:, 1:] - F[:, :-1]) / dx
    Fx[:, -1] = (F[:, -1] - F[:, -2]) / dx
    Fy[:-1, :] = (F[1:, :] - F[:-1, :]) / dy
    Fy[-1, :] = (F[-1, :] - F[-2, :]) / dy
    return Fx, Fy
''',
        "numpy_shortcut": _GP_HEAD + '''
    Fy, Fx = np.gradient(F, dy, dx)
    return Fx, Fy
''',
        "python_loop": _GP_HEAD + '''
    ny, nx = F.shape
    for j in range(ny):
        for i in range(nx):
            lo, hi = max(i - 1, 0), min(i + 1, nx - 1)
            Fx[j, i] = (F[j, hi] - F[j, lo]) / ((hi - lo) * dx)
            lo, hi = max(j - 1, 0), min(j + 1, ny - 1)
            Fy[j, i] = (F[hi, i] - F[lo, i]) / ((hi - lo) * dy)
    return Fx, Fy
''',
    },
}
