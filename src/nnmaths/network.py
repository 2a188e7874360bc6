"""The two-layer network of Chapter 6: its weights, its forward pass and its backward pass."""

# --8<-- [start:imports]
from typing import NamedTuple

# --8<-- [end:imports]
import numpy as np

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.checks import check_sizes, checked


# --8<-- [start:init_weights]
def init_weights(
    rng: np.random.RandomState | np.random.Generator,
    sizes: tuple[int, int, int] = (3, 4, 1),
) -> tuple[np.ndarray, np.ndarray]:
    """Draw ``W1`` (n, h) and then ``W2`` (h, k) uniformly from [0, 1).

    ``sizes`` is (n inputs, h hidden units, k outputs). The order of the two
    draws matters: with ``np.random.RandomState(1)`` it reproduces the book,
    which seeds numpy's global generator with 1 and draws ``W1`` first.

    >>> W1, W2 = init_weights(np.random.RandomState(1))
    >>> W1.shape, W2.shape
    ((3, 4), (4, 1))
    """
    check_sizes("sizes", sizes, least=3, most=3)
    n, h, k = sizes
    W1 = rng.random((n, h))  # (3, 4)
    W2 = rng.random((h, k))  # (4, 1)
    return W1, W2
    # --8<-- [end:init_weights]


# --8<-- [start:forward]
class ForwardPass(NamedTuple):
    """Every intermediate value of one forward pass, kept for the backward pass."""

    a0: np.ndarray  # (m, 3) the input x
    z1: np.ndarray  # (m, 4)
    a1: np.ndarray  # (m, 4)
    z2: np.ndarray  # (m, 1)
    a2: np.ndarray  # (m, 1) the output


def forward(x: np.ndarray, W1: np.ndarray, W2: np.ndarray) -> ForwardPass:
    """Run a0 -> z1 -> a1 -> z2 -> a2 with z1 = a0 W1 and z2 = a1 W2.

    ``x`` is (m, n), ``W1`` is (n, h), ``W2`` is (h, k); ``a2`` is (m, k).

    >>> W1, W2 = init_weights(np.random.RandomState(1))
    >>> f = forward(np.ones((4, 3)), W1, W2)
    >>> f.z1.shape, f.a2.shape
    ((4, 4), (4, 1))
    """
    W1 = checked("W1", W1, (None, None))
    W2 = checked("W2", W2, (W1.shape[1], None))  # one row per column of W1
    a0 = checked("x", x, (None, W1.shape[0]))
    z1 = a0 @ W1  # (m, 3) @ (3, 4) -> (m, 4)
    a1 = sigmoid(z1)  # (m, 4)
    z2 = a1 @ W2  # (m, 4) @ (4, 1) -> (m, 1)
    a2 = sigmoid(z2)  # (m, 1)
    return ForwardPass(a0, z1, a1, z2, a2)
    # --8<-- [end:forward]


# --8<-- [start:predict]
def predict(x: np.ndarray, W1: np.ndarray, W2: np.ndarray) -> np.ndarray:
    """Return the network's output ``a2`` (m, k) for the inputs ``x`` (m, n).

    >>> W1, W2 = init_weights(np.random.RandomState(1))
    >>> predict(np.ones((2, 3)), W1, W2).shape
    (2, 1)
    """
    return forward(x, W1, W2).a2
    # --8<-- [end:predict]


# --8<-- [start:backward]
def backward(
    f: ForwardPass, y: object, W2: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
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
    W2 = checked("W2", W2, (a1.shape[1], a2.shape[1]))
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
