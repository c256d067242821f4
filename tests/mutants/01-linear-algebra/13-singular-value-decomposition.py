"""Mutants for 01-linear-algebra/13-singular-value-decomposition: realistic wrong answers that must lose points."""

_LRA = '''
def low_rank_approx(A, k):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("bad A")
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)):
        raise ValueError("bad k")
    if not 0 <= k <= min(A.shape):
        raise ValueError("bad k")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
'''

_PINV = '''
def pseudo_inverse(A, rcond=1e-15):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("bad A")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
'''

MUTANTS = {
    "low_rank_approx": {
        "off_by_one_keeps_k_plus_1": _LRA + '''
    return (U[:, :k + 1] * s[:k + 1]) @ Vt[:k + 1]
''',
        "keeps_smallest_singular_values": _LRA + '''
    if k == 0:
        return np.zeros_like(A)
    return (U[:, -k:] * s[-k:]) @ Vt[-k:]
''',
        "forgets_singular_values": _LRA + '''
    return U[:, :k] @ Vt[:k]
''',
        "columns_of_vt_instead_of_rows": _LRA + '''
    V = Vt.T
    return (U[:, :k] * s[:k]) @ V[:k, :] if V.shape[0] == V.shape[1] else (U[:, :k] * s[:k]) @ Vt[:k]
''',
        "squared_singular_values": _LRA + '''
    return (U[:, :k] * s[:k] ** 2) @ Vt[:k] / max(s[0], 1e-300)
''',
        "truncated_qr_not_svd": '''
def low_rank_approx(A, k):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("bad A")
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)):
        raise ValueError("bad k")
    if not 0 <= k <= min(A.shape):
        raise ValueError("bad k")
    Q, R = np.linalg.qr(A)
    return Q[:, :k] @ R[:k]
''',
        "no_k_validation": '''
def low_rank_approx(A, k):
    A = np.asarray(A, dtype=float)
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    k = int(k)
    return (U[:, :k] * s[:k]) @ Vt[:k]
''',
        "eigendecomposition_instead_of_svd": '''
def low_rank_approx(A, k):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("bad A")
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)):
        raise ValueError("bad k")
    if not 0 <= k <= min(A.shape):
        raise ValueError("bad k")
    w, V = np.linalg.eig(A)
    idx = np.argsort(-np.abs(w))[:k]
    return np.real((V[:, idx] * w[idx]) @ np.linalg.inv(V)[idx])
''',
    },
    "pseudo_inverse": {
        "no_cutoff": _PINV + '''
    s_inv = 1.0 / np.maximum(s, 1e-300) * (s > 0)
    return (Vt.T * s_inv) @ U.T
''',
        "absolute_cutoff": _PINV + '''
    keep = s > rcond
    s_inv = np.zeros_like(s)
    s_inv[keep] = 1.0 / s[keep]
    return (Vt.T * s_inv) @ U.T
''',
        "wrong_factor_order_u_sigma_vt": _PINV + '''
    keep = s > rcond * (s.max() if s.size else 0.0)
    s_inv = np.zeros_like(s)
    s_inv[keep] = 1.0 / s[keep]
    return (U * s_inv) @ Vt
''',
        "forgets_reciprocal": _PINV + '''
    keep = s > rcond * (s.max() if s.size else 0.0)
    return (Vt.T * np.where(keep, s, 0.0)) @ U.T
''',
        "normal_equations": '''
def pseudo_inverse(A, rcond=1e-15):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("bad A")
    return np.linalg.solve(A.T @ A, A.T)
''',
        "library_pinv": '''
def pseudo_inverse(A, rcond=1e-15):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("bad A")
    return np.linalg.pinv(A, rcond=rcond)
''',
        "divides_zero_matrix": _PINV + '''
    keep = s >= rcond * s.max()
    s_inv = np.zeros_like(s)
    s_inv[keep] = 1.0 / s[keep]
    return (Vt.T * s_inv) @ U.T
''',
    },
}
