"""The vocabulary of test cells.

Every graded test cell in the course calls these helpers. They share three rules:

* A check passes silently or raises ``AssertionError`` (or :class:`ForbiddenCallError`) with a
  message a student can act on: which quantity, what was expected, what came back.
* Nothing here writes to stdout or stderr: nbgrader scores a test cell 0 when it writes to stderr.
* Messages show values, never the source of the test that produced them.

When the environment variable ``COURSE_REDACT_VALUES`` is set to ``1`` (the grading pipeline sets it
while autograding), messages keep shapes, indices and error sizes but leave out the expected values,
so that feedback never hands out reference answers to hidden tests.
"""
from __future__ import annotations

import contextlib
import inspect
import math
import numbers
import os
import sys
import warnings
from typing import Any, Callable, Iterable, Iterator

import numpy as np

__all__ = [
    "assert_close",
    "assert_shape",
    "assert_true",
    "assert_raises",
    "assert_unchanged",
    "rel_error",
    "numerical_gradient",
    "assert_gradient",
    "forbid",
    "ForbiddenCallError",
    "cases",
    "no_warnings",
    "assert_no_loops",
]

_KIND_NAMES = {
    "b": "boolean",
    "i": "integer",
    "u": "unsigned integer",
    "f": "floating point",
    "c": "complex",
    "O": "object",
    "U": "string",
    "S": "bytes",
}


def _redact() -> bool:
    return os.environ.get("COURSE_REDACT_VALUES", "") == "1"


def _fmt(value: Any) -> str:
    """A short, readable rendering of a value for an error message."""
    with np.printoptions(precision=6, threshold=12, edgeitems=3, linewidth=100):
        if isinstance(value, np.ndarray):
            return np.array2string(value, separator=", ")
        if isinstance(value, (float, np.floating)):
            return f"{float(value):.10g}"
        text = repr(value)
    return text if len(text) <= 200 else text[:197] + "..."


def _typename(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"numpy.ndarray (dtype {value.dtype}, shape {value.shape})"
    return type(value).__module__.replace("builtins", "").strip(".") + (
        "." if type(value).__module__ != "builtins" else ""
    ) + type(value).__name__


def _is_real_scalar(value: Any) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return False
    return isinstance(value, (numbers.Real, np.integer, np.floating))


def _fail(message: str) -> None:
    raise AssertionError(message)


def assert_shape(got: Any, shape: tuple, *, name: str = "result") -> None:
    """Check that ``got`` is a NumPy array of exactly ``shape``."""
    if not isinstance(got, np.ndarray):
        _fail(f"{name}: expected a numpy.ndarray of shape {tuple(shape)}, got {_typename(got)}.")
    if got.shape != tuple(shape):
        _fail(f"{name}: expected shape {tuple(shape)}, got shape {got.shape}.")


def assert_true(condition: Any, message: str) -> None:
    """Raise ``AssertionError(message)`` unless ``condition`` is exactly truthy.

    Unlike a bare ``assert``, this also works when Python runs with ``-O`` and refuses arrays, whose
    truth value is ambiguous.
    """
    if isinstance(condition, np.ndarray):
        if condition.shape not in ((), (1,)):
            _fail(f"internal test error: assert_true got an array of shape {condition.shape}")
        condition = bool(condition.reshape(-1)[0])
    if not bool(condition):
        _fail(message)


def _check_kind(got: np.ndarray, expected: np.ndarray, name: str) -> None:
    ek, gk = expected.dtype.kind, got.dtype.kind
    compatible = {
        "f": {"f"},
        "c": {"c"},
        "i": {"i", "u"},
        "u": {"i", "u"},
        "b": {"b"},
    }
    allowed = compatible.get(ek, {ek})
    if gk not in allowed:
        _fail(
            f"{name}: expected a {_KIND_NAMES.get(ek, ek)} array, got dtype {got.dtype} "
            f"({_KIND_NAMES.get(gk, gk)})."
        )


def _first_bad_index(bad: np.ndarray) -> tuple:
    flat = int(np.flatnonzero(bad.reshape(-1))[0])
    return tuple(int(i) for i in np.unravel_index(flat, bad.shape))


def _compare_arrays(got: np.ndarray, expected: np.ndarray, name: str, rtol: float, atol: float,
                    equal_nan: bool) -> None:
    if got.shape != expected.shape:
        _fail(f"{name}: expected shape {expected.shape}, got shape {got.shape}.")
    _check_kind(got, expected, name)
    if expected.dtype.kind in "biu":
        bad = got != expected
    else:
        with np.errstate(all="ignore"):
            g = got.astype(np.complex128 if expected.dtype.kind == "c" else np.float64)
            e = expected.astype(g.dtype)
            both_nan = np.isnan(g) & np.isnan(e) if equal_nan else np.zeros(g.shape, bool)
            same_inf = np.isinf(g) & np.isinf(e) & (g == e)
            finite = np.isfinite(g) & np.isfinite(e)
            close = np.zeros(g.shape, bool)
            close[finite] = np.abs(g[finite] - e[finite]) <= atol + rtol * np.abs(e[finite])
            bad = ~(close | both_nan | same_inf)
    if not bad.any():
        return
    idx = _first_bad_index(bad)
    where = f" at index {idx}" if got.ndim else ""
    count = int(bad.sum())
    total = bad.size
    gv, ev = got[idx] if got.ndim else got[()], expected[idx] if expected.ndim else expected[()]
    detail = f"{count} of {total} entries differ" if got.ndim else "values differ"
    if _redact():
        try:
            err = abs(complex(gv) - complex(ev))
            size = f"; error there {err:.3g}" if math.isfinite(err) else ""
        except (TypeError, ValueError):
            size = ""
        _fail(f"{name}: wrong value{where}: got {_fmt(gv)} ({detail}{size}; "
              f"tolerance rtol={rtol:g}, atol={atol:g}).")
    _fail(
        f"{name}: wrong value{where}: got {_fmt(gv)}, expected {_fmt(ev)} "
        f"({detail}; tolerance rtol={rtol:g}, atol={atol:g})."
    )


def assert_close(got: Any, expected: Any, *, name: str = "result", rtol: float = 1e-7,
                 atol: float = 1e-9, equal_nan: bool = True) -> None:
    """Compare a student's result with the expected one: type, then shape, then dtype kind, then values.

    Parameters
    ----------
    got : the student's value (numpy array, real number, or a tuple/list of those).
    expected : the reference value. Its type decides what is accepted:
        * numpy array → ``got`` must be a numpy array of the same shape and a compatible dtype kind
          (float with float, integer with integer, bool with bool);
        * real number → ``got`` must be a real number (Python or NumPy scalar, not bool, not an array);
        * bool → ``got`` must be a bool (Python or NumPy);
        * tuple/list → ``got`` must be a tuple/list of the same length; items are compared in turn.
    name : how the message names the value, e.g. ``"pairwise_sq_dists(X, Y)"``.
    rtol, atol : elementwise ``|got - expected| <= atol + rtol * |expected|``.
    equal_nan : NaN in both places counts as equal. Infinities must match in sign.
    """
    if isinstance(expected, (tuple, list)):
        if not isinstance(got, (tuple, list)):
            _fail(f"{name}: expected a {type(expected).__name__} of length {len(expected)}, "
                  f"got {_typename(got)}.")
        if len(got) != len(expected):
            _fail(f"{name}: expected {len(expected)} items, got {len(got)}.")
        for i, (g, e) in enumerate(zip(got, expected)):
            assert_close(g, e, name=f"{name}[{i}]", rtol=rtol, atol=atol, equal_nan=equal_nan)
        return
    if isinstance(expected, (bool, np.bool_)):
        if not isinstance(got, (bool, np.bool_)):
            _fail(f"{name}: expected a bool, got {_typename(got)}.")
        if bool(got) != bool(expected):
            _fail(f"{name}: got {bool(got)}, expected {bool(expected)}." if not _redact()
                  else f"{name}: wrong truth value.")
        return
    if isinstance(expected, np.ndarray):
        if not isinstance(got, np.ndarray):
            _fail(f"{name}: expected a numpy.ndarray of shape {expected.shape}, got {_typename(got)}.")
        _compare_arrays(got, expected, name, rtol, atol, equal_nan)
        return
    if _is_real_scalar(expected):
        if isinstance(got, np.ndarray) or not _is_real_scalar(got):
            _fail(f"{name}: expected a single real number, got {_typename(got)}.")
        _compare_arrays(np.asarray(float(got)), np.asarray(float(expected)), name, rtol, atol,
                        equal_nan)
        return
    if isinstance(expected, (complex, np.complexfloating)):
        if not isinstance(got, (numbers.Complex, np.number)) or isinstance(got, (bool, np.bool_)):
            _fail(f"{name}: expected a number, got {_typename(got)}.")
        _compare_arrays(np.asarray(complex(got)), np.asarray(complex(expected)), name, rtol, atol,
                        equal_nan)
        return
    if got != expected:
        _fail(f"{name}: got {_fmt(got)}, expected {_fmt(expected)}." if not _redact()
              else f"{name}: wrong value.")


def assert_raises(exc_type: type[BaseException] | tuple, func: Callable, *args: Any,
                  name: str | None = None, match: str | None = None, **kwargs: Any) -> None:
    """Check that ``func(*args, **kwargs)`` raises ``exc_type`` (and, if given, that its message
    contains ``match``). Returns None, so it may end a test cell."""
    label = name or getattr(func, "__name__", "the function")
    wanted = exc_type.__name__ if isinstance(exc_type, type) else " or ".join(e.__name__ for e in exc_type)
    try:
        func(*args, **kwargs)
    except ForbiddenCallError:
        raise
    except exc_type as exc:
        if match is not None and match not in str(exc):
            _fail(f"{label}: raised {type(exc).__name__} as expected, but its message should mention {match!r}.")
        return None
    except Exception as exc:  # a different error: say which
        _fail(f"{label}: expected {wanted}, but it raised {type(exc).__name__}: {exc}")
    _fail(f"{label}: expected {wanted} to be raised, but it returned normally.")


@contextlib.contextmanager
def assert_unchanged(*arrays: np.ndarray, name: str = "input") -> Iterator[None]:
    """Check that the body does not modify the given arrays in place.

    ``with assert_unchanged(X, y): f(X, y)``
    """
    copies = [np.array(a, copy=True) for a in arrays]
    yield
    for i, (a, c) in enumerate(zip(arrays, copies)):
        same = a.shape == c.shape and np.array_equal(a, c, equal_nan=a.dtype.kind in "fc")
        if not same:
            label = name if len(arrays) == 1 else f"{name} #{i + 1}"
            _fail(f"{label} was modified in place; work on a copy (e.g. x = x.copy()) instead.")


def rel_error(a: Any, b: Any, eps: float = 1e-12) -> float:
    """Largest elementwise relative error ``|a - b| / max(|a| + |b|, eps)`` (the CS231n measure)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.shape != b.shape:
        raise ValueError(f"rel_error: shapes differ: {a.shape} vs {b.shape}")
    if a.size == 0:
        return 0.0
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(a) + np.abs(b), eps)))


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """Central-difference gradient of a scalar function ``f`` at ``x`` (any shape).

    The course's own tool for checking gradients; students write their own in unit 02. ``x`` is
    left unchanged.
    """
    x = np.array(x, dtype=float, copy=True)
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        fp = float(f(x))
        x[i] = old - h
        fm = float(f(x))
        x[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad


def assert_gradient(f: Callable[[np.ndarray], float], grad: Any, x: np.ndarray, *,
                    name: str = "gradient", h: float = 1e-5, tol: float = 1e-6) -> None:
    """Check an analytic gradient against central differences by (norm-wise) relative error.

    ``grad`` is either the gradient array at ``x`` or a callable returning it. CS231n's rule of
    thumb: a relative error below ~1e-7 is right, above ~1e-4 is almost surely wrong.
    """
    x = np.asarray(x, dtype=float)
    g = grad(x.copy()) if callable(grad) else grad
    if not isinstance(g, np.ndarray):
        _fail(f"{name}: expected a numpy.ndarray of shape {x.shape}, got {_typename(g)}.")
    if g.shape != x.shape:
        _fail(f"{name}: expected shape {x.shape} (the shape of the input), got {g.shape}.")
    num = numerical_gradient(f, x, h)
    # Norm-wise relative error ||g - num|| / (||g|| + ||num||): a component that is exactly 0
    # analytically comes out of central differences as ~1e-11 round-off, which an elementwise
    # relative error would count as a 100 % error.
    scale = max(float(np.linalg.norm(g) + np.linalg.norm(num)), 1e-12)
    err = float(np.linalg.norm(np.asarray(g, dtype=float) - num)) / scale
    if not err <= tol:
        _fail(f"{name}: relative error against central differences is {err:.3g} (must be <= {tol:g}).")


# --------------------------------------------------------------------------- forbidding shortcuts
class ForbiddenCallError(AssertionError):
    """Raised when an exercise calls a function it must implement itself."""


def _resolve(target: str) -> tuple[Any, str, Any]:
    """``"numpy.linalg.qr"`` → (numpy.linalg module object, "qr", the function)."""
    parts = target.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        modname = ".".join(parts[:cut])
        try:
            __import__(modname)
        except ImportError:
            continue
        obj = sys.modules[modname]
        for attr in parts[cut:-1]:
            obj = getattr(obj, attr)
        return obj, parts[-1], getattr(obj, parts[-1])
    raise ValueError(f"forbid: cannot resolve {target!r}")


def _tripwire(label: str) -> Callable:
    def tripwire(*args: Any, **kwargs: Any) -> Any:
        raise ForbiddenCallError(
            f"{label} is not allowed in this exercise: the point is to implement it yourself "
            f"(see the docstring)."
        )

    tripwire.__name__ = f"forbidden_{label.rsplit('.', 1)[-1]}"
    tripwire.__course_tripwire__ = True  # type: ignore[attr-defined]
    return tripwire


@contextlib.contextmanager
def forbid(*targets: str, namespace: dict | None = None) -> Iterator[None]:
    """Replace functions by tripwires that raise :class:`ForbiddenCallError` while the body runs.

    ``targets`` are dotted paths such as ``"numpy.linalg.qr"`` or
    ``"course_utils.reference.linear_algebra.gram_schmidt"``. Every reference to the same function
    object is replaced: in the module that defines it, in every loaded module that re-exports it
    (``numpy.linalg._linalg.qr`` as well as ``numpy.linalg.qr``), and in ``namespace`` (pass the
    notebook's ``globals()`` to catch ``from numpy.linalg import qr``). Everything is restored on
    exit, even when the body raises.
    """
    resolved = [(_resolve(t), _short(t)) for t in targets]
    wanted = {id(fn): (fn, label) for (_, _, fn), label in resolved}
    originals: list[tuple[Any, str, Any]] = []
    try:
        dicts = [d for d in (getattr(m, "__dict__", None) for m in list(sys.modules.values()))
                 if isinstance(d, dict)]
        if namespace is not None:
            dicts.append(namespace)
        for d in dicts:
            for key, value in list(d.items()):
                hit = wanted.get(id(value))
                if hit is not None and hit[0] is value:
                    originals.append((d, key, value))
                    d[key] = _tripwire(hit[1])
        for (owner, attr, fn), label in resolved:  # attributes of classes and other objects
            current = getattr(owner, attr, None)
            # A bound method (``scipy.stats.norm.cdf``) is a new object on every access: compare by ==.
            if current is fn or (inspect.ismethod(fn) and current == fn):
                originals.append((owner, attr, current))
                setattr(owner, attr, _tripwire(label))
        hit = {id(value) for _, _, value in originals}
        # (a target may be named twice under two paths; a bound method is caught by its owner)
        missed = [label for (owner, attr, fn), label in resolved
                  if id(fn) not in hit and not getattr(getattr(owner, attr, None), "__course_tripwire__", False)]
        if missed:  # a tripwire that is not in place would let the shortcut through silently
            raise RuntimeError(f"forbid: could not intercept {', '.join(missed)}")
        yield
    finally:
        for holder, key, value in reversed(originals):
            if isinstance(holder, dict):
                holder[key] = value
            else:
                setattr(holder, key, value)


def _short(target: str) -> str:
    for long, short in (("numpy.", "np."), ("scipy.", "scipy."), ("course_utils.reference.", "reference.")):
        if target.startswith(long):
            return short + target[len(long):]
    return target


# --------------------------------------------------------------------------- vectorisation
_LOOP_OPS = {"FOR_ITER", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "JUMP_ABSOLUTE"}


def _loops_in(code, seen: set) -> bool:
    import dis

    if id(code) in seen:
        return False
    seen.add(id(code))
    if any(ins.opname in _LOOP_OPS for ins in dis.get_instructions(code)):
        return True
    return any(_loops_in(const, seen) for const in code.co_consts if hasattr(const, "co_code"))


def assert_no_loops(func: Callable, *, namespace: dict | None = None, name: str | None = None) -> None:
    """Fail if ``func`` contains a Python-level loop (``for``, ``while``, comprehensions).

    Helper functions that ``func`` calls by global name are inspected too (pass the notebook's
    ``globals()`` as ``namespace``). Vectorised NumPy code passes; ``np.vectorize``,
    ``np.apply_along_axis`` and ``np.fromfunction`` are loops in disguise and should be forbidden
    separately with :func:`forbid`.
    """
    label = name or getattr(func, "__name__", "the function")
    namespace = namespace if namespace is not None else getattr(func, "__globals__", {})
    todo, seen_funcs, seen_code = [func], set(), set()
    while todo:
        f = todo.pop()
        if id(f) in seen_funcs:
            continue
        seen_funcs.add(id(f))
        code = getattr(f, "__code__", None)
        if code is None:
            continue
        if _loops_in(code, seen_code):
            helper = "" if f is func else f" (in the helper {getattr(f, '__name__', '?')})"
            _fail(f"{label} uses a Python loop{helper}; this exercise asks for vectorised NumPy code "
                  f"(broadcasting, matrix products, reductions).")
        for const in _all_names(code):
            candidate = namespace.get(const)
            if callable(candidate) and getattr(candidate, "__code__", None) is not None and \
                    getattr(candidate, "__module__", None) in (None, "__main__"):
                todo.append(candidate)


def _all_names(code) -> set:
    names = set(code.co_names) | set(code.co_freevars)
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            names |= _all_names(const)
    return names


# --------------------------------------------------------------------------- cases and warnings
def cases(seed: int, shapes: Iterable[tuple], *, low: float = -1.0, high: float = 1.0,
          scale: float | None = None) -> Iterator[np.ndarray]:
    """Seeded random arrays, one per shape: uniform on [low, high), or normal with ``scale``.

    ``for X in cases(0, [(1, 1), (5, 3), (40, 7)]): ...``
    """
    rng = np.random.default_rng(seed)
    for shape in shapes:
        if scale is None:
            yield rng.uniform(low, high, size=shape)
        else:
            yield rng.normal(0.0, scale, size=shape)


@contextlib.contextmanager
def no_warnings(name: str = "the function") -> Iterator[None]:
    """Fail (instead of writing to stderr) if the body emits any warning, NumPy floating-point ones included."""
    # Underflow to 0 is the normal, harmless end of e.g. exp(-large): it is not a defect.
    with warnings.catch_warnings(record=True) as caught, \
            np.errstate(over="warn", divide="warn", invalid="warn", under="ignore"):
        warnings.simplefilter("always")
        yield
    if caught:
        w = caught[0]
        _fail(f"{name} emitted a {w.category.__name__}: {w.message}. "
              f"A numerically careful implementation emits no warnings here.")

