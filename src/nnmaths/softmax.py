"""Softmax: turn a row of scores (logits) into probabilities, and its Jacobian."""

import numpy as np

from nnmaths.checks import checked


# --8<-- [start:softmax]
def softmax(z: object) -> np.ndarray:
    """Return p with p_ij = e^(z_ij) / sum_k e^(z_ik): each row of z becomes probabilities.

    ``z`` is (m, K), one example per row; ``p`` has the same shape and every row sums to 1.
    Subtracting the row's largest entry first changes nothing mathematically (the factor
    e^(-max) cancels) but keeps every exponent at or below 0, so e^(...) cannot overflow.

    >>> print(softmax([[1000.0, 1000.0], [0.0, np.log(3.0)]]))
    [[0.5  0.5 ]
     [0.25 0.75]]
    """
    z = checked("z", z, (None, None))
    e = np.exp(z - z.max(axis=1, keepdims=True))  # (m, K), entries in (0, 1]
    return e / e.sum(axis=1, keepdims=True)
    # --8<-- [end:softmax]


# --8<-- [start:log_softmax]
def log_softmax(z: object) -> np.ndarray:
    """Return log p computed from z directly: log p_ij = z_ij - log sum_k e^(z_ik).

    Same (m, K) shape as ``z``. The log-sum-exp is taken after subtracting the row's largest
    entry, so the sum is at least 1: its logarithm is finite, and no log(0) can occur even
    when p_ij itself would round to 0.

    >>> print(log_softmax([[0.0, -1000.0]]))
    [[    0. -1000.]]
    """
    z = checked("z", z, (None, None))
    shifted = z - z.max(
        axis=1, keepdims=True
    )  # (m, K), largest entry 0 in each row
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    # --8<-- [end:log_softmax]


# --8<-- [start:softmax_jacobian]
def softmax_jacobian(z: object) -> np.ndarray:
    """Return J with J_jk = dp_j/dz_k = p_j ([j = k] - p_k) for one example.

    ``z`` is one example's K logits (a vector); ``J`` is (K, K): diag(p) - p^T p, with p a
    row (1, K), so p^T p is the outer product. It is symmetric and dense: every p_j depends
    on every z_k.

    >>> print(softmax_jacobian([0.0, 0.0]))
    [[ 0.25 -0.25]
     [-0.25  0.25]]
    """
    z = checked("z", z, (None,))  # one example's logits, (K,)
    p = softmax(z[np.newaxis, :])[0]  # (K,)
    return np.diag(p) - np.outer(p, p)  # (K, K)
    # --8<-- [end:softmax_jacobian]
