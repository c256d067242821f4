"""Mutants for 05-optimization/01-optimization-intuition: realistic wrong answers that must lose points."""

_GS = '''
def golden_section_search(f, a, b, tol=1e-8):
    if not a < b or tol <= 0:
        raise ValueError("bad input")
    r = (math.sqrt(5.0) - 1.0) / 2.0
'''
_GR = '''
def grid_search(f, lows, highs, num):
    lows = np.atleast_1d(np.asarray(lows, dtype=float)); highs = np.atleast_1d(np.asarray(highs, dtype=float))
    if lows.shape != highs.shape or num < 1 or np.any(lows > highs):
        raise ValueError("bad")
'''
_RS = '''
def random_search(f, lows, highs, num_samples, rng):
    lows = np.atleast_1d(np.asarray(lows, dtype=float)); highs = np.atleast_1d(np.asarray(highs, dtype=float))
    if lows.shape != highs.shape or num_samples < 1 or np.any(lows > highs):
        raise ValueError("bad")
'''

MUTANTS = {
    "golden_section_search": {
        "two_fresh_evaluations_per_iteration": _GS + '''
    evals = 0
    while b - a > tol:
        c, d = b - r * (b - a), a + r * (b - a)
        fc, fd = float(f(c)), float(f(d))
        evals += 2
        if fc < fd:
            b = d
        else:
            a = c
    return float((a + b) / 2), max(evals, 2)
''',
        "keeps_the_wrong_side": _GS + '''
    c, d = b - r * (b - a), a + r * (b - a)
    fc, fd = float(f(c)), float(f(d)); evals = 2
    while b - a > tol:
        if fc > fd:
            b, d, fd = d, c, fc
            c = b - r * (b - a); fc = float(f(c))
        else:
            a, c, fc = c, d, fd
            d = a + r * (b - a); fd = float(f(d))
        evals += 1
    return float((a + b) / 2), evals
''',
        "ternary_search_thirds": '''
def golden_section_search(f, a, b, tol=1e-8):
    if not a < b or tol <= 0:
        raise ValueError("bad input")
    evals = 0
    while b - a > tol:
        c, d = a + (b - a) / 3, b - (b - a) / 3
        fc, fd = float(f(c)), float(f(d)); evals += 2
        if fc < fd:
            b = d
        else:
            a = c
    return float((a + b) / 2), max(evals, 2)
''',
        "returns_last_interior_point": _GS + '''
    c, d = b - r * (b - a), a + r * (b - a)
    fc, fd = float(f(c)), float(f(d)); evals = 2
    while b - a > tol:
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - r * (b - a); fc = float(f(c))
        else:
            a, c, fc = c, d, fd
            d = a + r * (b - a); fd = float(f(d))
        evals += 1
    return float(c if fc < fd else d), evals
''',
        "uncounted_initial_evaluations": _GS + '''
    c, d = b - r * (b - a), a + r * (b - a)
    fc, fd = float(f(c)), float(f(d)); evals = 0
    while b - a > tol:
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - r * (b - a); fc = float(f(c))
        else:
            a, c, fc = c, d, fd
            d = a + r * (b - a); fd = float(f(d))
        evals += 1
    return float((a + b) / 2), evals
''',
        "scipy_shortcut": '''
def golden_section_search(f, a, b, tol=1e-8):
    from scipy.optimize import minimize_scalar
    if not a < b or tol <= 0:
        raise ValueError("bad input")
    res = minimize_scalar(f, bounds=(a, b), method="bounded", options={"xatol": tol / 4})
    return float(res.x), int(res.nfev)
''',
        "no_validation": '''
def golden_section_search(f, a, b, tol=1e-8):
    r = (math.sqrt(5.0) - 1.0) / 2.0
    a, b = min(a, b), max(a, b)
    c, d = b - r * (b - a), a + r * (b - a)
    fc, fd = float(f(c)), float(f(d)); evals = 2
    while b - a > max(tol, 1e-15):
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - r * (b - a); fc = float(f(c))
        else:
            a, c, fc = c, d, fd
            d = a + r * (b - a); fd = float(f(d))
        evals += 1
    return float((a + b) / 2), evals
''',
    },
    "grid_search": {
        "arange_misses_upper_bound": _GR + '''
    axes = [np.arange(lo, hi, (hi - lo) / num if hi > lo else 1.0)[:num] for lo, hi in zip(lows, highs)]
    pts = np.stack(np.meshgrid(*axes, indexing="ij"), -1).reshape(-1, lows.size)
    vals = np.array([float(f(p)) for p in pts])
    return pts[int(np.argmin(vals))], float(vals.min())
''',
        "xy_meshgrid_order": _GR + '''
    axes = [np.linspace(lo, hi, num) for lo, hi in zip(lows, highs)]
    pts = np.stack(np.meshgrid(*axes), -1).reshape(-1, lows.size)
    vals = np.array([float(f(p)) for p in pts])
    return pts[int(np.argmin(vals))], float(vals.min())
''',
        "num_intervals_not_points": _GR + '''
    axes = [np.linspace(lo, hi, num + 1) for lo, hi in zip(lows, highs)]
    pts = np.stack(np.meshgrid(*axes, indexing="ij"), -1).reshape(-1, lows.size)
    vals = np.array([float(f(p)) for p in pts])
    return pts[int(np.argmin(vals))], float(vals.min())
''',
        "same_grid_on_every_axis": _GR + '''
    ax = np.linspace(lows[0], highs[0], num)
    pts = np.stack(np.meshgrid(*([ax] * lows.size), indexing="ij"), -1).reshape(-1, lows.size)
    vals = np.array([float(f(p)) for p in pts])
    return pts[int(np.argmin(vals))], float(vals.min())
''',
        "returns_the_worst": _GR + '''
    axes = [np.linspace(lo, hi, num) for lo, hi in zip(lows, highs)]
    pts = np.stack(np.meshgrid(*axes, indexing="ij"), -1).reshape(-1, lows.size)
    vals = np.array([float(f(p)) for p in pts])
    return pts[int(np.argmax(vals))], float(vals.max())
''',
    },
    "random_search": {
        "one_call_per_coordinate": _RS + '''
    pts = np.column_stack([rng.uniform(lo, hi, size=num_samples) for lo, hi in zip(lows, highs)])
    vals = np.array([float(f(p)) for p in pts])
    return pts[int(np.argmin(vals))], float(vals.min())
''',
        "global_generator": _RS + '''
    pts = np.random.uniform(lows, highs, size=(num_samples, lows.size))
    vals = np.array([float(f(p)) for p in pts])
    return pts[int(np.argmin(vals))], float(vals.min())
''',
        "unit_box_ignores_bounds": _RS + '''
    pts = rng.uniform(0.0, 1.0, size=(num_samples, lows.size))
    vals = np.array([float(f(p)) for p in pts])
    return pts[int(np.argmin(vals))], float(vals.min())
''',
        "normal_instead_of_uniform": _RS + '''
    pts = (lows + highs) / 2 + (highs - lows) / 4 * rng.standard_normal((num_samples, lows.size))
    vals = np.array([float(f(p)) for p in pts])
    return pts[int(np.argmin(vals))], float(vals.min())
''',
        "one_sample_short": _RS + '''
    pts = rng.uniform(lows, highs, size=(num_samples, lows.size))
    vals = np.array([float(f(p)) for p in pts[:-1]] or [float(f(pts[0]))])
    return pts[int(np.argmin(vals))], float(vals.min())
''',
    },
}
