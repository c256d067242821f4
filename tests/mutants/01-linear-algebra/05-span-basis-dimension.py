"""Mutants for 01-linear-algebra/05-span-basis-dimension: realistic wrong answers that must lose points."""

_SPAN_START = '''
def is_in_span(vectors, target, tol=1e-10):
    V = np.asarray(vectors, dtype=float)
    t = np.asarray(target, dtype=float)
    if V.ndim != 2 or t.ndim != 1 or V.shape[1] != t.shape[0]:
        raise ValueError("bad shapes")
'''

_COORD_START = '''
def coordinates_in_basis(basis, v):
    B = np.asarray(basis, dtype=float)
    v = np.asarray(v, dtype=float)
    if B.ndim != 2 or B.shape[0] != B.shape[1] or v.shape != (B.shape[0],):
        raise ValueError("bad shapes")
'''

MUTANTS = {
    "is_in_span": {
        "exact_zero_residual": _SPAN_START + '''
    coef = np.linalg.lstsq(V.T, t, rcond=None)[0]
    return bool(np.linalg.norm(t - coef @ V) == 0.0)
''',
        "absolute_tolerance": _SPAN_START + '''
    coef = np.linalg.lstsq(V.T, t, rcond=None)[0]
    return bool(np.linalg.norm(t - coef @ V) <= tol)
''',
        "rank_comparison_ignores_tol": _SPAN_START + '''
    if not np.any(t):
        return True
    r1 = np.linalg.matrix_rank(V) if V.shape[0] else 0
    return bool(np.linalg.matrix_rank(np.vstack([V, t])) == r1)
''',
        "vectors_as_columns": _SPAN_START + '''
    if not np.any(t):
        return True
    coef = np.linalg.lstsq(V, t, rcond=None)[0]
    return bool(np.linalg.norm(t - V @ coef) <= tol * np.linalg.norm(t))
''',
        "separate_projections": _SPAN_START + '''
    tn = np.linalg.norm(t)
    if tn == 0:
        return True
    proj = np.zeros_like(t)
    for v in V:
        if np.any(v):
            proj = proj + (v @ t) / (v @ v) * v
    return bool(np.linalg.norm(t - proj) <= tol * tn)
''',
        "relative_to_d_not_norm": _SPAN_START + '''
    coef = np.linalg.lstsq(V.T, t, rcond=None)[0]
    return bool(np.linalg.norm(t - coef @ V) <= tol * max(1.0, np.abs(V).max() if V.size else 1.0))
''',
    },
    "coordinates_in_basis": {
        "solves_without_transpose": _COORD_START + '''
    if np.linalg.matrix_rank(B) < B.shape[0]:
        raise ValueError("not a basis")
    return np.linalg.solve(B, v)
''',
        "no_dependency_check": _COORD_START + '''
    return np.linalg.solve(B.T, v)
''',
        "dot_products": _COORD_START + '''
    if np.linalg.matrix_rank(B) < B.shape[0]:
        raise ValueError("not a basis")
    return B @ v
''',
        "exact_det_check": _COORD_START + '''
    if np.linalg.det(B) == 0:
        raise ValueError("not a basis")
    return np.linalg.solve(B.T, v)
''',
        "absolute_det_threshold": _COORD_START + '''
    if abs(np.linalg.det(B)) < 1e-10:
        raise ValueError("not a basis")
    return np.linalg.solve(B.T, v)
''',
        "inverse_wrong_side": _COORD_START + '''
    if np.linalg.matrix_rank(B) < B.shape[0]:
        raise ValueError("not a basis")
    return np.linalg.inv(B) @ v
''',
    },
}
