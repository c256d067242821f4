"""``course autograde UNIT``: grade every submitted notebook with parallel workers.

Design:
* One nbgrader ``Autograde`` run **per notebook** (``notebook_id``), not per assignment: nbgrader
  deletes a student's whole autograded assignment when any one notebook fails, which would turn one
  broken notebook into zeros for all the others.
* Each student is graded by exactly one worker process (students are dealt out to workers), so two
  workers never touch the same student's rows in the gradebook; students are created in the
  gradebook up front by the parent process.
* File names are normalised first (``02-numpy-basics (1).ipynb``, different case) and the renames
  are recorded as flags.
* Every outcome (ok / error / timeout, seconds, flags) is written to ``grading-log/<unit>/<student>.json``
  so that ``course export`` can give every question a status instead of a silent 0.
"""
from __future__ import annotations

import contextlib
import io
import json
import multiprocessing as mp
import os
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from .course import Course, CourseError
from .progress import progress_bar


@dataclass
class NotebookRun:
    student: str
    unit: str
    notebook: str
    status: str  # ok | error | timeout
    seconds: float
    message: str = ""
    flags: list[str] = field(default_factory=list)
    overrides: list[str] = field(default_factory=list)  # cells zeroed by re-verification
    verified: dict = field(default_factory=dict)  # cell -> True / False / None (not re-verifiable)
    verify_seconds: float = 0.0  # re-verification outside the kernel (``seconds`` is nbgrader's run)


@dataclass
class Summary:
    unit: str
    runs: list[NotebookRun]
    seconds: float
    jobs: int

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for run in self.runs:
            out[run.status] = out.get(run.status, 0) + 1
        return out


_SUFFIX = re.compile(r"\s*(\(\d+\)|-\s*copy\d*|copy\d*)$", re.I)


def _normal_key(name: str) -> str:
    stem = _SUFFIX.sub("", Path(name).stem.strip())
    return re.sub(r"[\s_]+", "-", stem).lower()


def normalise_submission(folder: Path, expected: list[str]) -> dict[str, list[str]]:
    """Rename ``folder``'s notebooks to the expected names where that is unambiguous.

    Returns flags per expected notebook name, e.g. ``{"02-numpy-basics": ["renamed from '...'"]}``.
    """
    flags: dict[str, list[str]] = {}
    present = {p.name for p in folder.glob("*.ipynb")}
    wanted = {_normal_key(n): n for n in expected}
    candidates: dict[str, list[str]] = {}
    for filename in sorted(present):
        key = _normal_key(filename)
        if key in wanted and filename != f"{wanted[key]}.ipynb":
            candidates.setdefault(wanted[key], []).append(filename)
    for name, files in candidates.items():
        target = folder / f"{name}.ipynb"
        if target.exists() or len(files) != 1:
            flags.setdefault(name, []).append(
                f"ignored extra file(s) {', '.join(files)}" if target.exists()
                else f"ambiguous files {', '.join(files)}: none graded")
            continue
        (folder / files[0]).rename(target)
        flags.setdefault(name, []).append(f"renamed from '{files[0]}'")
    return flags


def _timed_out(path: Path) -> bool:
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception:  # noqa: BLE001
        return False
    return any(out.get("ename") == "CellTimeoutError"
               for cell in nb.cells if cell.cell_type == "code" for out in cell.get("outputs", []))


def _summarise_failure(log: str) -> tuple[str, str]:
    text = log or ""
    if "UnresponsiveKernelError" in text or "kernel became unresponsive" in text:
        return "timeout", "the notebook did not finish: the kernel stopped responding (endless loop?)"
    if "DeadKernelError" in text or "Kernel died" in text or "kernel died" in text.lower():
        return "error", "the kernel died while running the notebook (crash, os._exit or memory limit)"
    if "NotJSONError" in text or "JSONDecodeError" in text or "Notebook does not appear to be JSON" in text:
        return "error", "the file is not a readable notebook (invalid JSON)"
    if "ValidationError" in text or "KeyError" in text:
        return "error", "the notebook's structure is damaged (cells or metadata missing)"
    if "CellTimeoutError" in text or "Timeout" in text:
        return "timeout", "a cell ran longer than the time limit"
    last = [line for line in text.strip().splitlines() if line.strip()][-1:] or ["unknown error"]
    return "error", f"could not be graded: {last[0][:200]}"


@contextlib.contextmanager
def _stderr_to(path: Path):
    """Send this process's file descriptor 2 (and so the kernels' stderr) to ``path`` meanwhile.

    Kernels inherit the grader's stderr and print start-up warnings there; SQLAlchemy warns about
    nbgrader's sessions. None of it is for the instructor's terminal, all of it is kept in the log.
    """
    import sys
    import warnings

    path.parent.mkdir(parents=True, exist_ok=True)
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "ab") as sink, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


_WORKER: dict = {}


def _grade_students(root: str, unit: str, students: list[str], notebooks: list[str],
                    db_url: str | None, queue, redact: bool = True, verify: bool = True) -> list[dict]:
    """Grade each notebook of each given student; never raises for a bad submission.

    ``redact``: kernels get ``COURSE_REDACT_VALUES=1``, so failure messages (which reach the
    feedback) show the student's value but never the expected one.
    """
    course = Course(root, db_url=db_url)
    old = os.environ.get("COURSE_REDACT_VALUES")
    os.environ["COURSE_REDACT_VALUES"] = "1" if redact else "0"
    try:
        with _stderr_to(course.grading_log / unit / f"stderr-{os.getpid()}.log"):
            return _grade(course, course.api(), unit, students, notebooks, queue, verify)
    finally:
        if old is None:
            os.environ.pop("COURSE_REDACT_VALUES", None)
        else:
            os.environ["COURSE_REDACT_VALUES"] = old


def _worker_init(root: str, unit: str, db_url: str | None, redact: bool, verify: bool = True) -> None:
    """Pool initializer: one Course and one NbGraderAPI per worker process, stderr to the log."""
    os.environ["COURSE_REDACT_VALUES"] = "1" if redact else "0"
    course = Course(root, db_url=db_url)
    log = course.grading_log / unit / f"stderr-{os.getpid()}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    sink = open(log, "ab")  # noqa: SIM115 - lives as long as the worker
    os.dup2(sink.fileno(), 2)
    import warnings

    warnings.simplefilter("ignore")
    _WORKER.update(course=course, api=course.api(), sink=sink, verify=verify)


def _worker_grade(unit: str, student: str, notebooks: list[str]) -> list[dict]:
    return _grade(_WORKER["course"], _WORKER["api"], unit, [student], notebooks, None, _WORKER["verify"])


def _grade(course: Course, api, unit: str, students: list[str], notebooks: list[str], queue,
           verify: bool = True) -> list[dict]:
    from nbgrader.converters import Autograde
    from nbgrader.utils import capture_log, temp_attrs

    results: list[dict] = []
    for student in students:
        folder = course.submitted / student / unit
        flags = normalise_submission(folder, notebooks)
        previous = read_logs(course, unit, student).get(student, {})
        for nb in notebooks:
            if not (folder / f"{nb}.ipynb").exists():
                if queue is not None:
                    queue.put(1)
                continue
            flags.setdefault(nb, []).extend(_scan(folder / f"{nb}.ipynb", course.source / unit / f"{nb}.ipynb"))
            _undo_overrides(course, unit, student, nb, previous)
            start = time.perf_counter()
            with temp_attrs(api.coursedir, assignment_id=unit, student_id=student, notebook_id=nb), \
                    contextlib.redirect_stdout(io.StringIO()):
                app = Autograde(coursedir=api.coursedir, parent=api)
                app.force = True
                app.create_student = True
                try:
                    result = capture_log(app)
                except Exception as exc:  # noqa: BLE001 - a broken submission must not stop the batch
                    result = {"success": False, "log": repr(exc)}
            out_path = course.autograded / student / unit / f"{nb}.ipynb"
            if result.get("success") and out_path.exists():
                status, message = ("timeout", "a cell ran longer than the time limit") \
                    if _timed_out(out_path) else ("ok", "")
            else:
                status, message = _summarise_failure((result.get("log") or "") + (result.get("error") or ""))
            seconds = time.perf_counter() - start
            overrides: list[str] = []
            verified = {}
            verify_start = time.perf_counter()
            if verify and status in ("ok", "timeout"):
                verified, overrides, note = _reverify(course, unit, student, nb, folder / f"{nb}.ipynb")
                flags[nb].extend(note)
            run = NotebookRun(student, unit, nb, status, round(seconds, 3), message, flags.get(nb, []),
                              overrides, verified, round(time.perf_counter() - verify_start, 3))
            results.append(asdict(run))
            if queue is not None:
                queue.put(1)
        _write_log(course, unit, student, [r for r in results if r["student"] == student], flags)
    return results


def _scan(path: Path, source: Path) -> list[str]:
    """Static integrity flags for a submitted notebook (never raises).

    Only the source notebook's real test cells are skipped: a student cannot hide code from the scan
    by giving a cell test-cell metadata (nbgrader replaces real test cells by the gradebook's copy).
    """
    try:
        from .integrity import is_test_cell, scan_notebook

        src = nbformat.read(str(source), as_version=4)
        test_ids = [c.metadata["nbgrader"]["grade_id"] for c in src.cells if is_test_cell(c)]
        return list(scan_notebook(path, test_ids=test_ids))
    except Exception as exc:  # noqa: BLE001 - a scan problem must not stop grading
        return [f"integrity scan failed: {type(exc).__name__}"]


def _undo_overrides(course: Course, unit: str, student: str, nb: str, previous: dict) -> None:
    """Clear the zero scores a previous re-verification put on this notebook (it is graded anew)."""
    cells = [c for r in previous.get("runs", []) if r.get("notebook") == nb for c in r.get("overrides", [])]
    if not cells:
        return
    from nbgrader.api import MissingEntry

    with course.gradebook() as gb:
        try:
            sub = gb.find_submission_notebook(nb, unit, student)
        except MissingEntry:
            return
        for grade in sub.grades:
            if grade.name in cells:
                grade.manual_score = None
        gb.db.commit()


def _reverify(course: Course, unit: str, student: str, nb: str, submitted: Path) -> tuple[dict, list[str], list[str]]:
    """Re-run the graded functions outside the student's kernel; zero what does not re-verify.

    Returns (cell -> True/False/None, cells whose score was overridden to 0, flags).
    A question that passed in the kernel but fails re-verification gets a manual score of 0 in
    the gradebook (the re-verified score stands) and a flag; nothing is ever raised.
    """
    from nbgrader.api import MissingEntry

    with course.gradebook() as gb:
        try:
            grades = gb.find_submission_notebook(nb, unit, student).grades
            nothing = [g.name for g in grades if not (g.auto_score or 0) > 0]
            earned = len(nothing) < len(grades)
        except MissingEntry:
            earned, nothing = False, []
    if not earned:  # re-verification can only take points away: nothing to check
        return {}, [], []
    try:
        from .reverify import reverify_notebook
        from .sandbox import preexec

        # A single call may take as long as a whole cell may in the kernel (Execute.timeout): a call
        # slower than that would have timed out there too.
        try:
            cell_limit = float(course.config().Execute.timeout)
        except Exception:  # noqa: BLE001 - unset or odd: the reverify default
            cell_limit = 20.0
        call_limit = min(max(cell_limit, 2.0), 20.0)
        # S sees what a kernel sees: not the course (its source notebooks hold the solutions).
        res = reverify_notebook(course.source / unit / f"{nb}.ipynb", submitted,
                                preexec_fn=preexec(hide=[str(course.root)]),
                                call_timeout=call_limit, skip=nothing)
    except Exception as exc:  # noqa: BLE001
        return {}, [], [f"re-verification could not run: {type(exc).__name__}: {exc}"[:200]]
    flags = [f"re-verification: {res.error}"[:200]] if res.error else []
    overrides: list[str] = []
    with course.gradebook() as gb:
        try:
            sub = gb.find_submission_notebook(nb, unit, student)
        except MissingEntry:
            return dict(res.cells), [], flags
        for grade in sub.grades:
            if res.cells.get(grade.name) is False and (grade.auto_score or 0) > 0:
                grade.manual_score = 0.0
                overrides.append(grade.name)
        gb.db.commit()
    if overrides:
        flags.append("integrity: passed in the grading kernel but failed re-verification outside it: "
                     + ", ".join(overrides) + " (scored 0)")
    return dict(res.cells), overrides, flags


def _write_log(course: Course, unit: str, student: str, runs: list[dict], flags: dict) -> None:
    folder = course.grading_log / unit
    folder.mkdir(parents=True, exist_ok=True)
    payload = {"student": student, "unit": unit, "graded_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
               "runs": runs, "flags": flags}
    (folder / f"{student}.json").write_text(json.dumps(payload, indent=1), encoding="utf-8")


def read_logs(course: Course, unit: str, student: str | None = None) -> dict[str, dict]:
    folder = course.grading_log / unit
    out: dict[str, dict] = {}
    pattern = f"{student}.json" if student else "*.json"
    for path in sorted(folder.glob(pattern)) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        out[data.get("student", path.stem)] = data
    return out


def _ensure_ready(course: Course, unit: str, students: list[str]) -> None:
    from nbgrader.api import MissingEntry

    with course.gradebook() as gb:
        try:
            gb.find_assignment(unit)
        except MissingEntry:
            raise CourseError(f"unit {unit!r} is not in the gradebook: run `course release {unit}` first") from None
        for student in students:
            gb.update_or_create_student(student)


def autograde(course: Course, unit: str, *, student_glob: str = "*", jobs: int | None = None,
              progress: bool = True, redact: bool = True, verify: bool = True) -> Summary:
    """Grade ``submitted/<student>/<unit>/`` for every matching student; returns a summary."""
    if unit not in course.units():
        raise CourseError(f"unknown unit {unit!r}; units are {course.units()}")
    students = course.students(unit, student_glob)
    notebooks = course.notebooks(unit)
    _ensure_ready(course, unit, students)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(students) or 1))
    start = time.perf_counter()
    runs: list[dict] = []
    total = len(students) * len(notebooks)
    if jobs == 1:
        bar = progress_bar(range(total), desc=f"autograde {unit}", enabled=progress)
        counter = _Counter(bar)
        runs = _grade_students(str(course.root), unit, students, notebooks, course._db_url, counter, redact, verify)
        counter.close()
    else:
        # A work queue, not fixed shards: each student is one task, pulled by whichever worker is
        # free, so one slow submission (a timeout) does not leave the other cores idle.
        ctx = mp.get_context("spawn")
        bar = progress_bar(range(total), desc=f"autograde {unit} ({jobs} workers)", enabled=progress)
        counter = _Counter(bar)
        with ctx.Pool(jobs, initializer=_worker_init,
                      initargs=(str(course.root), unit, course._db_url, redact, verify)) as pool:
            tasks = [pool.apply_async(_worker_grade, (unit, student, notebooks)) for student in students]
            for task in tasks:
                done = task.get()
                runs.extend(done)
                counter.put(len(notebooks))
        counter.close()
    summary = Summary(unit, [NotebookRun(**r) for r in runs], time.perf_counter() - start, jobs)
    return summary


class _Counter:
    """Adapts a progress bar (or a plain range) to the ``queue.put(1)`` protocol of the workers."""

    def __init__(self, bar):
        self.bar = bar if hasattr(bar, "update") else None

    def put(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def print_summary(summary: Summary) -> None:
    counts = summary.counts()
    students = sorted({r.student for r in summary.runs})
    print(f"autograde {summary.unit}: {len(students)} student(s), {len(summary.runs)} notebook(s) "
          f"in {summary.seconds:.1f} s with {summary.jobs} worker(s)")
    print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) if counts else "  nothing to grade")
    if summary.runs:
        slow = max(summary.runs, key=lambda r: r.seconds)
        print(f"  slowest: {slow.student}/{slow.notebook} ({slow.seconds:.1f} s)")
    for run in summary.runs:
        if run.status != "ok" or run.flags:
            note = "; ".join(filter(None, [run.message, *run.flags]))
            print(f"  {run.status:8s} {run.student}/{run.notebook}: {note}")
