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
# seaborn's "colorblind" palette, written out: importing seaborn (and pandas with it) costs ~1.5 s
# in every kernel, i.e. in every graded notebook, for nothing but these colours and a few rcParams.
COLORBLIND = ["#0173b2", "#de8f05", "#029e73", "#d55e00", "#cc78bc",
              "#ca9161", "#fbafe4", "#949494", "#ece133", "#56b4e9"]

# seaborn's "whitegrid" style in its "notebook" context, plus the course's own choices.
STYLE = {
    "axes.prop_cycle": matplotlib.cycler(color=COLORBLIND),
    "axes.facecolor": "white", "figure.facecolor": "white", "axes.edgecolor": ".8",
    "axes.grid": True, "axes.axisbelow": True, "grid.color": ".8", "grid.linestyle": "-",
    "axes.linewidth": 1.25, "grid.linewidth": 1.0, "lines.linewidth": 1.5,
    "lines.solid_capstyle": "round", "patch.edgecolor": "w", "patch.force_edgecolor": True,
    "text.color": ".15", "axes.labelcolor": ".15", "xtick.color": ".15", "ytick.color": ".15",
    "xtick.bottom": False, "ytick.left": False, "xtick.direction": "out", "ytick.direction": "out",
    "font.size": 12.0, "axes.labelsize": 12.0, "xtick.labelsize": 11.0, "ytick.labelsize": 11.0,
    "legend.fontsize": 11.0, "legend.title_fontsize": 12.0, "image.cmap": "viridis",
    "figure.figsize": (6.4, 4.0), "figure.dpi": 80, "axes.titlesize": 12, "axes.titleweight": "bold",
    "axes.spines.top": False, "axes.spines.right": False, "legend.frameon": False,
}


def use_course_style() -> None:
    """Apply the course style (seaborn-like whitegrid, colour-blind palette, readable sizes)."""
    plt.rcParams.update(STYLE)


def colors(n: int) -> list:
    """``n`` colours of the course palette as (r, g, b) tuples in [0, 1] (repeats after 10)."""
    from matplotlib.colors import to_rgb

    return [to_rgb(COLORBLIND[i % len(COLORBLIND)]) for i in range(n)]


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
