"""Finite differences: the independent check of every derivative the book derives.

One central difference, nudging one entry up and down, estimates a gradient (Chapter 6),
a Jacobian (Chapter 7) and the gradient of every weight and bias of a network (Chapters 7
and 8).
"""

# --8<-- [start:imports]
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

# --8<-- [end:imports]
import numpy as np

from nnmaths.checks import (
    check_finite,
    check_indices,
    check_positive,
    checked,
)
from nnmaths.layers import Layer


# --8<-- [start:central_difference]
def central_difference(
    f: Callable[[np.ndarray], Any],
    x: np.ndarray,
    j: int | tuple[int, ...],
    eps: float,
) -> Any:
    """Return (f(x + eps e_j) - f(x - eps e_j)) / (2 eps), e_j nudging entry j of x alone.

    ``f`` returns a number or an array; the result is of that kind, the rate at which f
    moves with x_j.

    >>> round(central_difference(lambda x: float(x[0] * x[1]), np.array([2.0, 5.0]), 0, 1e-6), 6)
    5.0
    """
    x = checked("x", x, np.shape(x))
    check_entry("j", j, x.shape)
    check_positive("eps", eps)
    nudge = np.zeros_like(x, dtype=float)
    nudge[j] = eps
    return (f(x + nudge) - f(x - nudge)) / (2 * eps)
    # --8<-- [end:central_difference]


# --8<-- [start:numerical_gradient]
def numerical_gradient(
    C: Callable[[np.ndarray], float], W: np.ndarray, eps: float = 1e-6
) -> np.ndarray:
    """Estimate dC/dW entry by entry: (C(W + eps) - C(W - eps)) / (2 eps).

    Only the one entry being estimated is nudged; the result has the shape of ``W``.

    >>> print(numerical_gradient(lambda W: float(np.sum(W ** 2)), np.array([[1.0, -2.0]])))
    [[ 2. -4.]]
    """
    W = checked("W", W, np.shape(W))
    check_positive("eps", eps)
    dC_dW = np.zeros_like(W, dtype=float)
    for index in np.ndindex(W.shape):
        dC_dW[index] = central_difference(C, W, index, eps)
    return dC_dW
    # --8<-- [end:numerical_gradient]


# --8<-- [start:relative_error]
def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """Return max |analytic - numeric| / max(|analytic| + |numeric|), a scale-free gap.

    >>> relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0]))
    0.0
    """
    analytic = checked("analytic", analytic, (None,) * np.ndim(analytic))
    numeric = checked("numeric", numeric, analytic.shape)
    scale = np.max(np.abs(analytic) + np.abs(numeric))
    return float(
        np.max(np.abs(analytic - numeric)) / max(scale, np.finfo(float).tiny)
    )
    # --8<-- [end:relative_error]


# --8<-- [start:numerical_jacobian]
def numerical_jacobian(
    f: Callable[[np.ndarray], np.ndarray], x: np.ndarray, eps: float = 1e-6
) -> np.ndarray:
    """Estimate the Jacobian J[j, k] = df_j/dx_k of ``f`` at ``x``, one column at a time.

    Column k is (f(x + eps e_k) - f(x - eps e_k)) / (2 eps), where e_k is 1 in
    entry k and 0 elsewhere.

    ``x`` is a vector of n entries and ``f`` returns a vector of m entries, so
    J is (m, n): row j is the gradient of output j, column k is how every
    output responds to input k.

    >>> J = numerical_jacobian(lambda x: np.array([x[0] * x[1], 3 * x[0]]), np.array([2.0, 5.0]))
    >>> print(J.round(6))
    [[5. 2.]
     [3. 0.]]
    """
    check_positive("eps", eps)
    x = checked("x", x, (None,))

    def f_vector(v: np.ndarray) -> np.ndarray:
        return checked("f(x)", f(v), (None,))

    # Column k, (m,): how every output moves when x_k alone moves.
    columns = [central_difference(f_vector, x, k, eps) for k in range(x.size)]
    return np.stack(columns, axis=1)  # (m, n)
    # --8<-- [end:numerical_jacobian]


# --8<-- [start:numerical_layer_gradients]
def loss_with(
    loss: Callable[[list[Layer]], float],
    layers: Sequence[Layer],
    l: int,
    name: str,
    value: np.ndarray,
) -> float:
    """Return the loss with the parameter ``name`` ("W" or "b") of ``layers[l]`` set to value."""
    check_indices("l", [l], len(layers))
    changed = list(layers)
    changed[l] = changed[l]._replace(**{name: value})
    return loss(changed)


def numerical_layer_gradients(
    loss: Callable[[list[Layer]], float], layers: Sequence[Layer]
) -> list[Layer]:
    """Estimate Layer(dL/dW_l, dL/db_l) for every layer, one nudged entry at a time.

    ``loss`` maps a list of layers to a number; each estimate has its parameter's shape.

    >>> def product(layers):  # L = W b for a single 1 x 1 layer
    ...     return float(np.sum(layers[0].W * layers[0].b))
    >>> layers = [Layer(np.array([[2.0]]), np.array([[1.0]]))]
    >>> dW, db = numerical_layer_gradients(product, layers)[0]
    >>> print(dW.round(6), db.round(6))
    [[1.]] [[2.]]
    """
    check_finite_layers(layers)
    return [
        Layer(
            numerical_gradient(partial(loss_with, loss, layers, l, "W"), W),
            numerical_gradient(partial(loss_with, loss, layers, l, "b"), b),
        )
        for l, (W, b) in enumerate(layers)
    ]
    # --8<-- [end:numerical_layer_gradients]


def check_entry(name: str, j: Any, shape: tuple[int, ...]) -> None:
    """Raise ``ValueError`` unless ``j`` picks one entry of an array of ``shape``.

    >>> check_entry("j", (0, 2), (2, 3))
    >>> check_entry("j", 3, (2, 3))
    Traceback (most recent call last):
    ValueError: j: expected the index of one entry of shape (2, 3), got 3
    """
    try:
        one = np.ndim(np.broadcast_to(0.0, shape)[j]) == 0
    except (IndexError, TypeError, ValueError):
        one = False
    if not one:
        raise ValueError(
            f"{name}: expected the index of one entry of shape {shape}, got {j!r}"
        )


def check_finite_layers(layers: Sequence[Layer]) -> None:
    """Raise ``ValueError`` unless every W_l and b_l of ``layers`` is finite numbers.

    >>> check_finite_layers([Layer(np.ones((1, 1)), np.array([[np.nan]]))])
    Traceback (most recent call last):
    ValueError: b1: expected finite numbers, got NaN or inf in [[nan]]
    """
    for l, (W, b) in enumerate(layers, start=1):
        check_finite(f"W{l}", W)
        check_finite(f"b{l}", b)
