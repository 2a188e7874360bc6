"""The session of the Chapter 4 page, in page order: ``python -m nnmaths.ch04.page`` prints it."""

import numpy as np

from nnmaths.ch04.figures import draw_graph, draw_nudge
from nnmaths.chain_rule import cost, dC_dw, local_derivatives, path
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.opcount import multiplications
from nnmaths.three_layer import Params, backward, forward, init_params

if __name__ == "__main__":
    # --8<-- [start:one_path]
    w, a_prev, b, target = (
        0.5,
        0.8,
        0.1,
        0.0,
    )  # one weight of the last layer, and what feeds it
    z, a, C = path(w, a_prev, b, target)
    print(f"z = {z:.3f}   a = {a:.3f}   C = {C:.3f}")
    dz_dw, da_dz, dC_da = local_derivatives(w, a_prev, b, target)
    print(f"dz/dw = {dz_dw:.3f}   da/dz = {da_dz:.3f}   dC/da = {dC_da:.3f}")
    print(f"dC/dw = {dC_dw(w, a_prev, b, target):.5f}")
    # --8<-- [end:one_path]

    # --8<-- [start:graph_figure]
    from nnmaths.ch04.figures import graph_alt
    from nnmaths.figures import render

    slopes = (dz_dw, da_dz, dC_da)
    alt = graph_alt(slopes)
    print(
        render(
            lambda fig: draw_graph(fig, slopes), "graph", alt, size=(5, 3.6)
        )
    )
    # --8<-- [end:graph_figure]

    # --8<-- [start:nudge]
    slope = dC_dw(w, a_prev, b, target)
    for dw in [0.1, 0.01, 0.001]:
        measured = (
            path(w + dw, a_prev, b, target).C - path(w, a_prev, b, target).C
        )
        print(
            f"dw = {dw:<6}  measured dC = {measured:.3e}   slope * dw = {slope * dw:.3e}"
        )
    # --8<-- [end:nudge]

    # --8<-- [start:nudge_figure]
    from nnmaths.ch04.figures import nudge_alt
    from nnmaths.figures import render

    dws = np.linspace(-2, 2, 81)
    dCs = np.array([path(w + dw, a_prev, b, target).C - C for dw in dws])
    alt = nudge_alt(dws, dCs, slope)
    print(
        render(
            lambda fig: draw_nudge(fig, dws, dCs, slope),
            "nudge",
            alt,
            size=(5, 3.6),
        )
    )
    # --8<-- [end:nudge_figure]

    # --8<-- [start:nudge_explorable]
    from nnmaths.ch04.explorables import NUDGES, draw_nudged, nudged_numbers
    from nnmaths.explorable import Slider, explorable

    print(
        explorable(
            lambda fig, dw: draw_nudged(fig, w, a_prev, b, target, dw),
            lambda dw: nudged_numbers(w, a_prev, b, target, dw),
            "ch04-nudge",
            "Left: the measured change of the cost and slope times the "
            "nudge, for nudges up to the one chosen. Right: their relative "
            "gap for each nudge, on log scales.",
            Slider("Nudge Δw", NUDGES, default=0.1, text="{:g}"),
        )
    )
    # --8<-- [end:nudge_explorable]

    # --8<-- [start:counts]
    rng = np.random.default_rng(0)
    print(
        f"{'widths n1 ... nL':<26}{'forward order':>15}{'reverse order':>15}"
    )
    for widths in [(4, 4, 2), (128, 64, 10), (128, 128, 128, 128, 10)]:
        forward_count, reverse_count = multiplications(widths, rng)
        print(f"{widths!s:<26}{forward_count:>15,}{reverse_count:>15,}")
    # --8<-- [end:counts]

    # --8<-- [start:three_layers]
    rng = np.random.default_rng(4)
    p = init_params(
        rng, (3, 4, 4, 2)
    )  # n0 = 3 inputs, n1 = n2 = 4 hidden units, n3 = 2 outputs
    x = np.array([[1.0, 0.0, 0.5]])  # one example: a 1 x 3 row
    y = np.array([[0.0, 1.0]])
    f = forward(x, p)
    print("a3 =", f.a3.round(3), f"  C = {cost(f.a3, y):.3f}")
    # --8<-- [end:three_layers]

    # --8<-- [start:deltas]
    g = backward(f, y, p)
    for name in Params._fields:
        print(f"dC_d{name}: {getattr(g, name).shape}  (the shape of {name})")
    # --8<-- [end:deltas]

    # --8<-- [start:gradient_check]
    for name in Params._fields:

        def C_of(value: np.ndarray, name: str = name) -> float:
            return cost(forward(x, p._replace(**{name: value})).a3, y)

        numeric = numerical_gradient(C_of, getattr(p, name))
        print(
            f"{name}: agrees to 1e-6:",
            relative_error(getattr(g, name), numeric) < 1e-6,
        )
    # --8<-- [end:gradient_check]
