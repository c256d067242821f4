"""The unit 07 references agree with numpy/scipy on seeded random inputs."""
import numpy as np
import pytest
from scipy.special import logsumexp as sp_logsumexp
from scipy.special import softmax as sp_softmax

from course_utils.reference import numerical_methods as ref


# --- 05-numerical-stability ----------------------------------------------------------------------
@pytest.mark.parametrize("shape", [(1,), (6,), (3, 4), (4, 4), (2, 3, 5)])
@pytest.mark.parametrize("scale", [1.0, 1000.0])
def test_logsumexp_and_softmax_match_scipy(shape, scale):
    z = np.random.default_rng(len(shape) + int(scale)).standard_normal(shape) * scale
    for axis in range(-len(shape), len(shape)):
        np.testing.assert_allclose(ref.logsumexp(z, axis), sp_logsumexp(z, axis=axis), rtol=1e-13)
        np.testing.assert_allclose(ref.softmax(z, axis), sp_softmax(z, axis=axis), rtol=1e-12, atol=1e-300)


def test_extreme_slices_are_finite_exact_and_quiet():
    Z = np.array([[1000.0, 1000.0], [-1000.0, -1000.0], [1000.0, -1000.0]])
    with np.errstate(over="raise", divide="raise", invalid="raise"):
        lse = ref.logsumexp(Z)
        p = ref.softmax(Z)
    np.testing.assert_allclose(lse, [1000 + np.log(2), -1000 + np.log(2), 1000.0], rtol=1e-15)
    np.testing.assert_allclose(p, [[0.5, 0.5], [0.5, 0.5], [1.0, 0.0]])
    assert isinstance(ref.logsumexp(np.array([1.0, 2.0])), float)


# --- 01-floating-point-errors --------------------------------------------------------------------
def test_kahan_sum_within_compensated_bound_of_fsum():
    import math

    rng = np.random.default_rng(0)
    for x in (np.full(10_000, 0.1), rng.uniform(0, 1, 5_000), rng.standard_normal(3_000) * 1e6,
              np.concatenate([[1.0], np.full(5_000, 1e-16)])):
        assert abs(ref.kahan_sum(x) - math.fsum(x)) <= np.finfo(float).eps * np.abs(x).sum()
    assert ref.kahan_sum(np.array([])) == 0.0


def test_stable_quadratic_roots_vs_high_precision():
    from decimal import Decimal, getcontext

    getcontext().prec = 50
    for a, b, c in [(1.0, 1e8, 1.0), (2.0, -3e9, 0.5), (1.0, -3.0, 2.0)]:
        A, B, C = Decimal(a), Decimal(b), Decimal(c)
        sq = (B * B - 4 * A * C).sqrt()
        exact = sorted([float((-B - sq) / (2 * A)), float((-B + sq) / (2 * A))])
        np.testing.assert_allclose(ref.stable_quadratic_roots(a, b, c), exact, rtol=1e-15)


def test_stable_variance_matches_np_var_with_offsets():
    rng = np.random.default_rng(1)
    for off in (0.0, 1e6, 1e9, 1e12):
        x = rng.standard_normal(500) + off
        np.testing.assert_allclose(ref.stable_variance(x), np.var(x), rtol=1e-9)


# --- 04-matrix-conditioning ----------------------------------------------------------------------
@pytest.mark.parametrize("shape", [(1, 1), (4, 4), (6, 3), (3, 6)])
def test_condition_number_matches_np_cond(shape):
    A = np.random.default_rng(sum(shape)).standard_normal(shape)
    np.testing.assert_allclose(ref.condition_number(A), np.linalg.cond(A), rtol=1e-10)
    assert ref.condition_number(np.zeros(shape)) == float("inf")


def test_lstsq_qr_matches_lstsq_on_ill_conditioned_vandermonde():
    x = np.linspace(0, 1, 60)
    X = np.vander(x, 11, increasing=True)
    y = X @ np.random.default_rng(0).standard_normal(11)
    w = ref.lstsq_qr(X, y)
    w_ls = np.linalg.lstsq(X, y, rcond=None)[0]
    assert np.linalg.norm(w - w_ls) / np.linalg.norm(w_ls) < 1e-8


# --- 02-numerical-differentiation ----------------------------------------------------------------
def test_finite_differences_and_richardson_orders():
    x = np.linspace(-1, 1, 5)
    for h in (1e-2, 1e-3):
        np.testing.assert_allclose(ref.finite_difference(np.sin, x, h, "central"), np.cos(x), atol=h ** 2)
        np.testing.assert_allclose(ref.finite_difference(np.sin, x, h, "forward"), np.cos(x), atol=h)
    np.testing.assert_allclose(ref.richardson_derivative(np.exp, x, 0.05), np.exp(x), atol=1e-8)


def test_gradient_fd_matches_approx_fprime_and_analytic():
    from scipy.optimize import approx_fprime

    rng = np.random.default_rng(0)
    A = rng.standard_normal((4, 4)); A = A @ A.T
    x = rng.standard_normal(4)
    f = lambda v: 0.5 * v @ A @ v  # noqa: E731
    np.testing.assert_allclose(ref.gradient_fd(f, x), A @ x, rtol=1e-8, atol=1e-9)
    np.testing.assert_allclose(ref.gradient_fd(f, x), approx_fprime(x, f, 1e-7), atol=1e-5)
    W = rng.standard_normal((2, 3))
    np.testing.assert_allclose(ref.gradient_fd(lambda M: np.sum(M ** 2), W), 2 * W, rtol=1e-8)


# --- 03-numerical-integration --------------------------------------------------------------------
@pytest.mark.parametrize("n", [2, 4, 10, 64])
def test_trapezoid_and_simpson_match_scipy_on_the_same_nodes(n):
    from scipy.integrate import simpson, trapezoid

    for a, b in [(0.0, 1.0), (2.0, -1.0)]:
        x = np.linspace(a, b, n + 1)
        np.testing.assert_allclose(ref.trapezoid(np.exp, a, b, n), trapezoid(np.exp(x), x), rtol=1e-13)
        np.testing.assert_allclose(ref.simpson(np.exp, a, b, n), simpson(np.exp(x), x=x), rtol=1e-13)
    with pytest.raises(ValueError):
        ref.simpson(np.exp, 0.0, 1.0, n + 1)


def test_monte_carlo_integral_is_reproducible_and_calibrated():
    est, se = ref.monte_carlo_integral(np.sin, 0.0, np.pi, 4000, np.random.default_rng(3))
    u = np.random.default_rng(3).uniform(0.0, np.pi, size=4000)
    np.testing.assert_allclose(est, np.pi * np.sin(u).mean(), rtol=1e-13)
    np.testing.assert_allclose(se, np.pi * np.sin(u).std(ddof=1) / np.sqrt(4000), rtol=1e-13)
    assert abs(est - 2.0) < 4 * se
