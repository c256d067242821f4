"""``course feedback UNIT``: HTML feedback for every submission, without hidden tests.

nbgrader writes feedback for notebooks that were autograded (hidden tests cleared by
``ClearHiddenTests``, tracebacks without source lines because grading ran with
``xmode=Minimal``, expected values redacted by the checks). A notebook that could not be graded
gets a page of its own that says why, in plain words, instead of silently getting nothing.
"""
from __future__ import annotations

import contextlib
import html
import io
from pathlib import Path

from .autograde import read_logs
from .course import Course
from .progress import progress_bar

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5}}
.status{{font-weight:bold;color:#a33}}</style></head>
<body><h1>{title}</h1>
<p class="status">Status: {status}</p>
<p>{message}</p>
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
    for student in progress_bar(students, desc=f"feedback {unit}", enabled=progress):
        runs = logs[student].get("runs", [])
        graded = [r for r in runs if r["status"] in ("ok", "timeout")]
        if graded:
            with contextlib.redirect_stdout(io.StringIO()):
                api.generate_feedback(unit, student, force=True)
        out_dir = course.feedback_dir / student / unit
        for run in runs:
            page = out_dir / f"{run['notebook']}.html"
            if run["status"] == "error" or not page.exists():
                out_dir.mkdir(parents=True, exist_ok=True)
                page.write_text(PAGE.format(
                    title=html.escape(f"{unit} / {run['notebook']}: feedback for {student}"),
                    status=html.escape(run["status"]),
                    message=html.escape(run.get("message") or "The notebook could not be graded."),
                ), encoding="utf-8")
            written.append(page)
    return written
