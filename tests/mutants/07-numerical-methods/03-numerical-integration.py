"""Mutants for 07-numerical-methods/03-numerical-integration."""

_N1 = '''
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError("n")
'''
_N2 = '''
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2 or n % 2:
        raise ValueError("n")
'''
_NMC = '''
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2 or not a < b:
        raise ValueError("n")
'''

MUTANTS = {
    "trapezoid": {
        "end_points_full_weight": "def trapezoid(f, a, b, n):" + _N1 + '''
    x = np.linspace(a, b, n + 1); y = f(x); h = (b - a) / n
    return float(h * y.sum())
''',
        "left_riemann_sum": "def trapezoid(f, a, b, n):" + _N1 + '''
    x = np.linspace(a, b, n + 1); y = f(x); h = (b - a) / n
    return float(h * y[:-1].sum())
''',
        "n_points_instead_of_n_intervals": "def trapezoid(f, a, b, n):" + _N1 + '''
    if n < 2:
        n = 2
    x = np.linspace(a, b, n); y = f(x); h = (b - a) / (n - 1)
    return float(h * (0.5 * y[0] + y[1:-1].sum() + 0.5 * y[-1]))
''',
        "forgot_h": "def trapezoid(f, a, b, n):" + _N1 + '''
    x = np.linspace(a, b, n + 1); y = f(x)
    return float(0.5 * y[0] + y[1:-1].sum() + 0.5 * y[-1])
''',
        "abs_width": "def trapezoid(f, a, b, n):" + _N1 + '''
    x = np.linspace(min(a, b), max(a, b), n + 1); y = f(x); h = abs(b - a) / n
    return float(h * (0.5 * y[0] + y[1:-1].sum() + 0.5 * y[-1]))
''',
        "numpy_shortcut": "def trapezoid(f, a, b, n):" + _N1 + '''
    x = np.linspace(a, b, n + 1)
    return float(np.trapezoid(f(x), x))
''',
        "no_validation": '''
def trapezoid(f, a, b, n):
    n = max(int(n), 1)
    x = np.linspace(a, b, n + 1); y = f(x); h = (b - a) / n
    return float(h * (0.5 * y[0] + y[1:-1].sum() + 0.5 * y[-1]))
''',
    },
    "simpson": {
        "weights_swapped": "def simpson(f, a, b, n):" + _N2 + '''
    x = np.linspace(a, b, n + 1); y = f(x); h = (b - a) / n
    return float(h / 3 * (y[0] + 2 * y[1:-1:2].sum() + 4 * y[2:-1:2].sum() + y[-1]))
''',
        "divided_by_six": "def simpson(f, a, b, n):" + _N2 + '''
    x = np.linspace(a, b, n + 1); y = f(x); h = (b - a) / n
    return float(h / 6 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))
''',
        "interior_evens_weight_4": "def simpson(f, a, b, n):" + _N2 + '''
    x = np.linspace(a, b, n + 1); y = f(x); h = (b - a) / n
    return float(h / 3 * (y[0] + 4 * y[1:-1].sum() + y[-1]))
''',
        "accepts_odd_n": '''
def simpson(f, a, b, n):
    if n < 2:
        raise ValueError("n")
    x = np.linspace(a, b, n + 1); y = f(x); h = (b - a) / n
    return float(h / 3 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))
''',
        "scipy_shortcut": "def simpson(f, a, b, n):" + _N2 + '''
    import scipy.integrate
    x = np.linspace(a, b, n + 1)
    return float(scipy.integrate.simpson(f(x), x=x))
''',
        "trapezoid_instead": "def simpson(f, a, b, n):" + _N2 + '''
    x = np.linspace(a, b, n + 1); y = f(x); h = (b - a) / n
    return float(h * (0.5 * y[0] + y[1:-1].sum() + 0.5 * y[-1]))
''',
    },
    "monte_carlo_integral": {
        "forgot_width": "def monte_carlo_integral(f, a, b, n, rng):" + _NMC + '''
    y = f(rng.uniform(a, b, size=n))
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))
''',
        "population_std": "def monte_carlo_integral(f, a, b, n, rng):" + _NMC + '''
    y = f(rng.uniform(a, b, size=n))
    return float((b - a) * y.mean()), float(abs(b - a) * y.std() / np.sqrt(n))
''',
        "se_divides_by_n": "def monte_carlo_integral(f, a, b, n, rng):" + _NMC + '''
    y = f(rng.uniform(a, b, size=n))
    return float((b - a) * y.mean()), float(abs(b - a) * y.std(ddof=1) / n)
''',
        "returns_std_not_se": "def monte_carlo_integral(f, a, b, n, rng):" + _NMC + '''
    y = f(rng.uniform(a, b, size=n))
    return float((b - a) * y.mean()), float(abs(b - a) * y.std(ddof=1))
''',
        "global_random_state": "def monte_carlo_integral(f, a, b, n, rng):" + _NMC + '''
    y = f(np.random.uniform(a, b, size=n))
    return float((b - a) * y.mean()), float(abs(b - a) * y.std(ddof=1) / np.sqrt(n))
''',
        "draws_twice": "def monte_carlo_integral(f, a, b, n, rng):" + _NMC + '''
    est = (b - a) * f(rng.uniform(a, b, size=n)).mean()
    se = abs(b - a) * f(rng.uniform(a, b, size=n)).std(ddof=1) / np.sqrt(n)
    return float(est), float(se)
''',
        "no_validation": '''
def monte_carlo_integral(f, a, b, n, rng):
    n = max(int(n), 2)
    if a > b:
        a, b = b, a
    y = f(rng.uniform(a, b, size=n))
    return float((b - a) * y.mean()), float(abs(b - a) * y.std(ddof=1) / np.sqrt(n))
''',
    },
}
