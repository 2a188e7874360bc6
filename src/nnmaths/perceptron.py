"""The perceptron's decision: a weighted sum, a bias and a step.

One example is a 1-D array ``x`` of ``n`` features; a batch is a matrix with
one example per row, shape ``(m, n)``. The weights ``w`` are a 1-D array of
``n`` entries and the bias ``b`` is one number, so ``x @ w + b`` gives one
score per example.
"""

# --8<-- [start:imports]
import numpy as np
from numpy.typing import ArrayLike

# --8<-- [end:imports]
from nnmaths.checks import check_finite, check_nonzero, check_numbers, checked


# --8<-- [start:step]
def step(z: np.ndarray) -> np.ndarray:
    """The unit step, entry by entry: 1.0 where z >= 0, else 0.0.

    The boundary z = 0 goes to 1 so that the two classes split the line with
    no gap and no overlap, {z >= 0} and {z < 0}, as in Rosenblatt's rule
    "fire when the weighted sum reaches the threshold". A point exactly on the
    decision boundary is thus called positive. Same shape as ``z``; a numpy
    scalar in gives a numpy scalar out.

    >>> step(np.array([-0.5, 0.0, 2.0]))
    array([0., 1., 1.])
    """
    check_finite("z", z)
    return (z >= 0).astype(float)
    # --8<-- [end:step]


# --8<-- [start:decide]
def decide(x: ArrayLike, w: ArrayLike, b: float) -> np.ndarray:
    """The perceptron's output: step(x @ w + b), 1.0 for one class, 0.0 for the other.

    ``x`` is one example of shape (n,) or a batch of shape (m, n); ``w`` has
    shape (n,) and ``b`` is a number. Returns shape (m,) for a batch, a numpy
    scalar for one example.

    >>> w, b = np.array([1.0, 1.0]), -1.5  # AND: fires only when both inputs are 1
    >>> decide([[0, 0], [0, 1], [1, 0], [1, 1]], w, b)
    array([0., 0., 0., 1.])
    >>> print(decide([1, 1], w, b))
    1.0
    """
    w = checked("w", w, (None,))
    x = checked("x", x, (w.size,) if np.ndim(x) == 1 else (None, w.size))
    check_numbers(b=b)
    return step(x @ w + b)  # (m, n) @ (n,) -> (m,); (n,) @ (n,) -> scalar
    # --8<-- [end:decide]


# --8<-- [start:boundary]
# --8<-- [start:boundary_point]
def boundary_point(w: np.ndarray, b: float) -> np.ndarray:
    """The point of the boundary w . x + b = 0 nearest the origin: x = -b w / (w . w).

    It lies on the boundary because w . x + b = -b (w . w) / (w . w) + b = 0.
    With b = 0 it is the origin: without a bias the boundary passes through it.

    >>> boundary_point(np.array([1.0, 1.0]), -1.0)
    array([0.5, 0.5])
    """
    w = checked("w", w, (None,))
    check_nonzero("w", w)
    check_numbers(b=b)
    return -b * w / (w @ w)


def boundary_direction(w: np.ndarray) -> np.ndarray:
    """A direction along a 2-D boundary: w turned a quarter turn, [-w_2, w_1].

    Its dot product with w is -w_2 w_1 + w_1 w_2 = 0, so w is the boundary's normal.

    >>> boundary_direction(np.array([2.0, 1.0]))
    array([-1.,  2.])
    """
    w = checked("w", w, (2,))
    check_nonzero("w", w)
    return np.array([-w[1], w[0]])
    # --8<-- [end:boundary_point]


# --8<-- [start:signed_distance]
def signed_distance(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """How far each row of ``x`` lies from the boundary: (x @ w + b) / |w|.

    Positive on the side w points to, negative on the other. Shape (m,) for
    ``x`` of shape (m, n).

    >>> signed_distance(np.array([[3.0, 4.0]]), np.array([0.0, 2.0]), -2.0)
    array([3.])
    """
    w = checked("w", w, (None,))
    x = checked("x", x, (None, w.size))
    check_nonzero("w", w)
    check_numbers(b=b)
    return (x @ w + b) / np.sqrt(w @ w)  # (m, n) @ (n,) -> (m,)
    # --8<-- [end:signed_distance]
    # --8<-- [end:boundary]


# --8<-- [start:with_bias_input]
def with_bias_input(x: np.ndarray) -> np.ndarray:
    """Prepend the constant input x_0 = 1 to every example: shape (m, n) -> (m, n + 1).

    Then w . x + b = [b, w] . [1, x]: the bias is the weight of an input that is always 1.

    >>> with_bias_input(np.array([[2.0, 3.0], [4.0, 5.0]]))
    array([[1., 2., 3.],
           [1., 4., 5.]])
    """
    x = checked("x", x, (None,) if np.ndim(x) == 1 else (None, None))
    return np.insert(x, 0, 1.0, axis=-1)
    # --8<-- [end:with_bias_input]
