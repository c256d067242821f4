"""The unit 01 (topics 09–15) references agree with numpy/scipy on seeded random inputs."""
import numpy as np
import pytest

from course_utils.reference import linear_algebra as ref


def _sign_fixed_qr(A):
    Q, R = np.linalg.qr(A)
    return Q * np.sign(np.diag(R))


# --- 09-inverse-matrix ---------------------------------------------------------------------------
@pytest.mark.parametrize("n", [1, 2, 7, 30])
def test_gauss_jordan_inverse_and_solve_match_numpy(n):
    import scipy.linalg

    rng = np.random.default_rng(n)
    A = rng.standard_normal((n, n)) + 3 * np.eye(n)
    np.testing.assert_allclose(ref.gauss_jordan_inverse(A), np.linalg.inv(A), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(ref.gauss_jordan_inverse(A), scipy.linalg.inv(A), rtol=1e-9, atol=1e-12)
    b, B = rng.standard_normal(n), rng.standard_normal((n, 3))
    np.testing.assert_allclose(ref.solve_linear_system(A, b), np.linalg.solve(A, b), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(ref.solve_linear_system(A, B), scipy.linalg.solve(A, B), rtol=1e-9, atol=1e-12)


def test_inverse_and_solve_pivot_and_reject_singular():
    A = np.array([[1e-20, 1.0], [1.0, 1.0]])
    np.testing.assert_allclose(ref.solve_linear_system(A, np.array([1.0, 2.0])), [1.0, 1.0])
    np.testing.assert_allclose(ref.gauss_jordan_inverse(A), np.linalg.inv(A))
    rng = np.random.default_rng(0)
    for S in (np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]), np.zeros((2, 2)),
              rng.standard_normal((5, 2)) @ rng.standard_normal((2, 5)) * 1e9):
        with pytest.raises(np.linalg.LinAlgError):
            ref.gauss_jordan_inverse(S)
        with pytest.raises(np.linalg.LinAlgError):
            ref.solve_linear_system(S, np.ones(len(S)))
    with pytest.raises(ValueError):
        ref.gauss_jordan_inverse(np.ones((2, 3)))


# --- 10-eigenvalues-and-eigenvectors -------------------------------------------------------------
@pytest.mark.parametrize("lams", [[3.0], [-4.0, 1.0], [2.0, -1.5, 0.3], [-7.0, 5.0, 2.0, 1.0, -0.5, 0.0]])
def test_power_iteration_matches_eigh(lams):
    rng = np.random.default_rng(len(lams))
    Q = np.linalg.qr(rng.standard_normal((len(lams), len(lams))))[0]
    A = (Q * np.array(lams)) @ Q.T
    A = (A + A.T) / 2
    lam, v = ref.power_iteration(A)
    w, V = np.linalg.eigh(A)
    i = np.argmax(np.abs(w))
    assert lam == pytest.approx(w[i], rel=1e-9)
    assert abs(v @ V[:, i]) == pytest.approx(1.0, rel=1e-9)
    assert np.linalg.norm(v) == pytest.approx(1.0)


def test_power_iteration_seed_convention_and_edges():
    A = np.diag([3.0, -2.0, 1.0])
    x0 = np.random.default_rng(4).standard_normal(3)
    x2 = A @ A @ x0
    lam, v = ref.power_iteration(A, num_iters=2, seed=4)
    np.testing.assert_allclose(v, x2 / np.linalg.norm(x2))
    assert lam == pytest.approx(v @ A @ v)
    lam0, v0 = ref.power_iteration(np.zeros((2, 2)))
    assert lam0 == 0.0 and np.linalg.norm(v0) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        ref.power_iteration(np.ones((2, 3)))


# --- 11-diagonalization --------------------------------------------------------------------------
@pytest.mark.parametrize("n", [1, 4, 12])
def test_matrix_function_matches_scipy(n):
    import scipy.linalg

    M = np.random.default_rng(n).standard_normal((n, n)) * 0.5
    S = (M + M.T) / 2
    P = M @ M.T + 0.3 * np.eye(n)
    np.testing.assert_allclose(ref.matrix_function(S, np.exp), scipy.linalg.expm(S), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(ref.matrix_function(P, np.sqrt), np.real(scipy.linalg.sqrtm(P)), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(ref.matrix_function(P, lambda w: w ** 3), np.linalg.matrix_power(P, 3), rtol=1e-10)
    with pytest.raises(ValueError):
        ref.matrix_function(np.array([[1.0, 2.0], [0.0, 1.0]]), np.exp)


@pytest.mark.parametrize("n", [1, 3, 10])
def test_markov_stationary_solves_pi_p_equals_pi(n):
    W = np.random.default_rng(n).random((n, n)) + 0.01
    P = W / W.sum(axis=1, keepdims=True)
    pi = ref.markov_stationary(P)
    np.testing.assert_allclose(pi @ P, pi, atol=1e-13)
    assert pi.sum() == pytest.approx(1.0) and np.all(pi >= 0)
    # matches the limit of pi0 P^k for this aperiodic chain
    np.testing.assert_allclose(np.full(n, 1.0 / n) @ np.linalg.matrix_power(P, 200), pi, atol=1e-12)
    np.testing.assert_allclose(ref.markov_stationary(np.array([[0.0, 1.0], [1.0, 0.0]])), [0.5, 0.5])
    with pytest.raises(ValueError):
        ref.markov_stationary(np.array([[0.5, 0.6], [0.5, 0.5]]))


# --- 12-positive-definite-matrices ---------------------------------------------------------------
@pytest.mark.parametrize("n", [1, 3, 10, 30])
def test_cholesky_matches_numpy_and_scipy(n):
    import scipy.linalg

    B = np.random.default_rng(n).standard_normal((n + 2, n))
    A = B.T @ B + 0.1 * np.eye(n)
    np.testing.assert_allclose(ref.cholesky(A), np.linalg.cholesky(A), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(ref.cholesky(A), scipy.linalg.cholesky(A, lower=True), rtol=1e-10, atol=1e-12)


def test_cholesky_rejects_non_pd_and_non_symmetric():
    for A in (np.array([[1.0, 2.0], [2.0, 1.0]]), np.ones((2, 2)), np.zeros((3, 3)), np.array([[-1.0]])):
        with pytest.raises(np.linalg.LinAlgError):
            ref.cholesky(A)
    with pytest.raises(ValueError):
        ref.cholesky(np.array([[2.0, 1.0], [0.0, 2.0]]))


@pytest.mark.parametrize("n,d", [(1, 1), (10, 3), (5, 8)])
def test_gaussian_logpdf_matches_scipy(n, d):
    from scipy.stats import multivariate_normal

    rng = np.random.default_rng(n * d)
    M = rng.standard_normal((d, d))
    cov = M @ M.T + 0.5 * np.eye(d)
    mean = rng.standard_normal(d)
    X = rng.standard_normal((n, d))
    np.testing.assert_allclose(ref.gaussian_logpdf(X, mean, cov),
                               np.atleast_1d(multivariate_normal(mean, cov).logpdf(X)), rtol=1e-10)


# --- 13-singular-value-decomposition -------------------------------------------------------------
@pytest.mark.parametrize("m,n", [(1, 1), (6, 4), (3, 8), (20, 20)])
def test_low_rank_approx_eckart_young(m, n):
    A = np.random.default_rng(m * n).standard_normal((m, n))
    s = np.linalg.svd(A, compute_uv=False)
    for k in range(min(m, n) + 1):
        Ak = ref.low_rank_approx(A, k)
        assert np.linalg.norm(A - Ak) == pytest.approx(np.sqrt(np.sum(s[k:] ** 2)), abs=1e-10)
        assert np.linalg.matrix_rank(Ak) == k
    np.testing.assert_allclose(ref.low_rank_approx(A, min(m, n)), A, atol=1e-12)
    for bad in (-1, min(m, n) + 1, 1.5, True):
        with pytest.raises(ValueError):
            ref.low_rank_approx(A, bad)


@pytest.mark.parametrize("m,n,r", [(1, 1, 1), (5, 3, 3), (3, 5, 3), (8, 6, 2)])
def test_pseudo_inverse_matches_numpy_and_scipy(m, n, r):
    import scipy.linalg

    rng = np.random.default_rng(m + n + r)
    A = rng.standard_normal((m, r)) @ rng.standard_normal((r, n))
    np.testing.assert_allclose(ref.pseudo_inverse(A, rcond=1e-10), np.linalg.pinv(A, rcond=1e-10), atol=1e-10)
    np.testing.assert_allclose(ref.pseudo_inverse(A, rcond=1e-10), scipy.linalg.pinv(A, rtol=1e-10), atol=1e-10)
    np.testing.assert_array_equal(ref.pseudo_inverse(np.zeros((2, 3))), np.zeros((3, 2)))


# --- 14-projections-and-orthogonality ------------------------------------------------------------
@pytest.mark.parametrize("n,k", [(1, 1), (5, 2), (9, 9), (30, 6)])
def test_projection_matrix_matches_pinv_and_qr(n, k):
    B = np.random.default_rng(n * 10 + k).standard_normal((n, k)) + 0.3
    P = ref.projection_matrix(B)
    np.testing.assert_allclose(P, B @ np.linalg.pinv(B), atol=1e-10)
    Q = np.linalg.qr(B)[0]
    np.testing.assert_allclose(P, Q @ Q.T, atol=1e-10)
    np.testing.assert_allclose(P @ P, P, atol=1e-10)
    np.testing.assert_array_equal(P, P.T)
    assert np.linalg.matrix_rank(P) == k


def test_projection_matrix_errors():
    for bad in (np.ones(3), np.ones((2, 3)), np.ones((3, 0))):
        with pytest.raises(ValueError):
            ref.projection_matrix(bad)


@pytest.mark.parametrize("n,k", [(1, 1), (3, 3), (8, 4), (50, 10)])
def test_gram_schmidt_matches_sign_fixed_qr(n, k):
    A = np.random.default_rng(n + k).standard_normal((n, k))
    Q = ref.gram_schmidt(A)
    np.testing.assert_allclose(Q, _sign_fixed_qr(A), atol=1e-10)
    assert np.all(np.diag(Q.T @ A) > 0)


def test_gram_schmidt_is_stable_and_rejects_dependent_columns():
    rng = np.random.default_rng(0)
    U = np.linalg.qr(rng.standard_normal((40, 8)))[0]
    V = np.linalg.qr(rng.standard_normal((8, 8)))[0]
    Q = ref.gram_schmidt(U @ np.diag(np.logspace(0, -7, 8)) @ V.T)
    assert np.abs(Q.T @ Q - np.eye(8)).max() < 1e-8
    A = rng.standard_normal((5, 2))
    with pytest.raises(ValueError):
        ref.gram_schmidt(np.column_stack([A, A[:, 0] + A[:, 1]]))
    with pytest.raises(ValueError):
        ref.gram_schmidt(np.zeros((3, 1)))


def test_decompositions_names_are_exported_and_do_not_clash_with_basics():
    from course_utils.reference.linear_algebra import basics, decompositions

    assert not set(basics.__all__) & set(decompositions.__all__)
    for name in decompositions.__all__:
        assert getattr(ref, name) is getattr(decompositions, name)
