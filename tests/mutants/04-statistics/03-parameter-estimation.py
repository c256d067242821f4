"""Mutants for 04-statistics/03-parameter-estimation: realistic wrong answers that must lose points."""

_CHECKS = '''
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2 or not np.all(np.isfinite(x)) or np.any(x <= 0) or x.max() == x.min():
        raise ValueError("bad input")
'''

_MOM = "\ndef gamma_method_of_moments(x):" + _CHECKS
_MLE = "\ndef gamma_mle(x):" + _CHECKS + '''
    m = x.mean()
    s = np.log(m) - np.mean(np.log(x))
    k = (3.0 - s + np.sqrt((s - 3.0) ** 2 + 24.0 * s)) / (12.0 * s)
'''

MUTANTS = {
    "gamma_method_of_moments": {
        "rate_instead_of_scale": _MOM + '''
    m, v = x.mean(), x.var()
    return float(m * m / v), float(m / v)
''',
        "sample_variance_ddof1": _MOM + '''
    m, v = x.mean(), x.var(ddof=1)
    return float(m * m / v), float(v / m)
''',
        "swapped_outputs": _MOM + '''
    m, v = x.mean(), x.var()
    return float(v / m), float(m * m / v)
''',
        "shape_m_over_v": _MOM + '''
    m, v = x.mean(), x.var()
    return float(m / v), float(v / m)
''',
        "second_raw_moment": _MOM + '''
    m, m2 = x.mean(), np.mean(x * x)
    return float(m * m / m2), float(m2 / m)
''',
        "no_positivity_check": '''
def gamma_method_of_moments(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2 or x.max() == x.min():
        raise ValueError("bad input")
    m, v = x.mean(), x.var()
    return float(m * m / v), float(v / m)
''',
        "constant_check_missing": '''
def gamma_method_of_moments(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2 or not np.all(np.isfinite(x)) or np.any(x <= 0):
        raise ValueError("bad input")
    m, v = x.mean(), x.var()
    with np.errstate(all="ignore"):
        return float(m * m / v), float(v / m)
''',
        "library_shortcut": _MOM + '''
    k, _, th = stats.gamma.fit(x, floc=0, method="MM")
    return float(k), float(th)
''',
    },
    "gamma_mle": {
        "returns_method_of_moments": _MLE + '''
    v = x.var()
    return float(m * m / v), float(v / m)
''',
        "returns_newton_start": _MLE + '''
    return float(k), float(m / k)
''',
        "single_newton_step": _MLE + '''
    k = k - (np.log(k) - special.digamma(k) - s) / (1 / k - special.polygamma(1, k))
    return float(k), float(m / k)
''',
        "newton_sign_error": _MLE + '''
    for _ in range(100):
        k_new = k + (np.log(k) - special.digamma(k) - s) / (1 / k - special.polygamma(1, k))
        if k_new <= 0:
            k_new = k / 2
        if abs(k_new - k) <= 1e-12 * k:
            k = k_new
            break
        k = k_new
    return float(k), float(m / k)
''',
        "theta_from_moments": _MLE + '''
    for _ in range(100):
        k_new = k - (np.log(k) - special.digamma(k) - s) / (1 / k - special.polygamma(1, k))
        if abs(k_new - k) <= 1e-12 * k:
            k = k_new
            break
        k = k_new
    return float(k), float(x.var() / m)
''',
        "rate_instead_of_scale": _MLE + '''
    for _ in range(100):
        k_new = k - (np.log(k) - special.digamma(k) - s) / (1 / k - special.polygamma(1, k))
        if abs(k_new - k) <= 1e-12 * k:
            k = k_new
            break
        k = k_new
    return float(k), float(k / m)
''',
        "loose_tolerance": _MLE + '''
    for _ in range(100):
        k_new = k - (np.log(k) - special.digamma(k) - s) / (1 / k - special.polygamma(1, k))
        if abs(k_new - k) <= 1e-2 * k:
            k = k_new
            break
        k = k_new
    return float(k), float(m / k)
''',
        "gradient_ascent_few_steps": _MLE + '''
    k = m * m / x.var()
    for _ in range(50):
        k = max(k + 0.1 * (np.log(k) - special.digamma(k) - s) * k, 1e-8)
    return float(k), float(m / k)
''',
        "no_positivity_check": '''
def gamma_mle(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size < 2 or x.max() == x.min():
        raise ValueError("bad input")
    m = x.mean()
    with np.errstate(all="ignore"):
        s = np.log(m) - np.mean(np.log(np.abs(x) + 1e-300))
    k = (3.0 - s + np.sqrt((s - 3.0) ** 2 + 24.0 * s)) / (12.0 * s)
    for _ in range(100):
        k_new = k - (np.log(k) - special.digamma(k) - s) / (1 / k - special.polygamma(1, k))
        if k_new <= 0:
            k_new = k / 2
        if abs(k_new - k) <= 1e-12 * k:
            k = k_new
            break
        k = k_new
    return float(k), float(m / k)
''',
        "library_shortcut": _MLE + '''
    k, _, th = stats.gamma.fit(x, floc=0)
    return float(k), float(th)
''',
    },
}
