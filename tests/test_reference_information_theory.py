"""The unit 06 references agree with scipy/scikit-learn (or closed forms) on seeded random inputs."""
import numpy as np
import pytest
import scipy.stats
from scipy.integrate import quad
from sklearn.metrics import log_loss

from course_utils.reference import information_theory as ref


def _dist(rng, n, zeros=True):
    p = rng.dirichlet(np.ones(n))
    if zeros and n > 1:
        p[rng.random(n) < 0.3] = 0.0
        if p.sum() == 0:
            p[0] = 1.0
    return p / p.sum()


@pytest.mark.parametrize("n", [1, 2, 5, 100])
@pytest.mark.parametrize("base", [2, np.e, 10])
def test_entropy_matches_scipy(n, base):
    p = _dist(np.random.default_rng(n), n)
    assert ref.entropy(p, base) == pytest.approx(scipy.stats.entropy(p, base=base), rel=1e-12, abs=1e-14)


def test_entropy_rejects_invalid():
    for bad in ([0.5, 0.6], [], [[0.5, 0.5]], [1.5, -0.5], [np.nan, 1.0]):
        with pytest.raises(ValueError):
            ref.entropy(bad)
    with pytest.raises(ValueError):
        ref.entropy([0.5, 0.5], base=1)


def test_information_gain_matches_scipy_counts():
    rng = np.random.default_rng(3)
    y = rng.integers(0, 4, size=60)
    left = rng.random(60) < 0.4

    def h(lab):
        return scipy.stats.entropy(np.unique(lab, return_counts=True)[1], base=2) if lab.size else 0.0

    expected = h(y) - left.mean() * h(y[left]) - (1 - left.mean()) * h(y[~left])
    assert ref.information_gain(y, left) == pytest.approx(expected, rel=1e-12)
    assert ref.information_gain(y, np.ones(60, bool)) == pytest.approx(0.0, abs=1e-12)


@pytest.mark.parametrize("n", [1, 3, 50])
@pytest.mark.parametrize("base", [2, np.e])
def test_cross_entropy_and_kl_match_scipy(n, base):
    rng = np.random.default_rng(10 + n)
    p, q = _dist(rng, n), _dist(rng, n, zeros=False)
    h = scipy.stats.entropy(p, base=base)
    kl = scipy.stats.entropy(p, q, base=base)
    assert ref.kl_divergence(p, q, base) == pytest.approx(kl, rel=1e-10, abs=1e-12)
    assert ref.cross_entropy(p, q, base) == pytest.approx(h + kl, rel=1e-10, abs=1e-12)


def test_inf_when_q_misses_support():
    p, q = np.array([0.5, 0.5]), np.array([1.0, 0.0])
    assert ref.cross_entropy(p, q) == np.inf and ref.kl_divergence(p, q) == np.inf
    assert np.isinf(scipy.stats.entropy(p, q))
    assert ref.kl_divergence(q, p) == pytest.approx(1.0)


def test_softmax_cross_entropy_matches_log_loss_and_gradient():
    rng = np.random.default_rng(5)
    Z = rng.standard_normal((20, 4)) * 3
    y = rng.integers(0, 4, size=20)
    loss, grad = ref.softmax_cross_entropy(Z, y)
    P = np.exp(Z - Z.max(1, keepdims=True)); P /= P.sum(1, keepdims=True)
    assert loss == pytest.approx(log_loss(y, P, labels=range(4)), rel=1e-10)
    eps, num = 1e-6, np.zeros_like(Z)
    for idx in np.ndindex(Z.shape):
        Zp, Zm = Z.copy(), Z.copy(); Zp[idx] += eps; Zm[idx] -= eps
        num[idx] = (ref.softmax_cross_entropy(Zp, y)[0] - ref.softmax_cross_entropy(Zm, y)[0]) / (2 * eps)
    np.testing.assert_allclose(grad, num, atol=1e-7)
    big, _ = ref.softmax_cross_entropy(np.array([[1000.0, 0.0]]), np.array([1]))
    assert big == pytest.approx(1000.0)


def test_gaussian_kl_matches_numerical_integral():
    mp, vp, mq, vq = 0.3, 0.5, -1.0, 2.0
    p, q = scipy.stats.norm(mp, np.sqrt(vp)), scipy.stats.norm(mq, np.sqrt(vq))
    num = quad(lambda x: p.pdf(x) * (p.logpdf(x) - q.logpdf(x)), -20, 20)[0]
    assert ref.gaussian_kl(mp, vp, mq, vq) == pytest.approx(num, rel=1e-8)
    assert ref.gaussian_kl([0.0, 1.0], [1.0, 1.0], [0.0, 1.0], [1.0, 1.0]) == 0.0


def test_mutual_information_matches_entropy_identity_and_sklearn():
    from sklearn.metrics import mutual_info_score

    rng = np.random.default_rng(9)
    P = rng.dirichlet(np.ones(15)).reshape(3, 5)
    P[1, 2] = 0.0
    P /= P.sum()
    px, py = P.sum(1), P.sum(0)
    expected = scipy.stats.entropy(px, base=2) + scipy.stats.entropy(py, base=2) - scipy.stats.entropy(P.ravel(), base=2)
    assert ref.mutual_information(P) == pytest.approx(expected, rel=1e-10)
    assert ref.mutual_information(np.outer(px, py)) == pytest.approx(0.0, abs=1e-12)
    x, y = rng.integers(-4, 4, size=300), rng.integers(0, 6, size=300)
    assert ref.mutual_info_from_labels(x, y, np.e) == pytest.approx(mutual_info_score(x, y), rel=1e-10)
