"""Bad submissions for unit 00-prerequisites, each with the grades it must get.

Every attack is one student folder (``submitted/<case>/00-prerequisites/``) built from the release
notebooks with the solutions filled in (what a diligent student submits), then damaged or made
hostile in one way. ``tests/test_attacks.py`` grades all of them in one autograde batch and checks
each notebook's per-question export rows against ``Attack.expected``.

Expectations are written as the grading pipeline *should* behave (see the issue "bad submissions"),
not as it happens to behave today:

* ``status``: the statuses each question of the notebook may have (``ok``, ``failed``, ``timeout``,
  ``error``, ``missing``, ``manual``); ``questions`` overrides it for single test cells.
* ``score``: ``full`` (every question full marks), ``zero`` (every question 0), ``not full`` (the
  notebook's total is below its maximum) or ``any``.
* ``flags``: substrings that must appear among the notebook's flags (integrity flags, renames, ...).

Resource bombs are bounded here, in the fixture, so that a broken sandbox fails the test instead of
the machine: the memory bomb stops after 24 chunks of 256 MiB (6 GiB), the fork bomb after 200
children that each sleep 2 s and exit. The bombs run *before* the ``def`` of the solution: inside the
limits they raise, the function is never defined and the question scores 0; without limits they
finish and the (otherwise correct) question would get full marks, so the test fails.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import nbformat

from course_utils.grading.simulate import solution_sources
from course_utils.quality.model import is_solution, is_test, nbgrader_meta

UNIT = "00-prerequisites"
N1, N2, N3 = "01-python-for-math", "02-numpy-basics", "03-math-notation-and-plotting"
NOTEBOOKS = (N1, N2, N3)
# the graded exercises of 02-numpy-basics, in notebook order
PAIRWISE, STANDARDIZE, ONE_HOT = "test_pairwise_sq_dists", "test_standardize", "test_one_hot"

# Unique names for the files the write-outside attack tries to create (checked by the test).
TOKEN = uuid.uuid4().hex[:12]
MARKER_RELATIVE = f"pwned-{TOKEN}-relative.txt"
MARKER_ABSOLUTE = f"pwned-{TOKEN}-absolute.txt"

STATUSES = ("ok", "failed", "timeout", "error", "missing", "manual")


@dataclass(frozen=True)
class Expect:
    status: tuple[str, ...] = ("ok",)
    score: str = "full"                      # full | zero | not full | any
    flags: tuple[str, ...] = ()
    questions: dict[str, "Expect"] = field(default_factory=dict)

    def __post_init__(self):
        assert set(self.status) <= set(STATUSES), self.status
        assert self.score in ("full", "zero", "not full", "any"), self.score


OK = Expect(("ok",), "full")
MISSING = Expect(("missing",), "zero")


@dataclass
class Attack:
    description: str
    build: Callable[[Path, Path], None]          # (student's unit folder, course root)
    expected: dict[str, Expect]                  # per notebook; notebooks not listed are MISSING

    def __post_init__(self):
        self.expected = {nb: self.expected.get(nb, MISSING) for nb in NOTEBOOKS}


# --------------------------------------------------------------------------- notebook builders
def solved(course_root: Path, name: str, replace: dict[str, str] | None = None) -> nbformat.NotebookNode:
    """The release notebook with every solution filled in; ``replace`` swaps in other code per grade id."""
    answers = solution_sources(course_root / "source" / UNIT / f"{name}.ipynb")
    answers.update(replace or {})
    nb = nbformat.read(str(course_root / "release" / UNIT / f"{name}.ipynb"), as_version=4)
    for cell in nb.cells:
        if is_solution(cell) and nbgrader_meta(cell)["grade_id"] in answers:
            cell.source = answers[nbgrader_meta(cell)["grade_id"]]
    return nb


def solution(course_root: Path, name: str, grade_id: str) -> str:
    return solution_sources(course_root / "source" / UNIT / f"{name}.ipynb")[grade_id]


def write(nb: nbformat.NotebookNode, path: Path) -> None:
    nbformat.write(nb, str(path))


def _with(name: str, grade_id: str, *, before: str = "", after: str = "", instead: str | None = None):
    """A builder: notebook ``name`` solved, with code put before/after (or instead of) one solution."""
    def build(folder: Path, course_root: Path) -> None:
        code = instead if instead is not None else solution(course_root, name, grade_id)
        code = "\n".join(part for part in (before.strip("\n"), code, after.strip("\n")) if part)
        write(solved(course_root, name, {grade_id: code}), folder / f"{name}.ipynb")
    return build


# --------------------------------------------------------------------------- structural damage
def _invalid_json(folder: Path, course_root: Path) -> None:
    (folder / f"{N2}.ipynb").write_text('{"cells": [ this is not json', encoding="utf-8")


def _empty_file(folder: Path, course_root: Path) -> None:
    (folder / f"{N2}.ipynb").write_bytes(b"")


def _renamed(folder: Path, course_root: Path) -> None:
    write(solved(course_root, N2), folder / f"{N2} (1).ipynb")          # a re-downloaded file
    write(solved(course_root, N3), folder / f"{N3.upper()}.ipynb")      # different case


def _extra_notebooks(folder: Path, course_root: Path) -> None:
    write(solved(course_root, N2), folder / f"{N2}.ipynb")
    # an older, unsolved copy beside the real one: must not be graded instead of it
    release = nbformat.read(str(course_root / "release" / UNIT / f"{N2}.ipynb"), as_version=4)
    write(release, folder / f"{N2} copy.ipynb")
    # a scratch notebook that would hang if anything ran it
    scratch = nbformat.v4.new_notebook()
    scratch.cells.append(nbformat.v4.new_code_cell("while True:\n    pass"))
    write(scratch, folder / "scratch.ipynb")
    (folder / "notes.txt").write_text("my notes", encoding="utf-8")


def _deleted_test_cell(folder: Path, course_root: Path) -> None:
    nb = solved(course_root, N2)
    nb.cells = [c for c in nb.cells if not (is_test(c) and nbgrader_meta(c)["grade_id"] == STANDARDIZE)]
    write(nb, folder / f"{N2}.ipynb")


def _metadata_stripped(folder: Path, course_root: Path) -> None:
    nb = solved(course_root, N2)
    for cell in nb.cells:
        cell.metadata = {}
    nb.metadata = {"kernelspec": nb.metadata.get("kernelspec", {"name": "python3", "display_name": "Python 3",
                                                                  "language": "python"})}
    write(nb, folder / f"{N2}.ipynb")


def _changed_cell_type(folder: Path, course_root: Path) -> None:
    nb = solved(course_root, N2)
    for i, cell in enumerate(nb.cells):
        if is_test(cell) and nbgrader_meta(cell)["grade_id"] == ONE_HOT:
            md = nbformat.v4.new_markdown_cell(cell.source, metadata=cell.metadata)
            nb.cells[i] = md
    # written as raw JSON: nbformat's validator would refuse nbgrader test metadata on a markdown cell
    (folder / f"{N2}.ipynb").write_text(json.dumps(nb, indent=1), encoding="utf-8")


# --------------------------------------------------------------------------- runaway code
LOOP = '''
def standardize(X):
    while True:          # an endless loop that Ctrl-C (the timeout's interrupt) can stop
        pass
'''

SIGINT_LOOP = '''
import signal
signal.signal(signal.SIGINT, signal.SIG_IGN)   # the timeout's interrupt is ignored from now on


def standardize(X):
    while True:
        pass
'''

OS_EXIT = '''
import os
os._exit(1)              # the kernel process ends at once
'''

MEMORY_BOMB = '''
import numpy as _np
_hog = []
for _chunk in range(24):                      # bounded: 24 x 256 MiB = 6 GiB at most, then it stops
    _hog.append(_np.ones(32 * 1024 * 1024))   # 32 Mi float64 = 256 MiB, written, so really resident
del _hog
'''

FORK_BOMB = '''
import os as _os
import time as _time
_children = []
for _k in range(200):                         # bounded: 200 children at most
    _pid = _os.fork()
    if _pid == 0:
        _time.sleep(2)
        _os._exit(0)
    _children.append(_pid)
for _pid in _children:
    _os.waitpid(_pid, 0)
'''

PRINT_FLOOD = '''
for _line in range(10_000_000):               # ten million short lines
    print(_line)
'''

WRITE_OUTSIDE = f'''
from pathlib import Path as _Path
for _target in ("../../../{MARKER_RELATIVE}", "/tmp/{MARKER_ABSOLUTE}"):
    try:
        _Path(_target).write_text("written by a student notebook")
    except OSError:
        pass
'''

NOISY = '''
import logging
import sys
import warnings

print("one_hot: loading my solution", file=sys.stderr)
'''

NOISY_ONE_HOT = '''
def one_hot(y, num_classes=None):
    """One-hot encode integer labels (correct, but chatty on stderr)."""
    warnings.warn("one_hot: this solution emits a UserWarning on every call", UserWarning)
    logging.getLogger("student").warning("one_hot: called with %d labels", len(y))
    print("one_hot: progress message", file=sys.stderr)
    y = np.asarray(y)
    if y.ndim != 1 or y.dtype.kind not in "iu":
        raise ValueError("y must be a 1-D array of integer labels")
    k = int(y.max()) + 1 if num_classes is None else int(num_classes)
    if y.size and (y.min() < 0 or y.max() >= k):
        raise ValueError(f"labels must lie in [0, {k})")
    Y = np.zeros((y.size, k))
    Y[np.arange(y.size), y] = 1.0
    return Y
'''

# --------------------------------------------------------------------------- integrity attacks
# Wrong answers for standardize: population std -> sample std (fails even the visible test), and an
# in-place version that passes the visible test but modifies the caller's array (hidden tests catch it).
WRONG_DDOF = '''
def standardize(X):
    X = np.asarray(X, dtype=float)
    return (X - X.mean(axis=0)) / np.where(X.std(axis=0, ddof=1) > 0, X.std(axis=0, ddof=1), 1.0)
'''
WRONG_IN_PLACE = '''
def standardize(X):
    X = np.asarray(X, dtype=float)
    std = X.std(axis=0)
    X -= X.mean(axis=0)
    X /= np.where(std > 0, std, 1.0)
    return X
'''
WRONG_IDENTITY = '''
def standardize(X):
    return np.asarray(X, dtype=float)
'''

CHEAT_ALLCLOSE = '''
np.allclose = lambda *args, **kwargs: True
np.testing.assert_allclose = lambda *args, **kwargs: None
'''

CHEAT_CHECKS = '''
import contextlib as _contextlib
import course_utils.checks as _checks

_checks.assert_close = lambda *args, **kwargs: None
_checks.assert_unchanged = lambda *args, **kwargs: _contextlib.nullcontext()
assert_close = _checks.assert_close
assert_unchanged = _checks.assert_unchanged
'''

CHEAT_REFERENCE = '''
from course_utils.reference import prerequisites as _ref
_ref.standardize = standardize
'''

CHEAT_INPUT_TRANSFORMER = '''
def _swallow_errors(lines):
    """Wrap every later cell in try/except: no cell can fail any more."""
    if not lines:
        return lines
    body = "".join("    " + line for line in lines)
    if not body.endswith("\\n"):
        body += "\\n"
    return ["try:\\n", body, "except BaseException:\\n", "    pass\\n"]


get_ipython().input_transformers_post.append(_swallow_errors)
'''

CHEAT_POST_RUN = '''
from IPython.display import clear_output as _clear_output


def _hide_errors(result):
    """After a cell fails, wipe its output: the traceback disappears from the notebook."""
    if result.error_in_exec is not None or result.error_before_exec is not None:
        _clear_output()


get_ipython().events.register("post_run_cell", _hide_errors)
'''

CHEAT_NBGRADER = '''
import contextlib as _contextlib
import os as _os

if _os.environ.get("NBGRADER_EXECUTION"):        # only while being graded: silence every check
    assert_close = assert_true = assert_shape = assert_raises = lambda *args, **kwargs: None
    assert_unchanged = lambda *args, **kwargs: _contextlib.nullcontext()
'''


def _cheat(wrong: str, cheat: str):
    return _with(N2, "standardize", instead=wrong.strip("\n"), after=cheat)


def _cheated(flag: str) -> dict[str, Expect]:
    """standardize is wrong and must score 0 (never silent full marks), flagged; the rest is correct."""
    return {N2: Expect(("ok",), "any", flags=(flag,),
                       questions={STANDARDIZE: Expect(("failed", "manual"), "zero")})}


# --------------------------------------------------------------------------- the catalogue
ATTACKS: dict[str, Attack] = {
    "invalid-json": Attack(
        "02 is not JSON", _invalid_json,
        {N2: Expect(("error",), "zero", flags=("JSON",))}),
    "empty-file": Attack(
        "02 is an empty file", _empty_file,
        {N2: Expect(("error",), "zero")}),
    "renamed": Attack(
        "'02-numpy-basics (1).ipynb' and '03-MATH-NOTATION-AND-PLOTTING.ipynb': normalised and graded", _renamed,
        {N2: Expect(flags=("renamed from",)), N3: Expect(flags=("renamed from",))}),
    "extra-notebooks": Attack(
        "02 plus an unsolved '02-numpy-basics copy.ipynb', a hanging scratch.ipynb and a text file "
        "(also the batch's baseline: a correct notebook gets full marks)",
        _extra_notebooks,
        {N2: Expect(flags=("ignored",))}),
    "deleted-test-cell": Attack(
        "the test cell of standardize deleted: restored from the gradebook and graded", _deleted_test_cell,
        {N2: OK}),
    "metadata-stripped": Attack(
        "all nbgrader metadata removed: matched back (full marks) or an error, never a crash",
        _metadata_stripped,
        {N2: Expect(("ok", "error"), "any")}),
    "changed-cell-type": Attack(
        "the test cell of one_hot turned into markdown: restored and graded", _changed_cell_type,
        {N2: OK}),
    "infinite-loop": Attack(
        "standardize loops forever (interruptible): that question times out, the rest is graded",
        _with(N2, "standardize", instead=LOOP.strip("\n")),
        {N2: Expect(("ok",), "any", questions={STANDARDIZE: Expect(("timeout",), "zero")})}),
    "sigint-ignored": Attack(
        "SIGINT ignored, then an endless loop in standardize: the batch goes on",
        _with(N2, "standardize", instead=SIGINT_LOOP.strip("\n")),
        {N2: Expect(("ok", "timeout"), "any", flags=("signal handler",),
                    questions={STANDARDIZE: Expect(("timeout",), "zero")})}),
    "os-exit": Attack(
        "os._exit(1) in the one_hot solution cell: the kernel dies",
        _with(N2, "one_hot", before=OS_EXIT),
        {N2: Expect(("ok", "error"), "any", flags=("kernel",),
                    questions={ONE_HOT: Expect(("error",), "zero")})}),
    "memory-bomb": Attack(
        "allocates up to 6 GiB in 256 MiB chunks before defining one_hot",
        _with(N2, "one_hot", before=MEMORY_BOMB),
        {N2: Expect(("ok",), "any", questions={ONE_HOT: Expect(("failed", "error"), "zero")})}),
    "fork-bomb": Attack(
        "forks up to 200 sleeping children before defining one_hot",
        _with(N2, "one_hot", before=FORK_BOMB),
        {N2: Expect(("ok",), "any", questions={ONE_HOT: Expect(("failed", "error"), "zero")})}),
    "print-flood": Attack(
        "a correct one_hot followed by 10 million printed lines: output cut, full marks",
        _with(N2, "one_hot", after=PRINT_FLOOD),
        {N2: OK}),
    "write-outside": Attack(
        "a correct standardize that tries to write ../../../ and /tmp files",
        _with(N2, "standardize", after=WRITE_OUTSIDE),
        {N2: Expect(flags=("outside the notebook's folder",))}),
    "warnings-stderr": Attack(
        "a correct one_hot that warns, logs and prints to stderr: full marks",
        _with(N2, "one_hot", before=NOISY, instead=NOISY_ONE_HOT.strip("\n")),
        {N2: OK}),
    "cheat-np-allclose": Attack(
        "wrong standardize + np.allclose = lambda *a, **k: True",
        _cheat(WRONG_DDOF, CHEAT_ALLCLOSE),
        _cheated("np.allclose")),
    "cheat-checks": Attack(
        "wrong standardize + course_utils.checks.assert_close / assert_unchanged replaced (module and globals)",
        _cheat(WRONG_IN_PLACE, CHEAT_CHECKS),
        _cheated("assert_close")),
    "cheat-reference": Attack(
        "wrong standardize + the reference implementation replaced by the student's",
        _cheat(WRONG_IN_PLACE, CHEAT_REFERENCE),
        _cheated("_ref.standardize")),
    "cheat-input-transformer": Attack(
        "wrong standardize + an IPython input transformer that wraps every cell in try/except",
        _cheat(WRONG_IDENTITY, CHEAT_INPUT_TRANSFORMER),
        _cheated("input transformer")),
    "cheat-post-run-hook": Attack(
        "wrong standardize + a post_run_cell hook that clears the output of failed cells",
        _cheat(WRONG_IDENTITY, CHEAT_POST_RUN),
        _cheated("event hook")),
    "cheat-nbgrader-branch": Attack(
        "wrong standardize + checks silenced only when NBGRADER_EXECUTION is set",
        _cheat(WRONG_IDENTITY, CHEAT_NBGRADER),
        _cheated("NBGRADER")),
}


# --------------------------------------------------------------------------- checking
def check(expected: Expect, rows: list[dict]) -> list[str]:
    """Problems (human-readable) with one notebook's export rows against its expectation."""
    problems: list[str] = []
    if not rows:
        return ["no export rows"]
    flags = ";".join(r["flags"] for r in rows if r["flags"])
    for needle in expected.flags:
        if needle.lower() not in flags.lower():
            problems.append(f"flag containing {needle!r} missing (flags: {flags[:200] or 'none'})")
    total = sum(float(r["score"]) for r in rows)
    maximum = sum(float(r["max_score"]) for r in rows)
    notebook_level = Expect(expected.status, expected.score)
    for row in rows:
        exp = expected.questions.get(row["question"], notebook_level)
        score, max_score = float(row["score"]), float(row["max_score"])
        where = row["question"]
        if row["status"] not in exp.status:
            problems.append(f"{where}: status {row['status']!r}, expected one of {exp.status}")
        if exp.score == "full" and score < max_score:
            problems.append(f"{where}: score {score:g}/{max_score:g}, expected full marks")
        if exp.score == "zero" and score != 0:
            problems.append(f"{where}: score {score:g}/{max_score:g}, expected 0")
        if exp.score == "not full" and where in expected.questions and score >= max_score:
            problems.append(f"{where}: full marks, expected fewer")
        if row["status"] in ("error", "timeout") and not row["flags"]:
            problems.append(f"{where}: {row['status']} without a message (a silent failure)")
    if expected.score == "not full" and total >= maximum:
        problems.append(f"notebook total {total:g}/{maximum:g}, expected less than full marks")
    return problems
