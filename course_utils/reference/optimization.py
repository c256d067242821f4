"""Reference implementations for unit 05-optimization."""
from __future__ import annotations

import numpy as np


# --- 04-gradient-descent -------------------------------------------------------------------------
def gradient_descent(grad, x0, lr, num_steps):
    if num_steps < 0:
        raise ValueError("num_steps must be >= 0")
    x = np.array(x0, dtype=float, copy=True)
    history = np.empty((int(num_steps) + 1,) + x.shape)
    history[0] = x
    for t in range(int(num_steps)):
        g = np.asarray(grad(x.copy()), dtype=float)
        x = x - lr * g
        history[t + 1] = x
    return history


def quadratic_step_sizes(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("A must be a non-empty square matrix")
    if not np.allclose(A, A.T, rtol=1e-10, atol=1e-12 * max(1.0, np.abs(A).max())):
        raise ValueError("A must be symmetric")
    lam = np.linalg.eigvalsh(A)
    mu, L = float(lam[0]), float(lam[-1])
    if mu <= 0:
        raise ValueError("A must be positive definite")
    return 2.0 / L, 2.0 / (L + mu), (L - mu) / (L + mu)


# --- 06-momentum-rmsprop-adam --------------------------------------------------------------------
def momentum_step(w, dw, state, lr=1e-2, beta=0.9):
    w = np.asarray(w, dtype=float)
    dw = np.asarray(dw, dtype=float)
    v = np.asarray(state.get("v", np.zeros_like(w)), dtype=float)
    v_new = beta * v + dw
    return w - lr * v_new, {"v": v_new}


def rmsprop_step(w, dw, state, lr=1e-2, beta=0.99, eps=1e-8):
    w = np.asarray(w, dtype=float)
    dw = np.asarray(dw, dtype=float)
    s = np.asarray(state.get("s", np.zeros_like(w)), dtype=float)
    s_new = beta * s + (1.0 - beta) * dw * dw
    return w - lr * dw / (np.sqrt(s_new) + eps), {"s": s_new}


def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float)
    dw = np.asarray(dw, dtype=float)
    m = np.asarray(state.get("m", np.zeros_like(w)), dtype=float)
    v = np.asarray(state.get("v", np.zeros_like(w)), dtype=float)
    t = int(state.get("t", 0)) + 1
    m_new = beta1 * m + (1.0 - beta1) * dw
    v_new = beta2 * v + (1.0 - beta2) * dw * dw
    m_hat = m_new / (1.0 - beta1 ** t)
    v_hat = v_new / (1.0 - beta2 ** t)
    w_next = w - lr * m_hat / (np.sqrt(v_hat) + eps)
    return w_next, {"m": m_new, "v": v_new, "t": t}


# --- 05-stochastic-gradient-descent --------------------------------------------------------------
def minibatch_indices(n, batch_size, rng):
    if n < 1 or batch_size < 1:
        raise ValueError("n and batch_size must be >= 1")
    perm = rng.permutation(int(n))
    return [perm[i:i + int(batch_size)] for i in range(0, int(n), int(batch_size))]


def sgd_linear_regression(X, y, lr, batch_size, num_epochs, rng):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError("X must have shape (n, d) and y shape (n,)")
    n, d = X.shape
    w, b = np.zeros(d), 0.0

    def full_loss(w, b):
        r = X @ w + b - y
        return 0.5 * float(np.mean(r * r))

    losses = [full_loss(w, b)]
    for _ in range(int(num_epochs)):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X[idx] @ w + b - y[idx]
            gw = X[idx].T @ r / len(idx)
            gb = float(np.mean(r))
            w = w - lr * gw
            b = b - lr * gb
        losses.append(full_loss(w, b))
    return w, b, np.array(losses)


# --- 08-regularization ---------------------------------------------------------------------------
def ridge_closed_form(X, y, alpha, fit_intercept=True):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    if fit_intercept:
        x_mean, y_mean = X.mean(axis=0), y.mean()
        Xc, yc = X - x_mean, y - y_mean
    else:
        Xc, yc = X, y
    d = X.shape[1]
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(d), Xc.T @ yc)
    b = float(y_mean - x_mean @ w) if fit_intercept else 0.0
    return w, b


def soft_threshold(z, t):
    if t < 0:
        raise ValueError("t must be >= 0")
    z = np.asarray(z, dtype=float)
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


def lasso_ista(X, y, alpha, num_iters):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    L = float(np.linalg.eigvalsh(X.T @ X / n)[-1])
    w = np.zeros(d)
    if L == 0.0:
        return w
    for _ in range(int(num_iters)):
        grad = X.T @ (X @ w - y) / n
        w = soft_threshold(w - grad / L, alpha / L)
    return w


# --- 07-learning-rate-strategies -----------------------------------------------------------------
def _steps(t):
    t = np.asarray(t)
    if t.dtype.kind not in "iu":
        raise ValueError("t must hold integers")
    if np.any(t < 0):
        raise ValueError("t must be >= 0")
    return t


def step_decay(t, lr0, drop, every):
    t = _steps(t)
    if every < 1:
        raise ValueError("every must be >= 1")
    return lr0 * np.power(float(drop), t // int(every)).astype(float)


def cosine_schedule(t, lr0, total_steps, lr_min=0.0):
    t = _steps(t)
    if total_steps < 1:
        raise ValueError("total_steps must be >= 1")
    p = np.minimum(t, total_steps) / total_steps
    return lr_min + 0.5 * (lr0 - lr_min) * (1.0 + np.cos(np.pi * p))


def warmup_cosine(t, lr0, warmup_steps, total_steps, lr_min=0.0):
    t = _steps(t)
    if warmup_steps < 0 or total_steps <= warmup_steps:
        raise ValueError("need 0 <= warmup_steps < total_steps")
    W, T = int(warmup_steps), int(total_steps)
    warm = lr0 * t / max(W, 1)
    p = np.clip((t - W) / (T - W), 0.0, 1.0)
    cos = lr_min + 0.5 * (lr0 - lr_min) * (1.0 + np.cos(np.pi * p))
    return np.where(t < W, warm, cos).astype(float)


# --- 03-loss-functions ---------------------------------------------------------------------------
def huber_loss(y_pred, y_true, delta=1.0):
    if delta <= 0:
        raise ValueError("delta must be > 0")
    r = np.asarray(y_pred, dtype=float) - np.asarray(y_true, dtype=float)
    a = np.abs(r)
    per = np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))
    return float(per.mean()), np.clip(r, -delta, delta) / r.size


def hinge_loss(scores, y):
    s = np.asarray(scores, dtype=float)
    y = np.asarray(y)
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("labels must be -1 or +1")
    y = y.astype(float)
    margin = y * s
    loss = float(np.maximum(0.0, 1.0 - margin).mean())
    grad = np.where(margin < 1.0, -y, 0.0) / s.size
    return loss, grad


def bce_with_logits(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y, dtype=float)
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    e = np.exp(-np.abs(z))
    sig = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return loss, (sig - y) / z.size


# --- 09-optimization-in-ml -----------------------------------------------------------------------
def logistic_objective(w, b, X, y, lam=0.0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    if lam < 0:
        raise ValueError("lam must be >= 0")
    n = X.shape[0]
    z = X @ w + b
    J = float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * lam * (w @ w))
    e = np.exp(-np.abs(z))
    sig = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    g = (sig - y) / n
    return J, X.T @ g + lam * w, float(g.sum())


def fit_logistic_gd(X, y, lam, lr, num_steps):
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    history = []
    for _ in range(int(num_steps)):
        J, gw, gb = logistic_objective(w, b, X, y, lam)
        history.append(J)
        w, b = w - lr * gw, b - lr * gb
    history.append(logistic_objective(w, b, X, y, lam)[0])
    return w, b, np.array(history)


def early_stopping(val_losses, patience):
    v = np.asarray(val_losses, dtype=float)
    if v.ndim != 1 or v.size == 0:
        raise ValueError("val_losses must be a non-empty 1-D array")
    if patience < 1:
        raise ValueError("patience must be >= 1")
    best, best_k, wait = v[0], 0, 0
    for k in range(1, v.size):
        if v[k] < best:
            best, best_k, wait = v[k], k, 0
        else:
            wait += 1
            if wait >= patience:
                return best_k, k
    return best_k, v.size - 1


# --- 02-convex-vs-non-convex ---------------------------------------------------------------------
def convexity_gap(f, x, y, theta):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    th = np.asarray(theta, dtype=float)
    if th.ndim != 1 or np.any((th < 0) | (th > 1)):
        raise ValueError("theta must be a 1-D array with entries in [0, 1]")
    fx, fy = float(f(x.copy())), float(f(y.copy()))
    return np.array([float(f(t * x + (1 - t) * y)) - (t * fx + (1 - t) * fy) for t in th])


def classify_critical_point(H, tol=1e-8):
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or H.shape[0] == 0:
        raise ValueError("H must be a non-empty square matrix")
    if not np.allclose(H, H.T):
        raise ValueError("H must be symmetric")
    lam = np.linalg.eigvalsh(H)
    pos, neg = np.any(lam > tol), np.any(lam < -tol)
    if pos and neg:
        return "saddle"
    if np.all(lam > tol):
        return "minimum"
    if np.all(lam < -tol):
        return "maximum"
    return "degenerate"


def multistart_gd(f, grad, starts, lr, num_steps):
    starts = np.asarray(starts, dtype=float)
    if starts.ndim != 2 or starts.shape[0] == 0:
        raise ValueError("starts must have shape (m, d) with m >= 1")
    finals = np.empty_like(starts)
    for i, x0 in enumerate(starts):
        x = x0.copy()
        for _ in range(int(num_steps)):
            x = x - lr * np.asarray(grad(x.copy()), dtype=float)
        finals[i] = x
    values = np.array([float(f(x.copy())) for x in finals])
    best = 0 if np.all(np.isnan(values)) else int(np.nanargmin(values))
    return finals, values, best


# --- 01-optimization-intuition -------------------------------------------------------------------
def golden_section_search(f, a, b, tol=1e-8):
    if not a < b:
        raise ValueError("need a < b")
    if tol <= 0:
        raise ValueError("tol must be > 0")
    invphi = (np.sqrt(5.0) - 1.0) / 2.0
    c, d = b - invphi * (b - a), a + invphi * (b - a)
    fc, fd = float(f(c)), float(f(d))
    evals = 2
    while b - a > tol:
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - invphi * (b - a)
            fc = float(f(c))
        else:
            a, c, fc = c, d, fd
            d = a + invphi * (b - a)
            fd = float(f(d))
        evals += 1
    return float((a + b) / 2.0), evals


def grid_search(f, lows, highs, num):
    lows = np.atleast_1d(np.asarray(lows, dtype=float))
    highs = np.atleast_1d(np.asarray(highs, dtype=float))
    if lows.shape != highs.shape or lows.ndim != 1 or num < 1 or np.any(lows > highs):
        raise ValueError("bad grid specification")
    axes = [np.linspace(lo, hi, int(num)) for lo, hi in zip(lows, highs)]
    pts = np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1).reshape(-1, lows.size)
    vals = np.array([float(f(p.copy())) for p in pts])
    k = int(np.argmin(vals))
    return pts[k], float(vals[k])


def random_search(f, lows, highs, num_samples, rng):
    lows = np.atleast_1d(np.asarray(lows, dtype=float))
    highs = np.atleast_1d(np.asarray(highs, dtype=float))
    if lows.shape != highs.shape or lows.ndim != 1 or num_samples < 1 or np.any(lows > highs):
        raise ValueError("bad search specification")
    pts = rng.uniform(lows, highs, size=(int(num_samples), lows.size))
    vals = np.array([float(f(p.copy())) for p in pts])
    k = int(np.argmin(vals))
    return pts[k], float(vals[k])
