"""The figures of Chapter 6: the network, its cost over training, and its outputs.

Each ``draw_*`` function fills in a matplotlib Figure that it is given, so the same code
draws into the site's inline SVG (:func:`nnmaths.figures.render`) and into a notebook's
``plt.figure()``. Each ``*_alt`` function describes its figure in words, with the numbers
of the run it shows.
"""

# --8<-- [start:imports]
import matplotlib as mpl
import numpy as np
from matplotlib.figure import Figure

# Data colors that read on a white and on a dark page alike (Okabe and Ito's palette).
COLORS = ["#E69F00", "#56B4E9", "#009E73", "#D55E00"]
# --8<-- [end:imports]


# --8<-- [start:draw_network]
def draw_network(fig: Figure, W1: np.ndarray, W2: np.ndarray) -> None:
    """Draw the layers as columns of units, joined by the weights W1 and W2."""
    ink = mpl.rcParams["text.color"]
    sizes = [W1.shape[0], W1.shape[1], W2.shape[1]]  # n, h, k
    ax = fig.add_subplot()
    ax.set_axis_off()
    # Unit j of a layer of `size` units sits at height j - (size - 1) / 2.
    heights = [np.arange(size) - (size - 1) / 2 for size in sizes]
    for layer in range(2):  # every unit joins every unit of the next layer
        for y0 in heights[layer]:
            for y1 in heights[layer + 1]:
                ax.plot(
                    [layer, layer + 1], [y0, y1], color=ink, alpha=0.35, lw=1
                )
    top = max(sizes) / 2  # the labels go above and below the tallest layer
    names = ["inputs $a_0$", "hidden $a_1$", "output $a_2$"]
    for layer, (ys, name) in enumerate(zip(heights, names)):
        ax.scatter(
            np.full(len(ys), layer), ys, s=500, color=COLORS[layer], zorder=2
        )
        ax.annotate(name, (layer, -top - 0.2), ha="center", va="top")
    for layer, W in enumerate([W1, W2]):
        label = f"$W_{layer + 1}$  ({W.shape[0]} × {W.shape[1]})"
        ax.annotate(label, (layer + 0.5, top), ha="center", color=COLORS[3])
    ax.set_ylim(-top - 0.8, top + 0.5)
    # --8<-- [end:draw_network]


# --8<-- [start:draw_cost]
def draw_cost(fig: Figure, costs: np.ndarray) -> None:
    """Plot the cost C before each update against the iteration number."""
    ax = fig.add_subplot()
    ax.plot(np.arange(1, len(costs) + 1), costs, color=COLORS[3], lw=2)
    ax.set_xlabel("iteration")
    ax.set_ylabel("cost $C$")
    ax.set_ylim(bottom=0)
    # --8<-- [end:draw_cost]


# --8<-- [start:draw_outputs]
def draw_outputs(fig: Figure, outputs: np.ndarray, y: np.ndarray) -> None:
    """Plot each example's output a2 over training, with its target as a dotted line."""
    ax = fig.add_subplot()
    steps = np.arange(1, len(outputs) + 1)
    for i, color in enumerate(COLORS[: len(y)]):
        ax.plot(
            steps,
            outputs[:, i, 0],
            color=color,
            lw=2,
            label=f"example {i + 1}",
        )
        ax.axhline(y[i, 0], color=color, ls=":", lw=1.5)
    ax.set_xlabel("iteration")
    ax.set_ylabel("output $a_2$")
    ax.set_ylim(-0.05, 1.05)
    ax.legend(loc="center right")
    # --8<-- [end:draw_outputs]


def network_alt(W1: np.ndarray, W2: np.ndarray) -> str:
    """Describe the network figure.

    >>> network_alt(np.zeros((3, 4)), np.zeros((4, 1)))[:46]
    'A 3-4-1 network: 3 inputs, 4 hidden units and '
    """
    (n, h), k = W1.shape, W2.shape[1]
    return (
        f"A {n}-{h}-{k} network: {n} inputs, {h} hidden units and {k} output, drawn as "
        f"columns of circles. Every input joins every hidden unit through W1 ({n} by {h}), "
        f"and every hidden unit joins the output through W2 ({h} by {k})."
    )


def cost_alt(costs: np.ndarray) -> str:
    """Describe the cost figure.

    >>> cost_alt(np.array([0.5, 0.25, 0.125]))
    'Line chart of the cost C over 3 iterations: it falls from 0.500 to 0.125.'
    """
    return (
        f"Line chart of the cost C over {len(costs)} iterations: "
        f"it falls from {costs[0]:.3f} to {costs[-1]:.3f}."
    )


def outputs_alt(outputs: np.ndarray, y: np.ndarray) -> str:
    """Describe the outputs figure.

    >>> outputs_alt(np.array([[[0.5]], [[0.1]]]), np.array([[0]]))
    'Line chart of the output for each of the 1 examples over 2 iterations. Example 1 (target 0) moves from 0.500 to 0.100.'
    """
    moves = [
        f"Example {i + 1} (target {y[i, 0]:g}) moves from {first:.3f} to {last:.3f}."
        for i, (first, last) in enumerate(
            zip(outputs[0, :, 0], outputs[-1, :, 0])
        )
    ]
    return (
        f"Line chart of the output for each of the {len(y)} examples over "
        f"{len(outputs)} iterations. " + " ".join(moves)
    )
