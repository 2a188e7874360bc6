"""Back-propagation: the gradient of the cost with respect to both weight matrices."""

import numpy as np

from nnmaths.activations import sigmoid_prime
from nnmaths.checks import checked
from nnmaths.network import ForwardPass, forward


# --8<-- [start:backward]
def backward(f: ForwardPass, y: object, W2: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (dC/dW1, dC/dW2) from a forward pass ``f`` and the targets ``y``.

    Each line is one equation of the chapter, in the same order:
    delta2 = (a2 - y) * sigma'(z2), dC/dW2 = a1^T delta2,
    delta1 = (delta2 W2^T) * sigma'(z1), dC/dW1 = a0^T delta1.
    ``W2`` must be the (h, k) matrix that produced ``f``. The gradients
    have the shapes of ``W1`` (n, h) and ``W2`` (h, k).

    >>> W1, W2 = np.ones((3, 4)), np.ones((4, 1))
    >>> dC_dW1, dC_dW2 = backward(forward(np.ones((2, 3)), W1, W2), [[0], [1]], W2)
    >>> dC_dW1.shape, dC_dW2.shape
    ((3, 4), (4, 1))
    """
    a0, z1, a1, z2, a2 = f
    y = checked("y", y, a2.shape)
    dC_da2 = a2 - y  # (m, 1)
    delta2 = dC_da2 * sigmoid_prime(z2)  # (m, 1)
    dC_dW2 = a1.T @ delta2  # (4, m) @ (m, 1) -> (4, 1)
    dC_da1 = delta2 @ W2.T  # (m, 1) @ (1, 4) -> (m, 4)
    delta1 = dC_da1 * sigmoid_prime(z1)  # (m, 4)
    dC_dW1 = a0.T @ delta1  # (3, m) @ (m, 4) -> (3, 4)
    return dC_dW1, dC_dW2
    # --8<-- [end:backward]


# --8<-- [start:gradients]
def gradients(
    x: np.ndarray, y: object, W1: np.ndarray, W2: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return (dC/dW1, dC/dW2) for inputs ``x`` (m, n) and targets ``y`` (m, k).

    >>> dC_dW1, dC_dW2 = gradients(np.ones((2, 3)), [[0], [1]], np.ones((3, 4)), np.ones((4, 1)))
    >>> dC_dW1.shape
    (3, 4)
    """
    return backward(forward(x, W1, W2), y, W2)
    # --8<-- [end:gradients]
