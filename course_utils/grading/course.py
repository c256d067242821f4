"""The course folder and nbgrader's API bound to it."""
from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from pathlib import Path

from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from .progress import progress_bar


class CourseError(RuntimeError):
    """A problem with the course folder itself (not with a submission)."""


def _put_interpreter_on_path() -> None:
    """nbgrader runs the ``alembic`` executable by name: make this interpreter's scripts findable
    when ``course`` is called as ``.venv/bin/course`` without an activated environment."""
    bindir = str(Path(sys.executable).parent)
    path = os.environ.get("PATH", "")
    if bindir not in path.split(os.pathsep):
        os.environ["PATH"] = bindir + (os.pathsep + path if path else "")


class Course:
    """A course folder: ``nbgrader_config.py``, ``source/``, ``release/``, ``submitted/``, ..."""

    def __init__(self, root: str | Path, db_url: str | None = None):
        self.root = Path(root).resolve()
        if not (self.root / "nbgrader_config.py").is_file():
            raise CourseError(f"no nbgrader_config.py in {self.root}")
        self._db_url = db_url or os.environ.get("COURSE_DB_URL")
        _put_interpreter_on_path()

    # ------------------------------------------------------------------ folders
    @property
    def source(self) -> Path:
        return self.root / "source"

    @property
    def release_dir(self) -> Path:
        return self.root / "release"

    @property
    def submitted(self) -> Path:
        return self.root / "submitted"

    @property
    def autograded(self) -> Path:
        return self.root / "autograded"

    @property
    def feedback_dir(self) -> Path:
        return self.root / "feedback"

    @property
    def grading_log(self) -> Path:
        return self.root / "grading-log"

    def units(self) -> list[str]:
        if not self.source.is_dir():
            return []
        return sorted(p.name for p in self.source.iterdir() if p.is_dir() and any(p.glob("*.ipynb")))

    def notebooks(self, unit: str) -> list[str]:
        """Notebook names (without .ipynb) of a unit, from source/."""
        return sorted(p.stem for p in (self.source / unit).glob("*.ipynb"))

    def students(self, unit: str, pattern: str = "*") -> list[str]:
        if not self.submitted.is_dir():
            return []
        return sorted(p.parent.name for p in self.submitted.glob(f"{pattern}/{unit}") if p.is_dir())

    # ------------------------------------------------------------------ nbgrader
    def config(self) -> Config:
        loader = PyFileConfigLoader("nbgrader_config.py", path=str(self.root))
        cfg = loader.load_config()
        cfg.CourseDirectory.root = str(self.root)
        if self._db_url:
            cfg.CourseDirectory.db_url = self._db_url
        elif "db_url" not in cfg.CourseDirectory:
            cfg.CourseDirectory.db_url = f"sqlite:///{self.root / 'gradebook.db'}"
        cfg.NbGraderAPI.log_level = "ERROR"
        if "root" not in cfg.Exchange:  # nbgrader's default (/usr/local/share) is rarely writable
            import tempfile

            cfg.Exchange.root = str(Path(tempfile.gettempdir()) / "course-exchange")
        return cfg

    @property
    def db_url(self) -> str:
        return str(self.config().CourseDirectory.db_url)

    def api(self):
        from nbgrader.apps import NbGraderAPI

        logging.getLogger("traitlets").setLevel(logging.ERROR)
        return NbGraderAPI(config=self.config())

    def gradebook(self):
        from nbgrader.api import Gradebook

        return Gradebook(self.db_url)

    # ------------------------------------------------------------------ release
    def release(self, units: list[str] | None = None, *, progress: bool = True) -> bool:
        """Run nbgrader's generate_assignment for each unit: source/ → release/ (and the gradebook)."""
        units = units or self.units()
        unknown = [u for u in units if u not in self.units()]
        if unknown:
            raise CourseError(f"unknown unit(s) {unknown}; units are {self.units()}")
        api = self.api()
        ok = True
        for unit in progress_bar(units, desc="release", enabled=progress):
            with contextlib.redirect_stdout(io.StringIO()):
                result = api.generate_assignment(unit, force=True, create=True)
            if not result.get("success"):
                ok = False
                print(f"release {unit}: FAILED\n{result.get('error') or result.get('log')}")
        if ok and progress:
            print(f"release: {len(units)} unit(s) → {self.release_dir}")
        return ok
