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
# Student code runs in a sandboxed kernel (course_utils/grading/sandbox_kernel.py, installed by the
# Makefile): resource limits always; as root, its own unprivileged uid and a private view of the files
# (no gradebook, source/ or other students). See the README's threat model.
c.Execute.kernel_name = "course-sandbox"
# Per-cell timeout (a notebook with k looping cells can take k x timeout); interrupt, then go on.
c.Execute.timeout = 30
c.Execute.interrupt_on_timeout = True
# Tracebacks without source lines, so a failing hidden test never prints its own code.
c.Execute.extra_arguments = ["--InteractiveShell.xmode=Minimal"]
# A correct solution that warns or logs to stderr keeps its points: stderr becomes "[stderr] ..." text
# (nbgrader would score the cell 0). Otherwise nbgrader's own autograde steps, in its order.
from course_utils.grading.preprocessors import StderrAsText  # noqa: E402

c.Autograde.autograde_preprocessors = [
    "nbgrader.preprocessors.Execute",
    StderrAsText,
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]
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
