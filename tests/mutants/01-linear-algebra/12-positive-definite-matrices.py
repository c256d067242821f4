"""Mutants for 01-linear-algebra/12-positive-definite-matrices: realistic wrong answers that must lose points."""

_CH = '''
def cholesky(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    if np.max(np.abs(A - A.T)) > 1e-10 * np.max(np.abs(A)):
        raise ValueError("not symmetric")
    n = A.shape[0]
    L = np.zeros((n, n))
'''

_LP = '''
def gaussian_logpdf(X, mean, cov):
    X = np.asarray(X, dtype=float)
    mean = np.asarray(mean, dtype=float)
    cov = np.asarray(cov, dtype=float)
    if X.ndim != 2 or mean.shape != (X.shape[1],) or cov.shape != (X.shape[1], X.shape[1]):
        raise ValueError("bad shapes")
    d = X.shape[1]
    L = cholesky(cov)
'''

MUTANTS = {
    "cholesky": {
        "returns_upper_factor": _CH + '''
    for j in range(n):
        dj = A[j, j] - L[j, :j] @ L[j, :j]
        if not dj > 0:
            raise np.linalg.LinAlgError("not PD")
        L[j, j] = np.sqrt(dj)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L.T
''',
        "no_square_root_on_diagonal": _CH + '''
    for j in range(n):
        dj = A[j, j] - L[j, :j] @ L[j, :j]
        if not dj > 0:
            raise np.linalg.LinAlgError("not PD")
        L[j, j] = dj
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L
''',
        "sqrt_of_negative_no_check": _CH + '''
    for j in range(n):
        dj = A[j, j] - L[j, :j] @ L[j, :j]
        L[j, j] = np.sqrt(dj)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    if not np.all(np.isfinite(L)):
        raise np.linalg.LinAlgError("not PD")
    return L
''',
        "abs_hides_indefiniteness": _CH + '''
    for j in range(n):
        dj = abs(A[j, j] - L[j, :j] @ L[j, :j])
        if dj == 0:
            raise np.linalg.LinAlgError("not PD")
        L[j, j] = np.sqrt(dj)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L
''',
        "raises_valueerror_for_not_pd": _CH + '''
    for j in range(n):
        dj = A[j, j] - L[j, :j] @ L[j, :j]
        if not dj > 0:
            raise ValueError("not PD")
        L[j, j] = np.sqrt(dj)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L
''',
        "inner_sum_uses_wrong_row": _CH + '''
    for j in range(n):
        dj = A[j, j] - L[j, :j] @ L[j, :j]
        if not dj > 0:
            raise np.linalg.LinAlgError("not PD")
        L[j, j] = np.sqrt(dj)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j + 1:, :j].sum(axis=0)) / L[j, j] if j else A[j + 1:, j] / L[j, j]
    return L
''',
        "no_symmetry_check": '''
def cholesky(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        dj = A[j, j] - L[j, :j] @ L[j, :j]
        if not dj > 0:
            raise np.linalg.LinAlgError("not PD")
        L[j, j] = np.sqrt(dj)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L
''',
        "library_cholesky": '''
def cholesky(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    if np.max(np.abs(A - A.T)) > 1e-10 * np.max(np.abs(A)):
        raise ValueError("not symmetric")
    return np.linalg.cholesky(A)
''',
        "eigen_square_root_not_triangular": '''
def cholesky(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    if np.max(np.abs(A - A.T)) > 1e-10 * np.max(np.abs(A)):
        raise ValueError("not symmetric")
    w, V = np.linalg.eigh(A)
    if np.any(w <= 0):
        raise np.linalg.LinAlgError("not PD")
    return (V * np.sqrt(w)) @ V.T
''',
    },
    "gaussian_logpdf": {
        "log_det_missing_factor_two": _LP + '''
    Z = scipy.linalg.solve_triangular(L, (X - mean).T, lower=True)
    return -0.5 * np.sum(Z * Z, axis=0) - 0.5 * np.sum(np.log(np.diag(L))) - 0.5 * d * np.log(2 * np.pi)
''',
        "missing_normalising_constant": _LP + '''
    Z = scipy.linalg.solve_triangular(L, (X - mean).T, lower=True)
    return -0.5 * np.sum(Z * Z, axis=0) - np.sum(np.log(np.diag(L)))
''',
        "constant_without_dimension": _LP + '''
    Z = scipy.linalg.solve_triangular(L, (X - mean).T, lower=True)
    return -0.5 * np.sum(Z * Z, axis=0) - np.sum(np.log(np.diag(L))) - 0.5 * np.log(2 * np.pi)
''',
        "multiplies_by_L_instead_of_solving": _LP + '''
    Z = L.T @ (X - mean).T
    return -0.5 * np.sum(Z * Z, axis=0) - np.sum(np.log(np.diag(L))) - 0.5 * d * np.log(2 * np.pi)
''',
        "solves_with_L_transpose": _LP + '''
    Z = scipy.linalg.solve_triangular(L.T, (X - mean).T, lower=False)
    return -0.5 * np.sum(Z * Z, axis=0) - np.sum(np.log(np.diag(L))) - 0.5 * d * np.log(2 * np.pi)
''',
        "forgets_to_centre": _LP + '''
    Z = scipy.linalg.solve_triangular(L, X.T, lower=True)
    return -0.5 * np.sum(Z * Z, axis=0) - np.sum(np.log(np.diag(L))) - 0.5 * d * np.log(2 * np.pi)
''',
        "explicit_det_underflows": '''
def gaussian_logpdf(X, mean, cov):
    X = np.asarray(X, dtype=float)
    mean = np.asarray(mean, dtype=float)
    cov = np.asarray(cov, dtype=float)
    if X.ndim != 2 or mean.shape != (X.shape[1],) or cov.shape != (X.shape[1], X.shape[1]):
        raise ValueError("bad shapes")
    d = X.shape[1]
    L = cholesky(cov)
    Z = scipy.linalg.solve_triangular(L, (X - mean).T, lower=True)
    det = np.prod(np.diag(L)) ** 2
    return -0.5 * np.sum(Z * Z, axis=0) - 0.5 * np.log(det) - 0.5 * d * np.log(2 * np.pi)
''',
        "returns_density_not_log": _LP + '''
    Z = scipy.linalg.solve_triangular(L, (X - mean).T, lower=True)
    return np.exp(-0.5 * np.sum(Z * Z, axis=0) - np.sum(np.log(np.diag(L))) - 0.5 * d * np.log(2 * np.pi))
''',
        "library_scipy_stats": '''
def gaussian_logpdf(X, mean, cov):
    from scipy.stats import multivariate_normal
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or np.shape(mean) != (X.shape[1],) or np.shape(cov) != (X.shape[1], X.shape[1]):
        raise ValueError("bad shapes")
    cholesky(cov)
    return np.atleast_1d(multivariate_normal(mean, cov).logpdf(X))
''',
    },
}
