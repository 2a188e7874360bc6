"""The quadratic cost that training drives down."""

import numpy as np

from nnmaths.checks import checked


# --8<-- [start:cost]
def cost(y: object, a2: np.ndarray) -> float:
    """Return C = 1/2 ||y - a2||^2, summed over every example and output.

    ``y`` and ``a2`` are both (m, k).

    >>> cost([[0.0], [1.0]], np.array([[0.5], [1.0]]))
    0.125
    """
    y = checked("y", y, a2.shape)
    return float(0.5 * np.sum((y - a2) ** 2))
    # --8<-- [end:cost]
