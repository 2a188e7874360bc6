"""The computed solutions of Chapter 5's exercises (tests/test_ch05_exercises.py checks them)."""

import numpy as np

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.scalar_network import Weights, dC_dw1, dC_dw2, forward


def by_hand() -> tuple[float, float]:
    """Exercise 1: (A) and (B) for x = 1, y = 0, w1 = 0.5, w2 = -1 and no biases.

    >>> [round(v, 4) for v in by_hand()]
    [0.0494, -0.0187]
    """
    x, y, p = 1.0, 0.0, Weights(w1=0.5, b1=0.0, w2=-1.0, b2=0.0)
    f = forward(np.array([x]), p)
    return dC_dw2(f, np.array([y])), dC_dw1(f, np.array([y]), p.w2)


def dC_dx(x: float, y: float, p: Weights) -> float:
    """Exercise 2: dC/da0 = w1 sigma'(z1) w2 sigma'(z2) (a2 - y), (B) with w1 in place of a0.

    >>> round(dC_dx(1.0, 0.0, Weights(0.5, 0.0, -1.0, 0.0)), 4)
    -0.0093
    """
    f = forward(np.array(x), p)
    return float(
        p.w1 * sigmoid_prime(f.z1) * p.w2 * sigmoid_prime(f.z2) * (f.a2 - y)
    )


def deep_dC_dw1(x: float, y: float, ws: list[float]) -> float:
    """Exercise 3: dC/dw1 for a chain of len(ws) sigmoid neurons without biases.

    dC/dw1 = a0 sigma'(z1) * [w2 sigma'(z2)] * ... * [wL sigma'(zL)] * (aL - y): every layer
    after the first adds one bracket, and each bracket is at most |w| / 4.

    >>> round(deep_dC_dw1(1.0, 0.0, [0.5, -1.0]), 4)
    -0.0187
    """
    a, zs = x, []
    for w in ws:
        zs.append(a * w)
        a = float(sigmoid(np.array(zs[-1])))
    slope = x * float(sigmoid_prime(np.array(zs[0]))) * (a - y)
    for w, z in zip(ws[1:], zs[1:]):
        slope *= w * float(sigmoid_prime(np.array(z)))
    return slope
