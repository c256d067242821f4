"""Mutants for 01-linear-algebra/10-eigenvalues-and-eigenvectors: realistic wrong answers that must lose points."""

_HEAD = '''
def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    if num_iters < 0:
        raise ValueError("bad num_iters")
'''

MUTANTS = {
    "power_iteration": {
        "eigenvalue_from_norm_loses_sign": _HEAD + '''
    x = np.random.default_rng(seed).standard_normal(A.shape[0])
    x = x / np.linalg.norm(x)
    lam = float(np.linalg.norm(A @ x))
    for _ in range(num_iters):
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0:
            return 0.0, x
        x = y / ny
        lam = float(np.linalg.norm(A @ x))
        if np.linalg.norm(A @ x - lam * x) <= tol * abs(lam):
            break
    return lam, x
''',
        "no_normalisation_each_step": _HEAD + '''
    x = np.random.default_rng(seed).standard_normal(A.shape[0])
    x = x / np.linalg.norm(x)
    for _ in range(num_iters):
        x = A @ x
    u = x / np.linalg.norm(x)
    return float(u @ A @ u), u
''',
        "ones_start_vector": _HEAD + '''
    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    lam = float(x @ A @ x)
    for _ in range(num_iters):
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0:
            return 0.0, x
        x = y / ny
        lam = float(x @ A @ x)
        if np.linalg.norm(A @ x - lam * x) <= tol * abs(lam):
            break
    return lam, x
''',
        "uniform_start_vector": _HEAD + '''
    x = np.random.default_rng(seed).random(A.shape[0])
    x = x / np.linalg.norm(x)
    lam = float(x @ A @ x)
    for _ in range(num_iters):
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0:
            return 0.0, x
        x = y / ny
        lam = float(x @ A @ x)
        if np.linalg.norm(A @ x - lam * x) <= tol * abs(lam):
            break
    return lam, x
''',
        "rayleigh_of_previous_iterate": _HEAD + '''
    x = np.random.default_rng(seed).standard_normal(A.shape[0])
    x = x / np.linalg.norm(x)
    lam = float(x @ A @ x)
    for _ in range(num_iters):
        lam = float(x @ A @ x)
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0:
            return 0.0, x
        x = y / ny
        if np.linalg.norm(A @ x - lam * x) <= tol * abs(lam):
            break
    return lam, x
''',
        "eigenvector_not_unit": _HEAD + '''
    x = np.random.default_rng(seed).standard_normal(A.shape[0])
    x = x / np.linalg.norm(x)
    lam = float(x @ A @ x)
    for _ in range(num_iters):
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0:
            return 0.0, x
        x = y / ny
        lam = float(x @ A @ x)
        if np.linalg.norm(A @ x - lam * x) <= tol * abs(lam):
            break
    return lam, A @ x
''',
        "stops_on_eigenvalue_change": _HEAD + '''
    x = np.random.default_rng(seed).standard_normal(A.shape[0])
    x = x / np.linalg.norm(x)
    lam = float(x @ A @ x)
    for _ in range(num_iters):
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0:
            return 0.0, x
        x = y / ny
        new = float(x @ A @ x)
        done = abs(new - lam) <= 1e-3 * abs(new)
        lam = new
        if done:
            break
    return lam, x
''',
        "library_eigh": _HEAD + '''
    w, V = np.linalg.eigh(A)
    i = int(np.argmax(np.abs(w)))
    return float(w[i]), V[:, i]
''',
        "divides_by_zero_on_zero_matrix": _HEAD + '''
    x = np.random.default_rng(seed).standard_normal(A.shape[0])
    x = x / np.linalg.norm(x)
    lam = float(x @ A @ x)
    for _ in range(num_iters):
        y = A @ x
        x = y / np.linalg.norm(y)
        lam = float(x @ A @ x)
        if np.linalg.norm(A @ x - lam * x) <= tol * abs(lam):
            break
    return lam, x
''',
        "column_vector_output": _HEAD + '''
    x = np.random.default_rng(seed).standard_normal((A.shape[0], 1))
    x = x / np.linalg.norm(x)
    lam = float((x.T @ A @ x)[0, 0])
    for _ in range(num_iters):
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0:
            return 0.0, x
        x = y / ny
        lam = float((x.T @ A @ x)[0, 0])
        if np.linalg.norm(A @ x - lam * x) <= tol * abs(lam):
            break
    return lam, x
''',
        "legacy_global_seed": '''
def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    if num_iters < 0:
        raise ValueError("bad num_iters")
    np.random.seed(seed)
    x = np.random.randn(A.shape[0])
    x = x / np.linalg.norm(x)
    lam = float(x @ A @ x)
    for _ in range(num_iters):
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0:
            return 0.0, x
        x = y / ny
        lam = float(x @ A @ x)
        if np.linalg.norm(A @ x - lam * x) <= tol * abs(lam):
            break
    return lam, x
''',
    },
}

MUTANTS["power_iteration"]["default_seed_not_zero"] = '''
def power_iteration(A, num_iters=1000, tol=1e-10, seed=42):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    if num_iters < 0:
        raise ValueError("bad num_iters")
    x = np.random.default_rng(seed).standard_normal(A.shape[0])
    x = x / np.linalg.norm(x)
    lam = float(x @ A @ x)
    for _ in range(num_iters):
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0:
            return 0.0, x
        x = y / ny
        lam = float(x @ A @ x)
        if np.linalg.norm(A @ x - lam * x) <= tol * abs(lam):
            break
    return lam, x
'''
