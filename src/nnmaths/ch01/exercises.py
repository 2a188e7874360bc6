"""Computed solutions of Chapter 1's exercises; tests/test_ch01_exercises.py checks each one."""

import itertools

import numpy as np

from nnmaths.checks import check_positive, checked
from nnmaths.perceptron import decide, with_bias_input
from nnmaths.separability import INPUTS, separating, weight_grid
from nnmaths.vectors import angle, dot, norm


# --8<-- [start:exercise_1]
def exercise_1() -> tuple[float, float, float]:
    """The dot product of [3, 4] and [4, 3], the cosine of their angle, and the angle in degrees.

    >>> dot_uv, cosine, degrees = exercise_1()
    >>> print(f"{dot_uv:g} {cosine:g} {degrees:.2f}")
    24 0.96 16.26
    """
    u, v = np.array([3.0, 4.0]), np.array([4.0, 3.0])
    cosine = dot(u, v) / (norm(u) * norm(v))  # 24 / (5 * 5)
    return dot(u, v), cosine, float(np.degrees(angle(u, v)))
    # --8<-- [end:exercise_1]


# --8<-- [start:exercise_2]
def exercise_2() -> tuple[np.ndarray, float, np.ndarray]:
    """Weights and bias for NAND, and the perceptron's outputs on the four corners.

    NAND is AND turned around: flip the signs of w and b of AND's line x1 + x2 - 1.5 = 0.

    >>> w, b, outputs = exercise_2()
    >>> outputs
    array([1., 1., 1., 0.])
    """
    w, b = np.array([-1.0, -1.0]), 1.5
    return w, b, decide(INPUTS, w, b)
    # --8<-- [end:exercise_2]


# --8<-- [start:exercise_3]
def exercise_3(
    x: np.ndarray, w: np.ndarray, b: float
) -> tuple[float, np.ndarray]:
    """The distance from ``x`` (n,) to the boundary w . x + b = 0, and its nearest point.

    Step back from x along the unit normal w / |w| by t = (w . x + b) / |w|:
    p = x - t w / |w| lies on the boundary, and |t| is the distance.

    >>> distance, p = exercise_3(np.array([3.0, 4.0]), np.array([0.0, 1.0]), -1.0)
    >>> distance, p.tolist()
    (3.0, [3.0, 1.0])
    >>> exercise_3(np.ones(2), np.zeros(2), 1.0)
    Traceback (most recent call last):
    ValueError: the length of w must be a positive number, got 0.0
    """
    x = checked("x", x, (None,))
    w = checked("w", w, x.shape)
    check_positive("the length of w", norm(w))
    t = (dot(w, x) + b) / norm(w)  # the signed distance
    p = x - t * w / norm(w)  # (n,): the foot of the normal through x
    return abs(t), p
    # --8<-- [end:exercise_3]


# --8<-- [start:exercise_4]
def exercise_4() -> list[tuple[int, ...]]:
    """The truth tables of two inputs that a line on the grid of the page does NOT separate.

    All 16 tables (outputs for the corners 00, 01, 10, 11) are tried against
    the 729 lines with w_1, w_2, b in {-2, -1.5, ..., 2}.

    >>> exercise_4()
    [(0, 1, 1, 0), (1, 0, 0, 1)]
    """
    grid = weight_grid(np.linspace(-2.0, 2.0, 9))
    tables = itertools.product([0, 1], repeat=4)
    return [
        t
        for t in tables
        if len(separating(INPUTS, np.array(t, dtype=float), grid)) == 0
    ]
    # --8<-- [end:exercise_4]


# --8<-- [start:exercise_5]
def exercise_5(n: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """The corners of the n-cube, and +1/-1 by the parity of each corner's number of ones.

    Returns the corners (2**n, n) and the product of the signs with the
    corners and their bias input, ``signs @ [1, x]``, of shape (n + 1,): all zeros.

    >>> corners, combination = exercise_5(3)
    >>> corners.shape, combination.tolist()
    ((8, 3), [0.0, 0.0, 0.0, 0.0])
    """
    corners = np.array(
        list(itertools.product([0.0, 1.0], repeat=n))
    )  # (2**n, n)
    signs = np.where(
        corners.sum(axis=1) % 2 == 1, 1.0, -1.0
    )  # +1 where the parity is 1
    return corners, signs @ with_bias_input(
        corners
    )  # (2**n,) @ (2**n, n + 1) -> (n + 1,)
    # --8<-- [end:exercise_5]
