"""The general network: any list of layer sizes, a bias in every layer.

Layers are numbered 1 to L, as on the page; the Python list ``layers`` counts
from 0, so ``layers[l - 1]`` holds ``W_l`` and ``b_l``. Layer l maps
``n_{l-1}`` units to ``n_l`` units, one example per row:
``z_l = a_{l-1} W_l + b_l`` and ``a_l = sigma(z_l)``.
"""

# --8<-- [start:imports]
import itertools
from collections.abc import Callable, Sequence
from typing import NamedTuple

# --8<-- [end:imports]
import numpy as np

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.checks import check_positive, check_sizes, checked


# --8<-- [start:layer]
class Layer(NamedTuple):
    """The weights and biases of one layer (or their gradients, which have the same shapes)."""

    W: np.ndarray  # (n_in, n_out)
    b: (
        np.ndarray
    )  # (1, n_out): one bias per unit, shared by every example (row)
    # --8<-- [end:layer]


# --8<-- [start:init_layers]
def init_layers(
    rng: np.random.Generator | np.random.RandomState,
    sizes: Sequence[int],
    scale: float | None = None,
) -> list[Layer]:
    """Return one ``Layer`` per pair of neighboring sizes: ``W_l`` is (n_{l-1}, n_l).

    ``sizes`` lists the units per layer, inputs first, e.g. ``(3, 4, 4, 1)``.
    Weights are standard normal draws times ``scale``; by default
    ``scale = 1 / sqrt(n_{l-1})``, so every weighted sum starts out of order 1
    whatever the layer's width. Biases start at zero.

    >>> layers = init_layers(np.random.default_rng(0), (3, 4, 1))
    >>> [(W.shape, b.shape) for W, b in layers]
    [((3, 4), (1, 4)), ((4, 1), (1, 1))]
    """
    check_sizes("sizes", sizes, least=2)  # inputs, then each layer's units
    check_positive("scale", 1.0 if scale is None else scale)
    layers = []
    for n_in, n_out in itertools.pairwise(sizes):
        std = 1 / np.sqrt(n_in) if scale is None else scale
        layers.append(
            Layer(
                rng.standard_normal((n_in, n_out)) * std, np.zeros((1, n_out))
            )
        )
    return layers
    # --8<-- [end:init_layers]


# --8<-- [start:checked_layers]
def checked_layers(layers: Sequence[Layer]) -> list[Layer]:
    """Return ``layers`` as finite float matrices, or raise ``ValueError`` if they do not chain.

    ``W_l`` must have one row per column of ``W_{l-1}``, and ``b_l`` must be one row
    with one entry per column of ``W_l``.

    >>> checked_layers([Layer(np.ones((3, 4)), np.zeros((1, 4))), Layer(np.ones((3, 1)), [[0]])])
    Traceback (most recent call last):
    ValueError: W2: expected shape (4, any), got shape (3, 1)
    """
    if len(layers) == 0:
        raise ValueError(
            "layers: expected at least one Layer, got an empty list"
        )
    chain: list[Layer] = []
    for l, (W, b) in enumerate(layers, start=1):
        rows = (
            chain[-1].W.shape[1] if chain else None
        )  # one per column of W_{l-1}
        W = checked(f"W{l}", W, (rows, None))
        chain.append(Layer(W, checked(f"b{l}", b, (1, W.shape[1]))))
    return chain
    # --8<-- [end:checked_layers]


# --8<-- [start:forward]
class Trace(NamedTuple):
    """Every value of one forward pass, kept for the backward pass.

    ``a`` has L + 1 entries and ``z`` has L: ``a[0]`` is the input x (m, n_0),
    ``a[l]`` is a_l (m, n_l) and ``z[l - 1]`` is z_l (m, n_l), for l = 1..L.
    There is no z_0, because the input is not a weighted sum.
    """

    a: list[np.ndarray]  # a[l] = a_l, (m, n_l), for l = 0..L
    z: list[np.ndarray]  # z[l - 1] = z_l, (m, n_l), for l = 1..L


def forward(
    x: np.ndarray,
    layers: Sequence[Layer],
    output: Callable[[np.ndarray], np.ndarray] = sigmoid,
) -> Trace:
    """Run z_l = a_{l-1} W_l + b_l and a_l = sigma(z_l) for l = 1..L, from a_0 = x.

    ``x`` is (m, n_0). The last layer applies ``output`` instead of the sigmoid
    (Chapter 8 passes the softmax there); ``a_L`` is (m, n_L).

    >>> layers = init_layers(np.random.default_rng(0), (3, 4, 1))
    >>> trace = forward(np.ones((5, 3)), layers)
    >>> [a.shape for a in trace.a], [z.shape for z in trace.z]
    ([(5, 3), (5, 4), (5, 1)], [(5, 4), (5, 1)])
    """
    layers = checked_layers(layers)
    a = [checked("x", x, (None, layers[0].W.shape[0]))]
    z = []
    for l, (W, b) in enumerate(layers, start=1):
        z.append(
            a[-1] @ W + b
        )  # (m, n_{l-1}) @ (n_{l-1}, n_l) + (1, n_l) -> (m, n_l)
        a.append(output(z[-1]) if l == len(layers) else sigmoid(z[-1]))
    return Trace(a, z)
    # --8<-- [end:forward]


# --8<-- [start:layer_gradient]
def layer_gradient(a_prev: np.ndarray, delta: np.ndarray) -> Layer:
    """Return dC/dW_l = a_{l-1}^T delta_l and dC/db_l = the sum of delta_l's rows.

    ``a_prev`` is a_{l-1} (m, n_{l-1}) and ``delta`` is delta_l (m, n_l); the
    gradients have the shapes of W_l and b_l. Both sum over the m examples.

    >>> dW, db = layer_gradient(np.ones((2, 3)), np.ones((2, 1)))
    >>> dW.shape, db.tolist()
    ((3, 1), [[2.0]])
    """
    a_prev = checked("a_prev", a_prev, (None, None))
    delta = checked("delta", delta, (len(a_prev), None))
    dW = a_prev.T @ delta  # (n_{l-1}, m) @ (m, n_l) -> (n_{l-1}, n_l)
    db = delta.sum(axis=0, keepdims=True)  # (1, n_l)
    return Layer(dW, db)
    # --8<-- [end:layer_gradient]


# --8<-- [start:checked_trace]
def checked_trace(trace: Trace, L: int) -> Trace:
    """Return ``trace`` if it holds L + 1 activations and L weighted sums, else raise.

    >>> checked_trace(Trace([np.ones((1, 2))], []), 1)
    Traceback (most recent call last):
    ValueError: trace must hold 2 activations and 1 weighted sums (one per layer), got 1 and 0
    """
    if len(trace.a) != L + 1 or len(trace.z) != L:
        raise ValueError(
            f"trace must hold {L + 1} activations and {L} weighted sums (one per layer), "
            f"got {len(trace.a)} and {len(trace.z)}"
        )
    return trace
    # --8<-- [end:checked_trace]


# --8<-- [start:backward]
def backward(
    trace: Trace, layers: Sequence[Layer], delta_L: np.ndarray
) -> list[Layer]:
    """Return the gradients Layer(dC/dW_l, dC/db_l) for l = 1..L, from delta_L = dC/dz_L.

    Going back one layer is delta_l = (delta_{l+1} W_{l+1}^T) * sigma'(z_l).
    ``trace`` must come from ``forward`` with these ``layers``; ``delta_L`` is
    (m, n_L). Each gradient has the shapes of its layer.

    >>> layers = init_layers(np.random.default_rng(0), (3, 4, 1))
    >>> trace = forward(np.ones((5, 3)), layers)
    >>> grads = backward(trace, layers, np.ones((5, 1)))
    >>> [(dW.shape, db.shape) for dW, db in grads]
    [((3, 4), (1, 4)), ((4, 1), (1, 1))]
    """
    layers = checked_layers(layers)
    a, z = checked_trace(trace, len(layers))
    delta = checked("delta_L", delta_L, a[-1].shape)  # (m, n_L)
    grads = [layer_gradient(a[-2], delta)]
    for l in range(len(layers) - 1, 0, -1):  # l = L-1, ..., 1
        W_next = layers[l].W  # W_{l+1}: the list counts from 0
        delta = (delta @ W_next.T) * sigmoid_prime(
            z[l - 1]
        )  # (m, n_{l+1}) @ (n_{l+1}, n_l)
        grads.insert(0, layer_gradient(a[l - 1], delta))
    return grads
    # --8<-- [end:backward]


# --8<-- [start:update]
def update(
    layers: Sequence[Layer], grads: Sequence[Layer], learning_rate: float
) -> list[Layer]:
    """Return new layers W_l - eta dC/dW_l and b_l - eta dC/db_l, with eta = ``learning_rate``.

    ``grads`` holds one Layer of gradients per layer, shaped like it. The
    layers passed in are left unchanged.

    >>> layers = [Layer(np.ones((2, 1)), np.zeros((1, 1)))]
    >>> grads = [Layer(np.ones((2, 1)), np.ones((1, 1)))]
    >>> [p.tolist() for p in update(layers, grads, 0.5)[0]]
    [[[0.5], [0.5]], [[-0.5]]]
    """
    check_positive("learning_rate", learning_rate)
    layers = checked_layers(layers)
    if len(grads) != len(layers):
        raise ValueError(
            f"grads must hold {len(layers)} Layers (one per layer), got {len(grads)}"
        )
    new = []
    for l, ((W, b), (dW, db)) in enumerate(zip(layers, grads), start=1):
        dW, db = checked(f"dW{l}", dW, W.shape), checked(f"db{l}", db, b.shape)
        new.append(Layer(W - learning_rate * dW, b - learning_rate * db))
    return new
    # --8<-- [end:update]
