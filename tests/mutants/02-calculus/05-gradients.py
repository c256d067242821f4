"""Mutants for 02-calculus/05-gradients: realistic wrong answers that must lose points."""

MUTANTS = {
    "numerical_gradient": {
        "forward_difference": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    grad = np.zeros_like(x)
    f0 = float(f(x))
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        grad[idx] = (float(f(x)) - f0) / h
        x[idx] = old
    return grad
''',
        "backward_difference": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    grad = np.zeros_like(x)
    f0 = float(f(x))
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old - h
        grad[idx] = (f0 - float(f(x))) / h
        x[idx] = old
    return grad
''',
        "all_coordinates_at_once": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    d = (float(f(x + h)) - float(f(x - h))) / (2 * h)
    return np.full_like(x, d)
''',
        "in_place_not_restored": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = float(f(x))
        x[idx] = old - h
        fm = float(f(x))
        grad[idx] = (fp - fm) / (2 * h)
    return grad
''',
        "copy_but_not_restored": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = float(f(x))
        x[idx] = old - h
        fm = float(f(x))
        grad[idx] = (fp - fm) / (2 * h)
    return grad
''',
        "in_place_restored_by_arithmetic": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        x[idx] += h
        fp = float(f(x))
        x[idx] -= 2 * h
        fm = float(f(x))
        x[idx] += h
        grad[idx] = (fp - fm) / (2 * h)
    return grad
''',
        "denominator_h": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = float(f(x))
        x[idx] = old - h
        fm = float(f(x))
        x[idx] = old
        grad[idx] = (fp - fm) / h
    return grad
''',
        "flattened_output": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    grad = np.zeros(x.size)
    for k, idx in enumerate(np.ndindex(x.shape)):
        old = x[idx]
        x[idx] = old + h
        fp = float(f(x))
        x[idx] = old - h
        fm = float(f(x))
        x[idx] = old
        grad[k] = (fp - fm) / (2 * h)
    return grad
''',
        "calls_f_on_flat_copy": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    flat = x.ravel()
    grad = np.zeros(flat.size)
    for i in range(flat.size):
        e = np.zeros(flat.size)
        e[i] = h
        grad[i] = (float(f(flat + e)) - float(f(flat - e))) / (2 * h)
    return grad.reshape(x.shape)
''',
        "no_float_conversion": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, copy=True)
    grad = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = float(f(x))
        x[idx] = old - h
        fm = float(f(x))
        x[idx] = old
        grad[idx] = (fp - fm) / (2 * h)
    return grad
''',
        "ignores_h_argument": '''
def numerical_gradient(f, x, h=1e-5):
    step = 1e-5
    x = np.array(x, dtype=float, copy=True)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + step
        fp = float(f(x))
        x[idx] = old - step
        fm = float(f(x))
        x[idx] = old
        grad[idx] = (fp - fm) / (2 * step)
    return grad
''',
        "half_step_central": '''
def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float, copy=True)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h / 2
        fp = float(f(x))
        x[idx] = old - h / 2
        fm = float(f(x))
        x[idx] = old
        grad[idx] = (fp - fm) / h
    return grad
''',
        "library_shortcut": '''
def numerical_gradient(f, x, h=1e-5):
    from course_utils.checks import numerical_gradient as ng
    return ng(f, x, h)
''',
    },
    "quadratic_gradient": {
        "assumes_symmetric_2Ax": '''
def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],) or x.shape != (A.shape[0],):
        raise ValueError("bad shapes")
    return 2 * A @ x + b
''',
        "transpose_2ATx": '''
def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],) or x.shape != (A.shape[0],):
        raise ValueError("bad shapes")
    return 2 * A.T @ x + b
''',
        "missing_factor_Ax": '''
def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],) or x.shape != (A.shape[0],):
        raise ValueError("bad shapes")
    return A @ x + b
''',
        "forgot_b": '''
def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],) or x.shape != (A.shape[0],):
        raise ValueError("bad shapes")
    return (A + A.T) @ x
''',
        "no_validation": '''
def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    return (A + A.T) @ x + b
''',
        "in_place_symmetrize": '''
def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],) or x.shape != (A.shape[0],):
        raise ValueError("bad shapes")
    A += A.T.copy()
    return A @ x + b
''',
        "numerical_not_exact": '''
def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float); b = np.asarray(b, dtype=float); x = np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],) or x.shape != (A.shape[0],):
        raise ValueError("bad shapes")
    g = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros_like(x); e[i] = 1e-4
        g[i] = ((x + e) @ A @ (x + e) + b @ (x + e) - x @ A @ x - b @ x) / 1e-4
    return g
''',
    },
}
