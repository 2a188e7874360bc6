"""The computed solutions of Chapter 5's exercises (tests/test_ch05_exercises.py checks them)."""

# --8<-- [start:imports]
import math

# --8<-- [end:imports]
import numpy as np

from nnmaths.activations import sigmoid_prime
from nnmaths.checks import check_positive
from nnmaths.scalar_network import Weights, dC_dw1, dC_dw2, forward


# --8<-- [start:by_hand]
def by_hand() -> tuple[float, float]:
    """Exercise 1: (A) and (B) for x = 1, y = 0, w1 = 0.5, w2 = -1 and no biases.

    >>> [round(v, 4) for v in by_hand()]
    [0.0494, -0.0187]
    """
    x, y, p = 1.0, 0.0, Weights(w1=0.5, b1=0.0, w2=-1.0, b2=0.0)
    f = forward(np.array([x]), p)
    return dC_dw2(f, np.array([y])), dC_dw1(f, np.array([y]), p.w2)
    # --8<-- [end:by_hand]


# --8<-- [start:dC_dx]
def dC_dx(x: float, y: float, p: Weights) -> float:
    """Exercise 2: dC/da0 = w1 sigma'(z1) w2 sigma'(z2) (a2 - y), (B) with w1 in place of a0.

    >>> round(dC_dx(1.0, 0.0, Weights(0.5, 0.0, -1.0, 0.0)), 4)
    -0.0093
    """
    f = forward(np.array(x), p)
    return float(
        p.w1 * sigmoid_prime(f.z1) * p.w2 * sigmoid_prime(f.z2) * (f.a2 - y)
    )
    # --8<-- [end:dC_dx]


# --8<-- [start:layers_to_grow]
def layers_to_grow(w: float, factor: float) -> int:
    """Exercise 3: the fewest layers at z = 0 that grow the error ``factor``-fold.

    Each layer multiplies the error by w sigma'(0) = w/4, so k layers
    multiply it by (w/4)^k; the answer is the smallest k with
    (w/4)^k >= factor, for |w| > 4 and factor > 1.

    >>> layers_to_grow(8.0, 1000)
    10
    """
    if abs(w) <= 4:
        raise ValueError(f"w: expected |w| > 4 (a growing error), got {w}")
    check_positive("factor", factor)
    return math.ceil(math.log(factor) / math.log(abs(w) / 4))
    # --8<-- [end:layers_to_grow]
