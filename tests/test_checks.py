"""The checks vocabulary: each check passes on right answers, fails on wrong ones with a useful
message, writes nothing to stdout/stderr, and forbid() always restores what it replaced."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_utils import checks
from course_utils.checks import (ForbiddenCallError, assert_close, assert_gradient, assert_no_loops,
                                 assert_raises, assert_shape, assert_true, assert_unchanged, forbid,
                                 no_warnings, rel_error)


def fails(fn, *args, match=None, **kwargs):
    with pytest.raises(AssertionError, match=match):
        fn(*args, **kwargs)


def test_assert_close_accepts_right_answers(capfd):
    assert_close(np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-12]))
    assert_close(3.0, 3.0)
    assert_close(np.float64(3.0), 3.0)
    assert_close(np.array([1, 2]), np.array([1, 2]))
    assert_close((np.ones(2), 1.5), (np.ones(2), 1.5))
    assert_close(np.array([np.nan, np.inf]), np.array([np.nan, np.inf]))
    assert capfd.readouterr() == ("", "")


def test_assert_close_checks_type_then_shape_then_kind_then_values():
    fails(assert_close, [1.0, 2.0], np.array([1.0, 2.0]), match="expected a numpy.ndarray")
    fails(assert_close, np.ones(3), np.ones((3, 1)), match="expected shape")
    fails(assert_close, np.ones(2, dtype=int), np.ones(2), match="floating point")
    fails(assert_close, np.array([1.0, 2.5]), np.array([1.0, 2.0]), match=r"index \(1,\)")
    fails(assert_close, np.array([1.0]), 1.0, match="single real number")
    fails(assert_close, True, 1.0, match="single real number")
    fails(assert_close, 1.0, True, match="expected a bool")
    fails(assert_close, (1.0,), (1.0, 2.0), match="expected 2 items")
    fails(assert_close, np.array([np.inf]), np.array([-np.inf]))
    fails(assert_close, np.array([np.nan]), np.array([0.0]))


def test_assert_close_message_names_the_value_and_shows_both():
    with pytest.raises(AssertionError) as info:
        assert_close(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[1.0, 2.0], [3.0, 5.0]]), name="f(X)")
    text = str(info.value)
    assert "f(X)" in text and "(1, 1)" in text and "got 4" in text and "expected 5" in text


def test_redaction_hides_expected_values(monkeypatch):
    monkeypatch.setenv("COURSE_REDACT_VALUES", "1")
    with pytest.raises(AssertionError) as info:
        assert_close(np.array([1.0, 2.0]), np.array([1.0, 123.456]), name="f")
    assert "123.456" not in str(info.value) and "got 2" in str(info.value)


@settings(max_examples=60, deadline=None)
@given(hnp.arrays(np.float64, hnp.array_shapes(max_dims=3, max_side=5),
                  elements=st.floats(-1e6, 1e6, allow_nan=False)))
def test_assert_close_is_reflexive_and_catches_any_perturbation(a):
    assert_close(a.copy(), a)
    if a.size:
        b = a.copy()
        b.flat[0] += 1.0 + abs(b.flat[0]) * 1e-3
        fails(assert_close, b, a)


def test_small_checks():
    assert_shape(np.zeros((2, 3)), (2, 3))
    fails(assert_shape, np.zeros((3, 2)), (2, 3), match="expected shape")
    fails(assert_shape, [[0, 0]], (1, 2), match="numpy.ndarray")
    assert_true(True, "never")
    fails(assert_true, False, "the message", match="the message")
    fails(assert_true, np.array([1, 1]), "x", match="internal")
    assert_raises(ValueError, int, "x")
    fails(assert_raises, ValueError, int, "3", match="returned normally")
    fails(assert_raises, KeyError, int, "x", match="raised ValueError")
    assert rel_error(np.ones(3), np.ones(3)) == 0.0
    assert rel_error([1.0], [3.0]) == pytest.approx(0.5)


def test_assert_unchanged_detects_in_place_edits():
    x = np.arange(3.0)
    with assert_unchanged(x):
        _ = x + 1
    with pytest.raises(AssertionError, match="modified in place"):
        with assert_unchanged(x):
            x[0] = 10.0


def test_gradient_checks():
    A = np.array([[2.0, 1.0], [0.0, 3.0]])
    f = lambda x: float(x @ A @ x)  # noqa: E731
    x = np.array([0.3, -1.2])
    assert_gradient(f, (A + A.T) @ x, x)
    fails(assert_gradient, f, 2 * A @ x, x, match="relative error")
    fails(assert_gradient, f, lambda z: ((A + A.T) @ z)[:1], x, match="shape")
    np.testing.assert_allclose(checks.numerical_gradient(f, x), (A + A.T) @ x, rtol=1e-7, atol=1e-9)
    x_before = x.copy()
    checks.numerical_gradient(f, x)
    np.testing.assert_array_equal(x, x_before)


def test_forbid_trips_and_restores_everywhere():
    original = np.linalg.qr
    ns = {"qr": np.linalg.qr, "np": np}
    with forbid("numpy.linalg.qr", namespace=ns):
        with pytest.raises(ForbiddenCallError, match="np.linalg.qr"):
            np.linalg.qr(np.eye(2))
        with pytest.raises(ForbiddenCallError):
            ns["qr"](np.eye(2))
        import numpy.linalg._linalg as inner
        with pytest.raises(ForbiddenCallError):
            inner.qr(np.eye(2))
    assert np.linalg.qr is original and ns["qr"] is original
    with pytest.raises(RuntimeError):
        with forbid("numpy.linalg.qr"):
            raise RuntimeError("boom")
    assert np.linalg.qr is original
    np.linalg.qr(np.eye(2))


def test_forbid_tripwire_is_not_caught_by_assert_raises():
    def uses_shortcut():
        return np.linalg.det(np.eye(2))
    with forbid("numpy.linalg.det"):
        with pytest.raises(ForbiddenCallError):
            assert_raises(ValueError, uses_shortcut)


def test_assert_no_loops():
    def vectorised(x):
        return (x * x).sum()

    def loop(x):
        return sum(v * v for v in x)

    def uses_helper(x):
        return helper(x)

    def helper(x):
        total = 0
        for v in x:
            total += v
        return total

    assert_no_loops(vectorised)
    fails(assert_no_loops, loop, match="Python loop")
    helper.__module__ = "__main__"
    fails(assert_no_loops, uses_helper, namespace={"helper": helper}, match="helper")


def test_no_warnings_turns_warnings_into_failures(capfd):
    with no_warnings("ok"):
        np.exp(1.0)
    with pytest.raises(AssertionError, match="RuntimeWarning"):
        with no_warnings("overflowing"):
            np.exp(np.array([1000.0]))
    assert capfd.readouterr().err == ""
