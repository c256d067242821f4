"""The grading sandbox: resource limits, the uid drop, the private view, the kernel launcher.

Every test bounds what it asks of the machine by itself (at most 6 GiB of *address space*, 300
forks, a 1 s CPU limit), so a broken sandbox fails the test, not the machine.
"""
from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from course_utils.grading import sandbox as sb

ROOT = os.geteuid() == 0
needs_root = pytest.mark.skipif(not ROOT, reason="the uid drop and the private view need root "
                                "(not as root the sandbox applies resource limits only)")
needs_ns = pytest.mark.skipif(not sb.namespaces_available(),
                              reason="this system refuses mount namespaces (no private view)")


def run_sandboxed(code: str, fn: sb.SandboxPreexec, *, cwd, python=sys.executable, timeout=60,
                  env=None):
    """Run ``code`` under the sandbox ``fn``; always kills what the uid left behind."""
    try:
        return subprocess.run([python, "-c", textwrap.dedent(code)], preexec_fn=fn, cwd=cwd,
                              capture_output=True, text=True, timeout=timeout,
                              env=env or sb.sandbox_env(os.environ, "/nonexistent"))
    finally:
        if fn.uid is not None:
            sb.kill_uid(fn.uid)


@pytest.fixture
def workdir(tmp_path):
    wd = tmp_path / "autograded" / "alice" / "unit"
    wd.mkdir(parents=True)
    return wd


def sandbox_for(wd: Path, limits: sb.Limits, **kw) -> sb.SandboxPreexec:
    fn = sb.preexec(limits, workdir=wd, **kw)
    if fn.uid is not None:
        sb.prepare_workdir(wd, fn.uid)
    return fn


# --------------------------------------------------------------------------------------------
# Limits
# --------------------------------------------------------------------------------------------
def test_limits_defaults_and_env_overrides():
    assert sb.Limits() == sb.Limits(memory_mb=4096, cpu_seconds=120, processes=64,
                                    file_size_mb=64, open_files=256)
    env = {"COURSE_SANDBOX_MEMORY_MB": "2048", "COURSE_SANDBOX_CPU_SECONDS": "0"}
    limits = sb.Limits.from_env(env)
    assert (limits.memory_mb, limits.cpu_seconds, limits.processes) == (2048, 0, 64)
    as_dict = {res: (soft, hard) for res, soft, hard in limits.rlimits(as_root=True)}
    assert as_dict[resource.RLIMIT_AS] == (2048 * sb.MIB,) * 2
    assert as_dict[resource.RLIMIT_CPU] == (resource.RLIM_INFINITY,) * 2  # 0 means no limit
    assert as_dict[resource.RLIMIT_CORE] == (0, 0)
    with pytest.raises(sb.SandboxError, match="COURSE_SANDBOX_NPROC"):
        sb.Limits.from_env({"COURSE_SANDBOX_NPROC": "many"})


def test_memory_bomb_gets_memory_error(workdir):
    fn = sandbox_for(workdir, sb.Limits(memory_mb=1024))
    out = run_sandboxed("""
        import numpy as np
        chunks = []
        try:
            for _ in range(12):  # 12 x 512 MiB = 6 GiB at most, never touched (calloc)
                chunks.append(np.zeros(512 * 2**20 // 8))
            print("allocated", len(chunks))
        except MemoryError:
            print("MemoryError after", len(chunks))
        """, fn, cwd=workdir)
    assert "MemoryError after" in out.stdout, out.stdout + out.stderr
    assert int(out.stdout.split()[-1]) < 2


def test_fork_bomb_is_bounded(workdir):
    fn = sandbox_for(workdir, sb.Limits(processes=20))
    out = run_sandboxed("""
        import os, time
        children, error = [], None
        for _ in range(300):
            try:
                pid = os.fork()
            except OSError as exc:
                error = type(exc).__name__
                break
            if pid == 0:
                time.sleep(0.5)
                os._exit(0)
            children.append(pid)
        for pid in children:
            os.waitpid(pid, 0)
        print(len(children), error)
        """, fn, cwd=workdir)
    forked, error = out.stdout.split()
    assert error == "BlockingIOError", out.stdout + out.stderr  # EAGAIN from fork
    assert int(forked) < 300
    if ROOT:
        assert int(forked) < 20  # a fresh uid: the limit is this process and its children


def test_cpu_limit_kills_a_busy_loop(workdir):
    fn = sandbox_for(workdir, sb.Limits(cpu_seconds=1))
    start = time.monotonic()
    out = run_sandboxed("while True: pass", fn, cwd=workdir, timeout=30)
    assert out.returncode in (-signal.SIGXCPU, -signal.SIGKILL), out
    assert time.monotonic() - start < 20


def test_file_size_limit(workdir):
    fn = sandbox_for(workdir, sb.Limits(file_size_mb=1))
    out = run_sandboxed("""
        import errno
        with open("big.bin", "wb") as fh:
            fh.write(b"x" * 2**19)
            print("half a MiB ok")
            try:
                fh.write(b"x" * 2 * 2**20)
                fh.flush()
                print("wrote 2.5 MiB")
            except OSError as exc:
                print(errno.errorcode[exc.errno])
        """, fn, cwd=workdir)
    assert out.stdout.split() == ["half", "a", "MiB", "ok", "EFBIG"], out.stdout + out.stderr


def test_open_files_limit(workdir):
    fn = sandbox_for(workdir, sb.Limits(open_files=32))
    out = run_sandboxed("""
        import errno
        handles = []
        try:
            for i in range(1000):
                handles.append(open(f"f{i % 3}", "w"))
        except OSError as exc:
            print(len(handles), errno.errorcode[exc.errno])
        """, fn, cwd=workdir)
    opened, code = out.stdout.split()
    assert code == "EMFILE" and int(opened) < 32, out.stdout + out.stderr


def test_sandbox_env_drops_secrets_and_pins_threads(tmp_path):
    base = {"PATH": "/usr/bin", "AWS_SECRET_ACCESS_KEY": "s3cr3t", "GITHUB_TOKEN": "t",
            "NBGRADER_EXECUTION": "autograde", "COURSE_REDACT_VALUES": "1", "LC_ALL": "C.UTF-8",
            "JPY_PARENT_PID": "123", "HOME": "/root", "SSH_AUTH_SOCK": "/tmp/agent"}
    env = sb.sandbox_env(base, tmp_path)
    assert not {"AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN", "SSH_AUTH_SOCK", "JPY_PARENT_PID"} & set(env)
    assert env["NBGRADER_EXECUTION"] == "autograde" and env["COURSE_REDACT_VALUES"] == "1"
    assert env["HOME"] == str(tmp_path) and env["USER"] == env["LOGNAME"] == "sandbox"
    for key in ("MPLCONFIGDIR", "IPYTHONDIR", "XDG_CACHE_HOME", "JUPYTER_RUNTIME_DIR", "TMPDIR"):
        assert env[key].startswith(str(tmp_path))
    for key in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        assert env[key] == "1"


def test_plan_view_covers_blocked_and_course_dirs(tmp_path):
    course = tmp_path / "course"
    wd = course / "autograded" / "alice" / "unit"
    wd.mkdir(parents=True)
    (course / "nbgrader_config.py").write_text("")
    lib = tmp_path / "locked" / "lib"
    lib.mkdir(parents=True)
    os.chmod(tmp_path / "locked", 0o700)
    copy = tmp_path / "copy"
    copy.mkdir()
    view = sb.plan_view([str(lib)], workdir=(str(copy), str(wd)), hide=[str(course)])
    covers = [c for c, _ in view.covers]
    for hidden in (course, tmp_path / "locked", Path("/tmp"), Path("/dev/shm")):
        assert any(sb._under(str(hidden), c) for c in covers), (hidden, covers)
    # what is needed comes back: the locked library at its own path, the copy at the workdir's
    assert (str(copy), str(wd)) in view.binds and (str(lib), str(lib)) in view.binds


def test_copy_submission(tmp_path):
    src = tmp_path / "autograded" / "alice" / "unit"
    (src / "sub").mkdir(parents=True)
    (src / "nb.ipynb").write_text("{}")
    (src / "sub" / "data.csv").write_text("1,2")
    os.symlink("/etc/hostname", src / "link")
    os.mkfifo(src / "fifo")  # copying its "content" as root would block forever
    dst = tmp_path / "copy"
    assert sb.copy_submission(src, dst)
    assert sorted(os.listdir(dst)) == ["link", "nb.ipynb", "sub"]
    assert os.readlink(dst / "link") == "/etc/hostname"  # a link, not root's copy of the target
    (tmp_path / "nbgrader_config.py").write_text("")
    assert not sb.copy_submission(tmp_path, tmp_path / "copy2")  # a course root: not copied
    assert os.listdir(tmp_path / "copy2") == []
    with pytest.raises(sb.SandboxError):
        sb.prepare_workdir(tmp_path, 61000)


def test_kernelspec_install_cli(tmp_path):
    out = subprocess.run([sys.executable, "-m", "course_utils.grading.sandbox", "install",
                          "--prefix", str(tmp_path)], capture_output=True, text=True, check=True)
    spec_path = tmp_path / "share" / "jupyter" / "kernels" / "course-sandbox" / "kernel.json"
    assert str(spec_path) in out.stdout
    spec = json.loads(spec_path.read_text())
    assert spec["argv"] == [sys.executable, "-m", "course_utils.grading.sandbox_kernel",
                            "-f", "{connection_file}"]
    assert spec["display_name"] == "Python 3 (course sandbox)" and spec["language"] == "python"


# --------------------------------------------------------------------------------------------
# As root: the uid drop, filesystem permissions, the private view
# --------------------------------------------------------------------------------------------
def make_course(base: Path, mode: int = 0o700, config: bool = False) -> dict:
    """A course root: gradebook, source/, another student's submission, alice's workdir."""
    root = base / "course"
    (root / "source" / "unit").mkdir(parents=True)
    (root / "source" / "unit" / "x.ipynb").write_text("HIDDEN TESTS")
    (root / "gradebook.db").write_text("GRADEBOOK")
    (root / "submitted" / "bob" / "unit").mkdir(parents=True)
    (root / "submitted" / "bob" / "unit" / "nb.ipynb").write_text("BOB'S ANSWERS")
    wd = root / "autograded" / "alice" / "unit"
    wd.mkdir(parents=True)
    (wd / "data.txt").write_text("alice's data")
    if config:
        (root / "nbgrader_config.py").write_text("c = get_config()\n")
    os.chmod(root, mode)
    return {"root": root, "wd": wd, "gradebook": root / "gradebook.db",
            "source": root / "source" / "unit" / "x.ipynb",
            "bob": root / "submitted" / "bob" / "unit" / "nb.ipynb"}


PROBE = """
    import json, os, sys
    def attempt(fn):
        try:
            return repr(fn())
        except OSError as exc:
            return type(exc).__name__
    paths = json.loads(sys.argv[1])
    result = {
        "uid": os.getuid(), "gid": os.getgid(), "groups": os.getgroups(),
        "relative_gradebook": attempt(lambda: open("../../../gradebook.db").read()),
        "gradebook": attempt(lambda: open(paths["gradebook"]).read()),
        "source": attempt(lambda: open(paths["source"]).read()),
        "bob": attempt(lambda: open(paths["bob"]).read()),
        "list_root": attempt(lambda: os.listdir(paths["root"])),
        "list_up": attempt(lambda: os.listdir("../../..")),
        "own_data": attempt(lambda: open("data.txt").read()),
        "scratch": attempt(lambda: open("scratch.txt", "w").write("ok")),
    }
    print(json.dumps(result))
"""


def probe(course: dict, fn, python=sys.executable) -> dict:
    paths = json.dumps({k: str(v) for k, v in course.items()})
    out = subprocess.run([python, "-c", textwrap.dedent(PROBE), paths], preexec_fn=fn,
                         cwd=course["wd"], capture_output=True, text=True, timeout=60,
                         env=sb.sandbox_env(os.environ, "/nonexistent"))
    sb.kill_uid(fn.uid)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _world_python() -> str | None:
    """An interpreter the dropped uid can run without the private view (not under /root)."""
    for candidate in ("/usr/bin/python3", "/usr/local/bin/python3"):
        if os.path.exists(candidate) and not sb.unreachable([os.path.realpath(candidate)]):
            return os.path.realpath(candidate)
    return None


@needs_root
def test_not_root_means_limits_only(workdir):
    """What an ordinary user gets: the limits, no uid change (run as a sandbox uid here)."""
    fn = sandbox_for(workdir, sb.Limits())
    out = run_sandboxed("""
        import os, resource, subprocess, sys
        from course_utils.grading import sandbox as sb
        inner = sb.preexec(sb.Limits(memory_mb=512, processes=10))
        assert inner.uid is None
        code = "import os, resource; print(os.getuid(), resource.getrlimit(resource.RLIMIT_AS)[0] // 2**20)"
        out = subprocess.run([sys.executable, "-c", code], preexec_fn=inner, capture_output=True, text=True)
        print(os.getuid(), out.stdout.strip(), out.stderr.strip()[-200:])
        """, fn, cwd=workdir)
    words = out.stdout.split()
    assert words[:3] == [str(fn.uid), str(fn.uid), "512"], out.stdout + out.stderr


@needs_root
def test_uid_drop_and_course_permissions_without_private_view(tmp_path):
    """The foundation layer alone: a 0700 root-owned course root and an unprivileged uid."""
    python = _world_python()
    if python is None:
        pytest.skip("no world-readable Python interpreter to run without the private view")
    course = make_course(tmp_path, mode=0o700)
    fn = sb.preexec(sb.Limits(), workdir=course["wd"], isolate=False)
    sb.prepare_workdir(course["wd"], fn.uid)
    result = probe(course, fn, python)
    assert result["uid"] == result["gid"] == fn.uid and sb.UID_RANGE.start <= fn.uid < sb.UID_RANGE.stop
    assert result["groups"] == []
    for key in ("relative_gradebook", "gradebook", "source", "bob", "list_root", "list_up"):
        assert result[key] == "PermissionError", (key, result)
    assert result["own_data"] == repr("alice's data") and result["scratch"] == "2"
    assert (course["wd"] / "scratch.txt").stat().st_uid == fn.uid


@needs_root
@needs_ns
@pytest.mark.parametrize("mode", [0o700, 0o755], ids=["chmod700", "forgotten-chmod755"])
def test_private_view_hides_the_course(tmp_path, mode):
    """The private view: even a course root left world-readable is not there for the kernel."""
    course = make_course(tmp_path, mode=mode, config=True)
    fn = sb.preexec(sb.Limits(), workdir=course["wd"])
    sb.prepare_workdir(course["wd"], fn.uid)
    result = probe(course, fn)
    assert sb.UID_RANGE.start <= result["uid"] < sb.UID_RANGE.stop
    for key in ("relative_gradebook", "gradebook", "source", "bob"):
        assert result[key] in ("FileNotFoundError", "PermissionError"), (key, result)
    for key in ("list_root", "list_up"):  # only the way to alice's own folder is there
        assert result[key] in ("PermissionError", repr(["autograded"])), (key, result)
    assert result["own_data"] == repr("alice's data") and result["scratch"] == "2"


@needs_root
def test_two_sandboxes_cannot_see_each_other(tmp_path):
    a_dir, b_dir = tmp_path / "a" / "x" / "w", tmp_path / "b" / "x" / "w"
    a_dir.mkdir(parents=True)
    b_dir.mkdir(parents=True)
    fa = sandbox_for(a_dir, sb.Limits())
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"],
                               preexec_fn=fa, cwd=a_dir)
    try:
        fb = sb.preexec(sb.Limits(), workdir=b_dir, uid=sb.pick_uid(exclude={fa.uid}))
        assert fb.uid != fa.uid
        out = run_sandboxed(f"""
            import os, signal
            for what, fn in [("cwd", lambda: os.listdir("/proc/{sleeper.pid}/cwd")),
                             ("environ", lambda: open("/proc/{sleeper.pid}/environ").read()),
                             ("kill", lambda: os.kill({sleeper.pid}, signal.SIGKILL))]:
                try:
                    fn()
                    print(what, "ok")
                except OSError as exc:
                    print(what, type(exc).__name__)
            """, fb, cwd=b_dir)
        assert out.stdout.split() == ["cwd", "PermissionError", "environ", "PermissionError",
                                      "kill", "PermissionError"], out.stdout + out.stderr
        assert sleeper.poll() is None
    finally:
        sleeper.kill()
        sleeper.wait()
        sb.kill_uid(fa.uid)


@needs_root
def test_reap_stale_kills_leftovers_of_a_dead_launcher(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_SANDBOX_STATE_DIR", str(tmp_path / "state"))
    root = sb.state_root()
    uid, kdir = sb.claim_uid(root)
    dead = subprocess.Popen(["true"])
    dead.wait()
    info = json.loads((kdir / "owner.json").read_text())
    info.update(pid=dead.pid, start="0")  # the launcher is gone
    (kdir / "owner.json").write_text(json.dumps(info))
    wd = tmp_path / "x" / "y" / "w"
    wd.mkdir(parents=True)
    orphan = subprocess.Popen(["sleep", "30"], preexec_fn=sb.preexec(sb.Limits(), uid=uid,
                              workdir=wd, isolate=False), cwd=wd)
    try:
        assert sb.reap_stale(root) == 1
        assert orphan.wait(timeout=5) == -signal.SIGKILL
        assert not kdir.exists() and not list(root.iterdir())
    finally:
        orphan.kill()
        orphan.wait()


# --------------------------------------------------------------------------------------------
# The kernel launcher, end to end through jupyter_client/nbclient
# --------------------------------------------------------------------------------------------
@pytest.fixture
def sandbox_kernel(tmp_path, monkeypatch):
    """The course-sandbox kernelspec, installed into a temporary prefix on JUPYTER_PATH."""
    prefix = tmp_path / "prefix"
    sb.install_kernelspec(str(prefix))
    monkeypatch.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
    for var in sb.Limits.ENV.values():
        monkeypatch.delenv(var, raising=False)  # the defaults, whatever the caller's environment
    monkeypatch.setenv("COURSE_SANDBOX_STATE_DIR", str(tmp_path / "state"))
    return tmp_path / "state"


def execute(cells: list[str], cwd: Path, timeout: int = 60):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(textwrap.dedent(c)) for c in cells]
    NotebookClient(nb, kernel_name=sb.KERNEL_NAME, resources={"metadata": {"path": str(cwd)}},
                   allow_errors=True, timeout=timeout,
                   extra_arguments=["--InteractiveShell.xmode=Minimal"]).execute()
    return [cell.outputs for cell in nb.cells]


def text(outputs) -> str:
    return "".join(o.get("text", "") or o.get("data", {}).get("text/plain", "")
                   or f"{o.get('ename')}: {o.get('evalue')}" for o in outputs)


def sandbox_uids_alive() -> set[int]:
    return {u for u in sb._uids_in_use() if u in sb.UID_RANGE}


@pytest.mark.slow
def test_kernel_runs_sandboxed(tmp_path, sandbox_kernel):
    course = make_course(tmp_path, mode=0o700)
    before = sandbox_uids_alive()
    outputs = execute([
        "import os, resource; print(os.getuid(), os.getcwd())",
        "import numpy, course_utils; print(numpy.ones(3).sum())",
        f"open({str(course['gradebook'])!r}).read()",
        "open('../../../gradebook.db').read()",
        f"open({str(course['bob'])!r}).read()",
        "print(open('data.txt').read()); _ = open('scratch.txt', 'w').write('x')",
        "print(resource.getrlimit(resource.RLIMIT_AS)[0] // 2**20, resource.getrlimit(resource.RLIMIT_NPROC)[0])",
        # a daemon that tries to outlive the kernel
        "import subprocess; subprocess.Popen(['sleep', '60'], start_new_session=True); print('spawned')",
    ], course["wd"])
    uid, cwd = text(outputs[0]).split()
    assert cwd == str(course["wd"])  # the kernel sees its folder where nbgrader put it
    assert text(outputs[1]).strip() == "3.0"
    assert text(outputs[6]).split()[0] == "4096"
    if not ROOT:
        return  # not as root: resource limits only
    assert sb.UID_RANGE.start <= int(uid) < sb.UID_RANGE.stop
    for i in (2, 3, 4):
        assert outputs[i] and outputs[i][0]["output_type"] == "error", text(outputs[i])
        assert outputs[i][0]["ename"] in ("FileNotFoundError", "PermissionError")
    assert text(outputs[5]).strip() == "alice's data"
    assert text(outputs[6]).split() == ["4096", "64"]
    assert text(outputs[7]).strip() == "spawned"
    # the kernel wrote into its private copy: nbgrader's folder stays root's and unchanged
    assert sorted(os.listdir(course["wd"])) == ["data.txt"]
    assert course["wd"].stat().st_uid == 0
    # the daemon died with the kernel and the per-kernel directory is gone
    deadline = time.monotonic() + 5
    while int(uid) in sandbox_uids_alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert int(uid) not in sandbox_uids_alive() - before
    assert not any(sandbox_kernel.iterdir())


@pytest.mark.slow
def test_kernel_memory_error_is_contained(tmp_path, sandbox_kernel, monkeypatch):
    monkeypatch.setenv("COURSE_SANDBOX_MEMORY_MB", "1024")
    course = make_course(tmp_path, mode=0o700)
    start = time.monotonic()
    outputs = execute([
        "import numpy as np\nx = np.ones(10**10)",
        "y = np.ones(2 * 2**30 // 8)  # 2 GiB, over the 1 GiB limit",
        "print('still alive', np.ones(10).sum())",
    ], course["wd"])
    assert outputs[0][0]["ename"] == "MemoryError" or "MemoryError" in outputs[0][0]["ename"]
    assert "MemoryError" in outputs[1][0]["ename"]
    assert text(outputs[2]).strip() == "still alive 10.0"
    assert time.monotonic() - start < 30
