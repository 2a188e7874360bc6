"""The figures of Chapter 7: a computational graph with its values, and the shapes of a layer.

Each ``draw_*`` function fills in a matplotlib Figure that it is given (see
:func:`nnmaths.figures.render`); each ``*_alt`` function describes its figure in words, with
the numbers of the run it shows.
"""

# --8<-- [start:imports]
from collections.abc import Sequence

import matplotlib as mpl
import numpy as np
from matplotlib.figure import Figure

# Okabe and Ito's colors: forward values in blue, backward gradients in vermilion.
FORWARD, BACKWARD = "#0072B2", "#D55E00"
# --8<-- [end:imports]


# --8<-- [start:draw_graph]
def _numbers(v: np.ndarray) -> str:
    """A short vector as text, two decimals, one entry per line when it is long."""
    return "\n".join(f"{x:.2f}" for x in np.ravel(v))


def draw_graph(
    fig: Figure,
    names: Sequence[str],
    values: Sequence[np.ndarray],
    grads: Sequence[np.ndarray],
) -> None:
    """Draw a chain of nodes left to right: each value below its name, its gradient above."""
    ink = mpl.rcParams["text.color"]
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_xlim(-0.6, len(names) - 0.4)
    ax.set_ylim(-2.2, 2.2)
    for i, (name, value, grad) in enumerate(zip(names, values, grads)):
        ax.annotate(
            name,
            (i, 0),
            ha="center",
            va="center",
            fontsize=13,
            bbox={"boxstyle": "round", "fc": "none", "ec": ink},
        )
        ax.annotate(
            _numbers(value), (i, -0.45), ha="center", va="top", color=FORWARD
        )
        ax.annotate(
            _numbers(grad), (i, 0.45), ha="center", va="bottom", color=BACKWARD
        )
        if i:  # forward arrow below the axis, backward arrow above it
            ax.annotate(
                "",
                (i - 0.25, -0.12),
                (i - 0.75, -0.12),
                arrowprops={"arrowstyle": "->", "color": FORWARD},
            )
            ax.annotate(
                "",
                (i - 0.75, 0.12),
                (i - 0.25, 0.12),
                arrowprops={"arrowstyle": "->", "color": BACKWARD},
            )
    ax.annotate("forward: values", (-0.55, -2.1), color=FORWARD, va="bottom")
    ax.annotate(
        "backward: gradients of C", (-0.55, 2.1), color=BACKWARD, va="top"
    )
    # --8<-- [end:draw_graph]


def graph_alt(
    names: Sequence[str],
    values: Sequence[np.ndarray],
    grads: Sequence[np.ndarray],
) -> str:
    """Describe the computational graph with the run's numbers."""
    parts = [
        f"{name} = [{', '.join(f'{x:.2f}' for x in np.ravel(v))}] with gradient "
        f"[{', '.join(f'{x:.2f}' for x in np.ravel(g))}]"
        for name, v, g in zip(names, values, grads)
    ]
    return "A chain of nodes from left to right: " + "; ".join(parts) + "."


# --8<-- [start:draw_shapes]
def draw_shapes(fig: Figure, m: int, n_in: int, n_out: int) -> None:
    """Draw a layer's two products as grids of cells: a W = z, and a^T delta = dC/dW."""
    ink = mpl.rcParams["text.color"]
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    rows = [
        [("$a_{l-1}$", m, n_in), ("$W_l$", n_in, n_out), ("$z_l$", m, n_out)],
        [
            ("$a_{l-1}^\\top$", n_in, m),
            ("$\\delta_l$", m, n_out),
            ("$\\partial C/\\partial W_l$", n_in, n_out),
        ],
    ]
    for r, row in enumerate(rows):
        x, top = 0.0, -r * (max(m, n_in) + 2.5)
        for c, (name, h, w) in enumerate(row):
            color = FORWARD if r == 0 else BACKWARD
            for i in range(h + 1):
                ax.plot([x, x + w], [top - i, top - i], color=color, lw=0.8)
            for j in range(w + 1):
                ax.plot([x + j, x + j], [top, top - h], color=color, lw=0.8)
            ax.annotate(
                f"{name}\n{h} × {w}",
                (x + w / 2, top - h - 0.3),
                ha="center",
                va="top",
            )
            if c < 2:
                ax.annotate(
                    "=" if c == 1 else "@",
                    (x + w + 0.75, top - h / 2),
                    ha="center",
                    va="center",
                    fontsize=14,
                    color=ink,
                )
            x += w + 1.5
    ax.autoscale_view()
    # --8<-- [end:draw_shapes]


def shapes_alt(m: int, n_in: int, n_out: int) -> str:
    """Describe the shape diagram in words."""
    return (
        f"Two rows of grids. Forward: a, {m} by {n_in}, times W, {n_in} by {n_out}, gives z, "
        f"{m} by {n_out}. Backward: a transposed, {n_in} by {m}, times delta, {m} by {n_out}, "
        f"gives the gradient of C with respect to W, {n_in} by {n_out}, the shape of W."
    )
