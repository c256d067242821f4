"""Shared fixtures: the list of notebooks, and the expensive runs done once per test session.

* ``graded_course``: a temporary copy of the course, released with nbgrader, in which every source
  notebook is submitted (one student per notebook) and graded by the real nbgrader machinery,
  re-verification included, with both cores. (The untouched releases score zero in the mutant
  pass, and through nbgrader for unit 00 in test_grading.)
* ``mutant_results``: every notebook run in-process with every mutant (both cores).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import shutil
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "source"
JOBS = max(1, min(2, os.cpu_count() or 1))

SOURCE_NOTEBOOKS = sorted(SOURCE.glob("*/*.ipynb"))
NOTEBOOK_IDS = [f"{p.parent.name}/{p.stem}" for p in SOURCE_NOTEBOOKS]
UNITS = sorted({p.parent.name for p in SOURCE_NOTEBOOKS})


def notebook_params():
    return pytest.mark.parametrize("notebook", SOURCE_NOTEBOOKS, ids=NOTEBOOK_IDS)


def copy_course(dest: Path) -> Path:
    """A minimal copy of the course (config + source/) in which nbgrader can run."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "nbgrader_config.py", dest / "nbgrader_config.py")
    shutil.copytree(SOURCE, dest / "source")
    return dest


@pytest.fixture(scope="session")
def built_course(tmp_path_factory):
    """A course copy with release/ regenerated from source/ by nbgrader (and its gradebook)."""
    from course_utils.grading.course import Course

    root = copy_course(tmp_path_factory.mktemp("course"))
    course = Course(root)
    assert course.release(progress=False), "nbgrader generate_assignment failed"
    return course


@pytest.fixture(scope="session")
def graded_course(built_course):
    """Every solution notebook graded through nbgrader (re-verification on), keyed by
    ``("solution", unit, notebook)``; ``run.student`` is the student id it was graded under.

    Each notebook is submitted by a student of its own (``solution-00``, ``solution-01``, ...):
    a student is graded by exactly one worker, so one student holding a whole unit would leave
    the second core idle.
    """
    from course_utils.grading.autograde import autograde

    course = built_course
    owner: dict[tuple[str, str], str] = {}
    for unit in course.units():
        # The untouched release is graded in-process (mutant pass) and, for unit 00, through nbgrader
        # in the end-to-end test: grading it here through nbgrader for every unit cost minutes.
        for k, nb in enumerate(sorted((course.source / unit).glob("*.ipynb"))):
            student = f"solution-{k:02d}"
            dest = course.submitted / student / unit
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy(nb, dest / nb.name)
            owner[(unit, nb.stem)] = student
    runs = {}
    for unit in course.units():
        summary = autograde(course, unit, jobs=JOBS, progress=False)
        for run in summary.runs:
            if owner.get((unit, run.notebook)) == run.student:
                runs[("solution", unit, run.notebook)] = run
    _TIMINGS.extend((r.seconds, r.verify_seconds, f"{r.unit}/{r.notebook}") for r in runs.values())
    return course, runs


_TIMINGS: list[tuple[float, float, str]] = []


def pytest_terminal_summary(terminalreporter):
    """The slowest solution notebooks through nbgrader (kernel start included) and re-verification."""
    if not _TIMINGS:
        return
    rows = sorted(_TIMINGS, reverse=True)
    terminalreporter.write_sep("-", f"solution notebooks through nbgrader: {len(rows)}, "
                                    f"mean {sum(r[0] for r in rows) / len(rows):.1f} s, "
                                    f"re-verification mean {sum(r[1] for r in rows) / len(rows):.1f} s")
    for seconds, verify, name in rows[:5]:
        terminalreporter.write_line(f"  {seconds:5.1f} s  (+{verify:.1f} s re-verification)  {name}")


@pytest.fixture(scope="session")
def mutant_results():
    from functools import partial

    from course_utils.quality.review import mutant_job

    paths = [str(p) for p in SOURCE_NOTEBOOKS]
    job = partial(mutant_job, repo=str(REPO))
    if JOBS == 1 or len(paths) < 2:
        return dict(zip(paths, map(job, paths)))
    with mp.get_context("spawn").Pool(JOBS) as pool:
        return dict(zip(paths, pool.map(job, paths, chunksize=1)))


def read_nb(path: Path):
    return nbformat.read(str(path), as_version=4)
