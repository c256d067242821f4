"""Re-verification outside the student's kernel (course_utils.grading.reverify).

Submissions are built from copies of real source notebooks: the solution is the source notebook
itself, the release is the untouched student version, wrong answers come from the mutants, and
the attacks are extra cells a cheating student adds. Re-verification must never report True for a
cell whose function is wrong, whatever the extra cells do to the kernel.
"""
from __future__ import annotations

import copy
import json
import os
import runpy
import struct
from pathlib import Path

import numpy as np
import pytest

from course_utils.grading import reverify as rv
from course_utils.grading.wire import Channel, ChannelClosed, Codec, NotTransferable, WireError

REPO = Path(__file__).resolve().parents[1]
NUMPY_BASICS = REPO / "source" / "00-prerequisites" / "02-numpy-basics.ipynb"
GRADIENTS = REPO / "source" / "02-calculus" / "05-gradients.ipynb"
GRAD_DESCENT = REPO / "source" / "05-optimization" / "04-gradient-descent.ipynb"
CHAIN_RULE = REPO / "source" / "02-calculus" / "06-chain-rule.ipynb"


def _mutant(notebook: Path, grade_id: str, name: str) -> str:
    path = REPO / "tests" / "mutants" / notebook.parent.name / f"{notebook.stem}.py"
    return runpy.run_path(str(path))["MUTANTS"][grade_id][name]


def _submission(tmp_path: Path, source: Path, *, replace: dict[str, str] | None = None,
                before: dict[str, list[str]] | None = None, after_setup: list[str] | None = None,
                name: str = "sub") -> Path:
    """A copy of ``source`` with solution cells replaced (by grade_id), extra cells inserted just
    before a cell (by grade_id), or just after the first code cell (the imports)."""
    nb = json.loads(source.read_text(encoding="utf-8"))
    cells = []
    first_code = True
    for cell in nb["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        gid = meta.get("grade_id")
        for src in (before or {}).get(gid, []):
            cells.append(_code_cell(src))
        cell = copy.deepcopy(cell)
        if gid in (replace or {}):
            cell["source"] = replace[gid]
        cells.append(cell)
        if cell["cell_type"] == "code" and first_code:
            first_code = False
            cells.extend(_code_cell(src) for src in after_setup or [])
    nb["cells"] = cells
    path = tmp_path / f"{name}.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def _code_cell(src: str) -> dict:
    return {"cell_type": "code", "metadata": {}, "source": src, "outputs": [], "execution_count": None}


def _release(source: Path) -> Path:
    return REPO / "release" / source.parent.name / source.name


def _run(source: Path, submitted: Path, **kwargs) -> rv.ReverifyResult:
    kwargs.setdefault("timeout", 60.0)
    result = rv.reverify_notebook(source, submitted, **kwargs)
    assert result.cells, result.error
    return result


# --------------------------------------------------------------------------- correct and wrong
def test_solution_passes_every_cell():
    result = _run(NUMPY_BASICS, NUMPY_BASICS)
    assert result.error == ""
    assert result.cells == {"test_pairwise_sq_dists": True, "test_standardize": True, "test_one_hot": True}
    assert result.seconds > 0


def test_release_fails_every_cell():
    result = _run(NUMPY_BASICS, _release(NUMPY_BASICS))
    assert set(result.cells.values()) == {False}
    assert all("NotImplementedError" in m for m in result.messages.values())


def test_wrong_implementation_fails_its_cells_only(tmp_path):
    sub = _submission(tmp_path, NUMPY_BASICS,
                      replace={"standardize": _mutant(NUMPY_BASICS, "standardize", "sample_std_ddof1")})
    result = _run(NUMPY_BASICS, sub)
    assert result.cells == {"test_pairwise_sq_dists": True, "test_standardize": False, "test_one_hot": True}
    assert "expected" not in result.messages["test_standardize"]  # COURSE_REDACT_VALUES in P


def test_in_place_mutation_is_written_back(tmp_path):
    """The student's function runs in another process: in-place changes of the arguments are sent
    back, so assert_unchanged still catches them."""
    sub = _submission(tmp_path, NUMPY_BASICS,
                      replace={"standardize": _mutant(NUMPY_BASICS, "standardize", "in_place")})
    assert _run(NUMPY_BASICS, sub).cells["test_standardize"] is False


def test_results_that_alias_the_arguments_stay_aliased(tmp_path):
    """A result that is (a view of) an argument is rebuilt on P's own argument, so tests of
    aliasing behave as in the kernel."""
    view = _mutant(GRAD_DESCENT, "gradient_descent", "returns_x0_view_when_no_steps")
    sub = _submission(tmp_path, GRAD_DESCENT, replace={"gradient_descent": view})
    assert _run(GRAD_DESCENT, sub).cells["test_gradient_descent"] is False


# --------------------------------------------------------------------------- attacks
WRONG_STANDARDIZE = """
def standardize(X):
    X = np.asarray(X, dtype=float)
    return X - X.mean(axis=0)
"""

ATTACKS = {
    "np.allclose": "import numpy as np\nnp.allclose = lambda *a, **k: True\nnp.array_equal = lambda *a, **k: True",
    "checks.assert_close": ("import course_utils.checks as c\nc.assert_close = lambda *a, **k: None\n"
                            "assert_close = c.assert_close\nassert_true = lambda *a, **k: None"),
    "reference": ("import course_utils.reference.prerequisites as r\n"
                  "r.standardize = lambda X: standardize(X)"),
    "ipython hooks": ("ip = get_ipython()\n"
                      "ip.input_transformers_post.append(lambda lines: ['pass\\n'])\n"
                      "ip.events.register('post_run_cell', lambda result: None)\n"
                      "ip.set_custom_exc((BaseException,), lambda *a, **k: None)"),
    "builtins.AssertionError": ("import builtins\n"
                                "class Quiet(Exception):\n    pass\n"
                                "builtins.AssertionError = Quiet"),
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_monkeypatching_never_gives_marks(tmp_path, attack):
    sub = _submission(tmp_path, NUMPY_BASICS, replace={"standardize": WRONG_STANDARDIZE},
                      after_setup=[ATTACKS[attack]], before={"standardize": [ATTACKS[attack]]})
    result = _run(NUMPY_BASICS, sub)
    assert result.cells["test_standardize"] is False, (attack, result)
    assert result.cells["test_pairwise_sq_dists"] is True  # the correct functions still pass


def test_disarmed_no_loop_check_is_caught(tmp_path):
    """assert_no_loops in P looks at the student's function compiled from the submission."""
    loop = _mutant(NUMPY_BASICS, "pairwise_sq_dists", "python_double_loop")
    sub = _submission(tmp_path, NUMPY_BASICS, replace={"pairwise_sq_dists": loop},
                      after_setup=["assert_no_loops = lambda *a, **k: None\n"
                                   "import course_utils.checks as c\nc.assert_no_loops = assert_no_loops"])
    assert _run(NUMPY_BASICS, sub).cells["test_pairwise_sq_dists"] is False


def test_disarmed_forbid_is_caught(tmp_path):
    """The targets of forbid(...) in P are forbidden in S too."""
    shortcut = _mutant(NUMPY_BASICS, "pairwise_sq_dists", "library_shortcut")
    assert "cdist" in shortcut
    sub = _submission(tmp_path, NUMPY_BASICS, replace={"pairwise_sq_dists": shortcut},
                      after_setup=["import contextlib\nimport course_utils.checks as c\n"
                                   "forbid = lambda *a, **k: contextlib.nullcontext()\nc.forbid = forbid"])
    result = _run(NUMPY_BASICS, sub)
    assert result.cells["test_pairwise_sq_dists"] is False
    assert "not allowed" in result.messages["test_pairwise_sq_dists"]


def test_exit_in_the_middle_fails_the_rest(tmp_path):
    sub = _submission(tmp_path, NUMPY_BASICS, replace={"standardize": WRONG_STANDARDIZE},
                      before={"standardize": ["import os\nos._exit(0)"]})
    result = _run(NUMPY_BASICS, sub)
    assert result.cells["test_pairwise_sq_dists"] is True      # re-verified before the exit
    assert result.cells["test_standardize"] is False
    assert result.cells["test_one_hot"] is False
    assert "exit code 0" in result.messages["test_standardize"] and result.error


def test_exit_inside_the_graded_function(tmp_path):
    sub = _submission(tmp_path, NUMPY_BASICS, replace={"standardize": (
        "def standardize(X):\n    import os\n    os._exit(3)\n")})
    result = _run(NUMPY_BASICS, sub)
    assert result.cells["test_standardize"] is False
    assert result.cells["test_pairwise_sq_dists"] is True
    assert "exit code 3" in result.messages["test_standardize"]


def test_endless_loop_is_not_reverifiable_and_the_rest_goes_on(tmp_path):
    sub = _submission(tmp_path, NUMPY_BASICS, replace={"standardize": (
        "def standardize(X):\n    while True:\n        pass\n")},
        after_setup=["import numpy as np\nnp.allclose = lambda *a, **k: True"])
    result = _run(NUMPY_BASICS, sub, call_timeout=2.0, timeout=40.0)
    assert result.cells["test_standardize"] is None
    assert "time limit" in result.messages["test_standardize"]
    assert result.cells["test_one_hot"] is True   # S was interrupted, not lost
    assert result.error


def test_forged_replies_from_the_sandbox_are_rejected(tmp_path):
    """Student code that writes its own frames to the channel (a pickle, a fake 'return') makes
    the cell fail; nothing it sends is unpickled or believed."""
    forge = (
        "def standardize(X):\n"
        "    import os, struct, pickle\n"
        "    payload = pickle.dumps(('os', 'system'))\n"
        "    for fd in range(3, 64):\n"
        "        try:\n"
        "            os.write(fd, struct.pack('>I', len(payload)) + payload)\n"
        "        except OSError:\n"
        "            pass\n"
        "    return X\n")
    sub = _submission(tmp_path, NUMPY_BASICS, replace={"standardize": forge})
    result = _run(NUMPY_BASICS, sub)
    assert result.cells["test_standardize"] is False
    assert result.cells["test_one_hot"] is False     # S is not trusted any more
    assert "invalid" in result.messages["test_standardize"]


# --------------------------------------------------------------------------- callables, classes
def test_callables_cross_the_process_boundary(tmp_path):
    """numerical_gradient(f, x): the tests' lambdas are called back in P."""
    assert set(_run(GRADIENTS, GRADIENTS).cells.values()) == {True}
    wrong = _mutant(GRADIENTS, "numerical_gradient", "forward_difference")
    cells = _run(GRADIENTS, _submission(tmp_path, GRADIENTS, replace={"numerical_gradient": wrong})).cells
    assert cells["test_numerical_gradient"] is False
    assert cells["test_quadratic_gradient"] is True


def test_gradient_descent_and_student_classes(tmp_path):
    assert set(_run(GRAD_DESCENT, GRAD_DESCENT).cells.values()) == {True}
    result = _run(CHAIN_RULE, CHAIN_RULE)          # a Dual class with operator overloading
    assert set(result.cells.values()) == {True}, result.messages


def test_generators_and_test_defined_objects_are_served_by_p():
    """reservoir_sample(stream, ...) gets the test's generator; sample_discrete(p, n, rng) gets a
    fake generator class defined in the test cell."""
    for rel in ("04-statistics/02-sampling-methods.ipynb", "03-probability/03-probability-distributions.ipynb"):
        result = _run(REPO / "source" / rel, REPO / "source" / rel)
        assert set(result.cells.values()) == {True}, (rel, result.messages)


def test_cell_plan_skips_only_what_no_test_needs():
    cells = [("import numpy as np\nimport matplotlib.pyplot as plt", "optional"),
             ("X = np.ones(3)", "optional"),
             ("fig = plt.figure()\nplt.plot(np.arange(3))", "optional"),
             ("Y = X * 2", "optional"),                     # needed by the test
             ("X.sort()", "optional"),                      # touches data the test reads: may mutate it
             ("np.random.seed(0)", "optional"),             # global side effect
             ("def f(x):\n    return x", "ignore"),
             ("assert Y.sum() == 6 and X[0] == 1\nZ = 1\nassert Z == 1", "test")]
    assert rv._plan(cells) == [True, True, False, True, True, True, False, False]


# --------------------------------------------------------------------------- the wire format
def _codec():
    def export(obj):
        raise NotTransferable(type(obj).__name__)

    def resolve(payload):
        raise WireError("no handles here")

    return Codec(export, resolve)


def test_codec_round_trip():
    a = np.arange(6, dtype=np.int32).reshape(2, 3)
    value = [None, True, 3, 2.5, float("nan"), float("-inf"), -0.0, 1 + 2j, "s", b"b", (1, (2,)),
             {"k": a, 3: [a]}, {1, 2}, np.float32(1.5), np.bool_(True), np.array(["ab", "c"]),
             np.zeros((0, 3)), np.asfortranarray(np.eye(2)), np.arange(4)[::2]]
    value.append(value[11])  # aliasing is kept
    enc = json.loads(json.dumps(_codec().encode(value)))
    out = _codec().decode(enc)
    assert out[11]["k"] is out[11][3][0] and out[-1] is out[11]
    assert out[4] != out[4] and out[5] == float("-inf") and str(out[6]) == "-0.0"
    assert type(out[13]) is np.float32 and type(out[14]) is np.bool_
    assert out[11]["k"].dtype == np.int32 and np.array_equal(out[11]["k"], a)
    assert np.array_equal(out[17], np.eye(2)) and np.array_equal(out[18], [0, 2])
    gen = np.random.default_rng(5)
    gen2 = _codec().decode(_codec().encode(gen))
    assert gen2.random() == gen.random()


@pytest.mark.parametrize("payload", [
    {"$a": ["|O8", [1], "AAAAAAAAAAA="]},                  # object dtype
    {"$a": ["<f8", [3], "AAAAAAAAAAA="]},                  # byte count does not match the shape
    {"$a": ["<f8", [-1], ""]},
    {"$a": ["(2,)f8", [1], "AAAAAAAAAAAAAAAAAAAAAA=="]},  # sub-array dtype
    {"$ref": {"own": "P", "id": 1}},                      # a handle the receiver never exported
    {"$m": 0},                                            # back-reference to nothing
    {"$nt": ["T", ["__class__"], [1]]},
    {"$gen": ["Evil", {}]},
    {"$d": [[[1], 2]]},                                   # unhashable key
    {"$l": [1], "x": 2},
    [1, 2],
    {"$py": "cos\nsystem\n"},
])
def test_codec_rejects_forged_values(payload):
    with pytest.raises(WireError):
        _codec().decode(payload)


def test_channel_rejects_pickles_and_oversized_frames():
    import pickle

    for frame in (pickle.dumps({"op": "return"}), b"\xff" * 8, json.dumps([1]).encode(),
                  json.dumps({"op": 3}).encode()):
        r, w = os.pipe()
        os.write(w, struct.pack(">I", len(frame)) + frame)
        with pytest.raises(WireError):
            Channel(r, w).recv(None)
        os.close(r)
        os.close(w)
    r, w = os.pipe()
    os.write(w, struct.pack(">I", 1 << 31))
    with pytest.raises(WireError):
        Channel(r, w).recv(None)
    os.close(w)
    chan = Channel(r, os.dup(r))
    with pytest.raises(ChannelClosed):
        chan.recv(None)
    chan.close()


def test_exceptions_map_to_builtin_classes():
    exc = rv._exc_from_payload({"mro": ["MyError", "ValueError", "Exception"], "msg": "bad"})
    assert type(exc) is ValueError and str(exc) == "bad"
    exc = rv._exc_from_payload({"mro": ["LinAlgError", "ValueError"], "msg": "singular"})
    assert type(exc) is np.linalg.LinAlgError
    exc = rv._exc_from_payload({"mro": ["SystemExit", "BaseException", "object"], "msg": ""})
    assert type(exc) is RuntimeError
    with pytest.raises(WireError):
        rv._exc_from_payload({"mro": "ValueError", "msg": 1})


def test_never_raises_on_unreadable_input(tmp_path):
    bad = tmp_path / "bad.ipynb"
    bad.write_text("{not json", encoding="utf-8")
    result = rv.reverify_notebook(NUMPY_BASICS, bad, timeout=20)
    assert set(result.cells.values()) == {None} and result.error
    result = rv.reverify_notebook(bad, NUMPY_BASICS, timeout=20)
    assert result.cells == {} and result.error


# --------------------------------------------------------------------------- the sandbox hook
def _limit_cpu():
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (120, 120))


def _starve_memory():
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (40 << 20, 40 << 20))


def test_preexec_fn_runs_in_the_sandbox(tmp_path):
    probe = tmp_path / "probe.txt"
    sub = _submission(tmp_path, NUMPY_BASICS, after_setup=[
        f"import resource\nopen({str(probe)!r}, 'w').write(str(resource.getrlimit(resource.RLIMIT_CPU)))"])
    result = _run(NUMPY_BASICS, sub, preexec_fn=_limit_cpu)
    assert set(result.cells.values()) == {True}
    assert probe.read_text() == "(120, 120)"


def test_a_sandbox_that_cannot_start_is_not_the_students_fault():
    result = _run(NUMPY_BASICS, NUMPY_BASICS, preexec_fn=_starve_memory, timeout=30)
    assert set(result.cells.values()) == {None}
    assert "did not start" in result.error


def test_the_sandbox_can_only_call_what_p_handed_over():
    """S may call the callables P sent, take ``next`` of its generators and read public attributes
    of the tests' own objects, and nothing else (no __globals__, no modules, no forged handles)."""
    r, w = os.pipe()
    session = rv._Trusted(Channel(r, w), deadline=1e18, call_timeout=5)

    def probe(kind, target, name=None):
        msg = {"op": "callback", "target": target, "kind": kind, "name": name,
               "args": {"$t": []}, "kwargs": {"$d": []}}
        session.lost = None
        try:
            session._serve_callback(msg, deadline=1e18)
        except rv._Lost as exc:
            return exc.kind
        return "served"

    fn = session._export(lambda: 1)
    gen = session._export(x for x in range(3))

    class TestObject:
        size = 3

    TestObject.__module__ = "__main__"  # as if defined by a test cell
    obj = session._export(TestObject())
    session.chan = Channel(*os.pipe())
    assert probe("call", fn) == probe("next", gen) == probe("getattr", obj, "size") == "served"
    assert probe("getattr", fn, "__globals__") == "violation"
    assert probe("getattr", obj, "__class__") == "violation"
    assert probe("call", obj) == "violation"
    assert probe("call", gen) == "violation"
    assert probe("call", {"own": "P", "id": 999}) == "violation"
    assert probe("call", {"own": "S", "id": fn["id"]}) == "violation"
    with pytest.raises(NotTransferable):
        session._export(os)


# --------------------------------------------------------------------------- the warm S zygote
def _probe_submission(tmp_path: Path, name: str, setup: str, probe: str) -> Path:
    """NUMPY_BASICS whose ``standardize`` raises with ``probe`` (an expression) in its message."""
    body = f"def standardize(X):\n    raise RuntimeError('probe=' + repr({probe}))\n"
    return _submission(tmp_path, NUMPY_BASICS, after_setup=[setup], replace={"standardize": body}, name=name)


@pytest.mark.skipif(os.geteuid() != 0, reason="the uid drop and the private view need root")
def test_warm_sandbox_is_confined_like_a_cold_one(tmp_path):
    """S forked from the warm zygote applies the course sandbox itself: sandbox uid, limits, no
    view of the course, no instructor code in memory, and the other functions still pass."""
    from course_utils.grading import sandbox as sb

    setup = ("import os, resource, sys\n"
             "_probe = (os.getuid(), resource.getrlimit(resource.RLIMIT_CPU)[0],\n"
             "          sorted(m for m in sys.modules if m.startswith('course_utils.reference')),\n"
             f"          os.path.exists({str(REPO / 'source')!r}), 'sklearn' in sys.modules)")
    sub = _probe_submission(tmp_path, "probe", setup, "_probe")
    result = _run(NUMPY_BASICS, sub, preexec_fn=sb.preexec(sb.Limits(cpu_seconds=77), hide=[REPO]))
    assert "szygote" in rv._ZYGOTES, "the course sandbox should take the warm path"
    assert result.cells == {"test_pairwise_sq_dists": True, "test_standardize": False, "test_one_hot": True}
    msg = result.messages["test_standardize"]
    uid, cpu, refs, sees_course, warm = eval(msg[msg.index("probe=") + 6:].split(")", 1)[0] + ")")
    assert sb.UID_RANGE.start <= uid < sb.UID_RANGE.stop
    assert cpu == 77 and refs == []
    assert sees_course is not sb.namespaces_available(), "the course is hidden where a private view exists"
    assert warm, "the zygote's preloaded modules are inherited"


def test_each_warm_sandbox_starts_untouched(tmp_path):
    """What one submission does to its S (module attributes, the global RNG) is not seen by the
    next one, forked from the same zygote."""
    first = _probe_submission(tmp_path, "first", "import numpy, random\nnumpy.course_leak = 1\n"
                              "numpy.random.seed(0)\nrandom.seed(0)", "0")
    second = _probe_submission(tmp_path, "second", "import numpy, random\n"
                               "_state = (hasattr(numpy, 'course_leak'), float(numpy.random.random()), random.random())",
                               "_state")
    _run(NUMPY_BASICS, first)
    zygote = rv._ZYGOTES.get("szygote")
    result = _run(NUMPY_BASICS, second)
    assert zygote is not None and rv._ZYGOTES.get("szygote") is zygote
    msg = result.messages["test_standardize"]
    leak, np_draw, py_draw = eval(msg[msg.index("probe=") + 6:].split(")", 1)[0] + ")")
    assert leak is False
    assert np_draw != np.random.RandomState(0).random_sample() and py_draw != __import__("random").Random(0).random()


# --------------------------------------------------------------------------- skipping cells
def test_skipped_cells_are_not_reverified_and_the_rest_is(tmp_path):
    mutants = runpy.run_path(str(REPO / "tests" / "mutants" / "00-prerequisites" / "02-numpy-basics.py"))["MUTANTS"]
    wrong = next(iter(mutants["standardize"].values()))
    sub = _submission(tmp_path, NUMPY_BASICS, replace={"standardize": wrong})
    result = _run(NUMPY_BASICS, sub, skip={"test_standardize"})
    assert result.cells == {"test_pairwise_sq_dists": True, "test_standardize": None, "test_one_hot": True}
    assert "not asked" in result.messages["test_standardize"]
    assert result.error == ""


def _cell(kind: str, src: str, gid: str = "") -> dict:
    meta = {"grade": kind == "test", "solution": kind == "solution", "locked": kind != "solution",
            "grade_id": gid or f"c{abs(hash(src)) % 10**8}", "schema_version": 3}
    if kind == "test":
        meta["points"] = 1
    cell = _code_cell(src)
    cell["metadata"] = {"nbgrader": meta}
    return cell


def test_a_skipped_test_cell_still_runs_when_a_later_test_needs_its_names(tmp_path):
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        _cell("setup", "import numpy as np"),
        _cell("solution", "def f(x):\n    return x + 1\n", "f"),
        _cell("test", "shared = 41\nassert f(1) == 2", "test_f"),
        _cell("solution", "def g(x):\n    return x + 1\n", "g"),
        _cell("test", "assert g(shared) == 42", "test_g"),
    ]}
    path = tmp_path / "tiny.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    result = _run(path, path, skip={"test_f"})
    assert result.cells == {"test_f": None, "test_g": True}, result.messages
