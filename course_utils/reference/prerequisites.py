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
