"""The 1-1-1 network, one sigmoid neuron per layer, and its derivatives (A) and (B).

Every quantity is a number, or an array of one number per example with the same equations
applied entry by entry; the cost, and so every derivative, is summed over the examples.
"""

# --8<-- [start:imports]
from typing import NamedTuple

import numpy as np

# --8<-- [end:imports]
from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.chain_rule import cost, cost_prime
from nnmaths.checks import (
    check_count,
    check_numbers,
    check_positive,
    checked,
)


# --8<-- [start:forward]
class Weights(NamedTuple):
    """The four parameters: z1 = a0 w1 + b1 and z2 = a1 w2 + b2."""

    w1: float
    b1: float
    w2: float
    b2: float


class ScalarPass(NamedTuple):
    """The values of one forward pass, a0 = x -> z1 -> a1 -> z2 -> a2."""

    a0: np.ndarray
    z1: np.ndarray
    a1: np.ndarray
    z2: np.ndarray
    a2: np.ndarray


def forward(x: np.ndarray, p: Weights) -> ScalarPass:
    """Run a1 = sigma(a0 w1 + b1), a2 = sigma(a1 w2 + b2) for each entry of ``x``.

    >>> forward(np.array([0.0]), Weights(1.0, 0.0, 1.0, 0.0)).a1
    array([0.5])
    """
    x = checked("x", x, np.shape(x))
    checked("p", p, (4,))
    a0 = x
    z1 = a0 * p.w1 + p.b1
    a1 = sigmoid(z1)
    z2 = a1 * p.w2 + p.b2
    a2 = sigmoid(z2)
    return ScalarPass(a0, z1, a1, z2, a2)
    # --8<-- [end:forward]


# --8<-- [start:result_A]
def dC_dw2(f: ScalarPass, y: np.ndarray) -> float:
    """(A): dC/dw2 = a1 sigma'(z2) (a2 - y), summed over the examples.

    >>> dC_dw2(forward(np.array([0.0]), Weights(0.0, 0.0, 0.0, 0.0)), np.array([1.0]))
    -0.0625
    """
    checked("y", y, np.shape(f.a2))
    return float(np.sum(f.a1 * sigmoid_prime(f.z2) * cost_prime(f.a2, y)))
    # --8<-- [end:result_A]


# --8<-- [start:result_B]
def dC_dw1(f: ScalarPass, y: np.ndarray, w2: float) -> float:
    """(B): dC/dw1 = a0 sigma'(z1) (a2 - y) sigma'(z2) w2, summed over the examples.

    >>> f = forward(np.array([1.0]), Weights(0.0, 0.0, 1.0, 0.0))
    >>> round(dC_dw1(f, np.array([1.0]), 1.0), 4)
    -0.0222
    """
    checked("y", y, np.shape(f.a2))
    check_numbers(w2=w2)
    return float(
        np.sum(
            f.a0
            * sigmoid_prime(f.z1)
            * cost_prime(f.a2, y)
            * sigmoid_prime(f.z2)
            * w2
        )
    )
    # --8<-- [end:result_B]


# --8<-- [start:biases]
def dC_db2(f: ScalarPass, y: np.ndarray) -> float:
    """dC/db2 = sigma'(z2) (a2 - y): (A) with dz2/db2 = 1 in place of a1.

    >>> dC_db2(forward(np.array([0.0]), Weights(0.0, 0.0, 0.0, 0.0)), np.array([1.0]))
    -0.125
    """
    checked("y", y, np.shape(f.a2))
    return float(np.sum(sigmoid_prime(f.z2) * cost_prime(f.a2, y)))


def dC_db1(f: ScalarPass, y: np.ndarray, w2: float) -> float:
    """dC/db1 = sigma'(z1) (a2 - y) sigma'(z2) w2: (B) with dz1/db1 = 1 in place of a0.

    >>> dC_db1(forward(np.array([0.0]), Weights(0.0, 0.0, 0.0, 0.0)), np.array([1.0]), 0.0)
    0.0
    """
    checked("y", y, np.shape(f.a2))
    check_numbers(w2=w2)
    return float(
        np.sum(
            sigmoid_prime(f.z1)
            * cost_prime(f.a2, y)
            * sigmoid_prime(f.z2)
            * w2
        )
    )
    # --8<-- [end:biases]


# --8<-- [start:gradients]
def gradients(x: np.ndarray, y: np.ndarray, p: Weights) -> Weights:
    """Return (dC/dw1, dC/db1, dC/dw2, dC/db2) from (B), its bias twin, (A) and its twin.

    >>> gradients(np.array([0.0]), np.array([1.0]), Weights(0.0, 0.0, 0.0, 0.0)).b2
    -0.125
    """
    x = checked("x", x, np.shape(x))
    y = checked("y", y, x.shape)
    checked("p", p, (4,))
    f = forward(x, p)
    return Weights(
        dC_dw1(f, y, p.w2), dC_db1(f, y, p.w2), dC_dw2(f, y), dC_db2(f, y)
    )
    # --8<-- [end:gradients]


# --8<-- [start:train]
def train(
    x: np.ndarray, y: np.ndarray, p: Weights, learning_rate: float, steps: int
) -> tuple[Weights, np.ndarray]:
    """Take ``steps`` steps of gradient descent; return the last weights and the cost before each.

    >>> p, costs = train(np.array([0.0]), np.array([1.0]), Weights(0.0, 0.0, 0.0, 0.0), 1.0, 3)
    >>> bool(costs[-1] < costs[0])
    True
    """
    x = checked("x", x, np.shape(x))
    y = checked("y", y, x.shape)
    checked("p", p, (4,))
    check_positive("learning_rate", learning_rate)
    check_count("steps", steps)  # 0 steps: the start, unchanged
    costs = np.empty(steps)
    for step in range(steps):
        costs[step] = cost(forward(x, p).a2, y)
        g = gradients(x, y, p)
        p = Weights(*(v - learning_rate * dv for v, dv in zip(p, g)))
    return p, costs
    # --8<-- [end:train]


def checked_training(
    x: object, y: object, p: object, learning_rate: float, steps: int
) -> tuple[Weights, np.ndarray]:
    """Check the inputs of :func:`train` once (x and y the same length), then train.

    >>> checked_training([0.0, 1.0], [1.0], (0, 0, 0, 0), 1.0, 3)
    Traceback (most recent call last):
    ValueError: y: expected shape (2,), got shape (1,)
    """
    x = checked("x", x, (None,))
    y = checked("y", y, (len(x),))
    weights = Weights(*(float(v) for v in checked("p", p, (4,))))
    check_positive("learning_rate", learning_rate)
    check_positive("steps", steps, whole=True)
    return train(x, y, weights, learning_rate, steps)
