"""Reading a classifier's output: predicted labels, loss and accuracy, the confusion matrix."""

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from nnmaths.checks import checked
from nnmaths.crossentropy import cross_entropy, one_hot
from nnmaths.layers import Layer, forward
from nnmaths.softmax import softmax


# --8<-- [start:predict_labels]
def predict_labels(x: np.ndarray, layers: Sequence[Layer]) -> np.ndarray:
    """Return each example's most probable class: the column of its largest logit z_L.

    ``x`` is (m, n_0); the result is (m,). The softmax keeps the order of the logits, so
    the largest logit and the largest probability sit in the same column.

    >>> predict_labels(np.zeros((2, 3)), [Layer(np.zeros((3, 2)), [[0.0, 1.0]])])
    array([1, 1])
    """
    z_L = forward(x, layers, output=softmax).z[
        -1
    ]  # (m, K); softmax cannot overflow
    return z_L.argmax(axis=1)
    # --8<-- [end:predict_labels]


# --8<-- [start:evaluate]
class Score(NamedTuple):
    """How well a network does on a set of examples."""

    loss: float  # mean cross-entropy
    accuracy: float  # share of examples whose predicted label is right, 0..1


def evaluate(
    x: np.ndarray, labels: np.ndarray, layers: Sequence[Layer]
) -> Score:
    """Return the mean cross-entropy L and the accuracy of ``layers`` on (x, labels).

    ``x`` is (m, n_0) and ``labels`` holds the m true classes.

    >>> evaluate(np.zeros((2, 3)), np.array([1, 0]), [Layer(np.zeros((3, 2)), [[0.0, 0.0]])])
    Score(loss=0.6931471805599453, accuracy=0.5)
    """
    x = checked("x", x, (None, None))
    checked("labels", labels, (len(x),))
    z_L = forward(x, layers, output=softmax).z[
        -1
    ]  # (m, K); softmax cannot overflow
    loss = cross_entropy(z_L, one_hot(labels, z_L.shape[1]))
    return Score(loss, float(np.mean(z_L.argmax(axis=1) == labels)))
    # --8<-- [end:evaluate]


# --8<-- [start:confusion_matrix]
def confusion_matrix(
    labels: np.ndarray, predicted: np.ndarray, K: int
) -> np.ndarray:
    """Return the (K, K) counts C with C_ij = how many examples of class i were predicted j.

    The diagonal counts the right answers; everything off it is a mistake.

    >>> confusion_matrix(np.array([0, 1, 1]), np.array([0, 0, 1]), 2)
    array([[1, 0],
           [1, 1]])
    """
    checked("labels", labels, (None,))
    checked("predicted", predicted, (len(labels),))
    # Row i of one_hot(labels)^T marks the examples of class i; the product counts, for each
    # predicted class j, how many of them landed there.
    C = one_hot(labels, K).T @ one_hot(
        predicted, K
    )  # (K, m) @ (m, K) -> (K, K)
    return C.astype(int)
    # --8<-- [end:confusion_matrix]
