"""The computed solutions of Chapter 2's exercises (the derived ones are checked in the tests)."""

import numpy as np

from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.margin import max_margin
from nnmaths.ch02.nonseparable import check_labels, errors
from nnmaths.checks import check_positive, checked
from nnmaths.perceptron import step
from nnmaths.perceptron_training import (
    History,
    margin,
    mistake_bound,
    radius,
    train,
)


# --8<-- [start:learning_rate]
def learning_rate_runs(
    learning_rate: float, seed: int = 0
) -> tuple[History, History]:
    """Train on the chapter's flowers with learning rate 1 and ``learning_rate``; return both runs.

    >>> one, small = learning_rate_runs(0.1)
    >>> bool((one.rows == small.rows).all()), bool(np.allclose(small.w, 0.1 * one.w))
    (True, True)
    """
    x, y, _ = iris_two_species(np.random.default_rng(seed))
    return train(x, y, 1000), train(x, y, 1000, learning_rate=learning_rate)
    # --8<-- [end:learning_rate]


# --8<-- [start:zero_one_rule]
def zero_one_rule(
    x: np.ndarray, y01: np.ndarray, epochs: int
) -> tuple[np.ndarray, float, list[int]]:
    """The book's rule with labels 0 and 1: w += (y - step(x_i @ w + b)) x_i, the same for b.

    Returns the final w, b and the updates of each epoch; stops after a clean epoch.

    >>> w, b, mistakes = zero_one_rule(np.array([[1.0], [-1.0]]), np.array([1.0, 0.0]), 10)
    >>> w, b, mistakes
    (array([1.]), -1.0, [1, 0])
    """
    w, b, mistakes = np.zeros(x.shape[1]), 0.0, list[int]()
    for _ in range(epochs):
        updates = 0
        for x_i, y_i in zip(x, y01):
            error = float(y_i) - float(
                step(x_i @ w + b)
            )  # 0 when right, +1 or -1 when wrong
            w, b = w + error * x_i, b + error
            updates += int(error != 0)
        mistakes.append(updates)
        if updates == 0:
            break
    return w, b, mistakes
    # --8<-- [end:zero_one_rule]


# --8<-- [start:orders]
def mistakes_over_orders(seeds: range) -> list[int]:
    """Mistakes on the chapter's flowers when every epoch visits the rows in a fresh order.

    >>> counts = mistakes_over_orders(range(3))
    >>> len(counts)
    3
    """
    x, y, _ = iris_two_species(np.random.default_rng(0))
    runs = [
        train(x, y, 1000, rng=np.random.default_rng(seed)) for seed in seeds
    ]
    return [int(run.mistakes.sum()) for run in runs]
    # --8<-- [end:orders]


# --8<-- [start:centered]
def centered_thin_margin(seed: int = 0) -> dict[str, tuple[int, float]]:
    """Mistakes and Novikoff's bound on sepal length and width, as measured and centered.

    Centering subtracts each feature's mean, so the flowers sit around the origin.

    >>> sorted(centered_thin_margin())
    ['centered', 'raw']
    """
    x, y, _ = iris_two_species(np.random.default_rng(seed), (0, 1))
    result = {}
    for name, data in [("raw", x), ("centered", x - x.mean(axis=0))]:
        run = train(data, y, 10_000)
        gamma = margin(data, y, *max_margin(data, y))
        result[name] = (
            int(run.mistakes.sum()),
            mistake_bound(radius(data), gamma),
        )
    return result
    # --8<-- [end:centered]


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
    x = checked("x", x, (None, None))
    y = checked("y", y, (x.shape[0],))
    check_labels(y)
    check_positive("epochs", epochs, whole=True)
    w, b = np.zeros(x.shape[1]), 0.0
    kept = (errors(x, y, w, b), w, b)  # (errors, w, b) of the best so far
    for _ in range(epochs):
        for i in rng.permutation(len(y)):
            if y[i] * (x[i] @ w + b) <= 0:
                w, b = w + y[i] * x[i], b + float(y[i])
                if (count := errors(x, y, w, b)) < kept[0]:
                    kept = (count, w, b)  # fewer errors: into the pocket
    return w, b, kept[1], kept[2]
    # --8<-- [end:pocket]


# --8<-- [start:leave_one_out]
def leave_one_out(x: np.ndarray, y: np.ndarray) -> tuple[int, int]:
    """Errors of the plane's max-margin line on each example left out, and its support vectors.

    A support vector is an example on the margin, y_i (x_i @ w + b) = 1 for
    the line fitted on all m examples; the errors can be at most their number.

    >>> x, y = np.array([[0.0], [1.0], [3.0], [4.0]]), np.array([-1.0, -1.0, 1.0, 1.0])
    >>> leave_one_out(x, y)
    (0, 2)
    """
    x = checked("x", x, (None, None))
    y = checked("y", y, (x.shape[0],))
    check_labels(y)
    w, b = max_margin(x, y, bias_in_norm=False)
    support = int(np.sum(y * (x @ w + b) <= 1 + 1e-6))  # on the margin
    wrong = 0
    for i in range(len(y)):
        rest = np.arange(len(y)) != i  # every example but i
        w_i, b_i = max_margin(x[rest], y[rest], bias_in_norm=False)
        wrong += int(y[i] * (x[i] @ w_i + b_i) <= 0)
    return wrong, support
    # --8<-- [end:leave_one_out]
