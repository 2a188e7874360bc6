"""The computed solutions of Chapter 3's exercises (each has a test in tests/test_ch03_exercises.py)."""

# --8<-- [start:imports]
import itertools

import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import check_positive, checked
from nnmaths.regression import mse_gradient, mse_hessian
from nnmaths.scalar_chain import descent_step, error, forward


# --8<-- [start:worked_example]
def worked_example(learning_rate: float) -> tuple[float, float, float, float]:
    """Exercise 1: w1, w2, L and E after one step of descent on E, with eta = ``learning_rate``.

    >>> [round(v, 4) for v in worked_example(0.05)]
    [0.725, 1.65, 4.5425, 0.1047]
    """
    check_positive("learning_rate", learning_rate)
    x, b1, b2, target = 2.0, 1.0, 0.5, 5.0  # as in the worked example
    w1, w2 = descent_step(x, 0.5, 1.5, b1, b2, target, learning_rate)
    _, L = forward(x, w1, w2, b1, b2)
    return w1, w2, L, error(L, target)
    # --8<-- [end:worked_example]


# --8<-- [start:hessian_bytes]
def hessian_bytes(layer_sizes: list[int]) -> tuple[int, int]:
    """Exercise 2: the number of weights and biases of a dense network, and its Hessian's bytes.

    Layer l has n_{l-1} x n_l weights and n_l biases; the Hessian has one float64 (8 bytes)
    per pair of parameters.

    >>> hessian_bytes([3, 4, 1])
    (21, 3528)
    """
    check_layer_sizes(layer_sizes)
    count = sum(a * b + b for a, b in itertools.pairwise(layer_sizes))
    return count, count**2 * np.dtype(np.float64).itemsize
    # --8<-- [end:hessian_bytes]


# --8<-- [start:collapse]
def collapse(
    W1: np.ndarray, c1: np.ndarray, W2: np.ndarray, c2: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Exercise 3: the one layer (W, c) that equals (x W1 + c1) W2 + c2 for every x.

    W = W1 W2 and c = c1 W2 + c2.

    >>> W, c = collapse(np.eye(2), np.ones((1, 2)), 2 * np.eye(2), np.zeros((1, 2)))
    >>> W.tolist(), c.tolist()
    ([[2.0, 0.0], [0.0, 2.0]], [[2.0, 2.0]])
    """
    W1 = checked("W1", W1, (None, None))
    c1 = checked("c1", c1, (1, W1.shape[1]))
    W2 = checked("W2", W2, (W1.shape[1], None))
    c2 = checked("c2", c2, (1, W2.shape[1]))
    return (
        W1 @ W2,
        c1 @ W2 + c2,
    )  # (n, h) @ (h, k) -> (n, k); (1, h) @ (h, k) -> (1, k)
    # --8<-- [end:collapse]


# --8<-- [start:best_step]
def best_step(H: np.ndarray) -> tuple[float, float]:
    """Exercise 4: the learning rate 2 / (lambda_min + lambda_max) and its contraction per step.

    At that rate the slowest and the fastest direction shrink by the same factor,
    (kappa - 1) / (kappa + 1) with kappa = lambda_max / lambda_min.

    >>> best_step(np.diag([1.0, 3.0]))
    (0.5, 0.5)
    """
    H = checked("H", H, (None, None))
    check_positive_definite("H", H)
    eigenvalues = np.linalg.eigvalsh(H)
    low, high = float(eigenvalues.min()), float(eigenvalues.max())
    return 2 / (low + high), (high - low) / (high + low)
    # --8<-- [end:best_step]


# --8<-- [start:newton_step]
def newton_step(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float
) -> tuple[np.ndarray, float]:
    """Exercise 5: one Newton step on the regression's cost, (w, b) - H^-1 grad C.

    >>> X, y = np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0])
    >>> w, b = newton_step(X, y, np.array([-7.0]), 4.0)
    >>> print(w.round(6), round(b, 6))
    [2.] 1.0
    """
    X = checked("X", X, (None, None))
    y = checked("y", y, (len(X),))
    w = checked("w", w, (X.shape[1],))
    check_positive_definite("the Hessian of [X 1]", mse_hessian(X))
    dC_dw, dC_db = mse_gradient(X, y, w, b)
    step = np.linalg.solve(mse_hessian(X), np.append(dC_dw, dC_db))  # (n + 1,)
    return w - step[:-1], b - float(step[-1])
    # --8<-- [end:newton_step]


def check_layer_sizes(layer_sizes: object) -> None:
    """Raise ``ValueError`` unless ``layer_sizes`` holds two or more positive whole numbers."""
    sizes = list(layer_sizes) if isinstance(layer_sizes, (list, tuple)) else []
    if len(sizes) < 2:
        raise ValueError(
            "layer_sizes: expected two or more layer sizes,"
            f" got {layer_sizes!r}"
        )
    for size in sizes:
        check_positive("each layer size", size, whole=True)


def check_positive_definite(name: str, H: np.ndarray) -> None:
    """Raise ``ValueError`` unless ``H`` is square, symmetric, with every eigenvalue > 0."""
    if H.shape[0] != H.shape[1] or not np.allclose(H, H.T):
        raise ValueError(
            f"{name}: expected a symmetric square matrix, got {H.tolist()}"
        )
    smallest = float(np.linalg.eigvalsh(H).min())
    if smallest <= 1e-12 * max(1.0, float(np.abs(H).max())):
        raise ValueError(
            f"{name}: expected every eigenvalue above 0 (for [X 1], columns"
            f" that are linearly independent), got a smallest of {smallest:.3g}"
        )
