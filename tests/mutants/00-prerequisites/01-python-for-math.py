"""Mutants for 00-prerequisites/01-python-for-math: realistic wrong answers that must lose points."""

MUTANTS = {
    "isclose": {
        "relative_to_b_only": '''
def isclose(a, b, rel_tol=1e-9, abs_tol=0.0):
    if rel_tol < 0 or abs_tol < 0:
        raise ValueError("negative tolerance")
    if a == b:
        return True
    if abs(a) == float("inf") or abs(b) == float("inf"):
        return False
    return abs(a - b) <= max(rel_tol * abs(b), abs_tol)
''',
        "min_instead_of_max": '''
def isclose(a, b, rel_tol=1e-9, abs_tol=0.0):
    if rel_tol < 0 or abs_tol < 0:
        raise ValueError("negative tolerance")
    if a == b:
        return True
    if abs(a) == float("inf") or abs(b) == float("inf"):
        return False
    return abs(a - b) <= max(rel_tol * min(abs(a), abs(b)), abs_tol)
''',
        "no_equality_shortcut_for_inf": '''
def isclose(a, b, rel_tol=1e-9, abs_tol=0.0):
    if rel_tol < 0 or abs_tol < 0:
        raise ValueError("negative tolerance")
    return abs(a - b) <= max(rel_tol * max(abs(a), abs(b)), abs_tol)
''',
        "strict_inequality": '''
def isclose(a, b, rel_tol=1e-9, abs_tol=0.0):
    if rel_tol < 0 or abs_tol < 0:
        raise ValueError("negative tolerance")
    if a == b:
        return True
    if abs(a) == float("inf") or abs(b) == float("inf"):
        return False
    return abs(a - b) < max(rel_tol * max(abs(a), abs(b)), abs_tol)
''',
        "ignores_abs_tol": '''
def isclose(a, b, rel_tol=1e-9, abs_tol=0.0):
    if rel_tol < 0 or abs_tol < 0:
        raise ValueError("negative tolerance")
    if a == b:
        return True
    if abs(a) == float("inf") or abs(b) == float("inf"):
        return False
    return abs(a - b) <= rel_tol * max(abs(a), abs(b))
''',
        "tolerances_added": '''
def isclose(a, b, rel_tol=1e-9, abs_tol=0.0):
    if rel_tol < 0 or abs_tol < 0:
        raise ValueError("negative tolerance")
    if a == b:
        return True
    if abs(a) == float("inf") or abs(b) == float("inf"):
        return False
    return abs(a - b) <= rel_tol * max(abs(a), abs(b)) + abs_tol
''',
        "inf_close_to_large": '''
def isclose(a, b, rel_tol=1e-9, abs_tol=0.0):
    if rel_tol < 0 or abs_tol < 0:
        raise ValueError("negative tolerance")
    if a == b:
        return True
    diff = abs(a - b)
    if diff != diff:
        return False
    return diff <= max(rel_tol * max(abs(a), abs(b)), abs_tol)
''',
        "numpy_shortcut": '''
def isclose(a, b, rel_tol=1e-9, abs_tol=0.0):
    if rel_tol < 0 or abs_tol < 0:
        raise ValueError("negative tolerance")
    return bool(np.isclose(a, b, rtol=rel_tol, atol=abs_tol))
''',
        "no_tolerance_validation": '''
def isclose(a, b, rel_tol=1e-9, abs_tol=0.0):
    if a == b:
        return True
    if abs(a) == float("inf") or abs(b) == float("inf"):
        return False
    return abs(a - b) <= max(rel_tol * max(abs(a), abs(b)), abs_tol)
''',
    },
    "binomial": {
        "float_division": '''
def binomial(n, k):
    if n < 0:
        raise ValueError("n < 0")
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    c = 1
    for i in range(1, k + 1):
        c = c * (n - k + i) / i
    return c
''',
        "float_rounded_to_int": '''
def binomial(n, k):
    if n < 0:
        raise ValueError("n < 0")
    if k < 0 or k > n:
        return 0
    c = 1.0
    for i in range(1, k + 1):
        c *= (n - k + i) / i
    return int(round(c))
''',
        "divide_before_multiply": '''
def binomial(n, k):
    if n < 0:
        raise ValueError("n < 0")
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    c = 1
    for i in range(1, k + 1):
        c = c // i * (n - k + i)
    return c
''',
        "off_by_one_range": '''
def binomial(n, k):
    if n < 0:
        raise ValueError("n < 0")
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    c = 1
    for i in range(1, k):
        c = c * (n - k + i) // i
    return c
''',
        "no_out_of_range_convention": '''
def binomial(n, k):
    if n < 0:
        raise ValueError("n < 0")
    k = min(k, n - k)
    c = 1
    for i in range(1, k + 1):
        c = c * (n - k + i) // i
    return c
''',
        "no_negative_n_error": '''
def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    c = 1
    for i in range(1, k + 1):
        c = c * (n - k + i) // i
    return c
''',
        "math_comb_shortcut": '''
def binomial(n, k):
    import math
    if n < 0:
        raise ValueError("n < 0")
    return math.comb(n, k) if 0 <= k <= n else 0
''',
        "factorials_in_float": '''
def binomial(n, k):
    if n < 0:
        raise ValueError("n < 0")
    if k < 0 or k > n:
        return 0
    def fact(m):
        out = 1.0
        for j in range(2, m + 1):
            out *= j
        return out
    return int(fact(n) / (fact(k) * fact(n - k)))
''',
    },
    "running_mean_var": {
        "naive_sum_of_squares": '''
def running_mean_var(xs, ddof=0):
    n, s, s2 = 0, 0.0, 0.0
    for x in xs:
        n += 1; s += x; s2 += x * x
    if n == 0 or n - ddof <= 0:
        raise ValueError("not enough data")
    mean = s / n
    return mean, (s2 - n * mean * mean) / (n - ddof)
''',
        "two_passes_over_generator": '''
def running_mean_var(xs, ddof=0):
    n, s = 0, 0.0
    for x in xs:
        n += 1; s += x
    if n == 0 or n - ddof <= 0:
        raise ValueError("not enough data")
    mean = s / n
    m2 = 0.0
    for x in xs:
        m2 += (x - mean) ** 2
    return mean, m2 / (n - ddof)
''',
        "uses_len": '''
def running_mean_var(xs, ddof=0):
    n = len(xs)
    if n == 0 or n - ddof <= 0:
        raise ValueError("not enough data")
    mean = 0.0
    for x in xs:
        mean += x / n
    m2 = 0.0
    for x in xs:
        m2 += (x - mean) ** 2
    return mean, m2 / (n - ddof)
''',
        "ignores_ddof": '''
def running_mean_var(xs, ddof=0):
    n, mean, m2 = 0, 0.0, 0.0
    for x in xs:
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
    if n == 0 or n - ddof <= 0:
        raise ValueError("not enough data")
    return mean, m2 / n
''',
        "m2_with_old_mean_only": '''
def running_mean_var(xs, ddof=0):
    n, mean, m2 = 0, 0.0, 0.0
    for x in xs:
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * d
    if n == 0 or n - ddof <= 0:
        raise ValueError("not enough data")
    return mean, m2 / (n - ddof)
''',
        "zero_division_instead_of_value_error": '''
def running_mean_var(xs, ddof=0):
    n, mean, m2 = 0, 0.0, 0.0
    for x in xs:
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
    if n == 0:
        raise ValueError("empty")
    return mean, m2 / (n - ddof)
''',
        "statistics_shortcut": '''
def running_mean_var(xs, ddof=0):
    import statistics
    xs = list(xs)
    if not xs or len(xs) - ddof <= 0:
        raise ValueError("not enough data")
    return statistics.fmean(xs), (statistics.pvariance(xs) if ddof == 0 else statistics.variance(xs))
''',
        "numpy_shortcut": '''
def running_mean_var(xs, ddof=0):
    a = np.fromiter(xs, dtype=float)
    if a.size == 0 or a.size - ddof <= 0:
        raise ValueError("not enough data")
    return float(a.mean()), float(a.var(ddof=ddof))
''',
    },
}
