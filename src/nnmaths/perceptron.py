"""The perceptron's decision: a weighted sum, a bias and a step.

One example is a 1-D array ``x`` of ``n`` features; a batch is a matrix with
one example per row, shape ``(m, n)``. The weights ``w`` are a 1-D array of
``n`` entries and the bias ``b`` is one number, so ``x @ w + b`` gives one
score per example.
"""

import numpy as np
from numpy.typing import ArrayLike

from nnmaths.checks import checked


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
    weights = checked("w", w, (None,))
    n = weights.size
    examples = checked("x", x, (n,) if np.ndim(x) == 1 else (None, n))
    bias = float(checked("b", b, ()))
    return step(examples @ weights + bias)  # (m, n) @ (n,) -> (m,); (n,) @ (n,) -> scalar
    # --8<-- [end:decide]
