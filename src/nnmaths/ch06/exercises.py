"""Chapter 6's exercises: the computed solutions, each checked by tests/test_ch06_exercises.py."""

import numpy as np

from nnmaths.data import training_set
from nnmaths.network import forward, gradients, init_weights
from nnmaths.training import train


# --8<-- [start:exercise_1]
def exercise_1(
    m: int = 10, n: int = 5, h: int = 8, k: int = 2
) -> dict[str, tuple[int, ...]]:
    """Shapes of an n-h-k network's matrices on m examples, from real arrays."""
    rng = np.random.default_rng(0)
    x, W1, W2 = rng.random((m, n)), rng.random((n, h)), rng.random((h, k))
    f = forward(x, W1, W2)
    return {
        "x": x.shape,
        "W1": W1.shape,
        "z1": f.z1.shape,
        "W2": W2.shape,
        "a2": f.a2.shape,
    }
    # --8<-- [end:exercise_1]


# --8<-- [start:exercise_2]
def exercise_2(iterations: int = 1000) -> tuple[np.ndarray, np.ndarray]:
    """Train on the mean cost C / m with rate 4 = m; return W1, and the book's W1."""
    x, y = training_set()
    W1, W2 = init_weights(np.random.RandomState(1))
    book = train(x, y, W1, W2, 1.0, iterations)  # the chapter's run
    m, rate = len(x), 4.0
    for _ in range(iterations):
        dC_dW1, dC_dW2 = gradients(x, y, W1, W2)  # of the summed cost C
        # The gradients of C / m are those of C divided by m.
        W1, W2 = W1 - rate * dC_dW1 / m, W2 - rate * dC_dW2 / m
    return W1, book.W1
    # --8<-- [end:exercise_2]


# --8<-- [start:exercise_3]
def exercise_3() -> np.ndarray:
    """Train the 3-4-1 network, seed 1, on AND's targets; return its outputs."""
    x, _ = training_set()
    y_and = np.array([[0.0], [0.0], [0.0], [1.0]])  # 1 only for [1, 1]
    W1, W2 = init_weights(np.random.RandomState(1))
    run = train(x, y_and, W1, W2, 1.0, 1000)
    return forward(x, run.W1, run.W2).a2
    # --8<-- [end:exercise_3]


# --8<-- [start:exercise_4]
def exercise_4(
    x: float, w1: float, w2: float, y: float
) -> tuple[float, float]:
    """Chapter 5's (A) dC/dw2 and (B) dC/dw1, one unit per layer, as numbers."""
    a1 = 1 / (1 + np.exp(-x * w1))
    a2 = 1 / (1 + np.exp(-a1 * w2))
    ds1, ds2 = a1 * (1 - a1), a2 * (1 - a2)  # sigma'(z1), sigma'(z2)
    A = a1 * ds2 * (a2 - y)
    B = x * ds1 * w2 * ds2 * (a2 - y)
    return float(A), float(B)
    # --8<-- [end:exercise_4]
