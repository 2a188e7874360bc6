"""The general network trained on the quadratic cost: its gradients, its cost, and the loop."""

from typing import NamedTuple

import numpy as np

from nnmaths.checks import check_positive
from nnmaths.cost import cost, output_error
from nnmaths.layers import Layer, backward, forward, update


# --8<-- [start:layer_gradients]
def layer_gradients(
    x: np.ndarray, y: object, layers: list[Layer]
) -> list[Layer]:
    """Return Layer(dC/dW_l, dC/db_l) for l = 1..L: a forward pass, then the backward pass.

    >>> from nnmaths.layers import init_layers
    >>> layers = init_layers(np.random.default_rng(0), (3, 4, 1))
    >>> [dW.shape for dW, db in layer_gradients(np.ones((2, 3)), [[0], [1]], layers)]
    [(3, 4), (4, 1)]
    """
    trace = forward(x, layers)
    return backward(trace, layers, output_error(trace, y))
    # --8<-- [end:layer_gradients]


# --8<-- [start:layer_cost]
def layer_cost(x: np.ndarray, y: object, layers: list[Layer]) -> float:
    """Return C = 1/2 sum (y - a_L)^2 of the network ``layers`` on the examples ``x``.

    A function of the layers alone once x and y are fixed: what the finite-difference
    check (``nnmaths.gradcheck``) nudges.

    >>> from nnmaths.layers import init_layers
    >>> layers = init_layers(np.random.default_rng(0), (3, 1))
    >>> layer_cost(np.zeros((2, 3)), [[0.5], [1.0]], layers)  # a_L = sigma(0) = 0.5
    0.125
    """
    return cost(y, forward(x, layers).a[-1])
    # --8<-- [end:layer_cost]


# --8<-- [start:train]
class Training(NamedTuple):
    """The trained layers and the cost before each update."""

    layers: list[Layer]
    costs: np.ndarray  # (iterations,)


def train(
    x: np.ndarray,
    y: object,
    layers: list[Layer],
    learning_rate: float,
    iterations: int,
) -> Training:
    """Repeat forward, backward and update ``iterations`` times, on the whole batch each time.

    >>> from nnmaths.layers import init_layers
    >>> layers = init_layers(np.random.default_rng(0), (3, 4, 1))
    >>> run = train(np.ones((2, 3)), [[0], [1]], layers, 1.0, 5)
    >>> run.costs.shape
    (5,)
    """
    check_positive("learning_rate", learning_rate)
    check_positive("iterations", iterations, whole=True)
    costs = []
    for _ in range(iterations):
        trace = forward(x, layers)
        costs.append(cost(y, trace.a[-1]))
        grads = backward(trace, layers, output_error(trace, y))
        layers = update(layers, grads, learning_rate)
    return Training(layers, np.array(costs))
    # --8<-- [end:train]
