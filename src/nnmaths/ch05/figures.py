"""The figures of Chapter 5: the 1-1-1 network as a chain, and its cost over training.

Each ``draw_*`` function fills in a matplotlib Figure it is given (the site's inline SVG or a
notebook's ``plt.figure()``); each ``*_alt`` function describes its figure with the run's numbers.
"""

# --8<-- [start:imports]
import itertools

import matplotlib as mpl
import numpy as np
from matplotlib.figure import Figure

# Okabe and Ito's colors, readable on a white and on a dark page.
COLORS = ["#E69F00", "#56B4E9", "#009E73", "#D55E00"]
# --8<-- [end:imports]


# --8<-- [start:draw_chain]
def draw_chain(fig: Figure) -> None:
    """Draw x = a0 -> (z1, a1) -> (z2, a2) -> C, the weights on the arrows, y into C."""
    ink = mpl.rcParams["text.color"]
    ax = fig.add_subplot()
    ax.set_axis_off()
    nodes = {
        "$a_0$": (0, 1),
        "$a_1$": (1.4, 1),
        "$a_2$": (2.8, 1),
        "$C$": (4, 1),
        "$y$": (4, 0),
    }
    weights = {"$a_1$": "$w_1,\\ b_1$", "$a_2$": "$w_2,\\ b_2$", "$C$": ""}
    names = list(nodes)
    for start, end in [*itertools.pairwise(names[:4]), ("$y$", "$C$")]:
        arrow = {
            "arrowstyle": "->",
            "color": ink,
            "shrinkA": 19,
            "shrinkB": 19,
            "lw": 1.5,
        }
        ax.annotate("", nodes[end], nodes[start], arrowprops=arrow)
        (x0, y0), (x1, _) = nodes[start], nodes[end]
        ax.annotate(
            weights.get(end, ""),
            ((x0 + x1) / 2, y0 + 0.15),
            ha="center",
            fontsize=13,
        )
    for name, (x, y) in nodes.items():
        color = COLORS[3] if name == "$C$" else COLORS[1]
        ax.scatter([x], [y], s=1300, color=color, zorder=2)
        ax.annotate(
            name, (x, y), ha="center", va="center", fontsize=15, zorder=3
        )
    for name, z in [("$a_1$", "$z_1$"), ("$a_2$", "$z_2$")]:
        ax.annotate(
            f"$\\sigma$({z})", (nodes[name][0], 0.45), ha="center", fontsize=12
        )
    ax.set_xlim(-0.4, 4.4)
    ax.set_ylim(-0.4, 1.6)
    # --8<-- [end:draw_chain]


CHAIN_ALT = (
    "The 1-1-1 network as a chain of circles: the input a0 has an arrow labeled w1, b1 into a1, "
    "which is sigma of z1; a1 has an arrow labeled w2, b2 into a2, which is sigma of z2; a2 and "
    "the target y have arrows into the cost C."
)


# --8<-- [start:draw_cost]
def draw_cost(fig: Figure, costs: np.ndarray) -> None:
    """Plot the cost before each step of gradient descent against the step number."""
    ax = fig.add_subplot()
    ax.plot(np.arange(len(costs)), costs, color=COLORS[3], lw=2)
    ax.set_xlabel("step")
    ax.set_ylabel("cost $C$")
    ax.set_ylim(bottom=0)
    # --8<-- [end:draw_cost]


def cost_alt(costs: np.ndarray) -> str:
    """Describe the training curve with its first and last cost.

    >>> cost_alt(np.array([0.3, 0.1, 0.05]))[:46]
    'The cost of the 1-1-1 network over 3 steps of '
    """
    return (
        f"The cost of the 1-1-1 network over {len(costs)} steps of gradient descent: it starts "
        f"at {costs[0]:.3f}, drops steeply, then flattens, ending at {costs[-1]:.4f}."
    )


# --8<-- [start:draw_errors]
def draw_errors(fig: Figure, profiles: dict[float, np.ndarray]) -> None:
    """Plot |delta_l| / |delta_L| against the layer l, one line per scale."""
    ax = fig.add_subplot()
    for color, (scale, profile) in zip(COLORS, profiles.items()):
        layers = np.arange(1, len(profile) + 1)
        ax.semilogy(
            layers,
            profile,
            "o-",
            color=color,
            lw=2,
            ms=4,
            label=f"{scale:g}/√n",
        )
    ax.axhline(1, color=mpl.rcParams["text.color"], lw=0.5)
    ax.set_xlabel("layer $l$")
    ax.set_ylabel(r"$|\delta_l|\,/\,|\delta_{10}|$")
    ax.legend(title="weight scale", fontsize=9, loc="lower right")
    # --8<-- [end:draw_errors]


def errors_alt(profiles: dict[float, np.ndarray]) -> str:
    """Describe the error profiles with the first layer's ratio per scale.

    >>> errors_alt({1.0: np.array([1e-6, 1.0])})[:40]
    'The size of the error of each layer, rel'
    """
    ends = "; ".join(
        f"scale {scale:g}/sqrt(n): {profile[0]:.2g}"
        for scale, profile in profiles.items()
    )
    return (
        "The size of the error of each layer, relative to the last layer's, "
        f"on a log scale, for {len(profiles)} weight scales; the first layer's "
        f"ratios are {ends}. The smallest scale falls steeply toward the "
        "first layer, the largest rises above 1."
    )
