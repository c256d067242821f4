"""Mutants for 07-numerical-methods/02-numerical-differentiation."""

MUTANTS = {
    "finite_difference": {
        "central_divided_by_h": '''
def finite_difference(f, x, h, kind="central"):
    if not h > 0:
        raise ValueError("h")
    x = np.asarray(x, dtype=float)
    if kind == "forward":
        return np.asarray((f(x + h) - f(x)) / h, dtype=float)
    if kind == "central":
        return np.asarray((f(x + h) - f(x - h)) / h, dtype=float)
    raise ValueError("kind")
''',
        "backward_instead_of_forward": '''
def finite_difference(f, x, h, kind="central"):
    if not h > 0:
        raise ValueError("h")
    x = np.asarray(x, dtype=float)
    if kind == "forward":
        return np.asarray((f(x) - f(x - h)) / h, dtype=float)
    if kind == "central":
        return np.asarray((f(x + h) - f(x - h)) / (2 * h), dtype=float)
    raise ValueError("kind")
''',
        "kind_ignored": '''
def finite_difference(f, x, h, kind="central"):
    if not h > 0:
        raise ValueError("h")
    x = np.asarray(x, dtype=float)
    return np.asarray((f(x + h) - f(x - h)) / (2 * h), dtype=float)
''',
        "relative_step": '''
def finite_difference(f, x, h, kind="central"):
    if not h > 0:
        raise ValueError("h")
    x = np.asarray(x, dtype=float)
    s = h * np.maximum(np.abs(x), 1.0)
    if kind == "forward":
        return np.asarray((f(x + s) - f(x)) / s, dtype=float)
    if kind == "central":
        return np.asarray((f(x + s) - f(x - s)) / (2 * s), dtype=float)
    raise ValueError("kind")
''',
        "no_validation": '''
def finite_difference(f, x, h, kind="central"):
    x = np.asarray(x, dtype=float)
    if kind == "forward":
        return np.asarray((f(x + h) - f(x)) / h, dtype=float)
    return np.asarray((f(x + h) - f(x - h)) / (2 * h), dtype=float)
''',
    },
    "gradient_fd": {
        "forward_differences": '''
def gradient_fd(f, x, h=1e-5):
    if not h > 0:
        raise ValueError("h")
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    f0 = float(f(x))
    for i in np.ndindex(x.shape):
        old = x[i]; x[i] = old + h
        g[i] = (float(f(x)) - f0) / h
        x[i] = old
    if g.size:
        f(x)
    return g
''',
        "not_restored": '''
def gradient_fd(f, x, h=1e-5):
    if not h > 0:
        raise ValueError("h")
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        fp = float(f(x))
        x[i] = old - h
        fm = float(f(x))
        g[i] = (fp - fm) / (2 * h)
    return g
''',
        "modifies_callers_array": '''
def gradient_fd(f, x, h=1e-5):
    if not h > 0:
        raise ValueError("h")
    x = np.asarray(x, dtype=float)
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        fp = float(f(x))
        x[i] = old - h
        fm = float(f(x))
        g[i] = (fp - fm) / (2 * h)
    return g
''',
        "flat_result": '''
def gradient_fd(f, x, h=1e-5):
    if not h > 0:
        raise ValueError("h")
    x = np.array(x, dtype=float)
    flat = x.reshape(-1)
    g = np.zeros(flat.size)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h; fp = float(f(x))
        flat[i] = old - h; fm = float(f(x))
        flat[i] = old
        g[i] = (fp - fm) / (2 * h)
    return g
''',
        "h_not_doubled": '''
def gradient_fd(f, x, h=1e-5):
    if not h > 0:
        raise ValueError("h")
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h; fp = float(f(x))
        x[i] = old - h; fm = float(f(x))
        x[i] = old
        g[i] = (fp - fm) / h
    return g
''',
        "calls_f_on_flat_vector": '''
def gradient_fd(f, x, h=1e-5):
    if not h > 0:
        raise ValueError("h")
    x = np.array(x, dtype=float)
    shape = x.shape
    flat = x.reshape(-1).copy()
    g = np.zeros(flat.size)
    for i in range(flat.size):
        e = np.zeros(flat.size); e[i] = h
        g[i] = (float(f(flat + e)) - float(f(flat - e))) / (2 * h)
    return g.reshape(shape)
''',
    },
    "richardson_derivative": {
        "weights_swapped": '''
def richardson_derivative(f, x, h):
    if not h > 0:
        raise ValueError("h")
    return (4 * finite_difference(f, x, h) - finite_difference(f, x, h / 2)) / 3
''',
        "forward_richardson_weights": '''
def richardson_derivative(f, x, h):
    if not h > 0:
        raise ValueError("h")
    return 2 * finite_difference(f, x, h / 2) - finite_difference(f, x, h)
''',
        "built_on_forward_differences": '''
def richardson_derivative(f, x, h):
    if not h > 0:
        raise ValueError("h")
    return (4 * finite_difference(f, x, h / 2, kind="forward") - finite_difference(f, x, h, kind="forward")) / 3
''',
        "plain_central_difference": '''
def richardson_derivative(f, x, h):
    if not h > 0:
        raise ValueError("h")
    return finite_difference(f, x, h / 2)
''',
        "no_validation": '''
def richardson_derivative(f, x, h):
    h = abs(h) if h != 0 else 1e-5
    return (4 * finite_difference(f, x, h / 2) - finite_difference(f, x, h)) / 3
''',
    },
}
