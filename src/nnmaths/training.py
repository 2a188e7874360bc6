"""Full-batch gradient descent on the two-layer network."""

from typing import NamedTuple

import numpy as np

from nnmaths.checks import check_positive
from nnmaths.cost import cost
from nnmaths.network import backward, forward


# --8<-- [start:train]
class Training(NamedTuple):
    """The trained weights and what each iteration's forward pass saw."""

    W1: np.ndarray  # (n, h)
    W2: np.ndarray  # (h, k)
    costs: np.ndarray  # (iterations,) C before each update
    outputs: np.ndarray  # (iterations, m, k) a2 before each update


def train(
    x: np.ndarray,
    y: object,
    W1: np.ndarray,
    W2: np.ndarray,
    learning_rate: float,
    iterations: int,
) -> Training:
    """Repeat W <- W - learning_rate * dC/dW for both layers, ``iterations`` times.

    Both gradients come from the same forward pass, before either update.

    >>> t = train(np.ones((2, 3)), [[0], [1]], np.ones((3, 4)), np.ones((4, 1)), 1.0, 5)
    >>> t.costs.shape, t.outputs.shape
    ((5,), (5, 2, 1))
    """
    check_positive("learning_rate", learning_rate)
    check_positive("iterations", iterations, whole=True)
    costs, outputs = [], []
    for _ in range(iterations):
        f = forward(x, W1, W2)
        costs.append(cost(y, f.a2))
        outputs.append(f.a2)
        dC_dW1, dC_dW2 = backward(f, y, W2)
        W1 = W1 - learning_rate * dC_dW1  # (3, 4)
        W2 = W2 - learning_rate * dC_dW2  # (4, 1)
    return Training(W1, W2, np.array(costs), np.array(outputs))
    # --8<-- [end:train]
