"""The unit 04 (statistics) references agree with numpy/scipy/scikit-learn on seeded random inputs."""
import numpy as np
import pytest
from scipy import stats

from course_utils.reference import stats as ref


# --- 04-hypothesis-testing -----------------------------------------------------------------------
@pytest.mark.parametrize("n1,n2", [(2, 2), (3, 9), (25, 7), (100, 80)])
def test_welch_t_test_matches_scipy(n1, n2):
    rng = np.random.default_rng(n1 * 31 + n2)
    a, b = rng.normal(0, 2, n1), rng.normal(0.5, 1, n2)
    res = stats.ttest_ind(a, b, equal_var=False)
    np.testing.assert_allclose(ref.welch_t_test(a, b), (res.statistic, res.df, res.pvalue), rtol=1e-9)


def test_welch_t_test_errors():
    with pytest.raises(ValueError):
        ref.welch_t_test([1.0], [1.0, 2.0])
    with pytest.raises(ValueError):
        ref.welch_t_test([1.0, 1.0], [2.0, 2.0])


@pytest.mark.parametrize("seed", [0, 1])
def test_exact_permutation_p_value_matches_scipy(seed):
    rng = np.random.default_rng(seed)
    a, b = rng.normal(0, 1, 5), rng.normal(0.8, 1, 6)
    res = stats.permutation_test((a, b), lambda x, y, axis: np.abs(x.mean(axis) - y.mean(axis)),
                                 permutation_type="independent", n_resamples=np.inf,
                                 alternative="greater", vectorized=True)
    assert ref.exact_permutation_p_value(a, b) == pytest.approx(res.pvalue, rel=1e-12)


def test_monte_carlo_permutation_test_within_error_band():
    a = np.array([0, 0, 1, 1, 1, 1.0])
    b = np.array([0, 0, 0, 0, 1, 1, 0.0])
    exact = ref.exact_permutation_p_value(a, b)
    got = ref.permutation_test(a, b, 2000, np.random.default_rng(0))
    assert abs(got - exact) <= 5 * np.sqrt(exact * (1 - exact) / 2000) + 2 / 2001
    assert got == ref.permutation_test(a, b, 2000, np.random.default_rng(0))


# --- 06-correlation-vs-covariance ----------------------------------------------------------------
@pytest.mark.parametrize("n", [2, 5, 100])
def test_pearson_correlation_matches_numpy_and_scipy(n):
    rng = np.random.default_rng(n)
    x = rng.normal(3, 2, n)
    y = 0.5 * x + rng.normal(0, 1, n)
    r = ref.pearson_correlation(x, y)
    assert r == pytest.approx(np.corrcoef(x, y)[0, 1], rel=1e-10, abs=1e-12)
    assert r == pytest.approx(stats.pearsonr(x, y).statistic, rel=1e-10, abs=1e-12)


def test_pearson_correlation_large_offset_and_errors():
    e = np.random.default_rng(3).standard_normal((2, 200))
    assert ref.pearson_correlation(1e8 + e[0], 1e8 + e[1]) == pytest.approx(np.corrcoef(e)[0, 1], abs=1e-6)
    for bad in [(np.full(7, 0.1), np.arange(7.0)), (np.arange(3.0), np.arange(4.0)), ([1.0], [2.0])]:
        with pytest.raises(ValueError):
            ref.pearson_correlation(*bad)


@pytest.mark.parametrize("n,d", [(2, 1), (3, 5), (50, 4)])
def test_covariance_matrix_matches_numpy(n, d):
    X = np.random.default_rng(n + d).normal(5, 3, (n, d))
    np.testing.assert_allclose(ref.covariance_matrix(X), np.cov(X, rowvar=False).reshape(d, d), rtol=1e-10, atol=1e-12)


# --- 05-confidence-intervals ---------------------------------------------------------------------
@pytest.mark.parametrize("n,conf", [(2, 0.95), (10, 0.9), (200, 0.99)])
def test_t_confidence_interval_matches_scipy(n, conf):
    x = np.random.default_rng(n).normal(4, 2, n)
    expected = stats.t.interval(conf, n - 1, loc=x.mean(), scale=stats.sem(x))
    np.testing.assert_allclose(ref.t_confidence_interval(x, conf), expected, rtol=1e-12)


def test_bootstrap_percentile_ci_recipe_and_theory():
    x = np.random.default_rng(1).normal(10, 2, 300)
    got = ref.bootstrap_percentile_ci(x, np.mean, 3000, 0.95, np.random.default_rng(2))
    idx = np.random.default_rng(2).choice(x.size, size=(3000, x.size))        # same stream as integers()
    np.testing.assert_allclose(got, np.percentile(x[idx].mean(axis=1), [2.5, 97.5]), rtol=1e-12)
    se = x.std(ddof=1) / np.sqrt(x.size)
    assert abs((got[1] - got[0]) / (2 * 1.96 * se) - 1) < 0.1
    res = stats.bootstrap((x,), np.mean, n_resamples=3000, method="percentile", random_state=0)
    np.testing.assert_allclose(got, (res.confidence_interval.low, res.confidence_interval.high), rtol=2e-3)


# --- 03-parameter-estimation ---------------------------------------------------------------------
@pytest.mark.parametrize("k,theta,n", [(0.1, 2.0, 50), (1.0, 3.0, 2), (5.0, 1.0, 500), (150.0, 1e4, 40)])
def test_gamma_mle_matches_scipy(k, theta, n):
    x = np.random.default_rng(int(k * 10) + n).gamma(k, theta, n)
    a, _, scale = stats.gamma.fit(x, floc=0)
    np.testing.assert_allclose(ref.gamma_mle(x), (a, scale), rtol=1e-9)


def test_gamma_method_of_moments_matches_moments():
    x = np.random.default_rng(0).gamma(2.5, 1.5, 1000)
    k, theta = ref.gamma_method_of_moments(x)
    np.testing.assert_allclose(stats.gamma(k, scale=theta).stats("mv"), (x.mean(), x.var()), rtol=1e-12)
    with pytest.raises(ValueError):
        ref.gamma_method_of_moments([1.0, -1.0, 2.0])
    with pytest.raises(ValueError):
        ref.gamma_mle([2.0, 2.0, 2.0])


# --- 01-descriptive-statistics -------------------------------------------------------------------
@pytest.mark.parametrize("n", [1, 2, 9, 100])
def test_quantile_matches_numpy(n):
    rng = np.random.default_rng(n)
    x, q = rng.normal(size=n), rng.uniform(size=(3, 4))
    np.testing.assert_allclose(ref.quantile(x, q), np.quantile(x, q), rtol=1e-12, atol=1e-12)
    assert ref.quantile(x, 0.5) == pytest.approx(np.median(x), rel=1e-12)


def test_welford_matches_numpy_far_from_zero():
    x = 1e9 + np.random.default_rng(0).standard_normal(1000)
    state = (0, 0.0, 0.0)
    for v in x:
        state = ref.welford_update(state, v)
    assert state[0] == 1000
    assert state[1] == pytest.approx(x.mean(), rel=1e-14)
    assert state[2] / 999 == pytest.approx(np.var(x - 1e9, ddof=1), rel=1e-6)


def test_robust_zscores_match_scipy():
    x = np.random.default_rng(1).standard_t(3, 200)
    expected = (x - np.median(x)) / stats.median_abs_deviation(x, scale="normal")
    np.testing.assert_allclose(ref.robust_zscores(x), expected, rtol=1e-12)


# --- 07-bias-variance-tradeoff -------------------------------------------------------------------
def test_bias_variance_identity():
    rng = np.random.default_rng(0)
    f = rng.normal(size=9)
    P = f + 0.3 + rng.normal(size=(40, 9))
    b, v = ref.bias_variance_decomposition(P, f)
    assert b + v == pytest.approx(np.mean((P - f) ** 2), rel=1e-12)
    assert v == pytest.approx(np.mean(np.var(P, axis=0)), rel=1e-12)


def test_simulate_polynomial_fits_matches_polyfit_and_theory():
    xt = np.linspace(-0.9, 0.9, 11)
    P = ref.simulate_polynomial_fits(3, 20, 5, 0.2, xt, np.random.default_rng(1))
    g = np.random.default_rng(1)
    X, N = g.uniform(-1, 1, (5, 20)), g.standard_normal((5, 20))
    expected = [np.polyval(np.polyfit(x, np.sin(np.pi * x) + 0.2 * e, 3), xt) for x, e in zip(X, N)]
    np.testing.assert_allclose(P, expected, rtol=1e-8, atol=1e-10)
    P0 = ref.simulate_polynomial_fits(0, 10, 3000, 0.5, xt, np.random.default_rng(2))
    assert ref.bias_variance_decomposition(P0, np.sin(np.pi * xt))[1] == pytest.approx(0.75 / 10, rel=0.15)


# --- 08-statistics-in-ml -------------------------------------------------------------------------
@pytest.mark.parametrize("n,k", [(2, 2), (7, 3), (23, 5), (100, 10)])
def test_kfold_indices_match_sklearn(n, k):
    from sklearn.model_selection import KFold

    for (tr, te), (tr_s, te_s) in zip(ref.kfold_indices(n, k), KFold(k).split(np.zeros(n))):
        np.testing.assert_array_equal(tr, tr_s)
        np.testing.assert_array_equal(te, te_s)
    folds = ref.kfold_indices(n, k, shuffle=True, rng=np.random.default_rng(0))
    np.testing.assert_array_equal(np.sort(np.concatenate([te for _, te in folds])), np.arange(n))


def test_cross_val_mse_matches_sklearn():
    from sklearn.linear_model import LinearRegression
    from sklearn.model_selection import KFold, cross_val_score

    rng = np.random.default_rng(0)
    X = rng.normal(size=(37, 3))
    y = X @ [1.0, -2.0, 0.5] + rng.normal(size=37)

    def ols(Xt, yt, Xs):
        A = np.column_stack([np.ones(len(Xt)), Xt])
        return np.column_stack([np.ones(len(Xs)), Xs]) @ np.linalg.lstsq(A, yt, rcond=None)[0]

    expected = -cross_val_score(LinearRegression(), X, y, cv=KFold(5), scoring="neg_mean_squared_error")
    np.testing.assert_allclose(ref.cross_val_mse(X, y, ols, 5), expected, rtol=1e-9)


# --- 02-sampling-methods -------------------------------------------------------------------------
def test_stratified_sample_indices_counts_and_partition():
    labels = np.random.default_rng(0).integers(0, 4, 301)
    idx = ref.stratified_sample_indices(labels, 0.3, np.random.default_rng(1))
    classes, counts = np.unique(labels, return_counts=True)
    np.testing.assert_array_equal([np.sum(labels[idx] == c) for c in classes], np.round(0.3 * counts))
    assert np.unique(idx).size == idx.size and np.all(np.diff(idx) > 0)


def test_stratified_counts_agree_with_sklearn_when_exact():
    from sklearn.model_selection import train_test_split

    labels = np.repeat([0, 1, 2], [40, 30, 10])                 # 25 % of each class is an integer
    _, test = train_test_split(np.arange(80), test_size=0.25, stratify=labels, random_state=0)
    idx = ref.stratified_sample_indices(labels, 0.25, np.random.default_rng(0))
    np.testing.assert_array_equal(np.bincount(labels[idx]), np.bincount(labels[test]))


def test_reservoir_sample_inclusion_probabilities():
    rng = np.random.default_rng(0)
    counts = np.zeros(12)
    for _ in range(3000):
        counts[ref.reservoir_sample(iter(range(12)), 4, rng)] += 1
    sd = np.sqrt(3000 * (1 / 3) * (2 / 3))
    assert np.max(np.abs(counts - 1000)) < 5 * sd
    np.testing.assert_array_equal(ref.reservoir_sample(range(3), 5, rng), [0, 1, 2])
