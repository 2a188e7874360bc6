import numpy as np
import pytest
from matplotlib.figure import Figure

from nnmaths.ch01.figures import (
    draw_leaves,
    draw_projection,
    draw_truth_tables,
    leaves_alt,
    line_text,
    projection_alt,
    truth_tables_alt,
)
from nnmaths.figures import render
from nnmaths.leaves import leaves
from nnmaths.separability import GATES, INPUTS

W, B = np.array([1.0, -1.0]), -0.15


def leaf_figure():
    fig = Figure()
    x, y = leaves(np.random.default_rng(0))
    draw_leaves(fig, x, y, W, B)
    return fig.axes[0]


def test_the_leaf_figure_draws_w_perpendicular_to_the_boundary():
    ax = leaf_figure()
    boundary = np.array(
        ax.lines[0].get_xydata()
    )  # the dashed line: two points
    along = boundary[1] - boundary[0]
    arrow = next(a for a in ax.texts if a.arrow_patch is not None)
    drawn_w = np.array(arrow.xy) - np.array(arrow.xyann)  # tip minus tail
    assert drawn_w @ along == pytest.approx(0.0, abs=1e-12)
    assert drawn_w @ W > 0  # it points the way of w, not against it


def test_the_leaf_figure_starts_w_on_the_boundary():
    ax = leaf_figure()
    arrow = next(a for a in ax.texts if a.arrow_patch is not None)
    tail = np.array(arrow.xyann)
    assert tail @ W + B == pytest.approx(0.0, abs=1e-12)


def test_the_leaf_figure_has_equal_axes_so_right_angles_look_right():
    assert leaf_figure().get_aspect() == 1.0


def test_the_truth_tables_draw_a_line_only_where_one_is_given():
    fig = Figure()
    lines = {"AND": np.array([1.0, 1.0, -1.5])}
    draw_truth_tables(fig, INPUTS, GATES, lines)
    drawn = {ax.get_title(): len(ax.lines) for ax in fig.axes}
    assert drawn == {
        "AND": 1,
        "OR: no line": 0,
        "XOR: no line": 0,
        "XNOR: no line": 0,
    }


def test_the_projection_figure_renders_with_its_alt_text():
    u, v = np.array([3.0, 1.0]), np.array([2.0, 2.0])
    alt = projection_alt(u, v)
    svg = render(lambda fig: draw_projection(fig, u, v), "projection", alt)
    assert "26.6 degrees" in alt and "[2.0, 2.0]" in alt and "2.828" in alt
    assert f'aria-label="{alt}"' in svg


def test_the_alt_texts_quote_the_run():
    x, y = leaves(np.random.default_rng(0))
    alt = leaves_alt(x, y, W, B, 30)
    assert "15 healthy" in alt and "15 diseased" in alt and "30 of 30" in alt
    assert "x1 - x2 - 0.15 = 0" in alt
    tables = truth_tables_alt(GATES, {"OR": np.array([1.0, 1.0, -0.5])})
    assert (
        "x1 + x2 - 0.5 = 0" in tables and tables.count("no straight line") == 3
    )


@pytest.mark.parametrize(
    ("coefficients", "text"),
    [
        ((1.0, -1.0, -0.15), "x1 - x2 - 0.15 = 0"),
        ((-1.0, -1.0, 1.5), "-x1 - x2 + 1.5 = 0"),
        ((2.0, 0.5, 0.0), "2 x1 + 0.5 x2 = 0"),
        ((0.0, 1.0, -1.0), "x2 - 1 = 0"),
    ],
)
def test_line_text_reads_as_written_by_hand(coefficients, text):
    assert line_text(*coefficients) == text
