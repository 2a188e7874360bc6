"""Chapter 1's explorable figure: turn the weight vector, move the bias, count the leaves.

Each frame is :func:`nnmaths.ch01.figures.draw_leaves` for one angle of ``w`` (its length
kept at sqrt(2), the length of [1, -1]) and one bias, with the leaves on the wrong side
ringed; :func:`turned_numbers` says how many are on their own side.
"""

# --8<-- [start:imports]
import numpy as np
from matplotlib.figure import Figure

# --8<-- [end:imports]
from nnmaths.ch01.figures import draw_leaves
from nnmaths.perceptron import decide

# --8<-- [start:draw_turned]
ANGLES = list(
    range(-90, 31, 15)
)  # degrees from the green axis; -45 is [1, -1]
BIASES = [-0.3, -0.15, 0.0, 0.15]


def turned_w(angle: float) -> np.ndarray:
    """Return w = sqrt(2) [cos angle, sin angle], the angle in degrees: shape (2,).

    >>> turned_w(-45).round(6).tolist()
    [1.0, -1.0]
    """
    theta = np.radians(angle)
    return np.sqrt(2) * np.array([np.cos(theta), np.sin(theta)])


def draw_turned(
    fig: Figure, x: np.ndarray, y: np.ndarray, angle: float, b: float
) -> None:
    """Draw the leaves, the boundary of (turned_w(angle), b) and w; ring the wrong ones."""
    w = turned_w(angle)
    draw_leaves(fig, x, y, w, b)
    wrong = x[decide(x, w, b) != y]  # (k, 2): the leaves on the wrong side
    fig.axes[0].scatter(
        wrong[:, 0],
        wrong[:, 1],
        s=160,
        facecolors="none",
        edgecolors="#CC79A7",
        linewidths=2,
        label="wrong side",
    )


def turned_numbers(
    x: np.ndarray, y: np.ndarray, angle: float, b: float
) -> str:
    """Say w, b and how many leaves the perceptron puts on their own side.

    >>> from nnmaths.leaves import leaves
    >>> x, y = leaves(np.random.default_rng(0))
    >>> turned_numbers(x, y, -45, -0.15)
    'w = [1.00, -1.00] (angle -45°), b = -0.15: 30 of 30 leaves right.'
    """
    w = turned_w(angle)
    right = int(np.sum(decide(x, w, b) == y))
    return (
        f"w = [{w[0]:.2f}, {w[1]:.2f}] (angle {angle}°), b = {b:.2f}: "
        f"{right} of {len(y)} leaves right."
    )
    # --8<-- [end:draw_turned]
