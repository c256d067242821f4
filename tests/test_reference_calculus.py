"""The unit 02 references agree with closed forms, numpy and scipy on seeded random inputs."""
import numpy as np
import pytest

from course_utils import checks
from course_utils.reference import calculus as ref


# --- 05-gradients --------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", [(1,), (5,), (3, 4), (2, 3, 2)])
def test_numerical_gradient_matches_analytic_and_checks(shape):
    rng = np.random.default_rng(len(shape) * 10 + shape[0])
    x = rng.uniform(-1, 1, size=shape)
    W = rng.standard_normal(shape)
    f = lambda z: float(np.sum(W * np.sin(z)) + np.sum(z ** 2) ** 2)
    analytic = W * np.cos(x) + 4 * np.sum(x ** 2) * x
    x0 = x.copy()
    got = ref.numerical_gradient(f, x)
    np.testing.assert_array_equal(x, x0)
    assert got.shape == shape
    np.testing.assert_allclose(got, analytic, rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(got, checks.numerical_gradient(f, x), rtol=1e-12, atol=1e-12)


def test_numerical_gradient_is_central_and_accepts_integers():
    x = np.array([-1.0, 0.5, 2.0])
    np.testing.assert_allclose(ref.numerical_gradient(lambda z: np.sum(z ** 3), x, h=0.01), 3 * x ** 2 + 1e-4,
                               rtol=1e-9)
    np.testing.assert_allclose(ref.numerical_gradient(lambda z: np.sum(z ** 3), np.array([1, 2])), [3.0, 12.0],
                               rtol=1e-8)


def test_quadratic_gradient_matches_numerical():
    rng = np.random.default_rng(3)
    for n in (1, 4, 9):
        A, b, x = rng.standard_normal((n, n)), rng.standard_normal(n), rng.standard_normal(n)
        num = checks.numerical_gradient(lambda z: z @ A @ z + b @ z, x)
        assert checks.rel_error(ref.quadratic_gradient(A, b, x), num) < 1e-8
    with pytest.raises(ValueError):
        ref.quadratic_gradient(np.ones((2, 3)), np.zeros(2), np.zeros(3))


# --- 11-calculus-in-ml ---------------------------------------------------------------------------
def test_mse_matches_sklearn_and_numerical():
    rng = np.random.default_rng(11)
    X, y, w, b = rng.standard_normal((20, 3)), rng.standard_normal(20), rng.standard_normal(3), 0.7
    loss, gw, gb = ref.mse_loss_and_grad(X, y, w, b)
    assert np.isclose(loss, np.sum((X @ w + b - y) ** 2) / 20)
    num = checks.numerical_gradient(lambda v: ref.mse_loss_and_grad(X, y, v[:-1], v[-1])[0], np.append(w, b))
    assert checks.rel_error(np.append(gw, gb), num) < 1e-8


def test_logistic_matches_sklearn_and_is_stable():
    rng = np.random.default_rng(12)
    X, y, w, b = rng.standard_normal((30, 4)), rng.integers(0, 2, 30), rng.standard_normal(4), -0.3
    loss, gw, gb = ref.logistic_loss_and_grad(X, y, w, b)
    p = 1 / (1 + np.exp(-(X @ w + b)))
    assert np.isclose(loss, -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    num = checks.numerical_gradient(lambda v: ref.logistic_loss_and_grad(X, y, v[:-1], v[-1])[0], np.append(w, b))
    assert checks.rel_error(np.append(gw, gb), num) < 1e-8
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        big = ref.logistic_loss_and_grad(np.array([[800.0], [-800.0]]), np.array([0, 1]), np.array([1.0]), 0.0)
    assert np.isclose(big[0], 800.0) and np.allclose(big[1], [800.0]) and np.isclose(big[2], 0.0)


def test_two_layer_grads_match_numerical():
    rng = np.random.default_rng(13)
    X, Y = rng.standard_normal((6, 3)), rng.standard_normal((6, 2))
    p = {"W1": rng.standard_normal((3, 5)), "b1": rng.standard_normal(5), "W2": rng.standard_normal((5, 2)),
         "b2": rng.standard_normal(2)}
    loss, g = ref.two_layer_loss_and_grads(X, Y, p)
    out = np.tanh(X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]
    assert np.isclose(loss, np.sum((out - Y) ** 2) / 12)
    for k in p:
        num = checks.numerical_gradient(lambda P: ref.two_layer_loss_and_grads(X, Y, {**p, k: P})[0], p[k])
        assert g[k].shape == p[k].shape and checks.rel_error(g[k], num) < 1e-7


# --- 07-multivariable-functions ------------------------------------------------------------------
def test_jacobian_matches_analytic_and_scipy():
    from scipy.optimize import approx_fprime
    rng = np.random.default_rng(7)
    A = rng.standard_normal((4, 3))
    x = rng.standard_normal(3)
    f = lambda z: np.tanh(A @ z) + np.array([z[0] * z[1], 0.0, z[2] ** 2, 1.0])
    J = ref.jacobian(f, x)
    t = np.tanh(A @ x)
    analytic = (1 - t ** 2)[:, None] * A
    analytic[0, :2] += [x[1], x[0]]
    analytic[2, 2] += 2 * x[2]
    assert J.shape == (4, 3)
    np.testing.assert_allclose(J, analytic, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(J, approx_fprime(x, f, 1e-7), atol=1e-5)
    assert ref.jacobian(lambda z: float(z @ z), x).shape == (1, 3)


def test_layer_jacobian_matches_numerical():
    rng = np.random.default_rng(8)
    W, b, x = rng.standard_normal((5, 2)), rng.standard_normal(5), rng.standard_normal(2)
    np.testing.assert_allclose(ref.layer_jacobian(W, b, x), ref.jacobian(lambda z: np.tanh(W @ z + b), x),
                               rtol=1e-7, atol=1e-10)


# --- 08-hessian-matrix ---------------------------------------------------------------------------
def test_hessian_matches_analytic_and_is_symmetric():
    rng = np.random.default_rng(80)
    A = rng.standard_normal((4, 4))
    x = rng.standard_normal(4)
    H = ref.hessian(lambda z: float(z @ A @ z + np.sum(np.sin(z))), x)
    np.testing.assert_allclose(H, A + A.T - np.diag(np.sin(x)), rtol=1e-5, atol=1e-6)
    assert np.array_equal(H, H.T)


def test_logistic_hessian_matches_numerical():
    rng = np.random.default_rng(81)
    X, w, y = rng.standard_normal((12, 3)), rng.standard_normal(3), rng.integers(0, 2, 12)
    num = ref.hessian(lambda v: float(np.mean(np.logaddexp(0, X @ v) - y * (X @ v))), w)
    np.testing.assert_allclose(ref.logistic_hessian(X, w), num, rtol=1e-4, atol=1e-7)


def test_classify_critical_point():
    assert ref.classify_critical_point(np.diag([1.0, 2.0])) == "minimum"
    assert ref.classify_critical_point(np.diag([-1.0, -2.0])) == "maximum"
    assert ref.classify_critical_point(np.array([[1.0, 3.0], [3.0, 1.0]])) == "saddle"
    assert ref.classify_critical_point(np.diag([1.0, 0.0])) == "degenerate"
    with pytest.raises(ValueError):
        ref.classify_critical_point(np.array([[1.0, 1.0], [0.0, 1.0]]))


# --- 02-derivatives-basics -----------------------------------------------------------------------
def test_finite_differences_and_orders():
    from scipy.differentiate import derivative
    x = np.array([-1.0, 0.2, 1.5])
    exact = derivative(np.sin, x).df
    np.testing.assert_allclose(ref.finite_difference(np.sin, x), exact, atol=1e-9)
    np.testing.assert_allclose(ref.finite_difference(lambda t: t ** 2, x, 0.5, "forward"), 2 * x + 0.5)
    np.testing.assert_allclose(ref.finite_difference(lambda t: t ** 2, x, 0.5, "backward"), 2 * x - 0.5)
    np.testing.assert_allclose(ref.richardson_derivative(lambda t: t ** 5, x, 0.1), 5 * x ** 4 - 0.1 ** 4 / 4, rtol=1e-9)
    assert isinstance(ref.finite_difference(np.sin, 0.3), float)
    hs = 0.1 / 2.0 ** np.arange(5)
    errs = [abs(ref.finite_difference(np.exp, 0.5, h, "central") - np.exp(0.5)) for h in hs]
    assert abs(ref.estimate_order(hs, errs) - 2.0) < 0.05
    rng = np.random.default_rng(2)
    h2, e2 = rng.uniform(0.01, 1, 6), rng.uniform(0.01, 1, 6)
    assert np.isclose(ref.estimate_order(h2, e2), np.polyfit(np.log(h2), np.log(e2), 1)[0])
    with pytest.raises(ValueError):
        ref.finite_difference(np.sin, 0.0, 1e-3, "sideways")


# --- 06-chain-rule -------------------------------------------------------------------------------
def test_chain_derivative_matches_closed_form():
    x = np.array([-1.0, 0.3, 2.0])
    v, d = ref.chain_derivative([lambda t: t ** 2, np.sin, np.exp], [lambda t: 2 * t, np.cos, np.exp], x)
    np.testing.assert_allclose(v, np.exp(np.sin(x ** 2)))
    np.testing.assert_allclose(d, np.exp(np.sin(x ** 2)) * np.cos(x ** 2) * 2 * x)
    assert ref.chain_derivative([], [], 1.5) == (1.5, 1.0)


def test_dual_numbers_match_scipy_derivative():
    from scipy.differentiate import derivative
    f = lambda t: np.exp(np.sin(t * t)) / (1 + t ** 2) - 3 / t + np.log(t) * np.cos(2 - t)
    for x in (0.5, 1.3, 2.2):
        y = f(ref.Dual(x, 1.0))
        assert np.isclose(y.val, f(x))
        assert np.isclose(y.der, derivative(f, x, initial_step=0.05).df, rtol=1e-8)


# --- 10-integrals-overview -----------------------------------------------------------------------
def test_quadrature_matches_numpy_and_scipy():
    from scipy.integrate import simpson as sp_simpson
    for a, b, n in [(0.0, 1.0, 2), (-2.0, 3.0, 10), (2.0, -1.0, 64)]:
        x = np.linspace(a, b, n + 1)
        assert np.isclose(ref.trapezoid(np.exp, a, b, n), np.trapezoid(np.exp(x), x), rtol=1e-12)
        assert np.isclose(ref.simpson(np.exp, a, b, n), sp_simpson(np.exp(x), x=x), rtol=1e-12)
    assert np.isclose(ref.simpson(lambda t: t ** 3 - 2 * t, -1.0, 2.0, 2), (16 / 4 - 4) - (1 / 4 - 1))
    with pytest.raises(ValueError):
        ref.simpson(np.sin, 0.0, 1.0, 3)
    rng = np.random.default_rng(10)
    x = np.sort(rng.uniform(0, 3, 40))
    y = rng.standard_normal(40)
    assert np.isclose(ref.trapezoid_samples(y, x), np.trapezoid(y, x))
    assert ref.trapezoid_samples([1.0], [2.0]) == 0.0


# --- 09-taylor-series ----------------------------------------------------------------------------
def test_taylor_references():
    import math
    x = np.linspace(-1, 1, 7)
    np.testing.assert_allclose(ref.taylor_polynomial(np.ones(30), 0.0, x), np.exp(x), rtol=1e-14)
    d = np.array([np.sin(0.5), np.cos(0.5), -np.sin(0.5), -np.cos(0.5)] * 6)
    np.testing.assert_allclose(ref.taylor_polynomial(d, 0.5, x), np.sin(x), rtol=1e-12, atol=1e-14)
    n = ref.taylor_terms_needed(1.0, 1e-3)
    assert n == 6 and math.e / math.factorial(7) <= 1e-3 < math.e / math.factorial(6)
    rng = np.random.default_rng(9)
    A = rng.standard_normal((3, 3)); H = A + A.T; g = rng.standard_normal(3); x0 = rng.standard_normal(3)
    X = rng.standard_normal((5, 3))
    expected = [1.5 + g @ (r - x0) + 0.5 * (r - x0) @ H @ (r - x0) for r in X]
    np.testing.assert_allclose(ref.second_order_approx(1.5, g, H, x0, X), expected)


# --- 04-partial-derivatives ----------------------------------------------------------------------
def test_partial_references():
    f = lambda z: z[0] ** 2 * z[1] + 3 * z[0] * z[1] ** 3 - 2 * z[1]
    assert np.isclose(ref.partial_derivative(f, [1.0, 2.0], 0), 28.0)
    assert np.isclose(ref.partial_derivative(f, [1.0, 2.0], 1), 35.0)
    with pytest.raises(ValueError):
        ref.partial_derivative(f, [1.0, 2.0], -1)
    rng = np.random.default_rng(4)
    x = rng.uniform(-2, 2, 30); y = 2 * x + 1 + rng.standard_normal(30)
    w, b = np.polyfit(x, y, 1)
    np.testing.assert_allclose(ref.linear_regression_partials(w, b, x, y), (0.0, 0.0), atol=1e-10)
    F = rng.standard_normal((5, 8))
    gy, gx = np.gradient(F, 0.3, 0.7)
    Fx, Fy = ref.grid_partials(F, 0.7, 0.3)
    np.testing.assert_allclose(Fx, gx); np.testing.assert_allclose(Fy, gy)


# --- 03-rules-of-differentiation -----------------------------------------------------------------
def test_rules_references():
    from numpy.polynomial import polynomial as P
    rng = np.random.default_rng(3)
    c = rng.standard_normal(6)
    np.testing.assert_allclose(ref.polynomial_derivative(c), P.polyder(c))
    np.testing.assert_array_equal(ref.polynomial_derivative([4.0]), [0.0])
    p, q = np.array([1.0, 0.0, 1.0]), np.array([-3.0, 1.0])
    assert np.isclose(ref.rational_derivative(p, q, 1.0), -1.5)
    z = np.linspace(-30, 30, 61)
    s = 1 / (1 + np.exp(-z))
    np.testing.assert_allclose(ref.sigmoid_derivative(z), s * (1 - s), rtol=1e-6, atol=1e-15)
    with np.errstate(over="raise", invalid="raise"):
        assert ref.sigmoid_derivative(-1000.0) == 0.0


# --- 01-functions-and-limits ---------------------------------------------------------------------
def test_limits_references():
    T = ref.limit_table(lambda t: t, 2.0, n=4, h0=0.5)
    np.testing.assert_allclose(T, np.column_stack([2 - 0.5 / 10.0 ** np.arange(4), 2 + 0.5 / 10.0 ** np.arange(4)]))
    x = np.array([-7.0, -1e-9, 0.0, 0.3, 12.0])
    np.testing.assert_allclose(ref.safe_sinc(x), np.sinc(x / np.pi), rtol=1e-12)
    z = np.array([-1e4, -700.0, -30.0, 0.0, 5.0, 800.0, 1e4])
    with np.errstate(over="raise", invalid="raise"):
        np.testing.assert_allclose(ref.softplus(z), np.logaddexp(0.0, z), rtol=1e-13, atol=0)
