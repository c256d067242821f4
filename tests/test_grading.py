"""End to end, in a temporary copy of the course: release → simulated class → autograde (parallel)
→ feedback → export → self-check. Asserts every student's per-question statuses and scores, that no
feedback page contains hidden-test code, and that failures are visible in the export."""
from __future__ import annotations

import csv
import html
import re
import shutil
import subprocess
import sys

import nbformat
import pytest

from conftest import JOBS, REPO, copy_course
from course_utils.grading.autograde import autograde
from course_utils.grading.course import Course
from course_utils.grading.export import COLUMNS, export
from course_utils.grading.feedback import feedback
from course_utils.grading.simulate import simulate_class, solution_sources
from course_utils.quality.model import CourseNotebook, nbgrader_meta, split_hidden

UNIT = "00-prerequisites"


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = copy_course(tmp_path_factory.mktemp("e2e"))
    for unit_dir in (root / "source").iterdir():
        if unit_dir.name != UNIT:
            shutil.rmtree(unit_dir)
    course = Course(root)
    assert course.release(progress=False)
    students = simulate_class(course, UNIT, REPO)
    notebooks = course.notebooks(UNIT)
    first = notebooks[0]
    # a notebook that is not JSON, beside perfect ones: only that notebook is lost
    broken = course.submitted / "broken" / UNIT
    shutil.copytree(course.submitted / "perfect" / UNIT, broken)
    (broken / f"{first}.ipynb").write_text("{ this is not json", encoding="utf-8")
    # a re-downloaded file name
    renamed = course.submitted / "renamed" / UNIT
    shutil.copytree(course.submitted / "perfect" / UNIT, renamed)
    (renamed / f"{first}.ipynb").rename(renamed / f"{first} (1).ipynb")
    # verify=False: re-verification outside the kernel has its own tests (test_reverify, test_attacks,
    # every solution in test_notebooks); this class is honest and the suite must stay under 15 min.
    summary = autograde(course, UNIT, jobs=JOBS, progress=False, verify=False)
    pages = feedback(course, UNIT, progress=False)
    csv_path, totals_path = root / "grades.csv", root / "totals.csv"
    export(course, csv_path, totals_path=totals_path)
    with csv_path.open() as fh:
        rows = list(csv.DictReader(fh))
    return course, students, summary, pages, rows, totals_path


def _rows(rows, student, notebook=None):
    return [r for r in rows if r["student_id"] == student and (notebook is None or r["notebook"] == notebook)]


def _exercise_tests(course):
    """{notebook: {exercise grade_id: [test cell ids]}} from the source notebooks."""
    out = {}
    for name in course.notebooks(UNIT):
        nb = CourseNotebook.read(course.source / UNIT / f"{name}.ipynb")
        out[name] = {ex.grade_id: [nbgrader_meta(nb.cells[i])["grade_id"] for i in ex.test_indices]
                     for ex in nb.exercises()}
    return out


def test_export_columns_and_every_question_has_a_row(graded):
    course, students, _, _, rows, totals_path = graded
    assert list(rows[0].keys()) == COLUMNS
    questions = sum(len(t) for ex in _exercise_tests(course).values() for t in ex.values())
    for student in [*students, "broken", "renamed"]:
        assert len(_rows(rows, student)) == questions, student
    assert totals_path.read_text().splitlines()[0].startswith("student_id,assignment,score,max_score")


def test_perfect_student_gets_full_marks(graded):
    _, _, _, _, rows, _ = graded
    for r in _rows(rows, "perfect"):
        assert r["status"] == "ok" and float(r["score"]) == float(r["max_score"]), r


def test_empty_submission_scores_zero_and_is_marked_failed(graded):
    _, _, _, _, rows, _ = graded
    for r in _rows(rows, "empty"):
        assert r["status"] == "failed" and float(r["score"]) == 0.0, r


@pytest.mark.parametrize("student", ["buggy-1", "buggy-2", "buggy-3"])
def test_every_realistic_bug_loses_points(graded, student):
    course, _, _, _, rows, _ = graded
    by_question = {(r["notebook"], r["question"]): r for r in _rows(rows, student)}
    for name, exercises in _exercise_tests(course).items():
        for gid, tests in exercises.items():
            statuses = [by_question[(name, t)]["status"] for t in tests]
            assert "failed" in statuses, f"{student}: bug in {name}/{gid} lost no points"


def test_partial_submission(graded):
    course, _, _, _, rows, _ = graded
    notebooks = course.notebooks(UNIT)
    exercises = _exercise_tests(course)
    for name in notebooks:
        got = {r["question"]: r for r in _rows(rows, "partial", name)}
        if name == notebooks[-1] and len(notebooks) > 1:
            assert {r["status"] for r in got.values()} == {"missing"}
            continue
        first_tests = next(iter(exercises[name].values()))
        for q, r in got.items():
            assert r["status"] == ("ok" if q in first_tests else "failed"), (name, q, r)


def test_unreadable_notebook_is_an_error_and_costs_only_itself(graded):
    course, _, _, _, rows, _ = graded
    first = course.notebooks(UNIT)[0]
    for r in _rows(rows, "broken"):
        if r["notebook"] == first:
            assert r["status"] == "error" and "JSON" in r["flags"], r
        else:
            assert r["status"] == "ok", r


def test_renamed_notebook_is_graded_and_flagged(graded):
    course, _, _, _, rows, _ = graded
    first = course.notebooks(UNIT)[0]
    for r in _rows(rows, "renamed", first):
        assert r["status"] == "ok" and "renamed from" in r["flags"], r


def test_feedback_exists_and_never_shows_hidden_tests(graded):
    course, students, _, pages, _, _ = graded
    hidden_lines = set()
    for name in course.notebooks(UNIT):
        nb = nbformat.read(str(course.source / UNIT / f"{name}.ipynb"), as_version=4)
        for cell in nb.cells:
            _, hidden = split_hidden(cell.source)
            hidden_lines |= {ln.strip() for ln in hidden.splitlines() if len(ln.strip()) > 20}
    assert hidden_lines
    for student in [*students, "broken", "renamed"]:
        assert (course.feedback_dir / student / UNIT).is_dir(), student
    files = list(course.feedback_dir.rglob("*.html"))
    assert len(files) == len(pages) > 0
    for page in files:
        text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))
        leaked = [ln for ln in hidden_lines if ln in text]
        assert not leaked, f"{page}: hidden test code in feedback: {leaked[:2]}"
        assert "BEGIN HIDDEN TESTS" not in text
    broken_page = course.feedback_dir / "broken" / UNIT / f"{course.notebooks(UNIT)[0]}.html"
    assert "not a readable notebook" in broken_page.read_text()


def test_self_check_reports_per_question_without_hidden_code(graded, tmp_path):
    course = graded[0]
    name = course.notebooks(UNIT)[0]
    solutions = solution_sources(course.source / UNIT / f"{name}.ipynb")
    first = next(iter(solutions))
    from course_utils.grading.simulate import fill_release
    work = tmp_path / UNIT / f"{name}.ipynb"
    work.parent.mkdir()
    nbformat.write(fill_release(course.release_dir / UNIT / f"{name}.ipynb", {first: solutions[first]}), str(work))
    out = subprocess.run([sys.executable, "-m", "course_utils.cli", "--root", str(course.root), "check", str(work)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "passed" in out.stdout and "failed" in out.stdout and "total:" in out.stdout
    assert "BEGIN HIDDEN" not in out.stdout and "course_utils.reference" not in out.stdout
    counts = re.search(r"visible tests: (\d+)/(\d+) passed; hidden tests: (\d+)/(\d+) passed", out.stdout)
    assert counts, out.stdout
    vis, n_vis, hid, n_hid = map(int, counts.groups())
    assert 1 <= vis < n_vis and 1 <= hid < n_hid, out.stdout
    assert "visible tests passed" not in out.stdout  # the grader's marker never reaches the student


def test_report_renders_with_figures(graded):
    from course_utils.grading.report import report

    course = graded[0]
    page = report(course, UNIT)
    text = page.read_text()
    for fig in ("scores.png", "items.png"):
        assert f"src='{fig}'" in text and (page.parent / fig).stat().st_size > 5000
    assert "broken" in text and "renamed from" in text  # problem submissions are listed


def test_sequential_regrade_gives_identical_results(graded):
    """Grading with one worker gives exactly the per-question rows that parallel workers gave."""
    from course_utils.grading.export import question_rows

    course = graded[0]
    before = [r for r in question_rows(course, [UNIT]) if r["student_id"] in ("buggy-2", "partial", "broken")]
    for student in ("buggy-2", "partial", "broken"):
        autograde(course, UNIT, student_glob=student, jobs=1, progress=False, verify=False)
    after = [r for r in question_rows(course, [UNIT]) if r["student_id"] in ("buggy-2", "partial", "broken")]
    assert before == after and len(before) > 0


def test_bench_report_runs_end_to_end_without_grading(monkeypatch, capsys):
    """``make bench`` is not a timed test, but its reporting must not break: run its whole flow
    with the three gradings and the bare runs stubbed (scores identical, then one differing)."""
    from course_utils.grading import bench

    scores = {("s1", "nb", "test_a"): 1.0, ("s1", "nb", "test_b"): 0.0, ("s2", "nb", "test_a"): None}
    monkeypatch.setattr(bench, "bare_cost", lambda *a, **k: ({"nb": 2.0}, "stub kernel"))
    monkeypatch.setattr(bench, "timed", lambda cmd, cwd, log: (10.0 if "--jobs" in cmd else 20.0, 0))
    monkeypatch.setattr(bench, "read_scores", lambda root, unit: dict(scores))
    assert bench.main(["--students", "2", "--bare-repeats", "1"]) == 0
    out = capsys.readouterr().out
    assert "throughput ratio   : 2.00x" in out and "2 grade cells graded by both, 0 differ" in out
    assert bench.differing({"k": 1.0, "n": None}, {"k": 0.5, "n": 1.0}) == ["k"]
