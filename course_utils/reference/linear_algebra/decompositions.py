"""Reference implementations for unit 01-linear-algebra, topics 09–15."""
from __future__ import annotations

import numpy as np

__all__ = [
    # 09-inverse-matrix
    "gauss_jordan_inverse", "solve_linear_system",
    # 10-eigenvalues-and-eigenvectors
    "power_iteration",
    # 11-diagonalization
    "matrix_function", "markov_stationary",
    # 12-positive-definite-matrices
    "cholesky", "gaussian_logpdf",
    # 13-singular-value-decomposition
    "low_rank_approx", "pseudo_inverse",
    # 14-projections-and-orthogonality
    "projection_matrix", "gram_schmidt",
    # 15-linear-algebra-in-ml
    "least_squares", "cosine_similarity", "pca_project",
]


# --- 09-inverse-matrix ---------------------------------------------------------------------------
_PIVOT_RTOL = 1e-12


def _check_square(A: np.ndarray) -> np.ndarray:
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("A must be a non-empty square 2-D array")
    return A


def gauss_jordan_inverse(A: np.ndarray) -> np.ndarray:
    """Inverse by Gauss–Jordan elimination on [A | I] with partial pivoting."""
    A = _check_square(A)
    n = A.shape[0]
    tol = _PIVOT_RTOL * np.max(np.abs(A))
    M = np.hstack([A, np.eye(n)])
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= tol:
            raise np.linalg.LinAlgError("matrix is singular")
        if p != j:
            M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        factors = M[:, j].copy()
        factors[j] = 0.0
        M -= np.outer(factors, M[j])
    return M[:, n:]


def solve_linear_system(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Solve A x = b by Gaussian elimination with partial pivoting and back substitution."""
    A = _check_square(A)
    b = np.asarray(b, dtype=float)
    n = A.shape[0]
    if b.ndim not in (1, 2) or b.shape[0] != n:
        raise ValueError("b must have shape (n,) or (n, m)")
    vector = b.ndim == 1
    U = A.copy()
    B = b.reshape(n, -1).copy()
    tol = _PIVOT_RTOL * np.max(np.abs(A))
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= tol:
            raise np.linalg.LinAlgError("matrix is singular")
        if p != j:
            U[[j, p]] = U[[p, j]]
            B[[j, p]] = B[[p, j]]
        f = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(f, U[j, j:])
        B[j + 1:] -= np.outer(f, B[j])
    X = np.zeros_like(B)
    for i in range(n - 1, -1, -1):
        X[i] = (B[i] - U[i, i + 1:] @ X[i + 1:]) / U[i, i]
    return X[:, 0] if vector else X


# --- 10-eigenvalues-and-eigenvectors -------------------------------------------------------------
def power_iteration(A: np.ndarray, num_iters: int = 1000, tol: float = 1e-10,
                    seed: int = 0) -> tuple[float, np.ndarray]:
    """Dominant eigenpair of a symmetric A; Rayleigh-quotient eigenvalue; residual stopping rule."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("A must be a non-empty square 2-D array")
    if num_iters < 0:
        raise ValueError("num_iters must be >= 0")
    n = A.shape[0]
    x = np.random.default_rng(seed).standard_normal(n)
    x /= np.linalg.norm(x)
    lam = float(x @ A @ x)
    for _ in range(num_iters):
        y = A @ x
        ny = np.linalg.norm(y)
        if ny == 0.0:
            return 0.0, x
        x = y / ny
        Ax = A @ x
        lam = float(x @ Ax)
        if np.linalg.norm(Ax - lam * x) <= tol * abs(lam):
            break
    return lam, x


# --- 11-diagonalization --------------------------------------------------------------------------
def matrix_function(A: np.ndarray, f) -> np.ndarray:
    """f(A) = V diag(f(λ)) Vᵀ for a symmetric A = V diag(λ) Vᵀ (eigh)."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("A must be a non-empty square 2-D array")
    if np.max(np.abs(A - A.T)) > 1e-10 * np.max(np.abs(A)):
        raise ValueError("A must be symmetric")
    w, V = np.linalg.eigh((A + A.T) / 2)
    fw = np.asarray(f(w), dtype=float)
    F = (V * fw) @ V.T
    return (F + F.T) / 2


def markov_stationary(P: np.ndarray) -> np.ndarray:
    """Stationary distribution π (π P = π, π ≥ 0, Σπ = 1) of an irreducible row-stochastic P."""
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or P.shape[0] == 0:
        raise ValueError("P must be a non-empty square 2-D array")
    if np.any(P < 0) or not np.allclose(P.sum(axis=1), 1.0, rtol=0, atol=1e-10):
        raise ValueError("P must be row-stochastic: non-negative entries, rows summing to 1")
    w, V = np.linalg.eig(P.T)
    v = np.real(V[:, np.argmin(np.abs(w - 1.0))])
    v = v / v.sum()
    v = np.clip(v, 0.0, None)
    return v / v.sum()


# --- 12-positive-definite-matrices ---------------------------------------------------------------
def cholesky(A: np.ndarray) -> np.ndarray:
    """Lower-triangular L with positive diagonal and A = L Lᵀ (Cholesky–Banachiewicz, row by row)."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.shape[0] == 0:
        raise ValueError("A must be a non-empty square 2-D array")
    if np.max(np.abs(A - A.T)) > 1e-10 * np.max(np.abs(A)):
        raise ValueError("A must be symmetric")
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        d = A[j, j] - L[j, :j] @ L[j, :j]
        if not d > 0:
            raise np.linalg.LinAlgError("matrix is not positive definite")
        L[j, j] = np.sqrt(d)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def gaussian_logpdf(X: np.ndarray, mean: np.ndarray, cov: np.ndarray) -> np.ndarray:
    """Log-density of N(mean, cov) at the rows of X (n, d), through the Cholesky factor of cov."""
    X = np.asarray(X, dtype=float)
    mean = np.asarray(mean, dtype=float)
    cov = np.asarray(cov, dtype=float)
    if X.ndim != 2 or mean.shape != (X.shape[1],) or cov.shape != (X.shape[1], X.shape[1]):
        raise ValueError("shapes must be X (n, d), mean (d,), cov (d, d)")
    import scipy.linalg

    L = cholesky(cov)
    Z = scipy.linalg.solve_triangular(L, (X - mean).T, lower=True)  # (d, n): L z = x - mean
    maha = np.sum(Z * Z, axis=0)
    d = X.shape[1]
    return -0.5 * maha - 0.5 * d * np.log(2 * np.pi) - np.sum(np.log(np.diag(L)))


# --- 13-singular-value-decomposition -------------------------------------------------------------
def low_rank_approx(A: np.ndarray, k: int) -> np.ndarray:
    """Best rank-k approximation of A (m, n) in the Frobenius norm (Eckart–Young): U_k S_k V_kᵀ."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)):
        raise ValueError("k must be an integer")
    if not 0 <= k <= min(A.shape):
        raise ValueError("k must satisfy 0 <= k <= min(m, n)")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt[:k]


def pseudo_inverse(A: np.ndarray, rcond: float = 1e-15) -> np.ndarray:
    """Moore–Penrose pseudo-inverse (n, m) of A (m, n) by SVD, dropping s <= rcond * s.max()."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    cutoff = rcond * (s.max() if s.size else 0.0)
    keep = s > cutoff
    s_inv = np.zeros_like(s)
    s_inv[keep] = 1.0 / s[keep]
    return (Vt.T * s_inv) @ U.T


# --- 14-projections-and-orthogonality ------------------------------------------------------------
def projection_matrix(B: np.ndarray) -> np.ndarray:
    """Orthogonal projector onto the column space of B (n, k): B (BᵀB)⁻¹ Bᵀ."""
    B = np.asarray(B, dtype=float)
    if B.ndim != 2 or B.shape[1] == 0 or B.shape[1] > B.shape[0]:
        raise ValueError("B must be a 2-D array of shape (n, k) with 1 <= k <= n")
    X = np.linalg.solve(B.T @ B, B.T)  # (k, n) = (BᵀB)⁻¹ Bᵀ
    P = B @ X
    return (P + P.T) / 2.0


def gram_schmidt(A: np.ndarray, tol: float = 1e-10) -> np.ndarray:
    """Modified Gram–Schmidt: Q (n, k) with orthonormal columns, same nested spans, diag(QᵀA) > 0."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[1] > A.shape[0]:
        raise ValueError("A must be a 2-D array of shape (n, k) with 1 <= k <= n")
    n, k = A.shape
    V = A.copy()
    Q = np.zeros((n, k))
    for j in range(k):
        r = np.linalg.norm(V[:, j])
        if r <= tol * max(np.linalg.norm(A[:, j]), np.finfo(float).tiny):
            raise ValueError(f"column {j} is linearly dependent on the previous columns")
        Q[:, j] = V[:, j] / r
        V[:, j + 1:] -= np.outer(Q[:, j], Q[:, j] @ V[:, j + 1:])
    return Q


# --- 15-linear-algebra-in-ml ---------------------------------------------------------------------
def least_squares(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """argmin_w ||X w - y||² through the reduced QR factorisation: R w = Qᵀ y."""
    import scipy.linalg

    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or X.shape[1] == 0 or y.ndim not in (1, 2) or y.shape[0] != X.shape[0]:
        raise ValueError("X must be (n, d) with d >= 1 and y (n,) or (n, m)")
    n, d = X.shape
    if n < d:
        raise np.linalg.LinAlgError("X has more columns than rows: not full column rank")
    Q, R = np.linalg.qr(X)
    r = np.abs(np.diag(R))
    if r.max() == 0 or r.min() <= 1e-12 * r.max():
        raise np.linalg.LinAlgError("X does not have full column rank")
    return scipy.linalg.solve_triangular(R, Q.T @ y, lower=False)


def cosine_similarity(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """(n, m) cosine similarities between rows of A (n, d) and B (m, d); zero rows give 0; clipped."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[1]:
        raise ValueError("A and B must be 2-D with the same number of columns")
    na = np.linalg.norm(A, axis=1)
    nb = np.linalg.norm(B, axis=1)
    An = A / np.where(na > 0, na, 1.0)[:, None]
    Bn = B / np.where(nb > 0, nb, 1.0)[:, None]
    return np.clip(An @ Bn.T, -1.0, 1.0)


def pca_project(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """PCA by SVD of the centred data: scores (n, k), components (k, d), explained variance (k,), ddof=1."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("X must be 2-D with at least 2 rows")
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)) or not 1 <= k <= min(X.shape):
        raise ValueError("k must be an integer with 1 <= k <= min(n, d)")
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    signs = np.sign(Vt[np.arange(Vt.shape[0]), np.argmax(np.abs(Vt), axis=1)])
    signs[signs == 0] = 1.0
    Vt = Vt * signs[:, None]
    components = Vt[:k]
    return Xc @ components.T, components, s[:k] ** 2 / (n - 1)
