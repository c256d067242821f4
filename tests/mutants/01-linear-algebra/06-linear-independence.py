"""Mutants for 01-linear-algebra/06-linear-independence: realistic wrong answers that must lose points."""

_START = '''
def first_dependent_index(vectors, tol=1e-10):
    V = np.asarray(vectors, dtype=float)
    if V.ndim != 2:
        raise ValueError("2-D please")
'''

MUTANTS = {
    "first_dependent_index": {
        "absolute_tolerance": _START + '''
    Q = []
    for i, v in enumerate(V):
        r = v.copy()
        for q in Q:
            r = r - (q @ r) * q
        nr = np.sqrt(r @ r)
        if nr <= tol:
            return i
        Q.append(r / nr)
    return -1
''',
        "pairwise_parallel_only": _START + '''
    for i, v in enumerate(V):
        nv = np.sqrt(v @ v)
        if nv == 0:
            return i
        for j in range(i):
            u = V[j]
            if abs(abs(u @ v) - np.sqrt(u @ u) * nv) <= tol * np.sqrt(u @ u) * nv:
                return i
    return -1
''',
        "projects_onto_original_vectors": _START + '''
    for i, v in enumerate(V):
        nv = np.sqrt(v @ v)
        if nv == 0:
            return i
        r = v / nv
        for u in V[:i]:
            r = r - (u @ r) / (u @ u) * u
        if np.sqrt(r @ r) <= tol:
            return i
    return -1
''',
        "basis_not_normalised": _START + '''
    Q = []
    for i, v in enumerate(V):
        nv = np.sqrt(v @ v)
        if nv == 0:
            return i
        r = v / nv
        for q in Q:
            r = r - (q @ r) * q
        nr = np.sqrt(r @ r)
        if nr <= tol:
            return i
        Q.append(r)
    return -1
''',
        "one_based_index": _START + '''
    Q = []
    for i, v in enumerate(V):
        nv = np.sqrt(v @ v)
        if nv == 0:
            return i + 1
        r = v / nv
        for _ in range(2):
            for q in Q:
                r = r - (q @ r) * q
        nr = np.sqrt(r @ r)
        if nr <= tol:
            return i + 1
        Q.append(r / nr)
    return -1
''',
        "counts_only": _START + '''
    if any(not np.any(v) for v in V):
        return next(i for i, v in enumerate(V) if not np.any(v))
    return V.shape[1] if V.shape[0] > V.shape[1] else -1
''',
        "library_rank": _START + '''
    for i in range(V.shape[0]):
        if np.linalg.matrix_rank(V[: i + 1]) < i + 1:
            return i
    return -1
''',
        "no_zero_vector_check": _START + '''
    Q = []
    for i, v in enumerate(V):
        with np.errstate(all="ignore"):
            r = v / np.sqrt(v @ v)
            for q in Q:
                r = r - (q @ r) * q
            nr = np.sqrt(r @ r)
        if nr <= tol:
            return i
        Q.append(r / nr)
    return -1
''',
    },
    "linearly_independent": {
        "k_at_most_d": '''
def linearly_independent(vectors, tol=1e-10):
    V = np.asarray(vectors, dtype=float)
    if V.ndim != 2:
        raise ValueError("2-D please")
    return bool(V.shape[0] <= V.shape[1] and np.all(np.any(V != 0, axis=1)))
''',
        "truthiness_of_index": '''
def linearly_independent(vectors, tol=1e-10):
    return bool(first_dependent_index(vectors, tol))
''',
        "pairwise_cosines": '''
def linearly_independent(vectors, tol=1e-10):
    V = np.asarray(vectors, dtype=float)
    if V.ndim != 2:
        raise ValueError("2-D please")
    if V.shape[0] > V.shape[1]:
        return False
    norms = np.sqrt(np.sum(V * V, axis=1))
    if np.any(norms == 0):
        return False
    U = V / norms[:, None]
    C = np.abs(U @ U.T) - np.eye(len(U))
    return bool(np.all(C < 1 - tol))
''',
        "library_rank": '''
def linearly_independent(vectors, tol=1e-10):
    V = np.asarray(vectors, dtype=float)
    if V.ndim != 2:
        raise ValueError("2-D please")
    return V.shape[0] == 0 or bool(np.linalg.matrix_rank(V) == V.shape[0])
''',
        "absolute_tolerance": '''
def linearly_independent(vectors, tol=1e-10):
    V = np.asarray(vectors, dtype=float)
    if V.ndim != 2:
        raise ValueError("2-D please")
    Q = []
    for v in V:
        r = v.copy()
        for q in Q:
            r = r - (q @ r) * q
        nr = np.sqrt(r @ r)
        if nr <= tol:
            return False
        Q.append(r / nr)
    return True
''',
    },
}
