"""Kernel launcher of the ``course-sandbox`` kernelspec.

``python -m course_utils.grading.sandbox_kernel -f {connection_file} [ipykernel arguments]``

Not as root: applies the resource limits and becomes ``python -m ipykernel_launcher`` (exec).

As root (how ``course autograde`` runs in production), three processes:

* the **launcher** (this process, stays root, in the grader's process group): cleans up after
  launchers that were killed (``sandbox.reap_stale``), claims a fresh uid and a per-kernel
  directory ``/tmp/course-sandbox/<uid>/`` (root, 0711) holding ``home/`` (the kernel's private
  home, owned by the uid, with a private copy of the root-only connection file) and ``work/``
  (a copy of the working directory nbgrader chose, ``autograded/<student>/<unit>/``, owned by
  the uid). It ignores SIGINT (interrupts are for the kernel), turns SIGTERM/SIGHUP into SIGKILL
  of the sandbox, waits, then kills whatever the uid left behind and removes the per-kernel
  directory. A launcher killed with SIGKILL cannot clean up: the next launcher does.
* the **init** of a new PID namespace (root): builds the private view of the filesystem in a new
  mount namespace (see ``sandbox``; ``work/`` appears at the original working directory's path),
  mounts a /proc that shows the sandbox only, reaps orphans, and exits with the kernel's status;
  every process left in the namespace dies with it. It dies with the launcher (pdeathsig).
* the **kernel**: limits, drop to the uid, ``no_new_privs``, exec ``ipykernel_launcher``.

Why a copy of the working directory instead of giving the uid nbgrader's own folder: nbgrader
writes the graded notebook into that folder as root after the kernel stops; a folder the student
controlled could by then hold a symlink named like the notebook pointing at any file on the
machine. The copy also keeps scratch files out of ``autograded/`` and the feedback.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from pathlib import Path

from . import sandbox as sb


def split_args(argv: list[str]) -> tuple[str | None, list[str]]:
    """The connection file (``-f X``, ``-f=X``, ``--f X``, ``--f=X``) and every other argument."""
    conn, rest, i = None, [], 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-f", "--f") and i + 1 < len(argv):
            conn, i = argv[i + 1], i + 2
            continue
        if arg.startswith(("-f=", "--f=")):
            conn = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        i += 1
    return conn, rest


def kernel_argv(connection_file: str, rest: list[str]) -> list[str]:
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", connection_file, *rest]
    if not any(a.startswith("--HistoryManager.hist_file") for a in rest):
        argv.append("--HistoryManager.hist_file=:memory:")  # no history database on disk
    return argv


def _say(message: str) -> None:
    try:
        os.write(2, f"course-sandbox: {message}\n".encode())
    except OSError:
        pass


def _exit_code(status: int) -> int:
    code = os.waitstatus_to_exitcode(status)
    return code if code >= 0 else 128 - code


def _unprivileged(conn: str, rest: list[str], limits: sb.Limits) -> None:
    env = dict(os.environ)
    for var in sb._THREAD_VARS:
        env[var] = "1"
    env.setdefault("MALLOC_ARENA_MAX", "2")
    limits.apply(as_root=False)
    argv = kernel_argv(conn, rest)
    os.execve(argv[0], argv, env)


def _copy_connection_file(src: str, home: Path, uid: int) -> Path:
    with open(src, "rb") as fh:
        data = fh.read()
    json.loads(data)  # a connection file, not something else
    dst = home / os.path.basename(src)
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        os.write(fd, data)
        os.fchown(fd, uid, uid)
    finally:
        os.close(fd)
    return dst


def _run_init(fn: sb.SandboxPreexec, work: str, argv: list[str], env: dict) -> None:
    """The middle process (PID 1 of the new PID namespace when there is one). Never returns."""
    code = 1
    try:
        sb._prctl(sb.PR_SET_PDEATHSIG, signal.SIGKILL)
        cwd = fn.enter(work)
        kernel = os.fork()
        if kernel == 0:
            try:
                for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                    signal.signal(sig, signal.SIG_DFL)
                fn.confine(cwd)
                # ipykernel watches this pid and quits when it goes away; here that is us (PID 1
                # inside a PID namespace, which ipykernel knows never to watch).
                env["JPY_PARENT_PID"] = str(os.getppid())
                os.execve(argv[0], argv, env)
            except BaseException as exc:  # noqa: BLE001
                _say(f"could not start the kernel: {exc!r}")
            finally:
                os._exit(127)
        while True:
            pid, status = os.wait()
            if pid == kernel:
                code = _exit_code(status)
                break
    except BaseException as exc:  # noqa: BLE001
        _say(f"could not set up the sandbox: {exc!r}")
    finally:
        os._exit(code)


def _as_root(conn: str, rest: list[str], limits: sb.Limits) -> int:
    root = sb.state_root()
    sb.reap_stale(root)
    uid, kdir = sb.claim_uid(root)
    use_pidns = False
    try:
        workdir = os.getcwd()
        home = sb.make_home(kdir / "home", uid)
        conn_copy = _copy_connection_file(conn, home, uid)
        work = kdir / "work"
        if not sb.copy_submission(workdir, work):
            _say(f"{workdir} is not a submission folder: the kernel starts in an empty folder")
        sb.prepare_workdir(work, uid)
        env = sb.sandbox_env(os.environ, home)
        isolate = sb.namespaces_available()
        use_pidns = isolate and sb.namespaces_available(pid_namespace=True)
        if not isolate:
            bad = sb.unreachable(sb.runtime_paths())
            if bad:
                raise sb.SandboxError(
                    f"the sandbox uid cannot reach {', '.join(bad)} (a parent directory is not "
                    "world-traversable) and mount namespaces are not available to work around it: "
                    "install Python and the course's virtual environment where every user can read them")
        fn = sb.SandboxPreexec(limits, uid, str(work), isolate, [*sb.runtime_paths(), str(home)],
                               mount_workdir_at=workdir if isolate else None)
        fn.new_proc = use_pidns
        if isolate:
            fn.plan(str(work))  # an impossible view is reported here, by the launcher
        argv = kernel_argv(str(conn_copy), rest)

        child = 0

        def stop(signum, frame):  # noqa: ARG001
            if child:
                try:
                    os.kill(child, signal.SIGKILL)
                except ProcessLookupError:
                    pass

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, stop)
        sb._prctl(sb.PR_SET_CHILD_SUBREAPER, 1)  # orphans come back to us, not to PID 1
        if use_pidns:
            sb._unshare(sb.CLONE_NEWPID)  # our next child is PID 1 of a new PID namespace
        sys.stdout.flush()
        sys.stderr.flush()
        child = os.fork()
        if child == 0:
            _run_init(fn, str(work), argv, env)
        _, status = os.waitpid(child, 0)
        return _exit_code(status)
    except sb.SandboxError as exc:
        _say(str(exc))
        return 1
    finally:
        if not use_pidns:
            # With a PID namespace nothing outlives its init (and we could not fork into it).
            sb.kill_uid(uid)
            sb._reap_children()
        shutil.rmtree(kdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    conn, rest = split_args(argv)
    if not conn:
        _say("usage: python -m course_utils.grading.sandbox_kernel -f CONNECTION_FILE [args]")
        return 2
    try:
        limits = sb.Limits.from_env()
    except sb.SandboxError as exc:
        _say(str(exc))
        return 2
    if os.geteuid() != 0:
        _unprivileged(conn, rest, limits)  # does not return
    return _as_root(os.path.abspath(conn), rest, limits)


if __name__ == "__main__":
    sys.exit(main())
