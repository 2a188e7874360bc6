"""Chapter 2's explorable figure: the perceptron's updates on the iris pair, one at a time.

Each frame shows the boundary after one update (the earlier ones faint), rings the flower
whose mistake caused it, and :func:`update_numbers` counts the mistakes so far against
Novikoff's bound (R / gamma)^2.
"""

# --8<-- [start:imports]
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

# --8<-- [end:imports]
from nnmaths.ch02.figures import COLORS, scatter_species
from nnmaths.ch02.margin import max_margin
from nnmaths.perceptron_training import (
    History,
    margin,
    mistake_bound,
    radius,
)


# --8<-- [start:draw_update]
def draw_line(ax: Axes, w: np.ndarray, b: float, **style: Any) -> None:
    """Draw the line x @ w + b = 0 across the axes."""
    point = -b * w / (w @ w)  # the point of the line closest to the origin
    ax.axline(point, point + np.array([-w[1], w[0]]), **style)


def draw_update(
    fig: Figure,
    x: np.ndarray,
    y: np.ndarray,
    names: list[str],
    run: History,
    k: int,
) -> None:
    """Plot the flowers, the boundary after update k and those before it, faint.

    Update 0 is the start, w = 0 and b = 0, which draws no boundary.
    """
    ax = fig.add_subplot()
    scatter_species(ax, x, y)
    for j in range(1, k):  # w = 0 before the first update: no line
        draw_line(ax, run.w[j], run.b[j], color="gray", lw=0.6, alpha=0.6)
    if k > 0:
        draw_line(
            ax,
            run.w[k],
            run.b[k],
            color=COLORS[0],
            lw=2.5,
            label=f"boundary after update {k}",
        )
        flower = x[run.rows[k - 1]]  # (2,)
        ax.scatter(
            flower[0],
            flower[1],
            s=150,
            facecolors="none",
            edgecolors=COLORS[3],
            linewidths=2,
            label="the mistake",
        )
    ax.set(xlim=(-2, 8), ylim=(-2, 6), aspect="equal")
    ax.set(xlabel=names[0], ylabel=names[1])
    ax.legend(loc="lower right", fontsize=8)


def novikoff_bound(x: np.ndarray, y: np.ndarray) -> float:
    """Return (R / gamma)^2 with the largest margin gamma any (w, b) reaches."""
    return mistake_bound(radius(x), margin(x, y, *max_margin(x, y)))


def update_numbers(x: np.ndarray, y: np.ndarray, run: History, k: int) -> str:
    """Say which flower caused update k, the (w, b) after it, and the bound."""
    w, b = run.w[k], run.b[k]
    where = f", on flower {run.rows[k - 1]}" if k else " (the start)"
    return (
        f"Update {k} of {len(run.rows)}{where}: "
        f"w = [{w[0]:.1f}, {w[1]:.1f}], b = {b:.0f}. Mistakes so far: {k}; "
        f"Novikoff's bound: {novikoff_bound(x, y):.0f}."
    )
    # --8<-- [end:draw_update]
