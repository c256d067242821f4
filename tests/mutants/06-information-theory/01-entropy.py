"""Mutants for 06-information-theory/01-entropy: realistic wrong answers that must lose points."""

_VALIDATE = '''
    if not (np.isfinite(base) and base > 0 and base != 1):
        raise ValueError("bad base")
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or not np.all(np.isfinite(p)) or np.any(p < 0) or abs(p.sum() - 1) > 1e-6:
        raise ValueError("bad p")
'''

MUTANTS = {
    "entropy": {
        "natural_log": '''
def entropy(p, base=2):''' + _VALIDATE + '''
    s = p[p > 0]
    return float(-np.sum(s * np.log(s)))
''',
        "nan_for_zero_log_zero": '''
def entropy(p, base=2):''' + _VALIDATE + '''
    return float(-np.sum(p * np.log(p)) / np.log(base))
''',
        "where_still_warns": '''
def entropy(p, base=2):''' + _VALIDATE + '''
    terms = np.where(p > 0, p * np.log(p), 0.0)
    return float(-np.sum(terms) / np.log(base))
''',
        "errstate_nansum_ok_but_no_validation": '''
def entropy(p, base=2):
    p = np.asarray(p, dtype=float)
    s = p[p > 0]
    return float(-np.sum(s * np.log(s)) / np.log(base))
''',
        "missing_minus_sign": '''
def entropy(p, base=2):''' + _VALIDATE + '''
    s = p[p > 0]
    return float(np.sum(s * np.log(s)) / np.log(base))
''',
        "normalises_silently": '''
def entropy(p, base=2):
    if not (np.isfinite(base) and base > 0 and base != 1):
        raise ValueError("bad base")
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or not np.all(np.isfinite(p)) or np.any(p < 0) or p.sum() == 0:
        raise ValueError("bad p")
    p = p / p.sum()
    s = p[p > 0]
    return float(-np.sum(s * np.log(s)) / np.log(base))
''',
        "base_multiplied_not_divided": '''
def entropy(p, base=2):''' + _VALIDATE + '''
    s = p[p > 0]
    return float(-np.sum(s * np.log(s)) * np.log(base))
''',
        "log2_ignores_base": '''
def entropy(p, base=2):''' + _VALIDATE + '''
    s = p[p > 0]
    return float(-np.sum(s * np.log2(s)))
''',
        "exact_sum_check": '''
def entropy(p, base=2):
    if not (np.isfinite(base) and base > 0 and base != 1):
        raise ValueError("bad base")
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or not np.all(np.isfinite(p)) or np.any(p < 0) or p.sum() != 1:
        raise ValueError("bad p")
    s = p[p > 0]
    return float(-np.sum(s * np.log(s)) / np.log(base))
''',
        "returns_array": '''
def entropy(p, base=2):''' + _VALIDATE + '''
    s = p[p > 0]
    return -np.sum(s * np.log(s), keepdims=True) / np.log(base)
''',
        "scipy_shortcut": '''
def entropy(p, base=2):''' + _VALIDATE + '''
    import scipy.stats
    return float(scipy.stats.entropy(p, base=base))
''',
        "epsilon_inside_log": '''
def entropy(p, base=2):''' + _VALIDATE + '''
    return float(-np.sum(p * np.log(p + 1e-12)) / np.log(base))
''',
        "no_base_check": '''
def entropy(p, base=2):
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or not np.all(np.isfinite(p)) or np.any(p < 0) or abs(p.sum() - 1) > 1e-6:
        raise ValueError("bad p")
    s = p[p > 0]
    with np.errstate(all="ignore"):
        return float(-np.sum(s * np.log(s)) / np.log(base))
''',
    },
    "information_gain": {
        "unweighted_children": '''
def information_gain(y, left, base=2):
    y = np.asarray(y); left = np.asarray(left)
    if y.ndim != 1 or y.size == 0 or left.shape != y.shape or left.dtype != bool or base <= 0 or base == 1:
        raise ValueError("bad input")
    def H(lab):
        if lab.size == 0:
            return 0.0
        return entropy(np.unique(lab, return_counts=True)[1] / lab.size, base=base)
    if left.all() or not left.any():
        return 0.0
    return float(H(y) - 0.5 * (H(y[left]) + H(y[~left])))
''',
        "weights_swapped": '''
def information_gain(y, left, base=2):
    y = np.asarray(y); left = np.asarray(left)
    if y.ndim != 1 or y.size == 0 or left.shape != y.shape or left.dtype != bool or base <= 0 or base == 1:
        raise ValueError("bad input")
    def H(lab):
        if lab.size == 0:
            return 0.0
        return entropy(np.unique(lab, return_counts=True)[1] / lab.size, base=base)
    w = left.mean()
    return float(H(y) - (1 - w) * H(y[left]) - w * H(y[~left]))
''',
        "forgets_parent": '''
def information_gain(y, left, base=2):
    y = np.asarray(y); left = np.asarray(left)
    if y.ndim != 1 or y.size == 0 or left.shape != y.shape or left.dtype != bool or base <= 0 or base == 1:
        raise ValueError("bad input")
    def H(lab):
        if lab.size == 0:
            return 0.0
        return entropy(np.unique(lab, return_counts=True)[1] / lab.size, base=base)
    w = left.mean()
    return float(w * H(y[left]) + (1 - w) * H(y[~left]))
''',
        "empty_child_crashes": '''
def information_gain(y, left, base=2):
    y = np.asarray(y); left = np.asarray(left)
    if y.ndim != 1 or y.size == 0 or left.shape != y.shape or left.dtype != bool or base <= 0 or base == 1:
        raise ValueError("bad input")
    def H(lab):
        return entropy(np.unique(lab, return_counts=True)[1] / lab.size, base=base)
    w = left.mean()
    return float(H(y) - w * H(y[left]) - (1 - w) * H(y[~left]))
''',
        "bincount_labels": '''
def information_gain(y, left, base=2):
    y = np.asarray(y); left = np.asarray(left)
    if y.ndim != 1 or y.size == 0 or left.shape != y.shape or left.dtype != bool or base <= 0 or base == 1:
        raise ValueError("bad input")
    def H(lab):
        if lab.size == 0:
            return 0.0
        c = np.bincount(lab - lab.min())
        return entropy(c / lab.size, base=base)
    w = left.mean()
    return float(H(y) - w * H(y[left]) - (1 - w) * H(y[~left]))
''',
        "ignores_base": '''
def information_gain(y, left, base=2):
    y = np.asarray(y); left = np.asarray(left)
    if y.ndim != 1 or y.size == 0 or left.shape != y.shape or left.dtype != bool or base <= 0 or base == 1:
        raise ValueError("bad input")
    def H(lab):
        if lab.size == 0:
            return 0.0
        return entropy(np.unique(lab, return_counts=True)[1] / lab.size)
    w = left.mean()
    return float(H(y) - w * H(y[left]) - (1 - w) * H(y[~left]))
''',
        "no_mask_validation": '''
def information_gain(y, left, base=2):
    y = np.asarray(y); left = np.asarray(left, dtype=bool)
    if y.ndim != 1 or y.size == 0:
        raise ValueError("bad input")
    def H(lab):
        if lab.size == 0:
            return 0.0
        return entropy(np.unique(lab, return_counts=True)[1] / lab.size, base=base)
    w = left.mean()
    return float(H(y) - w * H(y[left]) - (1 - w) * H(y[~left]))
''',
        "probabilities_over_classes_not_samples": '''
def information_gain(y, left, base=2):
    y = np.asarray(y); left = np.asarray(left)
    if y.ndim != 1 or y.size == 0 or left.shape != y.shape or left.dtype != bool or base <= 0 or base == 1:
        raise ValueError("bad input")
    def H(lab):
        if lab.size == 0:
            return 0.0
        c = np.unique(lab, return_counts=True)[1]
        p = c / c.sum()
        return entropy(p, base=base)
    w = left.sum() / len(np.unique(y))
    w = min(w, 1.0)
    return float(H(y) - w * H(y[left]) - (1 - w) * H(y[~left]))
''',
    },
}
