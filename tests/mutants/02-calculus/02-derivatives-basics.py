"""Mutants for 02-calculus/02-derivatives-basics: realistic wrong answers that must lose points."""


def _fd(forward, backward, central, head=None):
    head = head or '''
    if not h > 0:
        raise ValueError("h must be positive")
    if method not in ("forward", "backward", "central"):
        raise ValueError("unknown method")
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)'''
    return f'''
def finite_difference(f, x, h=1e-5, method="central"):{head}
    if method == "forward":
        d = {forward}
    elif method == "backward":
        d = {backward}
    else:
        d = {central}
    d = np.asarray(d, dtype=float)
    return float(d) if scalar else d
'''


_F = "(f(x + h) - f(x)) / h"
_B = "(f(x) - f(x - h)) / h"
_C = "(f(x + h) - f(x - h)) / (2 * h)"


def _rich(body):
    return '''
def richardson_derivative(f, x, h=1e-2):
    if not h > 0:
        raise ValueError("h must be positive")
''' + body


def _order(body):
    return '''
def estimate_order(hs, errors):
    hs = np.asarray(hs, dtype=float); errors = np.asarray(errors, dtype=float)
    if hs.ndim != 1 or hs.shape != errors.shape or hs.size < 2:
        raise ValueError("bad shapes")
    if np.any(hs <= 0) or np.any(errors <= 0):
        raise ValueError("must be positive")
    if np.all(hs == hs[0]):
        raise ValueError("equal steps")
''' + body


MUTANTS = {
    "finite_difference": {
        "central_over_h": _fd(_F, _B, "(f(x + h) - f(x - h)) / h"),
        "forward_backward_swapped": _fd(_B, _F, _C),
        "central_is_forward": _fd(_F, _B, _F),
        "backward_sign_flipped": _fd(_F, "(f(x - h) - f(x)) / h", _C),
        "central_half_steps": _fd(_F, _B, "(f(x + h / 2) - f(x - h / 2)) / h"),
        "python_loop_over_points": '''
def finite_difference(f, x, h=1e-5, method="central"):
    if not h > 0:
        raise ValueError("h must be positive")
    if method not in ("forward", "backward", "central"):
        raise ValueError("unknown method")
    scalar = np.ndim(x) == 0
    xa = np.atleast_1d(np.asarray(x, dtype=float))
    out = []
    for xi in xa.ravel():
        if method == "forward":
            out.append((f(xi + h) - f(xi)) / h)
        elif method == "backward":
            out.append((f(xi) - f(xi - h)) / h)
        else:
            out.append((f(xi + h) - f(xi - h)) / (2 * h))
    out = np.array(out, dtype=float)
    return float(out[0]) if scalar else out
''',
        "returns_0d_array_for_scalar": _fd(_F, _B, _C).replace("return float(d) if scalar else d", "return d"),
        "no_validation": _fd(_F, _B, _C, head='''
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)'''),
        "case_insensitive_method": _fd(_F, _B, _C, head='''
    if not h > 0:
        raise ValueError("h must be positive")
    method = method.lower()
    if method not in ("forward", "backward", "central"):
        raise ValueError("unknown method")
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)'''),
        "ignores_h": _fd(_F, _B, _C, head='''
    if not h > 0:
        raise ValueError("h must be positive")
    if method not in ("forward", "backward", "central"):
        raise ValueError("unknown method")
    h = 1e-5
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)'''),
    },
    "richardson_derivative": {
        "wrong_divisor": _rich('''
    D = lambda s: (f(np.asarray(x, dtype=float) + s) - f(np.asarray(x, dtype=float) - s)) / (2 * s)
    out = (4 * D(h / 2) - D(h)) / 4
    return float(out) if np.ndim(x) == 0 else out
'''),
        "order_one_weights": _rich('''
    D = lambda s: (f(np.asarray(x, dtype=float) + s) - f(np.asarray(x, dtype=float) - s)) / (2 * s)
    out = 2 * D(h / 2) - D(h)
    return float(out) if np.ndim(x) == 0 else out
'''),
        "forward_differences_inside": _rich('''
    D = lambda s: (f(np.asarray(x, dtype=float) + s) - f(np.asarray(x, dtype=float))) / s
    out = (4 * D(h / 2) - D(h)) / 3
    return float(out) if np.ndim(x) == 0 else out
'''),
        "steps_h_and_2h": _rich('''
    D = lambda s: (f(np.asarray(x, dtype=float) + s) - f(np.asarray(x, dtype=float) - s)) / (2 * s)
    out = (4 * D(h) - D(2 * h)) / 3
    return float(out) if np.ndim(x) == 0 else out
'''),
        "weights_swapped": _rich('''
    D = lambda s: (f(np.asarray(x, dtype=float) + s) - f(np.asarray(x, dtype=float) - s)) / (2 * s)
    out = (4 * D(h) - D(h / 2)) / 3
    return float(out) if np.ndim(x) == 0 else out
'''),
        "plain_central": _rich('''
    D = lambda s: (f(np.asarray(x, dtype=float) + s) - f(np.asarray(x, dtype=float) - s)) / (2 * s)
    out = D(h / 2)
    return float(out) if np.ndim(x) == 0 else out
'''),
    },
    "estimate_order": {
        "reciprocal_slope": _order('''
    return float(np.polyfit(np.log(errors), np.log(hs), 1)[0])
'''),
        "endpoints_only": _order('''
    return float(np.log(errors[-1] / errors[0]) / np.log(hs[-1] / hs[0]))
'''),
        "no_logs": _order('''
    return float(np.polyfit(hs, errors, 1)[0])
'''),
        "intercept": _order('''
    return float(np.polyfit(np.log(hs), np.log(errors), 1)[1])
'''),
        "sign_flipped": _order('''
    return float(np.log(errors[0] / errors[-1]) / np.log(hs[-1] / hs[0]))
'''),
        "no_validation": '''
def estimate_order(hs, errors):
    hs = np.asarray(hs, dtype=float); errors = np.asarray(errors, dtype=float)
    return float(np.polyfit(np.log(hs), np.log(errors), 1)[0])
''',
    },
}
