"""The unit 08 references agree with numpy/scipy/scikit-learn on seeded random inputs."""
import numpy as np
import pytest
from sklearn.decomposition import PCA
from sklearn.linear_model import LinearRegression

from course_utils.reference import ml_case_studies as ref


# --- 04-pca-from-scratch --------------------------------------------------------------------------
@pytest.mark.parametrize("n,d,k", [(2, 1, 1), (10, 3, 2), (60, 8, 8), (5, 9, 3)])
def test_pca_matches_sklearn(n, d, k):
    rng = np.random.default_rng(n * 10 + d)
    X = rng.standard_normal((n, d)) * np.geomspace(5, 0.5, d) + 3.0
    comp, ev, Z = ref.pca(X, k)
    sk = PCA(n_components=k, svd_solver="full").fit(X)
    np.testing.assert_allclose(ev, sk.explained_variance_, rtol=1e-8, atol=1e-12)
    np.testing.assert_allclose(np.abs(np.sum(comp * sk.components_, axis=1)), 1.0, atol=1e-8)
    sign = np.sign(np.sum(Z * sk.transform(X), axis=0))
    np.testing.assert_allclose(Z * sign, sk.transform(X), atol=1e-8)
    np.testing.assert_allclose(comp @ comp.T, np.eye(k), atol=1e-10)


def test_pca_validation_and_nonnegative_variance():
    rng = np.random.default_rng(0)
    A = rng.standard_normal((20, 2))
    X = np.column_stack([A, A @ rng.standard_normal((2, 3))])
    assert (ref.pca(X, 5)[1] >= 0).all()
    for k in (0, 6):
        with pytest.raises(ValueError):
            ref.pca(X, k)
    with pytest.raises(ValueError):
        ref.pca(X[:1], 1)


# --- 01-linear-regression-from-scratch -----------------------------------------------------------
@pytest.mark.parametrize("n,d", [(2, 1), (10, 3), (200, 12)])
def test_fit_linear_regression_matches_sklearn(n, d):
    rng = np.random.default_rng(n + d)
    X = rng.standard_normal((n, d)) * 4 + 10
    y = X @ rng.standard_normal(d) + 2.5 + 0.1 * rng.standard_normal(n)
    w, b = ref.fit_linear_regression(X, y)
    sk = LinearRegression().fit(X, y)
    np.testing.assert_allclose(w, sk.coef_, rtol=1e-7, atol=1e-9)
    assert isinstance(b, float)
    np.testing.assert_allclose(b, sk.intercept_, rtol=1e-7, atol=1e-9)


def test_linear_regression_gd_converges_to_lstsq():
    rng = np.random.default_rng(3)
    X = rng.standard_normal((50, 3))
    y = X @ np.array([1.0, -1.0, 2.0]) + 0.5 + 0.05 * rng.standard_normal(50)
    w, b, losses = ref.linear_regression_gd(X, y, lr=0.1, n_iters=2000)
    sol = np.linalg.lstsq(np.column_stack([X, np.ones(50)]), y, rcond=None)[0]
    np.testing.assert_allclose(np.append(w, b), sol, atol=1e-8)
    assert losses.shape == (2001,) and np.all(np.diff(losses) <= 1e-12)
    np.testing.assert_allclose(losses[0], np.mean(y ** 2))


# --- 02-logistic-regression-from-scratch ---------------------------------------------------------
@pytest.mark.parametrize("n,d", [(1, 1), (20, 3), (100, 7)])
def test_logistic_loss_matches_sklearn_and_numerical_gradient(n, d):
    from scipy.optimize import approx_fprime
    from sklearn.metrics import log_loss

    rng = np.random.default_rng(n * d)
    X, w, b = rng.standard_normal((n, d)), rng.standard_normal(d), 0.3
    y = rng.integers(0, 2, size=n)
    loss, dw, db = ref.logistic_loss_and_grad(w, b, X, y)
    p = 1 / (1 + np.exp(-(X @ w + b)))
    np.testing.assert_allclose(loss, log_loss(y, p, labels=[0, 1]), rtol=1e-10)
    f = lambda v: ref.logistic_loss_and_grad(v[:-1], v[-1], X, y)[0]  # noqa: E731
    num = approx_fprime(np.append(w, b), f, 1e-7)
    np.testing.assert_allclose(np.append(dw, db), num, atol=1e-5)


def test_logistic_loss_huge_logits_exact_and_quiet():
    X = np.array([[1.0], [-1.0]])
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        assert ref.logistic_loss_and_grad(np.array([1000.0]), 0.0, X, np.array([1, 0]))[0] == 0.0
        loss, dw, db = ref.logistic_loss_and_grad(np.array([1000.0]), 0.0, X, np.array([0, 1]))
    assert loss == 1000.0 and dw[0] == 1.0 and db == 0.0


def test_fit_logistic_regression_matches_sklearn():
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(1)
    X = rng.standard_normal((150, 3))
    y = (X @ np.array([1.0, -2.0, 0.5]) + rng.standard_normal(150) > 0).astype(int)
    l2 = 0.02
    w, b, losses = ref.fit_logistic_regression(X, y, lr=1.0, n_iters=3000, l2=l2)
    sk = LogisticRegression(C=1 / (150 * l2), tol=1e-12, max_iter=10000).fit(X, y)
    np.testing.assert_allclose(w, sk.coef_[0], atol=1e-6)
    np.testing.assert_allclose(b, sk.intercept_[0], atol=1e-6)
    assert np.all(np.diff(losses) <= 1e-12)


# --- 05-neural-network-math ----------------------------------------------------------------------
def test_softmax_cross_entropy_matches_sklearn_log_loss():
    from scipy.special import softmax
    from sklearn.metrics import log_loss

    rng = np.random.default_rng(2)
    S, y = rng.standard_normal((30, 4)) * 3, rng.integers(0, 4, size=30)
    loss, dS = ref.softmax_cross_entropy(S, y)
    np.testing.assert_allclose(loss, log_loss(y, softmax(S, axis=1), labels=range(4)), rtol=1e-10)
    np.testing.assert_allclose(dS, (softmax(S, axis=1) - np.eye(4)[y]) / 30, atol=1e-15)
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        big, dbig = ref.softmax_cross_entropy(np.array([[1000.0, 0.0, -1000.0]]), np.array([1]))
    assert big == 1000.0 and np.allclose(dbig, [[1.0, -1.0, 0.0]])


def test_two_layer_gradients_match_central_differences():
    from scipy.optimize import approx_fprime

    rng = np.random.default_rng(4)
    params = {"W1": rng.standard_normal((3, 5)), "b1": rng.standard_normal(5),
              "W2": rng.standard_normal((5, 4)), "b2": rng.standard_normal(4)}
    X, y = rng.standard_normal((6, 3)), rng.integers(0, 4, size=6)
    loss, grads = ref.two_layer_loss_and_grads(params, X, y, reg=0.1)
    for key, value in params.items():
        def f(v, key=key, shape=value.shape):
            return ref.two_layer_loss_and_grads({**params, key: v.reshape(shape)}, X, y, reg=0.1)[0]
        num = approx_fprime(value.ravel(), f, 1e-7).reshape(value.shape)
        np.testing.assert_allclose(grads[key], num, atol=2e-5)


# --- 03-gradient-descent-visualization -----------------------------------------------------------
def test_gradient_descent_matches_closed_form_iterates():
    rng = np.random.default_rng(7)
    Q, _ = np.linalg.qr(rng.standard_normal((3, 3)))
    A = (Q * np.array([0.5, 2.0, 4.0])) @ Q.T
    b, x0 = rng.standard_normal(3), rng.standard_normal(3)
    x_star = np.linalg.solve(A, b)
    path = ref.gradient_descent(lambda x: A @ x - b, x0, 0.3, 12)
    M = np.eye(3) - 0.3 * A
    for t in range(13):
        np.testing.assert_allclose(path[t], x_star + np.linalg.matrix_power(M, t) @ (x0 - x_star), atol=1e-12)
    np.testing.assert_allclose(ref.momentum_descent(lambda x: A @ x - b, x0, 0.3, 0.0, 12), path, atol=1e-14)


def test_gd_contraction_factor_is_spectral_norm():
    rng = np.random.default_rng(8)
    B = rng.standard_normal((5, 5))
    A = B @ B.T + np.eye(5)
    for lr in (0.01, 0.1, 0.5):
        np.testing.assert_allclose(ref.gd_contraction_factor(A, lr), np.linalg.norm(np.eye(5) - lr * A, 2), rtol=1e-10)
    lam = np.linalg.eigvalsh(A)
    k = lam[-1] / lam[0]
    np.testing.assert_allclose(ref.gd_contraction_factor(A, 2 / (lam[0] + lam[-1])), (k - 1) / (k + 1), rtol=1e-10)
