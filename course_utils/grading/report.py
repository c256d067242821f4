"""``course report UNIT``: an HTML page with PNG figures for the instructor.

* each notebook's score distribution across the class;
* each question's pass rate (item analysis): the questions the class got wrong stand out;
* the slowest submissions;
* every submission with an error, a timeout or a flag.
"""
from __future__ import annotations

import html
from pathlib import Path

from .autograde import read_logs
from .course import Course
from .export import question_rows

STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.45}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
th{background:#f3f3f3}img{max-width:100%;border:1px solid #eee}.bad{color:#a33;font-weight:bold}"""


def _table(headers: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _figures(rows: list[dict], out: Path, unit: str) -> list[tuple[str, str]]:
    import warnings

    with warnings.catch_warnings():
        # seaborn 0.13's boxplot passes matplotlib 3.11 a deprecated argument: not ours to fix
        warnings.filterwarnings("ignore", message=".*vert: bool was deprecated.*")
        return _draw_figures(rows, out, unit)


def _draw_figures(rows: list[dict], out: Path, unit: str) -> list[tuple[str, str]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd
    import seaborn as sns

    sns.set_theme(style="whitegrid", palette="colorblind")
    df = pd.DataFrame(rows)
    figures: list[tuple[str, str]] = []

    per_nb = df.groupby(["student_id", "notebook"], as_index=False).agg(score=("score", "sum"),
                                                                        max_score=("max_score", "sum"))
    per_nb["percent"] = 100 * per_nb["score"] / per_nb["max_score"].where(per_nb["max_score"] > 0, 1)
    notebooks = sorted(per_nb["notebook"].unique())
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(notebooks) + 1.5), constrained_layout=True)
    sns.stripplot(data=per_nb, x="percent", y="notebook", order=notebooks, ax=ax, alpha=0.7, jitter=0.25)
    sns.boxplot(data=per_nb, x="percent", y="notebook", order=notebooks, ax=ax, fill=False, showfliers=False,
                color="0.4", width=0.5)
    ax.set_xlim(-5, 105)
    ax.set_xlabel("score (% of the notebook's points)")
    ax.set_ylabel("")
    ax.set_title(f"{unit}: score distribution per notebook")
    fig.savefig(out / "scores.png", dpi=90)
    plt.close(fig)
    figures.append(("scores.png", "Score distribution per notebook (one dot per student)"))

    submitted = df[df["status"] != "missing"]
    items = (submitted.assign(passed=submitted["status"].eq("ok"))
             .groupby(["notebook", "question"], as_index=False)["passed"].mean())
    items["label"] = items["notebook"].str.slice(0, 18) + " / " + items["question"]
    items = items.sort_values("passed")
    fig, ax = plt.subplots(figsize=(8, 0.32 * len(items) + 1.5), constrained_layout=True)
    sns.barplot(data=items, x="passed", y="label", ax=ax, color=sns.color_palette()[0])
    ax.set_xlim(0, 1)
    ax.set_xlabel("pass rate among submitted notebooks")
    ax.set_ylabel("")
    ax.set_title(f"{unit}: item analysis (hardest questions first)")
    fig.savefig(out / "items.png", dpi=90)
    plt.close(fig)
    figures.append(("items.png", "Pass rate per question (item analysis)"))
    return figures


def report(course: Course, unit: str, out: Path | None = None) -> Path:
    out = Path(out or course.root / "reports" / unit)
    out.mkdir(parents=True, exist_ok=True)
    rows = question_rows(course, [unit])
    logs = read_logs(course, unit)
    runs = [r for log in logs.values() for r in log.get("runs", [])]
    parts = [f"<h1>Grading report: {html.escape(unit)}</h1>"]
    students = sorted({r["student_id"] for r in rows})
    statuses: dict[str, int] = {}
    for r in rows:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    parts.append(f"<p>{len(students)} student(s), {len(rows)} question row(s): "
                 + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())) + ".</p>")
    if rows:
        for name, caption in _figures(rows, out, unit):
            parts.append(f"<h2>{html.escape(caption)}</h2><img src='{name}' alt='{html.escape(caption)}'>")
    slow = sorted(runs, key=lambda r: -r["seconds"])[:10]
    parts.append("<h2>Slowest submissions</h2>")
    parts.append(_table(["student", "notebook", "seconds", "status"],
                        [[r["student"], r["notebook"], f"{r['seconds']:.1f}", r["status"]] for r in slow]))
    problems = [r for r in rows if r["status"] in ("error", "timeout", "manual") or r["flags"]]
    seen = set()
    problem_rows = []
    for r in problems:
        key = (r["student_id"], r["notebook"], r["status"], r["flags"])
        if key not in seen:
            seen.add(key)
            problem_rows.append([r["student_id"], r["notebook"], r["status"], r["flags"] or "-"])
    parts.append("<h2>Submissions with an error, a timeout or a flag</h2>")
    parts.append(_table(["student", "notebook", "status", "flags"], problem_rows) if problem_rows
                 else "<p>None.</p>")
    page = out / "index.html"
    page.write_text(f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(unit)} report"
                    f"</title><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>", encoding="utf-8")
    return page
