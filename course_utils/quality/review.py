"""``course dev NOTEBOOK``: the author's quick loop (seconds, no Jupyter kernel).

For one source notebook: lint, the solution earns full marks, the release stubs earn zero, every
graded function has at least three mutants and each one loses points, and how long it all took.
The test suite runs the same checks, plus the real nbgrader run.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .inprocess import RunResult, run_mutants, run_notebook
from .lint import lint_notebook
from .model import CourseNotebook
from .mutants import MIN_MUTANTS, load_mutants, mutants_path


@dataclass
class Review:
    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mutants_killed: int = 0
    mutants_total: int = 0
    solution_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems


def review_notebook(path: str | Path, repo: str | Path) -> Review:
    path, repo = Path(path).resolve(), Path(repo).resolve()
    review = Review(path)
    review.problems += [f"lint: {p}" for p in lint_notebook(path)]
    if any(p.startswith("lint: not a valid notebook") for p in review.problems):
        return review
    nb = CourseNotebook.read(path)

    t0 = time.perf_counter()
    solved = run_notebook(nb)
    review.solution_seconds = time.perf_counter() - t0
    got, total = solved.score(nb)
    review.notes.append(f"solution: {got:g}/{total:g} points in {review.solution_seconds:.2f} s (in-process)")
    for i, outcome in solved.outcomes.items():
        if not outcome.ok:
            review.problems.append(f"solution fails test cell {i}: {outcome.message}")

    stub = run_notebook(nb, release=True, draw=False)
    got, _ = stub.score(nb)
    review.notes.append(f"release stubs: {got:g} points")
    for i, outcome in stub.outcomes.items():
        if outcome.ok:
            review.problems.append(f"release stub passes test cell {i}: a test that cannot fail")

    mutants = load_mutants(repo, path)
    for ex in nb.exercises():
        count = len(mutants.get(ex.grade_id, {}))
        if count < MIN_MUTANTS:
            review.problems.append(
                f"{ex.grade_id}: {count} mutants in {mutants_path(repo, path).relative_to(repo)}, need >= {MIN_MUTANTS}")
    unknown = set(mutants) - {ex.grade_id for ex in nb.exercises()}
    if unknown:
        review.problems.append(f"mutants for unknown grade_ids: {sorted(unknown)}")
    for result in run_mutants(nb, mutants):
        review.mutants_total += 1
        if result.killed:
            review.mutants_killed += 1
            review.notes.append(f"killed   {result.grade_id}/{result.name}: {result.detail}")
        else:
            review.problems.append(f"mutant {result.grade_id}/{result.name} {result.detail}")
    review.notes.append(f"mutants killed: {review.mutants_killed}/{review.mutants_total}")
    return review


def format_review(review: Review) -> str:
    lines = [f"== {review.path}"]
    lines += [f"   {n}" for n in review.notes]
    lines += [f"!! {p}" for p in review.problems]
    lines.append("   OK" if review.ok else f"   {len(review.problems)} problem(s)")
    return "\n".join(lines)


def mutant_job(path: str, repo: str) -> dict:
    """One notebook's in-process results as plain data (picklable, for a process pool)."""
    nb = CourseNotebook.read(path)
    mutants = load_mutants(Path(repo), Path(path))
    solved = RunResult()
    t0 = time.perf_counter()
    results = run_mutants(nb, mutants, solution=solved)
    solved.seconds = time.perf_counter() - t0
    stub = run_notebook(nb, release=True)
    return {
        "solution_failures": [f"cell {i}: {o.message}" for i, o in solved.outcomes.items() if not o.ok]
        + [f"cell {i} (not a test cell): {o.message}" for i, o in solved.other_failures.items()],
        "stub_passes": [f"cell {i}" for i, o in stub.outcomes.items() if o.ok],
        "solution_seconds": solved.seconds,
        "exercises": [ex.grade_id for ex in nb.exercises()],
        "mutant_counts": {gid: len(m) for gid, m in mutants.items()},
        "results": [(r.grade_id, r.name, r.killed, r.detail) for r in results],
    }
