"""Mini-batch gradient descent on the general network with a softmax output."""

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from nnmaths.checks import check_positive, checked
from nnmaths.classify import evaluate
from nnmaths.cost import output_error
from nnmaths.crossentropy import dL_dz, one_hot
from nnmaths.digits import Split
from nnmaths.layers import Layer, backward, forward, update
from nnmaths.softmax import softmax


# --8<-- [start:batches]
def batches(rng: np.random.Generator, m: int, size: int) -> list[np.ndarray]:
    """Shuffle the example indices 0..m-1 and cut them into batches of ``size``.

    Every example is in exactly one batch; the last batch is smaller when ``size`` does
    not divide m. A fresh shuffle each epoch keeps the batches from repeating.

    >>> [b.tolist() for b in batches(np.random.default_rng(0), 5, 2)]
    [[2, 4], [3, 0], [1]]
    """
    check_positive("m", m, whole=True)
    check_positive("size", size, whole=True)
    order = rng.permutation(m)
    return [order[start : start + size] for start in range(0, m, size)]
    # --8<-- [end:batches]


# --8<-- [start:step]
def step(
    layers: Sequence[Layer],
    x: np.ndarray,
    y: np.ndarray,
    learning_rate: float,
    quadratic: bool = False,
) -> list[Layer]:
    """Take one gradient-descent step on the mean cross-entropy of the batch (x, y).

    ``x`` is (m, n_0) and the one-hot ``y`` is (m, K). The error at the output is
    delta_L = dL/dz_L = (p - y) / m; ``backward`` carries it to every layer. With
    ``quadratic``, the step is on Chapter 7's cost instead, with sigmoid outputs, averaged
    over the batch: delta_L = (a_L - y) * sigma'(z_L) / m.

    >>> from nnmaths.layers import init_layers
    >>> layers = init_layers(np.random.default_rng(0), (3, 4, 2))
    >>> [W.shape for W, b in step(layers, np.ones((5, 3)), np.eye(2)[[0, 1, 1, 0, 1]], 0.1)]
    [(3, 4), (4, 2)]
    """
    check_positive("learning_rate", learning_rate)
    if quadratic:
        trace = forward(x, layers)
        delta_L = output_error(trace, y) / len(
            x
        )  # (m, K), with the factor sigma'(z_L)
    else:
        trace = forward(x, layers, output=softmax)
        delta_L = dL_dz(trace.z[-1], y)  # (m, K), no factor sigma'(z_L)
    grads = backward(trace, layers, delta_L)
    return update(layers, grads, learning_rate)
    # --8<-- [end:step]


# --8<-- [start:train]
class Training(NamedTuple):
    """The trained layers, and the scores after each epoch (entry 0: before training)."""

    layers: list[Layer]
    loss_train: (
        np.ndarray
    )  # (epochs + 1,) mean cross-entropy on the training set
    accuracy_train: (
        np.ndarray
    )  # (epochs + 1,) share of training examples right
    loss_test: np.ndarray  # (epochs + 1,) the same on the held-out test set
    accuracy_test: np.ndarray  # (epochs + 1,)


def scores(
    layers: Sequence[Layer], data: Split
) -> tuple[float, float, float, float]:
    """Return the loss and accuracy on the training set, then on the test set."""
    return (
        *evaluate(data.x_train, data.labels_train, layers),
        *evaluate(data.x_test, data.labels_test, layers),
    )


def train(
    rng: np.random.Generator,
    layers: Sequence[Layer],
    data: Split,
    learning_rate: float,
    epochs: int,
    batch_size: int,
    quadratic: bool = False,
) -> Training:
    """Run ``epochs`` passes over the training set, one ``step`` per mini-batch.

    ``rng`` shuffles the batches, so the same generator state gives the same run.
    ``quadratic`` trains on the quadratic cost instead (see ``step``); the scores are the
    same either way: the cross-entropy of softmax(z_L), and the accuracy.
    """
    check_positive("learning_rate", learning_rate)
    check_positive("batch_size", batch_size, whole=True)
    checked("labels_train", data.labels_train, (len(data.x_train),))
    checked("labels_test", data.labels_test, (len(data.x_test),))
    check_positive("epochs", epochs, whole=True)
    y_train = one_hot(data.labels_train, layers[-1].W.shape[1])  # (m, K)
    history = [scores(layers, data)]
    for _ in range(epochs):
        for batch in batches(rng, len(y_train), batch_size):
            layers = step(
                layers,
                data.x_train[batch],
                y_train[batch],
                learning_rate,
                quadratic,
            )
        history.append(scores(layers, data))
    return Training(list(layers), *np.array(history).T)
    # --8<-- [end:train]
