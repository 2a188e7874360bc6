"""Which truth tables of two inputs a single perceptron can compute.

A perceptron computes a table when some line w . x + b = 0 has the inputs
with output 1 on one side (score >= 0) and those with output 0 on the other
(score < 0): the table is then linearly separable.
"""

# --8<-- [start:imports]
import itertools

import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import check_labels, check_nonzero_rows, checked
from nnmaths.perceptron import step

# --8<-- [start:gates]
# The four corners of the unit square, one per row, in the order of a truth table.
INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])  # (4, 2)
GATES = {
    "AND": np.array([0.0, 0.0, 0.0, 1.0]),
    "OR": np.array([0.0, 1.0, 1.0, 1.0]),
    "XOR": np.array([0.0, 1.0, 1.0, 0.0]),
    "XNOR": np.array([1.0, 0.0, 0.0, 1.0]),
}
# --8<-- [end:gates]


# --8<-- [start:search]
def weight_grid(values: np.ndarray) -> np.ndarray:
    """Every triple (w_1, w_2, b) with each entry from ``values``: shape (k**3, 3).

    >>> weight_grid(np.array([-1.0, 1.0])).shape
    (8, 3)
    """
    values = checked("values", values, (None,))
    return np.array(list(itertools.product(values, repeat=3)))


def separating(
    x: np.ndarray, y: np.ndarray, candidates: np.ndarray
) -> np.ndarray:
    """The rows (w_1, w_2, b) of ``candidates`` whose perceptron outputs ``y`` on every row of ``x``.

    ``x`` is (m, 2), ``y`` is (m,), ``candidates`` is (k, 3); returns (j, 3), j <= k.

    >>> separating(INPUTS, GATES["AND"], np.array([[1.0, 1.0, -1.5], [1.0, 1.0, -0.5]]))
    array([[ 1. ,  1. , -1.5]])
    """
    x = checked("x", x, (None, 2))
    y = checked("y", y, (len(x),))
    check_labels("y", y, (0, 1))
    candidates = checked("candidates", candidates, (None, 3))
    w, b = candidates[:, :2], candidates[:, 2]  # (k, 2), (k,)
    outputs = step(
        x @ w.T + b
    )  # (m, 2) @ (2, k) -> (m, k): one column per candidate
    fits = (outputs == y[:, None]).all(axis=0)  # (k,)
    return candidates[fits]


def widest(x: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """The row (w_1, w_2, b) of ``candidates`` whose line stays farthest from every row of ``x``.

    The distance of a point from a line is |w . x + b| / |w| (see ``signed_distance``).

    >>> widest(INPUTS, np.array([[1.0, 1.0, -1.9], [1.0, 1.0, -1.5]]))
    array([ 1. ,  1. , -1.5])
    """
    x = checked("x", x, (None, 2))
    candidates = checked("candidates", candidates, (None, 3))
    check_nonzero_rows("w of candidates", candidates[:, :2])
    w, b = candidates[:, :2], candidates[:, 2]  # (k, 2), (k,)
    distances = np.abs(x @ w.T + b) / np.linalg.norm(w, axis=1)  # (m, k)
    return candidates[np.argmax(distances.min(axis=0))]
    # --8<-- [end:search]


# --8<-- [start:balance]
# +1 for the inputs where XOR is 1, -1 where it is 0.
SIGNS = np.array([-1.0, 1.0, 1.0, -1.0])


def balance(candidates: np.ndarray) -> np.ndarray:
    """(s_01 + s_10) - (s_00 + s_11) for each (w_1, w_2, b): the scores of the corners, signed.

    Each score is s = w . x + b at one corner of the unit square. Returns (k,).

    >>> balance(np.array([[2.0, -3.0, 0.5]]))
    array([0.])
    """
    candidates = checked("candidates", candidates, (None, 3))
    w, b = candidates[:, :2], candidates[:, 2]  # (k, 2), (k,)
    scores = INPUTS @ w.T + b  # (4, 2) @ (2, k) -> (4, k)
    return SIGNS @ scores  # (4,) @ (4, k) -> (k,)
    # --8<-- [end:balance]
