"""Static checks of course notebooks: the rules that make grades right (design.md §3)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat

from .model import (BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION, PARTS, CourseNotebook,
                    defined_names, is_solution, is_test, nbgrader_meta, split_hidden)

# Calls that return None and may therefore end a test cell (nbgrader reads a final value as a score).
NONE_RETURNING = {"assert_close", "assert_true", "assert_shape", "assert_gradient", "assert_raises",
                  "print"}
REFERENCE = re.compile(r"course_utils\s*\.\s*reference|from\s+course_utils\s+import\s+[^\n]*reference")
MAGIC = re.compile(r"^\s*[%!]", re.M)
HEADING = re.compile(r"^#{1,3}\s+(?:\d+\.\s*)?(.+?)\s*$", re.M)
NETWORK = re.compile(r"\bfetch_\w+|load_dataset\s*\(|urlopen|requests\.get|urlretrieve")


def _ends_in_expression(source: str) -> bool:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    if not tree.body:
        return False
    last = tree.body[-1]
    if not isinstance(last, ast.Expr):
        return False
    call = last.value
    if isinstance(call, ast.Call):
        func = call.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in NONE_RETURNING:
            return False
    return True


def _count_statements(source: str) -> int:
    try:
        return sum(1 for node in ast.walk(ast.parse(source)) if isinstance(node, ast.stmt))
    except SyntaxError:
        return 0


def lint_notebook(path: str | Path) -> list[str]:
    """Every problem found in one source notebook, as readable sentences (empty list: clean)."""
    path = Path(path)
    problems: list[str] = []
    try:
        raw = nbformat.read(str(path), as_version=4)
        nbformat.validate(raw)
    except Exception as exc:  # noqa: BLE001
        return [f"not a valid notebook: {exc}"]
    nb = CourseNotebook(path, raw)
    if raw.metadata.get("kernelspec", {}).get("name") != "python3":
        problems.append("kernelspec must be 'python3' (the course's registered kernel)")

    # the six parts, in order
    headings = [m.group(1) for c in nb.cells if c.cell_type == "markdown"
                for m in HEADING.finditer(c.source)]
    positions = []
    for part in PARTS:
        where = [k for k, h in enumerate(headings) if h.lower().startswith(part.lower())]
        if not where:
            problems.append(f"missing the section heading '{part}'")
        else:
            positions.append(where[0])
    if positions != sorted(positions):
        problems.append(f"the six sections must appear in the order {', '.join(PARTS)}")

    # nbgrader metadata
    ids: list[str] = []
    for i, cell in enumerate(nb.cells):
        meta = nbgrader_meta(cell)
        if cell.cell_type == "code" and MAGIC.search(cell.source):
            problems.append(f"cell {i}: IPython magics and shell escapes are not allowed")
        if cell.cell_type == "code" and NETWORK.search(cell.source):
            problems.append(f"cell {i}: looks like a download; use synthetic or bundled data")
        if cell.cell_type == "code" and cell.get("outputs"):
            problems.append(f"cell {i}: source notebooks are stored without outputs")
        if REFERENCE.search(split_hidden(cell.source)[0]) and cell.cell_type == "code":
            problems.append(f"cell {i}: course_utils.reference may only be used inside a hidden test block")
        if not meta:
            if BEGIN_SOLUTION in cell.source or BEGIN_HIDDEN in cell.source:
                problems.append(f"cell {i}: has solution/hidden markers but no nbgrader metadata")
            continue
        if meta.get("schema_version") != 3:
            problems.append(f"cell {i}: nbgrader schema_version must be 3")
        gid = meta.get("grade_id")
        if not gid:
            problems.append(f"cell {i}: nbgrader cell without grade_id")
        ids.append(gid)
        if meta.get("grade"):
            pts = meta.get("points")
            if not isinstance(pts, (int, float)) or pts <= 0:
                problems.append(f"cell {i} ({gid}): graded cell needs points > 0")
        if is_solution(cell):
            if cell.source.count(BEGIN_SOLUTION) != 1 or cell.source.count(END_SOLUTION) != 1:
                problems.append(f"cell {i} ({gid}): solution cell needs exactly one BEGIN/END SOLUTION region")
            if meta.get("grade"):
                problems.append(f"cell {i} ({gid}): solution cells are not graded directly; grade them with test cells")
            names = defined_names(cell.source)
            if gid not in names:
                problems.append(f"cell {i} ({gid}): the solution cell's grade_id must be the name of the function or class it defines (found {names})")
            else:
                tree = ast.parse(cell.source)
                node = next(n for n in tree.body if getattr(n, "name", None) == gid)
                if not ast.get_docstring(node):
                    problems.append(f"cell {i} ({gid}): the graded function needs a docstring stating shapes and conventions")
        if is_test(cell):
            if not meta.get("locked"):
                problems.append(f"cell {i} ({gid}): test cells must be locked")
            visible, hidden = split_hidden(cell.source)
            if cell.source.count(BEGIN_HIDDEN) != 1 or cell.source.count(END_HIDDEN) != 1:
                problems.append(f"cell {i} ({gid}): test cell needs exactly one hidden test block")
            if _count_statements(visible) < 1 or "assert" not in visible:
                problems.append(f"cell {i} ({gid}): test cell needs visible tests a student can run")
            if _count_statements(hidden) < 3:
                problems.append(f"cell {i} ({gid}): the hidden block is too thin (fewer than 3 statements)")
            if _ends_in_expression(cell.source) or _ends_in_expression(visible):
                problems.append(f"cell {i} ({gid}): test cell ends in a bare expression (nbgrader would read it as a score)")
            if BEGIN_SOLUTION in cell.source:
                problems.append(f"cell {i} ({gid}): test cells must not contain solution regions")
    dupes = sorted({g for g in ids if ids.count(g) > 1})
    if dupes:
        problems.append(f"duplicate grade_ids: {dupes}")

    exercises = nb.exercises()
    if not exercises:
        problems.append("no graded exercise (solution cell followed by test cells)")
    for ex in exercises:
        if not ex.test_indices:
            problems.append(f"solution cell {ex.grade_id} has no test cell after it")
    first_solution = exercises[0].solution_index if exercises else None
    for i, cell in enumerate(nb.cells):
        if is_test(cell) and (first_solution is None or i < first_solution):
            problems.append(f"cell {i}: test cell before any solution cell")
    return problems


def stray_files(unit_dir: str | Path) -> list[str]:
    """Files in ``source/<unit>/`` other than notebooks: nbgrader would copy them into the release."""
    unit_dir = Path(unit_dir)
    return sorted(str(p.relative_to(unit_dir)) for p in unit_dir.rglob("*")
                  if p.is_file() and p.suffix != ".ipynb" and ".ipynb_checkpoints" not in p.parts)
