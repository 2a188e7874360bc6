"""Chapter 6's explorable: the four outputs and the cost at every shown iteration."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from nnmaths.ch06.explorables import (
    ITERATIONS,
    draw_iteration,
    iteration_numbers,
)
from nnmaths.ch06.program import run_chapter
from nnmaths.data import training_set

RUN, _ = run_chapter()
_, Y = training_set()


@pytest.mark.parametrize("t", ITERATIONS)
def test_every_frame_draws_the_outputs_then_and_the_cost_so_far(t):
    fig = Figure()
    draw_iteration(fig, RUN, Y, t)
    left, right = fig.axes
    heights = [bar.get_height() for bar in left.patches]
    assert np.allclose(heights, RUN.outputs[t - 1, :, 0])
    assert np.allclose(right.lines[0].get_ydata(), RUN.costs[:t])


def test_the_outputs_sit_near_a_half_on_the_plateau_then_part():
    plateau = RUN.outputs[199, :, 0]  # iteration 200
    assert np.abs(plateau - 0.5).max() < 0.05
    last = RUN.outputs[-1, :, 0]
    assert last[Y[:, 0] == 1].min() > 0.9 and last[Y[:, 0] == 0].max() < 0.1


def test_the_numbers_quote_the_run():
    for t in ITERATIONS:
        line = iteration_numbers(RUN, Y, t)
        outputs = ", ".join(f"{a:.3f}" for a in RUN.outputs[t - 1, :, 0])
        assert line == (
            f"Iteration {t}: outputs {outputs} (targets 0, 1, 1, 0); "
            f"C = {RUN.costs[t - 1]:.4f}."
        )
