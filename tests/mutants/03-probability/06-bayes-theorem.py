"""Mutants for 03-probability/06-bayes-theorem: realistic wrong answers that must lose points."""

_BP_HEAD = '''
def bayes_posterior(prior, likelihood):
    prior = np.asarray(prior, dtype=float)
    lik = np.asarray(likelihood, dtype=float)
    if prior.ndim != 1 or lik.ndim not in (1, 2) or lik.shape[-1] != prior.shape[0]:
        raise ValueError("bad shapes")
    if np.any(prior < 0) or abs(prior.sum() - 1.0) > 1e-8:
        raise ValueError("bad prior")
    if np.any(lik < 0) or not np.all(np.isfinite(lik)):
        raise ValueError("bad likelihood")
'''

_SP_HEAD = '''
def sequential_posterior(prior, likelihood_table, observations):
    prior = np.asarray(prior, dtype=float)
    table = np.asarray(likelihood_table, dtype=float)
    obs = np.asarray(observations)
    if prior.ndim != 1 or table.ndim != 2 or table.shape[0] != prior.shape[0]:
        raise ValueError("bad shapes")
    if np.any(prior < 0) or abs(prior.sum() - 1.0) > 1e-8 or np.any(table < 0):
        raise ValueError("bad probabilities")
    if obs.ndim != 1 or (obs.size > 0 and obs.dtype.kind not in "iu"):
        raise ValueError("bad observations")
    if obs.size > 0 and (obs.min() < 0 or obs.max() >= table.shape[1]):
        raise ValueError("observation out of range")
'''

_BB_HEAD = '''
def beta_binomial_posterior(alpha, beta, successes, trials):
    if not (alpha > 0 and beta > 0):
        raise ValueError("bad prior")
    if successes != int(successes) or trials != int(trials) or not 0 <= successes <= trials:
        raise ValueError("bad counts")
'''

_BB_MODE = '''
    if a > 1 and b > 1:
        mode = (a - 1) / (a + b - 2)
    elif a <= 1 < b:
        mode = 0.0
    elif b <= 1 < a:
        mode = 1.0
    else:
        mode = float("nan")
    return a, b, a / (a + b), mode
'''

MUTANTS = {
    "bayes_posterior": {
        "no_normalisation": _BP_HEAD + '''
    joint = prior * lik
    if np.any(joint.sum(axis=-1) <= 0):
        raise ValueError("impossible evidence")
    return joint
''',
        "ignores_prior": _BP_HEAD + '''
    s = lik.sum(axis=-1, keepdims=True)
    if np.any(s <= 0):
        raise ValueError("impossible evidence")
    return lik / s
''',
        "divides_by_likelihood_sum": _BP_HEAD + '''
    s = lik.sum(axis=-1, keepdims=True)
    if np.any((prior * lik).sum(axis=-1) <= 0):
        raise ValueError("impossible evidence")
    return prior * lik / s
''',
        "wrong_axis": _BP_HEAD + '''
    joint = prior * lik
    if np.any(joint.sum(axis=-1) <= 0):
        raise ValueError("impossible evidence")
    return joint / joint.sum(axis=0, keepdims=True)
''',
        "global_normalisation": _BP_HEAD + '''
    joint = prior * lik
    if np.any(joint.sum(axis=-1) <= 0):
        raise ValueError("impossible evidence")
    return joint / joint.sum()
''',
        "no_zero_evidence_check": _BP_HEAD + '''
    joint = prior * lik
    with np.errstate(invalid="ignore"):
        return joint / joint.sum(axis=-1, keepdims=True)
''',
        "no_prior_validation": '''
def bayes_posterior(prior, likelihood):
    prior = np.asarray(prior, dtype=float)
    lik = np.asarray(likelihood, dtype=float)
    if lik.shape[-1] != prior.shape[0] or np.any(lik < 0):
        raise ValueError("bad input")
    joint = prior * lik
    evidence = joint.sum(axis=-1, keepdims=True)
    if np.any(evidence <= 0):
        raise ValueError("impossible evidence")
    return joint / evidence
''',
        "prior_times_likelihood_swapped_roles": _BP_HEAD + '''
    joint = lik / np.where(prior > 0, prior, 1.0)
    if np.any((prior * lik).sum(axis=-1) <= 0):
        raise ValueError("impossible evidence")
    joint = joint * (prior > 0)
    return joint / joint.sum(axis=-1, keepdims=True)
''',
    },
    "sequential_posterior": {
        "naive_product": _SP_HEAD + '''
    rows = [prior]
    post = prior.copy()
    for e in obs:
        post = post * table[:, e]
        if post.sum() <= 0:
            raise ValueError("ruled out")
        rows.append(post / post.sum())
    return np.array(rows)
''',
        "naive_cumprod": _SP_HEAD + '''
    joint = np.vstack([prior, prior * np.cumprod(table[:, obs.astype(int)].T, axis=0)])
    s = joint.sum(axis=1, keepdims=True)
    if np.any(s <= 0):
        raise ValueError("ruled out")
    with np.errstate(invalid="ignore"):
        return joint / s
''',
        "missing_prior_row": _SP_HEAD + '''
    with np.errstate(divide="ignore"):
        lp = np.log(prior) + np.cumsum(np.log(table[:, obs.astype(int)].T), axis=0)
    if obs.size == 0:
        return prior[None, :].copy()
    m = lp.max(axis=1, keepdims=True)
    if not np.all(np.isfinite(m)):
        raise ValueError("ruled out")
    w = np.exp(lp - m)
    return w / w.sum(axis=1, keepdims=True)
''',
        "table_indexed_by_rows": _SP_HEAD + '''
    with np.errstate(divide="ignore"):
        steps = np.log(table[obs.astype(int)])
        lp = np.vstack([np.log(prior), np.log(prior) + np.cumsum(steps, axis=0)])
    m = lp.max(axis=1, keepdims=True)
    if not np.all(np.isfinite(m)):
        raise ValueError("ruled out")
    w = np.exp(lp - m)
    return w / w.sum(axis=1, keepdims=True)
''',
        "forgets_prior": _SP_HEAD + '''
    with np.errstate(divide="ignore"):
        lp = np.vstack([np.zeros_like(prior), np.cumsum(np.log(table[:, obs.astype(int)].T), axis=0)])
    m = lp.max(axis=1, keepdims=True)
    if not np.all(np.isfinite(m)):
        raise ValueError("ruled out")
    w = np.exp(lp - m)
    return w / w.sum(axis=1, keepdims=True)
''',
        "log_zero_warns": _SP_HEAD + '''
    lp = np.vstack([np.log(prior), np.log(prior) + np.cumsum(np.log(table[:, obs.astype(int)].T), axis=0)])
    m = lp.max(axis=1, keepdims=True)
    if not np.all(np.isfinite(m)):
        raise ValueError("ruled out")
    w = np.exp(lp - m)
    return w / w.sum(axis=1, keepdims=True)
''',
        "no_max_shift": _SP_HEAD + '''
    with np.errstate(divide="ignore"):
        lp = np.vstack([np.log(prior), np.log(prior) + np.cumsum(np.log(table[:, obs.astype(int)].T), axis=0)])
    w = np.exp(lp)
    s = w.sum(axis=1, keepdims=True)
    if np.any(s <= 0) and obs.size < 50:
        raise ValueError("ruled out")
    with np.errstate(invalid="ignore"):
        return w / s
''',
        "no_ruled_out_check": _SP_HEAD + '''
    with np.errstate(divide="ignore"):
        lp = np.vstack([np.log(prior), np.log(prior) + np.cumsum(np.log(table[:, obs.astype(int)].T), axis=0)])
    with np.errstate(invalid="ignore"):
        m = lp.max(axis=1, keepdims=True)
        w = np.exp(lp - m)
        return w / w.sum(axis=1, keepdims=True)
''',
        "no_observation_validation": '''
def sequential_posterior(prior, likelihood_table, observations):
    prior = np.asarray(prior, dtype=float)
    table = np.asarray(likelihood_table, dtype=float)
    obs = np.asarray(observations).astype(int)
    with np.errstate(divide="ignore"):
        lp = np.vstack([np.log(prior), np.log(prior) + np.cumsum(np.log(table[:, obs].T), axis=0)])
    m = lp.max(axis=1, keepdims=True)
    if not np.all(np.isfinite(m)):
        raise ValueError("ruled out")
    w = np.exp(lp - m)
    return w / w.sum(axis=1, keepdims=True)
''',
    },
    "beta_binomial_posterior": {
        "beta_adds_trials": _BB_HEAD + '''
    a = float(alpha + successes)
    b = float(beta + trials)
''' + _BB_MODE,
        "swapped_updates": _BB_HEAD + '''
    a = float(alpha + trials - successes)
    b = float(beta + successes)
''' + _BB_MODE,
        "mode_without_minus_one": _BB_HEAD + '''
    a = float(alpha + successes)
    b = float(beta + trials - successes)
    return a, b, a / (a + b), a / (a + b)
''',
        "mean_is_mle": _BB_HEAD + '''
    a = float(alpha + successes)
    b = float(beta + trials - successes)
    mean = successes / trials if trials > 0 else alpha / (alpha + beta)
    mode = (a - 1) / (a + b - 2) if a > 1 and b > 1 else (0.0 if a <= 1 < b else (1.0 if b <= 1 < a else float("nan")))
    return a, b, float(mean), mode
''',
        "mode_formula_everywhere": _BB_HEAD + '''
    a = float(alpha + successes)
    b = float(beta + trials - successes)
    mode = (a - 1) / (a + b - 2) if a + b != 2 else 0.5
    return a, b, a / (a + b), mode
''',
        "mode_clipped_not_nan": _BB_HEAD + '''
    a = float(alpha + successes)
    b = float(beta + trials - successes)
    mode = min(max((a - 1) / (a + b - 2), 0.0), 1.0) if a + b != 2 else 0.5
    return a, b, a / (a + b), mode
''',
        "no_validation": '''
def beta_binomial_posterior(alpha, beta, successes, trials):
    a = float(alpha + successes)
    b = float(beta + trials - successes)
''' + _BB_MODE,
    },
}
