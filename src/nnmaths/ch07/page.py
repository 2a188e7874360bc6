"""The Chapter 7 page's blocks, in page order: ``python -m nnmaths.ch07.page`` replays it."""

import itertools
from functools import partial

import numpy as np

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.ch07.exercises import (
    exercise_1,
    exercise_2,
    exercise_3,
    exercise_4,
)
from nnmaths.ch07.program import ITERATIONS, LEARNING_RATE, SEED, SIZES, main
from nnmaths.data import training_set
from nnmaths.display import show
from nnmaths.gradcheck import (
    numerical_gradient,
    numerical_jacobian,
    numerical_layer_gradients,
    relative_error,
)
from nnmaths.layer_training import layer_cost, layer_gradients
from nnmaths.layers import forward, init_layers
from nnmaths.seeds import costs_by_seed

if __name__ == "__main__":
    # --8<-- [start:sigmoid_jacobian]
    z = np.array([-1.0, 0.0, 2.0])
    J = numerical_jacobian(sigmoid, z)  # (3, 3), by finite differences
    show("J:", J)
    formula = np.diag(sigmoid_prime(z))  # diag(sigma'(z))
    print("equal:", np.allclose(J, formula, rtol=0, atol=1e-9))
    # --8<-- [end:sigmoid_jacobian]

    # --8<-- [start:layer_jacobian]
    rng = np.random.default_rng(0)
    a1 = rng.uniform(size=4)  # one example's activations in a layer of 4
    W2, b2 = rng.normal(size=(4, 2)), rng.normal(size=2)  # a layer of 2
    y = np.array([0.0, 1.0])  # the targets of the 2 outputs
    z2 = a1 @ W2 + b2  # (4,) @ (4, 2) + (2,) -> (2,)
    J = numerical_jacobian(lambda a: sigmoid(a @ W2 + b2), a1)  # da2/da1
    product = np.diag(sigmoid_prime(z2)) @ W2.T  # (2, 2) @ (2, 4)
    print("J:", J.shape, " product:", product.shape)
    print("equal:", np.allclose(J, product, rtol=0, atol=1e-9))
    # --8<-- [end:layer_jacobian]

    # --8<-- [start:vector_jacobian_product]
    a2 = sigmoid(z2)
    dC_da2 = a2 - y  # (2,): the gradient of C = 1/2 ||y - a2||^2, a row
    vjp = dC_da2 @ np.diag(sigmoid_prime(z2))  # (2,) @ (2, 2): 4 products
    delta2 = dC_da2 * sigmoid_prime(z2)  # the Hadamard form: 2 products
    show("row times diagonal Jacobian:", vjp)
    show("Hadamard product:", delta2)
    print("equal:", np.allclose(vjp, delta2, rtol=1e-15, atol=0))
    # --8<-- [end:vector_jacobian_product]

    # --8<-- [start:back_to_a1]
    dC_da1 = delta2 @ W2.T  # (2,) @ (2, 4) -> (4,)
    numeric = numerical_gradient(
        lambda a: 0.5 * np.sum((y - sigmoid(a @ W2 + b2)) ** 2), a1
    )
    print(f"relative error: {relative_error(dC_da1, numeric):.1e}")
    # --8<-- [end:back_to_a1]

    # --8<-- [start:graph_figure]
    from nnmaths.ch07.figures import draw_graph, graph_alt
    from nnmaths.figures import render

    C = 0.5 * np.sum((y - a2) ** 2)
    names = ["$a_1$", "$z_2$", "$a_2$", "$C$"]
    values = [a1, z2, a2, np.array([C])]
    grads = [dC_da1, delta2, dC_da2, np.array([1.0])]  # dC/d(each value)
    alt = graph_alt(["a1", "z2", "a2", "C"], values, grads)
    draw = partial(draw_graph, names=names, values=values, grads=grads)
    print(render(draw, "graph", alt, size=(7, 3.2)))
    # --8<-- [end:graph_figure]

    # --8<-- [start:outer_product]
    dC_dW2 = np.outer(a1, delta2)  # (4, 2): entry (j, k) is a1[j] delta2[k]
    print("dC_dW2:", dC_dW2.shape)
    rng = np.random.default_rng(1)
    a1_rows, delta2_rows = rng.normal(size=(5, 4)), rng.normal(size=(5, 2))
    summed = sum(np.outer(a1_rows[i], delta2_rows[i]) for i in range(5))
    product = a1_rows.T @ delta2_rows  # (4, 5) @ (5, 2) -> (4, 2)
    print("sum of 5 outer products:", np.allclose(product, summed))
    # --8<-- [end:outer_product]

    # --8<-- [start:shapes_figure]
    from nnmaths.ch07.figures import draw_shapes, shapes_alt

    m, n_in, n_out = 4, 3, 4  # the first layer of the network below
    draw = partial(draw_shapes, m=m, n_in=n_in, n_out=n_out)
    print(render(draw, "shapes", shapes_alt(m, n_in, n_out), size=(7, 4)))
    # --8<-- [end:shapes_figure]

    # --8<-- [start:xor_layers]
    x, y = training_set()
    layers = init_layers(
        np.random.default_rng(SEED),
        SIZES,
    )
    trace = forward(x, layers)
    print("W:", [W.shape for W, b in layers])
    print("b:", [b.shape for W, b in layers])
    print("a:", [a.shape for a in trace.a])
    print("z:", [z.shape for z in trace.z])
    # --8<-- [end:xor_layers]

    # --8<-- [start:shrinking_errors]
    rng = np.random.default_rng(0)
    deep = init_layers(rng, (20,) * 11)  # 10 sigmoid layers of 20 units
    x_one, y_one = rng.normal(size=(1, 20)), rng.uniform(size=(1, 20))
    grads = layer_gradients(x_one, y_one, deep)  # one example: db_l = delta_l
    sizes = [float(np.linalg.norm(db)) for dW, db in grads]
    print("layer  size of delta_l")
    for l in range(len(sizes), 0, -1):
        print(f"{l:5d}  {sizes[l - 1]:.2e}")
    print(f"layer 1 / layer 10: {sizes[0] / sizes[-1]:.1e}")
    # --8<-- [end:shrinking_errors]

    # --8<-- [start:deltas_explorable]
    from nnmaths.ch07.explorables import SCALES, deltas_numbers, draw_deltas
    from nnmaths.explorable import Slider, explorable

    print(
        explorable(
            lambda fig, scale: draw_deltas(fig, scale),
            lambda scale: deltas_numbers(scale),
            "ch07-deltas",
            "The size of delta in each of the 10 layers, on a log scale, "
            "for weights drawn at the chosen scale.",
            Slider(
                "Scale of the initial weights",
                SCALES,
                default=0.2,
                text="{:g}",
            ),
        )
    )
    # --8<-- [end:deltas_explorable]

    # --8<-- [start:gradient_check]
    grads = layer_gradients(x, y, layers)
    estimates = numerical_layer_gradients(partial(layer_cost, x, y), layers)
    for l, (dC, fd) in enumerate(zip(grads, estimates), start=1):
        print(f"W{l}: relative error {relative_error(dC.W, fd.W):.1e}")
        print(f"b{l}: relative error {relative_error(dC.b, fd.b):.1e}")
    # --8<-- [end:gradient_check]

    # --8<-- [start:program]
    main()
    # --8<-- [end:program]

    # --8<-- [start:seed_table]
    final = costs_by_seed(x, y, SIZES, range(100), LEARNING_RATE, ITERATIONS)
    final = final[:, -1]  # (100,): the cost after the last step
    print("C after the last step   runs")
    edges = [0, 0.01, 0.05, 0.45, np.inf]  # 0.5: every output near 1/2
    for low, high in itertools.pairwise(edges):
        runs = np.sum((final >= low) & (final < high))
        print(f"{low:>4} to {high:<4}{runs:14d}")
    rank = np.sum(final < final[SEED]) + 1
    print(f"seed {SEED}: C = {final[SEED]:.4f}, rank {rank} of 100")
    # --8<-- [end:seed_table]

    # --8<-- [start:exercise_1]
    J, W_T = exercise_1()
    print("J:", J.shape, " J = W.T:", np.allclose(J, W_T, rtol=0, atol=1e-9))
    # --8<-- [end:exercise_1]

    # --8<-- [start:exercise_2]
    jacobian_times_jacobian, row_times_jacobian = exercise_2(1000)
    print(f"Jacobian times Jacobian: {jacobian_times_jacobian:,}")
    print(f"row times Jacobian:      {row_times_jacobian:,}")
    # --8<-- [end:exercise_2]

    # --8<-- [start:exercise_3]
    numeric, formula = exercise_3(np.array([-2.0, 0.0, 0.5, 3.0]))
    same = np.allclose(numeric, formula, rtol=0, atol=1e-9)
    print("estimate = diag(1 - tanh(z)**2):", same)
    # --8<-- [end:exercise_3]

    # --8<-- [start:exercise_4]
    ratios, bounds = exercise_4()
    print("layer  ratio  bound")
    for l, (ratio, bound) in enumerate(zip(ratios, bounds), start=1):
        print(f"{l:5d}  {ratio:.3f}  {bound:.3f}")
    # --8<-- [end:exercise_4]
