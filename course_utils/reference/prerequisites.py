"""Reference implementations for unit 00-prerequisites."""
from __future__ import annotations

import numpy as np


# --- 02-numpy-basics -----------------------------------------------------------------------------
def pairwise_sq_dists(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    sq = (X * X).sum(axis=1)[:, None] + (Y * Y).sum(axis=1)[None, :] - 2.0 * (X @ Y.T)
    return np.maximum(sq, 0.0)


def standardize(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    safe = np.where(std > 0, std, 1.0)
    return (X - mean) / safe


def one_hot(y: np.ndarray, num_classes: int | None = None) -> np.ndarray:
    y = np.asarray(y)
    if y.ndim != 1 or y.dtype.kind not in "iu":
        raise ValueError("y must be a 1-D array of integer labels")
    k = int(y.max()) + 1 if num_classes is None else int(num_classes)
    if y.size and (y.min() < 0 or y.max() >= k):
        raise ValueError("labels must lie in [0, num_classes)")
    out = np.zeros((y.size, k))
    out[np.arange(y.size), y] = 1.0
    return out


# --- 01-python-for-math --------------------------------------------------------------------------
def isclose(a: float, b: float, rel_tol: float = 1e-9, abs_tol: float = 0.0) -> bool:
    if rel_tol < 0 or abs_tol < 0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    inf = float("inf")
    if abs(a) == inf or abs(b) == inf:
        return False
    diff = abs(a - b)
    return bool(diff <= rel_tol * max(abs(a), abs(b)) or diff <= abs_tol)


def binomial(n: int, k: int) -> int:
    if n < 0:
        raise ValueError("n must be >= 0")
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    out = 1
    for i in range(1, k + 1):
        out = out * (n - k + i) // i
    return out


def running_mean_var(xs, ddof: int = 0) -> tuple[float, float]:
    count, mean, m2 = 0, 0.0, 0.0
    for x in xs:
        count += 1
        delta = x - mean
        mean += delta / count
        m2 += delta * (x - mean)
    if count == 0:
        raise ValueError("no data")
    if count - ddof <= 0:
        raise ValueError("not enough data for this ddof")
    return float(mean), float(m2 / (count - ddof))


# --- 03-math-notation-and-plotting ---------------------------------------------------------------
def vector_norm(x, p: float = 2) -> float:
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if not p >= 1:
        raise ValueError("p must be >= 1")
    a = np.abs(x)
    if a.size == 0:
        return 0.0
    m = a.max()
    if p == np.inf or m == 0:
        return float(m)
    return float(m * np.sum((a / m) ** p) ** (1.0 / p))


def geometric_mean(x) -> float:
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D array")
    if np.any(x < 0):
        raise ValueError("entries must be non-negative")
    if np.any(x == 0):
        return 0.0
    return float(np.exp(np.mean(np.log(x))))


def top_k_indices(scores, k: int) -> np.ndarray:
    s = np.asarray(scores)
    if s.ndim != 1:
        raise ValueError("scores must be 1-D")
    if not 0 <= k <= s.size:
        raise ValueError("k must satisfy 0 <= k <= len(scores)")
    return np.lexsort((np.arange(s.size), -s.astype(float)))[:k]
