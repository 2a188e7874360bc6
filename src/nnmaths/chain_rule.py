"""One path through the last layer, w -> z -> a -> C, and the chain rule along it."""

# --8<-- [start:imports]
from typing import NamedTuple

import numpy as np

# --8<-- [end:imports]
from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.checks import check_finite, check_numbers, checked


# --8<-- [start:cost]
def cost(a: np.ndarray | float, y: np.ndarray | float) -> float:
    """Return C = 1/2 (a - y)^2, summed over the entries of one example's output.

    >>> cost(0.5, 1.0)
    0.125
    """
    check_finite("a", a)
    checked("y", y, np.shape(a))
    return float(0.5 * np.sum((np.asarray(a) - y) ** 2))


def cost_prime(
    a: np.ndarray | float, y: np.ndarray | float
) -> np.ndarray | float:
    """Return dC/da = a - y: the 2 of the square cancels the 1/2 (same shape as ``a``).

    >>> cost_prime(0.5, 1.0)
    -0.5
    """
    check_finite("a", a)
    checked("y", y, np.shape(a))
    return a - y
    # --8<-- [end:cost]


# --8<-- [start:path]
class Path(NamedTuple):
    """The values along one path: z = a_prev w + b, a = sigma(z), C = 1/2 (a - y)^2."""

    z: float
    a: float
    C: float


def path(w: float, a_prev: float, b: float, y: float) -> Path:
    """Run one weight's path forward, all numbers scalars.

    >>> path(0.0, 1.0, 0.0, 1.0)
    Path(z=0.0, a=0.5, C=0.125)
    """
    check_numbers(w=w, a_prev=a_prev, b=b, y=y)
    z = a_prev * w + b
    a = float(sigmoid(np.array(z)))
    return Path(z, a, cost(a, y))
    # --8<-- [end:path]


# --8<-- [start:dC_dw]
def local_derivatives(
    w: float, a_prev: float, b: float, y: float
) -> tuple[float, float, float]:
    """Return the three local slopes (dz/dw, da/dz, dC/da) = (a_prev, sigma'(z), a - y).

    >>> local_derivatives(0.0, 1.0, 0.0, 1.0)
    (1.0, 0.25, -0.5)
    """
    check_numbers(w=w, a_prev=a_prev, b=b, y=y)
    z, a, _ = path(w, a_prev, b, y)
    return a_prev, float(sigmoid_prime(np.array(z))), float(cost_prime(a, y))


def dC_dw(w: float, a_prev: float, b: float, y: float) -> float:
    """Return dC/dw = dz/dw * da/dz * dC/da, the chain rule along the path.

    >>> dC_dw(0.0, 1.0, 0.0, 1.0)
    -0.125
    """
    check_numbers(w=w, a_prev=a_prev, b=b, y=y)
    dz_dw, da_dz, dC_da = local_derivatives(w, a_prev, b, y)
    return dz_dw * da_dz * dC_da
    # --8<-- [end:dC_dw]
