"""Reference implementations for unit 08-ml-math-case-studies."""
from __future__ import annotations

import numpy as np


# --- 04-pca-from-scratch -------------------------------------------------------------------------
def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Principal components by an eigendecomposition of the sample covariance (ddof=1)."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n, d = X.shape
    if n < 2:
        raise ValueError("need at least 2 samples")
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= d:
        raise ValueError("k must be an integer in 1..d")
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    components = evecs[:, order].T.copy()
    explained_variance = np.maximum(evals[order], 0.0)
    return components, explained_variance, Xc @ components.T


# --- 01-linear-regression-from-scratch -----------------------------------------------------------
def _check_xy(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        raise ValueError("X must be (n, d) and y must be (n,)")
    if X.shape[0] < 2:
        raise ValueError("need at least 2 samples")
    return X, y


def fit_linear_regression(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Ordinary least squares with an intercept, by the centred normal equations."""
    X, y = _check_xy(X, y)
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
    return w, float(y_mean - x_mean @ w)


def linear_regression_gd(X: np.ndarray, y: np.ndarray, lr: float = 0.01,
                         n_iters: int = 100) -> tuple[np.ndarray, float, np.ndarray]:
    """Batch gradient descent on the MSE (1/n)||Xw + b - y||^2 from w = 0, b = 0."""
    X, y = _check_xy(X, y)
    if not lr > 0 or n_iters < 0:
        raise ValueError("lr must be > 0 and n_iters >= 0")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    losses = np.empty(n_iters + 1)
    for t in range(n_iters):
        r = X @ w + b - y
        losses[t] = np.mean(r * r)
        gw, gb = (2.0 / n) * (X.T @ r), (2.0 / n) * r.sum()
        w, b = w - lr * gw, b - lr * gb
    r = X @ w + b - y
    losses[n_iters] = np.mean(r * r)
    return w, float(b), losses


# --- 02-logistic-regression-from-scratch ---------------------------------------------------------
def _sigmoid(z: np.ndarray) -> np.ndarray:
    """exp(-softplus(-z)): exact at both ends, never overflows."""
    return np.exp(-np.logaddexp(0.0, -z))


def logistic_loss_and_grad(w: np.ndarray, b: float, X: np.ndarray,
                           y: np.ndarray) -> tuple[float, np.ndarray, float]:
    """Mean binary cross-entropy (natural log) of sigmoid(X w + b) against y in {0,1}, and its gradient."""
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or X.shape[0] < 1 or w.shape != (X.shape[1],) or y.shape != (X.shape[0],):
        raise ValueError("shapes must be X (n, d), w (d,), y (n,), n >= 1")
    z = X @ w + float(b)
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    err = _sigmoid(z) - y
    n = X.shape[0]
    return loss, X.T @ err / n, float(err.mean())


def fit_logistic_regression(X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iters: int = 1000,
                            l2: float = 0.0) -> tuple[np.ndarray, float, np.ndarray]:
    """Gradient descent on mean BCE + l2/2 ||w||^2 (b not penalised) from w = 0, b = 0."""
    X = np.asarray(X, dtype=float)
    if not lr > 0 or n_iters < 0 or l2 < 0:
        raise ValueError("need lr > 0, n_iters >= 0, l2 >= 0")
    w, b = np.zeros(X.shape[1]), 0.0
    losses = np.empty(n_iters + 1)
    for t in range(n_iters + 1):
        loss, dw, db = logistic_loss_and_grad(w, b, X, y)
        losses[t] = loss + 0.5 * l2 * float(w @ w)
        if t == n_iters:
            break
        w, b = w - lr * (dw + l2 * w), b - lr * db
    return w, float(b), losses


# --- 05-neural-network-math ----------------------------------------------------------------------
def softmax_cross_entropy(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean softmax cross-entropy (natural log) of integer labels, and its gradient w.r.t. the scores."""
    S = np.asarray(scores, dtype=float)
    y = np.asarray(y)
    if S.ndim != 2 or S.shape[0] < 1 or y.shape != (S.shape[0],) or y.dtype.kind not in "iu":
        raise ValueError("scores must be (n, K), y integer labels of shape (n,)")
    n, K = S.shape
    if y.min() < 0 or y.max() >= K:
        raise ValueError("labels must lie in 0..K-1")
    shifted = S - S.max(axis=1, keepdims=True)
    lse = np.log(np.sum(np.exp(shifted), axis=1))
    rows = np.arange(n)
    loss = float(np.mean(lse - shifted[rows, y]))
    P = np.exp(shifted - lse[:, None])
    P[rows, y] -= 1.0
    return loss, P / n


def two_layer_loss_and_grads(params: dict, X: np.ndarray, y: np.ndarray,
                             reg: float = 0.0) -> tuple[float, dict]:
    """Loss and gradients of X -> relu(X W1 + b1) W2 + b2 -> softmax cross-entropy (+ reg/2 ||W||^2)."""
    X = np.asarray(X, dtype=float)
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=float) for k in ("W1", "b1", "W2", "b2"))
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0.0)
    S = H @ W2 + b2
    loss, dS = softmax_cross_entropy(S, y)
    loss += 0.5 * reg * (float(np.sum(W1 * W1)) + float(np.sum(W2 * W2)))
    dW2 = H.T @ dS + reg * W2
    db2 = dS.sum(axis=0)
    dZ1 = (dS @ W2.T) * (Z1 > 0)
    dW1 = X.T @ dZ1 + reg * W1
    db1 = dZ1.sum(axis=0)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}


# --- 03-gradient-descent-visualization -----------------------------------------------------------
def gradient_descent(grad, x0, lr: float, n_iters: int) -> np.ndarray:
    """Iterates x_{t+1} = x_t - lr * grad(x_t); returns the path of shape (n_iters + 1, d)."""
    if not lr > 0 or n_iters < 0:
        raise ValueError("need lr > 0 and n_iters >= 0")
    x = np.array(x0, dtype=float).reshape(-1)
    path = np.empty((n_iters + 1, x.size))
    path[0] = x
    for t in range(n_iters):
        x = x - lr * np.asarray(grad(x.copy()), dtype=float).reshape(x.shape)
        path[t + 1] = x
    return path


def momentum_descent(grad, x0, lr: float, beta: float, n_iters: int) -> np.ndarray:
    """Heavy ball: v_{t+1} = beta v_t - lr grad(x_t), x_{t+1} = x_t + v_{t+1}, v_0 = 0."""
    if not lr > 0 or not 0 <= beta < 1 or n_iters < 0:
        raise ValueError("need lr > 0, 0 <= beta < 1 and n_iters >= 0")
    x = np.array(x0, dtype=float).reshape(-1)
    v = np.zeros_like(x)
    path = np.empty((n_iters + 1, x.size))
    path[0] = x
    for t in range(n_iters):
        v = beta * v - lr * np.asarray(grad(x.copy()), dtype=float).reshape(x.shape)
        x = x + v
        path[t + 1] = x
    return path


def gd_contraction_factor(A: np.ndarray, lr: float) -> float:
    """max_i |1 - lr * lambda_i(A)|: the per-step error factor of GD on 0.5 x^T A x - b^T x."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T) or not lr > 0:
        raise ValueError("A must be a symmetric square matrix and lr > 0")
    lam = np.linalg.eigvalsh(A)
    return float(np.max(np.abs(1.0 - lr * lam)))
