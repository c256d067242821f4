"""The unit 03 references agree with numpy/scipy/scikit-learn on seeded random inputs."""
import numpy as np
import pytest
from scipy import stats
from scipy.special import logsumexp
from sklearn.naive_bayes import GaussianNB

from course_utils.reference import probability as ref


# --- 10-probability-in-ml ------------------------------------------------------------------------
@pytest.mark.parametrize("n,d,K,vs", [(1, 1, 1, 1e-9), (30, 4, 3, 1e-9), (50, 2, 5, 0.1), (12, 8, 2, 0.0)])
def test_gaussian_nb_fit_matches_sklearn(n, d, K, vs):
    rng = np.random.default_rng(n + d + K)
    X = rng.normal(rng.uniform(-10, 10, d), rng.uniform(0.5, 5, d), size=(n, d))
    y = rng.integers(0, K, size=n) * 3 - 1
    y[:K] = np.arange(K) * 3 - 1
    classes, priors, means, variances = ref.gaussian_nb_fit(X, y, vs)
    sk = GaussianNB(var_smoothing=vs).fit(X, y)
    np.testing.assert_array_equal(classes, sk.classes_)
    np.testing.assert_allclose(priors, sk.class_prior_, rtol=1e-12)
    np.testing.assert_allclose(means, sk.theta_, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(variances, sk.var_, rtol=1e-7, atol=1e-12)


def test_gaussian_nb_log_joint_and_normalize_match_sklearn():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 5)) + np.repeat(np.eye(3, 5) * 3, 20, axis=0)
    y = np.repeat([0, 1, 2], 20)
    sk = GaussianNB().fit(X, y)
    Xq = rng.normal(0, 3, size=(20, 5))
    L = ref.gaussian_nb_log_joint(Xq, sk.class_prior_, sk.theta_, sk.var_)
    expected = np.log(sk.class_prior_) + stats.norm.logpdf(Xq[:, None, :], sk.theta_, np.sqrt(sk.var_)).sum(2)
    np.testing.assert_allclose(L, expected, rtol=1e-10)
    np.testing.assert_allclose(ref.log_normalize(L), sk.predict_log_proba(Xq), rtol=1e-8, atol=1e-10)


def test_log_normalize_matches_logsumexp_and_errors():
    L = np.random.default_rng(1).normal(0, 1e4, size=(30, 6))
    np.testing.assert_allclose(ref.log_normalize(L), L - logsumexp(L, axis=1, keepdims=True), atol=1e-9)
    Li = np.array([[-np.inf, 0.0, 1.0]])
    np.testing.assert_allclose(ref.log_normalize(Li), Li - logsumexp(Li, axis=1, keepdims=True))
    with pytest.raises(ValueError):
        ref.log_normalize(np.array([[-np.inf, -np.inf]]))


# --- 06-bayes-theorem ----------------------------------------------------------------------------
def test_bayes_posterior_closed_form_and_errors():
    post = ref.bayes_posterior(np.array([0.01, 0.99]), np.array([0.95, 0.10]))
    np.testing.assert_allclose(post, [0.0095 / 0.1085, 0.099 / 0.1085])
    rng = np.random.default_rng(3)
    prior, lik = rng.dirichlet(np.ones(4)), rng.uniform(0, 2, size=(6, 4))
    np.testing.assert_allclose(ref.bayes_posterior(prior, lik).sum(1), 1.0)
    for bad in [(np.array([0.5, 0.6]), np.array([0.1, 0.2])), (np.array([0.5, 0.5]), np.array([0.0, 0.0]))]:
        with pytest.raises(ValueError):
            ref.bayes_posterior(*bad)


def test_sequential_posterior_matches_batch_update():
    rng = np.random.default_rng(4)
    prior, table = rng.dirichlet(np.ones(3)), rng.dirichlet(np.ones(4), size=3)
    obs = rng.integers(0, 4, size=2500)
    hist = ref.sequential_posterior(prior, table, obs)
    assert hist.shape == (2501, 3) and np.all(np.isfinite(hist))
    for t in (0, 1, 7, 2500):
        lj = np.log(prior) + np.log(table[:, obs[:t]]).sum(1)
        np.testing.assert_allclose(hist[t], np.exp(lj - logsumexp(lj)), rtol=1e-8, atol=1e-14)


def test_beta_binomial_posterior_matches_scipy():
    for a, b, s, n in [(2, 2, 7, 10), (0.5, 3.0, 40, 100), (5.0, 1.5, 0, 0)]:
        ap, bp, mean, mode = ref.beta_binomial_posterior(a, b, s, n)
        assert (ap, bp) == (a + s, b + n - s)
        np.testing.assert_allclose(mean, stats.beta(ap, bp).mean())
        g = np.linspace(0, 1, 100001)[1:-1]
        np.testing.assert_allclose(mode, g[np.argmax(stats.beta(ap, bp).logpdf(g))], atol=1e-4)
    assert np.isnan(ref.beta_binomial_posterior(1, 1, 0, 0)[3])


# --- 04-expected-value-and-variance --------------------------------------------------------------
def test_discrete_moments_match_scipy():
    rng = np.random.default_rng(5)
    p = rng.dirichlet(np.ones(8))
    m, v = stats.rv_discrete(values=(np.arange(8), p)).stats(moments="mv")
    np.testing.assert_allclose(ref.discrete_moments(np.arange(8), p), (m, v), rtol=1e-10)
    np.testing.assert_allclose(ref.discrete_moments(1e9 + np.array([0.0, 1, 2]), np.array([0.25, 0.5, 0.25])), (1e9 + 1, 0.5))


def test_running_mean_var_matches_numpy():
    x = 1e9 + np.random.default_rng(6).standard_normal(300)
    means, variances = ref.running_mean_var(x)
    s = x - x[0]
    np.testing.assert_allclose(means, [x[0] + s[:k].mean() for k in range(1, 301)], rtol=1e-14)
    np.testing.assert_allclose(variances, [np.var(s[:k]) for k in range(1, 301)], rtol=1e-6, atol=1e-12)


def test_mc_estimate_seeded_and_within_theory():
    est, se = ref.mc_estimate(lambda z: z ** 2, 10000, np.random.default_rng(7))
    z = np.random.default_rng(7).standard_normal(10000) ** 2
    assert (est, se) == (z.mean(), z.std(ddof=1) / 100.0)
    assert abs(est - 1.0) < 7 * np.sqrt(2 / 10000)


# --- 07-common-distributions ---------------------------------------------------------------------
@pytest.mark.parametrize("n,p", [(0, 0.3), (10, 0.0), (10, 1.0), (50, 0.2), (5000, 0.5)])
def test_binomial_pmf_matches_scipy(n, p):
    k = np.arange(-2, n + 3)
    got, expected = ref.binomial_pmf(k, n, p), stats.binom.pmf(k, n, p)
    mask = expected > 1e-280
    np.testing.assert_allclose(got[mask], expected[mask], rtol=1e-8)
    np.testing.assert_allclose(got.sum(), 1.0, rtol=1e-9)


def test_normal_cdf_matches_scipy_in_the_tails():
    x = np.concatenate([np.linspace(-37, 8, 500), [-np.inf, np.inf]])
    np.testing.assert_allclose(ref.normal_cdf(x, 0.0, 1.0), stats.norm.cdf(x), rtol=1e-10, atol=0)
    np.testing.assert_allclose(ref.normal_cdf(x, 3.0, 2.0), stats.norm.cdf(x, 3.0, 2.0), rtol=1e-10, atol=0)


def test_sample_exponential_is_seeded_and_exponential():
    x = ref.sample_exponential(2.0, 20000, np.random.default_rng(0))
    np.testing.assert_array_equal(x, -np.log1p(-np.random.default_rng(0).random(20000)) / 2.0)
    assert np.sqrt(20000) * stats.kstest(x, "expon", args=(0, 0.5)).statistic < 3.2


# --- 09-central-limit-theorem --------------------------------------------------------------------
def test_standardized_sample_means_closed_form():
    X = np.random.default_rng(8).normal(2.0, 3.0, size=(5, 16))
    np.testing.assert_allclose(ref.standardized_sample_means(X, 2.0, 3.0), 4.0 * (X.mean(1) - 2.0) / 3.0)


@pytest.mark.parametrize("m", [1, 2, 50, 2000])
def test_ks_statistic_normal_matches_scipy(m):
    z = np.random.default_rng(m).standard_t(4, size=m)
    np.testing.assert_allclose(ref.ks_statistic_normal(z), stats.kstest(z, "norm").statistic, rtol=1e-12)


def test_mean_confidence_interval_matches_scipy():
    x = np.random.default_rng(9).exponential(2.0, size=300)
    se = x.std(ddof=1) / np.sqrt(x.size)
    for conf in (0.5, 0.9, 0.95, 0.999):
        np.testing.assert_allclose(ref.mean_confidence_interval(x, conf), stats.norm.interval(conf, x.mean(), se), rtol=1e-12)


# --- 08-law-of-large-numbers ---------------------------------------------------------------------
def test_running_mean_and_deviation_probability():
    X = np.random.default_rng(10).normal(size=(30, 25))
    rm = ref.running_mean(X)
    for t in (0, 5, 24):
        np.testing.assert_allclose(rm[:, t], X[:, : t + 1].mean(1), rtol=1e-12)
    dp = ref.deviation_probability(X, 0.0, 0.3)
    np.testing.assert_allclose(dp, (np.abs(rm) >= 0.3).mean(0))
    np.testing.assert_allclose(ref.deviation_probability(np.array([[0.0, 1.0], [1.0, 1.0]]), 0.5, 0.5), [1.0, 0.5])


def test_sample_size_bounds_closed_form():
    assert ref.sample_size_bounds(0.05, 0.05, 0.5, 1.0)[1] == 738
    assert ref.sample_size_bounds(0.5, 0.25, 1.0, 1.0)[0] == 16
    n_c, n_h = ref.sample_size_bounds(0.013, 1e-3, 0.2, 2.0)
    assert n_c == int(np.ceil(0.04 / (1e-3 * 0.013 ** 2))) and n_h == int(np.ceil(4 * np.log(2e3) / (2 * 0.013 ** 2)))


# --- 05-joint-and-conditional-probability --------------------------------------------------------
def test_empirical_joint_matches_confusion_matrix():
    from sklearn.metrics import confusion_matrix

    rng = np.random.default_rng(11)
    x, y = rng.integers(0, 4, 500), rng.integers(0, 4, 500)
    np.testing.assert_allclose(ref.empirical_joint(x, y, 4, 4), confusion_matrix(x, y, labels=range(4)) / 500)


def test_conditional_table_and_covariance():
    P = np.array([[0.45, 0.05], [0.10, 0.40]])
    np.testing.assert_allclose(ref.conditional_table(P, "x"), [[0.9, 0.1], [0.2, 0.8]])
    np.testing.assert_allclose(ref.conditional_table(P, "y").sum(0), [1.0, 1.0])
    assert np.isnan(ref.conditional_table(np.array([[0.0, 0.0], [0.5, 0.5]]), "x")[0]).all()
    np.testing.assert_allclose(ref.covariance_from_joint(P, [0, 1], [0, 1]), 0.175)
    rng = np.random.default_rng(12)
    P2 = rng.dirichlet(np.ones(12)).reshape(3, 4)
    xv, yv = rng.normal(size=3), rng.normal(size=4)
    ii, jj = np.meshgrid(range(3), range(4), indexing="ij")
    expected = np.cov(xv[ii.ravel()], yv[jj.ravel()], aweights=P2.ravel(), ddof=0)[0, 1]
    np.testing.assert_allclose(ref.covariance_from_joint(P2, xv, yv), expected, rtol=1e-10)


# --- 03-probability-distributions ----------------------------------------------------------------
def test_discrete_cdf_matches_scipy():
    rng = np.random.default_rng(13)
    v, p = rng.permutation(10).astype(float), rng.dirichlet(np.ones(10))
    x = rng.uniform(-2, 12, size=(5, 6))
    o = np.argsort(v)
    np.testing.assert_allclose(ref.discrete_cdf(v, p, x), stats.rv_discrete(values=(v[o], p[o])).cdf(x), atol=1e-12)


def test_sample_discrete_seeded_and_frequencies():
    p = np.array([0.2, 0.5, 0.3])
    np.testing.assert_array_equal(ref.sample_discrete(p, 6, np.random.default_rng(0)), [1, 1, 0, 0, 2, 2])
    draws = ref.sample_discrete(p, 50000, np.random.default_rng(1))
    assert np.all(np.abs(np.bincount(draws, minlength=3) / 50000 - p) < 7 * np.sqrt(p * (1 - p) / 50000))


def test_histogram_density_matches_numpy():
    x = np.random.default_rng(14).normal(size=3000)
    d, e = ref.histogram_density(x, 17, (-2.0, 2.5))
    d2, e2 = np.histogram(x, 17, range=(-2.0, 2.5), density=True)
    np.testing.assert_allclose(d, d2, rtol=1e-12)
    np.testing.assert_allclose(e, e2)


# --- 02-random-variables -------------------------------------------------------------------------
def test_pmf_of_function_and_sum():
    yv, pv = ref.pmf_of_function(np.arange(-2, 3), np.full(5, 0.2), lambda x: x ** 2)
    np.testing.assert_allclose(yv, [0, 1, 4])
    np.testing.assert_allclose(pv, [0.2, 0.4, 0.4])
    rng = np.random.default_rng(15)
    p, q = rng.dirichlet(np.ones(7)), rng.dirichlet(np.ones(4))
    np.testing.assert_allclose(ref.pmf_of_sum(p, q), np.convolve(p, q), atol=1e-15)
    b = np.array([1.0])
    for _ in range(10):
        b = ref.pmf_of_sum(b, np.array([0.6, 0.4]))
    np.testing.assert_allclose(b, stats.binom.pmf(np.arange(11), 10, 0.4), atol=1e-15)


def test_lognormal_pdf_matches_scipy():
    y = np.concatenate([np.linspace(-1, 20, 200), np.logspace(-8, 8, 50)])
    np.testing.assert_allclose(ref.lognormal_pdf(y, 0.4, 0.9), stats.lognorm.pdf(y, 0.9, scale=np.exp(0.4)), rtol=1e-10, atol=1e-300)


# --- 01-probability-basics -----------------------------------------------------------------------
def test_event_probability_rules():
    dice = np.array([(a, b) for a in range(1, 7) for b in range(1, 7)])
    A = ref.event_probability(lambda w: w.sum(1) == 7, dice)
    B = ref.event_probability(lambda w: w[:, 0] % 2 == 0, dice)
    AB = ref.event_probability(lambda w: (w.sum(1) == 7) & (w[:, 0] % 2 == 0), dice)
    np.testing.assert_allclose([A, B, AB], [1 / 6, 1 / 2, 1 / 12])
    assert ref.event_probability(lambda w: w == 1, np.array([0, 1]), np.array([0.3, 0.7])) == 0.7


def test_birthday_probability_exact():
    from fractions import Fraction
    import math

    for n, d in [(0, 365), (3, 365), (23, 365), (50, 365), (10, 10), (11, 10)]:
        exact = 1.0 if n > d else float(1 - Fraction(math.perm(d, n), d ** n))
        np.testing.assert_allclose(ref.birthday_probability(n, d), exact, rtol=1e-12)
    np.testing.assert_allclose(ref.birthday_probability(4, 10 ** 12), 6e-12, rtol=1e-6)


def test_mc_probability_seeded_and_within_theory():
    p, se = ref.mc_probability(lambda u: (u ** 2).sum(1) <= 1, 40000, 2, np.random.default_rng(2))
    hits = (np.random.default_rng(2).random((40000, 2)) ** 2).sum(1) <= 1
    assert p == hits.mean() and se == np.sqrt(p * (1 - p) / 40000)
    assert abs(p - np.pi / 4) < 7 * np.sqrt(np.pi / 4 * (1 - np.pi / 4) / 40000)
