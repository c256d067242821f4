"""Simulated submissions: a class of students built from the solutions, the releases and the mutants."""
from __future__ import annotations

import shutil
from pathlib import Path

import nbformat

from ..quality.model import is_solution, nbgrader_meta
from ..quality.mutants import load_mutants
from .course import Course


def solution_sources(source_nb: Path) -> dict[str, str]:
    nb = nbformat.read(str(source_nb), as_version=4)
    return {nbgrader_meta(c)["grade_id"]: c.source for c in nb.cells if is_solution(c)}


def fill_release(release_nb: Path, answers: dict[str, str]) -> nbformat.NotebookNode:
    """The release notebook with the given solution cells filled in (what a student would submit)."""
    nb = nbformat.read(str(release_nb), as_version=4)
    for cell in nb.cells:
        if is_solution(cell) and nbgrader_meta(cell)["grade_id"] in answers:
            cell.source = answers[nbgrader_meta(cell)["grade_id"]]
    return nb


def simulate_class(course: Course, unit: str, repo: Path) -> dict[str, str]:
    """Write ``submitted/<student>/<unit>/`` for a small class; returns {student: description}.

    * ``perfect``: every solution;  ``empty``: the untouched release;
    * ``buggy-1..3``: every exercise answered with its k-th mutant (realistic bugs);
    * ``partial``: only the first exercise of each notebook solved, and the last notebook not submitted.
    """
    students = {
        "perfect": "all solutions",
        "empty": "untouched release notebooks",
        "buggy-1": "first realistic bug in every exercise",
        "buggy-2": "second realistic bug in every exercise",
        "buggy-3": "third realistic bug in every exercise",
        "partial": "first exercise of each notebook solved; last notebook not submitted",
    }
    notebooks = course.notebooks(unit)
    for student in students:
        folder = course.submitted / student / unit
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    for index, name in enumerate(notebooks):
        src = course.source / unit / f"{name}.ipynb"
        rel = course.release_dir / unit / f"{name}.ipynb"
        solutions = solution_sources(src)
        mutants = load_mutants(repo, src)
        plans: dict[str, dict[str, str]] = {"perfect": solutions, "empty": {}}
        for k in range(3):
            plans[f"buggy-{k + 1}"] = {
                gid: list(mutants[gid].values())[k % len(mutants[gid])] if mutants.get(gid) else code
                for gid, code in solutions.items()}
        first = next(iter(solutions), None)
        if index < len(notebooks) - 1 or len(notebooks) == 1:
            plans["partial"] = {first: solutions[first]} if first else {}
        for student, answers in plans.items():
            nbformat.write(fill_release(rel, answers), str(course.submitted / student / unit / f"{name}.ipynb"))
    return students
