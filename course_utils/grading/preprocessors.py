"""nbgrader preprocessors the course adds to nbgrader's own."""
from __future__ import annotations

from nbconvert.preprocessors import Preprocessor
from traitlets import Bool

KEEP_CELL_KEYS = ("nbgrader", "deletable", "editable")
KEEP_NOTEBOOK_KEYS = ("kernelspec", "language_info")


class StripCustomMetadata(Preprocessor):
    """Leave students only the metadata Jupyter and nbgrader need.

    nbgrader's generate_assignment keeps custom cell metadata, notebook metadata and execution
    timestamps; an author's tags or notes would reach students.
    """

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess(self, nb, resources):
        nb.metadata = {k: v for k, v in nb.metadata.items() if k in KEEP_NOTEBOOK_KEYS}
        if "language_info" in nb.metadata:
            nb.metadata["language_info"] = {"name": nb.metadata["language_info"].get("name", "python")}
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        cell.metadata = {k: v for k, v in cell.metadata.items() if k in KEEP_CELL_KEYS}
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        return cell, resources


class StderrAsText(Preprocessor):
    """Keep what a cell wrote to stderr, but as ordinary text, so that it costs no points.

    nbgrader scores a test cell 0 when it wrote anything to stderr: a correct solution that emits a
    ``DeprecationWarning`` or logs progress would lose its points. nbgrader's own ``IgnorePattern``
    deletes matching output instead; here the student still sees it in the feedback, marked
    ``[stderr]``. Runs after ``Execute`` and before the grades are saved.
    """

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                if out.get("output_type") == "stream" and out.get("name") == "stderr":
                    out["name"] = "stdout"
                    text = out.get("text", "")
                    out["text"] = "".join(f"[stderr] {line}" for line in text.splitlines(keepends=True))
        return cell, resources
