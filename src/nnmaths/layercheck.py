"""Finite-difference estimates of every weight and bias gradient of a general network."""

# --8<-- [start:imports]
from collections.abc import Callable, Sequence
from functools import partial

# --8<-- [end:imports]
import numpy as np

from nnmaths.gradcheck import numerical_gradient
from nnmaths.layers import Layer


# --8<-- [start:numerical_layer_gradients]
def loss_with(
    loss: Callable[[list[Layer]], float],
    layers: Sequence[Layer],
    l: int,
    name: str,
    value: np.ndarray,
) -> float:
    """Return the loss with the parameter ``name`` ("W" or "b") of ``layers[l]`` set to value."""
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
    return [
        Layer(
            numerical_gradient(partial(loss_with, loss, layers, l, "W"), W),
            numerical_gradient(partial(loss_with, loss, layers, l, "b"), b),
        )
        for l, (W, b) in enumerate(layers)
    ]
    # --8<-- [end:numerical_layer_gradients]
