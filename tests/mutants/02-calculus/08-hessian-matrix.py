"""Mutants for 02-calculus/08-hessian-matrix: realistic wrong answers that must lose points."""

_H_HEAD = '''
def hessian(f, x, h=1e-4):
    x = np.array(x, dtype=float, copy=True)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    n = x.size
    H = np.zeros((n, n))

    def fs(i, si, j, sj):
        z = x.copy()
        z[i] += si * h
        z[j] += sj * h
        return float(f(z))
'''

_LH_HEAD = '''
def logistic_hessian(X, w):
    X = np.asarray(X, dtype=float); w = np.asarray(w, dtype=float)
    if X.ndim != 2 or w.shape != (X.shape[1],):
        raise ValueError("bad shapes")
    z = X @ w
'''

_CC_HEAD = '''
def classify_critical_point(H, tol=1e-8):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1]:
        raise ValueError("H must be square")
    if not np.allclose(H, H.T, rtol=1e-10, atol=1e-12):
        raise ValueError("H must be symmetric")
'''

MUTANTS = {
    "hessian": {
        "denominator_h2": _H_HEAD + '''
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (fs(i, 1, j, 1) - fs(i, 1, j, -1) - fs(i, -1, j, 1) + fs(i, -1, j, -1)) / (h * h)
    return H
''',
        "three_point_diagonal_over_4h2": _H_HEAD + '''
    f0 = float(f(x))
    for i in range(n):
        for j in range(i, n):
            if i == j:
                H[i, i] = (fs(i, 1, i, 0) - 2 * f0 + fs(i, -1, i, 0)) / (4 * h * h)
            else:
                H[i, j] = H[j, i] = (fs(i, 1, j, 1) - fs(i, 1, j, -1) - fs(i, -1, j, 1) + fs(i, -1, j, -1)) / (4 * h * h)
    return H
''',
        "forward_second_differences": _H_HEAD + '''
    f0 = float(f(x))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (fs(i, 1, j, 1) - fs(i, 1, j, 0) - fs(i, 0, j, 1) + f0) / (h * h)
    return H
''',
        "diagonal_only": _H_HEAD + '''
    for i in range(n):
        H[i, i] = (fs(i, 1, i, 1) - 2 * fs(i, 1, i, -1) + fs(i, -1, i, -1)) / (4 * h * h)
    return H
''',
        "forward_jacobian_of_central_gradient": '''
def hessian(f, x, h=1e-4):
    x = np.array(x, dtype=float, copy=True)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    n = x.size
    def grad(z):
        g = np.zeros(n)
        for i in range(n):
            e = np.zeros(n); e[i] = h
            g[i] = (float(f(z + e)) - float(f(z - e))) / (2 * h)
        return g
    g0 = grad(x)
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n); e[j] = h
        H[:, j] = (grad(x + e) - g0) / h
    return (H + H.T) / 2
''',
        "in_place_not_restored": '''
def hessian(f, x, h=1e-4):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            vals = []
            for si, sj in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                x[i] += si * h
                x[j] += sj * h
                vals.append(float(f(x)))
                x[i] -= si * h
                x[j] -= sj * h
            H[i, j] = H[j, i] = (vals[0] - vals[1] - vals[2] + vals[3]) / (4 * h * h)
    return H
''',
        "no_float_conversion": '''
def hessian(f, x, h=1e-4):
    x = np.array(x, copy=True)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    n = x.size
    H = np.zeros((n, n))
    def fs(i, si, j, sj):
        z = x.copy()
        z[i] += si * h
        z[j] += sj * h
        return float(f(z))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (fs(i, 1, j, 1) - fs(i, 1, j, -1) - fs(i, -1, j, 1) + fs(i, -1, j, -1)) / (4 * h * h)
    return H
''',
        "ignores_h": _H_HEAD.replace("z[i] += si * h", "z[i] += si * 1e-4").replace("z[j] += sj * h", "z[j] += sj * 1e-4") + '''
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (fs(i, 1, j, 1) - fs(i, 1, j, -1) - fs(i, -1, j, 1) + fs(i, -1, j, -1)) / 4e-8
    return H
''',
        "library_shortcut": '''
def hessian(f, x, h=1e-4):
    from scipy.differentiate import hessian as sh
    x = np.array(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    g = lambda Z: np.apply_along_axis(lambda c: float(f(c)), 0, Z)
    return sh(g, x).ddf
''',
    },
    "logistic_hessian": {
        "outer_XXT": _LH_HEAD + '''
    p = np.exp(-np.logaddexp(0, -z))
    s = p * (1 - p)
    return (X * s[:, None]) @ X.T / X.shape[0]
''',
        "p_not_p1mp": _LH_HEAD + '''
    p = np.exp(-np.logaddexp(0, -z))
    return (X * p[:, None]).T @ X / X.shape[0]
''',
        "missing_1_over_n": _LH_HEAD + '''
    p = np.exp(-np.logaddexp(0, -z))
    s = p * (1 - p)
    return (X * s[:, None]).T @ X
''',
        "unstable_sigmoid": _LH_HEAD + '''
    p = 1 / (1 + np.exp(-z))
    s = p * (1 - p)
    return (X * s[:, None]).T @ X / X.shape[0]
''',
        "scalar_weight_mean": _LH_HEAD + '''
    p = np.exp(-np.logaddexp(0, -z))
    s = np.mean(p * (1 - p))
    return s * X.T @ X / X.shape[0]
''',
        "gauss_newton_identity": _LH_HEAD + '''
    return X.T @ X / (4 * X.shape[0])
''',
    },
    "classify_critical_point": {
        "uses_diagonal": _CC_HEAD + '''
    d = np.diag(H)
    thr = tol * max(1.0, float(np.max(np.abs(d))))
    if np.any(d > thr) and np.any(d < -thr):
        return "saddle"
    if np.any(np.abs(d) <= thr):
        return "degenerate"
    return "minimum" if d[0] > 0 else "maximum"
''',
        "uses_determinant": _CC_HEAD + '''
    det = np.linalg.det(H)
    if abs(det) <= tol:
        return "degenerate"
    if det < 0:
        return "saddle"
    return "minimum" if np.trace(H) > 0 else "maximum"
''',
        "no_tolerance": _CC_HEAD + '''
    lam = np.linalg.eigvalsh(H)
    if np.any(lam > 0) and np.any(lam < 0):
        return "saddle"
    if np.any(lam == 0):
        return "degenerate"
    return "minimum" if lam[0] > 0 else "maximum"
''',
        "absolute_tolerance": _CC_HEAD + '''
    lam = np.linalg.eigvalsh(H)
    if np.any(lam > tol) and np.any(lam < -tol):
        return "saddle"
    if np.any(np.abs(lam) <= tol):
        return "degenerate"
    return "minimum" if lam[0] > 0 else "maximum"
''',
        "zero_hides_saddle": _CC_HEAD + '''
    lam = np.linalg.eigvalsh(H)
    thr = tol * max(1.0, float(np.max(np.abs(lam))))
    if np.any(np.abs(lam) <= thr):
        return "degenerate"
    if np.any(lam > 0) and np.any(lam < 0):
        return "saddle"
    return "minimum" if lam[0] > 0 else "maximum"
''',
        "no_symmetry_check": '''
def classify_critical_point(H, tol=1e-8):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1]:
        raise ValueError("H must be square")
    lam = np.linalg.eigvalsh(H)
    thr = tol * max(1.0, float(np.max(np.abs(lam))))
    if np.any(lam > thr) and np.any(lam < -thr):
        return "saddle"
    if np.any(np.abs(lam) <= thr):
        return "degenerate"
    return "minimum" if lam[0] > 0 else "maximum"
''',
    },
}
