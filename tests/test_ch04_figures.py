import numpy as np

from nnmaths.ch04.figures import draw_graph, draw_nudge, graph_alt, nudge_alt
from nnmaths.figures import render


def test_the_graph_labels_a_l_minus_1_not_a_l_minus_l():
    svg = render(
        lambda fig: draw_graph(fig, (0.8, 0.235, 0.622)),
        "graph",
        graph_alt((0.8, 0.235, 0.622)),
    )
    assert "a_{l-1}" in svg or "l-1" in svg
    assert "l-l" not in svg


def test_the_graph_alt_quotes_the_slopes():
    alt = graph_alt((0.8, 0.235, 0.622))
    assert "0.800" in alt and "0.235" in alt and "0.622" in alt


def test_the_nudge_figure_draws_and_its_alt_quotes_the_slope():
    dws = np.linspace(-2, 2, 5)
    dCs = dws * 0.1
    alt = nudge_alt(dws, dCs, 0.117)
    svg = render(lambda fig: draw_nudge(fig, dws, dCs, 0.117), "nudge", alt)
    assert "0.117" in alt and "<svg" in svg
