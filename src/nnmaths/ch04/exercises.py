"""The computed solutions of Chapter 4's exercises (tests/test_ch04_exercises.py checks them)."""

import numpy as np

from nnmaths.activations import sigmoid_prime
from nnmaths.chain_rule import path
from nnmaths.opcount import multiplications
from nnmaths.three_layer import Params, backward, forward, init_params


def dC0_dw(w: float, a_prev: float, b: float, y: float) -> float:
    """Exercise 1: the slope of the original's cost C0 = (a - y)^2, which has no 1/2.

    dC0/da = 2 (a - y), so dC0/dw = a_prev sigma'(z) 2 (a - y), twice dC/dw.

    >>> round(dC0_dw(0.5, 0.8, 0.1, 0.0), 4)
    0.234
    """
    z, a, _ = path(w, a_prev, b, y)
    return a_prev * float(sigmoid_prime(np.array(z))) * 2 * (a - y)


def digit_network_counts() -> tuple[int, int]:
    """Exercise 2: (forward order, reverse order) multiplications for widths 784-100-100-10.

    >>> digit_network_counts()
    (102000, 11000)
    """
    return multiplications((100, 100, 10), np.random.default_rng(0))


def gradient_shapes(
    widths: tuple[int, int, int, int],
) -> dict[str, tuple[int, ...]]:
    """Exercise 3: the shape of each delta and weight gradient, for one example.

    >>> gradient_shapes((5, 3, 2, 1))["delta1"], gradient_shapes((5, 3, 2, 1))["dC_dW1"]
    ((1, 3), (5, 3))
    """
    rng = np.random.default_rng(0)
    p = init_params(rng, widths)
    x, y = rng.normal(size=(1, widths[0])), rng.normal(size=(1, widths[3]))
    g = backward(forward(x, p), y, p)
    shapes = {f"delta{l}": getattr(g, f"b{l}").shape for l in (1, 2, 3)}
    return shapes | {f"dC_dW{l}": getattr(g, f"W{l}").shape for l in (1, 2, 3)}


def dC_dx(x: np.ndarray, y: np.ndarray, p: Params) -> np.ndarray:
    """Exercise 4: the gradient with respect to the input, dC/da0 = delta1 W1^T (1, n0).

    >>> p = init_params(np.random.default_rng(0), (3, 4, 4, 2))
    >>> dC_dx(np.ones((1, 3)), np.zeros((1, 2)), p).shape
    (1, 3)
    """
    delta1 = backward(forward(x, p), y, p).b1  # dC/db1 is delta1
    return delta1 @ p.W1.T  # (1, n1) @ (n1, n0) -> (1, n0)
