"""nbgrader settings for the course (read by nbgrader and by the `course` command).

Each setting answers a pitfall measured on nbgrader 0.9.6 (see the README's "Grading" section).
"""
import os

c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

c.CourseDirectory.course_id = "math-for-ml"
# The course is wherever this file is, so a copy of the course can be graded anywhere.
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
# The gradebook stores hidden tests in plain text: keep it at the course root, never in release/.
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(c.CourseDirectory.root, "gradebook.db")

# --- generate_assignment (source/ -> release/) ------------------------------------------------
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
# nbgrader keeps custom cell/notebook metadata and timestamps: strip them from what students get.
from course_utils.grading.preprocessors import StripCustomMetadata  # noqa: E402

c.GenerateAssignment.preprocessors = [
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.InstantiateTests",
    "nbgrader.preprocessors.LockCells",
    "nbgrader.preprocessors.ClearSolutions",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.CheckCellMetadata",
    "nbgrader.preprocessors.ComputeChecksums",
    "nbgrader.preprocessors.SaveCells",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "nbgrader.preprocessors.ComputeChecksums",
    StripCustomMetadata,
    "nbgrader.preprocessors.CheckCellMetadata",
]

# --- autograde -------------------------------------------------------------------------------
# Per-cell timeout (a notebook with k looping cells can take k x timeout); interrupt, then go on.
c.Execute.timeout = 30
c.Execute.interrupt_on_timeout = True
# Tracebacks without source lines, so a failing hidden test never prints its own code.
c.Execute.extra_arguments = ["--InteractiveShell.xmode=Minimal"]
# A deleted or edited test cell is restored from the gradebook and graded.
c.OverwriteCells.add_missing_cells = True
# A runaway print cannot flood the grader or the feedback.
c.LimitOutput.max_lines = 1000
c.LimitOutput.max_traceback = 100

# --- feedback --------------------------------------------------------------------------------
# Feedback HTML would otherwise show hidden tests word for word.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    "nbgrader.preprocessors.ClearHiddenTests",
]
