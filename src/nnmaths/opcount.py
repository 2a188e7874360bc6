"""Why back-propagation goes backwards: multiplications counted in both orders of the chain rule.

Every layer's error is a row times a chain of Jacobians,
delta_l = delta_L dz_L/dz_{L-1} ... dz_{l+1}/dz_l, where the Jacobian
dz_l/dz_{l-1} = W_l^T diag(sigma'(z_{l-1})) has shape (n_l, n_{l-1}): entry
(j, k) is dz_{l,j}/dz_{l-1,k}. The two orders differ in cost only.
"""

# --8<-- [start:imports]
import itertools

import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import check_sizes, checked


# --8<-- [start:counted_matmul]
def counted_matmul(
    A: np.ndarray, B: np.ndarray, tally: list[int]
) -> np.ndarray:
    """Return A @ B and append its p q r multiplications, for A (p, q) and B (q, r), to ``tally``.

    >>> tally = []
    >>> counted_matmul(np.ones((1, 3)), np.ones((3, 2)), tally).shape, tally
    ((1, 2), [6])
    """
    A = checked("A", A, (None, None))
    B = checked("B", B, (A.shape[1], None))
    tally.append(A.shape[0] * A.shape[1] * B.shape[1])
    return A @ B
    # --8<-- [end:counted_matmul]


# --8<-- [start:reverse_order]
def reverse_order(
    delta_L: np.ndarray, jacobians: list[np.ndarray], tally: list[int]
) -> list[np.ndarray]:
    """Return [delta_1, ..., delta_L], each delta_{l-1} = delta_l dz_l/dz_{l-1}.

    ``jacobians`` is [dz_2/dz_1, ..., dz_L/dz_{L-1}]; every step reuses the
    row just computed (a row times a matrix).
    """
    check_chain(delta_L, jacobians)
    deltas = [delta_L]
    for J in reversed(jacobians):  # J = dz_l/dz_{l-1}, (n_l, n_{l-1})
        deltas.insert(0, counted_matmul(deltas[0], J, tally))  # (1, n_{l-1})
    return deltas
    # --8<-- [end:reverse_order]


# --8<-- [start:forward_order]
def forward_order(
    delta_L: np.ndarray, jacobians: list[np.ndarray], tally: list[int]
) -> list[np.ndarray]:
    """Return [delta_1, ..., delta_L], each layer's chain dz_L/dz_l on its own.

    The Jacobians are multiplied from the layer toward the cost (a matrix
    times a matrix), and nothing is shared between layers.
    """
    check_chain(delta_L, jacobians)
    deltas = []
    for l, J in enumerate(jacobians):
        chain = J  # dz_{l+1}/dz_l, (n_{l+1}, n_l)
        for J_next in jacobians[l + 1 :]:  # (n_{k+1}, n_k) @ (n_k, n_l)
            chain = counted_matmul(J_next, chain, tally)
        deltas.append(counted_matmul(delta_L, chain, tally))  # (1, n_l)
    return [*deltas, delta_L]
    # --8<-- [end:forward_order]


# --8<-- [start:multiplications]
def multiplications(
    widths: tuple[int, ...], rng: np.random.Generator
) -> tuple[int, int]:
    """Count the multiplications (forward order, reverse order) for layers of ``widths``.

    ``widths`` is (n_1, ..., n_L), the units of each layer; the input width does not enter.

    >>> multiplications((4, 3, 1), np.random.default_rng(0))
    (19, 15)
    """
    check_sizes("widths", widths)
    jacobians = [
        rng.normal(size=(n, n_prev))  # dz_l/dz_{l-1}, (n_l, n_{l-1})
        for n_prev, n in itertools.pairwise(widths)
    ]
    delta_L = rng.normal(size=(1, widths[-1]))
    forward_tally: list[int] = []
    reverse_tally: list[int] = []
    forward_order(delta_L, jacobians, forward_tally)
    reverse_order(delta_L, jacobians, reverse_tally)
    return sum(forward_tally), sum(reverse_tally)
    # --8<-- [end:multiplications]


def check_chain(delta_L: object, jacobians: list[np.ndarray]) -> None:
    """Raise ``ValueError`` unless ``delta_L`` is one row and the Jacobians chain.

    ``jacobians`` is [dz_2/dz_1, ..., dz_L/dz_{L-1}], each (n_l, n_{l-1}): its
    columns match the rows of the one before it, and the last has one row per
    entry of ``delta_L``, of shape (1, n_L).

    >>> check_chain(np.ones((1, 2)), [np.ones((3, 4)), np.ones((1, 3))])
    Traceback (most recent call last):
    ValueError: jacobians[1]: expected shape (2, 3), got shape (1, 3)
    """
    delta_L = checked("delta_L", delta_L, (1, None))
    for l, J in enumerate(jacobians):
        columns = np.shape(jacobians[l - 1])[0] if l else None
        rows = delta_L.shape[1] if l == len(jacobians) - 1 else None
        checked(f"jacobians[{l}]", J, (rows, columns))
