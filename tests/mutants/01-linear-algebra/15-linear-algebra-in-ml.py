"""Mutants for 01-linear-algebra/15-linear-algebra-in-ml: realistic wrong answers that must lose points."""

_LS = '''
def least_squares(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or X.shape[1] == 0 or y.ndim not in (1, 2) or y.shape[0] != X.shape[0]:
        raise ValueError("bad shapes")
    n, d = X.shape
    if n < d:
        raise np.linalg.LinAlgError("n < d")
'''

_COS = '''
def cosine_similarity(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[1]:
        raise ValueError("bad shapes")
'''

_PCA = '''
def pca_project(X, k):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)) or not 1 <= k <= min(X.shape):
        raise ValueError("bad k")
    n = X.shape[0]
'''

_FLIP = '''
    signs = np.sign(Vt[np.arange(Vt.shape[0]), np.argmax(np.abs(Vt), axis=1)])
    signs[signs == 0] = 1.0
    Vt = Vt * signs[:, None]
'''

MUTANTS = {
    "least_squares": {
        "normal_equations": _LS + '''
    G = X.T @ X
    if np.linalg.matrix_rank(X) < d:
        raise np.linalg.LinAlgError("rank")
    return np.linalg.solve(G, X.T @ y)
''',
        "q_instead_of_q_transpose": _LS + '''
    Q, R = np.linalg.qr(X)
    r = np.abs(np.diag(R))
    if r.max() == 0 or r.min() <= 1e-12 * r.max():
        raise np.linalg.LinAlgError("rank")
    Qy = (Q @ y[:d]) if Q.shape[0] == Q.shape[1] else Q[:d].T @ y[:d]
    return scipy.linalg.solve_triangular(R, Qy, lower=False)
''',
        "no_rank_check": _LS + '''
    Q, R = np.linalg.qr(X)
    with np.errstate(all="ignore"):
        return scipy.linalg.solve_triangular(R, Q.T @ y, lower=False, check_finite=False)
''',
        "solves_as_lower_triangular": _LS + '''
    Q, R = np.linalg.qr(X)
    r = np.abs(np.diag(R))
    if r.max() == 0 or r.min() <= 1e-12 * r.max():
        raise np.linalg.LinAlgError("rank")
    return scipy.linalg.solve_triangular(R.T, Q.T @ y, lower=True)
''',
        "returns_fitted_values": _LS + '''
    Q, R = np.linalg.qr(X)
    r = np.abs(np.diag(R))
    if r.max() == 0 or r.min() <= 1e-12 * r.max():
        raise np.linalg.LinAlgError("rank")
    return Q @ (Q.T @ y)
''',
        "library_lstsq": _LS + '''
    if np.linalg.matrix_rank(X) < d:
        raise np.linalg.LinAlgError("rank")
    return np.linalg.lstsq(X, y, rcond=None)[0]
''',
        "absolute_rank_threshold": _LS + '''
    Q, R = np.linalg.qr(X)
    if np.min(np.abs(np.diag(R))) < 1e-6:
        raise np.linalg.LinAlgError("rank")
    return scipy.linalg.solve_triangular(R, Q.T @ y, lower=False)
''',
    },
    "cosine_similarity": {
        "dot_product_only": _COS + '''
    return np.clip(A @ B.T, -1, 1)
''',
        "normalises_only_A": _COS + '''
    na = np.linalg.norm(A, axis=1, keepdims=True)
    return np.clip((A / np.where(na > 0, na, 1)) @ B.T, -1, 1)
''',
        "normalises_columns": _COS + '''
    na = np.linalg.norm(A, axis=0, keepdims=True)
    nb = np.linalg.norm(B, axis=0, keepdims=True)
    return np.clip((A / np.where(na > 0, na, 1)) @ (B / np.where(nb > 0, nb, 1)).T, -1, 1)
''',
        "nan_for_zero_rows": _COS + '''
    S = (A @ B.T) / np.outer(np.linalg.norm(A, axis=1), np.linalg.norm(B, axis=1))
    return np.clip(S, -1, 1)
''',
        "no_clipping": _COS + '''
    na = np.linalg.norm(A, axis=1)
    nb = np.linalg.norm(B, axis=1)
    return (A / np.where(na > 0, na, 1.0)[:, None]) @ (B / np.where(nb > 0, nb, 1.0)[:, None]).T
''',
        "python_loops": _COS + '''
    S = np.zeros((A.shape[0], B.shape[0]))
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            den = np.linalg.norm(A[i]) * np.linalg.norm(B[j])
            S[i, j] = 0.0 if den == 0 else min(1.0, max(-1.0, A[i] @ B[j] / den))
    return S
''',
        "library_sklearn": _COS + '''
    from sklearn.metrics.pairwise import cosine_similarity as cs
    return cs(A, B)
''',
    },
    "pca_project": {
        "forgets_to_centre": _PCA + '''
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
''' + _FLIP + '''
    C = Vt[:k]
    return X @ C.T, C, s[:k] ** 2 / (n - 1)
''',
        "population_variance_ddof0": _PCA + '''
    Xc = X - X.mean(axis=0)
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
''' + _FLIP + '''
    C = Vt[:k]
    return Xc @ C.T, C, s[:k] ** 2 / n
''',
        "columns_of_vt": _PCA + '''
    Xc = X - X.mean(axis=0)
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    V = Vt.T
''' + _FLIP.replace("Vt", "V") + '''
    C = V[:k]
    return Xc @ C.T, C, s[:k] ** 2 / (n - 1)
''',
        "no_sign_convention": _PCA + '''
    Xc = X - X.mean(axis=0)
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    Vt = -Vt
    C = Vt[:k]
    return Xc @ C.T, C, s[:k] ** 2 / (n - 1)
''',
        "scores_from_uncentred_data": _PCA + '''
    Xc = X - X.mean(axis=0)
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
''' + _FLIP + '''
    C = Vt[:k]
    return X @ C.T, C, s[:k] ** 2 / (n - 1)
''',
        "eigh_ascending_order": _PCA + '''
    Xc = X - X.mean(axis=0)
    w, V = np.linalg.eigh(Xc.T @ Xc / (n - 1))
    C = V[:, :k].T
    signs = np.sign(C[np.arange(k), np.argmax(np.abs(C), axis=1)])
    C = C * signs[:, None]
    return Xc @ C.T, C, w[:k]
''',
        "singular_values_not_squared": _PCA + '''
    Xc = X - X.mean(axis=0)
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
''' + _FLIP + '''
    C = Vt[:k]
    return Xc @ C.T, C, s[:k] / np.sqrt(n - 1)
''',
        "library_pca": _PCA + '''
    from sklearn.decomposition import PCA
    p = PCA(n_components=k, svd_solver="full").fit(X)
    return p.transform(X), p.components_, p.explained_variance_
''',
    },
}
