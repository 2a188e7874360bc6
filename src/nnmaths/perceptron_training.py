"""Training a perceptron: the mistake-driven rule, its record, and Novikoff's bound on it.

Labels are -1 or +1. One example is a 1-D array ``x_i`` of ``n`` features; the
examples form a matrix ``x`` with one example per row, shape ``(m, n)``, and
``y`` holds their labels, shape ``(m,)``. The weights ``w`` have shape ``(n,)``
and the bias ``b`` is one number, as in :mod:`nnmaths.perceptron`.
"""

# --8<-- [start:imports]
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike

# --8<-- [end:imports]
from nnmaths.checks import (
    check_indices,
    check_labels,
    check_nonzero,
    check_numbers,
    check_positive,
    checked,
)
from nnmaths.perceptron import decide


# --8<-- [start:labels]
def labels(x: ArrayLike, w: ArrayLike, b: float) -> np.ndarray:
    """The perceptron's decision as a label: 2 step(x @ w + b) - 1, so +1 or -1.

    >>> labels([[2.0, 0.0], [0.0, 0.0], [-1.0, 0.0]], [1.0, 0.0], 0.0)
    array([ 1.,  1., -1.])
    """
    return 2 * decide(x, w, b) - 1
    # --8<-- [end:labels]


# --8<-- [start:run_epoch]
Update = tuple[
    int, np.ndarray, float
]  # (row of x that was wrong, w after, b after)


def run_epoch(
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    b: float,
    order: np.ndarray,
    learning_rate: float,
) -> list[Update]:
    """One pass over the rows of ``x`` in ``order``; returns (i, w, b) after each update.

    On a mistake, y_i (x_i @ w + b) <= 0, the rule adds eta y_i x_i to w and eta y_i to b,
    with eta = ``learning_rate``.

    >>> run_epoch(np.array([[1.0, 2.0]]), np.array([-1.0]), np.zeros(2), 0.0, np.arange(1), 1.0)
    [(0, array([-1., -2.]), -1.0)]
    """
    x = checked("x", x, (None, None))
    y = checked("y", y, (len(x),))
    check_labels("y", y, (-1, 1))
    w = checked("w", w, (x.shape[1],))
    check_numbers(b=b)
    check_indices("order", order, len(x))
    check_positive("learning_rate", learning_rate)
    updates: list[Update] = []
    for i in order:
        if (
            y[i] * (x[i] @ w + b) <= 0
        ):  # wrong side, or on the boundary: both need a nudge
            w = w + learning_rate * y[i] * x[i]  # (n,)
            b = b + learning_rate * float(y[i])
            updates.append((int(i), w, b))
    return updates
    # --8<-- [end:run_epoch]


# --8<-- [start:history]
class History(NamedTuple):
    """The record of a training run that started from w = 0, b = 0."""

    w: (
        np.ndarray
    )  # (T + 1, n): the weights at the start, then after each of the T updates
    b: np.ndarray  # (T + 1,): the bias likewise
    rows: np.ndarray  # (T,): the row of x whose mistake caused each update
    mistakes: (
        np.ndarray
    )  # (epochs run,): the mistakes, that is the updates, of each epoch
    # --8<-- [end:history]


# --8<-- [start:train]
def train(
    x: ArrayLike,
    y: ArrayLike,
    epochs: int,
    learning_rate: float = 1.0,
    rng: np.random.Generator | None = None,
) -> History:
    """Run the perceptron rule from w = 0, b = 0 for at most ``epochs`` passes over the data.

    Training stops after the first pass without a mistake. The rows are visited in
    their order, or in a fresh random order each pass when ``rng`` is given.

    >>> run = train([[0.0, 1.0], [1.0, 0.0]], [1, -1], epochs=10)
    >>> run.w[-1], float(run.b[-1]), run.mistakes
    (array([-1.,  1.]), 0.0, array([2, 0]))
    """
    x, y = checked_examples(x, y)
    check_positive("epochs", epochs, whole=True)
    check_positive("learning_rate", learning_rate)
    w, b = np.zeros(x.shape[1]), 0.0
    updates: list[Update] = []
    mistakes: list[int] = []
    for _ in range(epochs):
        order = np.arange(len(y)) if rng is None else rng.permutation(len(y))
        new = run_epoch(x, y, w, b, order, learning_rate)
        updates, mistakes = updates + new, [*mistakes, len(new)]
        if not new:
            break
        _, w, b = new[-1]
    return history(x.shape[1], updates, mistakes)
    # --8<-- [end:train]


# --8<-- [start:helpers]
def history(n: int, updates: list[Update], mistakes: list[int]) -> History:
    """Stack the updates of a run, after the starting point w = 0, b = 0, into a History."""
    check_positive("n", n, whole=True)
    return History(
        w=np.array([np.zeros(n)] + [w for _, w, _ in updates]),
        b=np.array([0.0] + [b for _, _, b in updates]),
        rows=np.array([i for i, _, _ in updates], dtype=int),
        mistakes=np.array(mistakes, dtype=int),
    )


def checked_examples(
    x: ArrayLike, y: ArrayLike
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``x`` as an (m, n) matrix and ``y`` as m labels of -1 or +1, or raise ValueError.

    >>> checked_examples([[0.0, 1.0]], [0])
    Traceback (most recent call last):
    ValueError: y: expected labels -1 or +1, got [0.0]
    """
    x = checked("x", x, (None, None))
    y = checked("y", y, (x.shape[0],))
    if not np.isin(y, (-1.0, 1.0)).all():
        raise ValueError(f"y: expected labels -1 or +1, got {y.tolist()}")
    return x, y
    # --8<-- [end:helpers]


# --8<-- [start:novikoff]
def radius(x: ArrayLike) -> float:
    """R = max_i ||(1, x_i)||: the longest example, with the bias input x0 = 1 put in front.

    >>> radius([[3.0, 0.0], [0.0, 1.0]])
    3.1622776601683795
    """
    x = checked("x", x, (None, None))
    return float(np.max(np.sqrt(1 + np.sum(x**2, axis=1))))


def margin(x: ArrayLike, y: ArrayLike, w: ArrayLike, b: float) -> float:
    """gamma = min_i y_i (x_i @ w + b) / ||(b, w)||: how far the closest example clears (b, w).

    Positive only when (w, b) puts every example strictly on its own side.

    >>> margin([[2.0, 0.0], [-1.0, 0.0]], [1, -1], [1.0, 0.0], 0.0)
    1.0
    """
    x, y = checked_examples(x, y)
    w = checked("w", w, (x.shape[1],))
    check_numbers(b=b)
    check_nonzero("(b, w)", np.append(b, w))
    scores = y * (x @ w + b)  # (m, n) @ (n,) -> (m,)
    return float(np.min(scores) / np.sqrt(b**2 + w @ w))


def mistake_bound(R: float, gamma: float) -> float:
    """Novikoff's bound (R / gamma)^2 on the number of updates, for a margin gamma > 0.

    >>> mistake_bound(3.0, 0.5)
    36.0
    """
    check_positive("R", R)
    check_positive("gamma", gamma)
    return (R / gamma) ** 2
    # --8<-- [end:novikoff]


# --8<-- [start:criterion]
def criterion(x: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> float:
    """The perceptron criterion C = sum_i max(0, -y_i (x_i @ w + b)).

    >>> criterion(np.array([[1.0], [2.0]]), np.array([1.0, -1.0]), np.array([1.0]), 0.0)
    2.0
    """
    x = checked("x", x, (None, None))
    y = checked("y", y, (len(x),))
    check_labels("y", y, (-1, 1))
    w = checked("w", w, (x.shape[1],))
    check_numbers(b=b)
    return float(np.sum(np.maximum(0.0, -y * (x @ w + b))))


def criterion_gradient(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, b: float
) -> tuple[np.ndarray, float]:
    """dC/dw = -sum of y_i x_i and dC/db = -sum of y_i, over the rows with y_i (x_i @ w + b) <= 0.

    Away from the kink y_i (x_i @ w + b) = 0 this is the gradient; on it, it is the
    subgradient that the rule uses, so a boundary point counts as a mistake.

    >>> criterion_gradient(np.array([[1.0], [2.0]]), np.array([1.0, -1.0]), np.array([1.0]), 0.0)
    (array([2.]), 1.0)
    """
    x = checked("x", x, (None, None))
    y = checked("y", y, (len(x),))
    check_labels("y", y, (-1, 1))
    w = checked("w", w, (x.shape[1],))
    check_numbers(b=b)
    wrong = y * (x @ w + b) <= 0  # (m,)
    dC_dw = -(y * wrong) @ x  # (m,) @ (m, n) -> (n,)
    dC_db = -float(np.sum(y * wrong))
    return dC_dw, dC_db
    # --8<-- [end:criterion]
