"""The instructor pipeline over nbgrader's Python API: release, autograde, feedback, export, check, demo."""
