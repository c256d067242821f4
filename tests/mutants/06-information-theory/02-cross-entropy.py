"""Mutants for 06-information-theory/02-cross-entropy: realistic wrong answers that must lose points."""

_HEAD = '''
def cross_entropy(p, q, base=2):
    if not (np.isfinite(base) and base > 0 and base != 1):
        raise ValueError("bad base")
    p = np.asarray(p, dtype=float); q = np.asarray(q, dtype=float)
    for v in (p, q):
        if v.ndim != 1 or v.size == 0 or not np.all(np.isfinite(v)) or np.any(v < 0) or abs(v.sum() - 1) > 1e-6:
            raise ValueError("bad vector")
    if p.shape != q.shape:
        raise ValueError("lengths differ")
'''

_SCE_HEAD = '''
def softmax_cross_entropy(logits, y):
    Z = np.asarray(logits, dtype=float); y = np.asarray(y)
    if Z.ndim != 2 or Z.size == 0 or y.ndim != 1 or y.shape[0] != Z.shape[0] or y.dtype.kind not in "iu" \\
            or np.any(y < 0) or np.any(y >= Z.shape[1]):
        raise ValueError("bad input")
    n, k = Z.shape
    rows = np.arange(n)
'''

MUTANTS = {
    "cross_entropy": {
        "natural_log": _HEAD + '''
    s = p > 0
    if np.any(q[s] == 0):
        return float("inf")
    return float(-np.sum(p[s] * np.log(q[s])))
''',
        "p_and_q_swapped": _HEAD + '''
    s = q > 0
    if np.any(p[s] == 0):
        return float("inf")
    return float(-np.sum(q[s] * np.log(p[s])) / np.log(base))
''',
        "missing_minus_sign": _HEAD + '''
    s = p > 0
    if np.any(q[s] == 0):
        return float("inf")
    return float(np.sum(p[s] * np.log(q[s])) / np.log(base))
''',
        "minus_inf_on_zero_q": _HEAD + '''
    s = p > 0
    if np.any(q[s] == 0):
        return float("-inf")
    return float(-np.sum(p[s] * np.log(q[s])) / np.log(base))
''',
        "nan_for_zero_times_log_zero": _HEAD + '''
    with np.errstate(all="ignore"):
        return float(-np.sum(p * np.log(q)) / np.log(base))
''',
        "warns_on_zeros": _HEAD + '''
    s = p > 0
    return float(-np.sum(p[s] * np.log(q[s])) / np.log(base))
''',
        "normalises_silently": '''
def cross_entropy(p, q, base=2):
    p = np.asarray(p, dtype=float); q = np.asarray(q, dtype=float)
    if p.ndim != 1 or p.size == 0 or p.shape != q.shape or np.any(p < 0) or np.any(q < 0) or base <= 0 or base == 1:
        raise ValueError("bad input")
    if not (np.all(np.isfinite(p)) and np.all(np.isfinite(q))):
        raise ValueError("bad input")
    p = p / p.sum(); q = q / q.sum()
    s = p > 0
    if np.any(q[s] == 0):
        return float("inf")
    return float(-np.sum(p[s] * np.log(q[s])) / np.log(base))
''',
        "returns_kl_not_cross_entropy": _HEAD + '''
    s = p > 0
    if np.any(q[s] == 0):
        return float("inf")
    return float(np.sum(p[s] * np.log(p[s] / q[s])) / np.log(base))
''',
        "entropy_of_q": _HEAD + '''
    s = q > 0
    return float(-np.sum(q[s] * np.log(q[s])) / np.log(base))
''',
        "inf_check_everywhere": _HEAD + '''
    if np.any(q == 0):
        return float("inf")
    s = p > 0
    return float(-np.sum(p[s] * np.log(q[s])) / np.log(base))
''',
        "clipped_q_instead_of_inf": _HEAD + '''
    s = p > 0
    return float(-np.sum(p[s] * np.log(np.clip(q[s], 1e-15, 1.0))) / np.log(base))
''',
        "scipy_shortcut": _HEAD + '''
    import scipy.stats
    return float(scipy.stats.entropy(p, base=base) + scipy.stats.entropy(p, q, base=base))
''',
    },
    "softmax_cross_entropy": {
        "naive_exp_overflows": _SCE_HEAD + '''
    E = np.exp(Z)
    P = E / E.sum(axis=1, keepdims=True)
    loss = -np.log(P[rows, y]).mean()
    G = P.copy(); G[rows, y] -= 1.0
    return float(loss), G / n
''',
        "global_max_shift": _SCE_HEAD + '''
    S = Z - Z.max()
    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    G = np.exp(logp); G[rows, y] -= 1.0
    return float(-logp[rows, y].mean()), G / n
''',
        "log_of_clipped_softmax": _SCE_HEAD + '''
    S = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(S) / np.exp(S).sum(axis=1, keepdims=True)
    loss = -np.log(np.clip(P[rows, y], 1e-15, 1.0)).mean()
    G = P.copy(); G[rows, y] -= 1.0
    return float(loss), G / n
''',
        "logsumexp_over_whole_batch": _SCE_HEAD + '''
    S = Z - Z.max(axis=1, keepdims=True)
    logp = S - np.log(np.exp(S).sum())
    G = np.exp(logp); G[rows, y] -= 1.0
    return float(-logp[rows, y].mean()), G / n
''',
        "sum_not_mean": _SCE_HEAD + '''
    S = Z - Z.max(axis=1, keepdims=True)
    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    G = np.exp(logp); G[rows, y] -= 1.0
    return float(-logp[rows, y].sum()), G
''',
        "grad_not_divided_by_n": _SCE_HEAD + '''
    S = Z - Z.max(axis=1, keepdims=True)
    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    G = np.exp(logp); G[rows, y] -= 1.0
    return float(-logp[rows, y].mean()), G
''',
        "grad_sign_flipped": _SCE_HEAD + '''
    S = Z - Z.max(axis=1, keepdims=True)
    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    G = np.exp(logp); G[rows, y] -= 1.0
    return float(-logp[rows, y].mean()), -G / n
''',
        "grad_forgets_one_hot": _SCE_HEAD + '''
    S = Z - Z.max(axis=1, keepdims=True)
    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    return float(-logp[rows, y].mean()), np.exp(logp) / n
''',
        "wrong_gather": _SCE_HEAD + '''
    S = Z - Z.max(axis=1, keepdims=True)
    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    G = np.exp(logp); G[rows, y] -= 1.0
    return float(-logp[:, y].mean()), G / n
''',
        "modifies_logits_in_place": '''
def softmax_cross_entropy(logits, y):
    Z = np.asarray(logits, dtype=float); y = np.asarray(y)
    if Z.ndim != 2 or Z.size == 0 or y.ndim != 1 or y.shape[0] != Z.shape[0] or y.dtype.kind not in "iu" \\
            or np.any(y < 0) or np.any(y >= Z.shape[1]):
        raise ValueError("bad input")
    n = Z.shape[0]; rows = np.arange(n)
    Z -= Z.max(axis=1, keepdims=True)
    logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
    G = np.exp(logp); G[rows, y] -= 1.0
    return float(-logp[rows, y].mean()), G / n
''',
        "no_label_validation": '''
def softmax_cross_entropy(logits, y):
    Z = np.asarray(logits, dtype=float); y = np.asarray(y)
    n = Z.shape[0]; rows = np.arange(n)
    S = Z - Z.max(axis=1, keepdims=True)
    logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    G = np.exp(logp); G[rows, y] -= 1.0
    return float(-logp[rows, y].mean()), G / n
''',
        "scipy_logsumexp_shortcut": _SCE_HEAD + '''
    from scipy.special import log_softmax
    logp = log_softmax(Z, axis=1)
    G = np.exp(logp); G[rows, y] -= 1.0
    return float(-logp[rows, y].mean()), G / n
''',
    },
}
