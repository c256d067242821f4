"""Scale-out: several graders, one shared PostgreSQL gradebook.

A real PostgreSQL server is started for the session (Debian's ``postgresql`` package; installed with
apt-get when the tests run as root and it is missing, else the tests are skipped with the reason).
Two ``course autograde --student GLOB`` processes run at the same time against it, as two machines
would, each on its own shard of the class; the per-question export must equal a sequential grading
of the same class with an ordinary SQLite gradebook.
"""
from __future__ import annotations

import csv
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pytest

from conftest import REPO

pytestmark = pytest.mark.slow

UNIT = "00-prerequisites"
NOTEBOOKS = 2
BIN = Path(sys.executable).parent
INSTALL_HINT = "apt-get install postgresql"


# ------------------------------------------------------------------------------ the server
def _pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _try_apt_install() -> str:
    """Install Debian's postgresql quietly (root only); returns what went wrong, '' on success."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return "not root or no apt-get, so not installing it"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    cmd = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"]
    try:
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
        if out.returncode != 0:  # a fresh machine has no package lists yet
            subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True, timeout=300)
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"apt-get failed: {exc}"
    return "" if out.returncode == 0 else f"apt-get failed: {(out.stderr or out.stdout).strip()[-300:]}"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL cluster on 127.0.0.1, one empty database; its URL. Stopped and
    deleted at the end of the session, also when a test failed."""
    pytest.importorskip("psycopg", reason="the PostgreSQL driver is missing: pip install 'psycopg[binary]'")
    bindir = _pg_bindir()
    if bindir is None:
        why = _try_apt_install()
        bindir = _pg_bindir()
        if bindir is None:
            pytest.skip(f"PostgreSQL server binaries not found ({INSTALL_HINT}): {why}")
    # initdb refuses to run as root: the cluster belongs to the 'postgres' user then.
    prefix: list[str] = []
    owner = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip(f"running as root and there is no 'postgres' user to own the cluster ({INSTALL_HINT})")
        prefix = ["runuser", "-u", "postgres", "--"]
    # Not under pytest's tmp dir: /tmp/pytest-of-root is private to root.
    base = Path(tempfile.mkdtemp(prefix="course-pg-"))
    data, log = base / "data", base / "server.log"
    if owner is not None:
        os.chown(base, owner.pw_uid, owner.pw_gid)
    port = _free_port()

    def pg(tool: str, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, str(bindir / tool), *args], capture_output=True, text=True,
                              timeout=timeout, cwd=base)

    started = False
    try:
        out = pg("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                 "--locale=C", "--no-sync")
        assert out.returncode == 0, f"initdb failed:\n{out.stdout}\n{out.stderr}"
        options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
        out = pg("pg_ctl", "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start")
        started = out.returncode == 0
        assert started, f"pg_ctl start failed:\n{out.stdout}\n{out.stderr}\n{_tail(log)}"
        out = pg("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "gradebook")
        assert out.returncode == 0, f"createdb failed:\n{out.stderr}"
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/gradebook"
    finally:
        if started:
            pg("pg_ctl", "-D", str(data), "-m", "fast", "-w", "-t", "60", "stop")
        shutil.rmtree(base, ignore_errors=True)


def _tail(path: Path) -> str:
    try:
        return path.read_text(errors="replace")[-2000:]
    except OSError:
        return ""


# ------------------------------------------------------------------------------ the class
def _course_copy(dest: Path) -> Path:
    """The config and NOTEBOOKS notebooks of UNIT (the grading path, not the notebooks,
    is under test here: two notebooks are enough for a partial submission, and keep the test short)."""
    (dest / "source" / UNIT).mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", dest / "nbgrader_config.py")
    # (the two cheapest to re-verify: 01-python-for-math calls the student's functions thousands of times)
    for nb in sorted((REPO / "source" / UNIT).glob("*.ipynb"))[1:1 + NOTEBOOKS]:
        shutil.copy(nb, dest / "source" / UNIT / nb.name)
    return dest


def _simulate(root: Path) -> None:
    """Four students, two per shard: a*: perfect and buggy; b*: empty and partial."""
    from course_utils.grading.simulate import fill_release, solution_sources
    from course_utils.quality.mutants import load_mutants

    notebooks = sorted(p.stem for p in (root / "source" / UNIT).glob("*.ipynb"))
    for index, name in enumerate(notebooks):
        src = root / "source" / UNIT / f"{name}.ipynb"
        rel = root / "release" / UNIT / f"{name}.ipynb"
        solutions = solution_sources(src)
        mutants = load_mutants(REPO, src)
        first = next(iter(solutions))
        plans = {
            "a-perfect": solutions,
            "a-buggy": {gid: next(iter(mutants[gid].values())) if mutants.get(gid) else code
                        for gid, code in solutions.items()},
            "b-empty": {},
        }
        if index < len(notebooks) - 1:  # the partial student did not submit the last notebook
            plans["b-partial"] = {first: solutions[first]}
        for student, answers in plans.items():
            folder = root / "submitted" / student / UNIT
            folder.mkdir(parents=True, exist_ok=True)
            nbformat.write(fill_release(rel, answers), str(folder / f"{name}.ipynb"))


def _course(root: Path, *args: str, db_url: str | None) -> subprocess.Popen:
    """``course --root ROOT ARGS`` in a subprocess; the gradebook URL only through COURSE_DB_URL."""
    env = {k: v for k, v in os.environ.items() if k != "COURSE_DB_URL"}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    if db_url:
        env["COURSE_DB_URL"] = db_url
    return subprocess.Popen([sys.executable, "-m", "course_utils.cli", "--root", str(root), *args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _run(root: Path, *args: str, db_url: str | None, timeout: int = 900) -> str:
    proc = _course(root, *args, db_url=db_url)
    try:
        out, _ = proc.communicate(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, f"course {' '.join(args)} failed:\n{out}"
    return out


def _read_csv(path: Path) -> list[dict]:
    with path.open(newline="") as fh:
        return sorted(csv.DictReader(fh), key=lambda r: (r["student_id"], r["notebook"], r["question"]))


@pytest.fixture(scope="module")
def two_machines(postgres_url, tmp_path_factory):
    """The class graded by two concurrent shards against PostgreSQL, and sequentially with SQLite."""
    base = tmp_path_factory.mktemp("pg-course")
    pg_root = _course_copy(base / "postgres")
    sqlite_root = _course_copy(base / "sqlite")

    _run(pg_root, "release", UNIT, db_url=postgres_url)
    _run(sqlite_root, "release", UNIT, db_url=None)
    _simulate(pg_root)
    shutil.copytree(pg_root / "submitted", sqlite_root / "submitted")

    start = time.perf_counter()
    shards = {glob_: _course(pg_root, "autograde", UNIT, "--student", glob_, "--jobs", "2", "--quiet",
                             db_url=postgres_url) for glob_ in ("a*", "b*")}
    outputs = {}
    try:
        for glob_, proc in shards.items():
            outputs[glob_], _ = proc.communicate(timeout=900)
    finally:
        for proc in shards.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    for glob_, proc in shards.items():
        assert proc.returncode == 0, f"shard {glob_} failed:\n{outputs.get(glob_)}"
    parallel_s = time.perf_counter() - start
    start = time.perf_counter()
    _run(sqlite_root, "autograde", UNIT, "--jobs", "1", "--quiet", db_url=None)
    sequential_s = time.perf_counter() - start
    print(f"\n[postgres] two concurrent shards (--jobs 2 each): {parallel_s:.0f} s; "
          f"one sequential SQLite grading: {sequential_s:.0f} s")

    _run(pg_root, "export", "--to", str(base / "pg.csv"), "--totals", str(base / "pg-totals.csv"),
         db_url=postgres_url)
    _run(sqlite_root, "export", "--to", str(base / "sqlite.csv"), "--totals", str(base / "sqlite-totals.csv"),
         db_url=None)
    return {"pg_root": pg_root, "sqlite_root": sqlite_root, "base": base, "outputs": outputs,
            "url": postgres_url}


def test_shards_graded_only_their_students(two_machines):
    out = two_machines["outputs"]
    assert "2 student(s)" in out["a*"] and "2 student(s)" in out["b*"], out
    assert "a-perfect" not in out["b*"] and "b-empty" not in out["a*"]


def test_gradebook_is_in_postgres_not_sqlite(two_machines):
    import psycopg

    assert not (two_machines["pg_root"] / "gradebook.db").exists()
    libpq_url = two_machines["url"].replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(libpq_url) as conn, conn.cursor() as cur:
        cur.execute("select id from student order by id")
        assert [r[0] for r in cur.fetchall()] == ["a-buggy", "a-perfect", "b-empty", "b-partial"]
        cur.execute("select count(*) from grade where auto_score is not null")
        assert cur.fetchone()[0] > 0


def _without_time_limit_flags(rows: list[dict]) -> list[dict]:
    """Flags that report a time limit depend on the machine's load at that moment, not on the
    gradebook: two gradings of one class may differ there and only there."""
    return [{**r, "flags": ";".join(f for f in r["flags"].split(";") if "time limit" not in f)} for r in rows]


def test_parallel_postgres_export_equals_sequential_sqlite(two_machines):
    base = two_machines["base"]
    pg_rows, sqlite_rows = _read_csv(base / "pg.csv"), _read_csv(base / "sqlite.csv")
    assert len(pg_rows) == len(sqlite_rows) > 0
    for pg_row, sqlite_row in zip(pg_rows, sqlite_rows):  # scores and statuses: exactly equal
        assert {k: v for k, v in pg_row.items() if k != "flags"} == \
            {k: v for k, v in sqlite_row.items() if k != "flags"}
    assert _without_time_limit_flags(pg_rows) == _without_time_limit_flags(sqlite_rows)
    assert {r["student_id"] for r in pg_rows} == {"a-perfect", "a-buggy", "b-empty", "b-partial"}
    statuses = {r["status"] for r in pg_rows}
    assert {"ok", "failed", "missing"} <= statuses, statuses
    assert _read_csv_unsorted(base / "pg-totals.csv") == _read_csv_unsorted(base / "sqlite-totals.csv")


def _read_csv_unsorted(path: Path) -> list[dict]:
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


def test_report_reads_the_postgres_gradebook(two_machines):
    root = two_machines["pg_root"]
    out = _run(root, "report", UNIT, "--out", str(two_machines["base"] / "report"), db_url=two_machines["url"])
    page = two_machines["base"] / "report" / "index.html"
    assert page.exists(), out
    # every student and question row comes from the PostgreSQL gradebook
    assert "4 student(s)" in page.read_text(encoding="utf-8")
    assert not (root / "gradebook.db").exists()
