"""Mutants for 03-probability/01-probability-basics: realistic wrong answers that must lose points."""

_EP_HEAD = '''
def event_probability(event, outcomes, probs=None):
    outcomes = np.asarray(outcomes)
    if outcomes.ndim not in (1, 2) or outcomes.shape[0] == 0:
        raise ValueError("bad outcomes")
    N = outcomes.shape[0]
    if probs is None:
        p = np.full(N, 1.0 / N)
    else:
        p = np.asarray(probs, dtype=float)
        if p.shape != (N,) or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-8:
            raise ValueError("bad probs")
'''

_BP_HEAD = '''
def birthday_probability(n, days=365):
    if n != int(n) or days != int(days) or n < 0 or days < 1:
        raise ValueError("bad input")
    n, days = int(n), int(days)
'''

_MC_HEAD = '''
def mc_probability(event, n, d, rng):
    if n != int(n) or d != int(d) or n < 1 or d < 1:
        raise ValueError("bad n or d")
    n, d = int(n), int(d)
'''

MUTANTS = {
    "event_probability": {
        "ignores_probs": _EP_HEAD + '''
    mask = np.asarray(event(outcomes))
    if mask.shape != (N,) or mask.dtype != bool:
        raise ValueError("bad event")
    return float(mask.mean())
''',
        "counts_not_probability": _EP_HEAD + '''
    mask = np.asarray(event(outcomes))
    if mask.shape != (N,) or mask.dtype != bool:
        raise ValueError("bad event")
    return float(mask.sum())
''',
        "event_per_outcome": _EP_HEAD + '''
    mask = np.array([bool(np.asarray(event(outcomes[i:i + 1])).ravel()[0]) for i in range(N)])
    return float(p[mask].sum())
''',
        "no_event_check": _EP_HEAD + '''
    mask = np.asarray(event(outcomes)).astype(bool)
    mask = np.resize(mask, N)
    return float(p[mask].sum())
''',
        "no_probs_check": '''
def event_probability(event, outcomes, probs=None):
    outcomes = np.asarray(outcomes)
    N = outcomes.shape[0]
    p = np.full(N, 1.0 / max(N, 1)) if probs is None else np.asarray(probs, dtype=float)
    mask = np.asarray(event(outcomes))
    if mask.shape != (N,) or mask.dtype != bool:
        raise ValueError("bad event")
    return float(p[mask].sum())
''',
        "normalises_probs": _EP_HEAD.replace('abs(p.sum() - 1.0) > 1e-8', 'False') + '''
    p = p / p.sum()
    mask = np.asarray(event(outcomes))
    if mask.shape != (N,) or mask.dtype != bool:
        raise ValueError("bad event")
    return float(p[mask].sum())
''',
    },
    "birthday_probability": {
        "off_by_one_product": _BP_HEAD + '''
    if n > days:
        return 1.0
    s = sum(math.log1p(-i / days) for i in range(1, n + 1))
    return float(-math.expm1(s))
''',
        "pair_approximation": _BP_HEAD + '''
    if n > days:
        return 1.0
    return float(1 - (1 - 1 / days) ** (n * (n - 1) / 2))
''',
        "naive_product_cancellation": _BP_HEAD + '''
    if n > days:
        return 1.0
    prod = 1.0
    for i in range(n):
        prod *= (days - i) / days
    return float(1 - prod)
''',
        "returns_all_distinct": _BP_HEAD + '''
    if n > days:
        return 0.0
    return float(math.exp(sum(math.log1p(-i / days) for i in range(n))))
''',
        "no_pigeonhole": _BP_HEAD + '''
    s = 0.0
    for i in range(min(n, days)):
        s += math.log1p(-i / days)
    return float(-math.expm1(s))
''',
        "uses_perm": _BP_HEAD + '''
    if n > days:
        return 1.0
    return float(1 - math.perm(days, n) / days ** n)
''',
        "exponential_approximation": _BP_HEAD + '''
    if n > days:
        return 1.0
    return float(-math.expm1(-n * (n - 1) / (2 * days)))
''',
        "no_validation": '''
def birthday_probability(n, days=365):
    n, days = int(n), int(max(days, 1))
    if n > days:
        return 1.0
    return float(-math.expm1(sum(math.log1p(-i / days) for i in range(max(n, 0)))))
''',
    },
    "mc_probability": {
        "points_one_at_a_time_wrong_shape": _MC_HEAD + '''
    u = rng.random((d, n)).T
    hits = np.asarray(event(u))
    if hits.shape != (n,) or hits.dtype != bool:
        raise ValueError("bad event")
    p = float(hits.mean())
    return p, float(math.sqrt(p * (1 - p) / n))
''',
        "global_random": _MC_HEAD + '''
    u = np.random.random((n, d))
    hits = np.asarray(event(u))
    if hits.shape != (n,) or hits.dtype != bool:
        raise ValueError("bad event")
    p = float(hits.mean())
    return p, float(math.sqrt(p * (1 - p) / n))
''',
        "se_without_sqrt": _MC_HEAD + '''
    hits = np.asarray(event(rng.random((n, d))))
    if hits.shape != (n,) or hits.dtype != bool:
        raise ValueError("bad event")
    p = float(hits.mean())
    return p, float(p * (1 - p) / n)
''',
        "se_ddof1": _MC_HEAD + '''
    hits = np.asarray(event(rng.random((n, d))))
    if hits.shape != (n,) or hits.dtype != bool:
        raise ValueError("bad event")
    p = float(hits.mean())
    return p, float(hits.std(ddof=1) / math.sqrt(n)) if n > 1 else 0.0
''',
        "se_of_one_draw": _MC_HEAD + '''
    hits = np.asarray(event(rng.random((n, d))))
    if hits.shape != (n,) or hits.dtype != bool:
        raise ValueError("bad event")
    p = float(hits.mean())
    return p, float(math.sqrt(p * (1 - p)))
''',
        "event_per_point": _MC_HEAD + '''
    u = rng.random((n, d))
    hits = np.array([bool(event(u[t:t + 1])[0]) for t in range(n)])
    p = float(hits.mean())
    return p, float(math.sqrt(p * (1 - p) / n))
''',
        "extra_draw": _MC_HEAD + '''
    u = rng.random((n + 1, d))[:n]
    hits = np.asarray(event(u))
    if hits.shape != (n,) or hits.dtype != bool:
        raise ValueError("bad event")
    p = float(hits.mean())
    return p, float(math.sqrt(p * (1 - p) / n))
''',
        "no_validation": '''
def mc_probability(event, n, d, rng):
    n, d = max(int(n), 1), max(int(d), 1)
    hits = np.asarray(event(rng.random((n, d)))).astype(bool)
    p = float(hits.mean())
    return p, float(math.sqrt(p * (1 - p) / n))
''',
    },
}
