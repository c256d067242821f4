"""Mutants: realistic wrong implementations kept beside the tests (design.md §5).

``tests/mutants/<unit>/<topic>.py`` defines ``MUTANTS = {grade_id: {mutant_name: source}}``, where
``source`` replaces the whole solution cell whose grade_id is the key.
"""
from __future__ import annotations

import runpy
from pathlib import Path

MIN_MUTANTS = 3


def mutants_path(repo: Path, notebook: Path) -> Path:
    notebook = Path(notebook)
    return Path(repo) / "tests" / "mutants" / notebook.parent.name / f"{notebook.stem}.py"


def load_mutants(repo: Path, notebook: Path) -> dict[str, dict[str, str]]:
    path = mutants_path(repo, notebook)
    if not path.exists():
        return {}
    found = runpy.run_path(str(path)).get("MUTANTS", {})
    if not isinstance(found, dict):
        raise TypeError(f"{path}: MUTANTS must be a dict")
    return found
