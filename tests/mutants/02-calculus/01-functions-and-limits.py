"""Mutants for 02-calculus/01-functions-and-limits: realistic wrong answers that must lose points."""

_LT_HEAD = '''
def limit_table(f, a, n=8, h0=0.1):
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError("bad n")
    if not h0 > 0:
        raise ValueError("bad h0")
'''

_SC_HEAD = '''
def safe_sinc(x):
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)
'''

_SP_HEAD = '''
def softplus(x):
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)
'''
_TAIL = '''
    return float(out) if scalar else out
'''

MUTANTS = {
    "limit_table": {
        "steps_off_by_one": _LT_HEAD + '''
    h = h0 / 10.0 ** np.arange(1, n + 1)
    return np.column_stack([np.asarray(f(a - h), dtype=float), np.asarray(f(a + h), dtype=float)])
''',
        "columns_swapped": _LT_HEAD + '''
    h = h0 / 10.0 ** np.arange(n)
    return np.column_stack([np.asarray(f(a + h), dtype=float), np.asarray(f(a - h), dtype=float)])
''',
        "transposed": _LT_HEAD + '''
    h = h0 / 10.0 ** np.arange(n)
    return np.vstack([np.asarray(f(a - h), dtype=float), np.asarray(f(a + h), dtype=float)])
''',
        "linear_steps": _LT_HEAD + '''
    h = h0 / (np.arange(n) + 1.0)
    return np.column_stack([np.asarray(f(a - h), dtype=float), np.asarray(f(a + h), dtype=float)])
''',
        "evaluates_at_a": _LT_HEAD + '''
    h = h0 / 10.0 ** np.arange(n)
    fa = f(np.array([float(a)]))
    return np.column_stack([np.asarray(f(a - h), dtype=float), np.asarray(f(a + h), dtype=float)]) + 0 * np.nan_to_num(fa)[0]
''',
        "python_loop": _LT_HEAD + '''
    rows = []
    for k in range(n):
        h = h0 / 10.0 ** k
        rows.append([float(f(np.array([a - h]))[0]), float(f(np.array([a + h]))[0])])
    return np.array(rows)
''',
        "no_validation": '''
def limit_table(f, a, n=8, h0=0.1):
    h = h0 / 10.0 ** np.arange(int(n))
    return np.column_stack([np.asarray(f(a - h), dtype=float), np.asarray(f(a + h), dtype=float)]).reshape(-1, 2)
''',
    },
    "safe_sinc": {
        "nan_at_zero": _SC_HEAD + '''
    with np.errstate(all="ignore"):
        out = np.sin(x) / x
''' + _TAIL,
        "warns_then_fixes": _SC_HEAD + '''
    out = np.where(x == 0, 1.0, np.sin(x) / x)
''' + _TAIL,
        "zero_at_zero": _SC_HEAD + '''
    out = np.where(x == 0, 0.0, np.sin(x) / np.where(x == 0, 1.0, x))
''' + _TAIL,
        "numpy_normalised_sinc": _SC_HEAD + '''
    out = np.sinc(x)
''' + _TAIL,
        "epsilon_shift": _SC_HEAD + '''
    out = np.sin(x + 1e-12) / (x + 1e-12)
''' + _TAIL,
        "returns_0d_array": _SC_HEAD + '''
    out = np.where(x == 0, 1.0, np.sin(x) / np.where(x == 0, 1.0, x))
    return out
''',
    },
    "softplus": {
        "naive": _SP_HEAD + '''
    out = np.log(1 + np.exp(x))
''' + _TAIL,
        "log_not_log1p": _SP_HEAD + '''
    out = np.maximum(x, 0) + np.log(1 + np.exp(-np.abs(x)))
''' + _TAIL,
        "missing_max_term": _SP_HEAD + '''
    out = np.log1p(np.exp(-np.abs(x)))
''' + _TAIL,
        "clipped_input": _SP_HEAD + '''
    xc = np.clip(x, -30, 30)
    out = np.where(x > 30, x, np.log1p(np.exp(xc)))
''' + _TAIL,
        "relu_branch": _SP_HEAD + '''
    with np.errstate(over="ignore"):
        out = np.where(x > 20, x, np.log1p(np.exp(np.minimum(x, 20))))
''' + _TAIL,
        "sign_error": _SP_HEAD + '''
    out = np.maximum(x, 0) + np.log1p(np.exp(np.abs(x) * -1.0)) * np.sign(x + 1e-300)
''' + _TAIL,
        "numpy_shortcut": _SP_HEAD + '''
    out = np.logaddexp(0.0, x)
''' + _TAIL,
    },
}
