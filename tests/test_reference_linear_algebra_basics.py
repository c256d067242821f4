"""The unit 01 (topics 01–08) references agree with numpy/scipy on seeded random inputs."""
import numpy as np
import pytest
import scipy.linalg

from course_utils.reference import linear_algebra as ref


# --- 01 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("n", [1, 3, 8])
def test_is_symmetric_and_split(n):
    rng = np.random.default_rng(n)
    A = rng.standard_normal((n, n))
    S, K = ref.sym_skew_split(A)
    np.testing.assert_allclose(S + K, A, atol=1e-14)
    assert ref.is_symmetric(S) and ref.is_symmetric(A + A.T)
    assert ref.is_symmetric(K) == (n == 1)
    assert not ref.is_symmetric(np.ones((n, n + 1)))
    np.testing.assert_array_equal(K, -K.T)


def test_flatten_images_matches_row_major():
    imgs = np.random.default_rng(0).standard_normal((5, 3, 4))
    X = ref.flatten_images(imgs)
    assert X.shape == (5, 12)
    for k in range(5):
        np.testing.assert_array_equal(X[k], imgs[k].ravel(order="C"))
    with pytest.raises(ValueError):
        ref.flatten_images(np.zeros((3, 3)))


# --- 02 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("d", [1, 4, 50])
def test_lp_norm_matches_numpy(d):
    x = np.random.default_rng(d).standard_normal(d) * 3
    for p in [1, 1.5, 2, 3, 7, np.inf]:
        np.testing.assert_allclose(ref.lp_norm(x, p), np.linalg.norm(x, p), rtol=1e-12)
    np.testing.assert_allclose(ref.lp_norm(x * 1e200, 2), 1e200 * np.linalg.norm(x), rtol=1e-12)
    assert ref.lp_norm(np.zeros(d), 3) == 0.0
    with pytest.raises(ValueError):
        ref.lp_norm(x, 0.5)


def test_cosine_and_angle_match_scipy():
    from scipy.spatial.distance import cosine
    rng = np.random.default_rng(3)
    for d in [1, 3, 20]:
        x, y = rng.standard_normal(d), rng.standard_normal(d)
        np.testing.assert_allclose(ref.vector_cosine_similarity(x, y), 1 - cosine(x, y), atol=1e-12)
        np.testing.assert_allclose(np.cos(ref.angle_between(x, y)), 1 - cosine(x, y), atol=1e-12)
    x = np.array([3.1, 1.7, 4.6])
    assert ref.vector_cosine_similarity(x, 3 * x) <= 1.0 and ref.angle_between(x, 3 * x) == 0.0
    with pytest.raises(ValueError):
        ref.vector_cosine_similarity(x, np.zeros(3))


# --- 03 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("n", [1, 3, 6])
def test_matrix_power_matches_numpy(n):
    rng = np.random.default_rng(n)
    A = rng.standard_normal((n, n)) / n
    for k in [0, 1, 5, 13]:
        np.testing.assert_allclose(ref.matrix_power(A, k), np.linalg.matrix_power(A, k), rtol=1e-10, atol=1e-12)
    I = rng.integers(-3, 4, size=(n, n))
    np.testing.assert_array_equal(ref.matrix_power(I, 7), np.linalg.matrix_power(I, 7))


def test_trace_of_product_and_orthonormal_columns():
    rng = np.random.default_rng(9)
    A, B = rng.standard_normal((4, 7)), rng.standard_normal((7, 4))
    np.testing.assert_allclose(ref.trace_of_product(A, B), np.trace(A @ B), rtol=1e-12)
    Q, _ = np.linalg.qr(rng.standard_normal((8, 3)))
    assert ref.has_orthonormal_columns(Q) and not ref.has_orthonormal_columns(Q.T)
    assert not ref.has_orthonormal_columns(2 * Q)


# --- 04 ------------------------------------------------------------------------------------------
def test_linear_combination_and_barycentric_match_solve():
    rng = np.random.default_rng(4)
    V, c, C = rng.standard_normal((5, 3)), rng.standard_normal(5), rng.standard_normal((4, 5))
    np.testing.assert_allclose(ref.linear_combination(c, V), V.T @ c, rtol=1e-12)
    np.testing.assert_allclose(ref.linear_combination(C, V), C @ V, rtol=1e-12)
    T, P = rng.standard_normal((3, 2)), rng.standard_normal((10, 2))
    expected = np.linalg.solve(np.vstack([T.T, np.ones(3)]), np.vstack([P.T, np.ones(10)])).T
    np.testing.assert_allclose(ref.barycentric_coordinates(T, P), expected, rtol=1e-10, atol=1e-12)
    with pytest.raises(ValueError):
        ref.barycentric_coordinates(np.array([[0, 0], [1, 1], [2, 2]]), np.zeros(2))


# --- 05 ------------------------------------------------------------------------------------------
def test_span_and_coordinates():
    rng = np.random.default_rng(5)
    V = rng.standard_normal((3, 6))
    t = rng.standard_normal(3) @ V
    assert ref.is_in_span(V, t) and ref.is_in_span(V * 1e9, t * 1e9)
    assert not ref.is_in_span(V, rng.standard_normal(6))
    assert ref.is_in_span(np.zeros((0, 4)), np.zeros(4)) and not ref.is_in_span(np.zeros((0, 4)), np.ones(4))
    B, v = rng.standard_normal((5, 5)), rng.standard_normal(5)
    c = ref.coordinates_in_basis(B, v)
    np.testing.assert_allclose(c, scipy.linalg.solve(B.T, v), rtol=1e-10)
    np.testing.assert_allclose(c @ B, v, atol=1e-12)
    with pytest.raises(ValueError):
        ref.coordinates_in_basis(np.array([[1.0, 2.0], [2.0, 4.0]]), np.ones(2))


# --- 06 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("k,d,r", [(4, 6, 2), (5, 5, 5), (7, 3, 3), (6, 9, 4)])
def test_first_dependent_index_matches_svd_rank(k, d, r):
    rng = np.random.default_rng(k * 10 + d)
    V = rng.standard_normal((k, r)) @ rng.standard_normal((r, d))
    rank = np.linalg.matrix_rank(V)
    assert ref.first_dependent_index(V) == (rank if rank < k else -1)
    assert ref.linearly_independent(V) == (rank == k)
    assert ref.first_dependent_index(np.zeros((0, 3))) == -1 and ref.first_dependent_index(np.zeros((2, 3))) == 0


# --- 07 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("m,n,r", [(1, 1, 1), (4, 6, 2), (6, 4, 3), (8, 8, 8), (5, 7, 0)])
def test_rref_and_rank_match_numpy(m, n, r):
    rng = np.random.default_rng(m * 100 + n * 10 + r)
    A = rng.standard_normal((m, r)) @ rng.standard_normal((r, n)) if r else np.zeros((m, n))
    R, piv = ref.rref(A)
    assert ref.matrix_rank(A) == np.linalg.matrix_rank(A) == len(piv) == r
    if r:
        np.testing.assert_allclose(R[:r, list(piv)], np.eye(r), atol=1e-12)
        # same row space: stacking R under A does not raise the rank
        assert np.linalg.matrix_rank(np.vstack([A, R[:r]])) == r
        # A's columns satisfy the relations R encodes: A[:, free] = A[:, piv] @ R[:r, free]
        np.testing.assert_allclose(A[:, list(piv)] @ R[:r], A, atol=1e-9)
    np.testing.assert_allclose(R[r:], 0.0)


# --- 08 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("n", [1, 2, 5, 12])
def test_det_by_elimination_matches_numpy_and_scipy(n):
    A = np.random.default_rng(n).standard_normal((n, n))
    np.testing.assert_allclose(ref.det_by_elimination(A), np.linalg.det(A), rtol=1e-10)
    np.testing.assert_allclose(ref.det_by_elimination(A), scipy.linalg.det(A), rtol=1e-10)
    P = np.eye(n)[np.random.default_rng(n + 1).permutation(n)]
    assert ref.det_by_elimination(P) == pytest.approx(np.linalg.det(P))
    assert ref.det_by_elimination(np.zeros((n, n))) == 0.0


def test_signed_area_regular_polygon_and_linear_map():
    t = np.linspace(0, 2 * np.pi, 9, endpoint=False)
    P = np.column_stack([np.cos(t), np.sin(t)]) + 1e7
    np.testing.assert_allclose(ref.signed_area(P), 9 / 2 * np.sin(2 * np.pi / 9), rtol=1e-8)
    M = np.array([[1.0, 2.0], [-0.5, 0.3]])
    Q = P - 1e7
    np.testing.assert_allclose(ref.signed_area(Q @ M.T), np.linalg.det(M) * ref.signed_area(Q), rtol=1e-12)
    assert ref.signed_area(Q[::-1]) < 0


def test_package_exports_the_basics_functions():
    """``ref.<name>`` must be the basics.py function: the package star-imports two modules."""
    from course_utils.reference.linear_algebra import basics
    for name in basics.__all__:
        assert getattr(ref, name) is getattr(basics, name), f"ref.{name} is shadowed by another module"
