"""The figures of Chapter 4: one path as a computational graph, and the nudge measured.

Each ``draw_*`` function fills in a matplotlib Figure it is given (the site's inline SVG or a
notebook's ``plt.figure()``); each ``*_alt`` function describes its figure with the run's numbers.
"""

# --8<-- [start:imports]
import matplotlib as mpl
import numpy as np
from matplotlib.figure import Figure

# Okabe and Ito's colors, readable on a white and on a dark page.
COLORS = ["#E69F00", "#56B4E9", "#009E73", "#D55E00"]
# --8<-- [end:imports]


# --8<-- [start:draw_graph]
def draw_graph(fig: Figure, slopes: tuple[float, float, float]) -> None:
    """Draw w_l, a_{l-1}, b_l -> z_l -> a_l -> C (with y), the path's edges labeled by slope."""
    ink = mpl.rcParams["text.color"]
    ax = fig.add_subplot()
    ax.set_axis_off()
    nodes = {
        "$w_l$": (0, 2),
        "$a_{l-1}$": (0, 1),
        "$b_l$": (0, 0),
        "$z_l$": (1.5, 1),
        "$a_l$": (2.7, 1),
        "$C$": (3.9, 1),
        "$y$": (3.9, 0),
    }
    arrows = [
        ("$w_l$", "$z_l$"),
        ("$a_{l-1}$", "$z_l$"),
        ("$b_l$", "$z_l$"),
        ("$z_l$", "$a_l$"),
        ("$a_l$", "$C$"),
        ("$y$", "$C$"),
    ]
    for start, end in arrows:
        style = {
            "arrowstyle": "->",
            "color": ink,
            "shrinkA": 20,
            "shrinkB": 20,
            "lw": 1.5,
        }
        ax.annotate("", nodes[end], nodes[start], arrowprops=style)
    for name, (x, y) in nodes.items():
        color = COLORS[3] if name in ("$w_l$", "$C$") else COLORS[1]
        ax.scatter([x], [y], s=1500, color=color, zorder=2)
        ax.annotate(
            name, (x, y), ha="center", va="center", fontsize=13, zorder=3
        )
    dz_dw, da_dz, dC_da = (f"{s:.3f}" for s in slopes)
    labels = [
        (
            f"$\\partial z_l/\\partial w_l = a_{{l-1}}$\n$= {dz_dw}$",
            (0.9, 1.75),
            "left",
        ),
        (f"$\\sigma'(z_l)$\n$= {da_dz}$", (2.1, 1.3), "center"),
        (f"$a_l - y$\n$= {dC_da}$", (3.3, 1.3), "center"),
    ]
    for text, xy, ha in labels:
        ax.annotate(text, xy, ha=ha, fontsize=11, color=COLORS[2])
    ax.set_xlim(-0.4, 4.3)
    ax.set_ylim(-0.45, 2.55)
    # --8<-- [end:draw_graph]


def graph_alt(slopes: tuple[float, float, float]) -> str:
    """Describe the computational graph with the slopes it shows.

    >>> graph_alt((0.6, 0.2, -0.3))[:44]
    'A computational graph: w_l, a_(l-1) and b_l '
    """
    dz_dw, da_dz, dC_da = slopes
    return (
        "A computational graph: w_l, a_(l-1) and b_l each have an arrow into z_l; z_l has an "
        "arrow into a_l; a_l and the target y have arrows into the cost C. The arrows along the "
        f"path from w_l to C carry their local slopes: dz/dw = a_(l-1) = {dz_dw:.3f}, "
        f"da/dz = sigma'(z_l) = {da_dz:.3f} and dC/da = a_l - y = {dC_da:.3f}."
    )


# --8<-- [start:draw_nudge]
def draw_nudge(
    fig: Figure, dws: np.ndarray, dCs: np.ndarray, slope: float
) -> None:
    """Plot the measured change of the cost against the nudge, beside the line slope * dw."""
    ax = fig.add_subplot()
    ax.plot(
        dws,
        slope * dws,
        color=COLORS[1],
        lw=2,
        label="product of the slopes × Δw",
    )
    ax.plot(dws, dCs, color=COLORS[3], lw=2, ls="--", label="measured ΔC")
    ax.axhline(0, color=mpl.rcParams["text.color"], lw=0.5)
    ax.axvline(0, color=mpl.rcParams["text.color"], lw=0.5)
    ax.set_xlabel("nudge Δw")
    ax.set_ylabel("change of the cost ΔC")
    ax.legend(loc="upper left")
    # --8<-- [end:draw_nudge]


def nudge_alt(dws: np.ndarray, dCs: np.ndarray, slope: float) -> str:
    """Describe the nudge figure with its end points.

    >>> nudge_alt(np.array([-1.0, 1.0]), np.array([0.5, -0.4]), -0.45)[:40]
    'Two curves of the change of the cost aga'
    """
    return (
        f"Two curves of the change of the cost against the nudge of w, from {dws[0]:.1f} to "
        f"{dws[-1]:.1f}: the straight line slope times the nudge, with slope {slope:.3f}, and "
        f"the measured change, which runs from {dCs[0]:.3f} to {dCs[-1]:.3f}. They touch at "
        "zero and part slowly as the nudge grows."
    )
