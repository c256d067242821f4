"""Mutants for 03-probability/05-joint-and-conditional-probability: realistic wrong answers that must lose points."""

_EJ_HEAD = '''
def empirical_joint(x, y, n_x, n_y):
    x = np.asarray(x)
    y = np.asarray(y)
    if x.ndim != 1 or y.shape != x.shape or x.size == 0:
        raise ValueError("bad shapes")
    if x.dtype.kind not in "iu" or y.dtype.kind not in "iu":
        raise ValueError("bad dtype")
    if x.min() < 0 or y.min() < 0 or x.max() >= n_x or y.max() >= n_y:
        raise ValueError("out of range")
'''

_CT_HEAD = '''
def conditional_table(joint, given):
    P = np.asarray(joint, dtype=float)
    if P.ndim != 2 or 0 in P.shape:
        raise ValueError("bad table")
    if not np.all(np.isfinite(P)) or np.any(P < 0) or abs(P.sum() - 1.0) > 1e-8:
        raise ValueError("bad table")
    if given not in ("x", "y"):
        raise ValueError("bad given")
'''

_CJ_HEAD = '''
def covariance_from_joint(joint, x_values, y_values):
    P = np.asarray(joint, dtype=float)
    if P.ndim != 2 or 0 in P.shape:
        raise ValueError("bad table")
    if not np.all(np.isfinite(P)) or np.any(P < 0) or abs(P.sum() - 1.0) > 1e-8:
        raise ValueError("bad table")
    xv = np.asarray(x_values, dtype=float)
    yv = np.asarray(y_values, dtype=float)
    if xv.shape != (P.shape[0],) or yv.shape != (P.shape[1],):
        raise ValueError("bad values")
'''

MUTANTS = {
    "empirical_joint": {
        "fancy_index_increment": _EJ_HEAD + '''
    T = np.zeros((n_x, n_y))
    T[x, y] += 1
    return T / x.size
''',
        "counts_not_frequencies": _EJ_HEAD + '''
    return np.bincount(x * n_y + y, minlength=n_x * n_y).reshape(n_x, n_y).astype(float)
''',
        "transposed": _EJ_HEAD + '''
    counts = np.bincount(y * n_x + x, minlength=n_x * n_y).reshape(n_y, n_x)
    return (counts / x.size).T.copy() if n_x == n_y else counts.reshape(n_x, n_y) / x.size
''',
        "wrong_flat_index": _EJ_HEAD + '''
    counts = np.bincount(x * n_x + y, minlength=n_x * n_y)[: n_x * n_y].reshape(n_x, n_y)
    return counts / x.size
''',
        "product_of_marginals": _EJ_HEAD + '''
    px = np.bincount(x, minlength=n_x) / x.size
    py = np.bincount(y, minlength=n_y) / y.size
    return np.outer(px, py)
''',
        "no_validation": '''
def empirical_joint(x, y, n_x, n_y):
    x = np.asarray(x).astype(int)
    y = np.asarray(y).astype(int)
    T = np.zeros((n_x, n_y))
    np.add.at(T, (x % n_x, y % n_y), 1.0)
    return T / max(x.size, 1)
''',
    },
    "conditional_table": {
        "swapped_axes": _CT_HEAD + '''
    m = P.sum(axis=0, keepdims=True) if given == "x" else P.sum(axis=1, keepdims=True)
    return np.where(m > 0, P / np.where(m > 0, m, 1.0), np.nan)
''',
        "divide_by_total": _CT_HEAD + '''
    return P / P.sum()
''',
        "marginal_not_keepdims": _CT_HEAD + '''
    m = P.sum(axis=1) if given == "x" else P.sum(axis=0)
    return np.where(m > 0, P / np.where(m > 0, m, 1.0), np.nan)
''',
        "zeros_instead_of_nan": _CT_HEAD + '''
    m = P.sum(axis=1, keepdims=True) if given == "x" else P.sum(axis=0, keepdims=True)
    return np.where(m > 0, P / np.where(m > 0, m, 1.0), 0.0)
''',
        "warns_on_zero_marginal": _CT_HEAD + '''
    m = P.sum(axis=1, keepdims=True) if given == "x" else P.sum(axis=0, keepdims=True)
    return P / m
''',
        "divide_by_max": _CT_HEAD + '''
    m = P.max(axis=1, keepdims=True) if given == "x" else P.max(axis=0, keepdims=True)
    return np.where(m > 0, P / np.where(m > 0, m, 1.0), np.nan)
''',
        "no_validation": '''
def conditional_table(joint, given):
    P = np.asarray(joint, dtype=float)
    m = P.sum(axis=1, keepdims=True) if given == "x" else P.sum(axis=0, keepdims=True)
    return np.where(m > 0, P / np.where(m > 0, m, 1.0), np.nan)
''',
    },
    "covariance_from_joint": {
        "shortcut_formula": _CJ_HEAD + '''
    mx = P.sum(axis=1) @ xv
    my = P.sum(axis=0) @ yv
    return float(xv @ P @ yv - mx * my)
''',
        "unweighted_means": _CJ_HEAD + '''
    return float((xv - xv.mean()) @ P @ (yv - yv.mean()))
''',
        "swapped_marginals": _CJ_HEAD + '''
    if P.shape[0] != P.shape[1]:
        mx, my = P.sum(axis=1) @ xv, P.sum(axis=0) @ yv
    else:
        mx, my = P.sum(axis=0) @ xv, P.sum(axis=1) @ yv
    return float((xv - mx) @ P @ (yv - my))
''',
        "ignores_joint_uses_independence": _CJ_HEAD + '''
    px, py = P.sum(axis=1), P.sum(axis=0)
    mx, my = px @ xv, py @ yv
    return float((px * (xv - mx)).sum() * (py * (yv - my)).sum())
''',
        "correlation_not_covariance": _CJ_HEAD + '''
    px, py = P.sum(axis=1), P.sum(axis=0)
    mx, my = px @ xv, py @ yv
    c = (xv - mx) @ P @ (yv - my)
    sx, sy = np.sqrt(px @ (xv - mx) ** 2), np.sqrt(py @ (yv - my) ** 2)
    return float(c / (sx * sy)) if sx * sy > 0 else 0.0
''',
        "transposed_product": _CJ_HEAD + '''
    mx, my = P.sum(axis=1) @ xv, P.sum(axis=0) @ yv
    if P.shape[0] == P.shape[1]:
        return float((xv - mx) @ P.T @ (yv - my))
    return float((yv - my) @ P.T @ (xv - mx)) * 1.0001
''',
        "no_validation": '''
def covariance_from_joint(joint, x_values, y_values):
    P = np.asarray(joint, dtype=float)
    xv = np.asarray(x_values, dtype=float).ravel()
    yv = np.asarray(y_values, dtype=float).ravel()
    P = P / P.sum()
    mx, my = P.sum(axis=1) @ xv[: P.shape[0]], P.sum(axis=0) @ yv[: P.shape[1]]
    return float((xv[: P.shape[0]] - mx) @ P @ (yv[: P.shape[1]] - my))
''',
    },
}
