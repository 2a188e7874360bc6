"""Chapter 8's exercises: the computed solutions, each checked by tests/test_ch08_exercises.py."""

import numpy as np

from nnmaths.crossentropy import cross_entropy, dL_dz
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.softmax import softmax


# --8<-- [start:exercise_1]
def exercise_1(z: np.ndarray, c: float) -> float:
    """The largest change in softmax(z) when c is added to every logit."""
    return float(np.max(np.abs(softmax(z + c) - softmax(z))))
    # --8<-- [end:exercise_1]


# --8<-- [start:exercise_2]
def exercise_2(K: int = 10) -> tuple[float, float]:
    """The loss of uniform probabilities over K classes, and log K."""
    return cross_entropy(np.zeros((1, K)), np.eye(K)[[0]]), float(np.log(K))
    # --8<-- [end:exercise_2]


# --8<-- [start:exercise_3]
def exercise_3(t: float, y: float) -> tuple[float, float, float]:
    """Two classes, logits (z_1, z_2) = (0, t) and target y_2 = y.

    Returns p_2, sigma(t) and dL/dt - (sigma(t) - y_2), which should be 0.
    """
    p_2 = float(softmax(np.array([[0.0, t]]))[0, 1])
    sigma = float(1 / (1 + np.exp(-t)))
    grad = dL_dz(np.array([[0.0, t]]), np.array([[1 - y, y]]))[
        0, 1
    ]  # the gradient at the logit t
    return p_2, sigma, float(grad - (sigma - y))
    # --8<-- [end:exercise_3]


# --8<-- [start:exercise_4]
def exercise_4(epsilon: float = 0.1, seed: int = 0) -> float:
    """Label smoothing: the relative error between (p - y)/m and finite differences."""
    rng = np.random.default_rng(seed)
    K = 5
    z = rng.normal(size=(4, K))
    y = (1 - epsilon) * np.eye(K)[
        rng.integers(0, K, size=4)
    ] + epsilon / K  # rows sum to 1
    numeric = numerical_gradient(lambda z: cross_entropy(z, y), z)
    return relative_error(dL_dz(z, y), numeric)
    # --8<-- [end:exercise_4]
