"""Chapter 4's explorable: the measured nudge against slope * dw, as dw shrinks."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from nnmaths.ch04.explorables import (
    NUDGES,
    draw_nudged,
    measured_change,
    nudged_numbers,
    relative_gap,
)
from nnmaths.chain_rule import dC_dw, path

POINT = (0.5, 0.8, 0.1, 0.0)  # w, a_prev, b, target: the page's one path


@pytest.mark.parametrize("dw", NUDGES)
def test_every_frame_draws_both_curves_over_a_window_as_wide_as_the_nudge(dw):
    fig = Figure()
    draw_nudged(fig, *POINT, dw)
    left, right = fig.axes
    xs = left.lines[0].get_xdata()
    assert xs.min() == pytest.approx(-1.5 * dw) and xs.max() == pytest.approx(
        1.5 * dw
    )
    marked = right.lines[-1].get_xydata()[0]
    assert marked == pytest.approx([dw, relative_gap(*POINT, dw)])


def test_the_measured_change_runs_the_path_twice():
    w, a_prev, b, y = POINT
    dw = 0.01
    assert (
        measured_change(*POINT, dw)
        == path(w + dw, a_prev, b, y).C - path(w, a_prev, b, y).C
    )


def test_the_relative_gap_shrinks_in_proportion_to_the_nudge():
    gaps = np.array([relative_gap(*POINT, dw) for dw in NUDGES])
    assert (np.diff(gaps) < 0).all()
    per_dw = gaps[-4:] / np.array(NUDGES[-4:])  # for small nudges: gap ~ c dw
    assert per_dw.max() / per_dw.min() < 1.02


def test_the_numbers_quote_the_package():
    for dw in NUDGES:
        line = nudged_numbers(*POINT, dw)
        assert f"measured ΔC = {measured_change(*POINT, dw):.4e}" in line
        assert f"slope × Δw = {dC_dw(*POINT) * dw:.4e}" in line
        assert f"relative gap {relative_gap(*POINT, dw):.2%}" in line
