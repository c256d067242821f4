"""Mutants for 01-linear-algebra/09-inverse-matrix: realistic wrong answers that must lose points."""

_INV_HEAD = '''
def gauss_jordan_inverse(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    n = A.shape[0]
    tol = 1e-12 * np.max(np.abs(A))
    M = np.hstack([A, np.eye(n)])
'''

_SOLVE_HEAD = '''
def solve_linear_system(A, b):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    b = np.asarray(b, dtype=float)
    n = A.shape[0]
    if b.ndim not in (1, 2) or b.shape[0] != n:
        raise ValueError("bad b")
    U = A.copy()
    B = b.reshape(n, -1).copy()
    tol = 1e-12 * np.max(np.abs(A))
'''

_BACK = '''
    X = np.zeros_like(B)
    for i in range(n - 1, -1, -1):
        X[i] = (B[i] - U[i, i + 1:] @ X[i + 1:]) / U[i, i]
    return X[:, 0] if b.ndim == 1 else X
'''

MUTANTS = {
    "gauss_jordan_inverse": {
        "no_pivoting": _INV_HEAD + '''
    for j in range(n):
        if abs(M[j, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        M[j] /= M[j, j]
        f = M[:, j].copy(); f[j] = 0.0
        M -= np.outer(f, M[j])
    return M[:, n:]
''',
        "first_nonzero_pivot": _INV_HEAD + '''
    for j in range(n):
        nz = np.flatnonzero(np.abs(M[j:, j]) > tol)
        if nz.size == 0:
            raise np.linalg.LinAlgError("singular")
        p = j + int(nz[0])
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        f = M[:, j].copy(); f[j] = 0.0
        M -= np.outer(f, M[j])
    return M[:, n:]
''',
        "only_eliminates_below": _INV_HEAD + '''
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        f = M[:, j].copy(); f[:j + 1] = 0.0
        M -= np.outer(f, M[j])
    return M[:, n:]
''',
        "forgets_to_normalise_pivot_row": _INV_HEAD + '''
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        M[[j, p]] = M[[p, j]]
        f = M[:, j] / M[j, j]; f[j] = 0.0
        M -= np.outer(f, M[j])
    return M[:, n:]
''',
        "returns_transpose": _INV_HEAD + '''
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        f = M[:, j].copy(); f[j] = 0.0
        M -= np.outer(f, M[j])
    return M[:, n:].T
''',
        "absolute_singularity_threshold": '''
def gauss_jordan_inverse(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) < 1e-12:
            raise np.linalg.LinAlgError("singular")
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        f = M[:, j].copy(); f[j] = 0.0
        M -= np.outer(f, M[j])
    return M[:, n:]
''',
        "exact_zero_test_only": '''
def gauss_jordan_inverse(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if M[p, j] == 0:
            raise np.linalg.LinAlgError("singular")
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        f = M[:, j].copy(); f[j] = 0.0
        M -= np.outer(f, M[j])
    return M[:, n:]
''',
        "raises_valueerror_not_linalgerror": _INV_HEAD + '''
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= tol:
            raise ValueError("singular")
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        f = M[:, j].copy(); f[j] = 0.0
        M -= np.outer(f, M[j])
    return M[:, n:]
''',
        "library_inverse": '''
def gauss_jordan_inverse(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    return np.linalg.inv(A)
''',
        "modifies_input": '''
def gauss_jordan_inverse(A):
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    A = A if A.dtype.kind == "f" else A.astype(float)
    n = A.shape[0]
    tol = 1e-12 * np.max(np.abs(A))
    Inv = np.eye(n)
    for j in range(n):
        p = j + int(np.argmax(np.abs(A[j:, j])))
        if abs(A[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        A[[j, p]] = A[[p, j]]; Inv[[j, p]] = Inv[[p, j]]
        d = A[j, j]
        A[j] /= d; Inv[j] /= d
        f = A[:, j].copy(); f[j] = 0.0
        A -= np.outer(f, A[j]); Inv -= np.outer(f, Inv[j])
    return Inv
''',
    },
    "solve_linear_system": {
        "first_nonzero_pivot": _SOLVE_HEAD + '''
    for j in range(n):
        nz = np.flatnonzero(np.abs(U[j:, j]) > tol)
        if nz.size == 0:
            raise np.linalg.LinAlgError("singular")
        p = j + int(nz[0])
        U[[j, p]] = U[[p, j]]; B[[j, p]] = B[[p, j]]
        f = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(f, U[j, j:])
        B[j + 1:] -= np.outer(f, B[j])
''' + _BACK,
        "no_pivoting": _SOLVE_HEAD + '''
    for j in range(n):
        if abs(U[j, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        f = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(f, U[j, j:])
        B[j + 1:] -= np.outer(f, B[j])
''' + _BACK,
        "swaps_A_rows_but_not_b": _SOLVE_HEAD + '''
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[j, p]] = U[[p, j]]
        f = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(f, U[j, j:])
        B[j + 1:] -= np.outer(f, B[j])
''' + _BACK,
        "back_substitution_forgets_diagonal": _SOLVE_HEAD + '''
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[j, p]] = U[[p, j]]; B[[j, p]] = B[[p, j]]
        f = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(f, U[j, j:])
        B[j + 1:] -= np.outer(f, B[j])
    X = np.zeros_like(B)
    for i in range(n - 1, -1, -1):
        X[i] = B[i] - U[i, i + 1:] @ X[i + 1:]
    return X[:, 0] if b.ndim == 1 else X
''',
        "back_substitution_top_down": _SOLVE_HEAD + '''
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[j, p]] = U[[p, j]]; B[[j, p]] = B[[p, j]]
        f = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(f, U[j, j:])
        B[j + 1:] -= np.outer(f, B[j])
    X = np.zeros_like(B)
    for i in range(n):
        X[i] = (B[i] - U[i, i + 1:] @ X[i + 1:]) / U[i, i]
    return X[:, 0] if b.ndim == 1 else X
''',
        "column_vector_for_1d_b": _SOLVE_HEAD + '''
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[j, p]] = U[[p, j]]; B[[j, p]] = B[[p, j]]
        f = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(f, U[j, j:])
        B[j + 1:] -= np.outer(f, B[j])
    X = np.zeros_like(B)
    for i in range(n - 1, -1, -1):
        X[i] = (B[i] - U[i, i + 1:] @ X[i + 1:]) / U[i, i]
    return X
''',
        "only_single_rhs": '''
def solve_linear_system(A, b):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    b = np.asarray(b, dtype=float)
    n = A.shape[0]
    if b.ndim != 1 or b.shape[0] != n:
        raise ValueError("bad b")
    U = A.copy(); c = b.copy()
    tol = 1e-12 * np.max(np.abs(A))
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[j, p]] = U[[p, j]]; c[[j, p]] = c[[p, j]]
        f = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(f, U[j, j:])
        c[j + 1:] -= f * c[j]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
''',
        "no_singularity_check": '''
def solve_linear_system(A, b):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    b = np.asarray(b, dtype=float)
    n = A.shape[0]
    if b.ndim not in (1, 2) or b.shape[0] != n:
        raise ValueError("bad b")
    U = A.copy(); B = b.reshape(n, -1).copy()
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        U[[j, p]] = U[[p, j]]; B[[j, p]] = B[[p, j]]
        with np.errstate(all="ignore"):
            f = U[j + 1:, j] / U[j, j]
            U[j + 1:, j:] -= np.outer(f, U[j, j:])
            B[j + 1:] -= np.outer(f, B[j])
    X = np.zeros_like(B)
    with np.errstate(all="ignore"):
        for i in range(n - 1, -1, -1):
            X[i] = (B[i] - U[i, i + 1:] @ X[i + 1:]) / U[i, i]
    return X[:, 0] if b.ndim == 1 else X
''',
        "library_solve": '''
def solve_linear_system(A, b):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    return np.linalg.solve(A, b)
''',
        "modifies_b_in_place": '''
def solve_linear_system(A, b):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("bad A")
    n = A.shape[0]
    if b.ndim not in (1, 2) or b.shape[0] != n:
        raise ValueError("bad b")
    B = b.reshape(n, -1) if b.dtype.kind == "f" else b.reshape(n, -1).astype(float)
    U = A.copy()
    tol = 1e-12 * np.max(np.abs(A))
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= tol:
            raise np.linalg.LinAlgError("singular")
        U[[j, p]] = U[[p, j]]; B[[j, p]] = B[[p, j]]
        f = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(f, U[j, j:])
        B[j + 1:] -= np.outer(f, B[j])
    X = np.zeros_like(B)
    for i in range(n - 1, -1, -1):
        X[i] = (B[i] - U[i, i + 1:] @ X[i + 1:]) / U[i, i]
    return X[:, 0].copy() if b.ndim == 1 else X.copy()
''',
    },
}
