"""Mutants for 06-information-theory/05-information-theory-in-ml: realistic wrong answers that must lose points."""

_J_HEAD = '''
def js_divergence(p, q, base=2):
    if not (np.isfinite(base) and base > 0 and base != 1):
        raise ValueError("bad base")
    p = np.asarray(p, dtype=float); q = np.asarray(q, dtype=float)
    for v in (p, q):
        if v.ndim != 1 or v.size == 0 or not np.all(np.isfinite(v)) or np.any(v < 0) or abs(v.sum() - 1) > 1e-6:
            raise ValueError("bad vector")
    if p.shape != q.shape:
        raise ValueError("lengths differ")
'''

_D_HEAD = '''
def distillation_loss(student_logits, teacher_logits, T=1.0):
    S = np.asarray(student_logits, dtype=float); Z = np.asarray(teacher_logits, dtype=float)
    if S.ndim != 2 or S.size == 0 or S.shape != Z.shape or not (np.isfinite(T) and T > 0):
        raise ValueError("bad input")
    n = S.shape[0]
    def lsm(U):
        U = U - U.max(axis=1, keepdims=True)
        return U - np.log(np.exp(U).sum(axis=1, keepdims=True))
'''

MUTANTS = {
    "js_divergence": {
        "natural_log": _J_HEAD + '''
    m = 0.5 * (p + q)
    kl = lambda a: np.sum(a[a > 0] * np.log(a[a > 0] / m[a > 0]))
    return float(0.5 * (kl(p) + kl(q)))
''',
        "symmetrised_kl_not_js": _J_HEAD + '''
    if np.any((p > 0) != (q > 0)):
        return float("inf")
    s = p > 0
    return float(0.5 * (np.sum(p[s] * np.log(p[s] / q[s])) + np.sum(q[s] * np.log(q[s] / p[s]))) / np.log(base))
''',
        "missing_one_half": _J_HEAD + '''
    m = 0.5 * (p + q)
    kl = lambda a: np.sum(a[a > 0] * np.log(a[a > 0] / m[a > 0]))
    return float((kl(p) + kl(q)) / np.log(base))
''',
        "returns_scipy_distance": _J_HEAD + '''
    m = 0.5 * (p + q)
    kl = lambda a: np.sum(a[a > 0] * np.log(a[a > 0] / m[a > 0]))
    return float(np.sqrt(max(0.5 * (kl(p) + kl(q)) / np.log(base), 0.0)))
''',
        "only_one_side": _J_HEAD + '''
    m = 0.5 * (p + q)
    s = p > 0
    return float(np.sum(p[s] * np.log(p[s] / m[s])) / np.log(base))
''',
        "nan_on_zeros": _J_HEAD + '''
    m = 0.5 * (p + q)
    with np.errstate(all="ignore"):
        return float(0.5 * (np.sum(p * np.log(p / m)) + np.sum(q * np.log(q / m))) / np.log(base))
''',
        "warns_on_zeros": _J_HEAD + '''
    m = 0.5 * (p + q)
    t1 = np.where(p > 0, p * np.log(p / m), 0.0); t2 = np.where(q > 0, q * np.log(q / m), 0.0)
    return float(0.5 * (t1.sum() + t2.sum()) / np.log(base))
''',
        "geometric_mixture": _J_HEAD + '''
    m = np.sqrt(p * q); m = m / m.sum() if m.sum() > 0 else np.full(p.size, 1.0 / p.size)
    def kl(a):
        s = a > 0
        if np.any(m[s] == 0):
            return np.inf
        return np.sum(a[s] * np.log(a[s] / m[s]))
    return float(0.5 * (kl(p) + kl(q)) / np.log(base))
''',
        "normalises_silently": '''
def js_divergence(p, q, base=2):
    p = np.asarray(p, dtype=float); q = np.asarray(q, dtype=float)
    if p.ndim != 1 or p.size == 0 or p.shape != q.shape or np.any(p < 0) or np.any(q < 0) or base <= 0 or base == 1:
        raise ValueError("bad input")
    if not (np.all(np.isfinite(p)) and np.all(np.isfinite(q))):
        raise ValueError("bad input")
    p = p / p.sum(); q = q / q.sum()
    m = 0.5 * (p + q)
    kl = lambda a: np.sum(a[a > 0] * np.log(a[a > 0] / m[a > 0]))
    return float(0.5 * (kl(p) + kl(q)) / np.log(base))
''',
        "scipy_shortcut": _J_HEAD + '''
    from scipy.spatial.distance import jensenshannon
    return float(jensenshannon(p, q, base=base) ** 2)
''',
    },
    "distillation_loss": {
        "no_T_squared": _D_HEAD + '''
    lq, lp = lsm(S / T), lsm(Z / T); p = np.exp(lp)
    return float(np.sum(p * (lp - lq)) / n), T * (np.exp(lq) - p) / n
''',
        "grad_missing_T": _D_HEAD + '''
    lq, lp = lsm(S / T), lsm(Z / T); p = np.exp(lp)
    return float(T * T * np.sum(p * (lp - lq)) / n), (np.exp(lq) - p) / n
''',
        "temperature_on_teacher_only": _D_HEAD + '''
    lq, lp = lsm(S), lsm(Z / T); p = np.exp(lp)
    return float(T * T * np.sum(p * (lp - lq)) / n), T * T * (np.exp(lq) - p) / n
''',
        "reversed_kl": _D_HEAD + '''
    lq, lp = lsm(S / T), lsm(Z / T); q = np.exp(lq); p = np.exp(lp)
    loss = T * T * np.sum(q * (lq - lp)) / n
    return float(loss), T * (q - p) / n
''',
        "cross_entropy_not_kl": _D_HEAD + '''
    lq, lp = lsm(S / T), lsm(Z / T); p = np.exp(lp)
    return float(-T * T * np.sum(p * lq) / n), T * (np.exp(lq) - p) / n
''',
        "grad_sign_flipped": _D_HEAD + '''
    lq, lp = lsm(S / T), lsm(Z / T); p = np.exp(lp)
    return float(T * T * np.sum(p * (lp - lq)) / n), T * (p - np.exp(lq)) / n
''',
        "grad_not_divided_by_n": _D_HEAD + '''
    lq, lp = lsm(S / T), lsm(Z / T); p = np.exp(lp)
    return float(T * T * np.sum(p * (lp - lq)) / n), T * (np.exp(lq) - p)
''',
        "sum_not_mean": _D_HEAD + '''
    lq, lp = lsm(S / T), lsm(Z / T); p = np.exp(lp)
    return float(T * T * np.sum(p * (lp - lq))), T * (np.exp(lq) - p)
''',
        "temperature_multiplies": _D_HEAD + '''
    lq, lp = lsm(S * T), lsm(Z * T); p = np.exp(lp)
    return float(T * T * np.sum(p * (lp - lq)) / n), T * (np.exp(lq) - p) / n
''',
        "naive_softmax_overflows": '''
def distillation_loss(student_logits, teacher_logits, T=1.0):
    S = np.asarray(student_logits, dtype=float); Z = np.asarray(teacher_logits, dtype=float)
    if S.ndim != 2 or S.size == 0 or S.shape != Z.shape or not (np.isfinite(T) and T > 0):
        raise ValueError("bad input")
    n = S.shape[0]
    q = np.exp(S / T); q /= q.sum(axis=1, keepdims=True)
    p = np.exp(Z / T); p /= p.sum(axis=1, keepdims=True)
    loss = T * T * np.sum(p * np.log(p / q)) / n
    return float(loss), T * (q - p) / n
''',
        "global_max_shift": _D_HEAD + '''
    def lsm_global(U):
        U = U - U.max()
        return U - np.log(np.exp(U).sum(axis=1, keepdims=True))
    lq, lp = lsm_global(S / T), lsm_global(Z / T); p = np.exp(lp)
    return float(T * T * np.sum(p * (lp - lq)) / n), T * (np.exp(lq) - p) / n
''',
        "no_temperature_validation": '''
def distillation_loss(student_logits, teacher_logits, T=1.0):
    S = np.asarray(student_logits, dtype=float); Z = np.asarray(teacher_logits, dtype=float)
    if S.ndim != 2 or S.size == 0 or S.shape != Z.shape:
        raise ValueError("bad input")
    n = S.shape[0]
    T = abs(T) if T != 0 else 1.0
    def lsm(U):
        U = U - U.max(axis=1, keepdims=True)
        return U - np.log(np.exp(U).sum(axis=1, keepdims=True))
    lq, lp = lsm(S / T), lsm(Z / T); p = np.exp(lp)
    return float(T * T * np.sum(p * (lp - lq)) / n), T * (np.exp(lq) - p) / n
''',
        "modifies_logits_in_place": '''
def distillation_loss(student_logits, teacher_logits, T=1.0):
    S = np.asarray(student_logits, dtype=float); Z = np.asarray(teacher_logits, dtype=float)
    if S.ndim != 2 or S.size == 0 or S.shape != Z.shape or not (np.isfinite(T) and T > 0):
        raise ValueError("bad input")
    n = S.shape[0]
    S /= T; S -= S.max(axis=1, keepdims=True)
    lq = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    U = Z / T; U = U - U.max(axis=1, keepdims=True)
    lp = U - np.log(np.exp(U).sum(axis=1, keepdims=True)); p = np.exp(lp)
    return float(T * T * np.sum(p * (lp - lq)) / n), T * (np.exp(lq) - p) / n
''',
    },
}
