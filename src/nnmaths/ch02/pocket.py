"""The perceptron on data that no line separates: the pocket and the average.

Labels are -1 or +1, one example per row of ``x`` (m, n), as in
:mod:`nnmaths.perceptron_training`. Both functions run the plain rule from
w = 0, b = 0 and visit the rows in a fresh random order each epoch.
"""

import numpy as np

from nnmaths.perceptron_training import checked_examples


# --8<-- [start:errors]
def errors(x: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> int:
    """The number of examples with y_i (x_i @ w + b) <= 0: mistakes, as the rule counts them.

    >>> errors(np.array([[1.0], [2.0]]), np.array([1.0, -1.0]), np.ones(1), 0.0)
    1
    """
    return int(np.sum(y * (x @ w + b) <= 0))  # (m, n) @ (n,) -> (m,)
    # --8<-- [end:errors]


# --8<-- [start:pocket]
def pocket(
    x: np.ndarray, y: np.ndarray, epochs: int, rng: np.random.Generator
) -> tuple[np.ndarray, float, np.ndarray, float]:
    """Run the rule; return its last (w, b) and the pocket: the (w, b) with fewest errors.

    >>> x, y = np.array([[0.0], [1.0], [2.0]]), np.array([-1.0, 1.0, -1.0])
    >>> w, b, w_pocket, b_pocket = pocket(x, y, 20, np.random.default_rng(0))
    >>> errors(x, y, w_pocket, b_pocket)
    1
    """
    x, y = checked_examples(x, y)
    w, b = np.zeros(x.shape[1]), 0.0
    kept = (errors(x, y, w, b), w, b)  # (errors, w, b) of the best so far
    for _ in range(epochs):
        for i in rng.permutation(len(y)):
            if y[i] * (x[i] @ w + b) <= 0:
                w, b = w + y[i] * x[i], b + float(y[i])
                if errors(x, y, w, b) < kept[0]:
                    kept = (errors(x, y, w, b), w, b)
    return w, b, kept[1], kept[2]
    # --8<-- [end:pocket]


# --8<-- [start:averaged]
def averaged(
    x: np.ndarray, y: np.ndarray, epochs: int, rng: np.random.Generator
) -> tuple[np.ndarray, float]:
    """The averaged perceptron: the mean of (w, b) over every visit of every epoch.

    >>> x, y = np.array([[-1.0], [1.0]]), np.array([-1.0, 1.0])
    >>> averaged(x, y, 2, np.random.default_rng(0))
    (array([0.75]), 0.0)
    """
    x, y = checked_examples(x, y)
    w, b = np.zeros(x.shape[1]), 0.0
    w_sum, b_sum = np.zeros(x.shape[1]), 0.0
    for _ in range(epochs):
        for i in rng.permutation(len(y)):
            if y[i] * (x[i] @ w + b) <= 0:
                w, b = w + y[i] * x[i], b + float(y[i])
            w_sum, b_sum = w_sum + w, b_sum + b  # after visit i
    visits = epochs * len(y)
    return w_sum / visits, b_sum / visits
    # --8<-- [end:averaged]
