"""The perceptron on data that no line separates: its errors, and the averaged perceptron.

Labels are -1 or +1, one example per row of ``x`` (m, n), as in
:mod:`nnmaths.perceptron_training`. ``averaged`` runs the plain rule from
w = 0, b = 0 and visits the rows in a fresh random order each epoch.
"""

import numpy as np

from nnmaths.checks import check_positive, checked


# --8<-- [start:check_labels]
def check_labels(y: np.ndarray) -> None:
    """Raise ``ValueError`` unless every label is -1 or +1.

    >>> check_labels(np.array([0.0, 1.0]))
    Traceback (most recent call last):
    ValueError: y: expected labels -1 or +1, got [0.0, 1.0]
    """
    if not np.isin(y, (-1.0, 1.0)).all():
        raise ValueError(f"y: expected labels -1 or +1, got {y.tolist()}")
    # --8<-- [end:check_labels]


# --8<-- [start:errors]
def errors(x: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> int:
    """The number of examples with y_i (x_i @ w + b) <= 0: mistakes, as the rule counts them.

    ``x`` is (m, n), ``y`` (m,) of -1 and +1, ``w`` (n,) and ``b`` a number.

    >>> errors(np.array([[1.0], [2.0]]), np.array([1.0, -1.0]), np.ones(1), 0.0)
    1
    """
    x = checked("x", x, (None, None))
    y = checked("y", y, (x.shape[0],))
    w = checked("w", w, (x.shape[1],))
    check_labels(y)
    return int(np.sum(y * (x @ w + b) <= 0))  # (m, n) @ (n,) -> (m,)
    # --8<-- [end:errors]


# --8<-- [start:averaged]
def averaged(
    x: np.ndarray, y: np.ndarray, epochs: int, rng: np.random.Generator
) -> tuple[np.ndarray, float]:
    """The averaged perceptron: the mean of (w, b) over every visit of every epoch.

    >>> averaged(np.array([[1.0]]), np.array([1.0]), 2, np.random.default_rng(0))
    (array([1.]), 1.0)
    """
    x = checked("x", x, (None, None))
    y = checked("y", y, (x.shape[0],))
    check_labels(y)
    check_positive("epochs", epochs, whole=True)
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
