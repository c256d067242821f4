"""Re-verify a graded notebook outside the student's kernel.

Why
---
During autograding the student's code runs in the same kernel as the tests, so it can rebind
anything the tests rely on (``np.allclose = lambda *a, **k: True``, ``course_utils.checks``, the
reference implementations, ``builtins.AssertionError``, IPython's hooks). The in-kernel result alone
cannot be trusted. :func:`reverify_notebook` re-runs the tests in a process the student's code never
touched and calls the student's functions in another process.

How
---
Two fresh processes per notebook:

* **S** (sandbox, untrusted): a fork of a warm *S zygote* (a ``python -I`` of this grader that has
  imported NumPy/SciPy/matplotlib/scikit-learn and ``course_utils.checks``, never the references,
  and never runs student code) which applies the course sandbox itself (private view, rlimits,
  privilege drop); any other ``preexec_fn`` gets a cold ``python -I`` started with it. A fresh
  temporary working directory, a minimal environment, stdin/stdout/stderr on ``/dev/null``. It
  executes the submission's code cells (every code cell except the test cells) **lazily, in notebook order**: before P runs test cell *t*, S has run the submission's cells above
  *t*, as a kernel would have. Each cell runs in ``try/except`` with a per-cell alarm; IPython syntax
  (magics) is translated and ``get_ipython()``/``display`` are inert stubs; matplotlib uses Agg and
  ``use_course_style()`` is a no-op (it only changes how figures look). Cells identical to the
  instructor's setup/demo cells are deferred when no student code can depend on them (static
  analysis, :func:`_plan`; they run anyway on the first ``NameError``). ``course_utils.reference``
  cannot be imported in S. S then serves requests.
* **P** (trusted): runs the *source* notebook (the instructor's version) cell by cell, except the
  solution cells: in their place each function/class the solution cell defines is bound to a proxy
  that forwards to S. Every test cell (visible and hidden) runs in P with P's own untouched NumPy,
  checks and reference, with ``COURSE_REDACT_VALUES=1``; a test cell passes when it does not raise.
  Demo cells no test depends on are skipped (same analysis; all skipped cells run and the test is
  retried on a ``NameError``). P is forked from a warm *zygote*, a trusted process of this grader
  that has imported NumPy/SciPy/scikit-learn/matplotlib/the references once (restarted when
  ``course_utils`` changes on disk); every P is a fresh fork that no notebook has touched.

The two talk over two pipes with :mod:`course_utils.grading.wire` (length-prefixed JSON; nothing is
unpickled; arrays as base64 with validated dtype/shape/size). What crosses:

* Arguments and results (numbers incl. nan/inf, complex, str, bytes, lists, tuples, dicts, sets,
  namedtuples, NumPy scalars and arrays, ``np.random.Generator``/``RandomState`` by state). A
  result that *is* an argument, or a view of one, is rebuilt on P's own argument (aliasing bugs
  are caught as in a kernel).
* Callables passed by the tests (``numerical_gradient(f, x)``, ``gradient_descent(grad, x0)``)
  become callback handles: when student code calls one, S asks P, P runs the real callable and
  answers. Generators and instances of classes defined by the tests cross the same way (``next``,
  public attributes only). S can reach nothing else in P: no attribute of a function, no module.
* Any other object the student's code returns (an instance of the student's class, a bound method,
  a generator) stays in S and P gets a proxy whose attribute access, calls and operators are
  forwarded (``Dual(2, 1) * Dual(3, 0)``, ``np.sin(dual)``, ``isinstance(x, Dual)`` all work).
* Exceptions come back as the nearest builtin/NumPy exception class in their MRO (so
  ``assert_raises(ValueError, f, ...)`` works), otherwise as ``RuntimeError``.
* Faithfulness: in-place changes of array/list/dict/generator arguments are written back (so
  ``assert_unchanged`` catches mutation); NumPy's legacy global generator is kept in step both ways
  when the instructor's cells use it; warnings raised in S are re-emitted in P under P's filters;
  P's ``np.errstate`` changes apply in S; the targets of an active ``forbid(...)`` in P are
  forbidden in S during the call too; ``assert_no_loops`` in P inspects the student's function as
  compiled (never executed) from the submitted source.

Outcomes per test cell: ``True`` passed, ``False`` failed, ``None`` not re-verifiable (the in-kernel
result stands; ``messages`` says why). ``None`` comes from: an argument P cannot send (an object that
is neither data, a callable, a generator nor a test-defined object), a call that exceeded the
per-call time limit, the notebook time limit, S being killed by a signal or hanging, or S failing to
start at all (a sandbox problem). A submission whose code *exits* S (``os._exit``) or writes to the
channel gets ``False`` for the affected cells: correct code does neither. Whenever the run was not
clean, ``error`` is non-empty, so a caller can flag the submission instead of silently keeping
in-kernel marks.

Re-verification is at most as strict as the kernel (a few kernel-only effects cannot be reproduced
across a process boundary, e.g. identity of arrays a student keeps between calls): combine the two
as ``min(in_kernel, reverified)`` per cell, never by letting a re-verified True raise a kernel
False.
"""
from __future__ import annotations

import ast
import builtins
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .wire import (
    Channel, ChannelClosed, ChannelTimeout, Codec, NotTransferable, WireError, changed, generator_state,
    snapshot, write_back,
)

__all__ = ["ReverifyResult", "reverify_notebook"]

def _version() -> str:
    import hashlib

    here = Path(__file__).resolve()
    digest = hashlib.sha256()
    for path in (here, here.with_name("wire.py")):
        try:
            digest.update(path.read_bytes())
        except OSError:
            pass
    return digest.hexdigest()[:16]


_VERSION = _version()  # P and S must speak the same protocol
_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")  # pinned to 1 in P and S
CALL_TIMEOUT = 20.0   # seconds for one call of a student function (the kernel's cell timeout is 30 s)
CELL_TIMEOUT = 30.0   # seconds for one submission cell in S (nbgrader's Execute.timeout)
_GRACE = 2.0          # how much longer P waits for S than S's own alarm


# =========================================================================== public API
@dataclass
class ReverifyResult:
    """What re-verification found for one notebook.

    ``cells``: test-cell grade_id -> True (passed), False (failed), None (not re-verifiable).
    ``messages``: grade_id -> a short reason for every cell that is not True (no test source, no
    expected values). ``error``: empty when the run was clean; otherwise what went wrong (sandbox
    died, time limit, unreadable notebook): flag such a submission for review.
    """

    cells: dict[str, bool | None] = field(default_factory=dict)
    messages: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    error: str = ""
    cpu_seconds: float = 0.0   # CPU time of P and S together (P forked from the zygote: its own part)

    def disagreements(self, in_kernel: dict[str, bool | None]) -> dict[str, str]:
        """Cells the kernel passed but re-verification failed: ``{grade_id: reason}``."""
        return {gid: self.messages.get(gid, "failed when re-verified")
                for gid, ok in self.cells.items() if ok is False and in_kernel.get(gid)}


def reverify_notebook(source_nb: Path, submitted_nb: Path, *, preexec_fn=None, timeout: float = 60.0,
                      env: dict | None = None, call_timeout: float = CALL_TIMEOUT,
                      cell_timeout: float = CELL_TIMEOUT, skip=()) -> ReverifyResult:
    """Re-run the test cells of ``source_nb`` against the functions of ``submitted_nb``.

    Parameters
    ----------
    source_nb : the instructor's notebook (trusted): its test cells and setup cells are run in P.
    submitted_nb : the student's notebook: its code cells (not its test cells) are run in S.
    preexec_fn : called in the S child before exec (the sandbox: rlimits, privilege drop).
    timeout : wall-clock limit for the whole re-verification, in seconds.
    env : environment of S (default: a minimal one; ``MPLBACKEND=Agg`` is always set).
    call_timeout : limit for one call of a student function (capped by what is left of ``timeout``).
    cell_timeout : limit for one submission cell executed in S.
    skip : grade_ids of test cells not to re-verify (``None``), e.g. those that earned nothing in
        the kernel: re-verification can only take points away. They still run if a later cell
        needs a name they bind.

    Never raises: problems are reported in ``error`` and as ``None`` cells.
    """
    start = time.monotonic()
    result = ReverifyResult()
    try:
        src = _read_notebook(Path(source_nb))
        test_ids = [_meta(c).get("grade_id") for c in src["cells"] if _is_test(c)]
        result.cells = {str(g): None for g in test_ids if g}
    except Exception as exc:  # noqa: BLE001
        result.error = f"cannot read the source notebook: {type(exc).__name__}: {exc}"
        result.seconds = time.monotonic() - start
        return result
    try:
        _run(Path(source_nb), Path(submitted_nb), result, start, preexec_fn, timeout, env,
             call_timeout, cell_timeout, sorted(str(g) for g in skip))
    except Exception as exc:  # noqa: BLE001 - never raise out of the public function
        result.error = result.error or f"re-verification failed: {type(exc).__name__}: {exc}"
        for gid, ok in result.cells.items():
            if ok is None:
                result.messages.setdefault(gid, "not re-verified (internal error)")
    result.seconds = round(time.monotonic() - start, 3)
    return result


# =========================================================================== notebook helpers
def _read_notebook(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        nb = json.load(fh)
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise ValueError("not a notebook (no cell list)")
    return nb


def _meta(cell: Any) -> dict:
    if not isinstance(cell, dict):
        return {}
    meta = cell.get("metadata")
    nbg = meta.get("nbgrader") if isinstance(meta, dict) else None
    return nbg if isinstance(nbg, dict) else {}


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    if isinstance(src, list):
        src = "".join(x for x in src if isinstance(x, str))
    return src if isinstance(src, str) else ""


def _is_code(cell: Any) -> bool:
    return isinstance(cell, dict) and cell.get("cell_type") == "code"


def _is_test(cell: Any) -> bool:
    m = _meta(cell)
    return _is_code(cell) and bool(m.get("grade")) and not m.get("solution")


def _is_solution(cell: Any) -> bool:
    return _is_code(cell) and bool(_meta(cell).get("solution"))


def _parse_cell(source: str, filename: str) -> ast.Module | None:
    """Parse a cell like IPython would: plain Python, or after translating magics."""
    try:
        return ast.parse(source, filename=filename)
    except SyntaxError:
        pass
    except (ValueError, RecursionError, MemoryError):
        return None
    try:
        from IPython.core.inputtransformer2 import TransformerManager

        return ast.parse(TransformerManager().transform_cell(source), filename=filename)
    except Exception:  # noqa: BLE001
        return None


def _defined_names(source: str) -> list[tuple[str, str]]:
    """Top-level (name, 'function'|'class') defined by a (trusted) solution cell."""
    tree = _parse_cell(source, "<solution>")
    out: list[tuple[str, str]] = []
    for node in tree.body if tree else []:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out.append((node.name, "function"))
        elif isinstance(node, ast.ClassDef):
            out.append((node.name, "class"))
    return out


# =========================================================================== which cells must run
_SIDE_EFFECTS = ("seed(", "seterr", "errstate", "filterwarnings", "simplefilter", "set_printoptions",
                 "setrecursionlimit", "set_state", "setstate", "environ", "sys.path", "chdir", "exec(",
                 "eval(", "globals(", "setattr(", "__builtins__", "import builtins")


def _bindings(tree: ast.Module) -> tuple[set, set, bool, dict]:
    """(names bound at module level, names loaded anywhere, star import?, name -> kind of binding)."""
    binds: set[str] = set()
    kinds: dict[str, str] = {}
    star = False

    def bind(name: str, kind: str) -> None:
        binds.add(name)
        kinds[name] = kind

    for node in _statements(tree.body):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bind(node.name, "callable")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                if alias.name == "*":
                    star = True
                else:
                    bind((alias.asname or alias.name).split(".")[0], "module")
        else:
            targets: list = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign, ast.For, ast.AsyncFor)):
                targets = [node.target]
            elif isinstance(node, (ast.With, ast.AsyncWith)):
                targets = [it.optional_vars for it in node.items if it.optional_vars is not None]
            elif isinstance(node, ast.Delete):
                targets = node.targets
            elif isinstance(node, ast.Try):
                binds.update(h.name for h in node.handlers if h.name)
            for t in targets:
                _bind_target(t, bind, binds)
    loads: set[str] = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Name):
            if isinstance(n.ctx, ast.Load):
                loads.add(n.id)
        elif isinstance(n, ast.Global):
            binds.update(n.names)
        elif isinstance(n, ast.NamedExpr) and isinstance(n.target, ast.Name):
            binds.add(n.target.id)
    return binds, loads, star, kinds


def _bind_target(t: ast.AST, bind, binds: set) -> None:
    """``x = ...`` binds data; ``x.a = ...`` / ``x[i] = ...`` changes x but not what kind it is."""
    if isinstance(t, ast.Name):
        bind(t.id, "data")
    elif isinstance(t, (ast.Tuple, ast.List)):
        for e in t.elts:
            _bind_target(e, bind, binds)
    elif isinstance(t, ast.Starred):
        _bind_target(t.value, bind, binds)
    else:
        binds.update(n.id for n in ast.walk(t) if isinstance(n, ast.Name))


def _plan(cells: list[tuple[str, str]]) -> list[bool]:
    """Which cells to run. ``cells``: (source, role) with role 'test' (not run; its loads are
    needed), 'fixed' (always run), 'optional' (run only when a later needed name depends on it),
    'ignore' (neither run nor needed).

    An optional cell runs when it binds a name that a later kept cell or test loads, when it reads
    a data (non-module, non-function) name that is needed later (it might mutate it), when it has
    a global side effect (seeds, error states, warning filters), or when it cannot be analysed.
    """
    trees = [(_parse_cell(src, "<plan>") if role != "ignore" else None) for src, role in cells]
    info = [(_bindings(t) if t is not None else None) for t in trees]
    kinds: dict[str, str] = {}
    for (src, role), inf in zip(cells, info):
        if inf is not None and role in ("fixed", "optional"):
            kinds.update(inf[3])
    keep = [False] * len(cells)
    needed: set[str] = set()
    for i in range(len(cells) - 1, -1, -1):
        src, role = cells[i]
        inf = info[i]
        if role == "ignore":
            continue
        if inf is None:
            keep[i] = role != "test"
            continue
        binds, loads, star, _ = inf
        if role == "test":
            needed |= loads - binds     # a name the test binds itself is assumed bound before use
            continue
        data_loads = {n for n in loads if kinds.get(n) == "data"}
        if role == "fixed" or star or any(p in src for p in _SIDE_EFFECTS) or binds & needed \
                or data_loads & needed:
            keep[i] = True
            needed |= loads
    return keep



# =========================================================================== exceptions & warnings
class _Internal(BaseException):
    """Base of the control-flow signals of re-verification. BaseException: tests' ``except
    Exception`` (e.g. in ``assert_raises``) never swallows them."""

    status = "none"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class _Unverifiable(_Internal):
    status = "none"


class _CallTimeout(_Internal):
    status = "none"


class _TimeLimit(_Unverifiable):
    """P's own alarm: the notebook's time budget is spent."""


class _Lost(_Internal):
    """S cannot be used any more. kind: 'eof' (S closed or died), 'timeout', 'violation'."""

    def __init__(self, reason: str, kind: str):
        super().__init__(reason)
        self.kind = kind
        self.status = {"eof": "lost", "timeout": "none", "violation": "fail", "startup": "none"}[kind]


class _Alarm(BaseException):
    """Raised by SIGALRM in S (per-cell and per-call limits)."""


_EXC_CACHE: dict[str, type] = {}


def _exception_classes() -> dict[str, type]:
    if not _EXC_CACHE:
        for name in dir(builtins):
            obj = getattr(builtins, name)
            if isinstance(obj, type) and issubclass(obj, Exception):
                _EXC_CACHE[name] = obj
        try:
            import numpy as np

            _EXC_CACHE["LinAlgError"] = np.linalg.LinAlgError
            for name in ("AxisError", "ComplexWarning", "RankWarning", "VisibleDeprecationWarning",
                         "TooHardError", "DTypePromotionError"):
                obj = getattr(np.exceptions, name, None)
                if isinstance(obj, type) and issubclass(obj, Exception):
                    _EXC_CACHE[name] = obj
        except Exception:  # noqa: BLE001
            pass
        try:
            from course_utils.checks import ForbiddenCallError

            _EXC_CACHE["ForbiddenCallError"] = ForbiddenCallError
        except Exception:  # noqa: BLE001
            pass
    return _EXC_CACHE


def _exc_payload(exc: BaseException) -> dict:
    try:
        msg = str(exc)
    except Exception:  # noqa: BLE001
        msg = ""
    return {"mro": [c.__name__ for c in type(exc).__mro__][:16], "msg": msg[:2000]}


def _exc_from_payload(payload: Any) -> BaseException:
    if not isinstance(payload, dict):
        raise WireError("malformed exception")
    mro, msg = payload.get("mro"), payload.get("msg")
    if not isinstance(mro, list) or not isinstance(msg, str):
        raise WireError("malformed exception")
    classes = _exception_classes()
    for name in mro[:16]:
        cls = classes.get(name) if isinstance(name, str) else None
        if cls is None or issubclass(cls, Warning) and not issubclass(cls, Exception):
            continue
        try:
            exc = cls(msg) if msg else cls()
        except Exception:  # noqa: BLE001 - e.g. UnicodeDecodeError needs 5 arguments
            continue
        exc._rv_remote = True  # type: ignore[attr-defined]
        return exc
    first = mro[0] if mro and isinstance(mro[0], str) else "exception"
    exc = RuntimeError(f"{first[:60]}: {msg[:500]}")
    exc._rv_remote = True  # type: ignore[attr-defined]
    return exc


def _warning_payloads(caught: list) -> list:
    out = []
    for w in caught[:50]:
        out.append({"mro": [c.__name__ for c in getattr(w.category, "__mro__", (UserWarning,))][:16],
                    "msg": str(w.message)[:1000]})
    return out


def _reemit_warnings(items: Any) -> None:
    import warnings

    if not isinstance(items, list):
        raise WireError("malformed warnings")
    classes = _exception_classes()
    for item in items[:50]:
        if not isinstance(item, dict) or not isinstance(item.get("mro"), list) \
                or not isinstance(item.get("msg"), str):
            raise WireError("malformed warning")
        category = UserWarning
        for name in item["mro"][:16]:
            cls = classes.get(name) if isinstance(name, str) else None
            if cls is not None and issubclass(cls, Warning):
                category = cls
                break
        warnings.warn(item["msg"], category, stacklevel=3)


# =========================================================================== remote proxies (in P)
_ALLOWED_DUNDERS = (
    "__call__", "__len__", "__bool__", "__iter__", "__next__", "__reversed__", "__contains__",
    "__getitem__", "__setitem__", "__delitem__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
    "__ge__", "__hash__", "__str__", "__format__", "__float__", "__int__", "__index__",
    "__complex__", "__round__", "__trunc__", "__floor__", "__ceil__", "__abs__", "__neg__",
    "__pos__", "__invert__", "__array__", "__enter__", "__exit__",
    *(f"__{p}{op}__" for op in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
                                "pow", "lshift", "rshift", "and", "xor", "or") for p in ("", "r", "i")),
)
_ALLOWED_SET = frozenset(_ALLOWED_DUNDERS)


class _Remote:
    """Base of P-side proxies for objects that live in S."""

    __slots__ = ("_rv_id", "_rv_peer", "_rv_meta", "__weakref__")

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("_rv_"):
            raise AttributeError(attr)
        if attr in ("__name__", "__qualname__"):
            name = self._rv_meta.get("name")
            if isinstance(name, str):
                return name
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return self._rv_peer.invoke("getattr", self, attr, (), {})

    def __setattr__(self, attr: str, value: Any) -> None:
        if attr in _Remote.__slots__:
            object.__setattr__(self, attr, value)
        else:
            self._rv_peer.invoke("setattr", self, attr, (value,), {})

    def __delattr__(self, attr: str) -> None:
        self._rv_peer.invoke("delattr", self, attr, (), {})

    def __repr__(self) -> str:
        try:
            text = self._rv_peer.invoke("method", self, "__repr__", (), {})
        except Exception:  # noqa: BLE001
            text = None
        return text if isinstance(text, str) else f"<{type(self).__name__} object>"

    def __reduce_ex__(self, protocol):  # never pickle a proxy
        raise TypeError("a re-verification proxy cannot be pickled")


def _remote_method(dunder: str):
    if dunder == "__call__":
        def method(self, *args, **kwargs):
            return self._rv_peer.invoke("call", self, None, args, kwargs)
    else:
        def method(self, *args, **kwargs):
            return self._rv_peer.invoke("method", self, dunder, args, kwargs)
    method.__name__ = dunder
    return method


class _RemoteClassMeta(type):
    """Metaclass of the P-side stand-in for a class the student defines (e.g. ``Dual``)."""

    def __call__(cls, *args, **kwargs):
        return cls._rv_session._rv_call(cls._rv_name, args, kwargs)

    def __getattr__(cls, attr):
        if attr.startswith("_rv_") or (attr.startswith("__") and attr.endswith("__")):
            raise AttributeError(attr)
        return cls._rv_session.invoke("getattr", {"name": cls._rv_name}, attr, (), {})


def _remote_class(name: str, dunders: frozenset, base_meta: type = type, extra: dict | None = None) -> type:
    attrs: dict = {"__slots__": (), "__module__": "__main__"}
    for d in sorted(dunders & _ALLOWED_SET):
        attrs[d] = _remote_method(d)
    if "__eq__" in attrs and "__hash__" not in attrs:
        attrs["__hash__"] = None
    attrs.update(extra or {})
    return base_meta(name, (_Remote,), attrs)


# =========================================================================== the shared RPC peer
class _Peer:
    """One side of the channel: both sides may call into the other while waiting for a reply."""

    def __init__(self, chan: Channel):
        self.chan = chan
        self._exports: dict[int, Any] = {}
        self._export_ids: dict[int, int] = {}
        self._proxies: dict[int, Any] = {}

    def codec(self) -> Codec:
        return Codec(self._export, self._resolve)

    # handles ---------------------------------------------------------------
    def _register(self, obj: Any) -> int:
        key = id(obj)
        hid = self._export_ids.get(key)
        if hid is None or self._exports.get(hid) is not obj:
            hid = len(self._exports) + 1
            self._exports[hid] = obj
            self._export_ids[key] = hid
        return hid

    def _own(self, payload: dict) -> Any:
        hid = payload.get("id")
        if type(hid) is not int or hid not in self._exports:
            raise WireError("unknown handle")
        return self._exports[hid]

    def _export(self, obj: Any) -> dict:  # pragma: no cover - overridden
        raise NotTransferable(type(obj).__name__)

    def _resolve(self, payload: dict) -> Any:  # pragma: no cover - overridden
        raise WireError("no handles")

    # messages --------------------------------------------------------------
    def _args_codec(self, args: tuple, kwargs: dict) -> tuple[Codec, Any, Any]:
        codec = self.codec()
        return codec, codec.encode(tuple(args)), codec.encode(dict(kwargs))

    def _decode_args(self, msg: dict) -> tuple[Codec, tuple, dict, list]:
        codec = self.codec()
        args = codec.decode(msg.get("args", {"$t": []}))
        kwargs = codec.decode(msg.get("kwargs", {"$d": []}))
        if not isinstance(args, tuple) or not isinstance(kwargs, dict) or \
                not all(isinstance(k, str) for k in kwargs):
            raise WireError("malformed arguments")
        snaps = [snapshot(x) for x in codec.memo]
        return codec, args, kwargs, snaps

    def _writeback_payload(self, codec: Codec, snaps: list) -> list:
        out = []
        for k, (obj, snap) in enumerate(zip(codec.memo, snaps)):
            try:
                if changed(obj, snap):
                    value = generator_state(obj) if type(obj).__name__ in ("Generator", "RandomState") else obj
                    out.append([k, self.codec().encode(value)])
            except NotTransferable:
                continue
        return out

    def _apply_writeback(self, memo: list, items: Any) -> None:
        if not isinstance(items, list):
            raise WireError("malformed write-back")
        for item in items:
            if type(item) is not list or len(item) != 2 or type(item[0]) is not int \
                    or not 0 <= item[0] < len(memo):
                raise WireError("malformed write-back item")
            write_back(memo[item[0]], self.codec().decode(item[1]))


# =========================================================================== P: the trusted runner
_FORBIDDEN: list[tuple] = []
_LEGACY_RNG = __import__("re").compile(
    r"(?:np|numpy)\.random\.(?!default_rng\b|Generator\b|SeedSequence\b|PCG64\b|BitGenerator\b)\w"
    r"|from\s+numpy\.random\s+import|import\s+numpy\.random|\bRandomState\b")
_SESSION: "_Trusted | None" = None


class _Trusted(_Peer):
    """P's end: proxies for the student's functions and objects, callbacks into the tests."""

    def __init__(self, chan: Channel, deadline: float, call_timeout: float):
        super().__init__(chan)
        self.deadline = deadline
        self.call_timeout = call_timeout
        self.lost: _Lost | None = None
        self.pending: list[str] = []   # requests sent ahead whose 'ok' is still to be read
        self.position = -1           # S has run every submission cell with index < position
        self.bound_classes: dict[str, type] = {}
        self._class_cache: dict[tuple, type] = {}
        self._internal: list[_Internal] = []
        self._s_rng_key: Any = None
        self.sync_rng = True         # keep NumPy's legacy global generator in step with S's
        self._err_base: dict = {}
        self.cells: list[tuple[int, str, bool]] = []
        self._shadow_cache: dict[int, dict] = {}
        self._kinds: dict[int, str] = {}  # what S may do with each handle P exported
        self.ns: dict = {}

    # handles ---------------------------------------------------------------
    def _export(self, obj: Any) -> dict:
        if isinstance(obj, _Remote) and obj._rv_peer is self:
            return {"own": "S", "id": obj._rv_id}
        if isinstance(obj, type) and isinstance(obj, _RemoteClassMeta):
            raise NotTransferable("a class proxy")
        if isinstance(obj, types.ModuleType):
            raise NotTransferable("a module")
        if callable(obj):
            name = getattr(obj, "__name__", None)
            hid = self._register(obj)
            self._kinds[hid] = "call"
            return {"own": "P", "id": hid, "kind": "call", "name": name[:100] if isinstance(name, str) else None}
        cls = type(obj)
        is_iter = hasattr(cls, "__next__") and (isinstance(obj, types.GeneratorType)
                                                 or cls.__module__ in ("builtins", "itertools", "__main__"))
        if is_iter or cls.__module__ == "__main__":
            # A test's generator (next only) or an instance of a class the test defines (public
            # attributes and methods only): the instructor's own code, nothing else in P.
            hid = self._register(obj)
            self._kinds[hid] = "iter" if is_iter else "obj"
            return {"own": "P", "id": hid, "kind": self._kinds[hid]}
        raise NotTransferable(f"an object of type {cls.__name__}")

    def _resolve(self, payload: dict) -> Any:
        own = payload.get("own")
        if own == "P":
            return self._own(payload)
        if own != "S":
            raise WireError("bad handle owner")
        hid = payload.get("id")
        if type(hid) is not int or hid <= 0:
            raise WireError("bad handle id")
        proxy = self._proxies.get(hid)
        if proxy is not None:
            return proxy
        cls_name, dunders = payload.get("cls"), payload.get("dunders", [])
        if not isinstance(cls_name, str) or not isinstance(dunders, list) or len(dunders) > 200:
            raise WireError("bad handle description")
        name = payload.get("name")
        meta = {"name": name[:100] if isinstance(name, str) else None}
        cls = None
        if payload.get("pcls") is True and cls_name in self.bound_classes:
            cls = self.bound_classes[cls_name]
        if cls is None:
            safe = cls_name if cls_name.isidentifier() and len(cls_name) <= 64 else "RemoteObject"
            key = (safe, frozenset(d for d in dunders if isinstance(d, str)) & _ALLOWED_SET)
            cls = self._class_cache.get(key)
            if cls is None:
                cls = _remote_class(safe, key[1])
                self._class_cache[key] = cls
        proxy = object.__new__(cls)
        object.__setattr__(proxy, "_rv_id", hid)
        object.__setattr__(proxy, "_rv_peer", self)
        object.__setattr__(proxy, "_rv_meta", meta)
        self._proxies[hid] = proxy
        return proxy

    # channel ---------------------------------------------------------------
    def _send(self, msg: dict, deadline: float) -> None:
        try:
            self.chan.send(msg, deadline)
        except NotTransferable as exc:
            raise _Unverifiable(f"an argument is too large to re-verify ({exc})") from None
        except ChannelTimeout:
            self._lose("the sandboxed re-run stopped responding", "timeout")
        except ChannelClosed:
            self._lose("the sandboxed re-run ended", "eof")

    def _recv(self, deadline: float) -> dict:
        try:
            return self.chan.recv(deadline)
        except ChannelTimeout:
            self._lose("the sandboxed re-run stopped responding", "timeout")
        except ChannelClosed:
            self._lose("the sandboxed re-run ended", "eof")
        except WireError as exc:
            self._lose(f"the sandboxed re-run sent an invalid message ({exc})", "violation")
        raise AssertionError("unreachable")

    def _lose(self, reason: str, kind: str) -> None:
        if self.lost is None:
            self.lost = _Lost(reason, kind)
            self.chan.close()
        raise self.lost

    def _check(self) -> None:
        if self.lost is not None:
            raise self.lost

    def _wait(self, deadline: float, expect: tuple) -> dict:
        """Wait for a reply in ``expect``; serve S's callback requests meanwhile."""
        while True:
            msg = self._recv(deadline)
            op = msg["op"]
            if op in expect:
                return msg
            if op == "callback":
                self._serve_callback(msg, deadline)
                continue
            self._lose(f"the sandboxed re-run sent an unexpected message ({op[:20]!r})", "violation")

    def await_advance(self) -> None:
        """Collect the answers to the requests sent ahead (init, advance)."""
        while self.pending:
            what = self.pending.pop(0)
            try:
                reply = self._wait(self.deadline, ("ok",))
                if what == "init" and reply.get("version") != _VERSION:
                    self.lost = _Lost("the sandbox runs another version of the re-verifier", "startup")
                    self.chan.close()
                    raise self.lost
            except _Lost as exc:
                # S answers 'init' once started, before it runs any student code: dying before
                # that is its environment's fault (the sandbox's limits?), not the submission's.
                if what == "init" and exc.kind == "eof":
                    self.lost = _Lost("the sandbox process did not start", "startup")
                    raise self.lost from None
                raise

    # requests ----------------------------------------------------------------
    def start(self, cells: list[tuple[int, str, bool]], instructor: set[str]) -> None:
        """Send S the submission's cells. Cells identical to an instructor cell (setup, demos) are
        deferred unless the student's code may depend on them (see :func:`_plan`)."""
        self.cells = cells
        roles = [(src, "ignore" if is_test else "optional" if src.strip() in instructor else "fixed")
                 for _, src, is_test in cells]
        keep = _plan(roles)
        payload = [[i, src, not k] for (i, src, is_test), k in zip(cells, keep) if not is_test]
        self._send({"op": "init", "cells": payload, "version": _VERSION}, self.deadline)
        self.pending.append("init")

    def advance(self, position: int) -> None:
        """Ask S to run the submission cells above ``position`` (answer awaited lazily)."""
        self._check()
        if position <= self.position:
            return
        self._send({"op": "advance", "upto": position}, self.deadline)
        self.position = position
        self.pending.append("advance")

    def describe(self, name: str) -> dict:
        self._check()
        self.await_advance()
        self._send({"op": "describe", "name": name}, self.deadline)
        msg = self._wait(self.deadline, ("desc",))
        return msg

    def _ctx(self, timeout: float) -> dict:
        import numpy as np

        cur = np.geterr()
        ctx: dict = {"err": {k: v for k, v in cur.items() if self._err_base.get(k) != v},
                     "forbid": [t for group in _FORBIDDEN for t in group if isinstance(t, str)],
                     "timeout": timeout}
        if self.sync_rng:
            ctx["rngsync"] = True
            state = np.random.get_state()
            key = (state[1].tobytes(), int(state[2]), int(state[3]), float(state[4]))
            if key != self._s_rng_key:
                ctx["rng"] = Codec(self._export, self._resolve).encode(state)
                self._s_rng_key = key
        return ctx

    def _rv_call(self, name: str, args: tuple, kwargs: dict) -> Any:
        return self.invoke("call", {"name": name}, None, args, kwargs)

    def invoke(self, kind: str, target: Any, name: str | None, args: tuple, kwargs: dict) -> Any:
        """Run ``kind`` (call/getattr/setattr/delattr/method) on ``target`` in S; return the result."""
        self._check()
        self.await_advance()
        left = self.deadline - time.monotonic()
        if left < 0.5:
            raise _Unverifiable("the re-verification time limit was reached")
        timeout = min(self.call_timeout, left - 0.3)
        deadline = time.monotonic() + min(timeout + _GRACE, left)
        try:
            codec, eargs, ekwargs = self._args_codec(args, kwargs)
            etarget = target if isinstance(target, dict) else codec.encode(target)
            msg = {"op": "invoke", "kind": kind, "target": etarget, "name": name, "args": eargs,
                   "kwargs": ekwargs, "ctx": self._ctx(timeout)}
        except NotTransferable as exc:
            raise _Unverifiable(f"a value the test passes cannot be sent to the sandbox ({exc})") from None
        depth = len(self._internal)
        self._send(msg, deadline)
        reply = self._wait(deadline, ("return", "raise", "timeout"))
        if len(self._internal) > depth:
            exc = self._internal[depth]
            del self._internal[depth:]
            raise exc
        return self._finish(reply, codec)

    def _finish(self, reply: dict, codec: Codec) -> Any:
        """The result of a request. It is decoded with the codec that encoded the arguments, so a
        result that *is* an argument (or a view of one) is that argument here too."""
        try:
            op = reply["op"]
            if op == "timeout":
                raise _CallTimeout("the student's function ran past the time limit when re-verified")
            self._apply_writeback(codec.memo, reply.get("wb", []))
            if "rng" in reply:
                self._set_global_rng(reply["rng"])
            _reemit_warnings(reply.get("warn", []))
            if op == "raise":
                raise _exc_from_payload(reply.get("exc"))
            return codec.decode(reply.get("value"))
        except WireError as exc:
            self._lose(f"the sandboxed re-run sent an invalid reply ({exc})", "violation")

    def _set_global_rng(self, data: Any) -> None:
        import numpy as np

        state = self.codec().decode(data)
        try:
            np.random.set_state(state)
        except (ValueError, TypeError, IndexError, KeyError, OverflowError):
            raise WireError("bad global random state") from None
        st = np.random.get_state()
        self._s_rng_key = (st[1].tobytes(), int(st[2]), int(st[3]), float(st[4]))

    def _serve_callback(self, msg: dict, deadline: float) -> None:
        """S's student code called a callable that P handed over: run it here and answer."""
        try:
            tgt = msg.get("target")
            if not isinstance(tgt, dict) or tgt.get("own") != "P":
                raise WireError("callback target is not a P handle")
            target = self._own(tgt)
            allowed = self._kinds.get(tgt["id"])
            kind, name = msg.get("kind", "call"), msg.get("name")
            if kind == "call" and allowed == "call":
                pass
            elif kind == "next" and allowed == "iter":
                pass
            elif kind == "getattr" and allowed == "obj" and isinstance(name, str) and name.isidentifier() \
                    and not name.startswith("_"):
                pass
            else:
                raise WireError(f"operation {str(kind)[:10]!r} not allowed on this handle")
            codec, args, kwargs, snaps = self._decode_args(msg)
        except WireError as exc:
            self._lose(f"the sandboxed re-run sent an invalid callback ({exc})", "violation")
        try:
            if kind == "call":
                value = target(*args, **kwargs)
            elif kind == "next":
                value = next(target)
            else:
                value = getattr(target, name)
            reply = {"op": "return", "value": codec.encode(value)}
        except _Lost:
            raise
        except _Internal as exc:
            self._internal.append(exc)
            reply = {"op": "raise", "exc": _exc_payload(RuntimeError("re-verification aborted"))}
        except NotTransferable as exc:
            self._internal.append(_Unverifiable(f"a callback result cannot be sent ({exc})"))
            reply = {"op": "raise", "exc": _exc_payload(RuntimeError("re-verification aborted"))}
        except BaseException as exc:  # noqa: BLE001 - the callable's own error goes to the student code
            reply = {"op": "raise", "exc": _exc_payload(exc)}
        reply["wb"] = self._writeback_payload(codec, snaps)
        self._send(reply, deadline)

    def bye(self) -> None:
        if self.lost is None:
            self.pending.clear()
            try:
                self.chan.send({"op": "bye"}, time.monotonic() + 0.5)
            except Exception:  # noqa: BLE001
                pass
        self.chan.close()

    # proxies -----------------------------------------------------------------
    def function_proxy(self, name: str) -> "_FunctionProxy":
        return _FunctionProxy(self, name)

    def class_proxy(self, name: str, dunders: Any) -> type:
        ds = frozenset(d for d in dunders if isinstance(d, str)) if isinstance(dunders, list) else frozenset()
        cls = _remote_class(name, ds, _RemoteClassMeta, {"_rv_name": name, "_rv_session": self})
        self.bound_classes[name] = cls
        return cls

    # assert_no_loops support ---------------------------------------------------
    def shadows(self) -> dict:
        """The submission's top-level functions as compiled (not run) from its cells above the
        current position: what the kernel's functions were when the current test ran."""
        pos = self.position
        if pos in self._shadow_cache:
            return self._shadow_cache[pos]
        out: dict[str, Any] = {}
        for idx, src, is_test in self.cells:
            if is_test or idx >= pos:
                continue
            tree = _parse_cell(src, f"<submission cell {idx}>")
            if tree is None:
                continue
            for node in _statements(tree.body):
                _shadow_statement(node, out, idx)
        self._shadow_cache[pos] = out
        return out


def _forward(*args, **kwargs):
    return None


class _FunctionProxy:
    """P's stand-in for a student function (what the solution cell's name is bound to).

    Calling it runs the student's function in S. Inspecting it (``__code__``, as
    ``assert_no_loops`` or a test's own "plain Python only" check does) shows the student's
    function as compiled, never executed, from the submission's cells above the current test, so
    such checks judge the student's code and not this proxy.
    """

    def __init__(self, session: "_Trusted", name: str):
        self._rv_session = session
        self._rv_proxy_name = name
        self.__name__ = self.__qualname__ = name
        self.__module__ = "__main__"
        self.__doc__ = None
        self.__defaults__ = self.__kwdefaults__ = None

    def __call__(self, *args, **kwargs):
        return self._rv_session._rv_call(self._rv_proxy_name, args, kwargs)

    def __get__(self, obj, objtype=None):
        return self if obj is None else types.MethodType(self, obj)

    @property
    def __code__(self):
        shadow = self._rv_session.shadows().get(self._rv_proxy_name)
        return shadow.__code__ if shadow is not None else _forward.__code__

    @property
    def __globals__(self):
        return self._rv_session.ns

    def __repr__(self) -> str:
        return f"<function {self._rv_proxy_name}>"


def _statements(body: list):
    """Module-level statements in order, descending into if/try/with/for/while (not def/class)."""
    for node in body:
        yield node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for attr in ("body", "orelse", "finalbody"):
            sub = getattr(node, attr, None)
            if isinstance(sub, list):
                yield from _statements(sub)
        for handler in getattr(node, "handlers", []) or []:
            yield from _statements(handler.body)


def _shadow_statement(node: ast.AST, out: dict, idx: int) -> None:
    if isinstance(node, ast.FunctionDef):
        if node.decorator_list:
            out[node.name] = None
            return
        try:
            code = compile(ast.Module(body=[node], type_ignores=[]), f"<submission cell {idx}>", "exec")
            fcode = next(c for c in code.co_consts if isinstance(c, types.CodeType) and c.co_name == node.name)
            fn = types.FunctionType(fcode, {"__name__": "__main__"}, node.name)
            fn.__module__ = "__main__"
            out[node.name] = fn
        except Exception:  # noqa: BLE001
            out[node.name] = None
        return
    names: list[str] = []
    if isinstance(node, (ast.AsyncFunctionDef, ast.ClassDef)):
        names = [node.name]
    elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for t in targets:
            names += [n.id for n in ast.walk(t) if isinstance(n, ast.Name)]
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        names = [(a.asname or a.name).split(".")[0] for a in node.names]
    elif isinstance(node, (ast.For, ast.With)):
        tgt = node.target if isinstance(node, ast.For) else None
        names = [n.id for n in ast.walk(tgt) if isinstance(n, ast.Name)] if tgt is not None else []
    for n in names:
        if n in out:
            out[n] = None  # rebound by something other than a plain def: do not guess


def _install_check_wrappers() -> None:
    """Record active ``forbid`` targets (sent to S with each call) and make ``assert_no_loops``
    inspect the student's compiled function instead of the proxy."""
    import functools

    from course_utils import checks

    orig_forbid, orig_no_loops = checks.forbid, checks.assert_no_loops

    @contextlib.contextmanager
    def forbid(*targets: str, namespace: dict | None = None):
        with orig_forbid(*targets, namespace=namespace):
            _FORBIDDEN.append(tuple(targets))
            try:
                yield
            finally:
                _FORBIDDEN.pop()

    @functools.wraps(orig_no_loops)
    def assert_no_loops(func, *, namespace: dict | None = None, name: str | None = None) -> None:
        sess = _SESSION
        if sess is not None:
            ns = namespace if namespace is not None else getattr(func, "__globals__", {})
            shadows = sess.shadows()
            overlay = dict(ns)
            for key, fn in shadows.items():
                if fn is not None:
                    overlay[key] = fn
            proxied = getattr(func, "_rv_proxy_name", None)
            if proxied is not None and shadows.get(proxied) is not None:
                func = shadows[proxied]
            return orig_no_loops(func, namespace=overlay, name=name or getattr(func, "__name__", None))
        return orig_no_loops(func, namespace=namespace, name=name)

    forbid.__doc__ = orig_forbid.__doc__
    checks.forbid = forbid
    checks.assert_no_loops = assert_no_loops


class _Sink:
    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _exec_trusted(source: str, ns: dict, label: str) -> None:
    tree = _parse_cell(source, label)
    if tree is None:
        raise SyntaxError(f"{label} cannot be parsed")
    exec(compile(tree, label, "exec"), ns)  # noqa: S102 - the instructor's own notebook


def _quiet_matplotlib() -> None:
    """Agg backend, and ``plt.show()`` closes the figures instead of drawing them."""
    try:
        import matplotlib

        matplotlib.use("Agg", force=True)
        import matplotlib.pyplot as plt

        plt.show = lambda *args, **kwargs: plt.close("all")
    except Exception:  # noqa: BLE001
        pass


def _close_figures() -> None:
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        try:
            plt.close("all")
        except Exception:  # noqa: BLE001
            pass


def _short(exc: BaseException) -> str:
    try:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    except Exception:  # noqa: BLE001
        text = ""
    name = type(exc).__name__
    return (f"{name}: {text}" if text else name)[:300]


def _trusted_main(spec: dict) -> None:
    """Entry point of P. Writes one JSON line per test cell to the original stdout."""
    try:
        _trusted_run(spec)
    except BaseException:  # noqa: BLE001 - leave a trace for the launcher's error message
        import traceback

        os.write(2, traceback.format_exc().encode("utf-8", "replace"))
        raise


def _trusted_run(spec: dict) -> None:
    global _SESSION
    out = os.fdopen(int(spec["out_fd"]), "w", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = _Sink()
    os.environ["COURSE_REDACT_VALUES"] = "1"
    os.environ.setdefault("MPLBACKEND", "Agg")

    def emit(obj: dict) -> None:
        out.write(json.dumps(obj) + "\n")

    deadline = time.monotonic() + (float(spec["deadline"]) - time.time())
    chan = Channel(int(spec["rfd"]), int(spec["wfd"]))
    session = _Trusted(chan, deadline, float(spec["call_timeout"]))
    _SESSION = session
    try:
        sub = _read_notebook(Path(spec["submitted"]))
    except Exception as exc:  # noqa: BLE001
        emit({"fatal": f"the submitted notebook cannot be read ({type(exc).__name__})"})
        session.bye()
        return
    src = _read_notebook(Path(spec["source"]))

    cells: list[tuple[int, str, bool]] = []
    sub_tests: dict[str, int] = {}
    for i, cell in enumerate(sub["cells"]):
        if not _is_code(cell):
            continue
        is_test = _is_test(cell)
        cells.append((i, _source(cell), is_test))
        gid = _meta(cell).get("grade_id")
        if is_test and isinstance(gid, str) and gid not in sub_tests:
            sub_tests[gid] = i
    end = len(sub["cells"])
    src_cells = src["cells"]
    # The legacy global generator only matters when the instructor's cells use it (seeding it,
    # or checking that the student's code leaves it alone); otherwise no P code can observe it.
    session.sync_rng = any(_LEGACY_RNG.search(_source(c)) for c in src_cells if _is_code(c))
    instructor = {_source(c).strip() for c in src_cells
                  if _is_code(c) and not _is_test(c) and not _is_solution(c)}
    try:
        session.start(cells, instructor)
    except _Internal:
        pass

    src_cells = src["cells"]
    # Where S must be before each source cell: just above the submission's copy of the next test
    # cell (so S's state is what a kernel's state was when that test ran); never moving backwards.
    targets: list[int] = [end] * len(src_cells)
    nxt = end
    for i in range(len(src_cells) - 1, -1, -1):
        cell = src_cells[i]
        gid = _meta(cell).get("grade_id")
        if _is_test(cell) and gid in sub_tests:
            nxt = sub_tests[gid]
        targets[i] = nxt
    running = 0
    for i in range(len(targets)):
        running = max(running, targets[i])
        targets[i] = running
    try:
        session.advance(targets[0] if targets else end)
    except _Internal:
        pass
    keep = _plan([(_source(c), "ignore" if not _is_code(c) or _is_solution(c) else
                   "test" if _is_test(c) else "optional") for c in src_cells])
    skipped_ok = True

    import numpy as np

    _install_check_wrappers()
    _quiet_matplotlib()
    session._err_base = dict(np.geterr())
    main = types.ModuleType("__main__")
    ns = main.__dict__
    ns["__builtins__"] = builtins
    ns["display"] = lambda *a, **k: None
    sys.modules["__main__"] = main
    session.ns = ns
    sys.stderr = _Sink()

    def _on_alarm(signum, frame):
        raise _TimeLimit("not re-verified: the time limit was reached")

    signal.signal(signal.SIGALRM, _on_alarm)
    skipped: list[int] = []   # demo cells not run (no test needs them)
    skip_tests = set(spec.get("skip") or [])
    skipped_tests: list[int] = []  # test cells the caller did not want re-verified
    failed: list[int] = []    # setup cells that raised

    def run_cell(i: int) -> tuple[str, str]:
        left = deadline - time.monotonic()
        if left > 0.3:
            signal.setitimer(signal.ITIMER_REAL, left)
        try:
            _exec_trusted(_source(src_cells[i]), ns, f"<cell {i}>")
            return "pass", ""
        except _Internal as exc:
            if isinstance(exc, _TimeLimit) and session.lost is None:
                session.lost = _Lost(exc.reason, "timeout")  # the protocol may be mid-message
                session.chan.close()
            return exc.status, exc.reason
        except BaseException as exc:  # noqa: BLE001 - a failing test is a result
            if isinstance(exc, NameError) and not getattr(exc, "_rv_remote", False) and (skipped or failed
                                                                                        or skipped_tests):
                return "nameerror", _short(exc)
            return "fail", _short(exc)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _close_figures()

    for i, cell in enumerate(src_cells):
        if not _is_code(cell):
            continue
        gid = _meta(cell).get("grade_id")
        if _is_test(cell) and deadline - time.monotonic() <= 0.3:
            emit({"cell": gid, "status": "none", "msg": "not re-verified: the time limit was reached"})
            continue
        if _is_test(cell) and gid in skip_tests:
            skipped_tests.append(i)
            emit({"cell": gid, "status": "none", "msg": "not re-verified: not asked for (no points to check)"})
            continue
        try:
            session.advance(targets[i])
        except _Internal:
            pass
        if _is_solution(cell):
            for name, kind in _defined_names(_source(cell)):
                if kind == "class":
                    try:
                        desc = session.describe(name)
                        ns[name] = session.class_proxy(name, desc.get("dunders", []))
                    except _Internal:
                        ns[name] = session.class_proxy(name, [])
                else:
                    ns[name] = session.function_proxy(name)
            continue
        if not _is_test(cell):
            if keep[i] or not skipped_ok:
                if run_cell(i)[0] != "pass":
                    failed.append(i)
            else:
                skipped.append(i)
            continue
        status, msg = run_cell(i)
        if status == "nameerror":
            # A cell the plan skipped was needed after all: run the skipped cells (and the setup
            # cells that failed, perhaps for want of them), then the test again.
            for j in sorted(skipped + failed + skipped_tests):
                run_cell(j)
            skipped.clear()
            failed.clear()
            skipped_tests.clear()
            skipped_ok = False
            status, msg = run_cell(i)
            if status == "nameerror":
                status = "fail"
        line = {"cell": gid, "status": status, "msg": msg}
        if session.lost is not None:
            line["lost"] = session.lost.kind
        emit(line)
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)  # since the fork: this notebook's P only
    emit({"done": True, "lost": session.lost.kind if session.lost else "",
          "lost_reason": session.lost.reason if session.lost else "", "cpu": usage.ru_utime + usage.ru_stime})
    session.bye()
    out.flush()


# =========================================================================== S: the sandbox server
class _Null:
    """``get_ipython()`` in S: accepts every attribute and call, does nothing."""

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return _Null()

    def __call__(self, *args, **kwargs):
        return None


class _BlockReference:
    """A meta-path finder that refuses ``course_utils.reference`` in S."""

    def find_spec(self, name, path=None, target=None):
        if name == "course_utils.reference" or name.startswith("course_utils.reference."):
            raise ImportError(f"{name} is not available here")
        return None


class _Callback:
    """A callable P handed to the student code (a test's lambda): calling it asks P."""

    __slots__ = ("_rv_id", "_rv_name", "_rv_peer", "__weakref__")

    @property
    def __name__(self):  # noqa: D401
        return self._rv_name or "callback"

    def __call__(self, *args, **kwargs):
        return self._rv_peer.callback(self, args, kwargs)

    def __repr__(self):
        return f"<function {self._rv_name or 'callback'}>"


class _PObject:
    """An object P handed to the student code (an instance of a test's class): public attributes
    and methods are fetched from P."""

    __slots__ = ("_rv_id", "_rv_peer", "__weakref__")

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._rv_peer.callback(self, (), {}, kind="getattr", name=name)

    def __repr__(self):
        return "<test object>"


class _PIterator(_PObject):
    """A generator or iterator P handed to the student code: ``next`` is asked of P."""

    __slots__ = ()

    def __iter__(self):
        return self

    def __next__(self):
        return self._rv_peer.callback(self, (), {}, kind="next")


class _Forbidder:
    """``course_utils.checks.forbid`` for S, with the same effect, applied around each call.

    The checks' version scans every loaded module on each use; a hidden test that calls the
    student's function thousands of times inside one ``forbid`` block would pay that scan per call
    here. This one remembers where each target was found and scans only modules loaded since.
    """

    def __init__(self, ns: dict, resolve, tripwire, short):
        self.ns = ns
        self._resolve, self._tripwire, self._short = resolve, tripwire, short
        self._targets: dict[str, Any] = {}

    def _target(self, name: str):
        entry = self._targets.get(name)
        if entry is None:
            owner, attr, fn = self._resolve(name)
            entry = self._targets[name] = [owner, attr, fn, self._short(name), [], set(), -1]
        owner, attr, fn, label, locs, seen, count = entry
        if count == len(sys.modules):
            return entry
        entry[6] = len(sys.modules)
        for modname, mod in list(sys.modules.items()):
            d = getattr(mod, "__dict__", None)
            if not isinstance(d, dict) or (modname, id(d)) in seen:
                continue
            seen.add((modname, id(d)))
            locs.extend((d, k) for k, v in list(d.items()) if v is fn)
        return entry

    @contextlib.contextmanager
    def __call__(self, *names: str):
        originals: list = []
        try:
            for name in names:
                owner, attr, fn, label, locs, _, _ = self._target(name)
                holders = [(d, k) for d, k in locs] + [(self.ns, k) for k, v in list(self.ns.items()) if v is fn]
                for d, k in holders:
                    if d.get(k) is fn:
                        originals.append((d, k, fn))
                        d[k] = self._tripwire(label)
                if getattr(owner, attr, None) is fn:
                    originals.append((owner, attr, fn))
                    setattr(owner, attr, self._tripwire(label))
            yield
        finally:
            for holder, key, value in reversed(originals):
                if isinstance(holder, dict):
                    holder[key] = value
                else:
                    setattr(holder, key, value)


class _Sandbox(_Peer):
    """S's end: runs the submission's cells and serves P's requests on the student's objects."""

    def __init__(self, chan: Channel, ns: dict, cell_timeout: float, forbid: _Forbidder):
        super().__init__(chan)
        self.ns = ns
        self.cell_timeout = cell_timeout
        self.cells: list = []
        self.deferred: list = []
        self.done = 0          # index into self.cells of the next cell to run
        self.depth = 0
        self.student = False   # is student code running (an alarm may raise right now)?
        self.alarm_due = False
        self._forbid = forbid
        self._resolvable: dict[str, bool] = {}
        signal.signal(signal.SIGALRM, self._on_alarm)

    def _on_alarm(self, signum, frame):
        self.alarm_due = True
        if self.student:
            raise _Alarm()

    # handles ---------------------------------------------------------------
    def _export(self, obj: Any) -> dict:
        if isinstance(obj, (_Callback, _PObject)) and obj._rv_peer is self:
            return {"own": "P", "id": obj._rv_id}
        try:
            return self._describe_object(obj)
        except Exception:  # noqa: BLE001 - odd objects still get a plain handle
            return {"own": "S", "id": self._register(obj), "cls": "object", "dunders": [], "name": None,
                    "pcls": False}

    def _describe_object(self, obj: Any) -> dict:
        cls = type(obj)
        dunders = []
        for d in _ALLOWED_DUNDERS:
            try:
                mine = getattr(cls, d, None)
            except Exception:  # noqa: BLE001
                continue
            if mine is not None and mine is not getattr(object, d, None):
                dunders.append(d)
        name = getattr(obj, "__name__", None) if callable(obj) else None
        cname = getattr(cls, "__name__", "object")
        return {"own": "S", "id": self._register(obj), "cls": cname if isinstance(cname, str) else "object",
                "dunders": dunders, "name": name if isinstance(name, str) else None,
                "pcls": isinstance(cname, str) and self.ns.get(cname) is cls}

    def _resolve(self, payload: dict) -> Any:
        own = payload.get("own")
        if own == "S":
            return self._own(payload)
        hid = payload.get("id")
        if own != "P" or type(hid) is not int:
            raise WireError("bad handle")
        cb = self._proxies.get(hid)
        if cb is None:
            kind = payload.get("kind")
            cb = object.__new__(_PIterator if kind == "iter" else _PObject if kind == "obj" else _Callback)
            object.__setattr__(cb, "_rv_id", hid)
            object.__setattr__(cb, "_rv_peer", self)
            if isinstance(cb, _Callback):
                name = payload.get("name")
                object.__setattr__(cb, "_rv_name", name if isinstance(name, str) else None)
            self._proxies[hid] = cb
        return cb

    # main loop ---------------------------------------------------------------
    def serve(self) -> None:
        while True:
            try:
                msg = self.chan.recv(None)
            except (ChannelClosed, WireError):
                return
            op = msg["op"]
            if op == "bye":
                return
            self._serve(msg)

    def _serve(self, msg: dict) -> None:
        op = msg["op"]
        if op == "init":
            cells = msg.get("cells", [])
            self.cells = [(c[0], c[1], bool(c[2])) for c in cells if isinstance(c, list) and len(c) == 3]
            self.chan.send({"op": "ok", "version": _VERSION})
        elif op == "advance":
            self._advance(int(msg.get("upto", 0)))
            self.chan.send({"op": "ok"})
        elif op == "describe":
            desc: dict = {"op": "desc", "kind": "missing", "dunders": []}
            try:
                obj = self.ns.get(str(msg.get("name")))
                if isinstance(obj, type):
                    desc.update(kind="class", dunders=[
                        d for d in _ALLOWED_DUNDERS
                        if getattr(obj, d, None) is not None and getattr(obj, d, None) is not getattr(object, d, None)])
                elif obj is not None:
                    desc["kind"] = "function" if callable(obj) else "other"
            except Exception:  # noqa: BLE001 - a hostile metaclass: describe it as nothing special
                desc.update(kind="other", dunders=[])
            self.chan.send(desc)
        elif op == "invoke":
            self._invoke(msg)
        else:
            raise WireError("unexpected request")

    def _wait(self) -> dict:
        while True:
            msg = self.chan.recv(None)
            if msg["op"] in ("return", "raise"):
                return msg
            self._serve(msg)

    # student code ------------------------------------------------------------
    def _advance(self, upto: int) -> None:
        while self.done < len(self.cells) and self.cells[self.done][0] < upto:
            idx, src, deferred = self.cells[self.done]
            self.done += 1
            if deferred:
                self.deferred.append((idx, src))
            else:
                self._run_cell(idx, src)

    def _run_deferred(self) -> bool:
        """A NameError: run the instructor cells the plan skipped, in order (once)."""
        if not self.deferred:
            return False
        todo, self.deferred = self.deferred, []
        for idx, src in todo:
            self._run_cell(idx, src)
        return True

    def _run_cell(self, idx: int, src: str) -> None:
        if not isinstance(src, str):
            return
        tree = _parse_cell(src, f"<cell {idx}>")
        if tree is None:
            return
        self.alarm_due = False
        try:
            code = compile(tree, f"<cell {idx}>", "exec")
            self.student = True
            signal.setitimer(signal.ITIMER_REAL, self.cell_timeout)
            try:
                exec(code, self.ns)  # noqa: S102 - the sandboxed student code
            finally:
                self.student = False
                signal.setitimer(signal.ITIMER_REAL, 0)
        except BaseException:  # noqa: BLE001 - a failing cell is skipped, like a kernel would
            pass
        finally:
            self.student = False
            _close_figures()

    @contextlib.contextmanager
    def _call_context(self, ctx: dict):
        import warnings

        import numpy as np

        err = np.geterr()
        diff = ctx.get("err", {})
        if isinstance(diff, dict):
            modes = ("ignore", "warn", "raise", "call", "print", "log")
            err.update({k: v for k, v in diff.items() if k in err and v in modes})
        targets = []
        for t in ctx.get("forbid", []) if isinstance(ctx.get("forbid"), list) else []:
            if not isinstance(t, str):
                continue
            ok = self._resolvable.get(t)
            if ok is None:
                # Only what the student's code has loaded can be called: never import a library
                # (scikit-learn costs seconds) just to forbid it.
                parts = t.split(".")
                if not any(".".join(parts[:cut]) in sys.modules for cut in range(len(parts) - 1, 0, -1)):
                    continue
                try:
                    self._forbid._target(t)
                    ok = True
                except Exception:  # noqa: BLE001
                    ok = False
                self._resolvable[t] = ok
            if ok:
                targets.append(t)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with np.errstate(**err):
                if targets:
                    with self._forbid(*targets):
                        yield caught
                else:
                    yield caught

    def _invoke(self, msg: dict) -> None:
        """Serve one P request on the student's objects; always answers exactly once."""
        import numpy as np

        self.depth += 1
        outer = self.depth == 1
        codec, snaps, caught, rng_before = None, [], [], None
        try:
            try:
                ctx = msg.get("ctx") if isinstance(msg.get("ctx"), dict) else {}
                codec, args, kwargs, snaps = self._decode_args(msg)
                tgt = msg.get("target")
                if isinstance(tgt, dict) and isinstance(tgt.get("name"), str):
                    if tgt["name"] not in self.ns:
                        raise NameError(f"name {tgt['name']!r} is not defined")
                    target = self.ns[tgt["name"]]
                else:
                    target = codec.decode(tgt)
                if "rng" in ctx:
                    np.random.set_state(self.codec().decode(ctx["rng"]))
                if ctx.get("rngsync"):
                    rng_before = np.random.get_state()
                kind, name = msg.get("kind"), msg.get("name")
                if outer:
                    self.alarm_due = False
                    timeout = ctx.get("timeout")
                    if isinstance(timeout, (int, float)) and timeout > 0:
                        signal.setitimer(signal.ITIMER_REAL, float(timeout))
                for attempt in (0, 1):
                    try:
                        with self._call_context(ctx) as caught:
                            was = self.student
                            self.student = True
                            try:
                                if self.alarm_due and outer:
                                    raise _Alarm()
                                if kind == "call":
                                    value = target(*args, **kwargs)
                                elif kind == "getattr":
                                    value = getattr(target, str(name))
                                elif kind == "setattr":
                                    value = setattr(target, str(name), args[0])
                                elif kind == "delattr":
                                    value = delattr(target, str(name))
                                elif kind == "method":
                                    value = getattr(target, str(name))(*args, **kwargs)
                                else:
                                    raise ValueError("unknown request kind")
                            finally:
                                self.student = was
                        break
                    except NameError:
                        if attempt or not self._run_deferred():
                            raise
                reply = {"op": "return", "value": value}
            except _Alarm:
                reply = {"op": "timeout"}
            except BaseException as exc:  # noqa: BLE001 - the student's exception goes to P
                reply = {"op": "raise", "exc": _exc_payload(exc)}
            finally:
                if outer:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            if outer and self.alarm_due:
                reply = {"op": "timeout"}
            if reply["op"] == "return":
                try:
                    reply["value"] = (codec or self.codec()).encode(reply["value"])
                except Exception as exc:  # noqa: BLE001 - NotTransferable or a hostile __getattr__
                    reply = {"op": "raise", "exc": {"mro": ["ReverifyTransferError"],
                                                     "msg": f"the result cannot be transferred: {exc}"}}
            if reply["op"] != "timeout":
                try:
                    if codec is not None:
                        reply["wb"] = self._writeback_payload(codec, snaps)
                    reply["warn"] = _warning_payloads(caught)
                    if rng_before is not None:
                        after = np.random.get_state()
                        if after[1].tobytes() != rng_before[1].tobytes() or after[2:] != rng_before[2:]:
                            reply["rng"] = self.codec().encode(after)
                except Exception:  # noqa: BLE001
                    reply.pop("wb", None)
        finally:
            self.depth -= 1
        self.chan.send(reply)

    def callback(self, cb: Any, args: tuple, kwargs: dict, kind: str = "call", name: str | None = None) -> Any:
        was = self.student
        self.student = False
        try:
            codec, eargs, ekwargs = self._args_codec(args, kwargs)
            self.chan.send({"op": "callback", "target": {"own": "P", "id": cb._rv_id}, "kind": kind,
                            "name": name, "args": eargs, "kwargs": ekwargs})
            reply = self._wait()
            self._apply_writeback(codec.memo, reply.get("wb", []))
            if reply["op"] == "raise":
                exc = _exc_from_payload(reply.get("exc"))
            else:
                exc = None
                value = codec.decode(reply.get("value"))
        finally:
            self.student = was
        if was and self.alarm_due and self.depth == 1:
            raise _Alarm()
        if exc is not None:
            raise exc
        return value


def _sandbox_main(rfd: int, wfd: int, cell_timeout: float) -> None:
    """Entry point of S."""
    if not any(isinstance(f, _BlockReference) for f in sys.meta_path):
        sys.meta_path.insert(0, _BlockReference())
    os.environ.setdefault("MPLBACKEND", "Agg")
    import numpy  # noqa: F401 - warm up before the student's first cell

    from course_utils.checks import _resolve, _short, _tripwire

    _exception_classes()
    main = types.ModuleType("__main__")
    ns = main.__dict__
    ns["__builtins__"] = builtins
    ns["get_ipython"] = lambda: _Null()
    ns["display"] = lambda *a, **k: None
    sys.modules["__main__"] = main
    sandbox = _Sandbox(Channel(rfd, wfd), ns, cell_timeout, _Forbidder(ns, _resolve, _tripwire, _short))
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # start-up errors went to the launcher's log; the student's output goes nowhere
    os.close(devnull)
    try:
        sandbox.serve()
    except BaseException:  # noqa: BLE001
        pass
    os._exit(0)  # skip the student's atexit hooks


def _entry(argv: list[str]) -> None:
    if argv and argv[0] == "sandbox":
        _sandbox_main(int(argv[1]), int(argv[2]), float(argv[3]))
    elif argv and argv[0] == "trusted":
        _trusted_main(json.loads(argv[1]))
    elif argv and argv[0] == "zygote":
        _zygote_main(int(argv[1]))
    elif argv and argv[0] == "szygote":
        _szygote_main(int(argv[1]))
    else:
        raise SystemExit("usage: reverify (sandbox RFD WFD CELL_TIMEOUT | trusted SPEC | zygote FD | szygote FD)")


# =========================================================================== the launcher
_BOOT = ("import sys\n"
         "try:\n    import course_utils\nexcept ImportError:\n    sys.path.insert(0, {root!r})\n"
         "from course_utils.grading.reverify import _entry\n_entry(sys.argv[1:])")


def _package_root() -> str:
    return str(Path(__file__).resolve().parents[2])


def _sandbox_env(env: dict | None, cwd: str) -> dict:
    if env is not None:
        out = {str(k): str(v) for k, v in env.items()}
    else:
        out = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": cwd, "TMPDIR": cwd,
               "LANG": "C.UTF-8", "NBGRADER_EXECUTION": "autograde", "COURSE_REDACT_VALUES": "1",
               "MPLCONFIGDIR": os.path.join(cwd, ".matplotlib")}
    out.setdefault("MPLBACKEND", "Agg")
    for var in _THREAD_VARS:
        out.setdefault(var, "1")
    return out


def _copy_font_cache(dest: str) -> None:
    """Give S's fresh matplotlib directory the grader's font cache (saves ~1 s of font scanning)."""
    import glob
    import shutil

    roots = [os.environ.get("MPLCONFIGDIR", ""),
             os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "matplotlib"),
             os.path.expanduser("~/.matplotlib")]
    os.makedirs(dest, exist_ok=True)
    os.chmod(dest, 0o777)
    for root in roots:
        for path in glob.glob(os.path.join(root, "fontlist-v*.json")) if root else []:
            try:
                shutil.copy(path, dest)
                os.chmod(os.path.join(dest, os.path.basename(path)), 0o666)
                return
            except OSError:
                continue


def _libc_prctl():
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except Exception:  # noqa: BLE001
        return None


def _child_setup(user_fn, prctl):
    def setup() -> None:
        if user_fn is not None:
            user_fn()
        try:
            os.setsid()
        except OSError:
            pass
        if prctl is not None:
            try:
                prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the grader
            except Exception:  # noqa: BLE001
                pass
    return setup


def _reap(proc: subprocess.Popen) -> tuple[int | None, float]:
    """(S's own exit code if it had already ended by itself, else None; its CPU seconds).
    S is killed if it is still running."""
    def wait(flags: int):
        try:
            pid, status, usage = os.wait4(proc.pid, flags)
        except ChildProcessError:
            return None
        if pid == 0:
            return None
        proc.returncode = os.waitstatus_to_exitcode(status)
        return proc.returncode, usage.ru_utime + usage.ru_stime

    done = wait(os.WNOHANG)
    if done is not None:
        return done
    try:
        if os.getpgid(proc.pid) == proc.pid:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except OSError:
        pass
    for _ in range(100):
        done = wait(os.WNOHANG)
        if done is not None:
            return None, done[1]
        time.sleep(0.05)
    return None, 0.0


def _kill(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    try:
        if os.getpgid(proc.pid) == proc.pid:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except (ProcessLookupError, PermissionError, OSError):
        try:
            proc.kill()
        except OSError:
            pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def _p_env() -> dict:
    env = dict(os.environ)
    env.update({"COURSE_REDACT_VALUES": "1", "MPLBACKEND": "Agg"})
    for var in _THREAD_VARS:
        env.setdefault(var, "1")
    return env


# --------------------------------------------------------------------------- the warm P zygote
# Starting P from scratch costs seconds of imports (NumPy, SciPy, scikit-learn, matplotlib, seaborn,
# the references). A zygote is a trusted process that imports them once and forks a fresh P per
# notebook (copy-on-write): every P still starts from a state no notebook has touched.
_PRELOAD = ("numpy", "scipy", "scipy.stats", "scipy.special", "scipy.linalg", "scipy.integrate",
            "scipy.optimize", "scipy.spatial.distance", "sklearn", "sklearn.preprocessing",
            "sklearn.linear_model", "sklearn.metrics", "sklearn.metrics.pairwise",
            "sklearn.model_selection", "sklearn.decomposition", "sklearn.naive_bayes", "sklearn.tree",
            "sklearn.pipeline", "matplotlib", "matplotlib.pyplot", "seaborn", "statistics", "fractions",
            "decimal", "course_utils.checks", "course_utils.data", "course_utils.plots",
            "IPython.core.inputtransformer2")


def _import_all(names) -> None:
    """Import every module of ``names`` that imports (a zygote's warm-up)."""
    import importlib

    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001
            pass


def _preload() -> None:
    import pkgutil

    _import_all(_PRELOAD)
    try:
        import course_utils.reference as ref

        _import_all(info.name for info in pkgutil.walk_packages(ref.__path__, "course_utils.reference."))
    except Exception:  # noqa: BLE001
        pass
    try:
        import seaborn as sns

        sns.color_palette("colorblind", 3)
    except Exception:  # noqa: BLE001
        pass


def _zygote_main(sock_fd: int) -> None:
    import socket

    sock = socket.socket(fileno=sock_fd)
    _preload()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped automatically
    for msg, fds in _requests(sock):
        try:
            spec = json.loads(msg.decode("utf-8"))
            pid = os.fork()
        except Exception:  # noqa: BLE001
            pid = -1
        if pid == 0:
            try:
                sock.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                os.setsid()
                rfd, wfd, out_fd, err_fd = fds
                os.dup2(err_fd, 2)
                os.chdir(spec["cwd"])
                spec.update(rfd=rfd, wfd=wfd, out_fd=out_fd)
                _trusted_main(spec)
            except BaseException:  # noqa: BLE001
                pass
            finally:
                os._exit(0)
        if not _hand_over(sock, fds, pid):
            break
    os._exit(0)


def _requests(sock):
    """In a zygote: each request from the grader, as (message bytes, passed fds), until EOF."""
    import socket

    while True:
        try:
            msg, fds, _, _ = socket.recv_fds(sock, 1 << 20, 8)
        except (OSError, ValueError):
            return
        if not msg:
            return
        yield msg, fds


def _hand_over(sock, fds: list[int], pid: int) -> bool:
    """In a zygote: close its copies of the child's fds and answer with the pid (-1: no child).
    False when the grader is gone."""
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        sock.sendall(f"{pid}".encode())
        return True
    except OSError:
        return False


class _ZygoteHandle:
    """A zygote of this process: ``kind`` is "zygote" (P's) or "szygote" (S's)."""

    def __init__(self, kind: str) -> None:
        import socket

        self.owner, self.code = os.getpid(), _code_stamp()
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        flags = ["-I"] if kind == "szygote" else []
        self.proc = subprocess.Popen(
            [sys.executable, *flags, "-c", _BOOT.format(root=_package_root()), kind, str(child.fileno())],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(child.fileno(),), close_fds=True, start_new_session=True,
            env=_p_env() if kind == "zygote" else _szygote_env(), cwd=tempfile.gettempdir())
        child.close()
        self.sock = parent

    def stale(self) -> bool:
        return self.proc.poll() is not None or self.owner != os.getpid() or self.code != _code_stamp()

    def fork(self, spec: dict, fds: list[int], timeout: float) -> int:
        import socket

        self.sock.settimeout(timeout)
        socket.send_fds(self.sock, [json.dumps(spec).encode("utf-8")], fds)
        reply = self.sock.recv(64)
        pid = int(reply.decode("ascii"))
        if pid <= 0:
            raise OSError("the zygote could not fork")
        return pid

    def reap(self, pid: int) -> tuple[int | None, float]:
        """Like ``_reap`` for a child of an S zygote (which is the one that can wait for it)."""
        with _ZYGOTE_LOCK:
            try:
                self.sock.settimeout(15.0)
                self.sock.sendall(json.dumps({"op": "reap", "pid": pid}).encode("utf-8"))
                reply = json.loads(self.sock.recv(256).decode("utf-8"))
                rc, cpu = reply.get("rc"), reply.get("cpu")
                return (rc if type(rc) is int else None), float(cpu or 0.0)
            except Exception:  # noqa: BLE001 - the zygote is gone: so is its child (pdeathsig)
                _kill_group(pid)
                return None, 0.0

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass
        _kill(self.proc)


_ZYGOTES: dict[str, _ZygoteHandle] = {}
_ZYGOTE_LOCK = __import__("threading").RLock()


def _code_stamp() -> tuple:
    """When any file of course_utils changes, a zygote started earlier holds stale code."""
    root = Path(__file__).resolve().parents[1]
    stamp = []
    for path in sorted(root.rglob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        stamp.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(stamp)


def _zygote_fork(kind: str, spec: dict, fds: list[int], timeout: float) -> tuple[_ZygoteHandle, int] | None:
    """A child forked from this process's zygote ``kind`` (started on first use, restarted when
    dead or stale); None when zygotes are off (``COURSE_REVERIFY_NO_ZYGOTE=1``) or unavailable."""
    if os.environ.get("COURSE_REVERIFY_NO_ZYGOTE") == "1":
        return None
    with _ZYGOTE_LOCK:
        for _attempt in (0, 1):
            handle = _ZYGOTES.get(kind)
            try:
                if handle is not None and handle.stale():
                    handle.close()  # dead, inherited through a fork, or course_utils changed on disk
                    handle = None
                if handle is None:
                    handle = _ZYGOTES[kind] = _ZygoteHandle(kind)
                return handle, handle.fork(spec, fds, timeout)
            except Exception:  # noqa: BLE001 - fall back to a cold start
                if handle is not None:
                    handle.close()
                _ZYGOTES.pop(kind, None)
        return None


def _fork_p(spec: dict, fds: list[int], timeout: float) -> int | None:
    """A fresh P forked from this process's P zygote; None if unavailable."""
    got = _zygote_fork("zygote", spec, fds, timeout)
    return got[1] if got else None


def shutdown_zygote() -> None:
    """Stop this process's zygotes (they also stop by themselves when this process exits)."""
    with _ZYGOTE_LOCK:
        for handle in _ZYGOTES.values():
            handle.close()
        _ZYGOTES.clear()


# --------------------------------------------------------------------------- the warm S zygote
# S used to start as a fresh ``python -I`` and pay for the submission's imports (matplotlib,
# SciPy: about a second per notebook). Its zygote imports them once, untrusted-safe modules only
# (never ``course_utils.reference``), and never runs student code; each S is a fork that applies
# the sandbox (private view, limits, uid) itself, then starts from a state no submission touched.
_S_PRELOAD = ("numpy", "scipy", "scipy.stats", "scipy.special", "scipy.linalg", "scipy.integrate",
              "scipy.optimize", "scipy.spatial.distance", "sklearn", "sklearn.preprocessing",
              "sklearn.linear_model", "sklearn.metrics", "sklearn.model_selection",
              "sklearn.decomposition", "matplotlib", "matplotlib.pyplot", "statistics", "fractions",
              "decimal", "random", "course_utils.checks", "course_utils.data", "course_utils.plots")


def _szygote_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR",
                                                        "MPLCONFIGDIR", "XDG_CACHE_HOME")}
    env.update({"MPLBACKEND": "Agg", "COURSE_REDACT_VALUES": "1", "MALLOC_ARENA_MAX": "2"})
    for var in _THREAD_VARS:
        env[var] = "1"
    return env


def _holds_reference() -> bool:
    return any(m == "course_utils.reference" or m.startswith("course_utils.reference.") for m in sys.modules)


def _szygote_main(sock_fd: int) -> None:
    import socket

    sock = socket.socket(fileno=sock_fd)
    sys.meta_path.insert(0, _BlockReference())
    _import_all(_S_PRELOAD)
    _exception_classes()
    if _holds_reference():  # S must never hold the instructor's code
        os._exit(3)
    finished: dict[int, tuple[int, float]] = {}   # children that ended, not yet asked about
    alive: set[int] = set()

    def collect(pid: int, flags: int) -> bool:
        try:
            got, status, usage = os.wait4(pid, flags)
        except ChildProcessError:
            alive.discard(pid)
            return False
        if got == 0:
            return False
        alive.discard(got)
        finished[got] = (os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime)
        return True

    def reap(pid: int) -> dict:
        if pid not in finished and pid in alive and not collect(pid, os.WNOHANG):
            _kill_group(pid)  # still running: P is done with it
            for _ in range(100):
                if collect(pid, os.WNOHANG):
                    rc, cpu = finished.pop(pid)
                    return {"rc": None, "cpu": cpu}
                time.sleep(0.05)
            return {"rc": None, "cpu": 0.0}
        rc, cpu = finished.pop(pid, (None, 0.0))
        return {"rc": rc, "cpu": cpu}

    for msg, fds in _requests(sock):
        while alive and collect(-1, os.WNOHANG):
            pass
        if len(finished) > 1000:
            finished.clear()
        try:
            req = json.loads(msg.decode("utf-8"))
            op = req.get("op")
        except Exception:  # noqa: BLE001
            req, op = {}, None
        if op == "reap":
            for fd in fds:
                os.close(fd)
            pid = req.get("pid")
            reply = reap(pid) if type(pid) is int and pid > 0 else {"rc": None, "cpu": 0.0}
            try:
                sock.sendall(json.dumps(reply).encode("utf-8"))
            except OSError:
                break
            continue
        pid = -1
        if op == "fork" and len(fds) == 3:
            try:
                pid = os.fork()
            except OSError:
                pid = -1
            if pid == 0:
                _s_child(req, fds, sock)  # never returns
        if pid > 0:
            alive.add(pid)
        if not _hand_over(sock, fds, pid):
            break
    for pid in list(alive):
        _kill_group(pid)
    os._exit(0)


def _s_child(req: dict, fds: list[int], sock) -> None:
    """In a fork of the S zygote: become S (what ``Popen(preexec_fn=...)`` + ``python -I`` did)."""
    try:
        sock.close()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        rfd, wfd, err_fd = fds
        os.dup2(err_fd, 2)
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(null, 1)
        keep = {0, 1, 2, rfd, wfd}
        for name in os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else []:
            if name.isdigit() and int(name) not in keep:
                try:
                    os.close(int(name))
                except OSError:
                    pass
        os.chdir(str(req["cwd"]))
        os.environ.clear()
        os.environ.update({str(k): str(v) for k, v in dict(req.get("env") or {}).items()})
        sandbox = None
        if req.get("sandbox") is not None:
            from .sandbox import SandboxPreexec

            sandbox = SandboxPreexec.from_spec(req["sandbox"])
        _child_setup(sandbox, _libc_prctl())()  # as Popen's preexec_fn; the "parent" is the zygote
        import random

        import numpy as np

        random.seed()         # a fresh process would not share its seeds with the previous S
        np.random.seed()
        _sandbox_main(rfd, wfd, float(req.get("cell_timeout", CELL_TIMEOUT)))
    except BaseException as exc:  # noqa: BLE001
        try:
            os.write(2, f"S could not start: {type(exc).__name__}: {exc}\n".encode("utf-8", "replace"))
        except OSError:
            pass
    finally:
        os._exit(1)  # _sandbox_main ends with os._exit(0): only a start-up failure gets here


def _read_until_eof(fd: int, deadline: float) -> tuple[bytes, bool]:
    """Everything written to ``fd`` until EOF; (data, timed_out)."""
    import select

    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return b"".join(chunks), True
        r, _, _ = select.select([fd], [], [], left)
        if not r:
            continue
        data = os.read(fd, 1 << 16)
        if not data:
            return b"".join(chunks), False
        chunks.append(data)


def _kill_group(pid: int) -> None:
    for sig_target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            sig_target()
            return
        except (ProcessLookupError, PermissionError, OSError):
            continue


def _run(source_nb: Path, submitted_nb: Path, result: ReverifyResult, start: float, preexec_fn,
         timeout: float, env: dict | None, call_timeout: float, cell_timeout: float,
         skip: list[str] = ()) -> None:
    import shutil

    tmp = tempfile.mkdtemp(prefix="reverify-")
    s_proc = p_proc = None
    s_zygote: _ZygoteHandle | None = None
    s_pid = p_pid = 0
    fds: list[int] = []
    res_r = -1
    try:
        os.chmod(tmp, 0o711)
        s_dir, p_dir = os.path.join(tmp, "s"), os.path.join(tmp, "p")
        os.makedirs(s_dir)
        os.makedirs(p_dir, mode=0o700)
        os.chmod(s_dir, 0o777)
        s_env = _sandbox_env(env, s_dir)
        from .sandbox import SandboxPreexec

        # The warm S zygote applies the sandbox itself, so it needs it as data: the course's own
        # sandbox (or none); any other preexec_fn gets a cold ``python -I`` start.
        warm = preexec_fn is None or type(preexec_fn) is SandboxPreexec
        if env is None and not warm:
            _copy_font_cache(s_env["MPLCONFIGDIR"])
        p2s_r, p2s_w = os.pipe()
        s2p_r, s2p_w = os.pipe()
        res_r, res_w = os.pipe()
        fds = [p2s_r, p2s_w, s2p_r, s2p_w, res_w]
        boot = _BOOT.format(root=_package_root())
        s_err_path = os.path.join(p_dir, "sandbox-start.log")
        s_err = os.open(s_err_path, os.O_WRONLY | os.O_CREAT, 0o600)
        fds.append(s_err)
        try:
            got = None
            if warm:
                got = _zygote_fork("szygote", {
                    "op": "fork", "cwd": s_dir, "env": s_env, "cell_timeout": cell_timeout,
                    "sandbox": preexec_fn.to_spec() if preexec_fn is not None else None},
                    [p2s_r, s2p_w, s_err], 30.0)
            if got:
                s_zygote, s_pid = got
            else:
                s_proc = subprocess.Popen(
                    [sys.executable, "-I", "-c", boot, "sandbox", str(p2s_r), str(s2p_w), str(cell_timeout)],
                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=s_err,
                    cwd=s_dir, env=s_env, pass_fds=(p2s_r, s2p_w), close_fds=True,
                    preexec_fn=_child_setup(preexec_fn, _libc_prctl()))
        except Exception as exc:  # noqa: BLE001
            result.error = f"could not start the sandbox: {type(exc).__name__}: {exc}"
            for gid in result.cells:
                result.messages[gid] = "not re-verified: the sandbox could not start"
            return
        log_path = os.path.join(p_dir, "stderr.log")
        err_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT, 0o600)
        fds.append(err_fd)
        spec = {"source": str(Path(source_nb).resolve()), "submitted": str(Path(submitted_nb).resolve()),
                "call_timeout": call_timeout, "cwd": p_dir, "skip": list(skip),
                "deadline": time.time() + timeout - (time.monotonic() - start) - 1.0}
        p_pid = _fork_p(spec, [s2p_r, p2s_w, res_w, err_fd], max(5.0, timeout - (time.monotonic() - start)))
        if not p_pid:
            spec.update(rfd=s2p_r, wfd=p2s_w, out_fd=res_w)
            p_proc = subprocess.Popen(
                [sys.executable, "-c", boot, "trusted", json.dumps(spec)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err_fd, cwd=p_dir,
                env=_p_env(), pass_fds=(s2p_r, p2s_w, res_w), close_fds=True, start_new_session=True)
            p_pid = p_proc.pid
        for fd in fds:
            os.close(fd)
        fds = []
        out, p_timed_out = _read_until_eof(res_r, start + timeout + 3.0)
        if p_timed_out:
            _kill_group(p_pid)
        if s_zygote is not None:
            s_rc_before, s_cpu = s_zygote.reap(s_pid)
            s_zygote = None
        else:
            s_rc_before, s_cpu = _reap(s_proc)
        if p_proc is not None:
            try:
                p_proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                _kill(p_proc)
        _collect(out.decode("utf-8", "replace"), result, p_timed_out,
                 p_proc.returncode if p_proc is not None else None, s_rc_before, log_path, s_err_path)
        result.cpu_seconds = round(result.cpu_seconds + s_cpu, 3)
    finally:
        for fd in fds + ([res_r] if res_r >= 0 else []):
            try:
                os.close(fd)
            except OSError:
                pass
        _kill(p_proc)
        _kill(s_proc)
        if s_zygote is not None:
            s_zygote.reap(s_pid)
        shutil.rmtree(tmp, ignore_errors=True)


def _tail(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            lines = fh.read()[-4000:].decode("utf-8", "replace").strip().splitlines()
            return lines[-1][:300] if lines else ""
    except OSError:
        return ""


def _collect(out: str, result: ReverifyResult, p_timed_out: bool, p_rc: int | None, s_rc: int | None,
             log_path: str, s_err_path: str = "") -> None:
    seen: dict[str, tuple[str, str, str]] = {}
    done: dict | None = None
    fatal = ""
    for line in out.splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if not isinstance(obj, dict):
            continue
        if "fatal" in obj:
            fatal = str(obj["fatal"])
        elif obj.get("done"):
            done = obj
            if isinstance(obj.get("cpu"), (int, float)):
                result.cpu_seconds = float(obj["cpu"])
        elif isinstance(obj.get("cell"), str):
            seen[obj["cell"]] = (str(obj.get("status")), str(obj.get("msg", "")), str(obj.get("lost", "")))
    errors: list[str] = []
    if s_rc is not None and s_rc >= 0:
        lost_text = f"your code ended the re-verification process (exit code {s_rc})"
    elif s_rc is not None:
        lost_text = f"the re-verification process was stopped by signal {-s_rc}"
    else:
        lost_text = "the re-verification process closed its channel"
    for gid in result.cells:
        status, msg, _lost = seen.get(gid, ("missing", "", ""))
        if status == "pass":
            result.cells[gid] = True
        elif status == "fail":
            result.cells[gid] = False
            result.messages[gid] = msg or "failed when re-verified"
        elif status == "lost":
            # S went away during the run: exiting on its own (os._exit) is the student's code's
            # doing and fails the cell; a signal (resource limit) leaves it not re-verifiable.
            result.cells[gid] = False if (s_rc is not None and s_rc >= 0) else None
            result.messages[gid] = lost_text
        elif status == "none":
            result.cells[gid] = None
            result.messages[gid] = msg or "not re-verifiable"
        else:
            result.cells[gid] = None
            result.messages[gid] = "not re-verified: the run did not reach this cell"
    if fatal:
        errors.append(fatal)
    if done and done.get("lost"):
        kind = done["lost"]
        if kind == "startup":
            errors.append(f"the sandbox process did not start (exit code {s_rc}) {_tail(s_err_path)}".strip())
        else:
            errors.append(lost_text if kind == "eof" else str(done.get("lost_reason") or kind))
    if p_timed_out:
        errors.append("the re-verification time limit was reached")
    elif done is None and not fatal:
        errors.append(f"the trusted runner stopped early (exit code {p_rc}) {_tail(log_path)}".strip())
    timeouts = [g for g, (st, m, _) in seen.items() if st == "none" and "time limit" in m]
    if timeouts and not any("time limit" in e for e in errors):
        errors.append(f"time limit reached in {len(timeouts)} cell(s)")
    result.error = "; ".join(dict.fromkeys(errors))


if __name__ == "__main__":  # python -m course_utils.grading.reverify trusted|sandbox ...
    from course_utils.grading import reverify as _self

    _self._entry(sys.argv[1:])
