"""Train one network from many random starts at once, to see how much the start matters.

The networks share their sizes, so their weight matrices stack along a first axis, one
network per seed, and numpy's ``@`` multiplies every network's matrices in one call. The
arithmetic is Chapter 7's (``layer_training.train``), done for all seeds together.
"""

from collections.abc import Sequence

import numpy as np

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.checks import check_positive, check_sizes, checked
from nnmaths.layers import init_layers


# --8<-- [start:costs_by_seed]
def costs_by_seed(
    x: np.ndarray,
    y: np.ndarray,
    sizes: Sequence[int],
    seeds: Sequence[int],
    learning_rate: float,
    iterations: int,
) -> np.ndarray:
    """Return the (len(seeds), iterations) costs C = 1/2 sum (y - a_L)^2 before each step.

    Row s is the run of ``layer_training.train`` started from ``init_layers(default_rng(seeds[s]))``.

    >>> costs_by_seed(np.ones((2, 1)), np.ones((2, 1)), (1, 1), [0, 1], 1.0, 3).shape
    (2, 3)
    """
    check_sizes("sizes", sizes, least=2)
    x = checked("x", x, (None, sizes[0]))
    y = checked("y", y, (len(x), sizes[-1]))
    checked("seeds", seeds, (None,))
    check_positive("learning_rate", learning_rate)
    check_positive("iterations", iterations, whole=True)
    starts = [
        init_layers(np.random.default_rng(seed), sizes) for seed in seeds
    ]
    W = [
        np.stack([layers[l].W for layers in starts])
        for l in range(len(sizes) - 1)
    ]
    b = [
        np.stack([layers[l].b for layers in starts])
        for l in range(len(sizes) - 1)
    ]
    costs = np.empty((len(seeds), iterations))
    for t in range(iterations):
        a, z = [np.broadcast_to(x, (len(seeds), *x.shape))], []
        for W_l, b_l in zip(W, b):
            z.append(
                a[-1] @ W_l + b_l
            )  # (S, m, n_{l-1}) @ (S, n_{l-1}, n_l) -> (S, m, n_l)
            a.append(sigmoid(z[-1]))
        costs[:, t] = 0.5 * np.sum((y - a[-1]) ** 2, axis=(1, 2))
        delta = (a[-1] - y) * sigmoid_prime(z[-1])  # (BP1), every seed at once
        for l in reversed(range(len(W))):
            dW = (
                a[l].transpose(0, 2, 1) @ delta
            )  # (BP3): (S, n_{l-1}, m) @ (S, m, n_l)
            db = delta.sum(axis=1, keepdims=True)
            if l > 0:  # (BP2), with the weights before this step's update
                delta = (delta @ W[l].transpose(0, 2, 1)) * sigmoid_prime(
                    z[l - 1]
                )
            W[l], b[l] = W[l] - learning_rate * dW, b[l] - learning_rate * db
    return costs
    # --8<-- [end:costs_by_seed]
