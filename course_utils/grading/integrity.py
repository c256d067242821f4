"""Static integrity scan of a submission: code that tampers with the grading instead of answering.

A test cell passes when nothing raises, so a student cell that runs before the tests can make them
pass without solving anything: replace ``np.allclose`` or ``course_utils.checks.assert_close``,
patch the reference implementation, register an IPython hook that swallows errors, or branch on the
``NBGRADER_EXECUTION`` variable that nbgrader sets while grading. This module reads the student's
code (it never runs it) and returns short flags for the instructor, e.g.::

    integrity: assigns to numpy attribute 'np.allclose' (cell 7, line 2)

What is scanned: every code cell the student controls, i.e. all code cells except nbgrader test
cells (``grade: true, solution: false``), whose source nbgrader restores from the gradebook before
grading. Broken or missing metadata is tolerated: a cell that does not say it is a test is scanned.
IPython syntax (``%magics``, ``!shell``, ``%%cell magics``) is first turned into Python by IPython's
own input transformer, so ``%%time`` bodies, ``%cd``, ``%env`` and ``!cat /etc/passwd`` are seen.

What is flagged (each rule resolves import aliases: ``import numpy as np``,
``from numpy import testing as t``, ``import course_utils.checks as c``, ``from course_utils import
reference``, ``ip = get_ipython()``, ``sys.modules['numpy']``, ``getattr(np, 'linalg')``,
``__import__('numpy')``, ``globals()['np']``):

* assigning, deleting, ``setattr``/``delattr``/``__setattr__``, ``vars(m)[...] =``,
  ``m.__dict__[...] =`` / ``.update(...)`` on attributes of numpy, scipy, scikit-learn,
  course_utils (any submodule), builtins / ``__builtins__``, IPython / ipykernel objects, ``sys``,
  ``warnings``, and the stdlib math modules the tests compute with (math, cmath, statistics,
  random); ``unittest.mock.patch`` of those;
* redefining a test helper imported from ``course_utils.checks`` (``assert_close = ...``,
  ``def forbid(...)``) or rebinding the ``numpy`` alias at top level (``np = Fake()``);
* editing ``sys.modules``, ``sys.meta_path`` (import hooks);
* IPython input transformers, AST transformers, event hooks (``post_run_cell``), custom exception
  handlers, registered magics and hooks; ``sys.settrace/setprofile/addaudithook``,
  ``sys.excepthook/displayhook``, ``atexit.register``; ``%xmode`` and ``%config InteractiveShell``
  (they would put hidden-test source lines back into the tracebacks shown in feedback);
* files outside the notebook's folder: a file or shell call (``open``, ``Path``, ``np.load``,
  ``os.*``, ``shutil``, ``glob``, ``subprocess``, ``.read_text`` ..., ``!cmd``, ``%%bash``,
  ``%run``) given a string literal (or a name bound to one) that is absolute, starts with ``~`` or
  contains a ``..`` segment; and every use of ``os.chdir`` / ``%cd``;
* branching on grading: any string containing ``NBGRADER`` (also ``"NBGR" + "ADER"`` and reversed
  literals), comparisons with / searches for ``"autograde"``;
* frame and GC tricks: ``sys._getframe``, ``inspect.currentframe/stack/trace``, ``f_back`` /
  ``f_globals`` / ``tb_frame`` ..., ``gc.get_referrers/get_referents/get_objects``, ``ctypes``,
  ``importlib.reload`` of a protected module;
* process tricks the timeout and sandbox must survive (flagged so the instructor sees why a
  notebook died): ``os._exit``, ``os.fork``, ``os.kill``, ``signal.signal``, ``resource.setrlimit``;
* code hidden in ``exec``/``eval``/``get_ipython().run_cell`` string literals and in ``%%time``-like
  cell magics is scanned as well.

Not flagged, on purpose (false alarms cost an instructor's trust): plotting and display
configuration (``plt.rcParams[...] = ...``, ``sns.set_theme()``, ``%config InlineBackend...``):
figures are never graded, so they cannot change a score; ``np.random.seed``, ``np.seterr``,
``np.set_printoptions``, ``warnings.filterwarnings`` (calls that configure, not replace);
attributes of the student's own objects (``self.w = ...``, ``arr.shape = (2, 3)``); ``sys.path``
and ``sys.argv`` edits; a cell with a syntax error (it simply fails at grading). A cell is reported as
``unparseable`` only when it cannot even be read as text or turned into Python by IPython (not a
string, NUL bytes), never for an ordinary syntax error.

The scan is a tripwire for the obvious, not a proof: obfuscated code can evade any static check.
Grading must therefore also re-verify scores outside the student's kernel.
"""
from __future__ import annotations

import ast
import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["scan_code", "scan_notebook", "is_test_cell", "PROTECTED"]

# Module roots whose attributes a student must not replace, with the label used in flags.
PROTECTED = {
    "numpy": "numpy",
    "scipy": "scipy",
    "sklearn": "scikit-learn",
    "course_utils": "course_utils",
    "builtins": "builtins",
    "IPython": "IPython",
    "ipykernel": "IPython",
    "sys": "sys",
    "warnings": "warnings",
    "math": "math",
    "cmath": "cmath",
    "statistics": "statistics",
    "random": "random",
}
SHELL = "IPython.get_ipython()"  # the resolved path of get_ipython()

# The checks vocabulary with names no student would pick for something else.
_HELPERS = frozenset({
    "assert_close", "assert_shape", "assert_true", "assert_raises", "assert_unchanged",
    "assert_gradient", "assert_no_loops", "forbid", "no_warnings", "ForbiddenCallError",
})

# References that are flagged wherever they appear (call, alias, import).
_REFERENCES = {
    "sys._getframe": "inspects interpreter frames",
    "sys._current_frames": "inspects interpreter frames",
    "inspect.currentframe": "inspects interpreter frames",
    "inspect.stack": "inspects interpreter frames",
    "inspect.trace": "inspects interpreter frames",
    "inspect.getouterframes": "inspects interpreter frames",
    "inspect.getinnerframes": "inspects interpreter frames",
    "gc.get_referrers": "walks the garbage collector",
    "gc.get_referents": "walks the garbage collector",
    "gc.get_objects": "walks the garbage collector",
    "sys.settrace": "installs a trace/profile hook",
    "sys.setprofile": "installs a trace/profile hook",
    "sys.addaudithook": "installs a trace/profile hook",
    "threading.settrace": "installs a trace/profile hook",
    "threading.setprofile": "installs a trace/profile hook",
    "atexit.register": "registers an atexit handler",
    "os.chdir": "changes the working directory",
    "os.fchdir": "changes the working directory",
    "os._exit": "ends the kernel process",
    "posix._exit": "ends the kernel process",
    "os.fork": "forks processes",
    "os.forkpty": "forks processes",
    "os.kill": "sends signals to processes",
    "os.killpg": "sends signals to processes",
    "signal.signal": "installs a signal handler",
    "signal.pthread_sigmask": "installs a signal handler",
    "signal.siginterrupt": "installs a signal handler",
    "resource.setrlimit": "changes resource limits",
    "resource.prlimit": "changes resource limits",
}
_FRAME_ATTRS = frozenset({"f_back", "f_globals", "f_locals", "f_builtins", "tb_frame", "gi_frame",
                          "cr_frame", "ag_frame"})

# IPython shell attributes whose use registers code that runs around every cell.
_IPYTHON_HOOKS = {
    "input_transformers_cleanup": "registers an IPython input transformer",
    "input_transformers_post": "registers an IPython input transformer",
    "input_transformer_manager": "registers an IPython input transformer",
    "input_splitter": "registers an IPython input transformer",
    "ast_transformers": "registers an IPython AST transformer",
    "events": "registers an IPython event hook",
    "set_custom_exc": "registers a custom exception handler",
    "register_magic_function": "registers an IPython magic",
    "register_magics": "registers an IPython magic",
    "magics_manager": "registers an IPython magic",
    "set_hook": "sets an IPython hook",
}

# Containers that are flagged when mutated in place (.update, .pop, .append, ...).
_MUTATORS = frozenset({"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__",
                       "append", "extend", "insert", "remove"})
_NAMESPACE_SUFFIXES = (".__dict__", ".__globals__", ".__kwdefaults__", ".__defaults__", ".user_ns",
                       ".user_global_ns")

# File and shell access: by resolved path (prefix match for whole modules) or by method name.
_FILE_MODULES = ("os.", "shutil.", "glob.", "subprocess.", "pathlib.", "io.open", "codecs.open",
                 "tarfile.", "zipfile.", "shelve.", "sqlite3.", "scipy.io.", "h5py.", "PIL.Image.open",
                 "imageio.", "skimage.io.", "cv2.imread", "cv2.imwrite", "torch.load", "torch.save",
                 "joblib.", "pandas.read_")
_NOT_FILE = ("os.chdir", "os.fchdir", "os.environ", "os.getenv", "os.putenv", "os.cpu_count", "os.getpid", "os.urandom",
             "os.path.join", "os.sep", "os.linesep")
_FILE_FUNCS = frozenset({
    "builtins.open", "numpy.load", "numpy.save", "numpy.savez", "numpy.savez_compressed", "numpy.loadtxt",
    "numpy.savetxt", "numpy.genfromtxt", "numpy.fromfile", "numpy.memmap", "numpy.lib.format.open_memmap",
    "matplotlib.pyplot.savefig", "matplotlib.pyplot.imread", "matplotlib.pyplot.imsave",
})
_FILE_METHODS = frozenset({"read_text", "write_text", "read_bytes", "write_bytes", "savefig", "to_csv",
                           "to_pickle", "to_json", "to_parquet", "to_excel", "tofile", "joinpath"})
_PATH_KEYWORDS = frozenset({"file", "fname", "path", "filename", "filepath", "src", "dst", "name", "dir",
                            "directory", "path_or_buf", "filepath_or_buffer", "fp", "args", "cwd", "root",
                            "top", "pathname", "destination", "source", "target"})

_SYS_HARMLESS = ("argv", "path")
_SEARCHES = frozenset({"startswith", "endswith", "find", "rfind", "index", "rindex", "count", "search",
                       "match", "fullmatch", "findall", "__contains__", "get", "getenv"})
_SHELL_MAGICS = frozenset({"bash", "sh", "script", "system", "sx", "perl", "ruby", "python", "python2",
                           "python3", "pypy"})
_PYTHON_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug"})
_FILE_MAGICS = frozenset({"run", "load", "loadpy", "save", "writefile", "pycat", "edit", "notebook",
                          "bookmark"})


def _outside(path: str) -> bool:
    """Whether a path literal leaves the notebook's folder (absolute, home, or a '..' segment)."""
    s = path.strip()
    if not s:
        return False
    if s.startswith(("/", "~", "\\")) or re.match(r"^[A-Za-z]:[\\/]", s):
        return True
    return ".." in re.split(r"[\\/]", s)


def _root(path: str | None) -> str | None:
    if not path:
        return None
    return path.split(".", 1)[0].split("[", 1)[0].split("(", 1)[0]


def _family(path: str | None) -> str | None:
    if path is None:
        return None
    if path.startswith(SHELL):
        return "IPython"
    return PROTECTED.get(_root(path) or "")


def _fold_str(node: ast.AST) -> str | None:
    """The value of a constant string expression: literals, ``+`` of literals, ``[::-1]``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _fold_str(node.left), _fold_str(node.right)
        if left is not None and right is not None:
            return left + right
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        base = _fold_str(node.value)
        sl = node.slice
        if base is not None and sl.lower is None and sl.upper is None and isinstance(sl.step, ast.UnaryOp) \
                and isinstance(sl.step.op, ast.USub) and isinstance(sl.step.operand, ast.Constant) \
                and sl.step.operand.value == 1:
            return base[::-1]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join" \
            and not node.keywords and len(node.args) == 1 and isinstance(node.args[0], (ast.List, ast.Tuple)):
        sep = _fold_str(node.func.value)
        parts = [_fold_str(e) for e in node.args[0].elts]
        if sep is not None and all(p is not None for p in parts):
            return sep.join(parts)  # type: ignore[arg-type]
    return None


def _short(node: ast.AST, limit: int = 60) -> str:
    try:
        text = ast.unparse(node)
    except Exception:  # noqa: BLE001
        text = type(node).__name__
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _to_python(source: str) -> str:
    """IPython syntax (magics, !shell, ?help) → plain Python, as the kernel would run it."""
    try:
        from IPython.core.inputtransformer2 import TransformerManager
    except ImportError:  # pragma: no cover - IPython is always there with ipykernel
        return "\n".join("" if ln.lstrip().startswith(("%", "!")) else ln for ln in source.splitlines())
    return TransformerManager().transform_cell(source)


class _Unparseable(Exception):
    """The cell cannot be turned into Python at all (not text, NUL bytes, transformer failure)."""


def _parse(source: str) -> ast.Module | None:
    """The cell's AST; None for an ordinary syntax error; raises _Unparseable for anything stranger."""
    if "\x00" in source:
        raise _Unparseable("NUL byte")
    flags = ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    try:  # plain Python (most cells): no need for IPython's slower transformer
        return compile(source, "<cell>", "exec", flags, dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass
    try:
        python = _to_python(source)
    except Exception as exc:  # noqa: BLE001
        raise _Unparseable(repr(exc)) from exc
    try:
        return compile(python, "<cell>", "exec", flags, dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


@dataclass
class _Scope:
    names: dict[str, str | None] = field(default_factory=dict)   # name -> resolved dotted path or None
    consts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> string literal(s) it holds
    globals_declared: set[str] = field(default_factory=set)
    is_module: bool = False


class _Scanner(ast.NodeVisitor):
    """Walks one cell at a time; the module scope (imports, aliases) carries over between cells."""

    def __init__(self, helpers: Iterable[str] = ()):
        self.module = _Scope(is_module=True)
        self.scopes: list[_Scope] = [self.module]
        self.helpers = set(_HELPERS) | set(helpers)
        self.silent = False
        self.found: dict[tuple[int, str], str] = {}
        self.line_base: list[int] = []

    # ------------------------------------------------------------------ bookkeeping
    def flag(self, node: ast.AST, category: str, message: str) -> None:
        if self.silent:
            return
        line = self.line_base[-1] if self.line_base else getattr(node, "lineno", 0)
        self.found.setdefault((line, category), message)

    def run(self, tree: ast.Module, *, silent: bool = False) -> dict[tuple[int, str], str]:
        self.found, self.silent, self.scopes = {}, silent, [self.module]
        self.visit(tree)
        return self.found

    def _scan_string(self, node: ast.AST, code: str | None) -> None:
        """Scan Python code hidden in a string literal (exec, %%time bodies, run_cell)."""
        if code is None:
            return
        try:
            tree = _parse(code)
        except _Unparseable:
            return
        if tree is None:
            return
        self.line_base.append(self.line_base[-1] if self.line_base else getattr(node, "lineno", 0))
        try:
            for stmt in tree.body:
                self.visit(stmt)
        finally:
            self.line_base.pop()

    def lookup(self, name: str) -> tuple[bool, str | None]:
        for scope in reversed(self.scopes):
            if name in scope.names:
                return True, scope.names[name]
            if name in scope.globals_declared:
                break
        if name in self.module.names:
            return True, self.module.names[name]
        return False, None

    def lookup_const(self, name: str) -> tuple[str, ...]:
        for scope in reversed(self.scopes):
            if name in scope.names:
                return scope.consts.get(name, ())
        return self.module.consts.get(name, ())

    def _target_scope(self, name: str) -> _Scope:
        scope = self.scopes[-1]
        return self.module if name in scope.globals_declared else scope

    def bind(self, name: str, path: str | None, node: ast.AST, const: str | tuple[str, ...] | None = None,
             from_import: bool = False) -> None:
        scope = self._target_scope(name)
        if scope.is_module:
            if name in self.helpers and not (path or "").startswith("course_utils.checks"):
                self.flag(node, "helper", f"redefines the test helper '{name}'")
            old = scope.names.get(name)
            if old == "numpy" and path != "numpy" and not from_import:
                self.flag(node, "rebind", f"rebinds '{name}' (numpy) to something else")
        scope.names[name] = path
        if not const:
            scope.consts.pop(name, None)
        else:
            scope.consts[name] = (const,) if isinstance(const, str) else const

    # ------------------------------------------------------------------ resolution
    def path(self, node: ast.AST | None) -> str | None:
        """The dotted path a expression refers to when it comes from an import, else None."""
        if isinstance(node, ast.Name):
            if node.id == "__builtins__":
                return "builtins"
            known, value = self.lookup(node.id)
            if known:
                return value
            if node.id == "get_ipython":
                return "IPython.get_ipython"
            import builtins

            return f"builtins.{node.id}" if hasattr(builtins, node.id) else None
        if isinstance(node, ast.Attribute):
            base = self.path(node.value)
            return f"{base}.{node.attr}" if base else None
        if isinstance(node, ast.Subscript):
            base = self.path(node.value)
            key = _fold_str(node.slice)
            if base == "sys.modules" and key:
                return key
            if base == "<globals>" and key:
                if key in self.module.names:
                    return self.module.names[key]
                import builtins

                return f"builtins.{key}" if hasattr(builtins, key) else None
            if base and base.endswith(".__dict__") and key:
                return f"{base[: -len('.__dict__')]}.{key}"
            return f"{base}[]" if base and _family(base) else None
        if isinstance(node, ast.Call):
            func = self.path(node.func)
            if func is None:
                return None
            args = node.args
            if func == "IPython.get_ipython" or (func.startswith("IPython") and func.endswith(".instance")):
                return SHELL
            if func == "builtins.vars":
                if args:
                    inner = self.path(args[0])
                    return f"{inner}.__dict__" if inner else None
                return "<globals>" if self.scopes[-1].is_module else None
            if func == "builtins.globals":
                return "<globals>"
            if func in ("builtins.__import__", "importlib.import_module", "importlib.__import__") and args:
                name = _fold_str(args[0])
                if name:
                    return name.split(".")[0] if func == "builtins.__import__" else name
            if func == "builtins.getattr" and len(args) >= 2:
                inner, attr = self.path(args[0]), _fold_str(args[1])
                return f"{inner}.{attr}" if inner and attr else None
            return None
        return None

    # ------------------------------------------------------------------ scopes and bindings
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] in ("ctypes", "_ctypes"):
                self.flag(node, "ctypes", "uses ctypes")
            if alias.asname:
                self.bind(alias.asname, alias.name, node, from_import=True)
            else:
                top = alias.name.split(".")[0]
                self.bind(top, top, node, from_import=True)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level or not node.module:
            for alias in node.names:
                if alias.name != "*":
                    self.bind(alias.asname or alias.name, None, node, from_import=True)
            return
        if node.module.split(".")[0] in ("ctypes", "_ctypes"):
            self.flag(node, "ctypes", "uses ctypes")
        for alias in node.names:
            if alias.name == "*":
                continue
            full = f"{node.module}.{alias.name}"
            if full in _REFERENCES:
                self.flag(node, _REFERENCES[full], f"{_REFERENCES[full]} ({full})")
            self.bind(alias.asname or alias.name, full, node, from_import=True)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.type is not None:
            self.visit(node.type)
        if node.name:
            self.bind(node.name, None, node)
        for stmt in node.body:
            self.visit(stmt)

    def visit_For(self, node: ast.For | ast.AsyncFor) -> None:
        """``for p in ("../a", "/tmp/b"): open(p)``: the loop variable holds those literals."""
        self.visit(node.iter)
        values = tuple(v for e in node.iter.elts if (v := _fold_str(e)) is not None) \
            if isinstance(node.iter, (ast.Tuple, ast.List, ast.Set)) else ()
        if isinstance(node.target, ast.Name):
            self.bind(node.target.id, None, node.target, values or None)
        else:
            self.visit(node.target)
        for stmt in [*node.body, *node.orelse]:
            self.visit(stmt)

    visit_AsyncFor = visit_For

    def visit_Global(self, node: ast.Global) -> None:
        self.scopes[-1].globals_declared.update(node.names)

    def _bind_target(self, target: ast.AST, value: ast.AST | None) -> None:
        if isinstance(target, ast.Name):
            path = self.path(value) if value is not None else None
            const = _fold_str(value) if value is not None else None
            self.bind(target.id, path, target, const)
        elif isinstance(target, (ast.Tuple, ast.List)):
            values = value.elts if isinstance(value, (ast.Tuple, ast.List)) and \
                len(value.elts) == len(target.elts) else [None] * len(target.elts)
            for t, v in zip(target.elts, values):
                self._bind_target(t.value if isinstance(t, ast.Starred) else t, v)
        else:
            self.visit(target)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)
        for target in node.targets:
            self._bind_target(target, node.value)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)
        self._bind_target(node.target, node.value)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.visit(node.value)
        if isinstance(node.target, ast.Name):
            self.bind(node.target.id, None, node.target)
        else:
            self.visit(node.target)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit(node.value)
        self.bind(node.target.id, self.path(node.value), node.target, _fold_str(node.value))

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            self.bind(node.id, None, node)
        else:
            known, value = self.lookup(node.id)
            if known and value in _REFERENCES:
                self.flag(node, _REFERENCES[value], f"{_REFERENCES[value]} ({value})")

    def _function(self, node, body: list[ast.AST] | ast.AST) -> None:
        args = node.args
        for default in [*args.defaults, *args.kw_defaults]:
            if default is not None:
                self.visit(default)
        for deco in getattr(node, "decorator_list", []):
            self.visit(deco)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.bind(node.name, None, node)
        scope = _Scope()
        for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
            if a is not None:
                scope.names[a.arg] = None
        self.scopes.append(scope)
        try:
            for stmt in body if isinstance(body, list) else [body]:
                self.visit(stmt)
        finally:
            self.scopes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node, node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._function(node, node.body)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for expr in [*node.bases, *[k.value for k in node.keywords], *node.decorator_list]:
            self.visit(expr)
        self.bind(node.name, None, node)
        self.scopes.append(_Scope())
        try:
            for stmt in node.body:
                self.visit(stmt)
        finally:
            self.scopes.pop()

    # ------------------------------------------------------------------ stores
    def _store(self, node: ast.AST, target_value: ast.AST, deleting: bool) -> None:
        base = self.path(target_value)
        text = _short(node)
        if base is None:
            return
        if base == "sys.modules" or (isinstance(node, ast.Attribute) and base == "sys" and node.attr == "modules"):
            self.flag(node, "sys.modules", f"edits sys.modules ('{text}')")
            return
        if base == "sys" and isinstance(node, ast.Attribute) and node.attr in ("excepthook", "displayhook"):
            self.flag(node, "hook", f"replaces sys.{node.attr}")
            return
        if base in ("sys.meta_path", "sys.path_hooks"):
            self.flag(node, "hook", f"installs an import hook ('{text}')")
            return
        if (base == "sys" and isinstance(node, ast.Attribute) and node.attr in _SYS_HARMLESS) or \
                base in {f"sys.{name}{tail}" for name in _SYS_HARMLESS for tail in ("", "[]")}:
            return  # sys.argv = [''] (argparse in a notebook), sys.path edits: cannot change a grade
        if base == "<globals>":
            key = _fold_str(node.slice) if isinstance(node, ast.Subscript) else None
            if key and key in self.helpers:
                self.flag(node, "helper", f"redefines the test helper '{key}'")
            elif key and self.module.names.get(key) == "numpy":
                self.flag(node, "rebind", f"rebinds '{key}' (numpy) to something else")
            return
        family = _family(base)
        if family is None:
            return
        if family == "IPython" and isinstance(node, ast.Attribute) and node.attr in _IPYTHON_HOOKS:
            self.flag(node, "hook", f"{_IPYTHON_HOOKS[node.attr]} ('{text}')")
            return
        verb = "deletes" if deleting else "assigns to"
        self.flag(node, f"attr:{family}", f"{verb} {family} attribute '{text}'")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            self._store(node, node.value, isinstance(node.ctx, ast.Del))
        else:
            full = self.path(node)
            if full in _REFERENCES:
                self.flag(node, _REFERENCES[full], f"{_REFERENCES[full]} ({full})")
            if node.attr in _FRAME_ATTRS:
                self.flag(node, "inspects interpreter frames", f"inspects interpreter frames ('.{node.attr}')")
        self.visit(node.value)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            self._store(node, node.value, isinstance(node.ctx, ast.Del))
        else:
            self._folded_grading(node)
        self.visit(node.value)
        self.visit(node.slice)

    # ------------------------------------------------------------------ strings
    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and "NBGRADER" in node.value.upper():
            self.flag(node, "grading", "refers to NBGRADER_ (branches on grading?)")

    def _folded_grading(self, node: ast.AST) -> None:
        folded = _fold_str(node)
        if folded is not None and "NBGRADER" in folded.upper():
            self.flag(node, "grading", "refers to NBGRADER_ (branches on grading?)")

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self._folded_grading(node)
        if isinstance(node.op, ast.Div):  # Path('.') / '..' / 'gradebook.db'
            left, parts = node, []
            while isinstance(left, ast.BinOp) and isinstance(left.op, ast.Div):
                parts.append(left.right)
                left = left.left
            if isinstance(left, ast.Call) and (self.path(left.func) or "").startswith("pathlib."):
                for part in parts:
                    text = _fold_str(part)
                    if text is not None and _outside(text):
                        self.flag(node, "outside", f"reads or writes outside the notebook's folder: '{text[:60]}'")
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        for operand in [node.left, *node.comparators]:
            text = _fold_str(operand)
            if text is not None and "autograde" in text.lower():
                self.flag(node, "grading", "checks for 'autograde' (branches on grading?)")
            if text is not None and "NBGRADER" in text.upper():
                self.flag(node, "grading", "refers to NBGRADER_ (branches on grading?)")
        self.generic_visit(node)

    # ------------------------------------------------------------------ calls
    def visit_Call(self, node: ast.Call) -> None:
        func = self.path(node.func)
        attr = node.func.attr if isinstance(node.func, ast.Attribute) else None
        owner = self.path(node.func.value) if isinstance(node.func, ast.Attribute) else None
        args = node.args
        self._folded_grading(node)

        # setattr / delattr / __setattr__ on a protected object
        if func in ("builtins.setattr", "builtins.delattr", "builtins.object.__setattr__",
                    "builtins.object.__delattr__", "builtins.type.__setattr__") or \
                (attr in ("__setattr__", "__delattr__") and not _family(owner)):
            target = self.path(args[0]) if args else None
            fam = _family(target)
            if fam:
                name = _fold_str(args[1]) if len(args) > 1 else None
                what = f"{_short(args[0])}.{name}" if name else _short(args[0])
                verb = "delattr" if (func or attr or "").endswith(("delattr", "__delattr__")) else "setattr"
                self.flag(node, f"attr:{fam}", f"{verb} on {fam} attribute '{what}'")
        elif attr in ("__setattr__", "__delattr__") and _family(owner):
            self.flag(node, f"attr:{_family(owner)}", f"setattr on {_family(owner)} attribute '{_short(node.func)}'")

        # in-place edits of namespaces and registries
        if attr in _MUTATORS and owner:
            if owner == "sys.modules":
                self.flag(node, "sys.modules", f"edits sys.modules ('{_short(node)}')")
            elif owner in ("sys.meta_path", "sys.path_hooks"):
                self.flag(node, "hook", f"installs an import hook ('{_short(node)}')")
            elif owner == "warnings.filters" or (owner.endswith(_NAMESPACE_SUFFIXES) and _family(owner)):
                fam = _family(owner)
                self.flag(node, f"attr:{fam}", f"assigns to {fam} attribute via '{_short(node)}'")
            elif owner == "<globals>" and attr in ("update", "__setitem__", "setdefault"):
                keys = [k for kw in node.keywords if (k := kw.arg)]
                if args and isinstance(args[0], ast.Dict):
                    keys += [_fold_str(k) for k in args[0].keys if k is not None]
                if args and attr != "update":
                    keys.append(_fold_str(args[0]))
                for key in keys:
                    if key and key in self.helpers:
                        self.flag(node, "helper", f"redefines the test helper '{key}'")

        # IPython hooks, magics and shell escapes
        if func and func.startswith(SHELL + "."):
            self._ipython_call(node, func[len(SHELL) + 1:])
        elif func and _family(func) == "IPython":
            parts = func.split(".")
            hook = next((p for p in parts if p in _IPYTHON_HOOKS), None)
            if hook:
                self.flag(node, "hook", f"{_IPYTHON_HOOKS[hook]} ('{_short(node.func)}')")

        # reloading a protected module
        if func in ("importlib.reload", "imp.reload") and args:
            target = self.path(args[0])
            if _family(target):
                self.flag(node, "reload", f"reloads {target} (importlib.reload)")

        # searching for the grading folder or mode
        if attr in _SEARCHES and any("autograde" in (_fold_str(a) or "").lower() for a in args):
            self.flag(node, "grading", "checks for 'autograde' (branches on grading?)")

        # code in strings
        if func in ("builtins.exec", "builtins.eval", "builtins.compile") and args:
            self._scan_string(node, _fold_str(args[0]))

        # mock.patch of protected things
        if func and (func.startswith("unittest.mock.patch") or func.startswith("mock.patch")):
            target = _fold_str(args[0]) if args else None
            fam = _family(target) if target else _family(self.path(args[0]) if args else None)
            if fam:
                self.flag(node, f"attr:{fam}", f"patches {fam} attribute ('{_short(node)}')")

        # files outside the folder
        if self._is_file_call(func, attr):
            for text in self._path_literals(node):
                if _outside(text):
                    self.flag(node, "outside", f"reads or writes outside the notebook's folder: '{text[:60]}'")
                    break

        self.generic_visit(node)

    def _ipython_call(self, node: ast.Call, method: str) -> None:
        parts = method.split(".")
        hook = next((p for p in parts if p in _IPYTHON_HOOKS), None)
        if hook:
            self.flag(node, "hook", f"{_IPYTHON_HOOKS[hook]} ('{_short(node.func)}')")
            return
        args = [_fold_str(a) for a in node.args]
        name = args[0] if args else None
        line = args[1] if len(args) > 1 else None
        if method in ("run_line_magic", "magic") and name:
            if method == "magic":  # old style: magic("cd ..")
                name, _, line = name.partition(" ")
            self._magic(node, name, line or "", None)
        elif method == "run_cell_magic" and name:
            self._magic(node, name, line or "", args[2] if len(args) > 2 else None)
        elif method in ("system", "getoutput") and name:
            self._shell(node, name)
        elif method in ("run_cell", "ex", "ev", "run_code", "run_source"):
            self._scan_string(node, name)

    def _magic(self, node: ast.Call, name: str, line: str, body: str | None) -> None:
        if name in ("cd", "pushd", "popd", "bookmark"):
            self.flag(node, "changes the working directory", f"changes the working directory (%{name})")
        elif name == "xmode":
            self.flag(node, "hook", "changes the traceback mode (%xmode): hidden tests could reach feedback")
        elif name == "config" and line.strip().startswith(("InteractiveShell", "ZMQInteractiveShell",
                                                            "IPKernelApp", "IPCompleter", "HistoryManager")):
            self.flag(node, "hook", f"changes IPython settings (%config {line.strip()[:40]})")
        elif name in _PYTHON_MAGICS:
            self._scan_string(node, body if body is not None else line)
        elif name in _SHELL_MAGICS:
            self._shell(node, body if body is not None else line)
        elif name in _FILE_MAGICS:
            self._shell(node, line)
            if name == "writefile" and body is not None and "NBGRADER" in body.upper():
                self.flag(node, "grading", "refers to NBGRADER_ (branches on grading?)")

    def _shell(self, node: ast.Call, command: str) -> None:
        for line in command.splitlines():
            try:
                tokens = shlex.split(line, comments=True)
            except ValueError:
                tokens = line.split()
            for token in tokens:
                for piece in re.split(r"[=<>|&;]+", token):
                    if piece and _outside(piece) and piece not in ("/dev/null",):
                        self.flag(node, "outside", f"reads or writes outside the notebook's folder: '{piece[:60]}'")
                        return

    def _is_file_call(self, func: str | None, attr: str | None) -> bool:
        if func:
            if func in _FILE_FUNCS:
                return True
            if func.startswith(_FILE_MODULES) and not func.startswith(_NOT_FILE):
                return True
            if func.startswith("pandas.") and func.rsplit(".", 1)[-1].startswith("read_"):
                return True
        return attr in _FILE_METHODS

    def _path_literals(self, node: ast.Call) -> Iterator[str]:
        for arg in node.args:
            yield from self._strings(arg.value if isinstance(arg, ast.Starred) else arg, True)
        for kw in node.keywords:
            if kw.arg in _PATH_KEYWORDS:
                yield from self._strings(kw.value, True)

    def _strings(self, node: ast.AST, start: bool) -> Iterator[str]:
        """String literals that act as (the start of) a path inside a file call's argument."""
        folded = _fold_str(node)
        if folded is not None:
            if start or ".." in re.split(r"[\\/]", folded):
                yield folded
            return
        if isinstance(node, ast.Name):
            if start:
                yield from self.lookup_const(node.id)
        elif isinstance(node, ast.JoinedStr):
            for i, part in enumerate(node.values):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    if (i == 0 and start) or ".." in re.split(r"[\\/]", part.value):
                        yield part.value
                elif isinstance(part, ast.FormattedValue) and i == 0:
                    yield from self._strings(part.value, start)
        elif isinstance(node, ast.BinOp):
            yield from self._strings(node.left, start)
            yield from self._strings(node.right, isinstance(node.op, ast.Div))
        elif isinstance(node, (ast.List, ast.Tuple)):
            for elt in node.elts:
                yield from self._strings(elt, True)
        elif isinstance(node, ast.Call):
            for arg in node.args:
                yield from self._strings(arg, True)


# ---------------------------------------------------------------------- public API
def _format(found: dict[tuple[int, str], str], where: str) -> list[str]:
    out = []
    for (line, _), message in sorted(found.items(), key=lambda kv: kv[0][0]):
        loc = f"{where}, line {line}" if where else f"line {line}"
        out.append(f"integrity: {message} ({loc})")
    return list(dict.fromkeys(out))


def scan_code(source: str) -> list[str]:
    """Integrity flags for one piece of student code (a cell, or several cells joined).

    Returns an empty list for innocent code and for code that is simply not valid Python.
    """
    if not isinstance(source, str):
        return ["integrity: unparseable cell (not text)"]
    try:
        tree = _parse(source)
    except _Unparseable as exc:
        return [f"integrity: unparseable cell ({exc})"]
    if tree is None:
        return []
    scanner = _Scanner(_checks_imports([tree]))
    return _format(scanner.run(tree), "")


def _cell_source(cell: dict) -> str | None:
    source = cell.get("source", "")
    if isinstance(source, list) and all(isinstance(s, str) for s in source):
        return "".join(source)
    return source if isinstance(source, str) else None


def is_test_cell(cell: dict) -> bool:
    """An nbgrader test cell (``grade`` and not ``solution``); False for broken or missing metadata."""
    meta = cell.get("metadata") if isinstance(cell, dict) else None
    nbg = meta.get("nbgrader") if isinstance(meta, dict) else None
    if not isinstance(nbg, dict):
        return False
    truthy = (True, 1, "true", "True")
    return nbg.get("grade") in truthy and nbg.get("solution") not in truthy


def _checks_imports(trees: Iterable[ast.AST]) -> set[str]:
    """Names the notebook imports from course_utils.checks: the test cells' vocabulary."""
    names: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "course_utils.checks" and not node.level:
                names |= {a.asname or a.name for a in node.names if a.name != "*"}
    return names


def scan_notebook(path: Path | str, *, test_ids: Iterable[str] | None = None) -> list[str]:
    """Integrity flags for a submitted notebook, each naming its cell index (0-based) and line.

    ``test_ids``: the grade ids of the real test cells (from the source notebook or gradebook). If
    given, only cells with one of these ids are trusted as test cells (a student cannot hide code by
    labelling it a test); otherwise the cell's own nbgrader metadata decides.

    A file that is not a readable notebook gives no flags: grading reports it as an error anyway.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError):
        return []
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        return []
    known = set(test_ids) if test_ids is not None else None
    parsed: list[tuple[int, bool, ast.Module | None, str | None]] = []
    for index, cell in enumerate(cells):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        test = is_test_cell(cell)
        if test and known is not None:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            test = meta.get("grade_id") in known
        source = _cell_source(cell)
        if source is None:
            parsed.append((index, test, None, "not text"))
            continue
        try:
            parsed.append((index, test, _parse(source), None))
        except _Unparseable as exc:
            parsed.append((index, test, None, str(exc)))
    scanner = _Scanner(_checks_imports(t for _, _, t, _ in parsed if t is not None))
    flags: list[str] = []
    for index, test, tree, problem in parsed:
        if problem is not None:
            if not test:
                flags.append(f"integrity: unparseable cell ({problem}) (cell {index})")
            continue
        if tree is None:
            continue
        found = scanner.run(tree, silent=test)
        flags += _format(found, f"cell {index}")
    return list(dict.fromkeys(flags))
