"""The two-layer network: its weights and its forward pass."""

# --8<-- [start:imports]
from typing import NamedTuple

# --8<-- [end:imports]
import numpy as np

from nnmaths.activations import sigmoid
from nnmaths.checks import checked


# --8<-- [start:init_weights]
def init_weights(
    rng: np.random.RandomState | np.random.Generator, sizes: tuple[int, int, int] = (3, 4, 1)
) -> tuple[np.ndarray, np.ndarray]:
    """Draw ``W1`` (n, h) and then ``W2`` (h, k) uniformly from [0, 1).

    ``sizes`` is (n inputs, h hidden units, k outputs). The order of the two
    draws matters: with ``np.random.RandomState(1)`` it reproduces the book,
    which seeds numpy's global generator with 1 and draws ``W1`` first.

    >>> W1, W2 = init_weights(np.random.RandomState(1))
    >>> W1.shape, W2.shape
    ((3, 4), (4, 1))
    """
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
