"""The session of the Chapter 5 page, in page order: ``python -m nnmaths.ch05.page`` prints it."""

import numpy as np

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.ch05.figures import draw_chain, draw_cost
from nnmaths.chain_rule import cost
from nnmaths.gradcheck import numerical_gradient
from nnmaths.scalar_network import (
    Weights,
    dC_db1,
    dC_db2,
    dC_dw1,
    dC_dw2,
    forward,
    train,
)

if __name__ == "__main__":
    # --8<-- [start:chain_figure]
    from nnmaths.ch05.figures import CHAIN_ALT
    from nnmaths.figures import render

    print(render(draw_chain, "chain", CHAIN_ALT, size=(5, 2.4)))
    # --8<-- [end:chain_figure]

    # --8<-- [start:forward_pass]
    x, y = (
        np.array(0.5),
        np.array(1.0),
    )  # one example and its target, as 0-d arrays
    p = Weights(w1=0.8, b1=0.1, w2=-1.2, b2=0.3)
    f = forward(x, p)
    print(
        f"a0 = {f.a0}  z1 = {f.z1:.4f}  a1 = {f.a1:.4f}  z2 = {f.z2:.4f}  a2 = {f.a2:.4f}"
    )
    print(f"C = {cost(f.a2, y):.4f}")
    # --8<-- [end:forward_pass]

    # --8<-- [start:steps]
    sp = sigmoid_prime
    steps = [  # (label, the step's formula, the function it differentiates, at which point)
        ("(1.1) dz2/dw2 = a1", f.a1, lambda w2: float(f.a1 * w2 + p.b2), p.w2),
        (
            "(1.2) da2/dz2 = σ'(z2)",
            sp(f.z2),
            lambda z2: float(sigmoid(z2)),
            f.z2,
        ),
        ("(1.3) dC/da2 = a2 - y", f.a2 - y, lambda a2: cost(a2, y), f.a2),
        ("(2.1) dz1/dw1 = a0", f.a0, lambda w1: float(f.a0 * w1 + p.b1), p.w1),
        (
            "(2.2) da1/dz1 = σ'(z1)",
            sp(f.z1),
            lambda z1: float(sigmoid(z1)),
            f.z1,
        ),
        (
            "(2.3) da2/da1 = σ'(z2) w2",
            sp(f.z2) * p.w2,
            lambda a1: float(sigmoid(a1 * p.w2 + p.b2)),
            f.a1,
        ),
    ]
    print(f"{'step':<27}{'formula':>9}{'numeric':>10}")
    for label, formula, g, at in steps:
        numeric = numerical_gradient(g, np.array(at))
        print(f"{label:<27}{float(formula):>9.5f}{float(numeric):>10.5f}")
    # --8<-- [end:steps]

    # --8<-- [start:results]
    def C_with(**change: float) -> float:
        return cost(forward(x, p._replace(**change)).a2, y)

    results = [
        ("(A) dC/dw2", dC_dw2(f, y), lambda w2: C_with(w2=float(w2)), p.w2),
        (
            "(B) dC/dw1",
            dC_dw1(f, y, p.w2),
            lambda w1: C_with(w1=float(w1)),
            p.w1,
        ),
        ("dC/db2", dC_db2(f, y), lambda b2: C_with(b2=float(b2)), p.b2),
        ("dC/db1", dC_db1(f, y, p.w2), lambda b1: C_with(b1=float(b1)), p.b1),
    ]
    for label, formula, C_of, at in results:
        numeric = numerical_gradient(C_of, np.array(at))
        print(f"{label:<12}{formula:>10.6f}{float(numeric):>11.6f}")
    # --8<-- [end:results]

    # --8<-- [start:training]
    xs = np.array([0.0, 1.0])  # the NOT gate: 0 -> 1 and 1 -> 0
    ys = np.array([1.0, 0.0])
    p0 = Weights(*np.random.default_rng(0).normal(size=4))
    p, costs = train(xs, ys, p0, learning_rate=1.0, steps=2000)
    print("cost at steps 0, 100, 1000, 1999:")
    print(costs[[0, 100, 1000, 1999]].round(4))
    print("a2 before training:", forward(xs, p0).a2.round(3))
    print("a2 after training: ", forward(xs, p).a2.round(3))
    # --8<-- [end:training]

    # --8<-- [start:cost_figure]
    from nnmaths.ch05.figures import cost_alt
    from nnmaths.figures import render

    print(
        render(
            lambda fig: draw_cost(fig, costs),
            "cost",
            cost_alt(costs),
            size=(5, 3.2),
        )
    )
    # --8<-- [end:cost_figure]

    # --8<-- [start:not_explorable]
    from nnmaths.ch05.explorables import (
        TRAINING_STEPS,
        draw_not_step,
        not_step_numbers,
    )
    from nnmaths.explorable import Slider, explorable

    print(
        explorable(
            lambda fig, t: draw_not_step(fig, xs, ys, p0, t),
            lambda t: not_step_numbers(xs, ys, p0, t),
            "ch05-not",
            "Left: the network's output a2 for inputs from -0.5 to 1.5, "
            "with the two targets as dots. Right: the cost over training, "
            "with the chosen step marked.",
            Slider("Training step", TRAINING_STEPS, default=200),
        )
    )
    # --8<-- [end:not_explorable]
