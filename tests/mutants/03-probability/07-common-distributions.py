"""Mutants for 03-probability/07-common-distributions: realistic wrong answers that must lose points."""

_BP_HEAD = '''
def binomial_pmf(k, n, p):
    k = np.asarray(k)
    if n != int(n) or n < 0:
        raise ValueError("bad n")
    if not 0.0 <= p <= 1.0:
        raise ValueError("bad p")
    kf = k.astype(float)
    if not np.all(np.isfinite(kf)) or np.any(kf != np.round(kf)):
        raise ValueError("bad k")
    n = int(n)
    inside = (kf >= 0) & (kf <= n)
    kk = np.where(inside, kf, 0.0)
'''

_NC_HEAD = '''
def normal_cdf(x, mu=0.0, sigma=1.0):
    if not sigma > 0:
        raise ValueError("bad sigma")
    x = np.asarray(x, dtype=float)
'''

_SE_HEAD = '''
def sample_exponential(rate, n, rng):
    if not rate > 0:
        raise ValueError("bad rate")
    if n != int(n) or n < 0:
        raise ValueError("bad n")
    n = int(n)
'''

MUTANTS = {
    "binomial_pmf": {
        "direct_product": _BP_HEAD + '''
    comb = np.array([math.comb(n, int(v)) for v in kk.ravel()], dtype=float).reshape(kk.shape)
    return np.where(inside, comb * p ** kk * (1 - p) ** (n - kk), 0.0)
''',
        "float_comb_overflow": _BP_HEAD + '''
    fact = np.vectorize(lambda m: float(math.gamma(m + 1)) if m < 170 else np.inf, otypes=[float])
    with np.errstate(all="ignore"):
        out = fact(n) / (fact(kk) * fact(n - kk)) * p ** kk * (1 - p) ** (n - kk)
    return np.where(inside, out, 0.0)
''',
        "zero_log_zero_nan": _BP_HEAD + '''
    lg = np.vectorize(math.lgamma, otypes=[float])
    with np.errstate(divide="ignore", invalid="ignore"):
        logp = math.lgamma(n + 1) - lg(kk + 1) - lg(n - kk + 1) + kk * np.log(p) + (n - kk) * np.log1p(-p)
    return np.where(inside, np.exp(logp), 0.0)
''',
        "zero_log_zero_warns": _BP_HEAD + '''
    lg = np.vectorize(math.lgamma, otypes=[float])
    logp = math.lgamma(n + 1) - lg(kk + 1) - lg(n - kk + 1) + np.where(kk > 0, kk * np.log(p), 0.0) + np.where(n - kk > 0, (n - kk) * np.log1p(-p), 0.0)
    return np.where(inside, np.exp(logp), 0.0)
''',
        "lgamma_off_by_one": _BP_HEAD + '''
    lg = np.vectorize(math.lgamma, otypes=[float])
    tp = np.zeros_like(kk); tq = np.zeros_like(kk)
    if p > 0: tp = kk * math.log(p)
    else: tp = np.where(kk > 0, -np.inf, 0.0)
    if p < 1: tq = (n - kk) * math.log1p(-p)
    else: tq = np.where(n - kk > 0, -np.inf, 0.0)
    logp = math.lgamma(n) - lg(np.maximum(kk, 1)) - lg(np.maximum(n - kk, 1)) + tp + tq
    return np.where(inside, np.exp(logp), 0.0)
''',
        "no_support_check": '''
def binomial_pmf(k, n, p):
    k = np.asarray(k, dtype=float)
    if n != int(n) or n < 0 or not 0.0 <= p <= 1.0 or np.any(k != np.round(k)):
        raise ValueError("bad input")
    n = int(n)
    lg = np.vectorize(math.lgamma, otypes=[float])
    tp = np.where(k > 0, k * (math.log(p) if p > 0 else -np.inf), 0.0)
    tq = np.where(n - k > 0, (n - k) * (math.log1p(-p) if p < 1 else -np.inf), 0.0)
    return np.exp(math.lgamma(n + 1) - lg(k + 1) - lg(n - k + 1) + tp + tq)
''',
        "clips_k_into_support": _BP_HEAD + '''
    kc = np.clip(np.asarray(k, dtype=float), 0, n)
    lg = np.vectorize(math.lgamma, otypes=[float])
    tp = np.where(kc > 0, kc * (math.log(p) if p > 0 else -np.inf), 0.0)
    tq = np.where(n - kc > 0, (n - kc) * (math.log1p(-p) if p < 1 else -np.inf), 0.0)
    return np.exp(math.lgamma(n + 1) - lg(kc + 1) - lg(n - kc + 1) + tp + tq)
''',
        "log_one_minus_p": _BP_HEAD + '''
    lg = np.vectorize(math.lgamma, otypes=[float])
    tp = np.where(kk > 0, kk * (math.log(p) if p > 0 else -np.inf), 0.0)
    lq = math.log(np.float32(1) - np.float32(p)) if p < 1 else -np.inf
    tq = np.where(n - kk > 0, (n - kk) * lq, 0.0)
    return np.where(inside, np.exp(math.lgamma(n + 1) - lg(kk + 1) - lg(n - kk + 1) + tp + tq), 0.0)
''',
        "no_validation": '''
def binomial_pmf(k, n, p):
    kk = np.asarray(k, dtype=float)
    n = int(n)
    inside = (kk >= 0) & (kk <= n)
    kk = np.where(inside, kk, 0.0)
    lg = np.vectorize(math.lgamma, otypes=[float])
    tp = np.where(kk > 0, kk * (math.log(p) if p > 0 else -np.inf), 0.0)
    tq = np.where(n - kk > 0, (n - kk) * (math.log1p(-p) if p < 1 else -np.inf), 0.0)
    return np.where(inside, np.exp(math.lgamma(n + 1) - lg(kk + 1) - lg(n - kk + 1) + tp + tq), 0.0)
''',
        "scipy_shortcut": _BP_HEAD + '''
    from scipy import stats
    return stats.binom.pmf(kk, n, p) * inside
''',
    },
    "normal_cdf": {
        "erf_form": _NC_HEAD + '''
    erf = np.vectorize(math.erf, otypes=[float])
    return 0.5 * (1 + erf((x - mu) / (sigma * math.sqrt(2))))
''',
        "missing_sqrt2": _NC_HEAD + '''
    erfc = np.vectorize(math.erfc, otypes=[float])
    return 0.5 * erfc(-(x - mu) / sigma)
''',
        "sigma_as_variance": _NC_HEAD + '''
    erfc = np.vectorize(math.erfc, otypes=[float])
    return 0.5 * erfc(-(x - mu) / (math.sqrt(sigma) * math.sqrt(2)))
''',
        "upper_tail": _NC_HEAD + '''
    erfc = np.vectorize(math.erfc, otypes=[float])
    return 0.5 * erfc((x - mu) / (sigma * math.sqrt(2)))
''',
        "logistic_approximation": _NC_HEAD + '''
    return 1.0 / (1.0 + np.exp(-1.702 * (x - mu) / sigma))
''',
        "trapezoid_integration": _NC_HEAD + '''
    z = (x - mu) / sigma
    grid = np.linspace(-12, 12, 20001)
    pdf = np.exp(-grid ** 2 / 2) / math.sqrt(2 * math.pi)
    cdf = np.concatenate([[0.0], np.cumsum((pdf[1:] + pdf[:-1]) / 2 * np.diff(grid))])
    return np.interp(z, grid, cdf)
''',
        "forgets_mu": _NC_HEAD + '''
    erfc = np.vectorize(math.erfc, otypes=[float])
    return 0.5 * erfc(-x / (sigma * math.sqrt(2)))
''',
        "no_sigma_check": '''
def normal_cdf(x, mu=0.0, sigma=1.0):
    x = np.asarray(x, dtype=float)
    erfc = np.vectorize(math.erfc, otypes=[float])
    with np.errstate(all="ignore"):
        return 0.5 * erfc(-(x - mu) / (abs(sigma) * math.sqrt(2) + 1e-300))
''',
        "scipy_ndtr": _NC_HEAD + '''
    from scipy.special import ndtr
    return ndtr((x - mu) / sigma)
''',
    },
    "sample_exponential": {
        "log_u_not_log_one_minus_u": _SE_HEAD + '''
    u = rng.random(n)
    with np.errstate(divide="ignore"):
        return -np.log(u) / rate
''',
        "rate_as_scale": _SE_HEAD + '''
    u = rng.random(n)
    return -np.log1p(-u) * rate
''',
        "rng_exponential": _SE_HEAD + '''
    return rng.exponential(1 / rate, size=n)
''',
        "global_random": _SE_HEAD + '''
    u = np.random.random(n)
    return -np.log1p(-u) / rate
''',
        "new_generator": _SE_HEAD + '''
    u = np.random.default_rng(0).random(n)
    return -np.log1p(-u) / rate
''',
        "extra_draw": _SE_HEAD + '''
    u = rng.random(n + 1)[1:]
    return -np.log1p(-u) / rate
''',
        "normal_not_uniform": _SE_HEAD + '''
    u = np.abs(rng.standard_normal(n))
    return u / rate
''',
        "no_validation": '''
def sample_exponential(rate, n, rng):
    u = rng.random(int(n))
    with np.errstate(all="ignore"):
        return -np.log1p(-u) / rate
''',
    },
}
