"""Chapter 6's explorable figure: the four outputs and the cost, iteration by iteration.

Each frame reads one iteration of the chapter's training run (``program.run_chapter``):
the four outputs a2 before that update, as bars beside their targets, and the cost curve
up to it.
"""

# --8<-- [start:imports]
import numpy as np
from matplotlib.figure import Figure

# --8<-- [end:imports]
from nnmaths.ch06.figures import COLORS
from nnmaths.training import Training

# --8<-- [start:draw_iteration]
ITERATIONS = [1, 10, 25, 50, 75, *range(100, 401, 50), *range(500, 1001, 100)]


def draw_iteration(fig: Figure, run: Training, y: np.ndarray, t: int) -> None:
    """Left: the outputs at iteration t against the targets; right: C up to t."""
    left, right = fig.subplots(1, 2)
    examples = np.arange(1, len(y) + 1)
    left.bar(examples, run.outputs[t - 1, :, 0], color=COLORS[: len(y)])
    left.plot(examples, y[:, 0], "_", color="gray", ms=30, mew=3)
    left.set(
        ylim=(-0.05, 1.05),
        xticks=examples,
        xlabel="example",
        ylabel="output $a_2$",
        title="bars: outputs; dashes: targets",
    )
    left.title.set_fontsize("small")
    right.plot(np.arange(1, t + 1), run.costs[:t], color=COLORS[3], lw=2)
    right.set(
        xlim=(0, len(run.costs)),
        ylim=(0, run.costs.max() * 1.05),
        xlabel="iteration",
        ylabel="cost $C$",
    )


def iteration_numbers(run: Training, y: np.ndarray, t: int) -> str:
    """Say the four outputs and the cost at iteration t."""
    outputs = ", ".join(f"{a:.3f}" for a in run.outputs[t - 1, :, 0])
    targets = ", ".join(f"{v:g}" for v in y[:, 0])
    return (
        f"Iteration {t}: outputs {outputs} (targets {targets}); "
        f"C = {run.costs[t - 1]:.4f}."
    )
    # --8<-- [end:draw_iteration]
