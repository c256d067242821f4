"""Every source notebook: lint, full marks for the solution, zero for the release, every mutant killed,
run time, and release/ in sync with source/ — through the real nbgrader machinery where it matters."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import REPO, SOURCE, SOURCE_NOTEBOOKS, UNITS, notebook_params, read_nb
from course_utils.quality.lint import lint_notebook, stray_files
from course_utils.quality.model import BEGIN_HIDDEN, BEGIN_SOLUTION, END_SOLUTION, nbgrader_meta
from course_utils.quality.mutants import MIN_MUTANTS

MAX_NOTEBOOK_SECONDS = 20.0


def test_there_are_notebooks():
    assert SOURCE_NOTEBOOKS, "no notebooks in source/"
    assert "00-prerequisites" in UNITS


@notebook_params()
def test_lint(notebook):
    problems = lint_notebook(notebook)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("unit", UNITS)
def test_no_stray_files_in_source_unit(unit):
    assert stray_files(SOURCE / unit) == [], "nbgrader copies every file in source/<unit>/ to students"


@pytest.mark.parametrize("unit", UNITS)
def test_release_has_the_same_notebooks(unit):
    src = sorted(p.name for p in (SOURCE / unit).glob("*.ipynb"))
    rel = sorted(p.name for p in (REPO / "release" / unit).glob("*.ipynb"))
    assert src == rel, "run `course release` and commit release/"


def test_no_release_unit_without_source():
    extra = {p.name for p in (REPO / "release").iterdir() if p.is_dir()} - set(UNITS)
    assert not extra, f"release/ has units that source/ lacks: {extra}"


# ----------------------------------------------------------------------------- graded by nbgrader
@notebook_params()
def test_solution_scores_full_marks_with_no_stderr(notebook, graded_course):
    course, runs = graded_course
    unit, name = notebook.parent.name, notebook.stem
    run = runs[("solution", unit, name)]
    assert run.status == "ok", f"nbgrader could not grade the solution: {run.message}"
    graded = read_nb(course.autograded / run.student / unit / f"{name}.ipynb")
    with course.gradebook() as gb:
        sub = gb.find_submission_notebook(name, unit, run.student)
        assert sub.score == sub.max_score > 0, f"solution scored {sub.score}/{sub.max_score}"
    # re-verification outside the kernel agrees on every test cell, and nothing is flagged
    assert run.verified and all(v is True for v in run.verified.values()), f"re-verification: {run.verified}"
    assert not run.overrides and not run.flags, f"flags on the solution: {run.flags}"
    for cell in graded.cells:
        meta = nbgrader_meta(cell)
        if meta.get("grade") and cell.cell_type == "code":
            # (the grader turns stderr into "[stderr] ..." text so that it costs no points; a
            # solution must not write any)
            bad = [o for o in cell.outputs if o.output_type == "error"
                   or (o.output_type == "stream" and (o.name == "stderr" or "[stderr] " in o.get("text", "")))]
            assert not bad, f"{meta['grade_id']}: {bad[0]}"
            assert not any(o.output_type == "execute_result" for o in cell.outputs), \
                f"{meta['grade_id']} ends in an expression nbgrader reads as a score"


@notebook_params()
def test_untouched_release_scores_zero(notebook, mutant_results):
    """Every test cell fails when the solutions are the release's stubs (``raise NotImplementedError``).

    Run in-process with the source's full test cells (hidden tests included); the release notebook
    itself is checked to be exactly what nbgrader generates (test_release_is_regenerated_from_source), and the
    end-to-end test grades untouched releases of unit 00 through nbgrader.
    """
    res = mutant_results[str(notebook)]
    assert res["exercises"], "no graded exercise found"
    assert not res["stub_passes"], "the untouched release earns points in: " + "; ".join(res["stub_passes"])


@notebook_params()
def test_notebook_runs_fast_enough(notebook, graded_course):
    _, runs = graded_course
    run = runs[("solution", notebook.parent.name, notebook.stem)]
    assert run.seconds < MAX_NOTEBOOK_SECONDS, f"{run.seconds:.1f} s (kernel start included)"


# ----------------------------------------------------------------------------- mutants
@notebook_params()
def test_mutants_each_lose_points(notebook, mutant_results):
    res = mutant_results[str(notebook)]
    assert not res["solution_failures"], "solution fails in-process: " + "; ".join(res["solution_failures"])
    assert not res["stub_passes"], "release stubs pass: " + "; ".join(res["stub_passes"])
    few = {gid: res["mutant_counts"].get(gid, 0) for gid in res["exercises"]
           if res["mutant_counts"].get(gid, 0) < MIN_MUTANTS}
    assert not few, f"graded functions with fewer than {MIN_MUTANTS} mutants: {few}"
    unknown = set(res["mutant_counts"]) - set(res["exercises"])
    assert not unknown, f"mutants for grade_ids that do not exist: {unknown}"
    survivors = [f"{gid}/{name}: {detail}" for gid, name, killed, detail in res["results"] if not killed]
    assert not survivors, "mutants that do not lose points:\n" + "\n".join(survivors)


def test_mutant_files_belong_to_notebooks():
    orphans = [p for p in (REPO / "tests" / "mutants").glob("*/*.py")
               if not (SOURCE / p.parent.name / f"{p.stem}.ipynb").exists()]
    assert not orphans, f"mutant files without a notebook: {orphans}"


# ----------------------------------------------------------------------------- release in sync
def _normalised(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data


@notebook_params()
def test_release_is_regenerated_from_source(notebook, built_course):
    rel = Path("release") / notebook.parent.name / notebook.name
    fresh = built_course.root / rel
    committed = REPO / rel
    assert committed.exists(), f"{rel} missing: run `course release {notebook.parent.name}`"
    assert _normalised(fresh) == _normalised(committed), \
        f"{rel} is out of date: run `course release {notebook.parent.name}` and commit it"


REFERENCE = re.compile(r"course_utils\s*\.\s*reference|import\s+reference")


@notebook_params()
def test_release_leaks_nothing(notebook):
    rel = REPO / "release" / notebook.parent.name / notebook.name
    nb = read_nb(rel)
    assert set(nb.metadata) <= {"kernelspec", "language_info"}, f"custom notebook metadata: {set(nb.metadata)}"
    source_nb = read_nb(notebook)
    solution_lines, public_text = set(), []
    for cell in source_nb.cells:
        parts = cell.source.split(BEGIN_SOLUTION)
        public_text.append(parts[0])
        for part in parts[1:]:
            inside, _, after = part.partition(END_SOLUTION)
            solution_lines |= {ln.strip() for ln in inside.splitlines() if len(ln.strip()) > 25}
            public_text.append(after)
    # A line the author also wrote outside the solution (a docstring fixing the rng convention, a
    # demo cell) is public on purpose; anything else from a solution region must not reach students.
    public = "\n".join(public_text)
    solution_lines = {ln for ln in solution_lines if ln not in public}
    for cell in nb.cells:
        assert set(cell.metadata) <= {"nbgrader", "deletable", "editable"}, f"custom cell metadata {set(cell.metadata)}"
        for marker in (BEGIN_SOLUTION, BEGIN_HIDDEN, "END HIDDEN TESTS"):
            assert marker not in cell.source, f"{marker} in release"
        assert not REFERENCE.search(cell.source), "reference import in release"
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "outputs in release"
        leaked = [ln for ln in solution_lines if ln in cell.source]
        assert not leaked, f"solution lines in release: {leaked[:2]}"
