"""The session of the Chapter 5 page, in page order: ``python -m nnmaths.ch05.page`` prints it."""

import numpy as np

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.ch05.exercises import by_hand, dC_dx, layers_to_grow
from nnmaths.ch05.figures import draw_chain, draw_cost, draw_errors
from nnmaths.ch05.unstable import chain_at_zero, error_profile, error_sizes
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
    x, y = np.array(0.5), np.array(1.0)  # one example and its target
    p = Weights(w1=0.8, b1=0.1, w2=-1.2, b2=0.3)
    f = forward(x, p)
    print(f"a0 = {f.a0}  z1 = {f.z1:.4f}  a1 = {f.a1:.4f}")
    print(f"z2 = {f.z2:.4f}  a2 = {f.a2:.4f}  C = {cost(f.a2, y):.4f}")
    # --8<-- [end:forward_pass]

    # --8<-- [start:where_sigma_prime]
    print(f"{'z':<8}{'σ′(z)':>8}{'a(1-a)':>8}{'σ′(a)':>8}")
    for name, z in [("z2", f.z2), ("4.0", np.array(4.0))]:
        a = sigmoid(z)
        row = (sigmoid_prime(z), a * (1 - a), sigmoid_prime(a))
        print(f"{name:<8}" + "".join(f"{float(v):>8.4f}" for v in row))
    # --8<-- [end:where_sigma_prime]

    # --8<-- [start:steps]
    sp = sigmoid_prime
    steps = [  # (slope, its formula, the function it differentiates, at)
        ("dz2/dw2 = a1", f.a1, lambda w2: f.a1 * w2 + p.b2, p.w2),
        ("da2/dz2 = σ′(z2)", sp(f.z2), sigmoid, f.z2),
        ("dC/da2 = a2 - y", f.a2 - y, lambda a2: cost(a2, y), f.a2),
        ("dz1/dw1 = a0", f.a0, lambda w1: f.a0 * w1 + p.b1, p.w1),
        ("da1/dz1 = σ′(z1)", sp(f.z1), sigmoid, f.z1),
        (
            "da2/da1 = σ′(z2) w2",
            sp(f.z2) * p.w2,
            lambda a1: sigmoid(a1 * p.w2 + p.b2),
            f.a1,
        ),
    ]
    print(f"{'slope':<20}{'formula':>9}{'numeric':>10}")
    for label, formula, g, at in steps:
        numeric = numerical_gradient(g, np.array(at))
        print(f"{label:<20}{float(formula):>9.5f}{float(numeric):>10.5f}")
    # --8<-- [end:steps]

    # --8<-- [start:results]
    results = {  # parameter: (label, formula)
        "w2": ("(A) dC/dw2", dC_dw2(f, y)),
        "w1": ("(B) dC/dw1", dC_dw1(f, y, p.w2)),
        "b2": ("dC/db2", dC_db2(f, y)),
        "b1": ("dC/db1", dC_db1(f, y, p.w2)),
    }
    for name, (label, formula) in results.items():
        C_of = lambda v, n=name: cost(forward(x, p._replace(**{n: v})).a2, y)
        numeric = numerical_gradient(C_of, np.array(getattr(p, name)))
        print(f"{label:<12}{formula:>10.6f}{float(numeric):>11.6f}")
    # --8<-- [end:results]

    # --8<-- [start:training]
    xs = np.array([0.0, 1.0])  # the NOT gate: 0 -> 1 and 1 -> 0
    ys = np.array([1.0, 0.0])
    rng = np.random.default_rng(0)
    p0 = Weights(*rng.normal(size=4))  # w1, b1, w2, b2
    p, costs = train(xs, ys, p0, learning_rate=1.0, steps=2000)
    print("cost at steps 0, 100, 1000, 1999:")
    print(costs[[0, 100, 1000, 1999]].round(4))
    falls = bool(np.all(np.diff(costs) < 0))
    print(f"{len(costs):,} steps, the cost falls at each: {falls}")
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

    # --8<-- [start:chain_at_zero]
    a0, target = np.array([[0.5]]), np.array([[1.0]])
    print(f"{'w':<6}{'w σ′(0)':>9}{'|δ1| / |δ10|':>14}")
    for w in (2.0, 4.0, 8.0):
        sizes = error_sizes(chain_at_zero(w, 10), a0, target)
        print(f"{w:<6}{w / 4:>9.2f}{sizes[0] / sizes[-1]:>14.3g}")
    # --8<-- [end:chain_at_zero]

    # --8<-- [start:initialization]
    rng = np.random.default_rng(0)
    L, n, networks = 10, 32, 20
    print(f"{L} layers of {n} units, median of {networks} networks")
    profiles = {}
    print(f"{'scale':<8}{'median |δ1| / |δ10|':>21}")
    for scale in (1.0, 4.0, 16.0, 32.0):
        profiles[scale] = error_profile(rng, scale, L, n, networks)
        name = f"{scale:g}/√n"
        print(f"{name:<8}{profiles[scale][0]:>21.2g}")
    # --8<-- [end:initialization]

    # --8<-- [start:errors_figure]
    from nnmaths.ch05.figures import errors_alt
    from nnmaths.figures import render

    print(
        render(
            lambda fig: draw_errors(fig, profiles),
            "errors",
            errors_alt(profiles),
            size=(5, 3.4),
        )
    )
    # --8<-- [end:errors_figure]

    # --8<-- [start:exercise_1]
    f1 = forward(np.array(1.0), Weights(0.5, 0.0, -1.0, 0.0))
    print(f"a1 = {f1.a1:.4f}  z2 = {f1.z2:.4f}  a2 = {f1.a2:.4f}")
    print(f"σ′(z1) = {sp(f1.z1):.4f}   σ′(z2) = {sp(f1.z2):.4f}")
    A, B = by_hand()
    print(f"(A) = {A:.4f}   (B) = {B:.4f}")
    # --8<-- [end:exercise_1]

    # --8<-- [start:exercise_2]
    print(f"dC/dx = {dC_dx(1.0, 0.0, Weights(0.5, 0.0, -1.0, 0.0)):.4f}")
    # --8<-- [end:exercise_2]

    # --8<-- [start:exercise_3]
    print("layers for a 1000-fold growth at w = 8:", layers_to_grow(8.0, 1000))
    # --8<-- [end:exercise_3]
