"""Mutants for 01-linear-algebra/14-projections-and-orthogonality: realistic wrong answers that must lose points."""

_CHECK = '''
    B = np.asarray(B, dtype=float)
    if B.ndim != 2 or B.shape[1] == 0 or B.shape[1] > B.shape[0]:
        raise ValueError("bad B")
'''

MUTANTS = {
    "projection_matrix": {
        "assumes_orthonormal_columns": "def projection_matrix(B):" + _CHECK + '''
    return B @ B.T
''',
        "sum_of_line_projections": "def projection_matrix(B):" + _CHECK + '''
    return sum(np.outer(b, b) / (b @ b) for b in B.T)
''',
        "complement_projector": "def projection_matrix(B):" + _CHECK + '''
    return np.eye(B.shape[0]) - B @ np.linalg.solve(B.T @ B, B.T)
''',
        "normalised_columns_only": "def projection_matrix(B):" + _CHECK + '''
    U = B / np.linalg.norm(B, axis=0)
    return U @ U.T
''',
        "coefficient_matrix_not_projector": "def projection_matrix(B):" + _CHECK + '''
    return np.linalg.solve(B.T @ B, B.T)
''',
        "forgets_inverse_scaling_for_single_column": "def projection_matrix(B):" + _CHECK + '''
    if B.shape[1] == 1:
        return np.outer(B[:, 0], B[:, 0])
    return B @ np.linalg.solve(B.T @ B, B.T)
''',
        "pinv_shortcut": '''
def projection_matrix(B):
    B = np.asarray(B, dtype=float)
    if B.ndim != 2 or B.shape[1] == 0 or B.shape[1] > B.shape[0]:
        raise ValueError("bad B")
    return B @ np.linalg.pinv(B)
''',
        "no_validation": '''
def projection_matrix(B):
    B = np.atleast_2d(np.asarray(B, dtype=float))
    return B @ np.linalg.solve(B.T @ B, B.T)
''',
        "transposed_formula_gram_on_rows": "def projection_matrix(B):" + _CHECK + '''
    G = B @ B.T + 1e-12 * np.eye(B.shape[0])
    return B @ B.T @ np.linalg.solve(G, np.eye(B.shape[0]))
''',
    },
    "gram_schmidt": {
        "no_normalisation": '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[1] > A.shape[0]:
        raise ValueError("bad A")
    V = A.copy()
    for j in range(A.shape[1]):
        if np.linalg.norm(V[:, j]) <= 1e-10 * np.linalg.norm(A[:, j]) or np.linalg.norm(V[:, j]) == 0:
            raise ValueError("dependent")
        u = V[:, j]
        V[:, j + 1:] -= np.outer(u, (u @ V[:, j + 1:]) / (u @ u))
    return V
''',
        "projects_onto_raw_columns": '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[1] > A.shape[0]:
        raise ValueError("bad A")
    n, k = A.shape
    Q = np.zeros((n, k))
    for j in range(k):
        v = A[:, j].copy()
        for i in range(j):
            v -= (A[:, i] @ A[:, j]) / (A[:, i] @ A[:, i]) * A[:, i]
        r = np.linalg.norm(v)
        if r <= 1e-10 * np.linalg.norm(A[:, j]) or r == 0:
            raise ValueError("dependent")
        Q[:, j] = v / r
    return Q
''',
        "classical_gram_schmidt": '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[1] > A.shape[0]:
        raise ValueError("bad A")
    n, k = A.shape
    Q = np.zeros((n, k))
    for j in range(k):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        r = np.linalg.norm(v)
        if r <= 1e-10 * np.linalg.norm(A[:, j]) or r == 0:
            raise ValueError("dependent")
        Q[:, j] = v / r
    return Q
''',
        "householder_signs_not_fixed": '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[1] > A.shape[0]:
        raise ValueError("bad A")
    n, k = A.shape
    R = A.copy()
    Q = np.eye(n)
    for j in range(k):
        x = R[j:, j]
        if np.linalg.norm(x) <= 1e-10 * np.linalg.norm(A[:, j]) or np.linalg.norm(x) == 0:
            raise ValueError("dependent")
        v = x.copy()
        v[0] += np.copysign(np.linalg.norm(x), x[0])
        v /= np.linalg.norm(v)
        R[j:, :] -= 2.0 * np.outer(v, v @ R[j:, :])
        Q[:, j:] -= 2.0 * np.outer(Q[:, j:] @ v, v)
    return Q[:, :k]
''',
        "library_qr": '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[1] > A.shape[0]:
        raise ValueError("bad A")
    Q, R = np.linalg.qr(A)
    if np.any(np.abs(np.diag(R)) <= 1e-10 * np.linalg.norm(A, axis=0)):
        raise ValueError("dependent")
    return Q * np.sign(np.diag(R))
''',
        "rows_instead_of_columns": '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] == 0:
        raise ValueError("bad A")
    rows = []
    for a in A:
        v = a.copy()
        for q in rows:
            v -= (q @ v) * q
        r = np.linalg.norm(v)
        if r <= 1e-10 * np.linalg.norm(a) or r == 0:
            if len(rows) == A.shape[1]:
                break
            raise ValueError("dependent")
        rows.append(v / r)
    return np.array(rows).T
''',
        "modifies_input_in_place": '''
def gram_schmidt(A):
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[1] > A.shape[0]:
        raise ValueError("bad A")
    V = A if A.dtype.kind == "f" else A.astype(float)
    k = V.shape[1]
    for j in range(k):
        r = np.linalg.norm(V[:, j])
        if r <= 1e-12 or not np.isfinite(r):
            raise ValueError("dependent")
        V[:, j] /= r
        V[:, j + 1:] -= np.outer(V[:, j], V[:, j] @ V[:, j + 1:])
    return V.copy()
''',
        "no_dependence_check": '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[1] > A.shape[0]:
        raise ValueError("bad A")
    n, k = A.shape
    V = A.copy()
    Q = np.zeros((n, k))
    for j in range(k):
        Q[:, j] = V[:, j] / max(np.linalg.norm(V[:, j]), 1e-300)
        V[:, j + 1:] -= np.outer(Q[:, j], Q[:, j] @ V[:, j + 1:])
    return Q
''',
        "normalise_before_orthogonalising": '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[1] > A.shape[0]:
        raise ValueError("bad A")
    n, k = A.shape
    Q = np.zeros((n, k))
    for j in range(k):
        v = A[:, j] / np.linalg.norm(A[:, j])
        for i in range(j):
            v = v - (Q[:, i] @ v) * Q[:, i]
        if np.linalg.norm(v) <= 1e-10:
            raise ValueError("dependent")
        Q[:, j] = v
    return Q
''',
    },
}
