"""The quadratic cost that training drives down."""

import numpy as np

from nnmaths.checks import as_matrix, check_rows


# --8<-- [start:as_targets]
def as_targets(y: object, a2: np.ndarray) -> np.ndarray:
    """Return ``y`` as a matrix with the shape (m, k) of the output ``a2``.

    >>> as_targets([[0], [1]], np.zeros((2, 1))).shape
    (2, 1)
    """
    y = as_matrix("y", y, columns=a2.shape[1])
    check_rows("y", y, a2.shape[0], "one per example in x")
    return y
    # --8<-- [end:as_targets]


# --8<-- [start:cost]
def cost(y: object, a2: np.ndarray) -> float:
    """Return C = 1/2 ||y - a2||^2, summed over every example and output.

    ``y`` and ``a2`` are both (m, k).

    >>> cost([[0.0], [1.0]], np.array([[0.5], [1.0]]))
    0.125
    """
    y = as_targets(y, a2)
    return float(0.5 * np.sum((y - a2) ** 2))
    # --8<-- [end:cost]
