"""Finite differences: the independent check of every gradient the book derives."""

# --8<-- [start:imports]
from collections.abc import Callable

# --8<-- [end:imports]
import numpy as np


# --8<-- [start:numerical_gradient]
def numerical_gradient(
    C: Callable[[np.ndarray], float], W: np.ndarray, eps: float = 1e-6
) -> np.ndarray:
    """Estimate dC/dW entry by entry: (C(W + eps) - C(W - eps)) / (2 eps).

    Only the one entry being estimated is nudged; the result has the shape of ``W``.

    >>> print(numerical_gradient(lambda W: float(np.sum(W ** 2)), np.array([[1.0, -2.0]])))
    [[ 2. -4.]]
    """
    dC_dW = np.zeros_like(W, dtype=float)
    for index in np.ndindex(W.shape):
        nudge = np.zeros_like(W, dtype=float)
        nudge[index] = eps
        dC_dW[index] = (C(W + nudge) - C(W - nudge)) / (2 * eps)
    return dC_dW
    # --8<-- [end:numerical_gradient]


# --8<-- [start:relative_error]
def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """Return max |analytic - numeric| / max(|analytic| + |numeric|), a scale-free gap.

    >>> relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0]))
    0.0
    """
    scale = np.max(np.abs(analytic) + np.abs(numeric))
    return float(np.max(np.abs(analytic - numeric)) / max(scale, np.finfo(float).tiny))
    # --8<-- [end:relative_error]
