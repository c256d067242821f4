"""Reference implementations for unit 06-information-theory."""
from __future__ import annotations

import numpy as np


def _check_base(base) -> float:
    base = float(base)
    if not (np.isfinite(base) and base > 0 and base != 1.0):
        raise ValueError("base must be a positive number different from 1")
    return base


def _as_prob(p, name: str = "p") -> np.ndarray:
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D array")
    if not np.all(np.isfinite(p)) or np.any(p < 0):
        raise ValueError(f"{name} must have finite, non-negative entries")
    if abs(p.sum() - 1.0) > 1e-6:
        raise ValueError(f"{name} must sum to 1")
    return p


# --- 01-entropy ----------------------------------------------------------------------------------
def entropy(p, base=2) -> float:
    base = _check_base(base)
    p = _as_prob(p)
    nz = p > 0
    h = -np.sum(p[nz] * np.log(p[nz])) / np.log(base)
    return float(h) + 0.0


def _label_entropy(y, base) -> float:
    y = np.asarray(y)
    if y.size == 0:
        return 0.0
    _, counts = np.unique(y, return_counts=True)
    return entropy(counts / counts.sum(), base)


def information_gain(y, left, base=2) -> float:
    base = _check_base(base)
    y = np.asarray(y)
    left = np.asarray(left)
    if y.ndim != 1 or y.size == 0:
        raise ValueError("y must be a non-empty 1-D array of labels")
    if left.shape != y.shape or left.dtype != bool:
        raise ValueError("left must be a boolean array with the shape of y")
    n = y.size
    n_left = int(left.sum())
    h_parent = _label_entropy(y, base)
    h_children = (n_left / n) * _label_entropy(y[left], base) + \
        ((n - n_left) / n) * _label_entropy(y[~left], base)
    return float(h_parent - h_children)


# --- 02-cross-entropy ----------------------------------------------------------------------------
def cross_entropy(p, q, base=2) -> float:
    base = _check_base(base)
    p = _as_prob(p, "p")
    q = _as_prob(q, "q")
    if p.shape != q.shape:
        raise ValueError("p and q must have the same length")
    nz = p > 0
    if np.any(q[nz] == 0):
        return float("inf")
    return float(-np.sum(p[nz] * np.log(q[nz])) / np.log(base)) + 0.0


def log_softmax(Z) -> np.ndarray:
    Z = np.asarray(Z, dtype=float)
    shifted = Z - Z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def softmax_cross_entropy(logits, y):
    """Mean cross-entropy (nats) of softmax(logits) against integer labels, and its gradient."""
    Z = np.asarray(logits, dtype=float)
    y = np.asarray(y)
    if Z.ndim != 2 or Z.shape[0] == 0 or Z.shape[1] == 0:
        raise ValueError("logits must be a non-empty 2-D array")
    if y.ndim != 1 or y.shape[0] != Z.shape[0] or y.dtype.kind not in "iu":
        raise ValueError("y must be a 1-D integer array with one label per row of logits")
    n, k = Z.shape
    if np.any(y < 0) or np.any(y >= k):
        raise ValueError("labels must lie in [0, K)")
    logp = log_softmax(Z)
    rows = np.arange(n)
    loss = float(-logp[rows, y].mean())
    grad = np.exp(logp)
    grad[rows, y] -= 1.0
    return loss, grad / n


# --- 03-kl-divergence ----------------------------------------------------------------------------
def kl_divergence(p, q, base=2) -> float:
    base = _check_base(base)
    p = _as_prob(p, "p")
    q = _as_prob(q, "q")
    if p.shape != q.shape:
        raise ValueError("p and q must have the same length")
    nz = p > 0
    if np.any(q[nz] == 0):
        return float("inf")
    d = np.sum(p[nz] * (np.log(p[nz]) - np.log(q[nz]))) / np.log(base)
    return max(float(d), 0.0)


def gaussian_kl(mu_p, var_p, mu_q, var_q) -> float:
    """KL(N(mu_p, diag var_p) || N(mu_q, diag var_q)) in nats, summed over dimensions."""
    mu_p, var_p, mu_q, var_q = (np.atleast_1d(np.asarray(a, dtype=float)) for a in (mu_p, var_p, mu_q, var_q))
    shapes = {a.shape for a in (mu_p, var_p, mu_q, var_q)}
    if len(shapes) != 1 or mu_p.ndim != 1:
        raise ValueError("all arguments must have the same 1-D shape")
    if np.any(var_p <= 0) or np.any(var_q <= 0):
        raise ValueError("variances must be positive")
    terms = 0.5 * (np.log(var_q / var_p) + (var_p + (mu_p - mu_q) ** 2) / var_q - 1.0)
    return max(float(terms.sum()), 0.0)


# --- 04-mutual-information -----------------------------------------------------------------------
def mutual_information(P, base=2) -> float:
    base = _check_base(base)
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.size == 0:
        raise ValueError("P must be a non-empty 2-D array")
    if not np.all(np.isfinite(P)) or np.any(P < 0):
        raise ValueError("P must have finite, non-negative entries")
    if abs(P.sum() - 1.0) > 1e-6:
        raise ValueError("P must sum to 1")
    px, py = P.sum(axis=1), P.sum(axis=0)
    nz = P > 0
    outer = np.outer(px, py)
    mi = np.sum(P[nz] * (np.log(P[nz]) - np.log(outer[nz]))) / np.log(base)
    return max(float(mi), 0.0)


def mutual_info_from_labels(x, y, base=2) -> float:
    x, y = np.asarray(x), np.asarray(y)
    if x.ndim != 1 or y.ndim != 1 or x.size == 0 or x.shape != y.shape:
        raise ValueError("x and y must be non-empty 1-D arrays of the same length")
    _, xi = np.unique(x, return_inverse=True)
    _, yi = np.unique(y, return_inverse=True)
    a, b = xi.max() + 1, yi.max() + 1
    counts = np.bincount(xi.ravel() * b + yi.ravel(), minlength=a * b).reshape(a, b)
    return mutual_information(counts / x.size, base)


# --- 05-information-theory-in-ml -----------------------------------------------------------------
def js_divergence(p, q, base=2) -> float:
    base = _check_base(base)
    p = _as_prob(p, "p")
    q = _as_prob(q, "q")
    if p.shape != q.shape:
        raise ValueError("p and q must have the same length")
    m = 0.5 * (p + q)

    def kl_to_m(a):
        nz = a > 0
        return np.sum(a[nz] * (np.log(a[nz]) - np.log(m[nz])))

    js = 0.5 * (kl_to_m(p) + kl_to_m(q)) / np.log(base)
    return min(max(float(js), 0.0), 1.0 / np.log2(base))


def distillation_loss(student_logits, teacher_logits, T=1.0):
    S = np.asarray(student_logits, dtype=float)
    Tl = np.asarray(teacher_logits, dtype=float)
    if S.ndim != 2 or S.size == 0 or S.shape != Tl.shape:
        raise ValueError("logits must be non-empty 2-D arrays of the same shape")
    if not (np.isfinite(T) and T > 0):
        raise ValueError("T must be positive")
    n = S.shape[0]
    log_q = log_softmax(S / T)
    log_p = log_softmax(Tl / T)
    p = np.exp(log_p)
    loss = T * T * np.sum(p * (log_p - log_q)) / n
    grad = T * (np.exp(log_q) - p) / n
    return float(loss), grad
