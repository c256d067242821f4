"""Mutants for 01-linear-algebra/11-diagonalization: realistic wrong answers that must lose points."""

_MF = '''
def matrix_function(A, f):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    if np.max(np.abs(A - A.T)) > 1e-10 * np.max(np.abs(A)):
        raise ValueError("not symmetric")
'''

_MS = '''
def markov_stationary(P):
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or P.shape[0] == 0:
        raise ValueError("bad P")
    if np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1.0) > 1e-10):
        raise ValueError("not stochastic")
'''

MUTANTS = {
    "matrix_function": {
        "entrywise_function": _MF + '''
    return np.asarray(f(A), dtype=float)
''',
        "wrong_reconstruction_order": _MF + '''
    w, V = np.linalg.eigh(A)
    return V.T @ np.diag(f(w)) @ V
''',
        "eig_with_transpose_instead_of_inverse": _MF + '''
    w, V = np.linalg.eig(A)
    w, V = np.real(w), np.real(V)
    V = V / np.linalg.norm(V, axis=0)
    return (V * f(w)) @ V.T
''',
        "eig_complex_output": _MF + '''
    w, V = np.linalg.eig(A)
    return (V * f(w.astype(complex))) @ np.linalg.inv(V)
''',
        "applies_f_to_diagonal_only": _MF + '''
    w, V = np.linalg.eigh(A)
    F = A.copy()
    np.fill_diagonal(F, f(np.diag(A)))
    return F
''',
        "forgets_to_apply_f": _MF + '''
    w, V = np.linalg.eigh(A)
    return (V * w) @ V.T
''',
        "no_symmetry_check": '''
def matrix_function(A, f):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("bad A")
    w, V = np.linalg.eigh(A)
    return (V * f(w)) @ V.T
''',
        "library_expm_for_exp": _MF + '''
    if f is np.exp:
        return scipy.linalg.expm(A)
    w, V = np.linalg.eigh(A)
    return (V * np.asarray(f(w), float)) @ V.T
''',
    },
    "markov_stationary": {
        "right_eigenvector_of_P": _MS + '''
    w, V = np.linalg.eig(P)
    v = np.real(V[:, np.argmin(np.abs(w - 1.0))])
    v = v / v.sum()
    return np.clip(v, 0, None) / np.clip(v, 0, None).sum()
''',
        "unit_norm_not_unit_sum": _MS + '''
    w, V = np.linalg.eig(P.T)
    v = np.real(V[:, np.argmin(np.abs(w - 1.0))])
    return np.abs(v) / np.linalg.norm(v)
''',
        "largest_abs_eigenvalue": _MS + '''
    w, V = np.linalg.eig(P.T)
    v = np.real(V[:, np.argmax(np.abs(w))])
    v = v / v.sum()
    return np.clip(v, 0, None) / np.clip(v, 0, None).sum()
''',
        "power_iteration_from_uniform": _MS + '''
    pi = np.full(P.shape[0], 1.0 / P.shape[0])
    for _ in range(2000):
        pi = pi @ P
    return pi
''',
        "complex_result": _MS + '''
    w, V = np.linalg.eig(P.T)
    v = V[:, np.argmin(np.abs(w - 1.0))]
    return v / v.sum()
''',
        "no_validation": '''
def markov_stationary(P):
    P = np.asarray(P, dtype=float)
    w, V = np.linalg.eig(P.T)
    v = np.real(V[:, np.argmin(np.abs(w - 1.0))])
    v = v / v.sum()
    return np.clip(v, 0, None) / np.clip(v, 0, None).sum()
''',
        "normalise_by_max": _MS + '''
    w, V = np.linalg.eig(P.T)
    v = np.real(V[:, np.argmin(np.abs(w - 1.0))])
    return v / v[np.argmax(np.abs(v))]
''',
        "first_eigenvector": _MS + '''
    w, V = np.linalg.eig(P.T)
    v = np.real(V[:, 0])
    return v / v.sum()
''',
    },
}
