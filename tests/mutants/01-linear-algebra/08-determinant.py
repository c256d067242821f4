"""Mutants for 01-linear-algebra/08-determinant: realistic wrong answers that must lose points."""

_DET_HEAD = '''
def det_by_elimination(A):
    U = np.array(A, dtype=float)
    if U.ndim != 2 or U.shape[0] != U.shape[1]:
        raise ValueError("square please")
    n = U.shape[0]
    det = 1.0
'''

_AREA_HEAD = '''
def signed_area(vertices):
    P = np.asarray(vertices, dtype=float)
    if P.ndim != 2 or P.shape[1] != 2 or P.shape[0] < 3:
        raise ValueError("bad vertices")
'''

MUTANTS = {
    "det_by_elimination": {
        "no_sign_flip": _DET_HEAD + '''
    for c in range(n):
        p = c + int(np.argmax(np.abs(U[c:, c])))
        if U[p, c] == 0.0:
            return 0.0
        U[[c, p]] = U[[p, c]]
        det *= U[c, c]
        U[c + 1:, c:] -= np.outer(U[c + 1:, c] / U[c, c], U[c, c:])
    return float(det)
''',
        "no_pivoting": _DET_HEAD + '''
    for c in range(n):
        det *= U[c, c]
        U[c + 1:, c:] -= np.outer(U[c + 1:, c] / U[c, c], U[c, c:])
    return float(det)
''',
        "diagonal_of_original": '''
def det_by_elimination(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    return float(np.prod(np.diag(A)))
''',
        "integer_arithmetic": '''
def det_by_elimination(A):
    U = np.array(A)
    if U.ndim != 2 or U.shape[0] != U.shape[1]:
        raise ValueError("square please")
    n = U.shape[0]
    det = 1.0
    for c in range(n):
        p = c + int(np.argmax(np.abs(U[c:, c])))
        if U[p, c] == 0:
            return 0.0
        if p != c:
            U[[c, p]] = U[[p, c]]
            det = -det
        det *= U[c, c]
        for i in range(c + 1, n):
            U[i, c:] = U[i, c:] - (U[i, c] / U[c, c]) * U[c, c:]
    return float(det)
''',
        "modifies_input": '''
def det_by_elimination(A):
    U = np.asarray(A, dtype=float)
    if U.ndim != 2 or U.shape[0] != U.shape[1]:
        raise ValueError("square please")
    n = U.shape[0]
    det = 1.0
    for c in range(n):
        p = c + int(np.argmax(np.abs(U[c:, c])))
        if U[p, c] == 0.0:
            return 0.0
        if p != c:
            U[[c, p]] = U[[p, c]]
            det = -det
        det *= U[c, c]
        U[c + 1:, c:] -= np.outer(U[c + 1:, c] / U[c, c], U[c, c:])
    return float(det)
''',
        "flips_sign_every_column": _DET_HEAD + '''
    for c in range(n):
        p = c + int(np.argmax(np.abs(U[c:, c])))
        if U[p, c] == 0.0:
            return 0.0
        U[[c, p]] = U[[p, c]]
        if c > 0:
            det = -det
        det *= U[c, c]
        U[c + 1:, c:] -= np.outer(U[c + 1:, c] / U[c, c], U[c, c:])
    return float(det)
''',
        "forgets_last_pivot": _DET_HEAD + '''
    for c in range(n - 1):
        p = c + int(np.argmax(np.abs(U[c:, c])))
        if U[p, c] == 0.0:
            return 0.0
        if p != c:
            U[[c, p]] = U[[p, c]]
            det = -det
        det *= U[c, c]
        U[c + 1:, c:] -= np.outer(U[c + 1:, c] / U[c, c], U[c, c:])
    return float(det)
''',
        "absolute_tolerance": _DET_HEAD + '''
    for c in range(n):
        p = c + int(np.argmax(np.abs(U[c:, c])))
        if abs(U[p, c]) < 1e-10:
            return 0.0
        if p != c:
            U[[c, p]] = U[[p, c]]
            det = -det
        det *= U[c, c]
        U[c + 1:, c:] -= np.outer(U[c + 1:, c] / U[c, c], U[c, c:])
    return float(det)
''',
        "normalises_pivot_rows": _DET_HEAD + '''
    for c in range(n):
        p = c + int(np.argmax(np.abs(U[c:, c])))
        if U[p, c] == 0.0:
            return 0.0
        if p != c:
            U[[c, p]] = U[[p, c]]
            det = -det
        U[c] = U[c] / U[c, c]
        det *= U[c, c]
        U[c + 1:, c:] -= np.outer(U[c + 1:, c], U[c, c:])
    return float(det)
''',
        "library_shortcut": '''
def det_by_elimination(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    return float(np.linalg.det(A))
''',
    },
    "signed_area": {
        "absolute_value": _AREA_HEAD + '''
    P = P - P[0]
    x, y = P[:, 0], P[:, 1]
    return float(abs(0.5 * np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y)))
''',
        "missing_closing_edge": _AREA_HEAD + '''
    P = P - P.mean(axis=0)
    x, y = P[:, 0], P[:, 1]
    return float(0.5 * np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))
''',
        "missing_half": _AREA_HEAD + '''
    P = P - P[0]
    x, y = P[:, 0], P[:, 1]
    return float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))
''',
        "clockwise_positive": _AREA_HEAD + '''
    P = P - P[0]
    x, y = P[:, 0], P[:, 1]
    return float(0.5 * np.sum(np.roll(x, -1) * y - x * np.roll(y, -1)))
''',
        "not_shifted": _AREA_HEAD + '''
    x, y = P[:, 0], P[:, 1]
    return float(0.5 * np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))
''',
        "roll_wrong_direction_mixed": _AREA_HEAD + '''
    P = P - P[0]
    x, y = P[:, 0], P[:, 1]
    return float(0.5 * np.sum(x * np.roll(y, 1) - np.roll(x, -1) * y))
''',
        "no_validation": '''
def signed_area(vertices):
    P = np.asarray(vertices, dtype=float)
    P = P - P[0]
    x, y = P[:, 0], P[:, 1]
    return float(0.5 * np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))
''',
    },
}
