"""The unit 05 references agree with numpy/scipy/scikit-learn (or closed forms) on seeded inputs."""
import numpy as np
import pytest
import scipy.linalg

from course_utils.reference import optimization as ref


# --- 04-gradient-descent -------------------------------------------------------------------------
@pytest.mark.parametrize("d,T", [(1, 5), (3, 20), (10, 8)])
def test_gradient_descent_matches_closed_form(d, T):
    rng = np.random.default_rng(d)
    B = rng.standard_normal((d, d))
    A = B @ B.T + np.eye(d)
    b = rng.standard_normal(d)
    x0 = rng.standard_normal(d)
    lr = 1.0 / np.linalg.eigvalsh(A)[-1]
    H = ref.gradient_descent(lambda x: A @ x - b, x0, lr, T)
    xs = np.linalg.solve(A, b)
    M = np.eye(d) - lr * A
    expected = np.array([xs + np.linalg.matrix_power(M, t) @ (x0 - xs) for t in range(T + 1)])
    np.testing.assert_allclose(H, expected, rtol=1e-10, atol=1e-12)
    assert H.shape == (T + 1, d) and H.dtype == float


def test_gradient_descent_copies_and_edge_cases():
    x0 = np.array([1, 2])
    H = ref.gradient_descent(lambda x: x, x0, 0.5, 0)
    assert H.shape == (1, 2) and H.dtype == float and not np.shares_memory(H, x0)
    with pytest.raises(ValueError):
        ref.gradient_descent(lambda x: x, x0, 0.5, -1)


def test_quadratic_step_sizes_matches_scipy_eigh():
    rng = np.random.default_rng(0)
    B = rng.standard_normal((6, 6))
    A = B @ B.T + 0.1 * np.eye(6)
    ev = scipy.linalg.eigh(A, eigvals_only=True)
    mu, L = ev[0], ev[-1]
    np.testing.assert_allclose(ref.quadratic_step_sizes(A), (2 / L, 2 / (L + mu), (L - mu) / (L + mu)), rtol=1e-10)
    for bad in (np.array([[1.0, 0], [0, -1]]), np.array([[1.0, 2], [0, 1]]), np.ones((2, 3))):
        with pytest.raises(ValueError):
            ref.quadratic_step_sizes(bad)


# --- 06-momentum-rmsprop-adam --------------------------------------------------------------------
@pytest.mark.parametrize("shape", [(3,), (2, 4), (1,)])
def test_adam_matches_unrolled_moments(shape):
    rng = np.random.default_rng(len(shape) * 10 + shape[0])
    b1, b2, lr, eps = 0.9, 0.999, 1e-2, 1e-8
    G = rng.standard_normal((6,) + shape)
    w, state, w_man = rng.standard_normal(shape), {}, None
    w_man = w.copy()
    for t in range(1, 7):
        before = {k: np.array(v, copy=True) for k, v in state.items()}
        w, new_state = ref.adam_step(w, G[t - 1], state, lr=lr)
        assert all(np.array_equal(state[k], before[k]) for k in before) and new_state is not state
        m = (1 - b1) * sum(b1 ** (t - k) * G[k - 1] for k in range(1, t + 1))
        v = (1 - b2) * sum(b2 ** (t - k) * G[k - 1] ** 2 for k in range(1, t + 1))
        w_man = w_man - lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
        np.testing.assert_allclose(new_state["m"], m, rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(new_state["v"], v, rtol=1e-12)
        np.testing.assert_allclose(w, w_man, rtol=1e-10)
        assert new_state["t"] == t
        state = new_state


def test_adam_first_step_is_lr_sign():
    g = np.array([0.3, -7.0, 1e-3])
    w, _ = ref.adam_step(np.zeros(3), g, {})
    np.testing.assert_allclose(w, -1e-3 * np.sign(g), atol=1e-8)


def test_momentum_and_rmsprop_unrolled():
    rng = np.random.default_rng(5)
    G = rng.standard_normal((5, 4))
    w, st, w2, st2 = np.zeros(4), {}, np.zeros(4), {}
    for t in range(5):
        w, st = ref.momentum_step(w, G[t], st, lr=0.1, beta=0.8)
        w2, st2 = ref.rmsprop_step(w2, G[t], st2, lr=0.1, beta=0.9)
        np.testing.assert_allclose(st["v"], sum(0.8 ** (t - k) * G[k] for k in range(t + 1)))
        np.testing.assert_allclose(st2["s"], 0.1 * sum(0.9 ** (t - k) * G[k] ** 2 for k in range(t + 1)))
    # CS231n's form v <- beta v - lr g, w <- w + v gives the same iterates
    wc, vc = np.zeros(4), np.zeros(4)
    for t in range(5):
        vc = 0.8 * vc - 0.1 * G[t]
        wc = wc + vc
    np.testing.assert_allclose(w, wc)


# --- 05-stochastic-gradient-descent --------------------------------------------------------------
@pytest.mark.parametrize("n,bs", [(1, 1), (7, 3), (10, 5), (5, 9)])
def test_minibatch_indices_partition_a_permutation(n, bs):
    batches = ref.minibatch_indices(n, bs, np.random.default_rng(n))
    perm = np.random.default_rng(n).permutation(n)
    assert len(batches) == -(-n // bs)
    np.testing.assert_array_equal(np.concatenate(batches), perm)
    assert all(len(b) == bs for b in batches[:-1]) and 1 <= len(batches[-1]) <= bs


def test_sgd_full_batch_converges_to_lstsq():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((50, 3))
    y = X @ np.array([1.0, -1.0, 2.0]) + 0.5 + 0.1 * rng.standard_normal(50)
    w, b, losses = ref.sgd_linear_regression(X, y, 0.5, 50, 300, np.random.default_rng(0))
    theta = np.linalg.lstsq(np.column_stack([X, np.ones(50)]), y, rcond=None)[0]
    np.testing.assert_allclose(w, theta[:3], atol=1e-8)
    np.testing.assert_allclose(b, theta[3], atol=1e-8)
    assert losses.shape == (301,) and np.all(np.diff(losses) <= 1e-15)


def test_sgd_interpolation_batch_one():
    rng = np.random.default_rng(1)
    X = rng.standard_normal((20, 2))
    y = X @ np.array([2.0, -3.0]) + 1.0
    w, b, _ = ref.sgd_linear_regression(X, y, 0.05, 1, 200, rng)
    np.testing.assert_allclose(np.append(w, b), [2.0, -3.0, 1.0], atol=1e-8)


# --- 08-regularization ---------------------------------------------------------------------------
@pytest.mark.parametrize("n,d,alpha", [(1, 1, 1.0), (10, 3, 0.5), (4, 9, 2.0), (60, 5, 100.0)])
@pytest.mark.parametrize("fit_intercept", [True, False])
def test_ridge_matches_augmented_least_squares(n, d, alpha, fit_intercept):
    # scikit-learn's Ridge objective ||y - Xw - b||^2 + alpha ||w||^2 (b unpenalised) written as one
    # least-squares problem with sqrt(alpha) * I rows appended (the intercept column gets 0 there)
    rng = np.random.default_rng(n * d)
    X = rng.standard_normal((n, d)) + 3.0
    y = rng.standard_normal(n) - 2.0
    w, b = ref.ridge_closed_form(X, y, alpha, fit_intercept)
    Z = np.column_stack([X, np.ones(n)]) if fit_intercept else X
    pen = np.sqrt(alpha) * np.eye(d, Z.shape[1])
    theta = np.linalg.lstsq(np.vstack([Z, pen]), np.concatenate([y, np.zeros(d)]), rcond=None)[0]
    np.testing.assert_allclose(w, theta[:d], rtol=1e-8, atol=1e-9)
    np.testing.assert_allclose(b, theta[d] if fit_intercept else 0.0, rtol=1e-8, atol=1e-9)


def test_soft_threshold_is_the_l1_prox():
    z = np.linspace(-3, 3, 13)
    grid = np.linspace(-4, 4, 160001)
    best = grid[np.argmin(0.5 * (grid[None, :] - z[:, None]) ** 2 + 0.7 * np.abs(grid[None, :]), axis=1)]
    np.testing.assert_allclose(ref.soft_threshold(z, 0.7), best, atol=1e-4)


@pytest.mark.parametrize("alpha", [0.02, 0.2])
def test_lasso_ista_satisfies_the_kkt_conditions(alpha):
    # optimality certificate of (1/2n)||y - Xw||^2 + alpha ||w||_1 (scikit-learn's Lasso objective):
    # g = X^T (Xw - y) / n satisfies g_j = -alpha sign(w_j) where w_j != 0 and |g_j| <= alpha elsewhere
    rng = np.random.default_rng(2)
    X = rng.standard_normal((40, 6))
    y = X @ np.array([2.0, 0, 0, -1.0, 0, 0.3]) + 0.1 * rng.standard_normal(40)
    w = ref.lasso_ista(X, y, alpha, 3000)
    g = X.T @ (X @ w - y) / 40
    nz = w != 0
    assert nz.any() and (~nz).any()
    np.testing.assert_allclose(g[nz], -alpha * np.sign(w[nz]), atol=1e-9)
    assert np.all(np.abs(g[~nz]) <= alpha + 1e-12)


# --- 07-learning-rate-strategies -----------------------------------------------------------------
def test_step_decay_matches_torch_steplr_formula():
    t = np.arange(100)
    expected = np.array([0.1 * 0.5 ** (k // 30) for k in t])
    np.testing.assert_allclose(ref.step_decay(t, 0.1, 0.5, 30), expected, rtol=1e-14)


def test_cosine_and_warmup_closed_forms():
    import math
    T, W = 50, 8
    t = np.arange(T + 10)
    cos = [0.01 + 0.5 * 0.09 * (1 + math.cos(math.pi * min(k, T) / T)) for k in t]
    np.testing.assert_allclose(ref.cosine_schedule(t, 0.1, T, 0.01), cos, rtol=1e-13)
    hf = [k / W if k < W else 0.5 * (1 + math.cos(math.pi * min(1.0, (k - W) / (T - W)))) for k in t]
    np.testing.assert_allclose(ref.warmup_cosine(t, 1.0, W, T), hf, rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(ref.warmup_cosine(t, 0.1, 0, T, 0.01), cos, rtol=1e-13)
    with pytest.raises(ValueError):
        ref.warmup_cosine(3, 0.1, 5, 5)


# --- 03-loss-functions ---------------------------------------------------------------------------
def test_huber_matches_scipy_and_gradient():
    import scipy.special
    from course_utils.checks import numerical_gradient
    rng = np.random.default_rng(3)
    yp, yt = rng.standard_normal(30) * 3, rng.standard_normal(30)
    loss, grad = ref.huber_loss(yp, yt, 1.3)
    np.testing.assert_allclose(loss, scipy.special.huber(1.3, yp - yt).mean(), rtol=1e-12)
    np.testing.assert_allclose(grad, numerical_gradient(lambda p: ref.huber_loss(p, yt, 1.3)[0], yp), atol=1e-8)


def test_hinge_matches_definition_and_subgradient():
    rng = np.random.default_rng(4)
    s = rng.standard_normal(40)
    y = np.where(rng.random(40) < 0.5, -1, 1)
    loss, grad = ref.hinge_loss(s, y)
    np.testing.assert_allclose(loss, sum(max(0.0, 1 - yi * si) for yi, si in zip(y, s)) / 40, rtol=1e-12)
    np.testing.assert_allclose(grad, [-yi / 40 if yi * si < 1 else 0.0 for yi, si in zip(y, s)])


def test_bce_matches_scipy_and_is_stable():
    import warnings
    from scipy.special import expit, xlogy
    rng = np.random.default_rng(5)
    z = rng.standard_normal(50) * 3
    y = (rng.random(50) < 0.5).astype(float)
    loss, grad = ref.bce_with_logits(z, y)
    p = expit(z)
    np.testing.assert_allclose(loss, -np.mean(xlogy(y, p) + xlogy(1 - y, 1 - p)), rtol=1e-10)
    np.testing.assert_allclose(grad, (p - y) / 50, rtol=1e-10)
    with warnings.catch_warnings(), np.errstate(over="raise", divide="raise", invalid="raise"):
        warnings.simplefilter("error")
        loss, grad = ref.bce_with_logits(np.array([1e3, -1e3]), np.array([0.0, 1.0]))
    assert loss == 1e3 and np.allclose(grad, [0.5, -0.5])


# --- 09-optimization-in-ml -----------------------------------------------------------------------
def test_logistic_objective_gradient_and_scipy_fit():
    from scipy.optimize import minimize
    from course_utils.checks import numerical_gradient
    rng = np.random.default_rng(9)
    X = rng.standard_normal((50, 3))
    y = (X @ np.array([1.0, -1.0, 0.5]) + rng.standard_normal(50) > 0).astype(float)
    th = rng.standard_normal(4)
    J, gw, gb = ref.logistic_objective(th[:3], th[3], X, y, 0.2)
    num = numerical_gradient(lambda t: ref.logistic_objective(t[:3], t[3], X, y, 0.2)[0], th)
    np.testing.assert_allclose(np.append(gw, gb), num, atol=1e-8)
    L = 0.25 * np.linalg.eigvalsh(np.column_stack([X, np.ones(50)]).T @ np.column_stack([X, np.ones(50)]) / 50)[-1] + 0.2
    w, b, hist = ref.fit_logistic_gd(X, y, 0.2, 1 / L, 1500)
    # scipy's BFGS on the same objective (equivalently scikit-learn's LogisticRegression(C=1/(lam n)))
    fun = lambda t: ref.logistic_objective(t[:3], t[3], X, y, 0.2)[0]
    jac = lambda t: np.append(*ref.logistic_objective(t[:3], t[3], X, y, 0.2)[1:])
    res = minimize(fun, np.zeros(4), jac=jac, method="BFGS", options={"gtol": 1e-12})
    np.testing.assert_allclose(np.append(w, b), res.x, atol=1e-6)
    assert np.linalg.norm(jac(np.append(w, b))) < 1e-9
    assert np.all(np.diff(hist) <= 1e-15)


def test_early_stopping_cases():
    assert ref.early_stopping([5, 4, 4.5, 3, 3.5, 3.2, 3.1, 2], 2) == (3, 5)
    assert ref.early_stopping([1.0, 2.0, 3.0], 5) == (0, 2)
    assert ref.early_stopping([2.0, 1.0, 1.0, 1.0, 0.5], 2) == (1, 3)
    assert ref.early_stopping([1.0, np.nan, np.nan, 0.5], 2) == (0, 2)
    with pytest.raises(ValueError):
        ref.early_stopping([], 1)


# --- 02-convex-vs-non-convex ---------------------------------------------------------------------
def test_convexity_gap_signs():
    rng = np.random.default_rng(6)
    th = np.linspace(0, 1, 9)
    for _ in range(5):
        x, y = rng.standard_normal(3), rng.standard_normal(3)
        assert np.all(ref.convexity_gap(lambda p: float(np.logaddexp.reduce(p)), x, y, th) <= 1e-12)
    g = ref.convexity_gap(lambda p: float(np.cos(p[0])), np.array([-np.pi]), np.array([np.pi]), np.array([0.5]))
    np.testing.assert_allclose(g, [2.0])


def test_classify_critical_point_against_eigenvalues():
    import scipy.linalg
    rng = np.random.default_rng(7)
    for eigs, label in [([1, 2], "minimum"), ([-1, -2], "maximum"), ([1, -2], "saddle"), ([0, 3], "degenerate")]:
        Q = scipy.linalg.qr(rng.standard_normal((2, 2)))[0]
        H = (Q * np.array(eigs, float)) @ Q.T
        assert ref.classify_critical_point((H + H.T) / 2) == label


def test_multistart_gd_finds_the_global_well():
    f = lambda x: float((x[0] ** 2 - 1) ** 2 + 0.3 * x[0])
    g = lambda x: np.array([4 * x[0] * (x[0] ** 2 - 1) + 0.3])
    finals, values, best = ref.multistart_gd(f, g, np.array([[1.5], [-1.5]]), 0.05, 200)
    assert best == 1 and finals[1, 0] < 0 and values[1] < values[0]


# --- 01-optimization-intuition -------------------------------------------------------------------
def test_golden_section_matches_scipy_and_counts():
    import math
    from scipy.optimize import minimize_scalar
    f = lambda t: (t - 1.3) ** 2 + 0.2 * np.sin(3 * t)
    x, n = ref.golden_section_search(f, -2.0, 4.0, tol=1e-6)
    sc = minimize_scalar(f, bounds=(-2, 4), method="bounded", options={"xatol": 1e-10}).x
    assert abs(x - sc) < 1e-6
    r = (math.sqrt(5) - 1) / 2
    assert abs(n - (2 + math.ceil(math.log(1e-6 / 6) / math.log(r)))) <= 1


def test_grid_and_random_search():
    f = lambda p: float((p[0] - 0.3) ** 2 + (p[1] + 0.6) ** 2)
    p, v = ref.grid_search(f, [0.0, -1.0], [1.0, 1.0], 3)
    np.testing.assert_allclose(p, [0.5, -1.0]) and np.testing.assert_allclose(v, 0.2)
    pts = np.random.default_rng(0).uniform([0.0, -1.0], [1.0, 1.0], size=(50, 2))
    p, v = ref.random_search(f, [0.0, -1.0], [1.0, 1.0], 50, np.random.default_rng(0))
    np.testing.assert_allclose(p, pts[np.argmin([f(q) for q in pts])])
