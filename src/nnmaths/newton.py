"""Newton's method for the minimum of a function of one variable."""

# --8<-- [start:imports]
from collections.abc import Callable

import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import check_numbers, check_positive


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
    check_numbers(x0=x0)
    check_curvature(d1, d2, x0, steps)
    path = [float(x0)]
    for _ in range(steps):
        x = path[-1]
        path.append(x - d1(x) / d2(x))
    return np.array(path)
    # --8<-- [end:newton]


def check_curvature(
    d1: Callable[[float], float],
    d2: Callable[[float], float],
    x0: float,
    steps: int,
) -> None:
    """Raise ``ValueError`` if a step of :func:`newton` would divide by f'' = 0.

    It walks the same path first; f' and f'' must give finite numbers, and f'' must not be 0
    at any point the path reaches.

    >>> check_curvature(lambda x: 3 * x**2, lambda x: 6 * x, 0.0, 3)  # f = x^3
    Traceback (most recent call last):
    ValueError: d2: expected f''(x) != 0 at every step, got f''(x) = 0 at x_0 = 0.0
    """
    x = float(x0)
    for t in range(steps):
        slope, curvature = d1(x), d2(x)
        check_numbers(**{f"d1(x_{t})": slope, f"d2(x_{t})": curvature})
        if curvature == 0:
            raise ValueError(
                "d2: expected f''(x) != 0 at every step, "
                f"got f''(x) = 0 at x_{t} = {x!r}"
            )
        x = x - slope / curvature
        check_numbers(**{f"x_{t + 1}": x})
