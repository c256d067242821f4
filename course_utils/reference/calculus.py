"""Reference implementations for unit 02-calculus."""
from __future__ import annotations

import numpy as np


# --- 05-gradients --------------------------------------------------------------------------------
def numerical_gradient(f, x, h: float = 1e-5) -> np.ndarray:
    """Central differences, one coordinate at a time; x of any shape is left unchanged."""
    x = np.array(x, dtype=float, copy=True)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        fp = float(f(x))
        x[idx] = old - h
        fm = float(f(x))
        x[idx] = old
        grad[idx] = (fp - fm) / (2.0 * h)
    return grad


def quadratic_gradient(A, b, x) -> np.ndarray:
    """Gradient of f(x) = x^T A x + b^T x, i.e. (A + A^T) x + b."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be a square 2-D array")
    n = A.shape[0]
    if b.shape != (n,) or x.shape != (n,):
        raise ValueError("b and x must have shape (n,)")
    return (A + A.T) @ x + b


# --- 11-calculus-in-ml ---------------------------------------------------------------------------
def _check_linear_shapes(X, y, w):
    if X.ndim != 2:
        raise ValueError("X must be 2-D of shape (n, d)")
    n, d = X.shape
    if y.shape != (n,) or w.shape != (d,):
        raise ValueError("y must have shape (n,) and w shape (d,)")


def mse_loss_and_grad(X, y, w, b):
    """L = mean((X w + b - y)^2); returns (L, dL/dw, dL/db)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    _check_linear_shapes(X, y, w)
    r = X @ w + float(b) - y
    n = X.shape[0]
    return float(np.mean(r ** 2)), 2.0 / n * (X.T @ r), float(2.0 / n * r.sum())


def _sigmoid(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def logistic_loss_and_grad(X, y, w, b):
    """Mean binary cross-entropy of sigmoid(X w + b) against y in {0, 1}; returns (L, dL/dw, dL/db)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    _check_linear_shapes(X, y, w)
    z = X @ w + float(b)
    n = X.shape[0]
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    r = _sigmoid(z) - y
    return loss, X.T @ r / n, float(r.mean())


def two_layer_loss_and_grads(X, Y, params):
    """Tanh hidden layer, linear output, loss = sum((out - Y)^2) / (2 n); returns (loss, grads dict)."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=float) for k in ("W1", "b1", "W2", "b2"))
    n = X.shape[0]
    A1 = X @ W1 + b1
    H = np.tanh(A1)
    out = H @ W2 + b2
    diff = out - Y
    loss = float(np.sum(diff ** 2) / (2 * n))
    d_out = diff / n
    dW2 = H.T @ d_out
    db2 = d_out.sum(axis=0)
    dH = d_out @ W2.T
    dA1 = dH * (1.0 - H ** 2)
    dW1 = X.T @ dA1
    db1 = dA1.sum(axis=0)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}


# --- 07-multivariable-functions ------------------------------------------------------------------
def jacobian(f, x, h: float = 1e-5) -> np.ndarray:
    """(m, n) Jacobian J[i, j] = d f_i / d x_j of f: R^n -> R^m by central differences."""
    x = np.array(x, dtype=float, copy=True)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    cols = []
    for j in range(x.size):
        old = x[j]
        x[j] = old + h
        fp = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] = old - h
        fm = np.atleast_1d(np.asarray(f(x), dtype=float))
        x[j] = old
        cols.append((fp - fm) / (2.0 * h))
    return np.stack(cols, axis=1)


def layer_jacobian(W, b, x) -> np.ndarray:
    """Jacobian of x -> tanh(W x + b): diag(1 - tanh^2(W x + b)) W, shape (m, n)."""
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x, dtype=float)
    if W.ndim != 2 or b.shape != (W.shape[0],) or x.shape != (W.shape[1],):
        raise ValueError("shapes must be W (m, n), b (m,), x (n,)")
    t = np.tanh(W @ x + b)
    return (1.0 - t ** 2)[:, None] * W


# --- 08-hessian-matrix ---------------------------------------------------------------------------
def hessian(f, x, h: float = 1e-4) -> np.ndarray:
    """(n, n) Hessian of scalar f by the four-point central second difference; exactly symmetric."""
    x = np.array(x, dtype=float, copy=True)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    n = x.size
    H = np.zeros((n, n))

    def at(i, si, j, sj):
        z = x.copy()
        z[i] += si * h
        z[j] += sj * h
        return float(f(z))

    for i in range(n):
        for j in range(i, n):
            H[i, j] = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4.0 * h * h)
            H[j, i] = H[i, j]
    return H


def logistic_hessian(X, w) -> np.ndarray:
    """Hessian of mean(log(1 + exp(z)) - y z), z = X w: X^T diag(p (1 - p)) X / n."""
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    if X.ndim != 2 or w.shape != (X.shape[1],):
        raise ValueError("X must be (n, d) and w (d,)")
    z = X @ w
    p = np.exp(-np.logaddexp(0.0, -z))
    s = p * (1.0 - p)
    return (X * s[:, None]).T @ X / X.shape[0]


def classify_critical_point(H, tol: float = 1e-8) -> str:
    """'minimum', 'maximum', 'saddle' or 'degenerate' from the eigenvalues of a symmetric Hessian."""
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1]:
        raise ValueError("H must be square")
    if not np.allclose(H, H.T, rtol=1e-10, atol=1e-12):
        raise ValueError("H must be symmetric")
    lam = np.linalg.eigvalsh(H)
    scale = max(1.0, float(np.max(np.abs(lam)))) if lam.size else 1.0
    thr = tol * scale
    if np.any(lam > thr) and np.any(lam < -thr):
        return "saddle"
    if np.any(np.abs(lam) <= thr):
        return "degenerate"
    return "minimum" if np.all(lam > 0) else "maximum"


# --- 02-derivatives-basics -----------------------------------------------------------------------
def finite_difference(f, x, h: float = 1e-5, method: str = "central"):
    """Forward (f(x+h)-f(x))/h, backward (f(x)-f(x-h))/h or central (f(x+h)-f(x-h))/(2h)."""
    if not h > 0:
        raise ValueError("h must be positive")
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)
    if method == "forward":
        d = (np.asarray(f(x + h), dtype=float) - np.asarray(f(x), dtype=float)) / h
    elif method == "backward":
        d = (np.asarray(f(x), dtype=float) - np.asarray(f(x - h), dtype=float)) / h
    elif method == "central":
        d = (np.asarray(f(x + h), dtype=float) - np.asarray(f(x - h), dtype=float)) / (2.0 * h)
    else:
        raise ValueError("method must be 'forward', 'backward' or 'central'")
    return float(d) if scalar else d


def richardson_derivative(f, x, h: float = 1e-2):
    """(4 D(h/2) - D(h)) / 3 with central differences D: error O(h^4)."""
    d1 = finite_difference(f, x, h, "central")
    d2 = finite_difference(f, x, h / 2.0, "central")
    out = (4.0 * np.asarray(d2) - np.asarray(d1)) / 3.0
    return float(out) if np.ndim(x) == 0 else out


def estimate_order(hs, errors) -> float:
    """Least-squares slope of log(errors) against log(hs)."""
    hs = np.asarray(hs, dtype=float)
    errors = np.asarray(errors, dtype=float)
    if hs.ndim != 1 or hs.shape != errors.shape or hs.size < 2:
        raise ValueError("need two 1-D arrays of the same length >= 2")
    if np.any(hs <= 0) or np.any(errors <= 0):
        raise ValueError("steps and errors must be positive")
    lx, ly = np.log(hs), np.log(errors)
    lxc = lx - lx.mean()
    if not np.any(lxc != 0):
        raise ValueError("the steps must not all be equal")
    return float(lxc @ (ly - ly.mean()) / (lxc @ lxc))


# --- 06-chain-rule -------------------------------------------------------------------------------
def chain_derivative(funcs, derivs, x):
    """Value and derivative of funcs[-1](...funcs[0](x)) by forward accumulation of the chain rule."""
    if len(funcs) != len(derivs):
        raise ValueError("funcs and derivs must have the same length")
    scalar = np.ndim(x) == 0
    v = np.asarray(x, dtype=float)
    d = np.ones_like(v)
    for f, df in zip(funcs, derivs):
        d = d * np.asarray(df(v), dtype=float)
        v = np.asarray(f(v), dtype=float)
    if scalar:
        return float(v), float(d)
    return v, d


class Dual:
    """Forward-mode automatic differentiation: a number val + der * eps with eps**2 = 0."""

    def __init__(self, val, der=0.0):
        self.val = float(val)
        self.der = float(der)

    @staticmethod
    def _lift(other):
        return other if isinstance(other, Dual) else Dual(float(other), 0.0)

    def __add__(self, other):
        o = Dual._lift(other)
        return Dual(self.val + o.val, self.der + o.der)

    __radd__ = __add__

    def __sub__(self, other):
        o = Dual._lift(other)
        return Dual(self.val - o.val, self.der - o.der)

    def __rsub__(self, other):
        return Dual._lift(other) - self

    def __neg__(self):
        return Dual(-self.val, -self.der)

    def __mul__(self, other):
        o = Dual._lift(other)
        return Dual(self.val * o.val, self.der * o.val + self.val * o.der)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = Dual._lift(other)
        if o.val == 0.0:
            raise ZeroDivisionError("division by a Dual with value 0")
        return Dual(self.val / o.val, (self.der * o.val - self.val * o.der) / (o.val * o.val))

    def __rtruediv__(self, other):
        return Dual._lift(other) / self

    def __pow__(self, p):
        if isinstance(p, Dual):
            raise TypeError("only constant exponents are supported")
        p = float(p)
        return Dual(self.val ** p, p * self.val ** (p - 1.0) * self.der)

    def sin(self):
        return Dual(np.sin(self.val), np.cos(self.val) * self.der)

    def cos(self):
        return Dual(np.cos(self.val), -np.sin(self.val) * self.der)

    def exp(self):
        e = np.exp(self.val)
        return Dual(e, e * self.der)

    def log(self):
        if not self.val > 0:
            raise ValueError("log of a non-positive value")
        return Dual(np.log(self.val), self.der / self.val)

    def __repr__(self):
        return f"Dual({self.val!r}, {self.der!r})"


# --- 10-integrals-overview -----------------------------------------------------------------------
def _check_n(n, even=False):
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError("n must be a positive integer")
    if even and n % 2:
        raise ValueError("n must be even")


def trapezoid(f, a, b, n: int) -> float:
    """Composite trapezoid rule with n equal subintervals."""
    _check_n(n)
    x = np.linspace(float(a), float(b), n + 1)
    y = np.asarray(f(x), dtype=float)
    h = (float(b) - float(a)) / n
    return float(h * (y.sum() - 0.5 * (y[0] + y[-1])))


def simpson(f, a, b, n: int) -> float:
    """Composite Simpson rule with n (even) equal subintervals."""
    _check_n(n, even=True)
    x = np.linspace(float(a), float(b), n + 1)
    y = np.asarray(f(x), dtype=float)
    h = (float(b) - float(a)) / n
    return float(h / 3.0 * (y[0] + y[-1] + 4.0 * y[1:-1:2].sum() + 2.0 * y[2:-1:2].sum()))


def trapezoid_samples(y, x) -> float:
    """Trapezoid rule on samples (x_i, y_i), spacing may vary: sum (x_{i+1}-x_i)(y_i+y_{i+1})/2."""
    y = np.asarray(y, dtype=float)
    x = np.asarray(x, dtype=float)
    if y.ndim != 1 or x.shape != y.shape:
        raise ValueError("x and y must be 1-D arrays of the same length")
    if y.size < 2:
        return 0.0
    return float(np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2.0))


# --- 09-taylor-series ----------------------------------------------------------------------------
def taylor_polynomial(derivatives, a, x):
    """sum_k derivatives[k] / k! * (x - a)**k."""
    d = np.asarray(derivatives, dtype=float)
    if d.ndim != 1 or d.size == 0:
        raise ValueError("derivatives must be a non-empty 1-D array")
    scalar = np.ndim(x) == 0
    t = np.asarray(x, dtype=float) - float(a)
    out = np.zeros_like(t)
    term = np.ones_like(t)
    for k in range(d.size):
        if k > 0:
            term = term * t / k
        out = out + d[k] * term
    return float(out) if scalar else out


def taylor_terms_needed(x, tol):
    """Smallest degree n with the Lagrange bound e^max(x,0) |x|^(n+1)/(n+1)! <= tol for exp at 0."""
    x = float(x)
    if not tol > 0:
        raise ValueError("tol must be positive")
    if not abs(x) <= 100:
        raise ValueError("|x| must be at most 100")
    M = np.exp(max(x, 0.0))
    n = 0
    term = abs(x)              # |x|^(n+1)/(n+1)! for n = 0
    while M * term > tol:
        n += 1
        term = term * abs(x) / (n + 1)
    return n


def second_order_approx(f0, grad, hess, x0, X):
    """f0 + g.(x - x0) + 0.5 (x - x0)^T H (x - x0), for one point (n,) or rows of X (m, n)."""
    g = np.asarray(grad, dtype=float)
    H = np.asarray(hess, dtype=float)
    x0 = np.asarray(x0, dtype=float)
    X = np.asarray(X, dtype=float)
    n = g.size
    if g.shape != (n,) or H.shape != (n, n) or x0.shape != (n,) or X.ndim not in (1, 2) or X.shape[-1] != n:
        raise ValueError("incompatible shapes")
    D = X - x0
    q = float(f0) + D @ g + 0.5 * np.einsum("...i,ij,...j->...", D, H, D)
    return float(q) if X.ndim == 1 else q


# --- 04-partial-derivatives ----------------------------------------------------------------------
def partial_derivative(f, x, i: int, h: float = 1e-5) -> float:
    """Central difference of f along coordinate i at the 1-D point x."""
    x = np.array(x, dtype=float, copy=True)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if isinstance(i, bool) or not isinstance(i, (int, np.integer)) or not 0 <= i < x.size:
        raise ValueError("i must be an integer in [0, n)")
    xp = x.copy()
    xm = x.copy()
    xp[i] += h
    xm[i] -= h
    return (float(f(xp)) - float(f(xm))) / (2.0 * h)


def linear_regression_partials(w, b, x, y):
    """(dL/dw, dL/db) of L = mean((w x + b - y)^2) for 1-D data."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 1 or x.shape != y.shape or x.size == 0:
        raise ValueError("x and y must be non-empty 1-D arrays of the same length")
    r = float(w) * x + float(b) - y
    return float(2.0 * np.mean(r * x)), float(2.0 * np.mean(r))


def grid_partials(F, dx: float, dy: float):
    """(dF/dx along axis 1, dF/dy along axis 0): central inside, one-sided at the edges."""
    F = np.asarray(F, dtype=float)
    if F.ndim != 2 or F.shape[0] < 2 or F.shape[1] < 2:
        raise ValueError("F must be 2-D with at least 2 rows and 2 columns")
    if not (dx > 0 and dy > 0):
        raise ValueError("dx and dy must be positive")
    Fx = np.empty_like(F)
    Fy = np.empty_like(F)
    Fx[:, 1:-1] = (F[:, 2:] - F[:, :-2]) / (2.0 * dx)
    Fx[:, 0] = (F[:, 1] - F[:, 0]) / dx
    Fx[:, -1] = (F[:, -1] - F[:, -2]) / dx
    Fy[1:-1, :] = (F[2:, :] - F[:-2, :]) / (2.0 * dy)
    Fy[0, :] = (F[1, :] - F[0, :]) / dy
    Fy[-1, :] = (F[-1, :] - F[-2, :]) / dy
    return Fx, Fy


# --- 03-rules-of-differentiation -----------------------------------------------------------------
def polynomial_derivative(coeffs) -> np.ndarray:
    """Ascending coefficients c[k] of x**k -> coefficients of the derivative; constant -> [0.0]."""
    c = np.asarray(coeffs, dtype=float)
    if c.ndim != 1 or c.size == 0:
        raise ValueError("coeffs must be a non-empty 1-D array")
    if c.size == 1:
        return np.zeros(1)
    return c[1:] * np.arange(1, c.size)


def rational_derivative(p, q, x):
    """Derivative of p(x)/q(x) (ascending coefficient arrays) at x by the quotient rule."""
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    from numpy.polynomial import polynomial as P
    scalar = np.ndim(x) == 0
    xa = np.asarray(x, dtype=float)
    qv = P.polyval(xa, q)
    if np.any(qv == 0):
        raise ZeroDivisionError("q(x) = 0")
    out = (P.polyval(xa, polynomial_derivative(p)) * qv - P.polyval(xa, p) * P.polyval(xa, polynomial_derivative(q))) / qv ** 2
    return float(out) if scalar else out


def sigmoid_derivative(z):
    """sigma(z) (1 - sigma(z)) computed stably: e^{-|z|} / (1 + e^{-|z|})^2."""
    scalar = np.ndim(z) == 0
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    out = e / (1.0 + e) ** 2
    return float(out) if scalar else out


# --- 01-functions-and-limits ---------------------------------------------------------------------
def limit_table(f, a, n: int = 8, h0: float = 0.1) -> np.ndarray:
    """(n, 2) table [f(a - h_k), f(a + h_k)] with h_k = h0 / 10**k, k = 0..n-1."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError("n must be a positive integer")
    if not h0 > 0:
        raise ValueError("h0 must be positive")
    h = float(h0) / 10.0 ** np.arange(n)
    a = float(a)
    return np.column_stack([np.asarray(f(a - h), dtype=float), np.asarray(f(a + h), dtype=float)])


def safe_sinc(x):
    """sin(x)/x with the limit value 1 at x = 0."""
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)
    zero = x == 0
    out = np.where(zero, 1.0, np.sin(x) / np.where(zero, 1.0, x))
    return float(out) if scalar else out


def softplus(x):
    """log(1 + e^x) = max(x, 0) + log1p(e^{-|x|})."""
    scalar = np.ndim(x) == 0
    x = np.asarray(x, dtype=float)
    out = np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))
    return float(out) if scalar else out
