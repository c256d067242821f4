"""Reference implementations for unit 07-numerical-methods."""
from __future__ import annotations

import numpy as np


# --- 05-numerical-stability ----------------------------------------------------------------------
def logsumexp(z: np.ndarray, axis: int = -1):
    """log(sum(exp(z), axis)) by the max shift; the axis is removed (a scalar for 1-D input)."""
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=axis, keepdims=True)
    out = np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True)) + m
    return np.squeeze(out, axis=axis)[()]


def softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    """exp(z) / sum(exp(z), axis) by the max shift; same shape as z."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


# --- 01-floating-point-errors --------------------------------------------------------------------
def kahan_sum(x) -> float:
    """Kahan's compensated summation of a 1-D sequence (0.0 for an empty one)."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    s = 0.0
    c = 0.0
    for v in x.tolist():
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return float(s)


def stable_quadratic_roots(a: float, b: float, c: float) -> tuple[float, float]:
    """Real roots of a x^2 + b x + c without cancellation, sorted ascending."""
    import math

    a, b, c = float(a), float(b), float(c)
    if a == 0.0:
        raise ValueError("a must be nonzero")
    disc = b * b - 4.0 * a * c
    if disc < 0:
        raise ValueError("complex roots")
    q = -0.5 * (b + math.copysign(math.sqrt(disc), b))
    if q == 0.0:
        return 0.0, 0.0
    r1, r2 = q / a, c / q
    return (r1, r2) if r1 <= r2 else (r2, r1)


def stable_variance(x) -> float:
    """Population variance (ddof=0) by the two-pass algorithm."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D array")
    d = x - x.mean()
    return float(np.dot(d, d) / x.size)


# --- 04-matrix-conditioning ----------------------------------------------------------------------
def condition_number(A) -> float:
    """2-norm condition number sigma_max / sigma_min (inf when sigma_min == 0)."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError("A must be a non-empty 2-D array")
    s = np.linalg.svd(A, compute_uv=False)
    return float("inf") if s[-1] == 0 else float(s[0] / s[-1])


def lstsq_qr(X, y) -> np.ndarray:
    """Least squares min ||X w - y|| for full-column-rank X (n >= d) by the reduced QR factorisation."""
    from scipy.linalg import solve_triangular

    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or X.shape[0] < X.shape[1]:
        raise ValueError("need X (n, d) with n >= d and y (n,)")
    Q, R = np.linalg.qr(X, mode="reduced")
    return solve_triangular(R, Q.T @ y, lower=False)


# --- 02-numerical-differentiation ----------------------------------------------------------------
def finite_difference(f, x, h: float, kind: str = "central"):
    """Forward (f(x+h)-f(x))/h or central (f(x+h)-f(x-h))/(2h) difference, elementwise in x."""
    if not h > 0:
        raise ValueError("h must be > 0")
    x = np.asarray(x, dtype=float)
    if kind == "forward":
        out = (f(x + h) - f(x)) / h
    elif kind == "central":
        out = (f(x + h) - f(x - h)) / (2 * h)
    else:
        raise ValueError("kind must be 'forward' or 'central'")
    return np.asarray(out, dtype=float)


def gradient_fd(f, x, h: float = 1e-5) -> np.ndarray:
    """Central-difference gradient of a scalar function of an array x (any shape)."""
    if not h > 0:
        raise ValueError("h must be > 0")
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    flat, gflat = x.reshape(-1), g.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fp = float(f(x))
        flat[i] = old - h
        fm = float(f(x))
        flat[i] = old
        gflat[i] = (fp - fm) / (2 * h)
    return g


def richardson_derivative(f, x, h: float):
    """Richardson extrapolation of central differences: (4 D(h/2) - D(h)) / 3, error O(h^4)."""
    return (4 * finite_difference(f, x, h / 2) - finite_difference(f, x, h)) / 3


# --- 03-numerical-integration --------------------------------------------------------------------
def _check_n(n, even: bool = False) -> int:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < (2 if even else 1) or (even and n % 2):
        raise ValueError("invalid number of subintervals")
    return int(n)


def trapezoid(f, a: float, b: float, n: int) -> float:
    """Composite trapezoidal rule with n equal subintervals."""
    n = _check_n(n)
    x = np.linspace(a, b, n + 1)
    y = np.asarray(f(x), dtype=float)
    h = (b - a) / n
    return float(h * (0.5 * y[0] + y[1:-1].sum() + 0.5 * y[-1]))


def simpson(f, a: float, b: float, n: int) -> float:
    """Composite Simpson rule with an even number n of equal subintervals."""
    n = _check_n(n, even=True)
    x = np.linspace(a, b, n + 1)
    y = np.asarray(f(x), dtype=float)
    h = (b - a) / n
    return float(h / 3 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))


def monte_carlo_integral(f, a: float, b: float, n: int, rng) -> tuple[float, float]:
    """Plain Monte Carlo: x = rng.uniform(a, b, size=n); ((b-a) mean f(x), (b-a) std(f(x), ddof=1)/sqrt(n))."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2:
        raise ValueError("n must be an integer >= 2")
    if not a < b:
        raise ValueError("need a < b")
    x = rng.uniform(a, b, size=int(n))
    y = np.asarray(f(x), dtype=float)
    return float((b - a) * y.mean()), float((b - a) * y.std(ddof=1) / np.sqrt(n))
