"""The computed solutions of Chapter 3's exercises (each has a test in tests/test_ch03_exercises.py)."""

# --8<-- [start:imports]
import itertools

import numpy as np

# --8<-- [end:imports]
from nnmaths.regression import mse_gradient, mse_hessian
from nnmaths.scalar_chain import descent_step, error, forward


# --8<-- [start:worked_example]
def worked_example(learning_rate: float) -> tuple[float, float, float, float]:
    """Exercise 1: w1, w2, L and E after one step of descent on E, with eta = ``learning_rate``.

    >>> [round(v, 4) for v in worked_example(0.05)]
    [0.725, 1.65, 4.5425, 0.1047]
    """
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
    count = sum(a * b + b for a, b in itertools.pairwise(layer_sizes))
    return count, count**2 * np.dtype(np.float64).itemsize
    # --8<-- [end:hessian_bytes]


# --8<-- [start:collapse]
def collapse(
    W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Exercise 3: the one layer (W, b) that equals (x W1 + b1) W2 + b2 for every x.

    W = W1 W2 and b = b1 W2 + b2.

    >>> W, b = collapse(np.eye(2), np.ones((1, 2)), 2 * np.eye(2), np.zeros((1, 2)))
    >>> W.tolist(), b.tolist()
    ([[2.0, 0.0], [0.0, 2.0]], [[2.0, 2.0]])
    """
    return (
        W1 @ W2,
        b1 @ W2 + b2,
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
    dC_dw, dC_db = mse_gradient(X, y, w, b)
    step = np.linalg.solve(mse_hessian(X), np.append(dC_dw, dC_db))  # (n + 1,)
    return w - step[:-1], b - float(step[-1])
    # --8<-- [end:newton_step]
