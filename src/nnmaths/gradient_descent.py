"""Gradient descent: step against the gradient, on a function or on a regression's cost."""

# --8<-- [start:imports]
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import (
    check_finite,
    check_positive,
    check_symmetric,
    checked,
)
from nnmaths.minibatch import batches
from nnmaths.regression import mse, mse_gradient


# --8<-- [start:gradient_descent]
def gradient_descent(
    gradient: Callable[[Any], Any], x0: Any, learning_rate: float, steps: int
) -> np.ndarray:
    """Return the path x_0, ..., x_steps of x_{t+1} = x_t - eta gradient(x_t).

    ``x0`` is a number or an array, and ``gradient`` returns the same shape;
    the path has one more axis, in front, for the step.

    >>> gradient_descent(lambda x: 2 * x, 1.0, 0.25, 3)  # f(x) = x^2: halve x each step
    array([1.   , 0.5  , 0.25 , 0.125])
    """
    check_finite("x0", x0)
    checked(
        "gradient(x0)",
        gradient(np.asarray(x0, dtype=float)),
        np.asarray(x0, dtype=float).shape,
    )
    check_positive("learning_rate", learning_rate)
    check_positive("steps", steps, whole=True)
    path = [np.asarray(x0, dtype=float)]
    for _ in range(steps):
        path.append(path[-1] - learning_rate * gradient(path[-1]))
    return np.array(path)
    # --8<-- [end:gradient_descent]


# --8<-- [start:largest_stable_step]
def largest_stable_step(H: np.ndarray) -> float:
    """Return 2 / lambda_max, the learning rate above which descent on a quadratic diverges.

    Along the eigenvector of H with eigenvalue lambda, one step multiplies the distance to the
    minimum by (1 - learning_rate * lambda); its size stays below 1 only if
    learning_rate < 2 / lambda, and the largest lambda sets the tightest limit.

    >>> largest_stable_step(np.array([[4.0, 0.0], [0.0, 1.0]]))
    0.5
    """
    check_symmetric("H", H)
    check_positive(
        "the largest eigenvalue of H", float(np.linalg.eigvalsh(H).max())
    )
    return float(2 / np.linalg.eigvalsh(H).max())  # eigvalsh: H is symmetric
    # --8<-- [end:largest_stable_step]


# --8<-- [start:descent]
class Descent(NamedTuple):
    """The weights after training, and the full cost C before the first step and after each."""

    w: np.ndarray  # (n,)
    b: float
    costs: np.ndarray  # (steps + 1,)
    seen: (
        np.ndarray
    )  # (steps + 1,): how many examples the steps so far have used
    # --8<-- [end:descent]


# --8<-- [start:fit]
def fit(
    X: object,
    y: object,
    learning_rate: float,
    steps: int,
    batch_size: int,
    rng: np.random.Generator,
) -> Descent:
    """Fit y_hat = X w + b by gradient descent on C, from w = 0, b = 0, one batch per step.

    ``batch_size`` m (or more) is full-batch descent, 1 is stochastic, anything between is
    mini-batch; each pass over the data is shuffled by ``rng`` and cut into batches.

    >>> X, y = np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0])
    >>> run = fit(X, y, 0.3, 200, 3, np.random.default_rng(0))
    >>> print(run.w.round(4), round(run.b, 4))
    [2.] 1.0
    """
    X = checked("X", X, (None, None))
    y = checked("y", y, (len(X),))
    check_positive("learning_rate", learning_rate)
    check_positive("steps", steps, whole=True)
    check_positive("batch_size", batch_size, whole=True)
    return descend(X, y, learning_rate, steps, min(batch_size, len(y)), rng)
    # --8<-- [end:fit]


# --8<-- [start:descend]
def descend(
    X: np.ndarray,
    y: np.ndarray,
    learning_rate: float,
    steps: int,
    batch_size: int,
    rng: np.random.Generator,
) -> Descent:
    """The loop of :func:`fit`, on inputs it has checked."""
    X = checked("X", X, (None, None))
    y = checked("y", y, (len(X),))
    check_positive("learning_rate", learning_rate)
    check_positive("steps", steps, whole=True)
    check_positive("batch_size", batch_size, whole=True)
    w, b = np.zeros(X.shape[1]), 0.0
    costs, seen = [mse(X, y, w, b)], [0]
    while len(costs) <= steps:
        for batch in batches(
            rng, len(y), batch_size
        ):  # a fresh shuffle per pass
            dC_dw, dC_db = mse_gradient(X[batch], y[batch], w, b)
            w, b = w - learning_rate * dC_dw, b - learning_rate * dC_db
            costs.append(mse(X, y, w, b))
            seen.append(seen[-1] + len(batch))
            if len(costs) > steps:
                break
    return Descent(w, b, np.array(costs), np.array(seen))
    # --8<-- [end:descend]
