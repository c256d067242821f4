"""``make bench``: plain ``nbgrader autograde`` against ``course autograde --jobs N`` on one class.

    python -m course_utils.grading.bench [--unit 00-prerequisites] [--students 24] [--jobs 2]
                                         [--timeout 10] [--out bench.json] [--keep]

1. Copies what grading needs (``nbgrader_config.py``, ``source/<unit>``, ``release/<unit>``) into a
   temporary folder, sets the same shorter ``Execute.timeout`` in its config, releases the unit and
   simulates a class: perfect, empty, buggy (the mutants of ``tests/mutants``), partial submissions
   and exactly one student whose solution loops forever in a function that a test cell calls.
2. Duplicates that folder (gradebook included), so both graders see identical copies.
3. Times the real CLIs as subprocesses: ``nbgrader autograde UNIT --force`` in copy A and
   ``course --root B autograde UNIT --jobs N --quiet`` in copy B.
4. Reads both gradebooks and compares every (student, notebook, grade cell) score where both graded;
   exits 1 if any differs. Cells graded on one side only are listed, never silently dropped.
5. Times the bare cost of a notebook: ``nbclient.NotebookClient(...).execute()`` on each solution
   notebook of the unit (start the kernel, run every cell, stop the kernel), with the kernel that
   the config names (``Execute.kernel_name``) or else the notebook's kernelspec, as nbgrader does.

Prints wall times, their ratio, seconds per notebook and the overhead over bare execution, and
whether the targets (>= 1.7x nbgrader's throughput, overhead <= 30 %) are met; it does not fail on
them (timings depend on the machine and its load).
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from ..quality.mutants import load_mutants
from .course import Course
from .simulate import fill_release, solution_sources

REPO = Path(__file__).resolve().parents[2]
KINDS = ["perfect", "empty", "buggy-1", "buggy-2", "buggy-3", "partial"]
TARGET_RATIO = 1.7
TARGET_OVERHEAD = 0.30


# ---------------------------------------------------------------------------------- the class
def prepare_copy(dest: Path, unit: str, timeout: int, repo: Path = REPO) -> Course:
    """A minimal course copy with one unit, a per-cell timeout of ``timeout`` s, released."""
    dest.mkdir(parents=True, exist_ok=True)
    config = (repo / "nbgrader_config.py").read_text(encoding="utf-8")
    config += f"\n# make bench: a shorter per-cell timeout, the same for both graders\nc.Execute.timeout = {int(timeout)}\n"
    (dest / "nbgrader_config.py").write_text(config, encoding="utf-8")
    shutil.copytree(repo / "source" / unit, dest / "source" / unit)
    if (repo / "release" / unit).is_dir():
        shutil.copytree(repo / "release" / unit, dest / "release" / unit)
    course = Course(dest, db_url=f"sqlite:///{dest / 'gradebook.db'}")
    if not course.release([unit], progress=False):
        raise SystemExit(f"bench: nbgrader generate_assignment failed for {unit}")
    return course


def endless_loop_answer(solution: str) -> str:
    """The solution, then the same function redefined as an endless (interruptible) loop."""
    tree = ast.parse(solution)
    names = [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]
    if not names:
        raise ValueError("no function in the solution cell")
    return (solution.rstrip() + f"\n\n\ndef {names[0]}(*args, **kwargs):  # bench: never returns\n"
            "    while True:\n        pass\n")


def student_ids(n: int) -> dict[str, str]:
    """``n`` student ids → kind; the single ``timeout`` student sits in the middle of the order."""
    if n < 2:
        raise SystemExit("bench: --students must be at least 2")
    middle = n // 2
    out: dict[str, str] = {}
    k = 0
    for i in range(n):
        if i == middle:
            kind = "timeout"
        else:
            kind = KINDS[k % len(KINDS)]
            k += 1
        out[f"s{i + 1:03d}-{kind}"] = kind
    return out


def simulate(course: Course, unit: str, n: int, repo: Path = REPO) -> dict[str, str]:
    """Write ``submitted/<student>/<unit>/`` for ``n`` students; returns {student: kind}."""
    students = student_ids(n)
    notebooks = course.notebooks(unit)
    plans: dict[str, dict[str, dict[str, str]]] = {}  # notebook -> kind -> answers (None: not submitted)
    for index, name in enumerate(notebooks):
        src = course.source / unit / f"{name}.ipynb"
        solutions = solution_sources(src)
        mutants = load_mutants(repo, src)
        first = next(iter(solutions), None)
        plan: dict[str, dict[str, str] | None] = {"perfect": solutions, "empty": {}}
        for k in range(3):
            plan[f"buggy-{k + 1}"] = {
                gid: list(mutants[gid].values())[k % len(mutants[gid])] if mutants.get(gid) else code
                for gid, code in solutions.items()}
        last = index == len(notebooks) - 1 and len(notebooks) > 1
        plan["partial"] = None if last else ({first: solutions[first]} if first else {})
        if index == 0 and first:  # the endless loop, in one function that a test cell calls
            plan["timeout"] = {**solutions, first: endless_loop_answer(solutions[first])}
        else:
            plan["timeout"] = solutions
        plans[name] = plan
    for student, kind in students.items():
        folder = course.submitted / student / unit
        folder.mkdir(parents=True, exist_ok=True)
        for name in notebooks:
            answers = plans[name][kind]
            if answers is not None:
                nbformat.write(fill_release(course.release_dir / unit / f"{name}.ipynb", answers),
                               str(folder / f"{name}.ipynb"))
    return students


# ---------------------------------------------------------------------------------- running
def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("COURSE_DB_URL", None)  # each copy uses its own SQLite gradebook, as its config says
    bindir = str(Path(sys.executable).parent)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    return env


def _script(name: str) -> list[str]:
    exe = Path(sys.executable).parent / name
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", {"course": "course_utils.cli", "nbgrader": "nbgrader"}[name]]


def timed(cmd: list[str], cwd: Path, log: Path) -> tuple[float, int]:
    start = time.perf_counter()
    with log.open("wb") as fh:
        rc = subprocess.run(cmd, cwd=cwd, env=_env(), stdout=fh, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL).returncode
    return time.perf_counter() - start, rc


def read_scores(root: Path, unit: str) -> dict[tuple[str, str, str], float | None]:
    """{(student, notebook, grade cell): score}; None where the cell was not graded (no autograded
    notebook, or no automatic score in the gradebook)."""
    from nbgrader.api import Gradebook, MissingEntry

    out: dict[tuple[str, str, str], float | None] = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        notebooks = [nb.name for nb in gb.find_assignment(unit).notebooks]
        for student in sorted(s.id for s in gb.students):
            for nb in notebooks:
                graded_file = (root / "autograded" / student / unit / f"{nb}.ipynb").exists()
                try:
                    grades = gb.find_submission_notebook(nb, unit, student).grades
                except MissingEntry:
                    continue
                for g in grades:
                    score = g.score if graded_file and g.auto_score is not None else None
                    out[(student, nb, g.name)] = None if score is None else float(score)
    return out


def timed_out_notebooks(root: Path, unit: str) -> list[str]:
    out = []
    for path in sorted((root / "autograded").glob(f"*/{unit}/*.ipynb")):
        nb = nbformat.read(str(path), as_version=4)
        if any(o.get("ename") == "CellTimeoutError" for c in nb.cells if c.cell_type == "code"
               for o in c.get("outputs", [])):
            out.append(f"{path.parts[-3]}/{path.stem}")
    return out


def grading_kernel(course: Course, nb) -> tuple[str, list[str], str]:
    """(kernel name, extra kernel arguments, where the name came from) as nbgrader would use them."""
    cfg = course.config()
    for section in ("Execute", "ExecutePreprocessor", "NotebookClient"):
        if section in cfg and cfg[section].get("kernel_name"):
            name, origin = str(cfg[section]["kernel_name"]), f"config {section}.kernel_name"
            break
    else:
        name, origin = nb.metadata.get("kernelspec", {}).get("name", "python3"), "notebook kernelspec"
    extra: list[str] = []
    for section in ("ExecutePreprocessor", "Execute"):
        if section in cfg and "extra_arguments" in cfg[section]:
            extra = list(cfg[section]["extra_arguments"])
    return name, extra, origin


def bare_cost(course: Course, unit: str, timeout: int, repeats: int,
              log: Path) -> tuple[dict[str, float], str]:
    """Mean seconds to start a kernel, run the solution notebook with nbclient and stop the kernel.

    The kernels' start-up warnings (they inherit file descriptor 2) go to ``log``, as in grading."""
    from nbclient import NotebookClient

    out: dict[str, float] = {}
    origin = ""
    env_old = os.environ.get("PATH", "")
    os.environ["PATH"] = _env()["PATH"]
    sys.stderr.flush()
    saved_fd2 = os.dup(2)
    sink = log.open("ab")
    os.dup2(sink.fileno(), 2)
    try:
        for name in course.notebooks(unit):
            src = course.source / unit / f"{name}.ipynb"
            times = []
            for _ in range(repeats):
                nb = nbformat.read(str(src), as_version=4)
                kernel, extra, origin = grading_kernel(course, nb)
                with tempfile.TemporaryDirectory(prefix="bench-bare-") as cwd:
                    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, allow_errors=True,
                                            extra_arguments=extra, resources={"metadata": {"path": cwd}})
                    start = time.perf_counter()
                    client.execute()
                    times.append(time.perf_counter() - start)
            out[name] = sum(times) / len(times)
    finally:
        sys.stderr.flush()
        os.dup2(saved_fd2, 2)
        os.close(saved_fd2)
        sink.close()
        os.environ["PATH"] = env_old
    return out, f"{kernel} ({origin}{', extra args ' + ' '.join(extra) if extra else ''})"


# ---------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m course_utils.grading.bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--unit", default="00-prerequisites")
    p.add_argument("--students", type=int, default=24, help="class size, one of them the timeout (default 24)")
    p.add_argument("--jobs", type=int, default=2, help="course autograde workers (default 2)")
    p.add_argument("--timeout", type=int, default=10, help="Execute.timeout (per cell) in both copies (default 10 s)")
    p.add_argument("--bare-repeats", type=int, default=2, help="bare nbclient runs per notebook (default 2)")
    p.add_argument("--out", help="also write the figures as JSON here")
    p.add_argument("--keep", action="store_true", help="keep the temporary course copies")
    args = p.parse_args(argv)

    if not (REPO / "source" / args.unit).is_dir():
        raise SystemExit(f"bench: no unit source/{args.unit}")
    work = Path(tempfile.mkdtemp(prefix="course-bench-"))
    try:
        return _run(args, work)
    finally:
        if args.keep:
            print(f"kept the course copies in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def differing(a: dict, b: dict) -> list:
    """Keys scored by both ``a`` and ``b`` (not None) whose scores differ."""
    return sorted(k for k in set(a) & set(b)
                  if a[k] is not None and b[k] is not None and abs(a[k] - b[k]) > 1e-9)


def _run(args, work: Path) -> int:
    t0 = time.perf_counter()
    a_root, b_root, c_root = work / "nbgrader", work / "course", work / "course-no-verify"
    print(f"bench: unit {args.unit}, {args.students} students, course autograde --jobs {args.jobs}, "
          f"Execute.timeout = {args.timeout} s per cell (both copies), {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}")
    course_a = prepare_copy(a_root, args.unit, args.timeout)
    students = simulate(course_a, args.unit, args.students)
    shutil.copytree(a_root, b_root)
    shutil.copytree(a_root, c_root)
    course_b = Course(b_root, db_url=f"sqlite:///{b_root / 'gradebook.db'}")
    notebooks = course_a.notebooks(args.unit)
    n_graded = sum(1 for _ in course_a.submitted.glob(f"*/{args.unit}/*.ipynb"))
    kinds: dict[str, int] = {}
    for kind in students.values():
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"class: {', '.join(f'{v} {k}' for k, v in kinds.items())}; {len(notebooks)} notebooks in the unit, "
          f"{n_graded} submitted notebooks  (set up in {time.perf_counter() - t0:.0f} s)")

    bare, kernel_desc = bare_cost(course_b, args.unit, args.timeout, args.bare_repeats,
                                  work / "bare-kernels.log")
    bare_mean = sum(bare.values()) / len(bare)
    print(f"kernel: {kernel_desc}")
    print("bare nbclient (start kernel + run solution notebook + stop), mean of "
          f"{args.bare_repeats}: " + ", ".join(f"{k} {v:.2f} s" for k, v in bare.items())
          + f"; mean {bare_mean:.2f} s")

    print(f"running: nbgrader autograde {args.unit} --force  (copy A) ...", flush=True)
    t_nb, rc_nb = timed([*_script("nbgrader"), "autograde", args.unit, "--force"], a_root, work / "nbgrader.log")
    print(f"  {t_nb:.1f} s (exit {rc_nb})", flush=True)
    print(f"running: course autograde {args.unit} --jobs {args.jobs} --quiet  (copy B) ...", flush=True)
    t_co, rc_co = timed([*_script("course"), "--root", str(b_root), "autograde", args.unit,
                         "--jobs", str(args.jobs), "--quiet"], b_root, work / "course.log")
    print(f"  {t_co:.1f} s (exit {rc_co})", flush=True)

    # The same work as nbgrader (no re-verification outside the kernel), for a like-for-like figure.
    print(f"running: course autograde {args.unit} --jobs {args.jobs} --quiet --no-verify  (copy C) ...", flush=True)
    t_nv, rc_nv = timed([*_script("course"), "--root", str(c_root), "autograde", args.unit,
                         "--jobs", str(args.jobs), "--quiet", "--no-verify"], c_root, work / "course-no-verify.log")
    print(f"  {t_nv:.1f} s (exit {rc_nv})", flush=True)
    scores_a, scores_b = read_scores(a_root, args.unit), read_scores(b_root, args.unit)
    scores_c = read_scores(c_root, args.unit)
    differ_c = differing(scores_a, scores_c)
    ratio_nv = t_nb / t_nv
    overhead_nv = (t_nv * args.jobs / n_graded - bare_mean) / bare_mean

    keys = sorted(set(scores_a) | set(scores_b))
    both = [k for k in keys if scores_a.get(k) is not None and scores_b.get(k) is not None]
    differ = differing(scores_a, scores_b)
    only_a = [k for k in keys if scores_a.get(k) is not None and scores_b.get(k) is None]
    only_b = [k for k in keys if scores_b.get(k) is not None and scores_a.get(k) is None]
    neither = [k for k in keys if scores_a.get(k) is None and scores_b.get(k) is None]

    per_nb_nbgrader = t_nb / n_graded
    per_nb_course = t_co * args.jobs / n_graded
    ratio = t_nb / t_co
    overhead = (per_nb_course - bare_mean) / bare_mean
    logged = _logged_seconds(b_root, args.unit)
    to_a, to_b = timed_out_notebooks(a_root, args.unit), timed_out_notebooks(b_root, args.unit)

    print()
    print(f"nbgrader autograde : {t_nb:7.1f} s wall (exit {rc_nb}), {per_nb_nbgrader:.2f} s per notebook (1 process)")
    print(f"course autograde   : {t_co:7.1f} s wall (exit {rc_co}), {per_nb_course:.2f} s per notebook per worker "
          f"(wall x {args.jobs} / {n_graded})")
    if logged:
        normal = [s for key, s in logged if key not in to_b]
        print(f"                     per-notebook Autograde time from grading-log: mean {sum(s for _, s in logged) / len(logged):.2f} s"
              + (f", {sum(normal) / len(normal):.2f} s without timed-out notebooks" if normal else ""))
    print(f"throughput ratio   : {ratio:.2f}x  (target >= {TARGET_RATIO}x: {'met' if ratio >= TARGET_RATIO else 'NOT met'})")
    print(f"overhead vs bare   : {overhead * 100:+.0f} %  ({per_nb_course:.2f} s vs {bare_mean:.2f} s; "
          f"target <= {TARGET_OVERHEAD * 100:.0f} %: {'met' if overhead <= TARGET_OVERHEAD else 'NOT met'})")
    print(f"without re-verification (--no-verify, the same work as nbgrader): {t_nv:.1f} s wall (exit {rc_nv}), "
          f"{t_nv * args.jobs / n_graded:.2f} s per notebook per worker")
    print(f"  throughput ratio : {ratio_nv:.2f}x  (target >= {TARGET_RATIO}x: {'met' if ratio_nv >= TARGET_RATIO else 'NOT met'})")
    print(f"  overhead vs bare : {overhead_nv * 100:+.0f} %  (target <= {TARGET_OVERHEAD * 100:.0f} %: "
          f"{'met' if overhead_nv <= TARGET_OVERHEAD else 'NOT met'}); scores differing from nbgrader: {len(differ_c)}")
    print(f"  re-verification costs {(t_co - t_nv) * args.jobs / n_graded:+.2f} s per notebook per worker")
    print(f"timed-out notebooks: nbgrader {to_a or 'none'}; course {to_b or 'none'}")
    print(f"scores: {len(both)} grade cells graded by both, {len(differ)} differ; "
          f"graded only by nbgrader: {len(only_a)}, only by course: {len(only_b)}, by neither: {len(neither)}")
    for label, items in (("only by nbgrader", only_a), ("only by course", only_b)):
        for student, group in _by_notebook(items).items():
            print(f"   graded {label}: {student} ({group})")
    for k in differ:
        print(f"   DIFFERENT {k[0]}/{k[1]}/{k[2]}: nbgrader {scores_a[k]} vs course {scores_b[k]}")
    total = time.perf_counter() - t0
    print(f"bench finished in {total:.0f} s")

    if args.out:
        payload = {
            "unit": args.unit, "students": args.students, "kinds": kinds, "jobs": args.jobs,
            "execute_timeout_s": args.timeout, "cores": os.cpu_count(), "kernel": kernel_desc,
            "notebooks_graded": n_graded, "nbgrader_wall_s": round(t_nb, 2), "nbgrader_exit": rc_nb,
            "course_wall_s": round(t_co, 2), "course_exit": rc_co, "ratio": round(ratio, 3),
            "nbgrader_s_per_notebook": round(per_nb_nbgrader, 3),
            "course_s_per_notebook_per_worker": round(per_nb_course, 3),
            "bare_s_per_notebook": {k: round(v, 3) for k, v in bare.items()},
            "bare_mean_s": round(bare_mean, 3), "overhead": round(overhead, 3),
            "targets_met": {"ratio": ratio >= TARGET_RATIO, "overhead": overhead <= TARGET_OVERHEAD},
            "no_verify": {"wall_s": round(t_nv, 2), "exit": rc_nv, "ratio": round(ratio_nv, 3),
                          "overhead": round(overhead_nv, 3), "grade_cells_different": len(differ_c)},
            "grade_cells_compared": len(both), "grade_cells_different": ["/".join(k) for k in differ],
            "graded_only_by_nbgrader": ["/".join(k) for k in only_a],
            "graded_only_by_course": ["/".join(k) for k in only_b],
            "timed_out": {"nbgrader": to_a, "course": to_b},
            "total_s": round(total, 1),
        }
        Path(args.out).write_text(json.dumps(payload, indent=1), encoding="utf-8")
        print(f"wrote {args.out}")
    if differ or differ_c or not both:
        print("bench: FAILED: " + ("scores differ" if differ or differ_c else "nothing was graded by both"))
        return 1
    return 0


def _logged_seconds(root: Path, unit: str) -> list[tuple[str, float]]:
    out = []
    for path in sorted((root / "grading-log" / unit).glob("*.json")):
        for run in json.loads(path.read_text(encoding="utf-8")).get("runs", []):
            out.append((f"{run['student']}/{run['notebook']}", float(run["seconds"])))
    return out


def _by_notebook(keys: list[tuple[str, str, str]]) -> dict[str, str]:
    groups: dict[str, dict[str, int]] = {}
    for student, nb, _ in keys:
        groups.setdefault(student, {}).setdefault(nb, 0)
        groups[student][nb] += 1
    return {s: ", ".join(f"{nb}: {n} cell(s)" for nb, n in g.items()) for s, g in groups.items()}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
