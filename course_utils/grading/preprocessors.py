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
