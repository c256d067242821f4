"""The static integrity scan: no false alarms on the course's own notebooks or on ordinary student
code, and a flag for every tampering pattern it promises to catch. No kernels: fast."""
from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from conftest import REPO
from course_utils.grading.integrity import is_test_cell, scan_code, scan_notebook

COURSE_NOTEBOOKS = sorted([*REPO.glob("source/*/*.ipynb"), *REPO.glob("release/*/*.ipynb")])


# --------------------------------------------------------------------------- false positives
def _without_metadata(path: Path, dest: Path) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    for cell in data["cells"]:
        cell["metadata"] = {}
    dest.write_text(json.dumps(data), encoding="utf-8")
    return dest


def test_course_notebooks_raise_no_flags():
    """Every source (solution + hidden tests) and release notebook scans clean."""
    assert len(COURSE_NOTEBOOKS) > 20
    flagged = {str(p.relative_to(REPO)): f for p in COURSE_NOTEBOOKS if (f := scan_notebook(p))}
    assert flagged == {}


def test_course_notebooks_raise_no_flags_even_when_every_cell_is_scanned(tmp_path):
    """With the nbgrader metadata stripped, test cells (also the hidden tests and their tripwires,
    forbid(...), _names_used(...)) are scanned like student code: still no flag."""
    flagged = {}
    for i, path in enumerate(COURSE_NOTEBOOKS):
        flags = scan_notebook(_without_metadata(path, tmp_path / f"{i}.ipynb"))
        if flags:
            flagged[str(path.relative_to(REPO))] = flags
    assert flagged == {}


# Ordinary student code that must never alarm an instructor. Plotting configuration is deliberately
# not flagged: figures are never graded, so rcParams and seaborn themes cannot change a score.
INNOCENT = {
    "local names like np_sum": "import numpy as np\nnp_sum = np.sum([1, 2])\nnp_mean = np_sum / 2",
    "transpose attribute": "import numpy as np\nresult = np.eye(3)\nr = result.T\nr2 = result.T @ result",
    "self attributes": "class Model:\n    def __init__(self, d):\n        self.w = np.zeros(d)\n        self.cache = {}\n"
                       "    def fit(self, X):\n        self.w[0] = 1.0\n        self.cache['X'] = X\n        return self",
    "item assignment on a local array": "import numpy as np\nA = np.zeros((3, 3))\nA[0] = 1\nA[1, 2] += 4\n"
                                        "for i in range(3):\n    A[i, i] = 1",
    "shape assignment on a local array": "import numpy as np\narr = np.arange(6)\narr.shape = (2, 3)\narr.flags.writeable = False",
    "matplotlib configuration": "import matplotlib.pyplot as plt\nimport matplotlib as mpl\n"
                                "plt.rcParams['figure.figsize'] = (6, 4)\nmpl.rcParams.update({'font.size': 9})\n"
                                "plt.style.use('ggplot')",
    "seaborn theme": "import seaborn as sns\nsns.set_theme(style='whitegrid')",
    "notebook magics": "%matplotlib inline\n%config InlineBackend.figure_format = 'retina'\n%load_ext autoreload\n%autoreload 2",
    "timing magics": "%timeit np.sum(x)\n%time y = f(x)",
    "timing cell magic": "%%time\nimport numpy as np\nZ = np.ones((100, 100)) @ np.ones((100, 100))",
    "pip install": "!pip install tqdm\n%pip install seaborn",
    "shell listing": "!ls -la\n!head -n 3 data.csv",
    "numpy configuration calls": "import numpy as np\nnp.random.seed(0)\nrng = np.random.default_rng(0)\n"
                                 "np.set_printoptions(precision=3, suppress=True)\nold = np.seterr(all='ignore')",
    "numpy functions named like list methods": "import numpy as np\nx = np.append([1, 2], 3)\ny = np.insert(x, 0, 5)\n"
                                               "z = np.delete(y, 1)\nnp.add.at(z, [0, 1], 1)",
    "silencing warnings": "import warnings\nwarnings.filterwarnings('ignore')\nwith warnings.catch_warnings():\n"
                          "    warnings.simplefilter('ignore', RuntimeWarning)\n    y = 1",
    "files in the notebook's folder": "import numpy as np\nfrom pathlib import Path\nimport os, json\n"
                                      "X = np.load('data.npy')\nnp.save('out.npy', X)\nopen('notes.txt', 'w').write('hi')\n"
                                      "Path('figures').mkdir(exist_ok=True)\nos.makedirs('out', exist_ok=True)\n"
                                      "json.dump({}, open('out/result.json', 'w'))\nnames = os.listdir('.')\n"
                                      "p = os.path.join('data', 'train.csv')",
    "figures saved locally": "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nfig.savefig('fig1.png')\n"
                             "plt.savefig('figures/fig2.png', dpi=100)",
    "pandas local csv": "import pandas as pd\ndf = pd.read_csv('data/train.csv', sep='/')\ndf.to_csv('clean.csv')\n"
                        "pd.options.display.max_rows = 20",
    "numpy text files with a slash delimiter": "import numpy as np\nA = np.loadtxt('a.txt', delimiter='/')",
    "own rel_error and numerical gradient": "import numpy as np\ndef rel_error(a, b):\n"
                                            "    return np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b)))\n"
                                            "def numerical_gradient(f, x, h=1e-5):\n    return (f(x + h) - f(x - h)) / (2 * h)",
    "aliases from numpy submodules": "from numpy import linalg as la\nimport numpy.testing as npt\nn = la.norm([3, 4])\n"
                                     "npt.assert_allclose(n, 5.0)",
    "rebinding a name that shadowed an alias": "import numpy as np\nfrom scipy import stats\nstats = {'mean': 1.0}\n"
                                               "stats['mean'] = 2.0",
    "parameter named like a module": "def f(np, sys):\n    np.x = 1\n    sys.y = 2\n    return np",
    "environment reads": "import os\nhome = os.environ.get('HOME', '.')\nthreads = os.getenv('OMP_NUM_THREADS')\n"
                         "os.environ['OMP_NUM_THREADS'] = '1'",
    "printing about grading": "print('This notebook is autograded: run all cells before submitting.')\n"
                              "def f():\n    '''Autograded exercise.'''\n    return 1",
    "stdlib helpers": "import sys, gc, time, inspect, math, random\nsys.setrecursionlimit(10000)\ngc.collect()\n"
                      "t0 = time.perf_counter()\nsig = inspect.signature(print)\nrandom.seed(0)\nr = math.pi * 2\n"
                      "sys.stdout.flush()\nprint(sys.version)",
    "dicts and lists": "d = {}\nd['a'] = 1\nd.update(b=2)\nxs = []\nxs.append(3)\nxs.pop()\ndel d['a']",
    "a class attribute on a student class": "class Layer:\n    W = None\nLayer.W = [1, 2]\ndel Layer.W",
    "a syntax error": "def f(:\n    return",
    "an indentation error": "def f(x):\nreturn x",
    "help syntax": "np.linalg.norm?",
    "exceptions and context managers": "try:\n    x = 1 / 0\nexcept ZeroDivisionError as err:\n    msg = str(err)\n"
                                       "with open('log.txt', 'a') as fh:\n    fh.write(msg)",
    "subprocess without paths": "import subprocess\nout = subprocess.run(['python', '--version'], capture_output=True)",
    "sys.path for a local helper module": "import sys\nsys.path.insert(0, 'helpers')\nsys.path = sys.path + ['lib']",
    "sys.argv for argparse in a notebook": "import sys\nsys.argv = ['']\nsys.argv[1:] = ['--lr', '0.1']",
    "string containing a slash": "label = '/'.join(['a', 'b'])\nratio = 'x / y'\nprint(label.split('/'))",
    "np.float64 and np.newaxis": "import numpy as np\nx = np.float64(1.5)\ny = np.arange(3)[:, np.newaxis]",
    "looping over local file names": "for name in ['a.txt', 'b.txt']:\n    with open(name) as fh:\n        text = fh.read()",
}


@pytest.mark.parametrize("code", INNOCENT.values(), ids=INNOCENT.keys())
def test_innocent_code_is_not_flagged(code):
    assert scan_code(code) == []


# --------------------------------------------------------------------------- true positives
# (snippet, a substring every flag list for it must contain)
TAMPERING = {
    # replacing library, course and builtin functions
    "np.allclose": ("import numpy as np\nnp.allclose = lambda *a, **k: True", "numpy attribute 'np.allclose'"),
    "numpy.testing via from-import alias": ("from numpy import testing as t\nt.assert_allclose = lambda *a, **k: None",
                                            "numpy attribute 't.assert_allclose'"),
    "numpy submodule import": ("import numpy.linalg\nnumpy.linalg.norm = abs", "numpy attribute"),
    "del np.allclose": ("import numpy as np\ndel np.allclose", "deletes numpy attribute"),
    "setattr numpy": ("import numpy as np\nsetattr(np, 'allclose', lambda *a, **k: True)", "setattr on numpy attribute"),
    "delattr numpy": ("import numpy as np\ndelattr(np.linalg, 'norm')", "delattr on numpy attribute"),
    "np.__setattr__": ("import numpy as np\nnp.__setattr__('allclose', f)", "numpy attribute"),
    "object.__setattr__": ("import numpy as np\nobject.__setattr__(np, 'allclose', f)", "numpy attribute"),
    "vars(np)[...]": ("import numpy as np\nvars(np)['allclose'] = lambda *a, **k: True", "numpy attribute"),
    "np.__dict__[...]": ("import numpy as np\nnp.__dict__['allclose'] = f", "numpy attribute"),
    "np.__dict__.update": ("import numpy as np\nnp.__dict__.update(allclose=f)", "numpy attribute"),
    "getattr chain": ("import numpy as np\ngetattr(np, 'testing').assert_allclose = f", "numpy attribute"),
    "__import__": ("__import__('numpy').allclose = f", "numpy attribute"),
    "globals()[np]": ("import numpy as np\nglobals()['np'].allclose = f", "numpy attribute"),
    "scipy cdist": ("from scipy.spatial import distance\ndistance.cdist = lambda X, Y, m: 0", "scipy attribute"),
    "sklearn scaler": ("import sklearn.preprocessing as pp\npp.StandardScaler = object", "scikit-learn attribute"),
    "checks module alias": ("import course_utils.checks as c\nc.assert_close = lambda *a, **k: None",
                            "course_utils attribute 'c.assert_close'"),
    "assert_close rebound": ("from course_utils.checks import assert_close, assert_true\nassert_close = lambda *a, **k: None",
                             "redefines the test helper 'assert_close'"),
    "assert_true redefined by def": ("def assert_true(condition, message):\n    pass", "test helper 'assert_true'"),
    "forbid redefined": ("import contextlib\n@contextlib.contextmanager\ndef forbid(*a, **k):\n    yield",
                         "test helper 'forbid'"),
    "helper via globals()": ("globals()['assert_close'] = print", "test helper 'assert_close'"),
    "helper via globals().update": ("globals().update(assert_close=print)", "test helper 'assert_close'"),
    "aliased helper rebound": ("from course_utils.checks import rel_error as re_\nre_ = lambda a, b: 0.0",
                               "test helper 're_'"),
    "__code__ swap on a checks function": ("from course_utils.checks import assert_close\n"
                                           "assert_close.__code__ = (lambda *a, **k: None).__code__",
                                           "course_utils attribute 'assert_close.__code__'"),
    "__kwdefaults__ of a checks function": ("from course_utils.checks import assert_close\n"
                                            "assert_close.__kwdefaults__['rtol'] = 1e9", "course_utils attribute"),
    "reference function": ("from course_utils.reference import prerequisites as ref\nref.standardize = standardize",
                           "course_utils attribute 'ref.standardize'"),
    "reference via from course_utils import reference": (
        "from course_utils import reference\nreference.prerequisites.one_hot = one_hot", "course_utils attribute"),
    "reference via sys.modules": ("import sys\nsys.modules['course_utils.reference.prerequisites'].one_hot = one_hot",
                                  "course_utils attribute"),
    "builtins module": ("import builtins\nbuiltins.isinstance = lambda *a: True", "builtins attribute"),
    "__builtins__": ("__builtins__.len = lambda x: 0", "builtins attribute"),
    "builtins __dict__": ("import builtins\nbuiltins.__dict__['abs'] = f", "builtins attribute"),
    "np alias rebound": ("import numpy as np\nclass Fake:\n    pass\nnp = Fake()", "rebinds 'np' (numpy)"),
    "mock.patch": ("from unittest import mock\np = mock.patch('numpy.allclose', lambda *a, **k: True)\np.start()",
                   "patches numpy attribute"),
    "warnings.showwarning": ("import warnings\nwarnings.showwarning = lambda *a, **k: None", "warnings attribute"),
    "sys.stderr": ("import sys, os\nsys.stderr = open(os.devnull, 'w')", "sys attribute 'sys.stderr'"),
    "math.comb": ("import math\nmath.comb = lambda n, k: 0", "math attribute"),
    # sys.modules
    "sys.modules item": ("import sys\nsys.modules['numpy'] = fake", "edits sys.modules"),
    "sys.modules del": ("import sys\ndel sys.modules['course_utils.checks']", "edits sys.modules"),
    "sys.modules update": ("import sys\nsys.modules.update({'numpy': fake})", "edits sys.modules"),
    "sys.modules pop": ("from sys import modules\nmodules.pop('numpy')", "edits sys.modules"),
    "sys.meta_path": ("import sys\nsys.meta_path.insert(0, Finder())", "import hook"),
    # hooks
    "input transformer": ("ip = get_ipython()\nip.input_transformers_cleanup.append(lambda lines: [])",
                          "IPython input transformer"),
    "input transformer post": ("get_ipython().input_transformers_post.append(f)", "IPython input transformer"),
    "ast transformer": ("import ast\nclass T(ast.NodeTransformer):\n    pass\nget_ipython().ast_transformers.append(T())",
                        "IPython AST transformer"),
    "ast transformer assignment": ("get_ipython().ast_transformers = [T()]", "IPython AST transformer"),
    "post_run_cell hook": ("def clear(result):\n    result.error_in_exec = None\n"
                           "get_ipython().events.register('post_run_cell', clear)", "IPython event hook"),
    "hook from IPython import": ("from IPython import get_ipython\nshell = get_ipython()\n"
                                 "shell.events.register('pre_run_cell', f)", "IPython event hook"),
    "InteractiveShell.instance": ("from IPython.core.interactiveshell import InteractiveShell\n"
                                  "InteractiveShell.instance().events.register('post_run_cell', f)",
                                  "IPython event hook"),
    "custom exception handler": ("get_ipython().set_custom_exc((Exception,), lambda *a, **k: None)",
                                 "custom exception handler"),
    "register magic": ("get_ipython().register_magic_function(f, 'cell')", "IPython magic"),
    "user_ns": ("get_ipython().user_ns['assert_close'] = print", "IPython attribute"),
    "InteractiveShell method replaced": ("from IPython.core.interactiveshell import InteractiveShell\n"
                                         "InteractiveShell.showtraceback = lambda *a, **k: None", "IPython attribute"),
    "settrace": ("import sys\nsys.settrace(tracer)", "trace/profile hook"),
    "setprofile": ("from sys import setprofile\nsetprofile(p)", "trace/profile hook"),
    "excepthook": ("import sys\nsys.excepthook = lambda *a: None", "replaces sys.excepthook"),
    "displayhook": ("import sys\nsys.displayhook = lambda v: None", "replaces sys.displayhook"),
    "atexit": ("import atexit\natexit.register(cleanup)", "atexit handler"),
    "xmode": ("%xmode Verbose", "traceback mode"),
    "config InteractiveShell": ("%config InteractiveShell.ast_node_interactivity = 'none'", "IPython settings"),
    # files outside the folder, working directory
    "open parent": ("open('../../../pwned.txt', 'w').write('x')", "outside the notebook's folder: '../../../pwned.txt'"),
    "open absolute": ("data = open('/etc/passwd').read()", "outside the notebook's folder: '/etc/passwd'"),
    "open home": ("open('~/.bashrc')", "outside the notebook's folder"),
    "open via a constant": ("OUT = '/tmp/marker.txt'\nwith open(OUT, 'w') as fh:\n    fh.write('x')",
                            "outside the notebook's folder: '/tmp/marker.txt'"),
    "Path read_text": ("from pathlib import Path\ntext = Path('/tmp/x').read_text()", "outside the notebook's folder"),
    "Path division": ("from pathlib import Path\np = Path('.') / '..' / 'gradebook.db'", "outside the notebook's folder"),
    "loop over outside paths": ("from pathlib import Path\nfor target in ('../../../x.txt', '/tmp/y.txt'):\n"
                                "    try:\n        Path(target).write_text('x')\n    except OSError:\n        pass",
                                "outside the notebook's folder: '../../../x.txt'"),
    "f-string absolute": ("name = 'x'\nopen(f'/tmp/{name}.txt', 'w')", "outside the notebook's folder"),
    "np.load parent": ("import numpy as np\nnp.load('../../source/answers.npy')", "outside the notebook's folder"),
    "os.listdir parent": ("import os\nos.listdir('..')", "outside the notebook's folder"),
    "glob absolute": ("import glob\nglob.glob('/work/**/*.ipynb')", "outside the notebook's folder"),
    "shutil copy": ("import shutil\nshutil.copy('../../../source/00/x.ipynb', 'x.ipynb')", "outside the notebook's folder"),
    "os.path.join inside open": ("import os\nopen(os.path.join('..', '..', 'gradebook.db'), 'rb')",
                                 "outside the notebook's folder"),
    "subprocess absolute": ("import subprocess\nsubprocess.run(['cat', '/etc/hostname'])", "outside the notebook's folder"),
    "pandas absolute": ("import pandas as pd\npd.read_csv('/data/answers.csv')", "outside the notebook's folder"),
    "shell escape": ("!cat ../../gradebook.db", "outside the notebook's folder"),
    "shell redirect": ("!echo hi >/tmp/pwned", "outside the notebook's folder"),
    "bash cell": ("%%bash\necho pwned > ../../pwned.txt\n", "outside the notebook's folder"),
    "run magic": ("%run ../../helpers.py", "outside the notebook's folder"),
    "writefile magic": ("%%writefile /tmp/x.py\nprint(1)\n", "outside the notebook's folder"),
    "os.chdir": ("import os\nos.chdir('data')", "changes the working directory"),
    "chdir alias": ("from os import chdir as cd\ncd('x')", "changes the working directory"),
    "%cd": ("%cd ..", "changes the working directory"),
    # branching on grading
    "NBGRADER_EXECUTION env": ("import os\nif os.environ.get('NBGRADER_EXECUTION'):\n    pass", "NBGRADER"),
    "NBGRADER getenv": ("import os\ngrading = os.getenv('NBGRADER_EXECUTION') is not None", "NBGRADER"),
    "NBGRADER in environ": ("import os\nif 'NBGRADER_EXECUTION' in os.environ:\n    pass", "NBGRADER"),
    "NBGRADER split literal": ("import os\nkey = 'NBGRA' + 'DER_EXECUTION'\ngrading = key in os.environ", "NBGRADER"),
    "NBGRADER reversed literal": ("import os\nkey = 'NOITUCEXE_REDARGBN'[::-1]", "NBGRADER"),
    "NBGRADER joined literal": ("key = ''.join(['NBGR', 'ADER_', 'EXECUTION'])", "NBGRADER"),
    "%env": ("%env NBGRADER_EXECUTION", "NBGRADER"),
    "autograde comparison": ("import os\nif os.environ.get('MODE') == 'autograde':\n    pass", "'autograde'"),
    "autograded folder": ("import os\nif 'autograded' in os.getcwd():\n    pass", "'autograde'"),
    "autograded find": ("import os\ngrading = os.getcwd().find('autograded') >= 0", "'autograde'"),
    # frames, GC, ctypes, reload
    "sys._getframe": ("import sys\ncaller = sys._getframe(1)", "interpreter frames"),
    "_getframe import": ("from sys import _getframe", "interpreter frames"),
    "f_back": ("def f():\n    import inspect\n    return inspect.currentframe().f_back.f_globals", "interpreter frames"),
    "inspect.stack": ("import inspect\nframes = inspect.stack()", "interpreter frames"),
    "traceback frames": ("try:\n    1 / 0\nexcept Exception as e:\n    g = e.__traceback__.tb_frame.f_globals",
                         "interpreter frames"),
    "gc.get_referrers": ("import gc\nrefs = gc.get_referrers(f)", "garbage collector"),
    "gc.get_objects": ("import gc\nobjs = [o for o in gc.get_objects() if callable(o)]", "garbage collector"),
    "ctypes": ("import ctypes\nctypes.pythonapi.PyFrame_LocalsToFast", "ctypes"),
    "from ctypes": ("from ctypes import pythonapi", "ctypes"),
    "reload numpy": ("import importlib\nimport numpy as np\nimportlib.reload(np)", "reloads numpy"),
    "reload checks": ("import importlib\nimport course_utils.checks as c\nimportlib.reload(c)",
                      "reloads course_utils.checks"),
    # process tricks
    "signal handler": ("import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)", "signal handler"),
    "os._exit": ("import os\nos._exit(0)", "ends the kernel process"),
    "fork": ("import os\npid = os.fork()", "forks processes"),
    # hidden in strings and magics
    "exec string": ("import numpy as np\nexec('np.allclose = lambda *a, **k: True')", "numpy attribute"),
    "%%time body": ("%%time\nimport numpy as np\nnp.allclose = lambda *a, **k: True\n", "numpy attribute"),
    "%time line": ("import numpy as np\n%time np.allclose = f", "numpy attribute"),
    "run_cell string": ("get_ipython().run_cell('import numpy\\nnumpy.allclose = print')", "numpy attribute"),
    "tampering inside a function": ("import numpy as np\ndef solve(X):\n    np.allclose = lambda *a, **k: True\n"
                                    "    return X", "numpy attribute"),
    "tampering inside a class": ("import numpy as np\nclass A:\n    def __init__(self):\n"
                                 "        np.testing.assert_allclose = print", "numpy attribute"),
}


@pytest.mark.parametrize("code, expected", TAMPERING.values(), ids=TAMPERING.keys())
def test_tampering_is_flagged(code, expected):
    flags = scan_code(code)
    assert flags, "not flagged"
    assert all(f.startswith("integrity: ") for f in flags), flags
    assert any(expected in f for f in flags), flags


def test_flag_format_names_the_line():
    assert scan_code("import numpy as np\n\nnp.allclose = lambda *a, **k: True") == [
        "integrity: assigns to numpy attribute 'np.allclose' (line 3)"]


def test_local_shadowing_does_not_hide_module_tampering():
    code = "import numpy as np\ndef f():\n    np = 3\n    return np\nnp.allclose = f"
    assert any("np.allclose" in f for f in scan_code(code))


# --------------------------------------------------------------------------- notebooks
def _nb(cells) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for source, meta in cells:
        cell = nbformat.v4.new_code_cell(source)
        if meta is not None:
            cell.metadata["nbgrader"] = meta
        nb.cells.append(cell)
    return nb


SOL = {"grade": False, "solution": True, "locked": False, "grade_id": "f", "schema_version": 3}
TEST = {"grade": True, "solution": False, "locked": True, "points": 1, "grade_id": "test_f", "schema_version": 3}


def test_notebook_flags_name_the_cell_and_skip_test_cells(tmp_path):
    nb = _nb([
        ("import numpy as np\nfrom course_utils.checks import assert_close", None),
        ("def f(x):\n    return x", SOL),
        ("np.allclose = lambda *a, **k: True  # a test cell may do anything: nbgrader restores it", TEST),
        ("import os\nos.chdir('..')", SOL),
    ])
    nb.cells.insert(1, nbformat.v4.new_markdown_cell("np.allclose = 1 in markdown is text"))
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, str(path))
    flags = scan_notebook(path)
    assert flags == ["integrity: changes the working directory (os.chdir) (cell 4, line 2)"]


def test_aliases_carry_over_between_cells(tmp_path):
    nb = _nb([("import numpy as np", None), ("x = 1", None), ("np.allclose = lambda *a, **k: True", SOL)])
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, str(path))
    assert scan_notebook(path) == ["integrity: assigns to numpy attribute 'np.allclose' (cell 2, line 1)"]


def test_helpers_imported_in_the_notebook_are_protected(tmp_path):
    nb = _nb([("from course_utils.checks import rel_error", None), ("rel_error = lambda a, b: 0.0", SOL)])
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, str(path))
    assert scan_notebook(path) == ["integrity: redefines the test helper 'rel_error' (cell 1, line 1)"]


def test_a_cell_that_only_claims_to_be_a_test_is_scanned_when_test_ids_are_given(tmp_path):
    fake = dict(TEST, grade_id="my_own_test")
    nb = _nb([("import numpy as np", None), ("np.allclose = lambda *a, **k: True", fake)])
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, str(path))
    assert scan_notebook(path) == []  # trusted by its metadata alone
    assert len(scan_notebook(path, test_ids={"test_f"})) == 1


def test_broken_metadata_is_tolerated(tmp_path):
    data = {
        "nbformat": 4, "nbformat_minor": 5, "metadata": {},
        "cells": [
            {"cell_type": "code", "source": ["import numpy ", "as np"]},                       # no metadata
            {"cell_type": "code", "metadata": None, "source": "x = 1"},
            {"cell_type": "code", "metadata": {"nbgrader": "garbage"}, "source": "np.allclose = f"},
            {"cell_type": "code", "metadata": {"nbgrader": {"grade": "true"}}, "source": "np.isclose = f"},
            {"cell_type": "raw", "source": "np.sum = f"},
            "not a cell",
            {"cell_type": "code", "metadata": {}, "source": 42},
            {"cell_type": "code", "metadata": {}, "source": "def broken(:\n"},
            {"cell_type": "code", "metadata": {}, "source": "x = '\x00'"},
        ],
    }
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(data), encoding="utf-8")
    flags = scan_notebook(path)
    assert any("'np.allclose' (cell 2" in f for f in flags), flags
    assert not any("np.isclose" in f or "np.sum" in f for f in flags), flags   # a test cell, a raw cell
    assert any("unparseable cell" in f and "(cell 6)" in f for f in flags), flags
    assert any("unparseable cell" in f and "(cell 8)" in f for f in flags), flags
    assert not any("(cell 7" in f for f in flags), "a plain syntax error is the student's own problem"
    assert is_test_cell(data["cells"][3]) and not is_test_cell(data["cells"][2]) and not is_test_cell("x")


@pytest.mark.parametrize("content", ["{ not json", "", "[]", '{"cells": 3}'])
def test_unreadable_notebooks_give_no_flags(tmp_path, content):
    path = tmp_path / "nb.ipynb"
    path.write_text(content, encoding="utf-8")
    assert scan_notebook(path) == []
    assert scan_notebook(tmp_path / "missing.ipynb") == []
