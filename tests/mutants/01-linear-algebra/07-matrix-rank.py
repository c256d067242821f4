"""Mutants for 01-linear-algebra/07-matrix-rank: realistic wrong answers that must lose points."""

_HEAD = '''
def rref(A, tol=1e-10):
    R = np.array(A, dtype=float)
    if R.ndim != 2:
        raise ValueError("2-D please")
    m, n = R.shape
    scale = float(np.max(np.abs(R))) if R.size else 0.0
    if scale == 0.0:
        return np.zeros((m, n)), ()
    pivots = []
    r = 0
    for c in range(n):
        if r == m:
            break
'''

_TAIL = '''
        pivots.append(c)
        r += 1
    R[r:] = 0.0
    return R, tuple(pivots)
'''

_PIVOT = '''
        p = r + int(np.argmax(np.abs(R[r:, c])))
'''

_SWAP_SCALE_ELIM = '''
        R[[r, p]] = R[[p, r]]
        R[r] = R[r] / R[r, c]
        f = R[:, c].copy(); f[r] = 0.0
        R -= np.outer(f, R[r])
'''

MUTANTS = {
    "rref": {
        "no_partial_pivoting": _HEAD + '''
        cand = [i for i in range(r, m) if abs(R[i, c]) > tol * scale]
        if not cand:
            R[r:, c] = 0.0
            continue
        p = cand[0]
''' + _SWAP_SCALE_ELIM + _TAIL,
        "exact_zero_test": _HEAD + _PIVOT + '''
        if R[p, c] == 0.0:
            continue
''' + _SWAP_SCALE_ELIM + _TAIL,
        "absolute_tolerance": _HEAD + _PIVOT + '''
        if abs(R[p, c]) <= tol:
            R[r:, c] = 0.0
            continue
''' + _SWAP_SCALE_ELIM + _TAIL,
        "row_echelon_only": _HEAD + _PIVOT + '''
        if abs(R[p, c]) <= tol * scale:
            R[r:, c] = 0.0
            continue
        R[[r, p]] = R[[p, r]]
        R[r] = R[r] / R[r, c]
        f = R[:, c].copy(); f[: r + 1] = 0.0
        R -= np.outer(f, R[r])
''' + _TAIL,
        "pivot_not_normalised": _HEAD + _PIVOT + '''
        if abs(R[p, c]) <= tol * scale:
            R[r:, c] = 0.0
            continue
        R[[r, p]] = R[[p, r]]
        f = R[:, c] / R[r, c]; f[r] = 0.0
        R -= np.outer(f, R[r])
''' + _TAIL,
        "advances_row_on_empty_column": _HEAD + _PIVOT + '''
        if abs(R[p, c]) <= tol * scale:
            R[r:, c] = 0.0
            r += 1
            continue
''' + _SWAP_SCALE_ELIM + _TAIL,
        "modifies_input": '''
def rref(A, tol=1e-10):
    R = np.asarray(A, dtype=float)
    if R.ndim != 2:
        raise ValueError("2-D please")
    m, n = R.shape
    scale = float(np.max(np.abs(R))) if R.size else 0.0
    if scale == 0.0:
        return np.zeros((m, n)), ()
    pivots = []
    r = 0
    for c in range(n):
        if r == m:
            break
''' + _PIVOT + '''
        if abs(R[p, c]) <= tol * scale:
            R[r:, c] = 0.0
            continue
''' + _SWAP_SCALE_ELIM + _TAIL,
        "scale_from_current_column": _HEAD + _PIVOT + '''
        if abs(R[p, c]) <= tol * max(np.abs(R[:, c]).max(), 1e-300) and abs(R[p, c]) == 0.0:
            continue
        if abs(R[p, c]) <= 1e-10:
            R[r:, c] = 0.0
            continue
''' + _SWAP_SCALE_ELIM + _TAIL,
        "integer_arithmetic": '''
def rref(A, tol=1e-10):
    R = np.array(A)
    if R.ndim != 2:
        raise ValueError("2-D please")
    m, n = R.shape
    scale = float(np.max(np.abs(R))) if R.size else 0.0
    if scale == 0.0:
        return np.zeros((m, n)), ()
    pivots = []
    r = 0
    for c in range(n):
        if r == m:
            break
''' + _PIVOT + '''
        if abs(R[p, c]) <= tol * scale:
            R[r:, c] = 0
            continue
        R[[r, p]] = R[[p, r]]
        R[r] = R[r] / R[r, c]
        f = R[:, c].copy(); f[r] = 0
        R -= np.outer(f, R[r]).astype(R.dtype)
''' + _TAIL,
    },
    "matrix_rank": {
        "min_of_shape": '''
def matrix_rank(A, tol=1e-10):
    A = np.asarray(A)
    if A.ndim != 2:
        raise ValueError("2-D please")
    return 0 if not np.any(A) else min(A.shape)
''',
        "nonzero_rows_of_input": '''
def matrix_rank(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("2-D please")
    return int(np.sum(np.any(np.abs(A) > tol, axis=1)))
''',
        "library_shortcut": '''
def matrix_rank(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("2-D please")
    return int(np.linalg.matrix_rank(A))
''',
        "ignores_tol": '''
def matrix_rank(A, tol=1e-10):
    return len(rref(A)[1])
''',
        "count_nonzero_rows_exactly": '''
def matrix_rank(A, tol=1e-10):
    R = np.array(A, dtype=float)
    if R.ndim != 2:
        raise ValueError("2-D please")
    m, n = R.shape
    r = 0
    for c in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(R[r:, c])))
        if R[p, c] == 0:
            continue
        R[[r, p]] = R[[p, r]]
        R[r + 1:] -= np.outer(R[r + 1:, c] / R[r, c], R[r])
        r += 1
    return int(np.sum(np.any(R != 0, axis=1)))
''',
    },
}
