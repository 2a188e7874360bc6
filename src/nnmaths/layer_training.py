"""The general network trained on the quadratic cost: gradients, their check, and the loop."""

from typing import NamedTuple

import numpy as np

from nnmaths.activations import sigmoid_prime
from nnmaths.checks import check_positive, checked
from nnmaths.cost import cost
from nnmaths.layers import Layer, Trace, backward, forward, update


# --8<-- [start:output_error]
def output_error(trace: Trace, y: object) -> np.ndarray:
    """Return delta_L = dC/dz_L = (a_L - y) * sigma'(z_L), for C = 1/2 ||y - a_L||^2.

    ``trace`` is a forward pass with a sigmoid output; ``y`` has the shape (m, n_L) of a_L.

    >>> from nnmaths.layers import init_layers
    >>> trace = forward(np.zeros((2, 3)), init_layers(np.random.default_rng(0), (3, 1)))
    >>> output_error(trace, [[0.5], [1.0]]).tolist()
    [[0.0], [-0.125]]
    """
    a_L, z_L = trace.a[-1], trace.z[-1]
    y = checked("y", y, a_L.shape)
    return (a_L - y) * sigmoid_prime(z_L)  # (m, n_L)
    # --8<-- [end:output_error]


# --8<-- [start:layer_gradients]
def layer_gradients(x: np.ndarray, y: object, layers: list[Layer]) -> list[Layer]:
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
    check (``nnmaths.layercheck``) nudges.

    >>> from nnmaths.layers import init_layers
    >>> layers = init_layers(np.random.default_rng(0), (3, 1))
    >>> layer_cost(np.zeros((2, 3)), [[0.5], [1.0]], layers)  # a_L = sigma(0) = 0.5
    0.125
    """
    return cost(y, forward(x, layers).a[-1])
    # --8<-- [end:layer_cost]


# --8<-- [start:train_layers]
class LayerTraining(NamedTuple):
    """The trained layers and the cost before each update."""

    layers: list[Layer]
    costs: np.ndarray  # (iterations,)


def train_layers(
    x: np.ndarray, y: object, layers: list[Layer], learning_rate: float, iterations: int
) -> LayerTraining:
    """Repeat forward, backward and update ``iterations`` times, on the whole batch each time.

    >>> from nnmaths.layers import init_layers
    >>> layers = init_layers(np.random.default_rng(0), (3, 4, 1))
    >>> run = train_layers(np.ones((2, 3)), [[0], [1]], layers, 1.0, 5)
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
    return LayerTraining(layers, np.array(costs))
    # --8<-- [end:train_layers]
