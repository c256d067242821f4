"""Mutants for 01-linear-algebra/02-vector-operations: realistic wrong answers that must lose points."""

MUTANTS = {
    "lp_norm": {
        "naive_no_scaling": '''
def lp_norm(x, p=2):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad x")
    if not p >= 1:
        raise ValueError("bad p")
    if np.isinf(p):
        return float(np.max(np.abs(x)))
    return float(np.sum(np.abs(x) ** p) ** (1 / p))
''',
        "no_absolute_value": '''
def lp_norm(x, p=2):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad x")
    if not p >= 1:
        raise ValueError("bad p")
    m = float(np.max(np.abs(x)))
    if m == 0.0 or np.isinf(p):
        return m
    return float(m * np.sum((x / m) ** p) ** (1 / p))
''',
        "inf_as_sum": '''
def lp_norm(x, p=2):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad x")
    if not p >= 1:
        raise ValueError("bad p")
    m = float(np.max(np.abs(x)))
    if m == 0.0:
        return 0.0
    if np.isinf(p):
        return float(np.sum(np.abs(x)))
    return float(m * np.sum((np.abs(x) / m) ** p) ** (1 / p))
''',
        "accepts_p_below_one": '''
def lp_norm(x, p=2):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad x")
    m = float(np.max(np.abs(x)))
    if m == 0.0 or np.isinf(p):
        return m
    return float(m * np.sum((np.abs(x) / m) ** p) ** (1 / p))
''',
        "wrong_outer_exponent": '''
def lp_norm(x, p=2):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad x")
    if not p >= 1:
        raise ValueError("bad p")
    m = float(np.max(np.abs(x)))
    if m == 0.0 or np.isinf(p):
        return m
    return float(m * np.sum((np.abs(x) / m) ** p) ** 0.5)
''',
        "library_shortcut": '''
def lp_norm(x, p=2):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0 or not p >= 1:
        raise ValueError("bad input")
    return float(np.linalg.norm(x, p))
''',
        "zero_vector_nan": '''
def lp_norm(x, p=2):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad x")
    if not p >= 1:
        raise ValueError("bad p")
    m = float(np.max(np.abs(x)))
    if np.isinf(p):
        return m
    return float(m * np.sum((np.abs(x) / m) ** p) ** (1 / p))
''',
        "integer_overflow": '''
def lp_norm(x, p=2):
    x = np.asarray(x)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad x")
    if not p >= 1:
        raise ValueError("bad p")
    a = np.abs(x)
    m = a.max()
    if m == 0 or np.isinf(p):
        return float(m)
    if a.dtype.kind in "iu":
        return float(np.sum(a ** int(p)) ** (1 / p)) if float(p).is_integer() else float(np.sum(a ** p) ** (1 / p))
    return float(m * np.sum((a / m) ** p) ** (1 / p))
''',
    },
    "cosine_similarity": {
        "no_clipping": '''
def cosine_similarity(x, y):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.size == 0 or x.shape != y.shape:
        raise ValueError("bad input")
    nx, ny = lp_norm(x, 2), lp_norm(y, 2)
    if nx == 0 or ny == 0:
        raise ValueError("zero vector")
    return float(np.sum((x / nx) * (y / ny)))
''',
        "naive_overflow": '''
def cosine_similarity(x, y):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.size == 0 or x.shape != y.shape:
        raise ValueError("bad input")
    nx, ny = np.sqrt(x @ x), np.sqrt(y @ y)
    if nx == 0 or ny == 0:
        raise ValueError("zero vector")
    return float(np.clip((x @ y) / (nx * ny), -1, 1))
''',
        "no_zero_check": '''
def cosine_similarity(x, y):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.size == 0 or x.shape != y.shape:
        raise ValueError("bad input")
    nx, ny = lp_norm(x, 2), lp_norm(y, 2)
    with np.errstate(all="ignore"):
        c = np.sum((x / nx) * (y / ny))
    return float(np.clip(c, -1, 1))
''',
        "cosine_distance": '''
def cosine_similarity(x, y):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.size == 0 or x.shape != y.shape:
        raise ValueError("bad input")
    nx, ny = lp_norm(x, 2), lp_norm(y, 2)
    if nx == 0 or ny == 0:
        raise ValueError("zero vector")
    return float(1.0 - np.clip(np.sum((x / nx) * (y / ny)), -1, 1))
''',
        "absolute_value": '''
def cosine_similarity(x, y):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.size == 0 or x.shape != y.shape:
        raise ValueError("bad input")
    nx, ny = lp_norm(x, 2), lp_norm(y, 2)
    if nx == 0 or ny == 0:
        raise ValueError("zero vector")
    return float(min(1.0, abs(np.sum((x / nx) * (y / ny)))))
''',
        "squared_norms": '''
def cosine_similarity(x, y):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.size == 0 or x.shape != y.shape:
        raise ValueError("bad input")
    nx, ny = lp_norm(x, 2), lp_norm(y, 2)
    if nx == 0 or ny == 0:
        raise ValueError("zero vector")
    return float(np.clip(np.sum((x / nx**2) * (y / ny**2)), -1, 1))
''',
    },
    "angle_between": {
        "no_clipping": '''
def angle_between(x, y, degrees=False):
    x = np.asarray(x, dtype=float); y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.size == 0 or x.shape != y.shape:
        raise ValueError("bad input")
    nx, ny = lp_norm(x, 2), lp_norm(y, 2)
    if nx == 0 or ny == 0:
        raise ValueError("zero vector")
    theta = float(np.arccos(np.sum((x / nx) * (y / ny))))
    return float(np.degrees(theta)) if degrees else theta
''',
        "ignores_degrees": '''
def angle_between(x, y, degrees=False):
    return float(np.arccos(cosine_similarity(x, y)))
''',
        "wrong_degree_conversion": '''
def angle_between(x, y, degrees=False):
    theta = float(np.arccos(cosine_similarity(x, y)))
    return theta * np.pi / 180 if degrees else theta
''',
        "returns_cosine": '''
def angle_between(x, y, degrees=False):
    c = cosine_similarity(x, y)
    return float(np.degrees(c)) if degrees else c
''',
        "arcsin_instead": '''
def angle_between(x, y, degrees=False):
    c = cosine_similarity(x, y)
    theta = float(np.arccos(abs(c)))
    return float(np.degrees(theta)) if degrees else theta
''',
    },
}
