"""A light model of a course notebook: its cells, exercises and hidden-test regions."""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

BEGIN_SOLUTION = "### BEGIN SOLUTION"
END_SOLUTION = "### END SOLUTION"
BEGIN_HIDDEN = "### BEGIN HIDDEN TESTS"
END_HIDDEN = "### END HIDDEN TESTS"
PARTS = (
    "Concept Overview",
    "Mathematical Explanation",
    "Intuition & Visualization",
    "Python Implementation",
    "ML Connection",
    "Summary",
)


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def is_solution(cell) -> bool:
    return bool(nbgrader_meta(cell).get("solution")) and cell.cell_type == "code"


def is_test(cell) -> bool:
    meta = nbgrader_meta(cell)
    return bool(meta.get("grade")) and not meta.get("solution") and cell.cell_type == "code"


def split_hidden(source: str) -> tuple[str, str]:
    """(visible part, hidden part) of a test cell's source; hidden is '' when there is no block."""
    lines = source.splitlines()
    visible: list[str] = []
    hidden: list[str] = []
    inside = False
    for line in lines:
        if BEGIN_HIDDEN in line:
            inside = True
            continue
        if END_HIDDEN in line:
            inside = False
            continue
        (hidden if inside else visible).append(line)
    return "\n".join(visible), "\n".join(hidden)


def strip_solution(source: str) -> str:
    """What nbgrader's ClearSolutions leaves of a solution cell (the course's stub)."""
    out: list[str] = []
    inside = False
    for line in source.splitlines():
        if BEGIN_SOLUTION in line:
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}# YOUR CODE HERE")
            out.append(f"{indent}raise NotImplementedError()")
            continue
        if END_SOLUTION in line:
            inside = False
            continue
        if not inside:
            out.append(line)
    return "\n".join(out)


def defined_names(source: str) -> list[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]


@dataclass
class Exercise:
    """A solution cell and the cells after it up to and including its last test cell."""

    grade_id: str
    solution_index: int
    test_indices: list[int] = field(default_factory=list)

    @property
    def last_index(self) -> int:
        return self.test_indices[-1] if self.test_indices else self.solution_index


@dataclass
class CourseNotebook:
    path: Path
    nb: nbformat.NotebookNode

    @classmethod
    def read(cls, path: str | Path) -> "CourseNotebook":
        path = Path(path)
        return cls(path, nbformat.read(str(path), as_version=4))

    @property
    def unit(self) -> str:
        return self.path.parent.name

    @property
    def topic(self) -> str:
        return self.path.stem

    @property
    def cells(self):
        return self.nb.cells

    def exercises(self) -> list[Exercise]:
        result: list[Exercise] = []
        current: Exercise | None = None
        for i, cell in enumerate(self.cells):
            if is_solution(cell):
                current = Exercise(nbgrader_meta(cell)["grade_id"], i)
                result.append(current)
            elif is_test(cell) and current is not None:
                current.test_indices.append(i)
        return result

    def test_cells(self) -> list[tuple[int, dict]]:
        return [(i, nbgrader_meta(c)) for i, c in enumerate(self.cells) if is_test(c)]

    def total_points(self) -> float:
        return float(sum(m.get("points", 0) for _, m in self.test_cells()))
