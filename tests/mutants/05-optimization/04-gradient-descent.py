"""Mutants for 05-optimization/04-gradient-descent: realistic wrong answers that must lose points."""

MUTANTS = {
    "gradient_descent": {
        "off_by_one_num_steps_rows": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x = np.array(x0, dtype=float)
    history = [x.copy()]
    for t in range(num_steps - 1):
        x = x - lr * np.asarray(grad(x.copy()), dtype=float)
        history.append(x.copy())
    return np.array(history)
''',
        "missing_x0": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x = np.array(x0, dtype=float)
    history = []
    for t in range(num_steps):
        x = x - lr * np.asarray(grad(x.copy()), dtype=float)
        history.append(x.copy())
    return np.array(history).reshape(num_steps, x.size)
''',
        "plus_instead_of_minus": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x = np.array(x0, dtype=float)
    history = [x.copy()]
    for t in range(num_steps):
        x = x + lr * np.asarray(grad(x.copy()), dtype=float)
        history.append(x.copy())
    return np.array(history)
''',
        "history_aliases_one_array": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x = np.array(x0, dtype=float)
    history = [x]
    for t in range(num_steps):
        x -= lr * np.asarray(grad(x.copy()), dtype=float)
        history.append(x)
    return np.array(history)
''',
        "updates_x0_in_place": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x = np.asarray(x0, dtype=float)
    history = [x.copy()]
    for t in range(num_steps):
        x -= lr * np.asarray(grad(x.copy()), dtype=float)
        history.append(x.copy())
    return np.array(history)
''',
        "grad_gets_the_live_iterate": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x = np.array(x0, dtype=float)
    history = np.zeros((num_steps + 1, x.size))
    history[0] = x
    for t in range(num_steps):
        g = grad(x)
        x = x - lr * g
        history[t + 1] = x
    return history
''',
        "integer_history_for_integer_x0": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x0 = np.asarray(x0)
    history = np.zeros((num_steps + 1, x0.size), dtype=x0.dtype)
    history[0] = x0
    x = x0.astype(float)
    for t in range(num_steps):
        x = x - lr * np.asarray(grad(x.copy()), dtype=float)
        history[t + 1] = x
    return history
''',
        "extra_gradient_call_at_the_end": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x = np.array(x0, dtype=float)
    history = [x.copy()]
    g = np.asarray(grad(x.copy()), dtype=float)
    for t in range(num_steps):
        x = x - lr * g
        history.append(x.copy())
        g = np.asarray(grad(x.copy()), dtype=float)
    return np.array(history)
''',
        "returns_x0_view_when_no_steps": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x = np.asarray(x0, dtype=float)
    if num_steps == 0:
        return x[None, :]
    history = [x.copy()]
    for t in range(num_steps):
        x = x - lr * np.asarray(grad(x.copy()), dtype=float)
        history.append(x.copy())
    return np.array(history)
''',
        "no_error_for_negative_steps": '''
def gradient_descent(grad, x0, lr, num_steps):
    x = np.array(x0, dtype=float)
    history = [x.copy()]
    for t in range(num_steps):
        x = x - lr * np.asarray(grad(x.copy()), dtype=float)
        history.append(x.copy())
    return np.array(history)
''',
        "returns_a_list": '''
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("negative")
    x = np.array(x0, dtype=float)
    history = [x.copy()]
    for t in range(num_steps):
        x = x - lr * np.asarray(grad(x.copy()), dtype=float)
        history.append(x.copy())
    return history
''',
    },
    "quadratic_step_sizes": {
        "one_over_L_as_limit": '''
def quadratic_step_sizes(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad A")
    lam = np.linalg.eigvalsh(A)
    if lam[0] <= 0:
        raise ValueError("not PD")
    mu, L = float(lam[0]), float(lam[-1])
    return 1.0 / L, 2.0 / (L + mu), (L - mu) / (L + mu)
''',
        "rate_at_one_over_L": '''
def quadratic_step_sizes(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad A")
    lam = np.linalg.eigvalsh(A)
    if lam[0] <= 0:
        raise ValueError("not PD")
    mu, L = float(lam[0]), float(lam[-1])
    return 2.0 / L, 2.0 / (L + mu), 1.0 - mu / L
''',
        "diagonal_instead_of_eigenvalues": '''
def quadratic_step_sizes(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad A")
    lam = np.sort(np.diag(A))
    if lam[0] <= 0:
        raise ValueError("not PD")
    mu, L = float(lam[0]), float(lam[-1])
    return 2.0 / L, 2.0 / (L + mu), (L - mu) / (L + mu)
''',
        "eig_unsorted_first_last": '''
def quadratic_step_sizes(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad A")
    lam = np.linalg.eigvals(A).real
    if lam.min() <= 0:
        raise ValueError("not PD")
    mu, L = float(lam[0]), float(lam[-1])
    return 2.0 / L, 2.0 / (L + mu), (L - mu) / (L + mu)
''',
        "singular_values_no_definiteness_check": '''
def quadratic_step_sizes(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad A")
    s = np.linalg.svd(A, compute_uv=False)
    mu, L = float(s[-1]), float(s[0])
    if mu == 0:
        raise ValueError("singular")
    return 2.0 / L, 2.0 / (L + mu), (L - mu) / (L + mu)
''',
        "no_symmetry_check": '''
def quadratic_step_sizes(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("bad A")
    lam = np.sort(np.linalg.eigvals(A).real)
    if lam[0] <= 0:
        raise ValueError("not PD")
    mu, L = float(lam[0]), float(lam[-1])
    return 2.0 / L, 2.0 / (L + mu), (L - mu) / (L + mu)
''',
        "condition_number_rate": '''
def quadratic_step_sizes(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad A")
    lam = np.linalg.eigvalsh(A)
    if lam[0] <= 0:
        raise ValueError("not PD")
    mu, L = float(lam[0]), float(lam[-1])
    kappa = L / mu
    return 2.0 / L, 2.0 / (L + mu), (kappa - 1) / kappa
''',
        "numpy_scalars": '''
def quadratic_step_sizes(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad A")
    lam = np.linalg.eigvalsh(A)
    if lam[0] <= 0:
        raise ValueError("not PD")
    mu, L = lam[0], lam[-1]
    return np.array([2.0 / L, 2.0 / (L + mu), (L - mu) / (L + mu)])
''',
    },
}
