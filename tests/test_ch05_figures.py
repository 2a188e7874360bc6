import numpy as np

from nnmaths.ch05.figures import CHAIN_ALT, cost_alt, draw_chain, draw_cost
from nnmaths.figures import render


def test_the_chain_figure_draws():
    assert render(draw_chain, "chain", CHAIN_ALT).startswith("<svg")


def test_the_cost_alt_quotes_the_first_and_last_cost():
    costs = np.array([0.2628, 0.1, 0.0008])
    alt = cost_alt(costs)
    assert "0.263" in alt and "0.0008" in alt
    assert render(lambda fig: draw_cost(fig, costs), "cost", alt).startswith(
        "<svg"
    )
