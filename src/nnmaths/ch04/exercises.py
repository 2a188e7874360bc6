"""The computed solutions of Chapter 4's exercises (tests/test_ch04_exercises.py checks them)."""

import numpy as np

from nnmaths.activations import sigmoid_prime
from nnmaths.ch04.graph import add_back, max_back, multiply_back
from nnmaths.chain_rule import path
from nnmaths.opcount import multiplications
from nnmaths.three_layer import Params, backward, forward, init_params


# --8<-- [start:dC0_dw]
def dC0_dw(w: float, a_prev: float, b: float, y: float) -> float:
    """Exercise 1: the slope of the original's cost C0 = (a - y)^2, which has no 1/2.

    dC0/da = 2 (a - y), so dC0/dw = a_prev sigma'(z) 2 (a - y), twice dC/dw.

    >>> round(dC0_dw(0.5, 0.8, 0.1, 0.0), 4)
    0.234
    """
    z, a, _ = path(w, a_prev, b, y)
    return a_prev * float(sigmoid_prime(np.array(z))) * 2 * (a - y)
    # --8<-- [end:dC0_dw]


# --8<-- [start:digit_network_counts]
def digit_network_counts() -> tuple[int, int]:
    """Exercise 2: (forward order, reverse order) multiplications for widths 784-100-100-10.

    >>> digit_network_counts()
    (102000, 11000)
    """
    return multiplications((100, 100, 10), np.random.default_rng(0))
    # --8<-- [end:digit_network_counts]


# --8<-- [start:gradient_shapes]
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
    # --8<-- [end:gradient_shapes]


# --8<-- [start:dC_dx]
def dC_dx(x: np.ndarray, y: np.ndarray, p: Params) -> np.ndarray:
    """Exercise 4: the gradient with respect to the input, dC/da0 = delta1 W1^T (1, n0).

    >>> p = init_params(np.random.default_rng(0), (3, 4, 4, 2))
    >>> dC_dx(np.ones((1, 3)), np.zeros((1, 2)), p).shape
    (1, 3)
    """
    delta1 = backward(forward(x, p), y, p).b1  # dC/db1 is delta1
    return delta1 @ p.W1.T  # (1, n1) @ (n1, n0) -> (1, n0)
    # --8<-- [end:dC_dx]


# --8<-- [start:graph_gradients]
def graph_gradients(
    x: float, y: float, u: float, v: float
) -> tuple[float, float, float, float]:
    """Exercise 5: (df/dx, df/dy, df/du, df/dv) for f = (x + y) max(u, v).

    Forward: s = x + y, m = max(u, v), f = s m. Backward from df/df = 1,
    one local rule per node.

    >>> graph_gradients(1.0, 2.0, 3.0, -1.0)
    (3.0, 3.0, 3.0, 0.0)
    """
    s, m = x + y, max(u, v)  # forward: the two inner nodes
    df_ds, df_dm = multiply_back(s, m, 1.0)  # f = s m: multiply swaps
    df_dx, df_dy = add_back(df_ds)  # s = x + y: add distributes
    df_du, df_dv = max_back(u, v, df_dm)  # m = max(u, v): max routes
    return df_dx, df_dy, df_du, df_dv
    # --8<-- [end:graph_gradients]
