"""Chapter 6's exercises: the computed solutions, each checked by tests/test_ch06_exercises.py."""

import numpy as np

from nnmaths.data import training_set
from nnmaths.network import forward, gradients, init_weights
from nnmaths.training import train


def exercise_1(
    m: int = 10, n: int = 5, h: int = 8, k: int = 2
) -> dict[str, tuple[int, ...]]:
    """The shapes of a 5-8-2 network's matrices on 10 examples, read off real arrays."""
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


def exercise_2(iterations: int = 1000) -> tuple[np.ndarray, np.ndarray]:
    """Train on the mean cost C / m with learning rate 4 = m; return its W1 and the book's W1."""
    x, y = training_set()
    W1, W2 = init_weights(np.random.RandomState(1))
    book = train(x, y, W1, W2, 1.0, iterations)
    m, rate = len(x), 4.0
    for _ in range(iterations):
        dC_dW1, dC_dW2 = gradients(x, y, W1, W2)  # of the summed cost C
        W1, W2 = (
            W1 - rate * dC_dW1 / m,
            W2 - rate * dC_dW2 / m,
        )  # gradients of C / m
    return W1, book.W1


def exercise_3() -> np.ndarray:
    """Train the 3-4-1 network, seed 1, on the targets of AND; return the trained outputs."""
    x, _ = training_set()
    y_and = np.array(
        [[0.0], [0.0], [0.0], [1.0]]
    )  # 1 only when both inputs are 1
    W1, W2 = init_weights(np.random.RandomState(1))
    run = train(x, y_and, W1, W2, 1.0, 1000)
    return forward(x, run.W1, run.W2).a2


def exercise_4(
    x: float, w1: float, w2: float, y: float
) -> tuple[float, float]:
    """Chapter 5's results (A) and (B) for one unit per layer: dC/dw2 and dC/dw1, as numbers."""
    s = 1 / (1 + np.exp(-x * w1))  # a1
    a2 = 1 / (1 + np.exp(-s * w2))
    ds1, ds2 = s * (1 - s), a2 * (1 - a2)  # sigma'(z1), sigma'(z2)
    return float(s * ds2 * (a2 - y)), float(x * ds1 * w2 * ds2 * (a2 - y))
