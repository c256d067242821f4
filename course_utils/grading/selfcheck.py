"""``course check NOTEBOOK``: self-study grading of one notebook against the hidden tests.

The notebook is graded by the real nbgrader machinery in a throw-away copy of the course (so your
own gradebook and folders are untouched). The report lists each question with its points and, for a
failure, the error message; it never prints the hidden test code.
"""
from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from pathlib import Path

import nbformat

from .autograde import autograde
from .course import Course

SELF = "self"
# Printed by the grader's copy of each test cell between its visible and its hidden part, so one run
# tells which of the two failed without ever showing the hidden code.
MARK = "\u241e course: visible tests passed"


def _mark_visible_part(source_nb: Path, target: Path) -> None:
    """Copy the source notebook, with a marker print just before each test cell's hidden region."""
    nb = nbformat.read(str(source_nb), as_version=4)
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            lines = cell.source.split("\n")
            cut = next((i for i, ln in enumerate(lines) if ln.strip().startswith("### BEGIN HIDDEN TESTS")), None)
            if cut is not None:
                lines.insert(cut, f"print({MARK!r})")
            cell.source = "\n".join(lines)
    nbformat.write(nb, str(target))


def _locate_root(notebook: Path, root: Path | None) -> Path:
    if root is not None:
        return root
    for folder in (notebook.parent, *notebook.parents, Path.cwd(), *Path.cwd().parents):
        if (folder / "nbgrader_config.py").is_file() and (folder / "source").is_dir():
            return folder
    raise SystemExit("course check: cannot find the course folder (with nbgrader_config.py and source/); pass --root")


def _error_text(cell) -> str:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            value = str(out.get("evalue", "")).strip().splitlines()
            return f"{out.get('ename', 'Error')}: {value[0] if value else ''}".strip()
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            return "wrote to stderr (a warning?): " + out.get("text", "").strip().splitlines()[-1][:200]
    return ""


def grade_one(notebook: Path, root: Path) -> list[dict]:
    """Grade ``notebook`` (a worked copy of a release notebook); one dict per question."""
    notebook = notebook.resolve()
    unit, topic = notebook.parent.name, notebook.stem
    source = root / "source" / unit / f"{topic}.ipynb"
    if not source.is_file():
        candidates = sorted(root.glob(f"source/*/{topic}.ipynb"))
        if len(candidates) != 1:
            raise SystemExit(f"course check: no source notebook for {notebook.name} under {root / 'source'}")
        source = candidates[0]
        unit = source.parent.name
    with tempfile.TemporaryDirectory(prefix="course-check-") as tmp:
        tmp = Path(tmp)
        shutil.copy(root / "nbgrader_config.py", tmp / "nbgrader_config.py")
        (tmp / "source" / unit).mkdir(parents=True)
        _mark_visible_part(source, tmp / "source" / unit / source.name)
        (tmp / "submitted" / SELF / unit).mkdir(parents=True)
        shutil.copy(notebook, tmp / "submitted" / SELF / unit / source.name)
        course = Course(tmp)
        with contextlib.redirect_stdout(io.StringIO()):
            if not course.release([unit], progress=False):
                raise SystemExit("course check: could not prepare the grader (release failed)")
        summary = autograde(course, unit, jobs=1, progress=False, redact=False)
        run = summary.runs[0] if summary.runs else None
        graded = tmp / "autograded" / SELF / unit / source.name
        if run is None or run.status == "error" or not graded.exists():
            reason = run.message if run else "nothing was graded"
            return [{"question": "(whole notebook)", "score": 0.0, "max_score": 0.0, "result": f"error: {reason}"}]
        nb = nbformat.read(str(graded), as_version=4)
        source_cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c.source
                        for c in nbformat.read(str(source), as_version=4).cells}
        with course.gradebook() as gb:
            sub = gb.find_submission_notebook(source.stem, unit, SELF)
            scores = {g.name: (float(g.score or 0), float(g.max_score)) for g in sub.grades}
        rows = []
        for cell in nb.cells:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if not (meta.get("grade") and not meta.get("solution")):
                continue
            score, max_score = scores.get(meta["grade_id"], (0.0, float(meta.get("points", 0))))
            message = _error_text(cell)
            passed = score >= max_score and not message
            result = "passed" if passed else f"failed: {message or 'lost points'}"
            has_hidden = "BEGIN HIDDEN TESTS" in (source_cells.get(meta["grade_id"]) or "")
            reached = any(MARK in str(out.get("text", "")) for out in cell.get("outputs", []))
            visible = passed or reached
            hidden = (passed if visible else None) if has_hidden else None
            rows.append({"question": meta["grade_id"], "score": score, "max_score": max_score, "result": result,
                         "visible": visible, "hidden": hidden, "has_hidden": has_hidden})
        return rows


def self_check(notebook: Path, root: Path | None = None) -> int:
    notebook = Path(notebook)
    if not notebook.is_file():
        raise SystemExit(f"course check: no such file {notebook}")
    rows = grade_one(notebook, _locate_root(notebook.resolve(), root))
    width = max([len(r["question"]) for r in rows] + [8])
    print(f"Self-check of {notebook.name} against the visible and hidden tests\n")
    print(f"{'question':{width}}  points     result")
    for r in rows:
        pts = f"{r['score']:g}/{r['max_score']:g}"
        print(f"{r['question']:{width}}  {pts:9}  {r['result']}")
    got = sum(r["score"] for r in rows)
    total = sum(r["max_score"] for r in rows)
    passed = sum(r["result"] == "passed" for r in rows)
    graded = [r for r in rows if "visible" in r]
    vis = sum(bool(r["visible"]) for r in graded)
    with_hidden = [r for r in graded if r["has_hidden"]]
    hid = sum(bool(r["hidden"]) for r in with_hidden)
    print(f"\nvisible tests: {vis}/{len(graded)} passed; hidden tests: {hid}/{len(with_hidden)} passed")
    if with_hidden and any(r["hidden"] is None for r in with_hidden):
        print("(a test cell's hidden tests run only after its visible tests pass)")
    print(f"total: {got:g}/{total:g} points; {passed}/{len(rows)} test cells passed")
    return 0
