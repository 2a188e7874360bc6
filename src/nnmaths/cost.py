"""The quadratic cost that training drives down, and its error at the output layer."""

import numpy as np

from nnmaths.activations import sigmoid_prime
from nnmaths.checks import checked
from nnmaths.layers import Trace


# --8<-- [start:cost]
def cost(y: object, a2: np.ndarray) -> float:
    """Return C = 1/2 ||y - a2||^2, summed over every example and output.

    ``y`` and ``a2`` are both (m, k).

    >>> cost([[0.0], [1.0]], np.array([[0.5], [1.0]]))
    0.125
    """
    a2 = checked("a2", a2, (None, None))
    y = checked("y", y, a2.shape)
    return float(0.5 * np.sum((y - a2) ** 2))
    # --8<-- [end:cost]


# --8<-- [start:output_error]
def output_error(trace: Trace, y: object) -> np.ndarray:
    """Return delta_L = dC/dz_L = (a_L - y) * sigma'(z_L), for C = 1/2 ||y - a_L||^2.

    ``trace`` is a forward pass with a sigmoid output; ``y`` has the shape (m, n_L) of a_L.

    >>> from nnmaths.layers import forward, init_layers
    >>> trace = forward(np.zeros((2, 3)), init_layers(np.random.default_rng(0), (3, 1)))
    >>> output_error(trace, [[0.5], [1.0]]).tolist()
    [[0.0], [-0.125]]
    """
    a_L, z_L = trace.a[-1], trace.z[-1]
    y = checked("y", y, a_L.shape)
    return (a_L - y) * sigmoid_prime(z_L)  # (m, n_L)
    # --8<-- [end:output_error]
