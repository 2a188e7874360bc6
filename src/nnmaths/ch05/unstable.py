"""Gradients that vanish or explode: the error of each layer of a deep sigmoid network.

Going back one layer multiplies the error by a weight and by the sigmoid's
slope, w_l sigma'(z_l) in a chain of single neurons. Factors below 1 in size
shrink the error layer after layer, factors above 1 make it grow. The
networks are those of ``nnmaths.layers``, one example at a time.
"""

# --8<-- [start:imports]
import numpy as np

# --8<-- [end:imports]
from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.checks import check_positive
from nnmaths.layers import Layer, init_layers


# --8<-- [start:error_sizes]
def error_sizes(
    layers: list[Layer], x: np.ndarray, y: np.ndarray
) -> np.ndarray:
    """Return |delta_l| for l = 1..L, for one example x (1, n_0) and y (1, n_L).

    >>> error_sizes(chain_at_zero(4.0, 3), np.array([[0.5]]), np.array([[1.0]]))
    array([0.125, 0.125, 0.125])
    """
    a, z = x, []
    for W, b in layers:
        z.append(a @ W + b)  # (1, n_{l-1}) @ (n_{l-1}, n_l) -> (1, n_l)
        a = sigmoid(z[-1])
    delta = (a - y) * sigmoid_prime(z[-1])  # delta_L, (1, n_L)
    sizes = [np.linalg.norm(delta)]
    for (W, _), z_prev in zip(layers[:0:-1], z[-2::-1]):  # l = L, ..., 2
        delta = (delta @ W.T) * sigmoid_prime(z_prev)  # delta_{l-1}
        sizes.insert(0, np.linalg.norm(delta))
    return np.array(sizes)
    # --8<-- [end:error_sizes]


# --8<-- [start:chain_at_zero]
def chain_at_zero(w: float, L: int) -> list[Layer]:
    """L single neurons with weight w and bias -w/2: from a_0 = 1/2, every z_l is 0.

    >>> error_sizes(chain_at_zero(8.0, 3), np.array([[0.5]]), np.array([[1.0]]))
    array([0.5  , 0.25 , 0.125])
    """
    check_positive("L", L, whole=True)
    return [Layer(np.array([[w]]), np.array([[-w / 2]])) for _ in range(L)]
    # --8<-- [end:chain_at_zero]


# --8<-- [start:error_profile]
def error_profile(
    rng: np.random.Generator, scale: float, L: int, n: int, networks: int
) -> np.ndarray:
    """Return the median of |delta_l| / |delta_L| over random networks.

    Each network has L sigmoid layers of n units, weights drawn with
    standard deviation scale / sqrt(n), zero biases, and one random
    example with target 0. Entry l - 1 is the median for layer l.

    >>> error_profile(np.random.default_rng(0), 1.0, 3, 4, 5).shape
    (3,)
    """
    check_positive("scale", scale)
    check_positive("networks", networks, whole=True)
    ratios = []
    for _ in range(networks):
        layers = init_layers(rng, (n,) * (L + 1), scale / np.sqrt(n))
        x = rng.normal(size=(1, n))
        sizes = error_sizes(layers, x, np.zeros((1, n)))
        ratios.append(sizes / sizes[-1])
    return np.median(ratios, axis=0)
    # --8<-- [end:error_profile]
