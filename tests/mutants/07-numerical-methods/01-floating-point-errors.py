"""Mutants for 07-numerical-methods/01-floating-point-errors."""

MUTANTS = {
    "kahan_sum": {
        "naive_loop": '''
def kahan_sum(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("1-D")
    s = 0.0
    for v in x.tolist():
        s += v
    return float(s)
''',
        "compensation_never_applied": '''
def kahan_sum(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("1-D")
    s = 0.0; c = 0.0
    for v in x.tolist():
        y = v
        t = s + y
        c = (t - s) - y
        s = t
    return float(s)
''',
        "compensation_sign_flipped": '''
def kahan_sum(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("1-D")
    s = 0.0; c = 0.0
    for v in x.tolist():
        y = v + c
        t = s + y
        c = (t - s) - y
        s = t
    return float(s)
''',
        "sorted_naive_sum": '''
def kahan_sum(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("1-D")
    s = 0.0
    for v in sorted(x.tolist(), key=abs):
        s += v
    return float(s)
''',
        "float32_accumulator": '''
def kahan_sum(x):
    x = np.asarray(x, dtype=np.float32)
    if x.ndim != 1:
        raise ValueError("1-D")
    s = np.float32(0.0); c = np.float32(0.0)
    for v in x:
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return float(s)
''',
        "fsum_shortcut": '''
def kahan_sum(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("1-D")
    return math.fsum(x)
''',
        "numpy_sum_shortcut": '''
def kahan_sum(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("1-D")
    return float(np.sum(x))
''',
        "no_validation_flattens": '''
def kahan_sum(x):
    x = np.asarray(x, dtype=float).ravel()
    s = 0.0; c = 0.0
    for v in x.tolist():
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return float(s)
''',
    },
    "stable_quadratic_roots": {
        "textbook_formula": '''
def stable_quadratic_roots(a, b, c):
    a, b, c = float(a), float(b), float(c)
    if a == 0.0:
        raise ValueError("a = 0")
    disc = b * b - 4 * a * c
    if disc < 0:
        raise ValueError("complex")
    r = math.sqrt(disc)
    return tuple(sorted([(-b - r) / (2 * a), (-b + r) / (2 * a)]))
''',
        "wrong_sign_in_q": '''
def stable_quadratic_roots(a, b, c):
    a, b, c = float(a), float(b), float(c)
    if a == 0.0:
        raise ValueError("a = 0")
    disc = b * b - 4 * a * c
    if disc < 0:
        raise ValueError("complex")
    q = -0.5 * (b - math.copysign(math.sqrt(disc), b))
    if q == 0.0:
        return 0.0, 0.0
    return tuple(sorted([q / a, c / q]))
''',
        "not_sorted": '''
def stable_quadratic_roots(a, b, c):
    a, b, c = float(a), float(b), float(c)
    if a == 0.0:
        raise ValueError("a = 0")
    disc = b * b - 4 * a * c
    if disc < 0:
        raise ValueError("complex")
    q = -0.5 * (b + math.copysign(math.sqrt(disc), b))
    if q == 0.0:
        return 0.0, 0.0
    return q / a, c / q
''',
        "vieta_wrong_way_round": '''
def stable_quadratic_roots(a, b, c):
    a, b, c = float(a), float(b), float(c)
    if a == 0.0:
        raise ValueError("a = 0")
    disc = b * b - 4 * a * c
    if disc < 0:
        raise ValueError("complex")
    q = -0.5 * (b + math.copysign(math.sqrt(disc), b))
    if q == 0.0:
        return 0.0, 0.0
    return tuple(sorted([q / a, a / q]))
''',
        "no_q_zero_case": '''
def stable_quadratic_roots(a, b, c):
    a, b, c = float(a), float(b), float(c)
    if a == 0.0:
        raise ValueError("a = 0")
    disc = b * b - 4 * a * c
    if disc < 0:
        raise ValueError("complex")
    q = -0.5 * (b + math.copysign(math.sqrt(disc), b))
    return tuple(sorted([q / a, c / q if q != 0 else float("nan")]))
''',
        "np_roots_shortcut": '''
def stable_quadratic_roots(a, b, c):
    if a == 0 or b * b - 4 * a * c < 0:
        raise ValueError("bad")
    r = np.sort(np.roots([a, b, c]).real)
    return float(r[0]), float(r[1])
''',
        "no_validation": '''
def stable_quadratic_roots(a, b, c):
    a, b, c = float(a), float(b), float(c)
    disc = max(b * b - 4 * a * c, 0.0)
    q = -0.5 * (b + math.copysign(math.sqrt(disc), b))
    if q == 0.0:
        return 0.0, 0.0
    r1 = q / a if a != 0 else c / q
    return tuple(sorted([r1, c / q]))
''',
    },
    "stable_variance": {
        "one_pass_formula": '''
def stable_variance(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad")
    return float(np.mean(x * x) - np.mean(x) ** 2)
''',
        "one_pass_clipped": '''
def stable_variance(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad")
    return float(max(np.mean(x * x) - np.mean(x) ** 2, 0.0))
''',
        "sample_variance_ddof1": '''
def stable_variance(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad")
    d = x - x.mean()
    return float(d @ d / max(x.size - 1, 1))
''',
        "standard_deviation": '''
def stable_variance(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad")
    d = x - x.mean()
    return float(np.sqrt(d @ d / x.size))
''',
        "np_var_shortcut": '''
def stable_variance(x):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad")
    return float(np.var(x))
''',
        "in_place_centring": '''
def stable_variance(x):
    if not isinstance(x, np.ndarray):
        x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad")
    x -= x.mean()
    return float(x @ x / x.size)
''',
        "no_validation": '''
def stable_variance(x):
    x = np.asarray(x, dtype=float).ravel()
    if x.size == 0:
        return 0.0
    d = x - x.mean()
    return float(d @ d / x.size)
''',
    },
}
