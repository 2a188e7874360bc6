"""The Chapter 6 page's blocks, in page order: ``python -m nnmaths.ch06.page`` replays it."""

import numpy as np

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.ch06.exercises import (
    exercise_1,
    exercise_2,
    exercise_3,
    exercise_4,
)
from nnmaths.ch06.figures import draw_cost, draw_network, draw_outputs
from nnmaths.ch06.program import main, run_chapter
from nnmaths.cost import cost
from nnmaths.data import training_set
from nnmaths.display import show
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.network import forward, gradients, init_weights

if __name__ == "__main__":
    # --8<-- [start:data]
    x, y = training_set()
    show("x:", x)
    show("y:", y)
    # --8<-- [end:data]

    # --8<-- [start:weights]
    rng = np.random.RandomState(1)  # the book's seed, without global state
    W1, W2 = init_weights(rng)
    print("W1:", W1.shape, " W2:", W2.shape)
    # --8<-- [end:weights]

    # The page shows draw_network, not this call; so the page's code needs only numpy and
    # matplotlib, and the notebook draws with pyplot instead (tools/notebooks.py).
    # --8<-- [start:network_figure]
    from nnmaths.ch06.figures import network_alt
    from nnmaths.figures import render

    alt = network_alt(W1, W2)
    print(
        render(
            lambda fig: draw_network(fig, W1, W2), "network", alt, size=(6, 3)
        )
    )
    # --8<-- [end:network_figure]

    # --8<-- [start:sigmoid_at_zero]
    z = np.array([0.0])
    print("sigmoid(0) =", sigmoid(z))
    print("sigmoid_prime(0) =", sigmoid_prime(z))
    # --8<-- [end:sigmoid_at_zero]

    # --8<-- [start:forward_pass]
    a0, z1, a1, z2, a2 = forward(x, W1, W2)
    print("z1, a1:", z1.shape, " z2, a2:", z2.shape)
    show("a2 before training:", a2)
    # --8<-- [end:forward_pass]

    # --8<-- [start:initial_cost]
    print(f"C = {cost(y, a2):.3f}")
    # --8<-- [end:initial_cost]

    # --8<-- [start:gradient_shapes]
    dC_dW1, dC_dW2 = gradients(x, y, W1, W2)
    print("dC_dW1:", dC_dW1.shape, " dC_dW2:", dC_dW2.shape)
    # --8<-- [end:gradient_shapes]

    # --8<-- [start:gradient_check]
    num_W1 = numerical_gradient(lambda W: cost(y, forward(x, W, W2).a2), W1)
    num_W2 = numerical_gradient(lambda W: cost(y, forward(x, W1, W).a2), W2)
    print(f"W1: relative error {relative_error(dC_dW1, num_W1):.1e}")
    print(f"W2: relative error {relative_error(dC_dW2, num_W2):.1e}")
    wrong = 2 * dC_dW1  # a gradient off by a factor of 2
    print(f"2 dC_dW1: relative error {relative_error(wrong, num_W1):.2f}")
    # --8<-- [end:gradient_check]

    # --8<-- [start:program]
    main()
    # --8<-- [end:program]

    # --8<-- [start:training_run]
    run, _ = run_chapter()  # the same training as main(), kept to be plotted
    print("iteration      C  outputs a2")
    for t in (1, 11, 201, 501, len(run.costs)):  # iteration t's forward pass
        outputs = " ".join(f"{v:.2f}" for v in run.outputs[t - 1].ravel())
        print(f"{t:9d}  {run.costs[t - 1]:.3f}  {outputs}")
    print("C falls at every iteration:", bool(np.all(np.diff(run.costs) < 0)))
    # --8<-- [end:training_run]

    # --8<-- [start:cost_figure]
    from nnmaths.ch06.figures import cost_alt

    print(
        render(
            lambda fig: draw_cost(fig, run.costs), "cost", cost_alt(run.costs)
        )
    )
    # --8<-- [end:cost_figure]

    # --8<-- [start:outputs_figure]
    from nnmaths.ch06.figures import outputs_alt

    alt = outputs_alt(run.outputs, y)
    print(
        render(lambda fig: draw_outputs(fig, run.outputs, y), "outputs", alt)
    )
    # --8<-- [end:outputs_figure]

    # --8<-- [start:iteration_explorable]
    # FRAMES, not ITERATIONS: the program above already names the run's length
    from nnmaths.ch06.explorables import ITERATIONS as FRAMES
    from nnmaths.ch06.explorables import draw_iteration, iteration_numbers
    from nnmaths.explorable import Slider, explorable

    print(
        explorable(
            lambda fig, t: draw_iteration(fig, run, y, t),
            lambda t: iteration_numbers(run, y, t),
            "ch06-iteration",
            "Left: the four outputs as bars, each target as a dash. Right: "
            "the cost up to the chosen iteration.",
            Slider(
                "Iteration",
                [t for t in FRAMES if t < len(run.costs)] + [len(run.costs)],
                default=300,
            ),
        )
    )
    # --8<-- [end:iteration_explorable]

    # --8<-- [start:exercise_1]
    for name, shape in exercise_1().items():
        print(f"{name}: {shape}")
    # --8<-- [end:exercise_1]

    # --8<-- [start:exercise_2]
    mean_W1, book_W1 = exercise_2()
    same = np.allclose(mean_W1, book_W1, rtol=1e-12, atol=0)
    print("the two W1 agree to 12 digits:", same)
    # --8<-- [end:exercise_2]

    # --8<-- [start:exercise_3]
    print("outputs:", exercise_3().round(2).ravel().tolist())
    # --8<-- [end:exercise_3]

    # --8<-- [start:exercise_4]
    A, B = exercise_4(x=1.0, w1=0.3, w2=-0.7, y=1.0)
    one = np.array([[1.0]])  # the same numbers as 1 x 1 matrices
    dC_dW1, dC_dW2 = gradients(one, one, 0.3 * one, -0.7 * one)
    print(f"(A) {A:.6f}   dC_dW2 {dC_dW2[0, 0]:.6f}")
    print(f"(B) {B:.6f}   dC_dW1 {dC_dW1[0, 0]:.6f}")
    # --8<-- [end:exercise_4]
