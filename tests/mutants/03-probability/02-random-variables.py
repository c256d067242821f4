"""Mutants for 03-probability/02-random-variables: realistic wrong answers that must lose points."""

_PF_HEAD = '''
def pmf_of_function(values, probs, g):
    v = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    if v.ndim != 1 or p.shape != v.shape or v.size == 0:
        raise ValueError("bad shapes")
    if np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
        raise ValueError("bad probs")
'''

_PS_HEAD = '''
def pmf_of_sum(p, q):
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    for a in (p, q):
        if a.ndim != 1 or a.size == 0 or np.any(a < 0) or abs(a.sum() - 1.0) > 1e-8:
            raise ValueError("bad pmf")
'''

_LN_HEAD = '''
def lognormal_pdf(y, mu, sigma):
    if not sigma > 0:
        raise ValueError("bad sigma")
    y = np.asarray(y, dtype=float)
    pos = y > 0
    ys = np.where(pos, y, 1.0)
'''

MUTANTS = {
    "pmf_of_function": {
        "no_aggregation": _PF_HEAD + '''
    y = np.asarray(g(v), dtype=float)
    if y.shape != v.shape:
        raise ValueError("bad g")
    o = np.argsort(y, kind="stable")
    return y[o], p[o]
''',
        "g_applied_to_probs": _PF_HEAD + '''
    y = np.asarray(g(v), dtype=float)
    if y.shape != v.shape:
        raise ValueError("bad g")
    u, inv = np.unique(y, return_inverse=True)
    w = np.bincount(inv.ravel(), weights=np.asarray(g(p), dtype=float), minlength=u.size)
    return u, w / w.sum()
''',
        "unsorted_first_appearance": _PF_HEAD + '''
    y = np.asarray(g(v), dtype=float)
    if y.shape != v.shape:
        raise ValueError("bad g")
    _, first = np.unique(y, return_index=True)
    u = y[np.sort(first)]
    return u, np.array([p[y == val].sum() for val in u])
''',
        "counts_not_probabilities": _PF_HEAD + '''
    y = np.asarray(g(v), dtype=float)
    if y.shape != v.shape:
        raise ValueError("bad g")
    u, inv = np.unique(y, return_inverse=True)
    c = np.bincount(inv.ravel(), minlength=u.size).astype(float)
    return u, c / c.sum()
''',
        "calls_g_per_value": _PF_HEAD + '''
    y = np.array([float(g(np.array([x]))[0]) for x in v])
    u, inv = np.unique(y, return_inverse=True)
    return u, np.bincount(inv.ravel(), weights=p, minlength=u.size)
''',
        "no_validation": '''
def pmf_of_function(values, probs, g):
    v = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    y = np.asarray(g(v), dtype=float).ravel()
    u, inv = np.unique(y, return_inverse=True)
    return u, np.bincount(inv.ravel(), weights=np.resize(p, y.size), minlength=u.size)
''',
    },
    "pmf_of_sum": {
        "elementwise_product": _PS_HEAD + '''
    n = max(p.size, q.size)
    r = np.zeros(p.size + q.size - 1)
    pp, qq = np.pad(p, (0, n - p.size)), np.pad(q, (0, n - q.size))
    r[:n] = pp * qq
    return r / r.sum()
''',
        "sum_of_pmfs": _PS_HEAD + '''
    r = np.zeros(p.size + q.size - 1)
    r[:p.size] += p / 2
    r[:q.size] += q / 2
    return r
''',
        "correlation_reversed_q": _PS_HEAD + '''
    r = np.zeros(p.size + q.size - 1)
    for i in range(p.size):
        r[i:i + q.size] += p[i] * q[::-1]
    return r
''',
        "wrong_length": _PS_HEAD + '''
    r = np.zeros(p.size + q.size)
    for i in range(p.size):
        r[i:i + q.size] += p[i] * q
    return r
''',
        "outer_row_sums": _PS_HEAD + '''
    T = np.outer(p, q)
    r = np.zeros(p.size + q.size - 1)
    r[:p.size] = T.sum(axis=1)
    return r
''',
        "library_convolve": _PS_HEAD + '''
    return np.convolve(p, q)
''',
        "no_validation": '''
def pmf_of_sum(p, q):
    p = np.atleast_1d(np.asarray(p, dtype=float).ravel())
    q = np.atleast_1d(np.asarray(q, dtype=float).ravel())
    r = np.zeros(max(p.size + q.size - 1, 1))
    for i in range(p.size):
        r[i:i + q.size] += p[i] * q
    return r
''',
    },
    "lognormal_pdf": {
        "no_jacobian": _LN_HEAD + '''
    z = (np.log(ys) - mu) / sigma
    return np.where(pos, np.exp(-0.5 * z ** 2) / (sigma * np.sqrt(2 * np.pi)), 0.0)
''',
        "sigma_as_variance": _LN_HEAD + '''
    z = (np.log(ys) - mu) / np.sqrt(sigma)
    return np.where(pos, np.exp(-0.5 * z ** 2) / (np.sqrt(sigma) * ys * np.sqrt(2 * np.pi)), 0.0)
''',
        "jacobian_times_y": _LN_HEAD + '''
    z = (np.log(ys) - mu) / sigma
    return np.where(pos, ys * np.exp(-0.5 * z ** 2) / (sigma * np.sqrt(2 * np.pi)), 0.0)
''',
        "normal_pdf_of_y": _LN_HEAD + '''
    z = (ys - mu) / sigma
    return np.where(pos, np.exp(-0.5 * z ** 2) / (sigma * np.sqrt(2 * np.pi)), 0.0)
''',
        "log_of_negative_warns": '''
def lognormal_pdf(y, mu, sigma):
    if not sigma > 0:
        raise ValueError("bad sigma")
    y = np.asarray(y, dtype=float)
    z = (np.log(y) - mu) / sigma
    return np.nan_to_num(np.exp(-0.5 * z ** 2) / (sigma * y * np.sqrt(2 * np.pi)))
''',
        "exp_mu_shift": _LN_HEAD + '''
    z = (np.log(ys) - np.exp(mu)) / sigma
    return np.where(pos, np.exp(-0.5 * z ** 2) / (sigma * ys * np.sqrt(2 * np.pi)), 0.0)
''',
        "no_sigma_check": '''
def lognormal_pdf(y, mu, sigma):
    y = np.asarray(y, dtype=float)
    pos = y > 0
    ys = np.where(pos, y, 1.0)
    s = abs(sigma) + 1e-300
    z = (np.log(ys) - mu) / s
    return np.where(pos, np.exp(-0.5 * z ** 2) / (s * ys * np.sqrt(2 * np.pi)), 0.0)
''',
    },
}
