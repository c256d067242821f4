"""Mutants for 07-numerical-methods/04-matrix-conditioning."""

_CN_HEAD = '''
def condition_number(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError("bad A")
'''

_LS_HEAD = '''
def lstsq_qr(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or X.shape[0] < X.shape[1]:
        raise ValueError("bad shapes")
'''

MUTANTS = {
    "condition_number": {
        "eigenvalue_ratio": _CN_HEAD + '''
    if A.shape[0] != A.shape[1]:
        s = np.linalg.svd(A, compute_uv=False)
        return float(s[0] / s[-1]) if s[-1] > 0 else float("inf")
    lam = np.abs(np.linalg.eigvals(A))
    return float(lam.max() / lam.min()) if lam.min() > 0 else float("inf")
''',
        "sqrt_eigenvalues_of_AtA": _CN_HEAD + '''
    lam = np.linalg.eigvalsh(A.T @ A if A.shape[0] >= A.shape[1] else A @ A.T)
    lam = np.clip(lam, 0, None)
    return float(np.sqrt(lam.max() / lam.min())) if lam.min() > 0 else float("inf")
''',
        "inverted_ratio": _CN_HEAD + '''
    s = np.linalg.svd(A, compute_uv=False)
    return float(s[-1] / s[0]) if s[0] > 0 else float("inf")
''',
        "frobenius_condition": _CN_HEAD + '''
    s = np.linalg.svd(A, compute_uv=False)
    if s[-1] == 0:
        return float("inf")
    return float(np.sqrt((s ** 2).sum()) * np.sqrt((1 / s ** 2).sum()))
''',
        "divides_by_zero": _CN_HEAD + '''
    s = np.linalg.svd(A, compute_uv=False)
    return float(s[0] / s[-1])
''',
        "uses_np_cond": _CN_HEAD + '''
    return float(np.linalg.cond(A))
''',
        "max_over_min_of_abs_entries": _CN_HEAD + '''
    a = np.abs(A[A != 0])
    return float(a.max() / a.min()) if a.size else float("inf")
''',
    },
    "lstsq_qr": {
        "normal_equations": _LS_HEAD + '''
    return np.linalg.solve(X.T @ X, X.T @ y)
''',
        "normal_equations_via_cholesky_of_R": _LS_HEAD + '''
    L = np.linalg.cholesky(X.T @ X)
    z = solve_triangular(L, X.T @ y, lower=True)
    return solve_triangular(L.T, z, lower=False)
''',
        "wrong_triangle": _LS_HEAD + '''
    Q, R = np.linalg.qr(X, mode="reduced")
    return solve_triangular(R, Q.T @ y, lower=True)
''',
        "forgot_Q_transpose": _LS_HEAD + '''
    Q, R = np.linalg.qr(X, mode="reduced")
    return solve_triangular(R, (y @ Q) if X.shape[0] != X.shape[1] else Q @ y, lower=False)
''',
        "R_transposed": _LS_HEAD + '''
    Q, R = np.linalg.qr(X, mode="reduced")
    return np.linalg.solve(R.T, Q.T @ y)
''',
        "lstsq_shortcut": _LS_HEAD + '''
    return np.linalg.lstsq(X, y, rcond=None)[0]
''',
        "explicit_inverse": _LS_HEAD + '''
    return np.linalg.inv(X.T @ X) @ X.T @ y
''',
        "no_validation": '''
def lstsq_qr(X, y):
    X = np.atleast_2d(np.asarray(X, dtype=float)); y = np.asarray(y, dtype=float).ravel()
    Q, R = np.linalg.qr(X, mode="reduced")
    return np.linalg.solve(R, Q.T @ y[: Q.shape[0]]) if R.shape[0] == R.shape[1] else Q.T @ y[: Q.shape[0]]
''',
    },
}
