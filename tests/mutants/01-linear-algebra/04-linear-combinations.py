"""Mutants for 01-linear-algebra/04-linear-combinations: realistic wrong answers that must lose points."""

_LC_CHECKS = '''
    coeffs = np.asarray(coeffs, dtype=float)
    vectors = np.asarray(vectors, dtype=float)
    if vectors.ndim != 2 or coeffs.ndim not in (1, 2) or coeffs.shape[-1] != vectors.shape[0]:
        raise ValueError("bad shapes")
'''

_BC_START = '''
def barycentric_coordinates(triangle, p):
    T = np.asarray(triangle, dtype=float)
    P = np.asarray(p, dtype=float)
    if T.shape != (3, 2) or P.ndim not in (1, 2) or P.shape[-1] != 2:
        raise ValueError("bad shapes")
    a, b, c = T
    e1, e2 = b - a, c - a
    det = e1[0] * e2[1] - e1[1] * e2[0]
    longest_sq = max(np.sum(e1 * e1), np.sum(e2 * e2), np.sum((c - b) ** 2))
'''

MUTANTS = {
    "linear_combination": {
        "combines_columns": "def linear_combination(coeffs, vectors):" + _LC_CHECKS + "    return (vectors @ coeffs.T).T if vectors.shape[0] == vectors.shape[1] else coeffs @ vectors\n",
        "wrong_axis": "def linear_combination(coeffs, vectors):" + _LC_CHECKS + '''
    if coeffs.ndim == 1:
        return np.sum(coeffs[:, None] * vectors, axis=1)
    return coeffs @ vectors
''',
        "no_newaxis": "def linear_combination(coeffs, vectors):" + _LC_CHECKS + '''
    if coeffs.ndim == 1:
        return np.sum(coeffs * vectors.T, axis=1) if vectors.shape[0] != vectors.shape[1] else np.sum(coeffs * vectors, axis=0)
    return coeffs @ vectors
''',
        "integer_output": '''
def linear_combination(coeffs, vectors):
    coeffs = np.asarray(coeffs); vectors = np.asarray(vectors)
    if vectors.ndim != 2 or coeffs.ndim not in (1, 2) or coeffs.shape[-1] != vectors.shape[0]:
        raise ValueError("bad shapes")
    return coeffs @ vectors
''',
        "no_batch_support": '''
def linear_combination(coeffs, vectors):
    coeffs = np.asarray(coeffs, dtype=float); vectors = np.asarray(vectors, dtype=float)
    if vectors.ndim != 2 or coeffs.ndim != 1 or coeffs.shape[0] != vectors.shape[0]:
        raise ValueError("bad shapes")
    return coeffs @ vectors
''',
        "no_validation": '''
def linear_combination(coeffs, vectors):
    return np.asarray(coeffs, dtype=float) @ np.asarray(vectors, dtype=float)
''',
    },
    "barycentric_coordinates": {
        "swapped_weights": _BC_START + '''
    if not abs(det) > 1e-12 * longest_sq:
        raise ValueError("degenerate")
    r = P - a
    wb = (r[..., 0] * e2[1] - r[..., 1] * e2[0]) / det
    wc = (e1[0] * r[..., 1] - e1[1] * r[..., 0]) / det
    return np.stack([1.0 - wb - wc, wc, wb], axis=-1)
''',
        "determinant_sign_flipped": _BC_START + '''
    if not abs(det) > 1e-12 * longest_sq:
        raise ValueError("degenerate")
    r = P - a
    wb = (r[..., 0] * e2[1] - r[..., 1] * e2[0]) / abs(det)
    wc = (e1[0] * r[..., 1] - e1[1] * r[..., 0]) / abs(det)
    return np.stack([1.0 - wb - wc, wb, wc], axis=-1)
''',
        "absolute_degeneracy_test": _BC_START + '''
    if abs(det) < 1e-12:
        raise ValueError("degenerate")
    r = P - a
    wb = (r[..., 0] * e2[1] - r[..., 1] * e2[0]) / det
    wc = (e1[0] * r[..., 1] - e1[1] * r[..., 0]) / det
    return np.stack([1.0 - wb - wc, wb, wc], axis=-1)
''',
        "no_degeneracy_test": _BC_START + '''
    r = P - a
    with np.errstate(all="ignore"):
        wb = (r[..., 0] * e2[1] - r[..., 1] * e2[0]) / det
        wc = (e1[0] * r[..., 1] - e1[1] * r[..., 0]) / det
    return np.stack([1.0 - wb - wc, wb, wc], axis=-1)
''',
        "forgot_to_subtract_a": _BC_START + '''
    if not abs(det) > 1e-12 * longest_sq:
        raise ValueError("degenerate")
    r = P
    wb = (r[..., 0] * e2[1] - r[..., 1] * e2[0]) / det
    wc = (e1[0] * r[..., 1] - e1[1] * r[..., 0]) / det
    return np.stack([1.0 - wb - wc, wb, wc], axis=-1)
''',
        "single_point_only": _BC_START + '''
    if not abs(det) > 1e-12 * longest_sq:
        raise ValueError("degenerate")
    r = P.reshape(-1, 2)[0] - a
    wb = (r[0] * e2[1] - r[1] * e2[0]) / det
    wc = (e1[0] * r[1] - e1[1] * r[0]) / det
    return np.array([1.0 - wb - wc, wb, wc])
''',
        "library_solve": '''
def barycentric_coordinates(triangle, p):
    T = np.asarray(triangle, dtype=float); P = np.asarray(p, dtype=float)
    if T.shape != (3, 2) or P.ndim not in (1, 2) or P.shape[-1] != 2:
        raise ValueError("bad shapes")
    M = np.vstack([T.T, np.ones(3)])
    if abs(np.linalg.det(M)) < 1e-12 * np.max(np.abs(T)) ** 2:
        raise ValueError("degenerate")
    rhs = np.vstack([np.atleast_2d(P).T, np.ones(np.atleast_2d(P).shape[0])])
    W = np.linalg.solve(M, rhs).T
    return W[0] if P.ndim == 1 else W
''',
    },
}
