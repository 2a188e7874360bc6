"""Chapter 5's explorable figure: the 1-1-1 network learning NOT, one training step at a time.

Each frame trains the network of :mod:`nnmaths.scalar_network` from the page's starting
weights for a number of steps, and draws its output a2 for every input between -0.5 and
1.5 (the two examples, 0 -> 1 and 1 -> 0, as dots) beside the cost so far.
"""

# --8<-- [start:imports]
import numpy as np
from matplotlib.figure import Figure

# --8<-- [end:imports]
from nnmaths.ch05.figures import COLORS
from nnmaths.chain_rule import cost
from nnmaths.scalar_network import Weights, forward, train

# --8<-- [start:draw_not_step]
TRAINING_STEPS = [0, 10, 25, 50, *range(100, 501, 100), 700, 1000, 1500, 2000]


def draw_not_step(
    fig: Figure, xs: np.ndarray, ys: np.ndarray, p0: Weights, t: int
) -> None:
    """Left: a2 against the input after t steps; right: the cost before each step."""
    p = train(xs, ys, p0, learning_rate=1.0, steps=t)[0] if t else p0
    _, costs = train(xs, ys, p0, learning_rate=1.0, steps=TRAINING_STEPS[-1])
    left, right = fig.subplots(1, 2)
    inputs = np.linspace(-0.5, 1.5, 41)
    left.plot(inputs, forward(inputs, p).a2, color=COLORS[1], lw=2)
    left.plot(xs, ys, "o", color=COLORS[3], ms=8, label="targets")
    left.set(ylim=(-0.05, 1.05), xlabel="input $a_0$", ylabel="output $a_2$")
    left.legend(loc="center left", fontsize="small")
    right.plot(costs, color="gray", lw=1)
    right.plot([t], [cost(forward(xs, p).a2, ys)], "o", color=COLORS[3])
    right.set(ylim=(0, None), xlabel="step", ylabel="cost $C$")


def not_step_numbers(
    xs: np.ndarray, ys: np.ndarray, p0: Weights, t: int
) -> str:
    """Say the two outputs and the cost after t steps."""
    p = train(xs, ys, p0, learning_rate=1.0, steps=t)[0] if t else p0
    a2 = forward(xs, p).a2
    return (
        f"After {t} steps: a2 = {a2[0]:.3f} for input 0 (target 1), "
        f"{a2[1]:.3f} for input 1 (target 0); C = "
        f"{cost(a2, ys):.4f}."
    )
    # --8<-- [end:draw_not_step]
