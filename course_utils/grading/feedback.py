"""``course feedback UNIT``: HTML feedback for every submission, without hidden tests.

nbgrader writes feedback for notebooks that were autograded (hidden tests cleared by
``ClearHiddenTests``, tracebacks without source lines because grading ran with
``xmode=Minimal``, expected values redacted by the checks). A notebook that could not be graded
gets a page of its own that says why, in plain words, instead of silently getting nothing.

Every page starts with a per-question table: status (in words), points, and the failure message
(the exception line of the failing check, never the test's code nor an expected value).
"""
from __future__ import annotations

import contextlib
import html
import io
import re
from pathlib import Path

import nbformat

from .autograde import read_logs
from .course import Course
from .export import question_rows
from .progress import progress_bar

STATUS_WORDS = {
    "ok": "passed",
    "failed": "failed: the test ran and your answer was wrong",
    "timeout": "timed out: the code ran longer than the time limit",
    "error": "not graded: the notebook could not be run",
    "missing": "not submitted",
    "manual": "waiting for a human grader",
}

TABLE_CSS = ("<style>.course-summary{font-family:system-ui,sans-serif;border-collapse:collapse;margin:1rem 0}"
             ".course-summary td,.course-summary th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;"
             "vertical-align:top}.course-summary .ok{color:#2a7a2a}.course-summary .bad{color:#a33}</style>")


def _messages(path: Path) -> dict[str, str]:
    """grade_id -> the failing check's message in an autograded notebook (as the self-check shows it)."""
    from .selfcheck import _error_text

    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception:  # noqa: BLE001 - no autograded notebook, no messages
        return {}
    out = {}
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade"):
            text = _error_text(cell)
            if text:
                out[meta.get("grade_id", "")] = text[:400]
    return out


def summary_table(rows: list[dict], messages: dict[str, str]) -> str:
    """The per-question HTML table of one notebook's rows (from ``export.question_rows``)."""
    body = []
    for r in rows:
        css = "ok" if r["status"] == "ok" else "bad"
        note = messages.get(r["question"], "") if r["status"] != "ok" else ""
        if r.get("flags"):
            note = "; ".join(filter(None, [note, r["flags"]]))
        body.append(f"<tr><td>{html.escape(r['question'])}</td><td class='{css}'>"
                    f"{html.escape(STATUS_WORDS.get(r['status'], r['status']))}</td>"
                    f"<td>{r['score']:g} / {r['max_score']:g}</td><td>{html.escape(note)}</td></tr>")
    got = sum(r["score"] for r in rows)
    total = sum(r["max_score"] for r in rows)
    return (f"{TABLE_CSS}<table class='course-summary'><caption>Score: {got:g} / {total:g}</caption>"
            "<tr><th>question</th><th>status</th><th>points</th><th>message</th></tr>"
            + "".join(body) + "</table>")


def _insert_table(page: Path, table: str) -> None:
    text = page.read_text(encoding="utf-8")
    if "class='course-summary'" in text:
        text = re.sub(r"<style>\.course-summary.*?</table>", lambda _m: "", text, count=1, flags=re.S)
    block = f"<div style='max-width:60rem;margin:1rem auto'><h2>Summary</h2>{table}</div>"
    text = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + block, text, count=1)
    page.write_text(text, encoding="utf-8")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5}}
.status{{font-weight:bold;color:#a33}}</style></head>
<body><h1>{title}</h1>
<p class="status">Status: {status}</p>
<p>{message}</p>
{table}
<p>What to do: open the notebook in Jupyter, choose <em>Kernel → Restart &amp; Run All</em>, and make
sure it runs from top to bottom without errors and without waiting forever; then submit it again
with its original file name.</p>
</body></html>
"""


def feedback(course: Course, unit: str, *, student_glob: str = "*", progress: bool = True) -> list[Path]:
    api = course.api()
    written: list[Path] = []
    logs = read_logs(course, unit)
    students = sorted(s for s in logs if Path(s).match(student_glob))
    rows_by_nb: dict[tuple[str, str], list[dict]] = {}
    for row in question_rows(course, [unit]):
        rows_by_nb.setdefault((row["student_id"], row["notebook"]), []).append(row)
    for student in progress_bar(students, desc=f"feedback {unit}", enabled=progress):
        runs = logs[student].get("runs", [])
        graded = [r for r in runs if r["status"] in ("ok", "timeout")]
        if graded:
            with contextlib.redirect_stdout(io.StringIO()):
                api.generate_feedback(unit, student, force=True)
        out_dir = course.feedback_dir / student / unit
        ran = {run["notebook"] for run in runs}
        missing = [{"notebook": nb, "status": "missing", "message": "This notebook was not submitted "
                    "(or not under its original file name)."} for nb in course.notebooks(unit) if nb not in ran]
        for run in [*runs, *missing]:
            page = out_dir / f"{run['notebook']}.html"
            rows = rows_by_nb.get((student, run["notebook"]), [])
            table = summary_table(rows, _messages(course.autograded / student / unit / f"{run['notebook']}.ipynb"))
            if run["status"] in ("error", "missing") or not page.exists():
                out_dir.mkdir(parents=True, exist_ok=True)
                page.write_text(PAGE.format(
                    title=html.escape(f"{unit} / {run['notebook']}: feedback for {student}"),
                    status=html.escape(STATUS_WORDS.get(run["status"], run["status"])),
                    message=html.escape(run.get("message") or "The notebook could not be graded."),
                    table=table,
                ), encoding="utf-8")
            else:
                _insert_table(page, table)
            written.append(page)
    return written
