"""``course export``: one row per student × notebook × question, with a status, never a silent 0.

Columns: student_id, assignment, notebook, question, score, max_score, status, flags.

status:
  ok       the test cell passed (full points)
  failed   the notebook ran and this question lost points
  timeout  the question (or the notebook) ran past the time limit
  error    the notebook could not be executed (unreadable file, kernel died, resource limit)
  missing  the notebook was not submitted
  manual   waiting for a human grade
"""
from __future__ import annotations

import csv
from pathlib import Path

import nbformat

from .autograde import read_logs
from .course import Course

COLUMNS = ["student_id", "assignment", "notebook", "question", "score", "max_score", "status", "flags"]
TOTAL_COLUMNS = ["student_id", "assignment", "score", "max_score", "notebooks_ok", "notebooks_with_problems"]


def _timeout_cells(path: Path) -> set[str]:
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception:  # noqa: BLE001
        return set()
    out = set()
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and any(o.get("ename") == "CellTimeoutError" for o in cell.get("outputs", [])):
            out.add(meta.get("grade_id", ""))
    return out


def question_rows(course: Course, units: list[str] | None = None) -> list[dict]:
    """All per-question rows for the given units (default: every unit in the gradebook)."""
    from nbgrader.api import MissingEntry

    rows: list[dict] = []
    with course.gradebook() as gb:
        assignments = {a.name: a for a in gb.assignments}
        units = [u for u in (units or sorted(assignments)) if u in assignments]
        gb_students = {s.id for s in gb.students}
        for unit in units:
            assignment = assignments[unit]
            logs = read_logs(course, unit)
            students = sorted(gb_students | set(course.students(unit)) | set(logs))
            for student in students:
                runs = {r["notebook"]: r for r in logs.get(student, {}).get("runs", [])}
                submitted_dir = course.submitted / student / unit
                for notebook in sorted(assignment.notebooks, key=lambda n: n.name):
                    run = runs.get(notebook.name)
                    submitted = (submitted_dir / f"{notebook.name}.ipynb").exists()
                    flags = list(run.get("flags", [])) if run else []
                    timeouts = _timeout_cells(course.autograded / student / unit / f"{notebook.name}.ipynb")
                    grades = {}
                    if run and run["status"] in ("ok", "timeout"):
                        try:
                            sub = gb.find_submission_notebook(notebook.name, unit, student)
                            grades = {g.name: g for g in sub.grades}
                        except MissingEntry:
                            grades = {}
                    for cell in sorted(notebook.grade_cells, key=lambda c: c.name):
                        if cell.cell_type != "code":
                            continue
                        max_score = float(cell.max_score)
                        grade = grades.get(cell.name)
                        score = float(grade.score) if grade is not None and grade.score is not None else 0.0
                        if not submitted and not run:
                            status = "missing"
                        elif run is None:
                            status, flags = "error", flags + ["submitted but not graded yet: run course autograde"]
                        elif run["status"] == "error":
                            status = "error"
                        elif run["status"] == "timeout" and (cell.name in timeouts or not grades):
                            status = "timeout"
                        elif grade is None:
                            status = "error"
                        elif grade.needs_manual_grade:
                            status = "manual"
                        elif score >= max_score:
                            status = "ok"
                        else:
                            status = "failed"
                        row_flags = flags + ([run["message"]] if run and run.get("message") and status in ("error", "timeout") else [])
                        rows.append({
                            "student_id": student, "assignment": unit, "notebook": notebook.name,
                            "question": cell.name, "score": round(score, 4), "max_score": max_score,
                            "status": status, "flags": ";".join(dict.fromkeys(row_flags)),
                        })
    return rows


def totals(rows: list[dict]) -> list[dict]:
    acc: dict[tuple[str, str], dict] = {}
    for row in rows:
        key = (row["student_id"], row["assignment"])
        t = acc.setdefault(key, {"student_id": key[0], "assignment": key[1], "score": 0.0,
                                 "max_score": 0.0, "_ok": set(), "_bad": set()})
        t["score"] += row["score"]
        t["max_score"] += row["max_score"]
        (t["_bad"] if row["status"] in ("error", "timeout", "missing", "manual") else t["_ok"]).add(row["notebook"])
    out = []
    for t in acc.values():
        bad = t.pop("_bad")
        ok = t.pop("_ok") - bad
        t["score"] = round(t["score"], 4)
        t["notebooks_ok"] = len(ok)
        t["notebooks_with_problems"] = ";".join(sorted(bad))
        out.append(t)
    return sorted(out, key=lambda t: (t["assignment"], t["student_id"]))


def _write(path: Path, columns: list[str], rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def export(course: Course, to: Path, *, totals_path: Path | None = None,
           units: list[str] | None = None) -> tuple[int, int]:
    rows = question_rows(course, units)
    _write(Path(to), COLUMNS, rows)
    n_totals = 0
    if totals_path is not None:
        tot = totals(rows)
        _write(Path(totals_path), TOTAL_COLUMNS, tot)
        n_totals = len(tot)
    return len(rows), n_totals
