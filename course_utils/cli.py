"""The ``course`` command: a thin CLI over nbgrader's Python API and the course's own tools.

Instructors: ``release``, ``autograde``, ``feedback``, ``export``, ``demo``.
Self-learners: ``check``.  Authors: ``dev``, ``author``.
Every subcommand works on the course whose ``nbgrader_config.py`` is in the current directory
(or in ``--root DIR``).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def find_root(start: str | Path | None) -> Path:
    """The course root: ``start`` if given, else the nearest folder upward holding nbgrader_config.py."""
    if start is not None:
        root = Path(start).resolve()
        if not (root / "nbgrader_config.py").is_file():
            raise SystemExit(f"course: no nbgrader_config.py in {root}")
        return root
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "nbgrader_config.py").is_file():
            return folder
    raise SystemExit("course: no nbgrader_config.py here or above; run inside a course or pass --root DIR")


def _cmd_dev(args: argparse.Namespace) -> int:
    from .quality.review import format_review, review_notebook

    root = find_root(args.root)
    failed = 0
    for path in args.notebooks:
        review = review_notebook(path, root)
        print(format_review(review), flush=True)
        failed += not review.ok
    return 1 if failed else 0


def _cmd_author(args: argparse.Namespace) -> int:
    from .authoring import build, export_text

    if args.action == "build":
        out = Path(args.output) if args.output else Path(args.file).with_suffix(".ipynb")
        build(Path(args.file), out)
        print(f"wrote {out}")
    else:
        text = export_text(Path(args.file))
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
            print(f"wrote {args.output}")
        else:
            sys.stdout.write(text)
    return 0


def _cmd_release(args: argparse.Namespace) -> int:
    from .grading.course import Course

    course = Course(find_root(args.root))
    return 0 if course.release(args.units or None) else 1


def _cmd_autograde(args: argparse.Namespace) -> int:
    from .grading.course import Course
    from .grading.autograde import autograde, print_summary

    course = Course(find_root(args.root))
    summary = autograde(course, args.unit, student_glob=args.student, jobs=args.jobs,
                        progress=not args.quiet, verify=not args.no_verify)
    print_summary(summary)
    return 0


def _cmd_feedback(args: argparse.Namespace) -> int:
    from .grading.course import Course
    from .grading.feedback import feedback

    course = Course(find_root(args.root))
    written = feedback(course, args.unit, student_glob=args.student, progress=not args.quiet)
    print(f"feedback: {len(written)} file(s) under {course.root / 'feedback'}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from .grading.course import Course
    from .grading.export import export

    course = Course(find_root(args.root))
    rows, totals = export(course, Path(args.to), totals_path=Path(args.totals) if args.totals else None)
    print(f"export: {rows} question row(s) → {args.to}")
    if totals:
        print(f"export: {totals} total row(s) → {args.totals}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .grading.course import Course
    from .grading.report import report

    course = Course(find_root(args.root))
    page = report(course, args.unit, Path(args.out) if args.out else None)
    print(f"report: {page}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from .grading.selfcheck import self_check

    return self_check(Path(args.notebook), root=find_root(args.root) if args.root else None)


def _cmd_demo(args: argparse.Namespace) -> int:
    from .grading.demo import demo

    return demo(find_root(args.root), units=args.units or None, jobs=args.jobs)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="course", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", help="course folder (default: nearest folder with nbgrader_config.py)")
    parser.add_argument("--db-url", help="gradebook URL, e.g. postgresql+psycopg://user@host/gradebook "
                                         "(default: $COURSE_DB_URL, else the config's gradebook.db)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("release", help="generate release/ (student notebooks) from source/")
    p.add_argument("units", nargs="*", help="units to release (default: all)")
    p.set_defaults(func=_cmd_release)

    p = sub.add_parser("autograde", help="grade submitted/<student>/<UNIT>/ with parallel workers")
    p.add_argument("unit")
    p.add_argument("--student", default="*", help="glob of student ids (default: all)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel workers (default: cores)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-verify", action="store_true",
                   help="skip re-running the graded functions outside the student's kernel "
                        "(faster, but a tampered kernel could then earn points)")
    p.set_defaults(func=_cmd_autograde)

    p = sub.add_parser("feedback", help="write HTML feedback without hidden tests")
    p.add_argument("unit")
    p.add_argument("--student", default="*")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=_cmd_feedback)

    p = sub.add_parser("export", help="CSV of grades per student, notebook and question, with a status")
    p.add_argument("--to", default="grades.csv")
    p.add_argument("--totals", default=None, help="also write per-student totals (for LMS upload)")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("report", help="HTML report: score distributions, item analysis, problem submissions")
    p.add_argument("unit")
    p.add_argument("--out", help="folder for index.html and the figures (default: reports/UNIT)")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("check", help="self-study: grade one notebook against the hidden tests locally")
    p.add_argument("notebook")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("demo", help="release, simulate a class, autograde, feedback, export")
    p.add_argument("units", nargs="*", help="units to use (default: 00-prerequisites)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser("dev", help="authors: lint + in-process solution/release/mutant checks")
    p.add_argument("notebooks", nargs="+")
    p.set_defaults(func=_cmd_dev)

    p = sub.add_parser("author", help="authors: convert between .ipynb and the cell-script format")
    p.add_argument("action", choices=["build", "text"])
    p.add_argument("file")
    p.add_argument("-o", "--output")
    p.set_defaults(func=_cmd_author)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.db_url:  # every Course (and every grading worker) reads it from the environment
        os.environ["COURSE_DB_URL"] = args.db_url
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
