"""Mutants for 08-ml-math-case-studies/03-gradient-descent-visualization."""

MUTANTS = {
    "gradient_descent": {
        "aliasing_in_place_update": '''
def gradient_descent(grad, x0, lr, n_iters):
    if not lr > 0 or n_iters < 0:
        raise ValueError("bad")
    x = np.array(x0, dtype=float)
    path = [x]
    for t in range(n_iters):
        x -= lr * grad(x)
        path.append(x)
    return np.array(path)
''',
        "modifies_x0": '''
def gradient_descent(grad, x0, lr, n_iters):
    if not lr > 0 or n_iters < 0:
        raise ValueError("bad")
    x = np.asarray(x0, dtype=float)
    path = [x.copy()]
    for t in range(n_iters):
        x -= lr * grad(x)
        path.append(x.copy())
    return np.array(path)
''',
        "missing_starting_point": '''
def gradient_descent(grad, x0, lr, n_iters):
    if not lr > 0 or n_iters < 0:
        raise ValueError("bad")
    x = np.array(x0, dtype=float)
    path = []
    for t in range(n_iters):
        x = x - lr * grad(x)
        path.append(x)
    return np.array(path).reshape(n_iters, -1)
''',
        "ascent_sign": '''
def gradient_descent(grad, x0, lr, n_iters):
    if not lr > 0 or n_iters < 0:
        raise ValueError("bad")
    x = np.array(x0, dtype=float)
    path = [x]
    for t in range(n_iters):
        x = x + lr * grad(x)
        path.append(x)
    return np.array(path)
''',
        "extra_gradient_call": '''
def gradient_descent(grad, x0, lr, n_iters):
    if not lr > 0 or n_iters < 0:
        raise ValueError("bad")
    x = np.array(x0, dtype=float)
    path = [x]
    for t in range(n_iters):
        if np.linalg.norm(grad(x)) < 1e-300:
            break
        x = x - lr * grad(x)
        path.append(x)
    return np.array(path)
''',
        "one_step_too_many": '''
def gradient_descent(grad, x0, lr, n_iters):
    if not lr > 0 or n_iters < 0:
        raise ValueError("bad")
    x = np.array(x0, dtype=float)
    path = [x]
    for t in range(n_iters + 1):
        x = x - lr * grad(x)
        path.append(x)
    return np.array(path)[: n_iters + 1] if n_iters > 0 else np.array(path)
''',
        "no_validation": '''
def gradient_descent(grad, x0, lr, n_iters):
    x = np.array(x0, dtype=float)
    path = [x]
    for t in range(max(n_iters, 0)):
        x = x - lr * grad(x)
        path.append(x)
    return np.array(path)
''',
    },
    "momentum_descent": {
        "velocity_sign_wrong": '''
def momentum_descent(grad, x0, lr, beta, n_iters):
    if not lr > 0 or not 0 <= beta < 1 or n_iters < 0:
        raise ValueError("bad")
    x = np.array(x0, dtype=float); v = np.zeros_like(x); path = [x]
    for t in range(n_iters):
        v = beta * v + lr * grad(x)
        x = x + v
        path.append(x)
    return np.array(path)
''',
        "update_with_old_velocity": '''
def momentum_descent(grad, x0, lr, beta, n_iters):
    if not lr > 0 or not 0 <= beta < 1 or n_iters < 0:
        raise ValueError("bad")
    x = np.array(x0, dtype=float); v = np.zeros_like(x); path = [x]
    for t in range(n_iters):
        x_new = x + v
        v = beta * v - lr * grad(x)
        x = x_new
        path.append(x)
    return np.array(path)
''',
        "nesterov_instead": '''
def momentum_descent(grad, x0, lr, beta, n_iters):
    if not lr > 0 or not 0 <= beta < 1 or n_iters < 0:
        raise ValueError("bad")
    x = np.array(x0, dtype=float); v = np.zeros_like(x); path = [x]
    for t in range(n_iters):
        v = beta * v - lr * grad(x + beta * v)
        x = x + v
        path.append(x)
    return np.array(path)
''',
        "beta_on_gradient": '''
def momentum_descent(grad, x0, lr, beta, n_iters):
    if not lr > 0 or not 0 <= beta < 1 or n_iters < 0:
        raise ValueError("bad")
    x = np.array(x0, dtype=float); v = np.zeros_like(x); path = [x]
    for t in range(n_iters):
        v = beta * v - (1 - beta) * lr * grad(x)
        x = x + v
        path.append(x)
    return np.array(path)
''',
        "no_validation": '''
def momentum_descent(grad, x0, lr, beta, n_iters):
    x = np.array(x0, dtype=float); v = np.zeros_like(x); path = [x]
    for t in range(n_iters):
        v = beta * v - lr * grad(x)
        x = x + v
        path.append(x)
    return np.array(path)
''',
    },
    "gd_contraction_factor": {
        "only_largest_eigenvalue": '''
def gd_contraction_factor(A, lr):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T) or not lr > 0:
        raise ValueError("bad")
    return float(abs(1 - lr * np.linalg.eigvalsh(A).max()))
''',
        "no_absolute_value": '''
def gd_contraction_factor(A, lr):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T) or not lr > 0:
        raise ValueError("bad")
    return float(np.max(1 - lr * np.linalg.eigvalsh(A)))
''',
        "diagonal_instead_of_eigenvalues": '''
def gd_contraction_factor(A, lr):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T) or not lr > 0:
        raise ValueError("bad")
    return float(np.max(np.abs(1 - lr * np.diag(A))))
''',
        "condition_number_formula": '''
def gd_contraction_factor(A, lr):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T) or not lr > 0:
        raise ValueError("bad")
    lam = np.linalg.eigvalsh(A)
    k = lam.max() / lam.min()
    return float((k - 1) / (k + 1))
''',
        "returns_array": '''
def gd_contraction_factor(A, lr):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T) or not lr > 0:
        raise ValueError("bad")
    return np.abs(1 - lr * np.linalg.eigvalsh(A)).max(keepdims=True)
''',
        "no_validation": '''
def gd_contraction_factor(A, lr):
    A = np.asarray(A, dtype=float)
    return float(np.max(np.abs(1 - lr * np.linalg.eigvals(A).real)))
''',
    },
}
