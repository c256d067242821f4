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
