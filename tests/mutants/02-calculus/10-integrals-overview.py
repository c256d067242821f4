"""Mutants for 02-calculus/10-integrals-overview: realistic wrong answers that must lose points."""

_NCHECK = '''
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError("n must be a positive integer")
'''


def _trap(body, check=_NCHECK):
    return "\ndef trapezoid(f, a, b, n):" + check + body


def _simp(body, check=_NCHECK + '''    if n % 2:
        raise ValueError("n must be even")
'''):
    return "\ndef simpson(f, a, b, n):" + check + body


def _ts(body):
    return '''
def trapezoid_samples(y, x):
    y = np.asarray(y, dtype=float); x = np.asarray(x, dtype=float)
    if y.ndim != 1 or x.shape != y.shape:
        raise ValueError("bad shapes")
    if y.size < 2:
        return 0.0
''' + body


MUTANTS = {
    "trapezoid": {
        "endpoints_full_weight": _trap('''
    x = np.linspace(a, b, n + 1)
    return float((b - a) / n * np.sum(f(x)))
'''),
        "n_nodes_not_n_plus_1": _trap('''
    x = np.linspace(a, b, n) if n > 1 else np.array([a, b], dtype=float)
    y = f(x)
    h = (b - a) / n
    return float(h * (y.sum() - 0.5 * (y[0] + y[-1])))
'''),
        "left_riemann_sum": _trap('''
    x = np.linspace(a, b, n + 1)
    return float((b - a) / n * np.sum(f(x[:-1])))
'''),
        "midpoint_rule": _trap('''
    h = (b - a) / n
    x = a + h * (np.arange(n) + 0.5)
    return float(h * np.sum(f(x)))
'''),
        "abs_width": _trap('''
    x = np.linspace(a, b, n + 1)
    y = f(x)
    h = abs(b - a) / n
    return float(h * (y.sum() - 0.5 * (y[0] + y[-1])))
'''),
        "python_loop": _trap('''
    h = (b - a) / n
    total = 0.0
    for i in range(n):
        total += h * (f(a + i * h) + f(a + (i + 1) * h)) / 2
    return float(total)
'''),
        "numpy_shortcut": _trap('''
    x = np.linspace(a, b, n + 1)
    return float(np.trapezoid(f(x), x))
'''),
        "no_n_validation": _trap('''
    n = int(n)
    x = np.linspace(a, b, n + 1)
    y = f(x)
    h = (b - a) / n
    return float(h * (y.sum() - 0.5 * (y[0] + y[-1])))
''', check="\n"),
        "returns_numpy_scalar": _trap('''
    x = np.linspace(a, b, n + 1)
    y = np.asarray(f(x), dtype=float)
    return np.float32((b - a) / n * (y.sum() - 0.5 * (y[0] + y[-1])))
'''),
    },
    "simpson": {
        "weights_swapped": _simp('''
    x = np.linspace(a, b, n + 1)
    y = f(x)
    h = (b - a) / n
    return float(h / 3 * (y[0] + y[-1] + 2 * y[1:-1:2].sum() + 4 * y[2:-1:2].sum()))
'''),
        "divide_by_6": _simp('''
    x = np.linspace(a, b, n + 1)
    y = f(x)
    h = (b - a) / n
    return float(h / 6 * (y[0] + y[-1] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum()))
'''),
        "no_even_check": _simp('''
    x = np.linspace(a, b, n + 1)
    y = f(x)
    h = (b - a) / n
    return float(h / 3 * (y[0] + y[-1] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum()))
''', check=_NCHECK),
        "n_nodes_not_n_plus_1": _simp('''
    x = np.linspace(a, b, n)
    y = f(x)
    h = (b - a) / n
    return float(h / 3 * (y[0] + y[-1] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum()))
'''),
        "all_interior_weight_4": _simp('''
    x = np.linspace(a, b, n + 1)
    y = f(x)
    h = (b - a) / n
    return float(h / 3 * (y[0] + y[-1] + 4 * y[1:-1].sum()) * 3 / 4 + h / 4 * (y[0] + y[-1]))
'''),
        "trapezoid_instead": _simp('''
    x = np.linspace(a, b, n + 1)
    y = f(x)
    h = (b - a) / n
    return float(h * (y.sum() - 0.5 * (y[0] + y[-1])))
'''),
        "scipy_shortcut": _simp('''
    from scipy.integrate import simpson as sp_simpson
    x = np.linspace(a, b, n + 1)
    return float(sp_simpson(f(x), x=x))
'''),
        "python_loop": _simp('''
    h = (b - a) / n
    total = 0.0
    for k in range(0, n, 2):
        x0 = a + k * h
        total += h / 3 * (f(x0) + 4 * f(x0 + h) + f(x0 + 2 * h))
    return float(total)
'''),
    },
    "trapezoid_samples": {
        "uniform_spacing": _ts('''
    return float((x[1] - x[0]) * (y.sum() - 0.5 * (y[0] + y[-1])))
'''),
        "abs_widths": _ts('''
    return float(np.sum(np.abs(np.diff(x)) * (y[1:] + y[:-1]) / 2))
'''),
        "left_riemann": _ts('''
    return float(np.sum(np.diff(x) * y[:-1]))
'''),
        "missing_half": _ts('''
    return float(np.sum(np.diff(x) * (y[1:] + y[:-1])))
'''),
        "arguments_swapped": _ts('''
    return float(np.sum(np.diff(y) * (x[1:] + x[:-1]) / 2))
'''),
        "numpy_shortcut": _ts('''
    return float(np.trapezoid(y, x))
'''),
        "no_validation": '''
def trapezoid_samples(y, x):
    y = np.asarray(y, dtype=float).ravel(); x = np.asarray(x, dtype=float).ravel()
    m = min(x.size, y.size)
    if m < 2:
        return 0.0
    x, y = x[:m], y[:m]
    return float(np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2))
''',
    },
}
