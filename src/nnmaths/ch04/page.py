"""The session of the Chapter 4 page, in page order: ``python -m nnmaths.ch04.page`` prints it."""

import numpy as np

from nnmaths.activations import sigmoid_prime
from nnmaths.ch04.exercises import (
    dC0_dw,
    dC_dx,
    digit_network_counts,
    gradient_shapes,
    graph_gradients,
)
from nnmaths.ch04.figures import draw_graph, draw_nudge
from nnmaths.ch04.graph import (
    add_back,
    backprop_count,
    finite_difference_count,
    forward_count,
    max_back,
    multiply_back,
)
from nnmaths.chain_rule import cost, dC_dw, local_derivatives, path
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.opcount import multiplications
from nnmaths.three_layer import Params, backward, forward, init_params

if __name__ == "__main__":
    # --8<-- [start:one_path]
    w, a_prev, b, target = 0.5, 0.8, 0.1, 0.0  # one weight and what feeds it
    z, a, C = path(w, a_prev, b, target)
    print(f"z = {z:.3f}   a = {a:.3f}   C = {C:.3f}")
    dz_dw, da_dz, dC_da = local_derivatives(w, a_prev, b, target)
    print(f"dz/dw = {dz_dw:.3f}  da/dz = {da_dz:.3f}  dC/da = {dC_da:.3f}")
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
    print(f"{'dw':<7}{'measured dC':>14}{'slope * dw':>14}")
    for dw in [0.1, 0.01, 0.001]:
        dC = path(w + dw, a_prev, b, target).C - C
        print(f"{dw:<7}{dC:>14.3e}{slope * dw:>14.3e}")
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
    print(f"{'widths':<19}{'forward':>10}{'reverse':>8}{'ratio':>7}")
    for widths in [(4, 4, 2), (128, 64, 10), (128, 128, 128, 128, 10)]:
        fwd, rev = multiplications(widths, rng)
        name = "-".join(map(str, widths))
        print(f"{name:<19}{fwd:>10,}{rev:>8,}{fwd / rev:>7.1f}")
    # --8<-- [end:counts]

    # --8<-- [start:speed]
    print(f"{'layers':<11}{'weights':>8}{'backprop':>10}{'FD/backprop':>13}")
    for sizes in [(2, 3, 1), (4, 8, 8, 2), (64, 32, 10), (784, 100, 10)]:
        weights, bp = forward_count(sizes), backprop_count(sizes)
        ratio = finite_difference_count(sizes) / bp
        name = "-".join(map(str, sizes))
        print(f"{name:<11}{weights:>8,}{bp:>10,}{ratio:>13,.0f}")
    # --8<-- [end:speed]

    # --8<-- [start:three_layers]
    rng = np.random.default_rng(4)
    p = init_params(rng, (3, 4, 4, 2))  # n0 = 3, n1 = n2 = 4, n3 = 2
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

    # --8<-- [start:local_rules]
    dC_dz = sigmoid_prime(np.array(z)).item() * (a - target)  # sigma node
    dC_db, dC_dprod = add_back(dC_dz)  # z = prod + b
    dC_da_prev, dC_dw_rule = multiply_back(a_prev, w, dC_dprod)
    print(f"dC/dz = {dC_dz:.5f}   dC/db = {dC_db:.5f}")
    print(f"dC/dw = {dC_dw_rule:.5f}   dC/da_prev = {dC_da_prev:.5f}")
    print("ReLU max(z, 0) routes:", max_back(z, 0.0, 1.0))
    # --8<-- [end:local_rules]

    # --8<-- [start:gradient_check]
    for name in Params._fields:

        def C_of(value: np.ndarray, name: str = name) -> float:
            return cost(forward(x, p._replace(**{name: value})).a3, y)

        numeric = numerical_gradient(C_of, getattr(p, name))
        error = relative_error(getattr(g, name), numeric)
        print(f"{name}: agrees to 1e-6:", error < 1e-6)
    # --8<-- [end:gradient_check]

    # --8<-- [start:exercise_1]
    print(f"dC0/dw = {dC0_dw(w, a_prev, b, target):.4f}")
    print(f"dC/dw  = {dC_dw(w, a_prev, b, target):.4f}")
    # --8<-- [end:exercise_1]

    # --8<-- [start:exercise_2]
    forward_order_count, reverse_order_count = digit_network_counts()
    print(f"forward order: {forward_order_count:,}")
    print(f"reverse order: {reverse_order_count:,}")
    # --8<-- [end:exercise_2]

    # --8<-- [start:exercise_3]
    for name, shape in gradient_shapes((5, 3, 2, 1)).items():
        print(f"{name}: {shape}")
    # --8<-- [end:exercise_3]

    # --8<-- [start:exercise_4]
    print("dC/dx =", dC_dx(x, y, p).round(4))
    # --8<-- [end:exercise_4]

    # --8<-- [start:exercise_5]
    df_dx, df_dy, df_du, df_dv = graph_gradients(1.0, 2.0, 3.0, -1.0)
    print(f"df/dx = {df_dx}  df/dy = {df_dy}")
    print(f"df/du = {df_du}  df/dv = {df_dv}")
    # --8<-- [end:exercise_5]
