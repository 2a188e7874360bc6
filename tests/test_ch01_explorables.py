"""Chapter 1's explorable: every (angle, bias) frame, and its count of leaves."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from nnmaths.ch01.explorables import (
    ANGLES,
    BIASES,
    draw_turned,
    turned_numbers,
    turned_w,
)
from nnmaths.leaves import leaves
from nnmaths.perceptron import decide

X, Y = leaves(np.random.default_rng(0))


@pytest.mark.parametrize("angle", ANGLES)
def test_every_frame_draws_the_boundary_across_w_and_rings_the_wrong_leaves(
    angle,
):
    for b in BIASES:
        fig = Figure()
        draw_turned(fig, X, Y, angle, b)
        ax = fig.axes[0]
        line = np.diff(np.array(ax.lines[0].get_xydata()), axis=0)[0]
        assert line @ turned_w(angle) == pytest.approx(0, abs=1e-9)
        ringed = ax.collections[-1].get_offsets()
        wrong = np.sum(decide(X, turned_w(angle), b) != Y)
        assert len(ringed) == wrong


def test_w_keeps_the_length_of_1_minus_1_and_turns_with_the_angle():
    for angle in ANGLES:
        w = turned_w(angle)
        assert np.hypot(*w) == pytest.approx(np.sqrt(2))
        assert np.degrees(np.arctan2(w[1], w[0])) == pytest.approx(angle)


def test_the_numbers_count_the_leaves_the_perceptron_puts_right():
    for angle in ANGLES:
        for b in BIASES:
            right = int(np.sum(decide(X, turned_w(angle), b) == Y))
            assert f": {right} of 30 leaves right." in turned_numbers(
                X, Y, angle, b
            )


def test_the_pages_weights_sort_every_leaf_and_turning_w_loses_some():
    assert turned_numbers(X, Y, -45, -0.15).endswith("30 of 30 leaves right.")
    assert "15 of 30" in turned_numbers(
        X, Y, -90, -0.15
    )  # all called diseased
    assert "15 of 30" in turned_numbers(X, Y, 0, -0.15)  # all called healthy
