import re

import pytest
from pages import run_page


@pytest.fixture(scope="module")
def output():
    """What ``python -m nnmaths.ch01.page`` prints: the page's outputs and its figures."""
    return run_page("01")


def test_the_page_prints_three_figures(output):
    assert output.count('<svg role="img"') == 3


@pytest.mark.parametrize(
    "line",
    [
        "row equals column: False",
        "row transposed equals column: True",
        "u . v = 8.000   (numpy's u @ v = 8.000)",
        "|u| |v| cos(theta) = 8.000",
        "1000 random pairs, every gap below 1e-12: True",
        "(what is left) . v = 0.0",
        "right: 30 of 30 leaves",
        "same decisions: True",
        "729 candidate lines",
        " AND: 10 lines separate it, the widest [ 1.   1.  -1.5]",
        " XOR:  0 lines separate it",
        "SIGNS @ [1, x_1, x_2] of the corners: [0. 0. 0.]",
        "100000 random (w_1, w_2, b), largest |balance| below 1e-12: True",
    ],
)
def test_the_page_prints(output, line):
    text = re.sub(
        r"<svg.*?</svg>", "", output, flags=re.DOTALL
    )  # the outputs, without figures
    assert line in text.splitlines()
