"""Mutants for 06-information-theory/03-kl-divergence: realistic wrong answers that must lose points."""

_HEAD = '''
def kl_divergence(p, q, base=2):
    if not (np.isfinite(base) and base > 0 and base != 1):
        raise ValueError("bad base")
    p = np.asarray(p, dtype=float); q = np.asarray(q, dtype=float)
    for v in (p, q):
        if v.ndim != 1 or v.size == 0 or not np.all(np.isfinite(v)) or np.any(v < 0) or abs(v.sum() - 1) > 1e-6:
            raise ValueError("bad vector")
    if p.shape != q.shape:
        raise ValueError("lengths differ")
'''

_G_HEAD = '''
def gaussian_kl(mu_p, var_p, mu_q, var_q):
    arrs = [np.atleast_1d(np.asarray(a, dtype=float)) for a in (mu_p, var_p, mu_q, var_q)]
    if len({a.shape for a in arrs}) != 1 or arrs[0].ndim != 1:
        raise ValueError("shapes")
    mu_p, var_p, mu_q, var_q = arrs
    if np.any(var_p <= 0) or np.any(var_q <= 0) or not np.all(np.isfinite(var_p)) or not np.all(np.isfinite(var_q)):
        raise ValueError("variances")
'''

MUTANTS = {
    "kl_divergence": {
        "natural_log": _HEAD + '''
    s = p > 0
    if np.any(q[s] == 0):
        return float("inf")
    return float(np.sum(p[s] * np.log(p[s] / q[s])))
''',
        "p_and_q_swapped": _HEAD + '''
    s = q > 0
    if np.any(p[s] == 0):
        return float("inf")
    return float(np.sum(q[s] * np.log(q[s] / p[s])) / np.log(base))
''',
        "ratio_upside_down": _HEAD + '''
    s = p > 0
    if np.any(q[s] == 0):
        return float("inf")
    return float(np.sum(p[s] * np.log(q[s] / p[s])) / np.log(base))
''',
        "nan_for_zero_log_zero": _HEAD + '''
    with np.errstate(all="ignore"):
        return float(np.sum(p * np.log(p / q)) / np.log(base))
''',
        "warns_on_zeros": _HEAD + '''
    s = p > 0
    return float(np.sum(p[s] * np.log(p[s] / q[s])) / np.log(base))
''',
        "nan_instead_of_inf": _HEAD + '''
    s = p > 0
    if np.any(q[s] == 0):
        return float("nan")
    return float(np.sum(p[s] * np.log(p[s] / q[s])) / np.log(base))
''',
        "normalises_silently": '''
def kl_divergence(p, q, base=2):
    p = np.asarray(p, dtype=float); q = np.asarray(q, dtype=float)
    if p.ndim != 1 or p.size == 0 or p.shape != q.shape or np.any(p < 0) or np.any(q < 0) or base <= 0 or base == 1:
        raise ValueError("bad input")
    if not (np.all(np.isfinite(p)) and np.all(np.isfinite(q))):
        raise ValueError("bad input")
    p = p / p.sum(); q = q / q.sum()
    s = p > 0
    if np.any(q[s] == 0):
        return float("inf")
    return float(np.sum(p[s] * np.log(p[s] / q[s])) / np.log(base))
''',
        "symmetrised": _HEAD + '''
    s = (p > 0) & (q > 0)
    if np.any((p > 0) != (q > 0)):
        return float("inf")
    d1 = np.sum(p[s] * np.log(p[s] / q[s])); d2 = np.sum(q[s] * np.log(q[s] / p[s]))
    return float(0.5 * (d1 + d2) / np.log(base))
''',
        "returns_cross_entropy": _HEAD + '''
    s = p > 0
    if np.any(q[s] == 0):
        return float("inf")
    return float(-np.sum(p[s] * np.log(q[s])) / np.log(base))
''',
        "inf_whenever_q_has_zero": _HEAD + '''
    if np.any(q == 0):
        return float("inf")
    s = p > 0
    return float(np.sum(p[s] * np.log(p[s] / q[s])) / np.log(base))
''',
        "scipy_shortcut": _HEAD + '''
    import scipy.stats
    return float(scipy.stats.entropy(p, q, base=base))
''',
    },
    "gaussian_kl": {
        "p_and_q_swapped": _G_HEAD + '''
    return float(np.sum(0.5 * (np.log(var_p / var_q) + (var_q + (mu_p - mu_q) ** 2) / var_p - 1)))
''',
        "variance_used_as_std_in_log": _G_HEAD + '''
    return float(np.sum(np.log(var_q / var_p) + (var_p + (mu_p - mu_q) ** 2) / (2 * var_q) - 0.5))
''',
        "std_squared_again": _G_HEAD + '''
    return float(np.sum(0.5 * (np.log(var_q ** 2 / var_p ** 2) + (var_p ** 2 + (mu_p - mu_q) ** 2) / var_q ** 2 - 1)))
''',
        "mean_gap_over_var_p": _G_HEAD + '''
    return float(np.sum(0.5 * (np.log(var_q / var_p) + var_p / var_q + (mu_p - mu_q) ** 2 / var_p - 1)))
''',
        "forgets_minus_one": _G_HEAD + '''
    return float(np.sum(0.5 * (np.log(var_q / var_p) + (var_p + (mu_p - mu_q) ** 2) / var_q)))
''',
        "forgets_one_half": _G_HEAD + '''
    return float(np.sum(np.log(var_q / var_p) + (var_p + (mu_p - mu_q) ** 2) / var_q - 1))
''',
        "log_ratio_inverted": _G_HEAD + '''
    return float(np.sum(0.5 * (np.log(var_p / var_q) + (var_p + (mu_p - mu_q) ** 2) / var_q - 1)))
''',
        "mean_over_dimensions": _G_HEAD + '''
    return float(np.mean(0.5 * (np.log(var_q / var_p) + (var_p + (mu_p - mu_q) ** 2) / var_q - 1)))
''',
        "returns_per_dimension_array": _G_HEAD + '''
    return 0.5 * (np.log(var_q / var_p) + (var_p + (mu_p - mu_q) ** 2) / var_q - 1)
''',
        "no_validation": '''
def gaussian_kl(mu_p, var_p, mu_q, var_q):
    mu_p, var_p, mu_q, var_q = (np.asarray(a, dtype=float) for a in (mu_p, var_p, mu_q, var_q))
    with np.errstate(all="ignore"):
        return float(np.sum(0.5 * (np.log(var_q / var_p) + (var_p + (mu_p - mu_q) ** 2) / var_q - 1)))
''',
    },
}
