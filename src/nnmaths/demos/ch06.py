"""The demonstrations on the Chapter 6 page, in page order."""

import numpy as np

from nnmaths.backprop import gradients
from nnmaths.ch06 import main
from nnmaths.cost import cost
from nnmaths.data import training_set
from nnmaths.display import show
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.network import forward, init_weights


def data() -> tuple[np.ndarray, np.ndarray]:
    """Build and print the training set."""
    # --8<-- [start:data]
    x, y = training_set()
    show("x:", x)
    show("y:", y)
    # --8<-- [end:data]
    return x, y


def weights() -> tuple[np.ndarray, np.ndarray]:
    """Draw the book's initial weights and print their shapes."""
    # --8<-- [start:weights]
    rng = np.random.RandomState(1)  # the book's seed, without global state
    W1, W2 = init_weights(rng)
    print("W1:", W1.shape, " W2:", W2.shape)
    # --8<-- [end:weights]
    return W1, W2


def forward_pass(x: np.ndarray, W1: np.ndarray, W2: np.ndarray) -> np.ndarray:
    """Run the untrained network on the four examples."""
    # --8<-- [start:forward_pass]
    a0, z1, a1, z2, a2 = forward(x, W1, W2)
    print("a0:", a0.shape, " z1:", z1.shape, " a1:", a1.shape, " z2:", z2.shape, " a2:", a2.shape)
    show("a2 before training:", a2)
    # --8<-- [end:forward_pass]
    return a2


def initial_cost(y: np.ndarray, a2: np.ndarray) -> None:
    """Print the cost of the untrained network."""
    # --8<-- [start:initial_cost]
    print(f"C = {cost(y, a2):.3f}")
    # --8<-- [end:initial_cost]


def gradient_shapes(
    x: np.ndarray, y: np.ndarray, W1: np.ndarray, W2: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Show that each gradient has the shape of its weight matrix."""
    # --8<-- [start:gradient_shapes]
    dC_dW1, dC_dW2 = gradients(x, y, W1, W2)
    print("dC_dW1:", dC_dW1.shape, " dC_dW2:", dC_dW2.shape)
    # --8<-- [end:gradient_shapes]
    return dC_dW1, dC_dW2


def gradient_check(
    x: np.ndarray,
    y: np.ndarray,
    W1: np.ndarray,
    W2: np.ndarray,
    dC_dW1: np.ndarray,
    dC_dW2: np.ndarray,
) -> None:
    """Compare the back-propagated gradients of the block before with finite differences."""
    # --8<-- [start:gradient_check]
    numeric_W1 = numerical_gradient(lambda W: cost(y, forward(x, W, W2).a2), W1)
    numeric_W2 = numerical_gradient(lambda W: cost(y, forward(x, W1, W).a2), W2)
    print("W1 gradient agrees:", relative_error(dC_dW1, numeric_W1) < 1e-6)
    print("W2 gradient agrees:", relative_error(dC_dW2, numeric_W2) < 1e-6)
    # --8<-- [end:gradient_check]


def program() -> None:
    """Run the whole chapter program."""
    # --8<-- [start:program]
    main()
    # --8<-- [end:program]
