"""The unit 00 references agree with numpy/scipy/scikit-learn on seeded random inputs."""
import numpy as np
import pytest
from scipy.spatial.distance import cdist
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from course_utils.reference import prerequisites as ref


@pytest.mark.parametrize("n,m,d", [(1, 1, 1), (7, 4, 3), (30, 50, 10)])
def test_pairwise_sq_dists_matches_scipy(n, m, d):
    rng = np.random.default_rng(n * 100 + m)
    X, Y = rng.standard_normal((n, d)) * 5, rng.standard_normal((m, d)) * 5
    np.testing.assert_allclose(ref.pairwise_sq_dists(X, Y), cdist(X, Y, "sqeuclidean"), rtol=1e-9, atol=1e-9)


def test_pairwise_sq_dists_never_negative_far_from_origin():
    X = 1e4 + np.random.default_rng(0).standard_normal((40, 3)) * 1e-3
    assert (ref.pairwise_sq_dists(X, X) >= 0).all()


@pytest.mark.parametrize("n,d", [(1, 1), (10, 3), (100, 8)])
def test_standardize_matches_sklearn(n, d):
    X = np.random.default_rng(d).normal(3, 7, size=(n, d))
    np.testing.assert_allclose(ref.standardize(X), StandardScaler().fit_transform(X), atol=1e-10)


def test_one_hot_matches_sklearn():
    y = np.random.default_rng(1).integers(0, 6, size=50)
    enc = OneHotEncoder(categories=[list(range(6))]).fit_transform(y[:, None]).toarray()
    np.testing.assert_array_equal(ref.one_hot(y, 6), enc)


# --- 01-python-for-math ---------------------------------------------------------------------------
def test_isclose_matches_math_isclose():
    import math
    import random

    rnd = random.Random(0)
    special = [0.0, -0.0, 1.0, 1e308, -1e308, float("inf"), float("-inf"), float("nan"), 1e-300]
    pairs = [(a, b) for a in special for b in special]
    pairs += [(x, x * (1 + rnd.uniform(-1e-8, 1e-8))) for x in (rnd.uniform(-1e6, 1e6) for _ in range(500))]
    for a, b in pairs:
        for rt, at in [(1e-9, 0.0), (1e-6, 1e-9), (0.0, 1.0), (0.3, 0.0)]:
            assert ref.isclose(a, b, rt, at) == math.isclose(a, b, rel_tol=rt, abs_tol=at)
    with pytest.raises(ValueError):
        ref.isclose(1.0, 1.0, rel_tol=-1.0)


def test_binomial_matches_math_comb():
    import math

    for n in list(range(0, 40)) + [100, 500, 1000]:
        for k in range(-2, n + 3, max(1, n // 20)):
            assert ref.binomial(n, k) == (math.comb(n, k) if 0 <= k <= n else 0)
    with pytest.raises(ValueError):
        ref.binomial(-1, 0)


@pytest.mark.parametrize("loc", [0.0, 1e9])
def test_running_mean_var_matches_statistics(loc):
    import random
    import statistics

    rnd = random.Random(int(loc) % 97)
    xs = [rnd.gauss(loc, 1.0) for _ in range(2000)]
    mean, var = ref.running_mean_var(iter(xs))
    assert mean == pytest.approx(statistics.fmean(xs), rel=1e-14)
    assert var == pytest.approx(statistics.pvariance(xs), rel=1e-6)
    assert ref.running_mean_var(xs, ddof=1)[1] == pytest.approx(statistics.variance(xs), rel=1e-6)
    with pytest.raises(ValueError):
        ref.running_mean_var([1.0], ddof=1)


# --- 03-math-notation-and-plotting ----------------------------------------------------------------
@pytest.mark.parametrize("p", [1, 1.5, 2, 3, np.inf])
def test_vector_norm_matches_numpy(p):
    x = np.random.default_rng(4).standard_normal(30)
    assert ref.vector_norm(x, p) == pytest.approx(np.linalg.norm(x, ord=p), rel=1e-12)
    assert ref.vector_norm(x * 1e250, p) == pytest.approx(np.linalg.norm(x, ord=p) * 1e250, rel=1e-12)
    assert ref.vector_norm(np.array([]), p) == 0.0


def test_geometric_mean_matches_scipy():
    from scipy.stats import gmean

    x = np.random.default_rng(5).lognormal(0, 2, size=500)
    assert ref.geometric_mean(x) == pytest.approx(gmean(x), rel=1e-12)
    assert ref.geometric_mean(np.full(1000, 1e-5)) == pytest.approx(1e-5, rel=1e-12)
    assert ref.geometric_mean([2.0, 0.0]) == 0.0


def test_top_k_indices_orders_by_score_then_index():
    s = np.random.default_rng(6).integers(0, 5, size=100).astype(float)
    idx = ref.top_k_indices(s, 100)
    keys = list(zip(-s[idx], idx))
    assert keys == sorted(keys)
    assert ref.top_k_indices(s, 1)[0] == np.argmax(s)
