"""The cell-script format round-trips, and lint catches each rule it promises to enforce."""
from __future__ import annotations

import nbformat
import pytest

from conftest import SOURCE_NOTEBOOKS
from course_utils.authoring import AuthoringError, notebook_to_text, text_to_notebook
from course_utils.quality.inprocess import run_notebook
from course_utils.quality.lint import lint_notebook
from course_utils.quality.model import CourseNotebook

GOOD = '''#%% markdown
# T
## 1. Concept Overview
x
## 2. Mathematical Explanation
x
#%% code
import numpy as np
from course_utils.checks import assert_close
#%% markdown
## 3. Intuition & Visualization
## 4. Python Implementation
#%% solution id=double
def double(x):
    """Twice x: float array of x's shape."""
    ### BEGIN SOLUTION
    return 2.0 * np.asarray(x, dtype=float)
    ### END SOLUTION
#%% tests id=test_double points=2
assert_close(double(np.array([1.0])), np.array([2.0]), name="double")
### BEGIN HIDDEN TESTS
rng = np.random.default_rng(0)
xh = rng.standard_normal(5)
assert_close(double(xh), 2 * xh, name="double")
### END HIDDEN TESTS
#%% markdown
## 5. ML Connection
## 6. Summary
'''


def write(tmp_path, text, name="t.ipynb"):
    path = tmp_path / "unit" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(text_to_notebook(text), str(path))
    return path


@pytest.mark.parametrize("notebook", SOURCE_NOTEBOOKS[:3], ids=lambda p: p.stem)
def test_round_trip_of_real_notebooks(notebook):
    nb = nbformat.read(str(notebook), as_version=4)
    again = text_to_notebook(notebook_to_text(nb))
    assert [c.source for c in again.cells] == [c.source for c in nb.cells]
    assert [c.metadata.get("nbgrader") for c in again.cells] == [c.metadata.get("nbgrader") for c in nb.cells]


def test_good_notebook_is_clean_and_scores(tmp_path):
    path = write(tmp_path, GOOD)
    assert lint_notebook(path) == []
    nb = CourseNotebook.read(path)
    assert run_notebook(nb).score(nb) == (2.0, 2.0)
    assert run_notebook(nb, release=True).score(nb) == (0.0, 2.0)


@pytest.mark.parametrize("change,problem", [
    (("### BEGIN HIDDEN TESTS\nrng", "x = 1\n### BEGIN HIDDEN TESTS\nrng"), None),
    (('assert_close(double(xh), 2 * xh, name="double")\n###', 'np.allclose(double(xh), 2 * xh)\n###'), "bare expression"),
    (("rng = np.random", "from course_utils.reference import prerequisites\nrng = np.random"), None),
    (("assert_close(double(np.array([1.0]))", "from course_utils import reference\nassert_close(double(np.array([1.0]))"), "reference"),
    (("## 5. ML Connection", "## 5. Something else"), "ML Connection"),
    (("### BEGIN HIDDEN TESTS\n", ""), "hidden"),
    (("#%% solution id=double", "#%% solution id=twice"), "grade_id must be the name"),
    (('    """Twice x: float array of x\'s shape."""\n', ""), "docstring"),
    (("#%% code\nimport numpy", "#%% code\n%matplotlib inline\nimport numpy"), "magics"),
    (("rng = np.random", "from sklearn.datasets import fetch_openml\nrng = np.random"), "download"),
])
def test_lint_catches(tmp_path, change, problem):
    text = GOOD.replace(*change)
    assert text != GOOD
    problems = lint_notebook(write(tmp_path, text))
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_authoring_errors_name_the_line():
    with pytest.raises(AuthoringError, match="line 1"):
        text_to_notebook("#%% tests id=t\nx = 1\n")
    with pytest.raises(AuthoringError, match="line 1"):
        text_to_notebook("stray text\n#%% code\n")
    with pytest.raises(AuthoringError, match="duplicate"):
        text_to_notebook("#%% solution id=f\ndef f(): pass\n#%% solution id=f\ndef f(): pass\n")


def test_harness_flags_a_final_expression_with_a_value(tmp_path):
    text = GOOD.replace('assert_close(double(xh), 2 * xh, name="double")\n###',
                        'assert_close(double(xh), 2 * xh, name="double")\nbool(xh.size)\n###')
    nb = CourseNotebook.read(write(tmp_path, text))
    outcome = next(iter(run_notebook(nb).outcomes.values()))
    assert not outcome.ok and "score" in outcome.message
