"""``course demo``: the whole instructor loop on a simulated class, in one command."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

from .autograde import autograde, print_summary
from .course import Course
from .export import export, question_rows, totals
from .feedback import feedback
from .report import report
from .simulate import simulate_class

DEFAULT_UNITS = ["00-prerequisites"]


def demo(root: Path, units: list[str] | None = None, jobs: int | None = None) -> int:
    start = time.perf_counter()
    course = Course(root)
    units = units or [u for u in DEFAULT_UNITS if u in course.units()] or course.units()[:1]
    print(f"== 1/5 release: source/ → release/ for {len(course.units())} unit(s)")
    if not course.release():
        return 1
    for unit in units:
        for folder in (course.autograded, course.feedback_dir):
            for student_dir in folder.glob(f"*/{unit}"):
                shutil.rmtree(student_dir)
        shutil.rmtree(course.grading_log / unit, ignore_errors=True)
        print(f"\n== 2/5 simulate a class for {unit}")
        for student, what in simulate_class(course, unit, root).items():
            print(f"   {student:8s} {what}")
        print(f"\n== 3/5 autograde {unit}")
        print_summary(autograde(course, unit, jobs=jobs))
        print(f"\n== 4/5 feedback {unit}")
        pages = feedback(course, unit)
        print(f"   {len(pages)} HTML page(s)")
    print("\n== 5/5 export grades and the report")
    grades, totals_csv = course.root / "grades.csv", course.root / "grades-totals.csv"
    export(course, grades, totals_path=totals_csv, units=units)
    rows = question_rows(course, units)
    print(f"   {'student':10s} {'unit':18s} {'score':>8s}  problems")
    for t in totals(rows):
        print(f"   {t['student_id']:10s} {t['assignment']:18s} {t['score']:>4g}/{t['max_score']:<4g} "
              f"{t['notebooks_with_problems'] or '-'}")
    statuses: dict[str, int] = {}
    for r in rows:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    print("   question statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    pages = [report(course, unit) for unit in units]
    print(f"\nDone in {time.perf_counter() - start:.0f} s. Where everything is:")
    print(f"   student releases   {course.release_dir}/")
    print(f"   submissions        {course.submitted}/<student>/<unit>/")
    print(f"   autograded         {course.autograded}/<student>/<unit>/")
    print(f"   feedback (HTML)    {course.feedback_dir}/<student>/<unit>/")
    print(f"   grades per question {grades}")
    print(f"   grades per student  {totals_csv}")
    print(f"   report (HTML)      {', '.join(str(p) for p in pages)}")
    print(f"   gradebook          {course.db_url}")
    return 0
