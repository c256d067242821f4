"""roadmap.md links every published notebook, and is exactly what the plan renders."""
from conftest import NOTEBOOK_IDS, REPO
from course_utils.quality.roadmap import planned_paths, render


def test_every_notebook_is_in_the_plan():
    unplanned = set(NOTEBOOK_IDS) - planned_paths()
    assert not unplanned, f"add these to course_utils/quality/roadmap.py PLAN: {sorted(unplanned)}"


def test_roadmap_is_up_to_date():
    assert (REPO / "roadmap.md").read_text(encoding="utf-8") == render(), \
        "regenerate: python -m course_utils.quality.roadmap > roadmap.md"
