"""Bad and hostile submissions (``tests/attacks.py``), graded in ONE autograde batch that must finish.

In a temporary copy of the course (unit 00-prerequisites only), every attack is one student. The
batch runs ``course_utils.grading.autograde.autograde(course, unit, jobs=2)`` in a child process
(its own session), so that a hang becomes a test failure after ``BATCH_LIMIT`` seconds and every
process it left behind is killed, instead of blocking the test run. Then:

* each notebook's per-question export rows (``export.question_rows``) meet the attack's expectation;
* the batch finished, and no process is left running in the course copy;
* nothing was written outside the student's folder (the write-outside markers do not exist,
  ``source/`` and ``release/`` are unchanged);
* every submitted notebook has a feedback page;
* a table (case, notebook, statuses, score, flags, seconds) is printed (``pytest -s``) and written
  to ``attack-report.txt`` in the temporary directory.

``Execute.timeout`` is lowered from 30 s to ``CELL_TIMEOUT`` = 10 s per cell in the copied
``nbgrader_config.py``: the loop attacks each cost one or two timeouts, and the slowest cell of a
correct 00-prerequisites notebook takes well under a second.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from attacks import ATTACKS, MARKER_ABSOLUTE, MARKER_RELATIVE, NOTEBOOKS, TOKEN, UNIT, check
from conftest import JOBS, copy_course
from course_utils.grading.autograde import read_logs
from course_utils.grading.course import Course
from course_utils.grading.export import question_rows
from course_utils.grading.feedback import feedback

CELL_TIMEOUT = 6
BATCH_LIMIT = 900  # seconds; the batch normally takes a few minutes on 2 cores

DRIVER = textwrap.dedent("""
    import json, sys, time
    from course_utils.grading.autograde import autograde
    from course_utils.grading.course import Course

    root, unit, jobs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    start = time.perf_counter()
    summary = autograde(Course(root), unit, jobs=jobs, progress=False)
    json.dump({"seconds": time.perf_counter() - start, "counts": summary.counts(),
               "runs": [{"student": r.student, "notebook": r.notebook, "status": r.status,
                         "seconds": r.seconds} for r in summary.runs]}, open(out, "w"))
""")


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _kill_tree(proc: psutil.Process) -> None:
    try:
        family = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    for p in family:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass


def _processes_in(root: Path) -> list[psutil.Process]:
    """Processes whose working directory is inside ``root`` (kernels, forked children)."""
    found = []
    for p in psutil.process_iter(["pid", "cwd", "cmdline"]):
        cwd = p.info.get("cwd")
        if cwd and (cwd == str(root) or cwd.startswith(str(root) + os.sep)):
            found.append(p)
    return found


def _marker_paths(root: Path) -> list[Path]:
    candidates = [root / MARKER_RELATIVE, root.parent / MARKER_RELATIVE, Path("/") / MARKER_RELATIVE,
                  Path("/tmp") / MARKER_ABSOLUTE, Path("/tmp") / MARKER_RELATIVE]
    candidates += list(root.parent.rglob(f"pwned-{TOKEN}-*"))
    return sorted({p for p in candidates if p.exists()})


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("attacks")
    root = copy_course(tmp / "course")
    for unit_dir in (root / "source").iterdir():
        if unit_dir.name != UNIT:
            shutil.rmtree(unit_dir)
    with (root / "nbgrader_config.py").open("a", encoding="utf-8") as fh:
        fh.write(f"\n# tests/test_attacks.py: a shorter per-cell timeout keeps the attack batch short\n"
                 f"c.Execute.timeout = {CELL_TIMEOUT}\n")
    course = Course(root)
    assert course.release(progress=False), "nbgrader generate_assignment failed"
    for case, attack in ATTACKS.items():
        folder = course.submitted / case / UNIT
        folder.mkdir(parents=True)
        attack.build(folder, root)
    before = {name: _snapshot(root / name) for name in ("source", "release")}

    out = tmp / "batch.json"
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(root), UNIT, str(JOBS), str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        output, _ = proc.communicate(timeout=BATCH_LIMIT)
        finished = proc.returncode == 0 and out.exists()
    except subprocess.TimeoutExpired:
        _kill_tree(psutil.Process(proc.pid))
        os.killpg(proc.pid, signal.SIGKILL)
        output, _ = proc.communicate()
        finished = False
    batch_seconds = time.perf_counter() - start
    result = json.loads(out.read_text()) if out.exists() else {}

    time.sleep(3)  # forked children sleep 2 s
    leftovers = [(p.pid, " ".join(p.info.get("cmdline") or [])[:100]) for p in _processes_in(root)]
    for p in _processes_in(root):  # ours: clean up whatever the batch left behind
        _kill_tree(p)
    markers = _marker_paths(root)
    after = {name: _snapshot(root / name) for name in ("source", "release")}

    start_fb = time.perf_counter()
    try:
        pages = feedback(course, UNIT, progress=False)
        feedback_error = None
    except Exception as exc:  # noqa: BLE001 - reported by its own test
        pages, feedback_error = [], f"{type(exc).__name__}: {exc}"
    feedback_seconds = time.perf_counter() - start_fb
    rows = question_rows(course, [UNIT])
    logs = read_logs(course, UNIT)

    data = dict(course=course, tmp=tmp, finished=finished, output=output.decode(errors="replace")[-3000:],
                result=result, batch_seconds=batch_seconds, leftovers=leftovers, markers=markers,
                before=before, after=after, pages=pages, feedback_error=feedback_error,
                feedback_seconds=feedback_seconds, rows=rows, logs=logs)
    data["report"] = _report(data)
    (tmp / "attack-report.txt").write_text(data["report"], encoding="utf-8")
    print("\n" + data["report"] + f"\n(written to {tmp / 'attack-report.txt'})")
    yield data
    for marker in markers:  # never leave the markers behind
        marker.unlink(missing_ok=True)


def _owner(path: Path) -> str:
    try:
        return str(path.stat().st_uid)
    except OSError:
        return "?"


def _rows(data, case, notebook):
    return [r for r in data["rows"] if r["student_id"] == case and r["notebook"] == notebook]


def _seconds(data, case, notebook):
    for run in data["logs"].get(case, {}).get("runs", []):
        if run["notebook"] == notebook:
            return run.get("seconds")
    return None


def _report(data) -> str:
    head = f"{'case':24s} {'notebook':30s} {'statuses':26s} {'score':>9s} {'sec':>6s}  verdict  flags"
    lines = [head, "-" * len(head)]
    for case, attack in ATTACKS.items():
        for nb in NOTEBOOKS:
            rows = _rows(data, case, nb)
            statuses = ",".join(r["status"] for r in rows)
            score = f"{sum(float(r['score']) for r in rows):g}/{sum(float(r['max_score']) for r in rows):g}"
            sec = _seconds(data, case, nb)
            problems = check(attack.expected[nb], rows)
            found = list(dict.fromkeys(f for r in rows for f in r["flags"].split(";") if f))
            # the pipeline's own messages first (why it failed), then the integrity flags
            flags = ";".join(sorted(found, key=lambda f: f.startswith("integrity:")))
            lines.append(f"{case:24s} {nb:30s} {statuses:26s} {score:>9s} "
                         f"{'' if sec is None else f'{sec:.1f}':>6s}  {'PASS' if not problems else 'FAIL':7s}  "
                         f"{flags[:240]}")
            lines += [f"{'':24s}   ! {p}" for p in problems]
    counts = data["result"].get("counts", {})
    lines.append("")
    lines.append(f"batch: {'finished' if data['finished'] else 'DID NOT FINISH'} in {data['batch_seconds']:.1f} s "
                 f"({len(ATTACKS)} students, jobs={JOBS}, Execute.timeout={CELL_TIMEOUT} s); notebook statuses {counts}; "
                 f"feedback {data['feedback_seconds']:.1f} s")
    if data["leftovers"]:
        lines.append(f"processes left in the course folder: {data['leftovers']}")
    if data["markers"]:
        lines.append("files written outside the student's folder: "
                     + ", ".join(f"{m} (owner uid {_owner(m)})" for m in data["markers"]))
    return "\n".join(lines)


# --------------------------------------------------------------------------- tests
def test_batch_finishes(batch):
    assert batch["finished"], f"the autograde batch did not finish:\n{batch['output']}"
    graded = {(r["student"], r["notebook"]) for r in batch["result"]["runs"]}
    submitted = {(case, nb) for case, a in ATTACKS.items() for nb in NOTEBOOKS if a.expected[nb].status != ("missing",)}
    assert submitted <= graded, f"not graded: {sorted(submitted - graded)}"


def test_no_process_is_left_behind(batch):
    assert batch["leftovers"] == []


@pytest.mark.parametrize("case", list(ATTACKS))
def test_attack_grades(batch, case):
    attack = ATTACKS[case]
    problems = {nb: check(attack.expected[nb], _rows(batch, case, nb)) for nb in NOTEBOOKS}
    problems = {nb: p for nb, p in problems.items() if p}
    assert not problems, f"{case} ({attack.description}):\n" + "\n".join(
        f"  {nb}: {p}" for nb, ps in problems.items() for p in ps)


def test_nothing_written_outside_the_students_folder(batch):
    assert batch["markers"] == [], "a submission wrote files outside its folder"
    assert batch["before"] == batch["after"], "source/ or release/ changed during grading"


def test_every_submission_gets_feedback(batch):
    assert batch["feedback_error"] is None, batch["feedback_error"]
    course = batch["course"]
    missing = [(case, nb) for case, attack in ATTACKS.items() for nb in NOTEBOOKS
               if attack.expected[nb].status != ("missing",)
               and not (course.feedback_dir / case / UNIT / f"{nb}.html").is_file()]
    assert missing == []


def test_print_flood_is_cut(batch):
    """Ten million printed lines do not reach the autograded notebook or the feedback."""
    course = batch["course"]
    graded = course.autograded / "print-flood" / UNIT / "02-numpy-basics.ipynb"
    page = course.feedback_dir / "print-flood" / UNIT / "02-numpy-basics.html"
    assert graded.is_file() and graded.stat().st_size < 5_000_000
    assert page.is_file() and page.stat().st_size < 5_000_000


def test_extra_files_are_not_graded(batch):
    """Only the unit's notebooks are graded: the extra copy and the scratch notebook never run."""
    course = batch["course"]
    assert {r["notebook"] for r in batch["rows"] if r["student_id"] == "extra-notebooks"} == set(NOTEBOOKS)
    for extra in (course.autograded / "extra-notebooks" / UNIT).glob("*.ipynb"):
        if extra.stem not in NOTEBOOKS:
            cells = json.loads(extra.read_text(encoding="utf-8")).get("cells", [])
            assert not any(c.get("outputs") for c in cells), f"{extra.name} was executed"
