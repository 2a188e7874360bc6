"""The figures of Chapter 1: a projection, the leaves with their boundary, four truth tables.

Each ``draw_*`` function fills in a matplotlib Figure it is given, so the same code draws
into the site's inline SVG (:func:`nnmaths.figures.render`) and into a notebook's
``plt.figure()``. The drawing uses only numpy, matplotlib and the functions the page
defines before it; each ``*_alt`` function describes its figure with the run's numbers.
"""

# --8<-- [start:imports]
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

# Okabe and Ito's palette: readable on a light and a dark page, and by color-blind readers.
BLUE, ORANGE, GREEN, VERMILION = "#0072B2", "#E69F00", "#009E73", "#D55E00"
# --8<-- [end:imports]
from nnmaths.perceptron import boundary_direction
from nnmaths.vectors import angle, norm, projection, scalar_projection


# --8<-- [start:draw_projection]
def arrow(
    ax: Axes, start: np.ndarray, end: np.ndarray, color: str, label: str
) -> None:
    """Draw an arrow from ``start`` to ``end`` with a label just past its tip."""
    tip, tail = (end[0], end[1]), (start[0], start[1])
    ax.annotate(
        "",
        tip,
        tail,
        arrowprops={
            "arrowstyle": "-|>",
            "color": color,
            "lw": 2,
            "mutation_scale": 18,
        },
    )
    ax.annotate(
        label, tip, xytext=(4, 4), textcoords="offset points", color=color
    )


def draw_projection(fig: Figure, u: np.ndarray, v: np.ndarray) -> None:
    """Draw u and v from the origin, and the drop from u's tip onto the line of v."""
    ax = fig.add_subplot()
    origin, foot = np.zeros(2), projection(u, v)
    ax.plot(
        *np.transpose([u, foot]), ls="--", color="gray"
    )  # the perpendicular drop
    ax.plot(
        *np.transpose([origin, foot]),
        color=GREEN,
        lw=6,
        alpha=0.5,
        label="projection",
    )
    arrow(ax, origin, u, BLUE, "u")
    arrow(ax, origin, v, VERMILION, "v")
    ax.set_aspect("equal")  # so that a right angle looks like one
    ax.set_xlim(-0.2, 3.6)
    ax.set_ylim(-0.2, 2.6)
    ax.legend(loc="upper left")
    # --8<-- [end:draw_projection]


# --8<-- [start:draw_leaves]
def draw_leaves(
    fig: Figure, x: np.ndarray, y: np.ndarray, w: np.ndarray, b: float
) -> None:
    """Plot both classes of leaves, the boundary w . x + b = 0 and w, drawn from the boundary."""
    ax = fig.add_subplot()
    healthy, diseased = x[y == 1], x[y == 0]
    ax.scatter(
        healthy[:, 0],
        healthy[:, 1],
        color=GREEN,
        marker="o",
        label="healthy (y = 1)",
    )
    ax.scatter(
        diseased[:, 0],
        diseased[:, 1],
        color=VERMILION,
        marker="s",
        label="diseased (y = 0)",
    )
    center = x.mean(
        axis=0
    )  # w starts where the boundary passes the middle of the data
    start = center - (center @ w + b) / (w @ w) * w
    ends = start + np.outer(
        [-2.0, 2.0], boundary_direction(w)
    )  # two far points of the line
    ax.plot(*ends.T, ls="--", color="gray", label="boundary")
    arrow(ax, start, start + 0.15 * w / np.sqrt(w @ w), BLUE, "w")
    ax.set_aspect("equal")  # w only looks perpendicular on equal axes
    ax.set_xlim(0.1, 1.0)
    ax.set_ylim(0.0, 0.8)
    ax.set_xlabel("feature 1: green")
    ax.set_ylabel("feature 2: spots")
    fig.legend(loc="outside upper center", ncols=3, fontsize="small")
    # --8<-- [end:draw_leaves]


# --8<-- [start:draw_truth_tables]
def draw_truth_tables(
    fig: Figure,
    inputs: np.ndarray,
    gates: dict[str, np.ndarray],
    lines: dict[str, np.ndarray],
) -> None:
    """One unit square per table: filled dots for output 1, rings for 0, and a line if given."""
    for k, (name, y) in enumerate(gates.items()):
        ax = fig.add_subplot(2, 2, k + 1)
        ones, zeros = inputs[y == 1], inputs[y == 0]
        ax.scatter(ones[:, 0], ones[:, 1], s=120, color=GREEN)
        ax.scatter(
            zeros[:, 0],
            zeros[:, 1],
            s=120,
            facecolors="none",
            edgecolors=VERMILION,
        )
        if name in lines:
            w1, w2, b = lines[
                name
            ]  # the line w1 x1 + w2 x2 + b = 0, here with w2 != 0
            xs = np.array([-0.5, 1.5])
            ax.plot(xs, -(w1 * xs + b) / w2, color=BLUE)
        ax.set_title(name if name in lines else f"{name}: no line")
        ax.set_xlim(-0.4, 1.4)
        ax.set_ylim(-0.4, 1.4)
        ax.set_aspect("equal")
        ax.set_xticks([0, 1])
        ax.set_yticks([0, 1])
    # --8<-- [end:draw_truth_tables]


def line_text(w1: float, w2: float, b: float) -> str:
    """Write the line w1 x1 + w2 x2 + b = 0 as a reader would.

    >>> line_text(1.0, -1.0, -0.15)
    'x1 - x2 - 0.15 = 0'
    """
    terms = []  # (sign, term) for each nonzero coefficient; "1 x1" reads as "x1"
    for value, name in [(w1, "x1"), (w2, "x2"), (b, "")]:
        if value != 0:
            size = "" if name and abs(value) == 1 else f"{abs(value):g}"
            terms.append(
                (
                    "-" if value < 0 else "+",
                    " ".join(filter(None, [size, name])),
                )
            )
    (sign, first), rest = terms[0], terms[1:]
    return (
        (sign if sign == "-" else "")
        + first
        + "".join(f" {s} {t}" for s, t in rest)
        + " = 0"
    )


def projection_alt(u: np.ndarray, v: np.ndarray) -> str:
    """Describe the projection figure with its numbers.

    >>> projection_alt(np.array([3.0, 1.0]), np.array([2.0, 2.0]))[:40]
    'Two arrows from the origin: u = [3.0, 1.'
    """
    return (
        f"Two arrows from the origin: u = {u.tolist()} and v = {v.tolist()}, "
        f"{np.degrees(angle(u, v)):.1f} degrees apart. A dashed segment drops from the tip "
        f"of u at a right angle onto the line of v; it lands at {projection(u, v).tolist()}, "
        f"{scalar_projection(u, v):.3f} from the origin, which is |u| cos(theta) "
        f"with |u| = {norm(u):.3f}."
    )


def leaves_alt(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, correct: int
) -> str:
    """Describe the leaf figure with its numbers.

    >>> leaves_alt(np.zeros((2, 2)), np.array([1.0, 0.0]), np.array([1.0, -1.0]), -0.15, 2)[:36]
    'A scatter plot of 1 healthy leaves ('
    """
    healthy, diseased = int((y == 1).sum()), int((y == 0).sum())
    return (
        f"A scatter plot of {healthy} healthy leaves (green dots, more green and fewer spots) "
        f"and {diseased} diseased leaves (red squares). A dashed line, the boundary "
        f"{line_text(w[0], w[1], b)}, runs between them, and an arrow w = "
        f"{w.tolist()} starts on the line and points at right angles to it, toward the "
        f"healthy leaves. {correct} of {len(y)} leaves are on their own side."
    )


def truth_tables_alt(
    gates: dict[str, np.ndarray], lines: dict[str, np.ndarray]
) -> str:
    """Describe the four truth tables and the lines drawn.

    >>> truth_tables_alt({"AND": np.array([0, 0, 0, 1])}, {"AND": np.array([1, 1, -1.5])})
    'Four corners of the unit square, once per table. AND (outputs 0, 0, 0, 1): the line x1 + x2 - 1.5 = 0 separates them.'
    """
    parts = []
    for name, y in gates.items():
        outputs = ", ".join(f"{v:g}" for v in y)
        if name in lines:
            w1, w2, b = lines[name]
            line = f"the line {line_text(w1, w2, b)} separates them"
        else:
            line = "no straight line separates the ones from the zeros"
        parts.append(f"{name} (outputs {outputs}): {line}.")
    return "Four corners of the unit square, once per table. " + " ".join(
        parts
    )
