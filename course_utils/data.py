"""Offline datasets only: seeded synthetic generators and data that ships inside installed wheels.

Nothing here downloads. scikit-learn's ``load_*`` functions read files bundled in its wheel.
"""
from __future__ import annotations

import numpy as np

BUNDLED = ("iris", "wine", "breast_cancer", "digits", "diabetes")


def load_bundled(name: str, *, return_X_y: bool = True):
    """One of scikit-learn's bundled datasets, e.g. ``X, y = load_bundled("iris")``."""
    if name not in BUNDLED:
        raise ValueError(f"unknown bundled dataset {name!r}; choose one of {BUNDLED}")
    import sklearn.datasets as ds

    loader = getattr(ds, f"load_{name}")
    return loader(return_X_y=return_X_y)


def make_blobs(n_per_class: int = 50, centers=((0, 0), (3, 3), (0, 4)), std: float = 0.7,
               seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian clusters: ``X`` (n, d) float, ``y`` (n,) int labels 0..k-1."""
    rng = np.random.default_rng(seed)
    centers = np.asarray(centers, float)
    X = np.concatenate([c + std * rng.standard_normal((n_per_class, centers.shape[1])) for c in centers])
    y = np.repeat(np.arange(len(centers)), n_per_class)
    return X, y


def make_linear_regression(n: int = 100, d: int = 1, noise: float = 0.5, seed: int = 0):
    """``X`` (n, d), ``y`` (n,), and the true ``w`` (d,), ``b`` of ``y = X w + b + noise``."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-3, 3, size=(n, d))
    w = rng.normal(0, 2, size=d)
    b = float(rng.normal())
    y = X @ w + b + noise * rng.standard_normal(n)
    return X, y, w, b


def make_binary_classification(n: int = 200, d: int = 2, separation: float = 2.0, seed: int = 0):
    """Two Gaussian classes: ``X`` (n, d), ``y`` (n,) in {0, 1}."""
    rng = np.random.default_rng(seed)
    y = (rng.uniform(size=n) < 0.5).astype(int)
    means = np.zeros((2, d))
    means[1, 0] = separation
    X = means[y] + rng.standard_normal((n, d))
    return X, y
