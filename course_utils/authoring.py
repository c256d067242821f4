"""A plain-text authoring format for course notebooks, and its round trip to ``.ipynb``.

Source notebooks in ``source/`` are the truth. Editing their JSON by hand is error-prone, so authors
may write (or export, edit and re-import) a *cell script*: a text file whose cells start with a
header line ``#%% KIND [key=value ...]``::

    #%% markdown
    # 02 · NumPy basics
    ## 1. Concept Overview
    ...
    #%% code
    import numpy as np
    #%% solution id=pairwise_sq_dists
    def pairwise_sq_dists(X, Y):
        \"\"\"...\"\"\"
        ### BEGIN SOLUTION
        ...
        ### END SOLUTION
    #%% tests id=test_pairwise_sq_dists points=3
    ...visible tests...
    ### BEGIN HIDDEN TESTS
    ...hidden tests...
    ### END HIDDEN TESTS

Kinds: ``markdown``, ``code`` (an ordinary cell), ``solution`` (an nbgrader solution cell, needs
``id``), ``tests`` (an autograded, locked test cell, needs ``id`` and ``points``), ``readonly``
(a locked code cell, needs ``id``). ``course author build`` and ``course author text`` convert.
"""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HEADER = re.compile(r"^#%%\s*(markdown|code|solution|tests|readonly)\b(.*)$")
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"name": "python", "pygments_lexer": "ipython3"}


class AuthoringError(ValueError):
    """The cell script is malformed; the message names the line."""


def _parse_attrs(text: str, lineno: int) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for token in text.split():
        if "=" not in token:
            raise AuthoringError(f"line {lineno}: expected key=value, got {token!r}")
        key, value = token.split("=", 1)
        attrs[key] = value
    return attrs


def _nbgrader(kind: str, attrs: dict[str, str], lineno: int) -> dict | None:
    if kind in ("markdown", "code"):
        return None
    grade_id = attrs.get("id")
    if not grade_id or not re.fullmatch(r"[A-Za-z0-9_\-]+", grade_id):
        raise AuthoringError(f"line {lineno}: a {kind} cell needs id=<letters, digits, _ or ->")
    meta = {"grade": False, "grade_id": grade_id, "locked": False, "schema_version": 3,
            "solution": False, "task": False}
    if kind == "solution":
        meta["solution"] = True
    elif kind == "tests":
        try:
            points = float(attrs["points"])
        except (KeyError, ValueError):
            raise AuthoringError(f"line {lineno}: a tests cell needs points=<number>") from None
        meta.update(grade=True, locked=True, points=int(points) if points.is_integer() else points)
    elif kind == "readonly":
        meta["locked"] = True
    return meta


def text_to_notebook(text: str) -> nbformat.NotebookNode:
    """Build a notebook from a cell script (see the module docstring)."""
    cells: list[tuple[str, dict[str, str], list[str], int]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        m = HEADER.match(line)
        if m:
            cells.append((m.group(1), _parse_attrs(m.group(2), lineno), [], lineno))
        elif cells:
            cells[-1][2].append(line)
        elif line.strip():
            raise AuthoringError(f"line {lineno}: text before the first '#%%' cell header")
    nb = new_notebook()
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": dict(LANGUAGE_INFO)}
    counters: dict[str, int] = {}
    for kind, attrs, lines, lineno in cells:
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        source = "\n".join(lines)
        meta = _nbgrader(kind, attrs, lineno)
        if kind == "markdown":
            cell = new_markdown_cell(source)
        else:
            cell = new_code_cell(source)
        if meta is not None:
            cell.metadata["nbgrader"] = meta
            cell.id = meta["grade_id"].replace("_", "-")[:64]
        else:
            counters[kind] = counters.get(kind, 0) + 1
            cell.id = f"{'md' if kind == 'markdown' else 'code'}-{counters[kind]:02d}"
        nb.cells.append(cell)
    ids = [c.id for c in nb.cells]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise AuthoringError(f"duplicate cell ids: {sorted(dupes)}")
    nbformat.validate(nb)
    return nb


def notebook_to_text(nb: nbformat.NotebookNode) -> str:
    """The cell script of a notebook (inverse of :func:`text_to_notebook` for course notebooks)."""
    out: list[str] = []
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader")
        if cell.cell_type == "markdown":
            header = "#%% markdown"
        elif not meta:
            header = "#%% code"
        elif meta.get("solution"):
            header = f"#%% solution id={meta['grade_id']}"
        elif meta.get("grade"):
            header = f"#%% tests id={meta['grade_id']} points={meta['points']}"
        else:
            header = f"#%% readonly id={meta['grade_id']}"
        out.append(header)
        out.append(cell.source)
        out.append("")
    return "\n".join(out)


def build(script: Path, output: Path) -> None:
    nb = text_to_notebook(Path(script).read_text(encoding="utf-8"))
    output.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(output))


def export_text(notebook: Path) -> str:
    return notebook_to_text(nbformat.read(str(notebook), as_version=4))
