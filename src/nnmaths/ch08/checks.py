"""Chapter 8's check of a whole network: every weight and bias gradient against finite differences."""

import numpy as np

from nnmaths.crossentropy import cross_entropy, dL_dz, one_hot
from nnmaths.gradcheck import numerical_layer_gradients, relative_error
from nnmaths.layers import Layer, backward, forward, init_layers
from nnmaths.softmax import softmax


# --8<-- [start:network_check]
def network_check(seed: int = 8) -> list[tuple[float, float]]:
    """Return, per layer, the relative errors of backward's dL/dW and dL/db.

    A 4-5-3 network with random biases, a sigmoid hidden layer and a softmax
    output sees 6 random examples; backward starts from (p - y)/m.

    >>> errors = network_check()
    >>> len(errors), max(max(pair) for pair in errors) < 1e-6
    (2, True)
    """
    rng = np.random.default_rng(seed)
    layers = [
        Layer(W, rng.normal(size=b.shape))
        for W, b in init_layers(rng, (4, 5, 3))
    ]
    x, y = rng.normal(size=(6, 4)), one_hot(rng.integers(0, 3, size=6), 3)

    def L(layers: list[Layer]) -> float:
        return cross_entropy(forward(x, layers, output=softmax).z[-1], y)

    trace = forward(x, layers, output=softmax)
    grads = backward(trace, layers, dL_dz(trace.z[-1], y))
    numeric = numerical_layer_gradients(L, layers)
    return [
        (relative_error(g.W, n.W), relative_error(g.b, n.b))
        for g, n in zip(grads, numeric)
    ]
    # --8<-- [end:network_check]
