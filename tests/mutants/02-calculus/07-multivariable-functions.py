"""Mutants for 02-calculus/07-multivariable-functions: realistic wrong answers that must lose points."""


def _jac(core, ret="np.stack(cols, axis=1)", prep="x = np.array(x, dtype=float, copy=True)"):
    return f'''
def jacobian(f, x, h=1e-5):
    {prep}
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    cols = []
    for j in range(x.size):
{core}
    return {ret}
'''


_CENTRAL = '''        old = x[j]
        x[j] = old + h
        fp = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] = old - h
        fm = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] = old
        cols.append((fp - fm) / (2 * h))'''

_LJ_CHECK = '''
    W = np.asarray(W, dtype=float); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    if W.ndim != 2 or b.shape != (W.shape[0],) or x.shape != (W.shape[1],):
        raise ValueError("bad shapes")
'''

MUTANTS = {
    "jacobian": {
        "transposed_n_by_m": _jac(_CENTRAL, ret="np.stack(cols, axis=0)"),
        "transposed_only_when_square": _jac(_CENTRAL, ret="np.stack(cols, axis=0) if len(cols) == np.size(cols[0]) else np.stack(cols, axis=1)"),
        "forward_difference": _jac('''        old = x[j]
        f0 = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] = old + h
        fp = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] = old
        cols.append((fp - f0) / h)'''),
        "denominator_h": _jac(_CENTRAL.replace("/ (2 * h)", "/ h")),
        "not_restored_in_place": _jac('''        old = x[j]
        x[j] = old + h
        fp = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] = old - h
        fm = np.atleast_1d(np.asarray(f(x), dtype=float))
        cols.append((fp - fm) / (2 * h))''', prep="x = np.asarray(x, dtype=float)"),
        "copy_but_not_restored": _jac('''        old = x[j]
        x[j] = old + h
        fp = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] = old - h
        fm = np.atleast_1d(np.asarray(f(x), dtype=float))
        cols.append((fp - fm) / (2 * h))'''),
        "restored_by_arithmetic": _jac('''        x[j] += h
        fp = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] -= 2 * h
        fm = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] += h
        cols.append((fp - fm) / (2 * h))''', prep="x = np.asarray(x, dtype=float)"),
        "squeezes_scalar_output": _jac(_CENTRAL, ret="np.squeeze(np.stack(cols, axis=1))"),
        "no_float_conversion": _jac(_CENTRAL, prep="x = np.array(x, copy=True)"),
        "ignores_h": _jac(_CENTRAL.replace("old + h", "old + 1e-5").replace("old - h", "old - 1e-5").replace("(2 * h)", "2e-5")),
        "perturbs_all_inputs": _jac('''        fp = np.atleast_1d(np.asarray(f(x + h), dtype=float))
        fm = np.atleast_1d(np.asarray(f(x - h), dtype=float))
        cols.append((fp - fm) / (2 * h))'''),
        "library_shortcut": '''
def jacobian(f, x, h=1e-5):
    from scipy.optimize import approx_fprime
    x = np.array(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    return np.atleast_2d(approx_fprime(x, lambda z: np.atleast_1d(f(z)), h))
''',
    },
    "layer_jacobian": {
        "scales_columns": "\ndef layer_jacobian(W, b, x):" + _LJ_CHECK + '''
    y = np.tanh(W @ x + b)
    return W * (1 - y ** 2)
''',
        "transposed": "\ndef layer_jacobian(W, b, x):" + _LJ_CHECK + '''
    y = np.tanh(W @ x + b)
    return ((1 - y ** 2)[:, None] * W).T
''',
        "no_tanh_derivative": "\ndef layer_jacobian(W, b, x):" + _LJ_CHECK + '''
    return W.copy()
''',
        "derivative_of_preactivation": "\ndef layer_jacobian(W, b, x):" + _LJ_CHECK + '''
    a = W @ x + b
    return (1 - a ** 2)[:, None] * W
''',
        "one_minus_tanh": "\ndef layer_jacobian(W, b, x):" + _LJ_CHECK + '''
    y = np.tanh(W @ x + b)
    return (1 - y)[:, None] * W
''',
        "forgot_bias": "\ndef layer_jacobian(W, b, x):" + _LJ_CHECK + '''
    y = np.tanh(W @ x)
    return (1 - y ** 2)[:, None] * W
''',
        "python_loop": "\ndef layer_jacobian(W, b, x):" + _LJ_CHECK + '''
    y = np.tanh(W @ x + b)
    J = np.zeros_like(W)
    for i in range(W.shape[0]):
        J[i] = (1 - y[i] ** 2) * W[i]
    return J
''',
        "in_place": "\ndef layer_jacobian(W, b, x):" + '''
    W = np.asarray(W); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    if W.ndim != 2 or b.shape != (W.shape[0],) or x.shape != (W.shape[1],):
        raise ValueError("bad shapes")
    y = np.tanh(W @ x + b)
    W *= (1 - y ** 2)[:, None]
    return W
''',
        "no_validation": '''
def layer_jacobian(W, b, x):
    W = np.asarray(W, dtype=float); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    y = np.tanh(W @ x + b)
    return (1 - y ** 2)[..., None] * W
''',
    },
}
