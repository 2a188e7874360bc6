"""The sigmoid activation and its derivative, side by side."""

# --8<-- [start:imports]
import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import check_finite


# --8<-- [start:sigmoid]
def sigmoid(z: np.ndarray) -> np.ndarray:
    """Squash every entry of ``z`` into (0, 1): sigma(z) = 1 / (1 + e^(-z)).

    Works elementwise, so the result has the shape of ``z``.

    >>> print(sigmoid(np.array([0.0])))
    [0.5]
    """
    check_finite("z", z)
    return 1 / (1 + np.exp(-z))
    # --8<-- [end:sigmoid]


# --8<-- [start:sigmoid_prime]
def sigmoid_prime(z: np.ndarray) -> np.ndarray:
    """Derivative of the sigmoid, taken at ``z``: sigma'(z) = sigma(z) (1 - sigma(z)).

    It takes the pre-activation ``z``, not the activation ``a = sigma(z)``;
    written with ``a`` it is ``a * (1 - a)``. Same shape as ``z``.

    >>> print(sigmoid_prime(np.array([0.0])))
    [0.25]
    """
    check_finite("z", z)
    s = sigmoid(z)
    return s * (1 - s)
    # --8<-- [end:sigmoid_prime]
