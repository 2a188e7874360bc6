"""How large a step: what the descent lemma guarantees, and steps that shrink.

The descent lemma holds for every cost whose curvature is at most Lambda
everywhere; a schedule of steps that shrink lets descent settle on a kink.
"""

# --8<-- [start:imports]
from collections.abc import Callable
from typing import Any

import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import check_positive, checked


# --8<-- [start:guaranteed_drop]
def guaranteed_drop(
    gradient: object, learning_rate: float, Lambda: float
) -> float:
    """Return eta (1 - Lambda eta / 2) |grad C|^2, the least a step lowers C.

    >>> guaranteed_drop([3.0, 4.0], 0.1, 10.0)
    1.25
    """
    gradient = checked("gradient", gradient, (None,))
    check_positive("learning_rate", learning_rate)
    check_positive("Lambda", Lambda)
    eta = learning_rate
    return float(eta * (1 - Lambda * eta / 2) * (gradient @ gradient))
    # --8<-- [end:guaranteed_drop]


# --8<-- [start:scheduled_descent]
def scheduled_descent(
    gradient: Callable[[Any], Any], x0: object, learning_rates: object
) -> np.ndarray:
    """Return the path of x_{t+1} = x_t - eta_t gradient(x_t), one eta_t a step.

    >>> scheduled_descent(lambda x: 2 * x, 1.0, [0.25, 0.5])  # f(x) = x^2
    array([1. , 0.5, 0. ])
    """
    learning_rates = checked("learning_rates", learning_rates, (None,))
    check_all_positive("learning_rates", learning_rates)
    path = [np.asarray(x0, dtype=float)]
    for eta in learning_rates:
        path.append(path[-1] - eta * gradient(path[-1]))
    return np.array(path)
    # --8<-- [end:scheduled_descent]


def check_all_positive(name: str, values: np.ndarray) -> None:
    """Raise ``ValueError`` unless every entry of ``values`` is above zero."""
    if not (values > 0).all():
        raise ValueError(
            f"{name}: expected positive numbers, got {values.tolist()}"
        )
