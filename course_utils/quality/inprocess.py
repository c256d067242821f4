"""Run a course notebook's cells in this process: fast enough to try every mutant.

This harness mirrors nbgrader's scoring rules closely: a test cell fails when it raises, when it
writes to stderr, or when it emits a warning that IPython would print. It is a development and
test-suite tool; the real grading always goes through nbgrader and a Jupyter kernel.
"""
from __future__ import annotations

import ast
import contextlib
import io
import os
import signal
import time
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .model import CourseNotebook, Exercise, is_solution, is_test, nbgrader_meta, strip_solution

os.environ.setdefault("MPLBACKEND", "Agg")

QUIET_WARNINGS = (DeprecationWarning, PendingDeprecationWarning)


class CellTimeout(Exception):
    pass


@dataclass
class CellOutcome:
    index: int
    ok: bool
    message: str = ""
    seconds: float = 0.0


@dataclass
class RunResult:
    """Per-test-cell outcomes of one pass over a notebook."""

    outcomes: dict[int, CellOutcome] = field(default_factory=dict)
    seconds: float = 0.0
    other_failures: dict[int, CellOutcome] = field(default_factory=dict)  # non-test cells that failed

    def score(self, nb: CourseNotebook) -> tuple[float, float]:
        got = total = 0.0
        for i, meta in nb.test_cells():
            total += float(meta["points"])
            if i in self.outcomes and self.outcomes[i].ok:
                got += float(meta["points"])
        return got, total


@dataclass
class MutantResult:
    grade_id: str
    name: str
    killed: bool
    detail: str


def _timeout_handler(signum, frame):  # pragma: no cover - only on runaway code
    raise CellTimeout("cell took too long")


@contextlib.contextmanager
def _time_limit(seconds: float):
    use_signal = hasattr(signal, "setitimer") and seconds > 0
    if use_signal:
        old = signal.signal(signal.SIGALRM, _timeout_handler)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if use_signal:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def _quiet_matplotlib() -> None:
    try:
        import matplotlib

        matplotlib.use("Agg", force=True)
        import matplotlib.pyplot as plt
    except Exception:  # pragma: no cover
        return
    if not getattr(plt.show, "_course_quiet", False):
        def show(*args, **kwargs):
            # Render like the inline backend would, so e.g. a mathtext error in a label fails here too.
            try:
                _draw_all(plt)
            finally:
                plt.close("all")

        show._course_quiet = True  # type: ignore[attr-defined]
        plt.show = show


def _draw_all(plt) -> None:
    for num in plt.get_fignums():
        plt.figure(num).canvas.draw()


def _run_source(source: str, ns: dict, index: int):
    """Execute like IPython: the value of a final expression statement is returned (None otherwise)."""
    tree = ast.parse(source, filename=f"<cell {index}>")
    last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    if last is not None:
        tree.body = tree.body[:-1]
    exec(compile(tree, f"<cell {index}>", "exec"), ns)  # noqa: S102 - this is a notebook runner
    if last is None:
        return None
    return eval(compile(ast.Expression(last.value), f"<cell {index}>", "eval"), ns)  # noqa: S307


def exec_cell(source: str, ns: dict, index: int, timeout: float = 60.0, test_cell: bool = False,
              draw: bool = True) -> CellOutcome:
    """Execute one cell's source in ``ns``; report failure like nbgrader would score it."""
    stderr = io.StringIO()
    start = time.perf_counter()
    message = ""
    ok = True
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for cat in QUIET_WARNINGS:
            warnings.filterwarnings("ignore", category=cat)
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr), \
                    _time_limit(timeout):
                value = _run_source(source, ns, index)
                if value is not None and test_cell:
                    ok, message = False, (f"the cell ends in an expression whose value ({type(value).__name__}) "
                                          f"nbgrader would read as a score")
        except CellTimeout:
            ok, message = False, f"timeout after {timeout:g} s"
        except BaseException as exc:  # noqa: BLE001 - every failure is a result
            ok = False
            last = traceback.format_exception_only(type(exc), exc)[-1].strip()
            message = last
    if ok and caught:
        ok, message = False, f"warning: {caught[0].category.__name__}: {caught[0].message}"
    if ok and stderr.getvalue().strip():
        ok, message = False, "stderr: " + stderr.getvalue().strip().splitlines()[-1]
    try:
        import matplotlib.pyplot as plt
    except Exception:  # pragma: no cover
        plt = None
    if plt is not None:
        try:
            if ok and draw:
                _draw_all(plt)
        except Exception as exc:  # noqa: BLE001 - an undrawable figure is an error in the notebook
            ok, message = False, f"a figure could not be drawn: {type(exc).__name__}: {exc}"[:300]
        finally:
            plt.close("all")
    return CellOutcome(index, ok, message, time.perf_counter() - start)


def fresh_namespace() -> dict:
    _quiet_matplotlib()
    return {"__name__": "__main__", "__builtins__": __builtins__}


@contextlib.contextmanager
def _cwd(path: Path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def _code_cells(nb: CourseNotebook, start: int, stop: int) -> Iterable[tuple[int, object]]:
    for i in range(start, stop):
        cell = nb.cells[i]
        if cell.cell_type == "code":
            yield i, cell


def run_notebook(nb: CourseNotebook, *, release: bool = False,
                 overrides: dict[str, str] | None = None, timeout: float = 60.0,
                 draw: bool = True) -> RunResult:
    """Run every code cell in order and record each test cell's outcome.

    ``release=True`` replaces every solution region by the student stub; ``overrides`` maps a
    solution cell's grade_id to replacement source.
    """
    overrides = overrides or {}
    ns = fresh_namespace()
    result = RunResult()
    start = time.perf_counter()
    with _cwd(nb.path.parent):
        for i, cell in _code_cells(nb, 0, len(nb.cells)):
            source = cell.source
            if is_solution(cell):
                gid = nbgrader_meta(cell)["grade_id"]
                if gid in overrides:
                    source = overrides[gid]
                elif release:
                    source = strip_solution(source)
            outcome = exec_cell(source, ns, i, timeout, test_cell=is_test(cell), draw=draw)
            if is_test(cell):
                result.outcomes[i] = outcome
            elif not outcome.ok and not release:
                result.other_failures[i] = outcome
    result.seconds = time.perf_counter() - start
    return result


def run_mutants(nb: CourseNotebook, mutants: dict[str, dict[str, str]], *,
                timeout: float = 20.0, solution: RunResult | None = None) -> list[MutantResult]:
    """Try each mutant of each exercise; a mutant is killed when one of its exercise's tests fails.

    The notebook runs once with the real solutions; just before each exercise's solution cell the
    namespace is snapshotted, and each mutant replays the exercise (solution cell replaced by the
    mutant, then every code cell up to the exercise's last test cell) on a copy of that snapshot.
    Pass ``solution=RunResult()`` to also collect the real solution's test-cell outcomes.
    """
    exercises: dict[int, Exercise] = {ex.solution_index: ex for ex in nb.exercises()}
    ns = fresh_namespace()
    results: list[MutantResult] = []
    with _cwd(nb.path.parent):
        for i, cell in _code_cells(nb, 0, len(nb.cells)):
            ex = exercises.get(i)
            if ex is not None:
                for name, source in mutants.get(ex.grade_id, {}).items():
                    results.append(_try_mutant(nb, ex, name, source, dict(ns), timeout))
            outcome = exec_cell(cell.source, ns, i, timeout=60.0, test_cell=is_test(cell))
            if solution is not None and is_test(cell):
                solution.outcomes[i] = outcome
            elif solution is not None and not outcome.ok:
                solution.other_failures[i] = outcome
    return results


def _try_mutant(nb: CourseNotebook, ex: Exercise, name: str, source: str, ns: dict,
                timeout: float) -> MutantResult:
    # (figures are drawn, and so checked, in the solution's run; a mutant only needs the test outcomes)
    defined = exec_cell(source, ns, ex.solution_index, timeout, draw=False)
    if not defined.ok:
        return MutantResult(ex.grade_id, name, False, f"mutant itself failed to run: {defined.message}")
    for j, cell in _code_cells(nb, ex.solution_index + 1, ex.last_index + 1):
        outcome = exec_cell(cell.source, ns, j, timeout, test_cell=is_test(cell), draw=False)
        if is_test(cell) and not outcome.ok:
            gid = nbgrader_meta(cell)["grade_id"]
            return MutantResult(ex.grade_id, name, True, f"{gid}: {outcome.message}")
    return MutantResult(ex.grade_id, name, False, "survived: every test cell passed")
