"""A three-layer network for one example, and back-propagation through it: delta3, delta2, delta1.

One example is a 1 x n row; layer l computes z_l = a_{l-1} W_l + b_l and a_l = sigma(z_l).
"""

# --8<-- [start:imports]
import itertools
from typing import NamedTuple

import numpy as np

# --8<-- [end:imports]
from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.chain_rule import cost_prime
from nnmaths.checks import check_sizes, checked


# --8<-- [start:params]
class Params(NamedTuple):
    """The weights W_l (n_{l-1}, n_l) and biases b_l (1, n_l) of layers 1 to 3."""

    W1: np.ndarray
    b1: np.ndarray
    W2: np.ndarray
    b2: np.ndarray
    W3: np.ndarray
    b3: np.ndarray


def init_params(
    rng: np.random.Generator, widths: tuple[int, int, int, int]
) -> Params:
    """Draw every weight and bias from a standard normal; ``widths`` is (n0, n1, n2, n3).

    >>> [p.shape for p in init_params(np.random.default_rng(0), (3, 4, 4, 2))]
    [(3, 4), (1, 4), (4, 4), (1, 4), (4, 2), (1, 2)]
    """
    check_sizes("widths", widths, least=4, most=4)
    shapes = []
    for n_prev, n in itertools.pairwise(widths):
        shapes += [(n_prev, n), (1, n)]
    return Params(*(rng.normal(size=shape) for shape in shapes))
    # --8<-- [end:params]


# --8<-- [start:forward]
class Forward(NamedTuple):
    """Every value of one forward pass, each a 1 x n_l row."""

    a0: np.ndarray
    z1: np.ndarray
    a1: np.ndarray
    z2: np.ndarray
    a2: np.ndarray
    z3: np.ndarray
    a3: np.ndarray


def forward(x: np.ndarray, p: Params) -> Forward:
    """Run a0 = x -> a1 -> a2 -> a3, with z_l = a_{l-1} W_l + b_l and a_l = sigma(z_l).

    >>> forward(np.zeros((1, 3)), init_params(np.random.default_rng(0), (3, 4, 4, 2))).a3.shape
    (1, 2)
    """
    check_params(p)
    x = checked("x", x, (None, p.W1.shape[0]))
    a0 = x
    z1 = a0 @ p.W1 + p.b1  # (1, n0) @ (n0, n1) -> (1, n1)
    a1 = sigmoid(z1)
    z2 = a1 @ p.W2 + p.b2  # (1, n1) @ (n1, n2) -> (1, n2)
    a2 = sigmoid(z2)
    z3 = a2 @ p.W3 + p.b3  # (1, n2) @ (n2, n3) -> (1, n3)
    a3 = sigmoid(z3)
    return Forward(a0, z1, a1, z2, a2, z3, a3)
    # --8<-- [end:forward]


# --8<-- [start:backward]
def backward(f: Forward, y: np.ndarray, p: Params) -> Params:
    """Return dC/dW_l = a_{l-1}^T delta_l and dC/db_l = delta_l, in the shapes of ``p``.

    >>> p = init_params(np.random.default_rng(0), (3, 4, 4, 2))
    >>> backward(forward(np.ones((1, 3)), p), np.zeros((1, 2)), p).W1.shape
    (3, 4)
    """
    check_params(p)
    y = checked("y", y, f.a3.shape)
    delta3 = cost_prime(f.a3, y) * sigmoid_prime(f.z3)  # (1, n3)
    # (1, n3) @ (n3, n2) -> (1, n2), then entry by entry
    delta2 = (delta3 @ p.W3.T) * sigmoid_prime(f.z2)
    # (1, n2) @ (n2, n1) -> (1, n1)
    delta1 = (delta2 @ p.W2.T) * sigmoid_prime(f.z1)
    # outer products: (n2, 1) @ (1, n3) -> (n2, n3), the shape of W3
    dC_dW3 = f.a2.T @ delta3
    dC_dW2 = f.a1.T @ delta2  # (n1, 1) @ (1, n2) -> (n1, n2)
    dC_dW1 = f.a0.T @ delta1  # (n0, 1) @ (1, n1) -> (n0, n1)
    return Params(dC_dW1, delta1, dC_dW2, delta2, dC_dW3, delta3)
    # --8<-- [end:backward]


def gradients(x: object, y: object, p: Params) -> Params:
    """Check one example ``x`` (1, n0) and its target ``y`` (1, n3), then back-propagate.

    >>> p = init_params(np.random.default_rng(0), (3, 4, 4, 2))
    >>> gradients([[1.0, 0.0, 1.0]], [[0.0, 1.0]], p).b3.shape
    (1, 2)
    >>> gradients([1.0, 0.0, 1.0], [[0.0, 1.0]], p)
    Traceback (most recent call last):
    ValueError: x: expected shape (1, 3), got shape (3,)
    """
    check_params(p)
    x = checked("x", x, (1, p.W1.shape[0]))
    y = checked("y", y, (1, p.W3.shape[1]))
    return backward(forward(x, p), y, p)


def check_params(p: Params) -> None:
    """Raise ``ValueError`` unless ``p`` holds 3 layers that chain, all finite.

    W_l is (n_{l-1}, n_l), with one row per column of W_{l-1}, and b_l is (1, n_l).

    >>> p = init_params(np.random.default_rng(0), (3, 4, 4, 2))
    >>> check_params(p._replace(b2=np.zeros((1, 3))))
    Traceback (most recent call last):
    ValueError: b2: expected shape (1, 4), got shape (1, 3)
    """
    if len(p) != len(Params._fields):
        raise ValueError(
            f"p: expected the 6 arrays {Params._fields}, got {len(p)} items"
        )
    rows = None
    for l in (1, 2, 3):
        W = checked(f"W{l}", p[2 * l - 2], (rows, None))
        checked(f"b{l}", p[2 * l - 1], (1, W.shape[1]))
        rows = W.shape[1]
