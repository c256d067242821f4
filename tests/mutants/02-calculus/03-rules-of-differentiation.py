"""Mutants for 02-calculus/03-rules-of-differentiation: realistic wrong answers that must lose points."""

_PD_HEAD = '''
def polynomial_derivative(coeffs):
    c = np.asarray(coeffs, dtype=float)
    if c.ndim != 1 or c.size == 0:
        raise ValueError("bad coeffs")
'''

_RD_HEAD = '''
def rational_derivative(p, q, x):
    p = np.asarray(p, dtype=float); q = np.asarray(q, dtype=float)
    scalar = np.ndim(x) == 0
    xa = np.asarray(x, dtype=float)
    qv = P.polyval(xa, q)
    if np.any(qv == 0):
        raise ZeroDivisionError("q = 0")
    pv = P.polyval(xa, p)
    dp = P.polyval(xa, polynomial_derivative(p))
    dq = P.polyval(xa, polynomial_derivative(q))
'''
_RD_TAIL = '''
    return float(out) if scalar else out
'''

_SD_HEAD = '''
def sigmoid_derivative(z):
    scalar = np.ndim(z) == 0
    z = np.asarray(z, dtype=float)
'''

MUTANTS = {
    "polynomial_derivative": {
        "forgot_exponent_factor": _PD_HEAD + '''
    return c[1:].copy() if c.size > 1 else np.zeros(1)
''',
        "exponent_off_by_one": _PD_HEAD + '''
    return c[1:] * np.arange(0, c.size - 1) if c.size > 1 else np.zeros(1)
''',
        "wrong_end_dropped": _PD_HEAD + '''
    return c[:-1] * np.arange(1, c.size) if c.size > 1 else np.zeros(1)
''',
        "descending_convention": _PD_HEAD + '''
    n = c.size - 1
    return c[:-1] * np.arange(n, 0, -1) if c.size > 1 else np.zeros(1)
''',
        "keeps_length": _PD_HEAD + '''
    return c * np.arange(c.size)
''',
        "empty_for_constant": _PD_HEAD + '''
    return c[1:] * np.arange(1, c.size)
''',
        "trims_trailing_zeros": _PD_HEAD + '''
    d = c[1:] * np.arange(1, c.size) if c.size > 1 else np.zeros(1)
    return np.trim_zeros(d, "b") if np.any(d) else np.zeros(1)
''',
        "python_loop": _PD_HEAD + '''
    if c.size == 1:
        return np.zeros(1)
    return np.array([k * c[k] for k in range(1, c.size)])
''',
        "numpy_shortcut": _PD_HEAD + '''
    return P.polyder(c) if c.size > 1 else np.zeros(1)
''',
    },
    "rational_derivative": {
        "plus_sign": _RD_HEAD + '''
    out = (dp * qv + pv * dq) / qv ** 2
''' + _RD_TAIL,
        "terms_swapped": _RD_HEAD + '''
    out = (pv * dq - dp * qv) / qv ** 2
''' + _RD_TAIL,
        "denominator_not_squared": _RD_HEAD + '''
    out = (dp * qv - pv * dq) / qv
''' + _RD_TAIL,
        "ratio_of_derivatives": _RD_HEAD + '''
    out = dp / np.where(dq == 0, 1.0, dq)
''' + _RD_TAIL,
        "no_zero_check": '''
def rational_derivative(p, q, x):
    p = np.asarray(p, dtype=float); q = np.asarray(q, dtype=float)
    scalar = np.ndim(x) == 0
    xa = np.asarray(x, dtype=float)
    with np.errstate(all="ignore"):
        qv = P.polyval(xa, q)
        out = (P.polyval(xa, polynomial_derivative(p)) * qv - P.polyval(xa, p) * P.polyval(xa, polynomial_derivative(q))) / qv ** 2
    return float(out) if scalar else out
''',
    },
    "sigmoid_derivative": {
        "naive_overflowing": _SD_HEAD + '''
    e = np.exp(-z)
    out = e / (1 + e) ** 2
    return float(out) if scalar else out
''',
        "sigma_times_one_minus_sigma": _SD_HEAD + '''
    s = np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
    out = s * (1 - s)
    return float(out) if scalar else out
''',
        "missing_square": _SD_HEAD + '''
    e = np.exp(-np.abs(z))
    out = e / (1 + e)
    return float(out) if scalar else out
''',
        "sigmoid_not_derivative": _SD_HEAD + '''
    e = np.exp(-np.abs(z))
    out = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return float(out) if scalar else out
''',
        "abs_forgotten_clip": _SD_HEAD + '''
    zc = np.clip(z, -30, 30)
    e = np.exp(-zc)
    out = e / (1 + e) ** 2
    return float(out) if scalar else out
''',
        "returns_array_for_scalar": _SD_HEAD + '''
    e = np.exp(-np.abs(np.atleast_1d(z)))
    return e / (1 + e) ** 2
''',
    },
}
