"""The grading sandbox: resource limits, an unprivileged uid, and a private view of the filesystem.

Student code runs in the grading kernel. This module confines that kernel in layers:

1. **Resource limits** (``Limits``, always applied): address space, CPU seconds, processes (per
   uid, threads included), file size, open files, no core dumps.
2. **An unprivileged uid** (only when the grader runs as root): every sandboxed process gets its
   own otherwise unused uid from ``UID_RANGE`` (no passwd entry needed), with no supplementary
   groups and ``no_new_privs`` (setuid programs gain nothing). Different uids mean two kernels
   cannot signal, ptrace or read ``/proc/<pid>/cwd`` of each other, and the per-uid process limit
   is per kernel.
3. **A private view of the filesystem** (root, and the kernel lets us create a mount namespace):
   the course root (the directory holding ``nbgrader_config.py`` or ``gradebook.db`` above the
   working directory), every directory the uid could not traverse anyway (e.g. ``/root``, a
   ``chmod 700`` course root) and ``/tmp``, ``/var/tmp``, ``/dev/shm`` are covered with empty
   tmpfs mounts; only what the kernel needs is bound back at its own path: the Python installation,
   the virtual environment, the ``course_utils`` package, the working directory and the private
   home. So the gradebook, ``source/`` and other students' folders simply do not exist there.
   The kernel launcher (``sandbox_kernel``) adds a PID namespace: the kernel sees only its own
   processes, and they all die with it.

The filesystem permissions are the foundation (the course root must be ``chmod 700``, owned by
root); the private view is defence in depth and also what makes a Python installed under a
``0700`` home usable by the unprivileged uid.

When the grader does not run as root only the resource limits apply (an ordinary user cannot
change uid or create mount namespaces); see the README's threat model.

Instructors can override the limits with environment variables (0 means "no limit"):
``COURSE_SANDBOX_MEMORY_MB``, ``COURSE_SANDBOX_CPU_SECONDS``, ``COURSE_SANDBOX_NPROC``,
``COURSE_SANDBOX_FSIZE_MB``, ``COURSE_SANDBOX_NOFILE``; ``COURSE_SANDBOX_NAMESPACES=0`` turns the
private view off; ``COURSE_SANDBOX_HIDE`` lists more directories to hide (``os.pathsep``-separated).

``python -m course_utils.grading.sandbox install`` writes the ``course-sandbox`` kernelspec.
"""
from __future__ import annotations

import ctypes
import json
import os
import pwd
import resource
import secrets
import shutil
import signal
import stat
import sys
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

UID_RANGE = range(61000, 65000)
KERNEL_NAME = "course-sandbox"
DISPLAY_NAME = "Python 3 (course sandbox)"
MIB = 1024 * 1024

# Environment variables a kernel may inherit from the grader; everything else (tokens, keys,
# SSH agent sockets, ...) is dropped, because student code could print it into its feedback.
_ENV_KEEP = {"PATH", "LANG", "LANGUAGE", "TZ", "TERM", "PYTHONPATH", "PYTHONHASHSEED",
             "PYTHONIOENCODING", "PYTHONUTF8", "PYTHONWARNINGS", "VIRTUAL_ENV", "CONDA_PREFIX",
             "LD_LIBRARY_PATH", "MPLBACKEND", "SOURCE_DATE_EPOCH", "JPY_SESSION_NAME"}
# Not JPY_PARENT_PID: ipykernel would watch that pid, and exit at once inside a PID namespace.
_ENV_KEEP_PREFIXES = ("LC_", "NBGRADER_", "COURSE_")
_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS")
# Markers of a course root: hidden from the kernel whatever its permissions.
_COURSE_MARKERS = ("nbgrader_config.py", "gradebook.db")


class SandboxError(RuntimeError):
    """The sandbox cannot be set up as asked (the message says why and what to do)."""


# --------------------------------------------------------------------------------------------
# Resource limits
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Limits:
    """Per-process resource limits for student code; 0 means "no limit".

    ``memory_mb`` is address space (RLIMIT_AS), not resident memory. Measured: a sandboxed kernel
    running a course notebook (numpy, scipy, matplotlib, scikit-learn) peaks at 0.56-0.65 GB of
    address space (one BLAS thread, ``MALLOC_ARENA_MAX=2``); an unconfined kernel with a thread per
    core needs 1.2-1.4 GB. 4 GiB leaves room for real work and stops runaway allocations.
    ``processes`` is RLIMIT_NPROC, counted per real uid and including threads (the kernel itself
    uses about ten); the sandbox env pins BLAS/OpenMP to one thread.
    ``cpu_seconds`` is the soft limit (SIGXCPU); the hard limit, 5 s later, is SIGKILL. It counts
    the whole life of the kernel, i.e. every cell of the notebook.
    """

    memory_mb: int = 4096
    cpu_seconds: int = 120
    processes: int = 64
    file_size_mb: int = 64
    open_files: int = 256

    ENV = {"memory_mb": "COURSE_SANDBOX_MEMORY_MB", "cpu_seconds": "COURSE_SANDBOX_CPU_SECONDS",
           "processes": "COURSE_SANDBOX_NPROC", "file_size_mb": "COURSE_SANDBOX_FSIZE_MB",
           "open_files": "COURSE_SANDBOX_NOFILE"}

    @classmethod
    def from_env(cls, env=None, **overrides) -> "Limits":
        """Defaults, overridden by ``COURSE_SANDBOX_*`` variables, overridden by ``overrides``."""
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            raw = env.get(cls.ENV[f.name], "").strip()
            if raw:
                try:
                    values[f.name] = int(raw)
                except ValueError:
                    raise SandboxError(f"{cls.ENV[f.name]}={raw!r} is not a whole number") from None
                if values[f.name] < 0:
                    raise SandboxError(f"{cls.ENV[f.name]} must be >= 0 (0 means no limit)")
        values.update(overrides)
        return cls(**values)

    def rlimits(self, *, as_root: bool) -> list[tuple[int, int, int]]:
        """``(resource, soft, hard)`` triples; ``as_root``: the process will then get its own uid."""
        inf = resource.RLIM_INFINITY

        def lim(value: int, scale: int = 1) -> int:
            return value * scale if value > 0 else inf

        out = [(resource.RLIMIT_CORE, 0, 0),
               (resource.RLIMIT_AS, lim(self.memory_mb, MIB), lim(self.memory_mb, MIB)),
               (resource.RLIMIT_CPU, lim(self.cpu_seconds),
                self.cpu_seconds + 5 if self.cpu_seconds > 0 else inf),
               (resource.RLIMIT_FSIZE, lim(self.file_size_mb, MIB), lim(self.file_size_mb, MIB)),
               (resource.RLIMIT_NOFILE, lim(self.open_files), lim(self.open_files))]
        if self.processes > 0:
            # RLIMIT_NPROC counts every process and thread of the real uid. With a fresh uid that
            # is the kernel alone; as an ordinary user it includes everything else the user runs,
            # so the limit is set that far above what is already running.
            n = self.processes if as_root else self.processes + _tasks_of_uid(os.getuid())
            out.append((resource.RLIMIT_NPROC, n, n))
        return out

    def apply(self, *, as_root: bool | None = None) -> None:
        """Set the limits on the calling process (meant for a child just before ``exec``)."""
        as_root = os.geteuid() == 0 if as_root is None else as_root
        for res, soft, hard in self.rlimits(as_root=as_root):
            _cur_soft, cur_hard = resource.getrlimit(res)
            if os.geteuid() != 0 and cur_hard != resource.RLIM_INFINITY:
                # An ordinary user cannot raise a hard limit: never ask for more than there is.
                hard = cur_hard if hard == resource.RLIM_INFINITY else min(hard, cur_hard)
                soft = hard if soft == resource.RLIM_INFINITY else min(soft, hard)
            resource.setrlimit(res, (soft, hard))


def _tasks_of_uid(uid: int) -> int:
    """Threads (tasks) currently running with real uid ``uid``."""
    total = 0
    for status in _proc_status():
        if status.get("Uid", [None])[0] == str(uid):
            try:
                total += int(status.get("Threads", ["1"])[0])
            except ValueError:
                total += 1
    return total


def _proc_status():
    """Yield the parsed ``/proc/<pid>/status`` of every process (field -> list of words)."""
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="utf-8", errors="replace") as fh:
                text = fh.read()
        except OSError:
            continue
        status = {}
        for line in text.splitlines():
            key, _, value = line.partition(":")
            status[key] = value.split()
        yield status


# --------------------------------------------------------------------------------------------
# Low-level Linux calls (no Python wrapper in 3.11)
# --------------------------------------------------------------------------------------------
_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong,
                        ctypes.c_char_p]
_libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                        ctypes.c_ulong]
_libc.unshare.argtypes = [ctypes.c_int]

CLONE_NEWNS = 0x00020000
CLONE_NEWPID = 0x20000000
MS_NOSUID, MS_NODEV, MS_NOEXEC = 2, 4, 8
MS_BIND, MS_REC, MS_PRIVATE = 4096, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 1, 36, 38


def _check(ret: int, what: str) -> None:
    if ret != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def _prctl(option: int, arg: int) -> None:
    _check(_libc.prctl(option, arg, 0, 0, 0), f"prctl({option})")


def _unshare(flags: int) -> None:
    _check(_libc.unshare(flags), "unshare")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None):
    enc = lambda s: None if s is None else os.fsencode(s)  # noqa: E731
    _check(_libc.mount(enc(source), enc(target), enc(fstype), flags, enc(data)), f"mount {target}")


_NS_CACHE: dict[str, bool] = {}


def namespaces_available(pid_namespace: bool = False) -> bool:
    """Whether this process may build the private view (root, and mount namespaces allowed).

    Probed once per process in a throwaway child (``COURSE_SANDBOX_NAMESPACES=0`` says no).
    """
    if os.geteuid() != 0 or os.environ.get("COURSE_SANDBOX_NAMESPACES", "1").strip() == "0":
        return False
    key = "pid" if pid_namespace else "mnt"
    if key not in _NS_CACHE:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            code = 1
            try:
                _unshare(CLONE_NEWNS)
                _mount(None, "/", None, MS_REC | MS_PRIVATE)
                _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=1m")
                code = 2
                _unshare(CLONE_NEWPID)
                code = 3
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        _NS_CACHE["mnt"], _NS_CACHE["pid"] = code >= 2, code >= 3
    return _NS_CACHE[key]


# --------------------------------------------------------------------------------------------
# Uids, working directory, environment
# --------------------------------------------------------------------------------------------
def _uids_in_use() -> set[int]:
    used: set[int] = set()
    for status in _proc_status():
        for word in status.get("Uid", []):
            if word.isdigit():
                used.add(int(word))
    return used


_HANDED_OUT: dict[int, float] = {}  # uid -> when this process last picked it


def pick_uid(exclude=()) -> int:
    """An otherwise unused uid from ``UID_RANGE``: no passwd entry, no running process, no claim,
    and not handed out by this process in the last minute (its child may not have started yet).

    The search starts at a random place, so that two graders picking at the same moment rarely
    meet; the kernel launcher also claims its uid atomically (``claim_uid``).
    """
    now = time.monotonic()
    recent = {u for u, t in _HANDED_OUT.items() if now - t < 60}
    exclude = set(exclude) | recent | _uids_in_use() | _claimed_uids()
    n = len(UID_RANGE)
    start = secrets.randbelow(n)
    for i in range(n):
        uid = UID_RANGE[(start + i) % n]
        if uid in exclude:
            continue
        try:
            pwd.getpwuid(uid)
        except KeyError:
            if len(_HANDED_OUT) > 1000:
                _HANDED_OUT.clear()
            _HANDED_OUT[uid] = now
            return uid
    raise SandboxError(f"no free uid in {UID_RANGE.start}-{UID_RANGE.stop - 1}")


def _looks_like_course_root(path: Path) -> bool:
    return (path / "nbgrader_config.py").exists() or (path / ".git").exists()


def prepare_workdir(path, uid: int) -> None:
    """Give ``path`` (a private copy of the student's own submission folder) to ``uid``.

    Refuses to touch anything that looks like a course root or a system directory: handing
    those to the sandbox uid would hand it the gradebook.
    """
    path = Path(path)
    real = Path(os.path.realpath(path))
    if len(real.parts) < 3 or real == Path.home() or _looks_like_course_root(real):
        raise SandboxError(f"refusing to give {real} to the sandbox uid: not a submission folder")
    for root, dirs, files in os.walk(real, followlinks=False):
        for name in dirs + files:
            os.lchown(os.path.join(root, name), uid, uid)
    os.lchown(real, uid, uid)
    os.chmod(real, 0o700)


def copy_submission(src, dst, *, max_mb: int = 256, max_files: int = 2000) -> bool:
    """Copy the working directory ``src`` to ``dst``: files and folders; symlinks stay links
    (never followed as root); FIFOs, sockets and devices are left out (reading one could block).

    Returns False (and creates an empty ``dst``) when ``src`` looks like a course root or is
    larger than ``max_mb``/``max_files``: that is an instructor's folder, not a submission.
    """
    src, dst = Path(src), Path(dst)
    ok = not _looks_like_course_root(src) and len(src.resolve().parts) >= 3
    if ok:
        count, size = 0, 0
        for root, dirs, files in os.walk(src, followlinks=False):
            count += len(dirs) + len(files)
            for name in files:
                try:
                    size += os.lstat(os.path.join(root, name)).st_size
                except OSError:
                    pass
            if count > max_files or size > max_mb * MIB:
                ok = False
                break
    if not ok:
        dst.mkdir(mode=0o700)
        return False

    def special(folder, names):
        out = []
        for name in names:
            try:
                mode = os.lstat(os.path.join(folder, name)).st_mode
            except OSError:
                out.append(name)
                continue
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode)):
                out.append(name)
        return out

    shutil.copytree(src, dst, symlinks=True, ignore=special)
    return True


def sandbox_env(base_env, home) -> dict[str, str]:
    """The environment for a sandboxed kernel whose private home is ``home``.

    Keeps only harmless variables of ``base_env`` (``PATH``, locale, ``NBGRADER_*``,
    ``COURSE_*``, a few ``PYTHON*``), points every per-user directory into ``home``,
    and pins the math libraries to one thread each.
    """
    home = str(home)
    env = {k: v for k, v in base_env.items()
           if k in _ENV_KEEP or k.startswith(_ENV_KEEP_PREFIXES)}
    join = lambda *p: os.path.join(home, *p)  # noqa: E731
    env.update({
        "HOME": home, "USER": "sandbox", "LOGNAME": "sandbox", "SHELL": "/bin/sh",
        "TMPDIR": join("tmp"),
        "IPYTHONDIR": join(".ipython"), "MPLCONFIGDIR": join(".config", "matplotlib"),
        "JUPYTER_CONFIG_DIR": join(".jupyter"), "JUPYTER_DATA_DIR": join(".local", "share", "jupyter"),
        "JUPYTER_RUNTIME_DIR": join(".local", "share", "jupyter", "runtime"),
        "XDG_CACHE_HOME": join(".cache"), "XDG_CONFIG_HOME": join(".config"),
        "XDG_DATA_HOME": join(".local", "share"), "XDG_STATE_HOME": join(".local", "state"),
        "XDG_RUNTIME_DIR": join(".run"),
        "PYTHONNOUSERSITE": "1", "PYTHONDONTWRITEBYTECODE": "1",
        # glibc gives every thread a 64 MB malloc arena of address space: keep RLIMIT_AS honest.
        "MALLOC_ARENA_MAX": "2",
    })
    env.setdefault("PATH", os.defpath)
    env.setdefault("MPLBACKEND", "agg")
    for var in _THREAD_VARS:
        env[var] = "1"
    return env


def make_home(path, uid: int) -> Path:
    """Create the private home ``path`` (and its ``tmp``), owned by ``uid``, mode 0700."""
    path = Path(path)
    path.mkdir(mode=0o700)
    (path / "tmp").mkdir(mode=0o700)
    for p in (path / "tmp", path):
        os.lchown(p, uid, uid)
    return path


# --------------------------------------------------------------------------------------------
# The private view of the filesystem
# --------------------------------------------------------------------------------------------
def runtime_paths() -> list[str]:
    """Directories a sandboxed Python needs: the interpreter, the venv, ``course_utils``."""
    here = Path(__file__).resolve().parent.parent  # .../course_utils
    paths = {sys.base_prefix, sys.base_exec_prefix, sys.prefix, sys.exec_prefix,
             os.path.dirname(os.path.realpath(sys.executable)), str(here)}
    return sorted({os.path.realpath(p) for p in paths if p and os.path.isdir(p)})


def _blocked_ancestor(path: str) -> str | None:
    """The topmost proper ancestor of ``path`` that "others" cannot traverse, if any."""
    parts = Path(path).parts
    for i in range(1, len(parts)):
        ancestor = os.path.join(*parts[:i])
        try:
            mode = os.stat(ancestor).st_mode
        except OSError:
            return ancestor
        if not mode & stat.S_IXOTH:
            return ancestor
    return None


def unreachable(paths) -> list[str]:
    """Those of ``paths`` an unprivileged uid cannot reach (a proper ancestor lacks o+x)."""
    return [p for p in paths if _blocked_ancestor(p)]


def find_course_root(start) -> str | None:
    """The nearest directory at or above ``start`` holding ``nbgrader_config.py``/``gradebook.db``."""
    p = Path(os.path.realpath(start))
    for candidate in [p, *p.parents][:8]:
        if candidate != Path("/") and any((candidate / m).exists() for m in _COURSE_MARKERS):
            return str(candidate)
    return None


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


@dataclass
class View:
    """What the sandbox sees: ``covers`` become empty tmpfs, ``binds`` (source, target) come back."""

    covers: list[tuple[str, str]]  # (directory, tmpfs options)
    binds: list[tuple[str, str]]
    new_proc: bool = False


_TMP_DIRS = ("/tmp", "/var/tmp", "/dev/shm")


def plan_view(needed, *, workdir: tuple[str, str] | None = None, hide=(), tmp_mb: int = 256) -> View:
    """Plan the private view. ``needed``: directories that must stay visible at their own path;
    ``workdir``: (source, target) for the working directory; ``hide``: directories to cover
    whatever their permissions. Also covered: every blocked ancestor of a needed directory, and
    ``/tmp``, ``/var/tmp``, ``/dev/shm`` (private, size-capped).
    """
    binds = [(os.path.realpath(p), os.path.realpath(p)) for p in needed if os.path.isdir(p)]
    if workdir is not None:
        binds.append((os.path.realpath(workdir[0]), os.path.abspath(workdir[1])))
    covers: dict[str, str] = {}
    skeleton = "mode=0755,size=1m,nr_inodes=4096"
    for d in _TMP_DIRS:
        if os.path.isdir(d) and not os.path.islink(d):
            covers[d] = f"mode=1777,size={tmp_mb}m,nr_inodes=65536"
    for d in list(hide) + os.environ.get("COURSE_SANDBOX_HIDE", "").split(os.pathsep):
        if d and os.path.isdir(d):
            covers.setdefault(os.path.realpath(d), skeleton)
    for _src, target in binds:
        blocked = _blocked_ancestor(target)
        if blocked:
            covers.setdefault(blocked, skeleton)
    if "/" in covers:
        raise SandboxError("'/' is not traversable by other users: the sandbox cannot work")
    # Only the outermost covers count; a bind is needed only below a cover and not below another bind.
    outer = sorted(c for c in covers if not any(_under(c, o) and c != o for o in covers))
    kept = []
    for src, target in sorted(binds, key=lambda b: len(b[1])):
        if src == target and not any(_under(target, c) for c in outer):
            continue  # visible anyway
        if any(_under(target, t) and src == s + target[len(t):] for s, t in kept):
            continue  # already visible through an enclosing bind
        kept.append((src, target))
    return View([(c, covers[c]) for c in outer], kept)


def enter_view(view: View) -> None:
    """Build ``view`` in a new mount namespace of the calling process (root, before dropping)."""
    _unshare(CLONE_NEWNS)
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    fds = [(os.open(src, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC), target)
           for src, target in view.binds]
    for directory, options in view.covers:
        _mount("tmpfs", directory, "tmpfs", MS_NOSUID | MS_NODEV, options)
    for fd, target in fds:
        os.makedirs(target, mode=0o755, exist_ok=True)
        _mount(f"/proc/self/fd/{fd}", target, None, MS_BIND | MS_REC)
        os.close(fd)
    if view.new_proc:
        # Only in a new PID namespace: a new procfs then shows the sandbox's processes alone.
        _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)


# --------------------------------------------------------------------------------------------
# Dropping privileges, preexec_fn
# --------------------------------------------------------------------------------------------
def drop_privileges(uid: int) -> None:
    """Become ``uid`` (gid ``uid``, no supplementary groups, no capabilities) for good."""
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    if os.getresuid() != (uid, uid, uid) or os.getresgid() != (uid, uid, uid):
        raise SandboxError("could not drop privileges")


def harden_child() -> None:
    """``no_new_privs`` (setuid programs gain nothing) and die with the parent."""
    _prctl(PR_SET_NO_NEW_PRIVS, 1)
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


class SandboxPreexec:
    """The callable returned by ``preexec``; ``uid`` is the uid the child runs as (None: not root)."""

    def __init__(self, limits: Limits, uid: int | None, workdir: str | None, isolate: bool,
                 needed=(), hide=(), mount_workdir_at: str | None = None):
        self.limits, self.uid, self.workdir, self.isolate = limits, uid, workdir, isolate
        self.needed, self.hide, self.mount_workdir_at = list(needed), list(hide), mount_workdir_at
        self.new_proc = False  # mount a new /proc (only for the init of a new PID namespace)

    def plan(self, cwd: str) -> View:
        """The private view for a child starting in ``cwd`` (shown at ``mount_workdir_at``)."""
        target = self.mount_workdir_at or cwd
        hide = list(self.hide)
        course = find_course_root(target)
        if course:
            hide.append(course)
        view = plan_view(self.needed, workdir=(cwd, target), hide=hide)
        view.new_proc = self.new_proc
        return view

    def enter(self, cwd: str) -> str:
        """Root part 1: build the private view; returns where the working directory now is."""
        if self.uid is not None and self.isolate:
            enter_view(self.plan(cwd))
            return self.mount_workdir_at or cwd
        return cwd

    def confine(self, cwd: str) -> None:
        """Part 2: move to ``cwd``, umask 077, limits, drop to the uid, no_new_privs, pdeathsig."""
        if self.uid is not None:
            os.chdir(cwd)  # through the view's bind mount, if any
        os.umask(0o077)
        self.limits.apply(as_root=self.uid is not None)
        if self.uid is not None:
            drop_privileges(self.uid)
        harden_child()

    def __call__(self) -> None:
        self.confine(self.enter(self.workdir or os.getcwd()))

    def to_spec(self) -> dict:
        """Plain data from which ``from_spec`` rebuilds this callable in another process."""
        return {"limits": asdict(self.limits), "uid": self.uid, "workdir": self.workdir,
                "isolate": self.isolate, "needed": self.needed, "hide": self.hide,
                "mount_workdir_at": self.mount_workdir_at, "new_proc": self.new_proc}

    @classmethod
    def from_spec(cls, spec: dict) -> "SandboxPreexec":
        fn = cls(Limits(**spec["limits"]), spec["uid"], spec["workdir"], bool(spec["isolate"]),
                 spec["needed"], spec["hide"], spec["mount_workdir_at"])
        fn.new_proc = bool(spec["new_proc"])
        return fn


def preexec(limits: Limits | None = None, uid: int | None = None, workdir=None, *,
            isolate: bool | None = None, expose=(), hide=(), mount_workdir_at=None) -> SandboxPreexec:
    """A ``preexec_fn`` for ``subprocess.Popen`` that sandboxes the child.

    Always: the ``limits`` (default ``Limits.from_env()``), umask 077, ``no_new_privs``, death
    with the parent. As root, also: the private view (``isolate``; default: when mount
    namespaces are available) with ``expose`` as extra visible directories and ``hide`` as extra
    hidden ones, then a drop to ``uid`` (default ``pick_uid()``). ``workdir`` (default: the
    Popen ``cwd``) is where the child starts, seen at ``mount_workdir_at`` (default: its own
    path); give it to the uid first with ``prepare_workdir`` if the child should write there.
    Not as root: limits only (an ordinary user cannot change uid).
    """
    limits = limits if limits is not None else Limits.from_env()
    workdir = os.path.abspath(workdir) if workdir else None
    if os.geteuid() != 0:
        return SandboxPreexec(limits, None, workdir, False)
    uid = uid if uid is not None else pick_uid()
    if isolate is None:
        isolate = namespaces_available()
    elif isolate and not namespaces_available():
        raise SandboxError("the private view needs mount namespaces, which this system refuses")
    fn = SandboxPreexec(limits, uid, workdir, isolate, [*runtime_paths(), *map(str, expose)],
                        list(map(str, hide)), mount_workdir_at)
    if isolate and workdir:
        fn.plan(workdir)  # report an impossible view here, not as an opaque error in the child
    return fn


# --------------------------------------------------------------------------------------------
# Killing a uid's processes, per-kernel state
# --------------------------------------------------------------------------------------------
def kill_uid(uid: int, timeout: float = 3.0) -> bool:
    """SIGKILL every process of ``uid`` (root only); True when none is left (zombies aside).

    A helper child becomes ``uid`` and calls ``kill(-1, SIGKILL)``, which reaches exactly that
    uid's processes; repeated until ``/proc`` shows none alive, so a fork loop cannot outrun it.
    Zombies are left for their parents to reap.
    """
    if not UID_RANGE.start <= uid < UID_RANGE.stop:
        raise SandboxError(f"refusing to kill uid {uid}: not a sandbox uid")
    deadline = time.monotonic() + timeout
    while True:
        alive = [s for s in _proc_status()
                 if str(uid) in s.get("Uid", [])[:1] and s.get("State", ["?"])[0] not in "ZX"]
        if not alive:
            return True
        if time.monotonic() > deadline:
            return False
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            try:
                drop_privileges(uid)
                for _ in range(5):
                    try:
                        os.kill(-1, signal.SIGKILL)
                    except ProcessLookupError:
                        break
                    time.sleep(0.005)
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        time.sleep(0.01)


def _reap_children() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def state_root() -> Path:
    """Root-owned 0711 directory of per-kernel state (``COURSE_SANDBOX_STATE_DIR``)."""
    root = Path(os.environ.get("COURSE_SANDBOX_STATE_DIR") or "/tmp/course-sandbox")
    try:
        root.mkdir(mode=0o711)
    except FileExistsError:
        pass
    st = os.lstat(root)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != 0 or st.st_mode & 0o022:
        raise SandboxError(f"{root} must be a directory owned by root and not writable by others")
    os.chmod(root, 0o711)
    return root


def _claimed_uids() -> set[int]:
    try:
        names = os.listdir(state_root()) if os.geteuid() == 0 else []
    except (OSError, SandboxError):
        return set()
    return {int(n.split(".")[0]) for n in names if n.split(".")[0].isdigit()}


def _start_time(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            return fh.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def claim_uid(root: Path) -> tuple[int, Path]:
    """Pick a uid and claim it by creating ``root/<uid>`` (atomic); records the owner pid."""
    tried: set[int] = set()
    for _ in range(50):
        uid = pick_uid(exclude=tried)
        tried.add(uid)
        kdir = root / str(uid)
        try:
            kdir.mkdir(mode=0o711)
        except FileExistsError:
            continue
        os.chmod(kdir, 0o711)
        info = {"uid": uid, "pid": os.getpid(), "start": _start_time(os.getpid()),
                "created": time.time()}
        fd = os.open(kdir / "owner.json", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(info, fh)
        return uid, kdir
    raise SandboxError("could not claim a sandbox uid")


def reap_stale(root: Path) -> int:
    """Clean up after launchers that died without cleaning up (killed with SIGKILL).

    Kills the uid's leftover processes and removes the per-kernel directory. Returns how many.
    """
    done = 0
    for entry in list(os.scandir(root)):
        head = entry.name.split(".")[0]
        if not head.isdigit():
            continue
        try:
            info = json.loads(Path(entry.path, "owner.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        if "." not in entry.name:
            if not info and time.time() - entry.stat().st_mtime < 60:
                continue  # being created right now
            if info and _start_time(info.get("pid", -1)) == info.get("start"):
                continue  # its launcher is alive
            stale = f"{entry.path}.stale-{os.getpid()}"
            try:
                os.rename(entry.path, stale)  # only one launcher wins the cleanup
            except OSError:
                continue
        else:
            pid = entry.name.rsplit("-", 1)[-1]
            if pid.isdigit() and os.path.exists(f"/proc/{pid}"):
                continue  # another launcher is cleaning it up
            stale = entry.path
        kill_uid(int(head))
        shutil.rmtree(stale, ignore_errors=True)
        done += 1
    return done


# --------------------------------------------------------------------------------------------
# Kernelspec
# --------------------------------------------------------------------------------------------
def kernelspec(python: str | None = None) -> dict:
    return {
        "argv": [python or sys.executable, "-m", "course_utils.grading.sandbox_kernel",
                 "-f", "{connection_file}"],
        "display_name": DISPLAY_NAME,
        "language": "python",
        "interrupt_mode": "signal",
        "metadata": {"debugger": False},
    }


def install_kernelspec(prefix: str = sys.prefix, name: str = KERNEL_NAME) -> Path:
    """Write ``<prefix>/share/jupyter/kernels/<name>/kernel.json``; returns its path."""
    folder = Path(prefix) / "share" / "jupyter" / "kernels" / name
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kernel.json"
    path.write_text(json.dumps(kernelspec(), indent=1) + "\n", encoding="utf-8")
    return path


def describe() -> str:
    """What the sandbox will do here (for ``python -m course_utils.grading.sandbox check``)."""
    limits = Limits.from_env()
    lines = [f"limits: {limits}"]
    if os.geteuid() != 0:
        lines.append("not root: resource limits only (no uid drop, no private view)")
    else:
        ns, pidns = namespaces_available(), namespaces_available(pid_namespace=True)
        lines.append(f"root: each kernel runs as its own uid from {UID_RANGE.start}-{UID_RANGE.stop - 1}")
        lines.append(f"private view (mount namespace): {'yes' if ns else 'NO'}; "
                     f"PID namespace: {'yes' if pidns else 'no'}")
        bad = unreachable(runtime_paths())
        if bad and not ns:
            lines.append(f"PROBLEM: the sandbox uid cannot reach {', '.join(bad)}")
    return "\n".join(lines)


def main(argv=None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m course_utils.grading.sandbox",
                                     description="The grading sandbox kernel.")
    sub = parser.add_subparsers(dest="command", required=True)
    inst = sub.add_parser("install", help="install the course-sandbox kernelspec")
    inst.add_argument("--prefix", default=sys.prefix)
    inst.add_argument("--name", default=KERNEL_NAME)
    sub.add_parser("check", help="show what the sandbox does on this machine")
    args = parser.parse_args(argv)
    if args.command == "install":
        print(f"installed {install_kernelspec(args.prefix, args.name)}")
    else:
        print(describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
