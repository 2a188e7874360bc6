"""Chapter 2's explorable: the boundary after every update, and Novikoff's bound."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.explorables import (
    draw_update,
    novikoff_bound,
    update_numbers,
)
from nnmaths.ch02.margin import max_margin
from nnmaths.perceptron_training import margin, radius, train

X, Y, NAMES = iris_two_species(np.random.default_rng(0), (0, 2))
RUN = train(X, Y, 1000)
UPDATES = range(len(RUN.rows) + 1)


@pytest.mark.parametrize("k", UPDATES)
def test_every_frame_draws_the_boundaries_so_far_and_rings_the_mistake(k):
    fig = Figure()
    draw_update(fig, X, Y, NAMES, RUN, k)
    ax = fig.axes[0]
    assert len(ax.lines) == k  # k - 1 faint ones and the current one
    if k:
        ringed = ax.collections[-1].get_offsets()
        assert np.allclose(ringed, [X[RUN.rows[k - 1]]])


def test_each_ringed_flower_was_a_mistake_of_the_boundary_before():
    for k in UPDATES[1:]:
        row = RUN.rows[k - 1]  # wrong side, or on it: y (x @ w + b) <= 0
        assert Y[row] * (X[row] @ RUN.w[k - 1] + RUN.b[k - 1]) <= 0


def test_the_numbers_count_the_mistakes_below_novikoffs_bound():
    bound = (radius(X) / margin(X, Y, *max_margin(X, Y))) ** 2
    assert novikoff_bound(X, Y) == pytest.approx(bound)
    for k in UPDATES:
        line = update_numbers(X, Y, RUN, k)
        assert f"Mistakes so far: {k}; Novikoff's bound: {bound:.0f}." in line
        assert f"w = [{RUN.w[k][0]:.1f}, {RUN.w[k][1]:.1f}]" in line
    assert len(RUN.rows) < bound
