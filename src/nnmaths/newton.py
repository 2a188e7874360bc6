"""Newton's method for the minimum of a function of one variable."""

# --8<-- [start:imports]
from collections.abc import Callable

import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import check_positive


# --8<-- [start:newton]
def newton(
    d1: Callable[[float], float],
    d2: Callable[[float], float],
    x0: float,
    steps: int,
) -> np.ndarray:
    """Return the path x_0, ..., x_steps of x_{t+1} = x_t - f'(x_t) / f''(x_t).

    ``d1`` and ``d2`` are f' and f''. Each step jumps to the minimum of the parabola that
    matches f, f' and f'' at x_t, so it needs f'' > 0 along the way.

    >>> newton(lambda x: 2 * (x - 3), lambda x: 2.0, 10.0, 2)  # a parabola: one step
    array([10.,  3.,  3.])
    """
    check_positive("steps", steps, whole=True)
    path = [float(x0)]
    for _ in range(steps):
        x = path[-1]
        path.append(x - d1(x) / d2(x))
    return np.array(path)
    # --8<-- [end:newton]
