"""Cross-entropy loss with one-hot targets, and its gradient with respect to the logits."""

import numpy as np

from nnmaths.checks import check_positive, checked
from nnmaths.softmax import log_softmax, softmax


# --8<-- [start:one_hot]
def one_hot(labels: object, K: int) -> np.ndarray:
    """Return the (m, K) matrix y with y_ik = 1 if labels[i] == k, else 0.

    ``labels`` holds m whole numbers, each a class in 0..K-1.

    >>> print(one_hot([2, 0], 3))
    [[0. 0. 1.]
     [1. 0. 0.]]
    >>> one_hot([0, 3], 3)
    Traceback (most recent call last):
    ValueError: labels must be classes 0..2 (K = 3), got 3 at position 1
    """
    check_positive("K", K, whole=True)
    labels = np.asarray(labels)
    if labels.ndim != 1 or labels.size == 0 or labels.dtype.kind not in "iu":
        raise ValueError(
            f"labels must be a non-empty 1-D array of whole numbers, "
            f"got dtype {labels.dtype} with shape {labels.shape}"
        )
    outside = np.flatnonzero((labels < 0) | (labels >= K))
    if outside.size:
        i = outside[0]
        raise ValueError(
            f"labels must be classes 0..{K - 1} (K = {K}), got {labels[i]} at position {i}"
        )
    return np.eye(K)[
        labels
    ]  # row k of the identity is the one-hot vector of class k
    # --8<-- [end:one_hot]


# --8<-- [start:as_one_hot]
# Rows must sum to 1 this closely: the gradient p - y assumes sum_k y_k = 1, and is off by
# p (sum_k y_k - 1) otherwise, so the tolerance bounds that error far below what finite
# differences can see, while one-hot rows and softmax outputs (sums off by ~1e-16) pass.
SUM_TOLERANCE = 1e-9


def as_one_hot(y: object, z: np.ndarray) -> np.ndarray:
    """Return ``y`` as targets of the (m, K) shape of ``z``, each row summing to 1.

    "Summing to 1" means within ``SUM_TOLERANCE``, the accuracy to which ``dL_dz`` = (p - y)/m
    is then the exact gradient.

    >>> as_one_hot([[1.0, 0.0]], np.zeros((1, 3)))
    Traceback (most recent call last):
    ValueError: y: expected shape (1, 3), got shape (1, 2)
    """
    y = checked("y", y, z.shape)  # one row of K targets per row of z
    bad = np.flatnonzero(
        (y < 0).any(axis=1) | (np.abs(y.sum(axis=1) - 1.0) > SUM_TOLERANCE)
    )
    if bad.size:
        i = bad[0]
        raise ValueError(
            "y must have rows of non-negative numbers summing to 1 (one-hot targets), "
            f"got row {i} = {y[i].tolist()}"
        )
    return y
    # --8<-- [end:as_one_hot]


# --8<-- [start:cross_entropy]
def cross_entropy(z: object, y: object) -> float:
    """Return L = -(1/m) sum_i sum_k y_ik log p_ik, with p = softmax(z), from the logits z.

    ``z`` and the one-hot targets ``y`` are both (m, K). Taking log p from ``log_softmax``
    rather than the log of ``softmax(z)`` keeps the result exact and finite: a probability
    that rounds to 0 still has a finite logarithm.

    >>> round(cross_entropy([[0.0, 0.0]], [[1.0, 0.0]]), 4)  # log 2
    0.6931
    >>> cross_entropy([[1000.0, -1000.0]], [[0.0, 1.0]])
    2000.0
    """
    z = checked("z", z, (None, None))
    y = as_one_hot(y, z)
    return float(-np.sum(y * log_softmax(z)) / z.shape[0])
    # --8<-- [end:cross_entropy]


# --8<-- [start:dL_dz]
def dL_dz(z: object, y: object) -> np.ndarray:
    """Return dL/dz = (p - y) / m, the gradient of the mean cross-entropy at the logits.

    Shapes: ``z``, ``y`` and the result are (m, K). The 1/m comes from the mean over the batch.
    The derivation uses sum_k y_ik = 1, which ``as_one_hot`` enforces (to ``SUM_TOLERANCE``).

    >>> print(dL_dz([[0.0, 0.0]], [[1.0, 0.0]]))
    [[-0.5  0.5]]
    """
    z = checked("z", z, (None, None))
    y = as_one_hot(y, z)
    return (softmax(z) - y) / z.shape[0]
    # --8<-- [end:dL_dz]
