"""Mutants for 04-statistics/07-bias-variance-tradeoff: realistic wrong answers that must lose points."""

_BV_HEAD = '''
def bias_variance_decomposition(predictions, f_true):
    P = np.asarray(predictions, dtype=float)
    f = np.asarray(f_true, dtype=float)
    if P.ndim != 2 or P.shape[0] < 1 or P.shape[1] < 1 or f.shape != (P.shape[1],):
        raise ValueError("bad shapes")
'''

_SIM_HEAD = '''
def simulate_polynomial_fits(degree, n_train, n_repeats, noise_sd, x_test, rng):
    x_test = np.asarray(x_test, dtype=float)
    if degree < 0 or n_repeats < 1 or n_train <= degree or noise_sd < 0 or x_test.ndim != 1:
        raise ValueError("bad arguments")
'''

_FIT = '''
    out = np.empty((n_repeats, x_test.size))
    for r in range(n_repeats):
        out[r] = np.polyval(np.polyfit(X[r], Y[r], degree), x_test)
    return out
'''

MUTANTS = {
    "bias_variance_decomposition": {
        "variance_ddof1": _BV_HEAD + '''
    m = P.mean(axis=0)
    var = np.mean(P.var(axis=0, ddof=1)) if P.shape[0] > 1 else 0.0
    return float(np.mean((m - f) ** 2)), float(var)
''',
        "variance_across_test_points": _BV_HEAD + '''
    m = P.mean(axis=0)
    return float(np.mean((m - f) ** 2)), float(np.mean(P.var(axis=1)))
''',
        "bias_averaged_before_squaring": _BV_HEAD + '''
    m = P.mean(axis=0)
    return float(np.mean(m - f) ** 2), float(np.mean(P.var(axis=0)))
''',
        "variance_around_truth": _BV_HEAD + '''
    m = P.mean(axis=0)
    return float(np.mean((m - f) ** 2)), float(np.mean((P - f) ** 2))
''',
        "bias_not_squared": _BV_HEAD + '''
    m = P.mean(axis=0)
    return float(np.mean(np.abs(m - f))), float(np.mean(P.var(axis=0)))
''',
        "std_instead_of_variance": _BV_HEAD + '''
    m = P.mean(axis=0)
    return float(np.mean((m - f) ** 2)), float(np.mean(P.std(axis=0)))
''',
        "no_shape_validation": '''
def bias_variance_decomposition(predictions, f_true):
    P = np.atleast_2d(np.asarray(predictions, dtype=float))
    f = np.asarray(f_true, dtype=float).ravel()
    m = P.mean(axis=0)
    return float(np.mean((m - f) ** 2)), float(np.mean(P.var(axis=0)))
''',
    },
    "simulate_polynomial_fits": {
        "noise_drawn_first": _SIM_HEAD + '''
    noise = rng.standard_normal((n_repeats, n_train))
    X = rng.uniform(-1, 1, size=(n_repeats, n_train))
    Y = np.sin(np.pi * X) + noise_sd * noise
''' + _FIT,
        "same_inputs_every_repeat": _SIM_HEAD + '''
    x = rng.uniform(-1, 1, size=n_train)
    X = np.tile(x, (n_repeats, 1))
    noise = rng.standard_normal((n_repeats, n_train))
    Y = np.sin(np.pi * X) + noise_sd * noise
''' + _FIT,
        "per_repeat_draws": _SIM_HEAD + '''
    X = np.empty((n_repeats, n_train)); Y = np.empty((n_repeats, n_train))
    for r in range(n_repeats):
        X[r] = rng.uniform(-1, 1, size=n_train)
        Y[r] = np.sin(np.pi * X[r]) + noise_sd * rng.standard_normal(n_train)
''' + _FIT,
        "noise_variance_not_sd": _SIM_HEAD + '''
    X = rng.uniform(-1, 1, size=(n_repeats, n_train))
    noise = rng.standard_normal((n_repeats, n_train))
    Y = np.sin(np.pi * X) + noise_sd ** 2 * noise
''' + _FIT,
        "degree_off_by_one": _SIM_HEAD + '''
    X = rng.uniform(-1, 1, size=(n_repeats, n_train))
    noise = rng.standard_normal((n_repeats, n_train))
    Y = np.sin(np.pi * X) + noise_sd * noise
    out = np.empty((n_repeats, x_test.size))
    for r in range(n_repeats):
        V = np.vander(X[r], max(degree, 1), increasing=True)
        w, *_ = np.linalg.lstsq(V, Y[r], rcond=None)
        out[r] = np.vander(x_test, max(degree, 1), increasing=True) @ w
    return out
''',
        "inputs_on_0_1": _SIM_HEAD + '''
    X = rng.uniform(0, 1, size=(n_repeats, n_train))
    noise = rng.standard_normal((n_repeats, n_train))
    Y = np.sin(np.pi * X) + noise_sd * noise
''' + _FIT,
        "global_random_state": _SIM_HEAD + '''
    X = np.random.uniform(-1, 1, size=(n_repeats, n_train))
    noise = np.random.standard_normal((n_repeats, n_train))
    Y = np.sin(np.pi * X) + noise_sd * noise
''' + _FIT,
        "transposed_output": _SIM_HEAD + '''
    X = rng.uniform(-1, 1, size=(n_repeats, n_train))
    noise = rng.standard_normal((n_repeats, n_train))
    Y = np.sin(np.pi * X) + noise_sd * noise
    out = np.empty((n_repeats, x_test.size))
    for r in range(n_repeats):
        out[r] = np.polyval(np.polyfit(X[r], Y[r], degree), x_test)
    return out.T
''',
        "no_validation": '''
def simulate_polynomial_fits(degree, n_train, n_repeats, noise_sd, x_test, rng):
    x_test = np.asarray(x_test, dtype=float).ravel()
    X = rng.uniform(-1, 1, size=(n_repeats, n_train))
    noise = rng.standard_normal((n_repeats, n_train))
    Y = np.sin(np.pi * X) + noise_sd * noise
    out = np.empty((n_repeats, x_test.size))
    for r in range(n_repeats):
        w, *_ = np.linalg.lstsq(np.vander(X[r], max(degree, 0) + 1), Y[r], rcond=None)
        out[r] = np.vander(x_test, max(degree, 0) + 1) @ w
    return out
''',
    },
}
