import numpy as np
import pytest
from pages import figures, run_page, without_figures

from nnmaths import leaves
from nnmaths.perceptron import decide


@pytest.fixture(scope="module")
def output():
    """What ``python -m nnmaths.ch01.page`` prints: the page's outputs and its figures."""
    return run_page("01")


def test_the_page_prints_four_figures_one_explorable(output):
    assert figures(output) == 4


@pytest.mark.parametrize(
    "line",
    [
        "row.T equals column: True",
        "u . v = 8.000",
        "|u| |v| cos(theta) = 8.000",
        "2-D, every gap below 1e-12: True",
        "10-D, largest |cos(theta)|: 0.789",
        "(left over) . v = 0.0",
        "x (30, 2)  healthy: 15  right: 30",
        "origin: -0.106",
        "same decisions: True",
        "729 candidate lines; per gate, how many",
        " AND: 10 [ 1.   1.  -1.5]",
        " XOR:  0 ",
        "SIGNS @ [1, x_1, x_2]: [0. 0. 0.]",
        "100000 random lines, |balance| < 1e-12: True",
        "distance 0.1061, nearest point [0.525 0.375]",
        "tables a line computes: 14",
        "majority: True",
    ],
)
def test_the_page_prints(output, line):
    text = without_figures(output)  # the outputs, without figures
    assert line in text.splitlines()


def test_another_spread_of_the_leaves_changes_a_printed_line(monkeypatch):
    # the page prints "right: 30" for the leaves of the chapter's settings
    x, y = leaves.leaves(np.random.default_rng(0))
    w, b = np.array([1.0, -1.0]), -0.15
    assert int(np.sum(decide(x, w, b) == y)) == 30
    monkeypatch.setattr(leaves, "SPREAD", 0.3)
    x, y = leaves.leaves(np.random.default_rng(0))
    assert int(np.sum(decide(x, w, b) == y)) < 30
