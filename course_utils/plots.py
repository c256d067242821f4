"""One plotting style for the whole course.

``use_course_style()`` is called once near the top of every notebook. Figures are small, legible
when printed, colour-blind safe (seaborn's "colorblind" palette) and render headless.
"""
from __future__ import annotations

import matplotlib

if matplotlib.get_backend().lower() not in ("agg", "module://matplotlib_inline.backend_inline") \
        and not matplotlib.rcParams.get("interactive", False):
    try:
        import IPython  # noqa: F401  (inside Jupyter the inline backend is already active)
    except ImportError:  # pragma: no cover
        matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np

PALETTE = "colorblind"


def use_course_style() -> None:
    """Apply the course style (seaborn whitegrid, colour-blind palette, readable sizes)."""
    import seaborn as sns

    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE)
    plt.rcParams.update({
        "figure.figsize": (6.4, 4.0),
        "figure.dpi": 80,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "legend.frameon": False,
    })


def colors(n: int) -> list:
    """``n`` colours of the course palette."""
    import seaborn as sns

    return list(sns.color_palette(PALETTE, n))


def subplots(ncols: int = 1, nrows: int = 1, *, width: float = 4.2, height: float = 3.6, **kwargs):
    """``plt.subplots`` sized per panel; returns (fig, axes) with axes always an array."""
    fig, axes = plt.subplots(nrows, ncols, figsize=(width * ncols, height * nrows),
                             squeeze=False, constrained_layout=True, **kwargs)
    return fig, axes.ravel()


def arrow(ax, start, vec, *, color=None, label=None, **kwargs) -> None:
    """Draw vector ``vec`` from ``start`` as an arrow (for 2-D linear-algebra pictures)."""
    start = np.asarray(start, float)
    vec = np.asarray(vec, float)
    ax.annotate("", xy=start + vec, xytext=start,
                arrowprops=dict(arrowstyle="-|>", color=color or "k", lw=2, **kwargs))
    if label:
        tip = start + vec
        ax.text(tip[0], tip[1], f" {label}", color=color or "k", fontsize=11)
