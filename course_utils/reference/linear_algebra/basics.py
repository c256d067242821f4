"""Reference implementations for unit 01-linear-algebra, topics 01–08."""
from __future__ import annotations

import numpy as np

__all__ = [
    # 01-scalars-vectors-matrices
    "is_symmetric", "sym_skew_split", "flatten_images",
    # 02-vector-operations
    "lp_norm", "vector_cosine_similarity", "angle_between",
    # 03-matrix-operations
    "matrix_power", "trace_of_product", "has_orthonormal_columns",
    # 04-linear-combinations
    "linear_combination", "barycentric_coordinates",
    # 05-span-basis-dimension
    "is_in_span", "coordinates_in_basis",
    # 06-linear-independence
    "first_dependent_index", "linearly_independent",
    # 07-matrix-rank
    "rref", "matrix_rank",
    # 08-determinant
    "det_by_elimination", "signed_area",
]


# --- 01-scalars-vectors-matrices -----------------------------------------------------------------
def is_symmetric(A, tol: float = 1e-10) -> bool:
    A = np.asarray(A)
    if A.ndim != 2:
        raise ValueError("A must be a 2-D array")
    if A.shape[0] != A.shape[1]:
        return False
    A = A.astype(float)
    return bool(np.all(np.abs(A - A.T) <= tol))


def sym_skew_split(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be a square 2-D array")
    return (A + A.T) / 2.0, (A - A.T) / 2.0


def flatten_images(images):
    images = np.asarray(images)
    if images.ndim != 3:
        raise ValueError("images must have shape (n, h, w)")
    n, h, w = images.shape
    return images.reshape(n, h * w).copy()


# --- 02-vector-operations ------------------------------------------------------------------------
def _check_vector(x, name="x"):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D array")
    return x


def lp_norm(x, p=2) -> float:
    x = _check_vector(x)
    if not p >= 1:
        raise ValueError("p must be >= 1 (or np.inf)")
    a = np.abs(x)
    m = float(a.max())
    if m == 0.0 or np.isinf(p):
        return m
    return float(m * np.sum((a / m) ** p) ** (1.0 / p))


def vector_cosine_similarity(x, y) -> float:
    """Cosine similarity of two 1-D vectors (graded as ``cosine_similarity`` in 01·02; renamed here
    because decompositions.py exports a matrix version under that name)."""
    x = _check_vector(x, "x")
    y = _check_vector(y, "y")
    if x.shape != y.shape:
        raise ValueError("x and y must have the same length")
    nx, ny = lp_norm(x, 2), lp_norm(y, 2)
    if nx == 0.0 or ny == 0.0:
        raise ValueError("the cosine similarity of a zero vector is undefined")
    c = float(np.sum((x / nx) * (y / ny)))
    return float(min(1.0, max(-1.0, c)))


def angle_between(x, y, degrees: bool = False) -> float:
    theta = float(np.arccos(vector_cosine_similarity(x, y)))
    return float(np.degrees(theta)) if degrees else theta


# --- 03-matrix-operations ------------------------------------------------------------------------
def matrix_power(A, k):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be a square 2-D array")
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)) or k < 0:
        raise ValueError("k must be a non-negative integer")
    result = np.eye(A.shape[0], dtype=A.dtype)
    base = A.copy()
    k = int(k)
    while k > 0:
        if k & 1:
            result = result @ base
        k >>= 1
        if k:
            base = base @ base
    return result


def trace_of_product(A, B):
    A = np.asarray(A)
    B = np.asarray(B)
    if A.ndim != 2 or B.ndim != 2 or A.shape != B.shape[::-1]:
        raise ValueError("A must have shape (n, m) and B shape (m, n)")
    return np.sum(A * B.T)


def has_orthonormal_columns(Q, tol: float = 1e-10) -> bool:
    Q = np.asarray(Q, dtype=float)
    if Q.ndim != 2:
        raise ValueError("Q must be a 2-D array")
    G = Q.T @ Q
    return bool(np.max(np.abs(G - np.eye(Q.shape[1])), initial=0.0) <= tol)


# --- 04-linear-combinations ----------------------------------------------------------------------
def linear_combination(coeffs, vectors):
    coeffs = np.asarray(coeffs, dtype=float)
    vectors = np.asarray(vectors, dtype=float)
    if vectors.ndim != 2 or coeffs.ndim not in (1, 2) or coeffs.shape[-1] != vectors.shape[0]:
        raise ValueError("coeffs must have shape (k,) or (m, k) and vectors shape (k, d)")
    return coeffs @ vectors


def barycentric_coordinates(triangle, p):
    T = np.asarray(triangle, dtype=float)
    P = np.asarray(p, dtype=float)
    if T.shape != (3, 2) or P.ndim not in (1, 2) or P.shape[-1] != 2:
        raise ValueError("triangle must have shape (3, 2) and p shape (2,) or (m, 2)")
    a, b, c = T
    e1, e2 = b - a, c - a
    det = e1[0] * e2[1] - e1[1] * e2[0]
    scale = max(np.sum(e1 * e1), np.sum(e2 * e2), np.sum((c - b) ** 2))
    if not abs(det) > 1e-12 * scale:
        raise ValueError("degenerate triangle: the vertices are collinear")
    r = P - a
    w1 = (r[..., 0] * e2[1] - r[..., 1] * e2[0]) / det
    w2 = (e1[0] * r[..., 1] - e1[1] * r[..., 0]) / det
    return np.stack([1.0 - w1 - w2, w1, w2], axis=-1)


# --- 05-span-basis-dimension ---------------------------------------------------------------------
def is_in_span(vectors, target, tol: float = 1e-10) -> bool:
    V = np.asarray(vectors, dtype=float)
    t = np.asarray(target, dtype=float)
    if V.ndim != 2 or t.ndim != 1 or V.shape[1] != t.shape[0]:
        raise ValueError("vectors must have shape (k, d) and target shape (d,)")
    tnorm = np.linalg.norm(t)
    if tnorm == 0.0:
        return True
    if V.shape[0] == 0:
        return False
    c = np.linalg.lstsq(V.T, t, rcond=None)[0]
    return bool(np.linalg.norm(t - c @ V) <= tol * tnorm)


def coordinates_in_basis(basis, v):
    B = np.asarray(basis, dtype=float)
    v = np.asarray(v, dtype=float)
    if B.ndim != 2 or B.shape[0] != B.shape[1] or v.shape != (B.shape[1],):
        raise ValueError("basis must have shape (d, d) and v shape (d,)")
    if np.linalg.matrix_rank(B) < B.shape[0]:
        raise ValueError("the rows of basis are linearly dependent: not a basis")
    return np.linalg.solve(B.T, v)


# --- 06-linear-independence ----------------------------------------------------------------------
def first_dependent_index(vectors, tol: float = 1e-10) -> int:
    V = np.asarray(vectors, dtype=float)
    if V.ndim != 2:
        raise ValueError("vectors must have shape (k, d)")
    Q = []
    for i, v in enumerate(V):
        nv = np.sqrt(np.sum(v * v))
        if nv == 0.0:
            return i
        r = v / nv
        for _ in range(2):  # modified Gram-Schmidt, twice for safety
            for q in Q:
                r = r - np.sum(q * r) * q
        nr = np.sqrt(np.sum(r * r))
        if nr <= tol:
            return i
        Q.append(r / nr)
    return -1


def linearly_independent(vectors, tol: float = 1e-10) -> bool:
    return first_dependent_index(vectors, tol) == -1


# --- 07-matrix-rank ------------------------------------------------------------------------------
def rref(A, tol: float = 1e-10):
    R = np.array(A, dtype=float)
    if R.ndim != 2:
        raise ValueError("A must be a 2-D array")
    m, n = R.shape
    scale = float(np.max(np.abs(R))) if R.size else 0.0
    pivots = []
    if scale == 0.0:
        return np.zeros((m, n)), ()
    r = 0
    for c in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(R[r:, c])))
        if abs(R[p, c]) <= tol * scale:
            R[r:, c] = 0.0
            continue
        if p != r:
            R[[r, p]] = R[[p, r]]
        R[r] = R[r] / R[r, c]
        f = R[:, c].copy()
        f[r] = 0.0
        R -= np.outer(f, R[r])
        R[:, c] = 0.0
        R[r, c] = 1.0
        pivots.append(c)
        r += 1
    R[r:] = 0.0
    return R, tuple(pivots)


def matrix_rank(A, tol: float = 1e-10) -> int:
    return len(rref(A, tol)[1])


# --- 08-determinant ------------------------------------------------------------------------------
def det_by_elimination(A) -> float:
    U = np.array(A, dtype=float)
    if U.ndim != 2 or U.shape[0] != U.shape[1]:
        raise ValueError("A must be a square 2-D array")
    n = U.shape[0]
    sign = 1.0
    det = 1.0
    for c in range(n):
        p = c + int(np.argmax(np.abs(U[c:, c])))
        if U[p, c] == 0.0:
            return 0.0
        if p != c:
            U[[c, p]] = U[[p, c]]
            sign = -sign
        det *= U[c, c]
        U[c + 1:, c:] -= np.outer(U[c + 1:, c] / U[c, c], U[c, c:])
    return float(sign * det)


def signed_area(vertices) -> float:
    P = np.asarray(vertices, dtype=float)
    if P.ndim != 2 or P.shape[1] != 2 or P.shape[0] < 3:
        raise ValueError("vertices must have shape (n, 2) with n >= 3")
    P = P - P[0]
    x, y = P[:, 0], P[:, 1]
    xn, yn = np.roll(x, -1), np.roll(y, -1)
    return float(0.5 * np.sum(x * yn - xn * y))
