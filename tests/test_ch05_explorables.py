"""Chapter 5's explorable: the 1-1-1 network on NOT after every shown step."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from nnmaths.ch05.explorables import (
    TRAINING_STEPS,
    draw_not_step,
    not_step_numbers,
)
from nnmaths.chain_rule import cost
from nnmaths.scalar_network import Weights, forward, train

XS, YS = np.array([0.0, 1.0]), np.array([1.0, 0.0])
P0 = Weights(*np.random.default_rng(0).normal(size=4))  # the page's start


def after(t):
    return train(XS, YS, P0, learning_rate=1.0, steps=t)[0]


@pytest.mark.parametrize("t", TRAINING_STEPS)
def test_every_frame_draws_the_output_curve_and_marks_the_cost(t):
    fig = Figure()
    draw_not_step(fig, XS, YS, P0, t)
    left, right = fig.axes
    curve = left.lines[0]
    assert np.allclose(
        curve.get_ydata(), forward(curve.get_xdata(), after(t)).a2
    )
    marked = right.lines[-1].get_xydata()[0]
    assert marked == pytest.approx([t, cost(forward(XS, after(t)).a2, YS)])


def test_the_curve_turns_from_rising_to_falling_as_the_cost_drops():
    slope = [np.diff(forward(XS, after(t)).a2)[0] for t in TRAINING_STEPS]
    assert slope[0] > 0 > slope[-1]
    costs = [cost(forward(XS, after(t)).a2, YS) for t in TRAINING_STEPS]
    assert (np.diff(costs) < 0).all()


def test_the_numbers_quote_the_outputs_and_the_cost():
    for t in TRAINING_STEPS:
        a2 = forward(XS, after(t)).a2
        assert not_step_numbers(XS, YS, P0, t) == (
            f"After {t} steps: a2 = {a2[0]:.3f} for input 0 (target 1), "
            f"{a2[1]:.3f} for input 1 (target 0); C = {cost(a2, YS):.4f}."
        )
