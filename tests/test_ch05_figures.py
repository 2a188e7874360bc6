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


def test_the_errors_figure_draws_and_its_alt_quotes_the_ratios():
    from nnmaths.ch05.figures import draw_errors, errors_alt

    profiles = {
        1.0: np.array([1.4e-6, 0.1, 1.0]),
        16.0: np.array([0.51, 0.9, 1.0]),
    }
    alt = errors_alt(profiles)
    assert "1.4e-06" in alt and "0.51" in alt
    svg = render(lambda fig: draw_errors(fig, profiles), "errors", alt)
    assert svg.startswith("<svg")
