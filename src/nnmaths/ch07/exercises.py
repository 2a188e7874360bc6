"""Chapter 7's exercises: the computed solutions, each checked by tests/test_ch07_exercises.py."""

import numpy as np

from nnmaths.gradcheck import numerical_jacobian
from nnmaths.layer_training import layer_gradients
from nnmaths.layers import init_layers


# --8<-- [start:exercise_1]
def exercise_1() -> tuple[np.ndarray, np.ndarray]:
    """The Jacobian of z = a W + b with respect to a, estimated, and W^T."""
    rng = np.random.default_rng(1)
    W, b, a = rng.normal(size=(3, 2)), rng.normal(size=2), rng.normal(size=3)
    J = numerical_jacobian(lambda a: a @ W + b, a)  # (2, 3): a row per output
    return J, W.T
    # --8<-- [end:exercise_1]


# --8<-- [start:exercise_2]
def multiplications(p: int, q: int, r: int) -> int:
    """The multiplications of a (p, q) @ (q, r) product: q for each of p r."""
    return p * q * r


def exercise_2(N: int = 1000) -> tuple[int, int]:
    """One backward step, N units: Jacobian times Jacobian, row times one."""
    return multiplications(N, N, N), multiplications(1, N, N)
    # --8<-- [end:exercise_2]


# --8<-- [start:exercise_3]
def exercise_3(z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The Jacobian of tanh, by finite differences, and diag(1 - tanh^2)."""
    return numerical_jacobian(np.tanh, z), np.diag(1 - np.tanh(z) ** 2)
    # --8<-- [end:exercise_3]


# --8<-- [start:exercise_4]
def exercise_4(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """For a deep sigmoid net: |delta_l| / |delta_{l+1}|, and |W_{l+1}|_2 / 4."""
    rng = np.random.default_rng(seed)
    deep = init_layers(rng, (20,) * 11)  # the network of the page
    x, y = rng.normal(size=(1, 20)), rng.uniform(size=(1, 20))
    grads = layer_gradients(x, y, deep)  # one example: db_l is delta_l
    sizes = np.array([np.linalg.norm(db) for dW, db in grads])
    ratios = sizes[:-1] / sizes[1:]  # layers 1 .. L-1
    bounds = np.array([np.linalg.norm(W, 2) / 4 for W, b in deep[1:]])
    return ratios, bounds
    # --8<-- [end:exercise_4]
