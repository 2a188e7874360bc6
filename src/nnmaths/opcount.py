"""Why back-propagation goes backwards: multiplications counted in both orders of the chain rule.

Every layer's error is a row times a chain of matrices, delta_l = delta_L (J_{l+1} ... J_L)^T,
with J_l = diag(sigma'(z_{l-1})) W_l of shape (n_{l-1}, n_l). The orders differ in cost only.
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
    delta_L: np.ndarray, Js: list[np.ndarray], tally: list[int]
) -> list[np.ndarray]:
    """Return [delta_1, ..., delta_L], each delta_{l-1} = delta_l J_l^T from the one after it.

    ``Js`` is [J_2, ..., J_L]; every step reuses the row just computed (a row times a matrix).
    """
    check_chain(delta_L, Js)
    deltas = [delta_L]
    for J in reversed(Js):
        deltas.insert(
            0, counted_matmul(deltas[0], J.T, tally)
        )  # (1, n_l) @ (n_l, n_{l-1})
    return deltas
    # --8<-- [end:reverse_order]


# --8<-- [start:forward_order]
def forward_order(
    delta_L: np.ndarray, Js: list[np.ndarray], tally: list[int]
) -> list[np.ndarray]:
    """Return [delta_1, ..., delta_L], each layer's chain J_{l+1} ... J_L multiplied on its own.

    The matrices are multiplied from the layer's end toward the cost (a matrix times a matrix),
    and nothing is shared between layers.
    """
    check_chain(delta_L, Js)
    deltas = []
    for l, J in enumerate(Js):
        chain = J  # (n_l, n_{l+1})
        for J_next in Js[l + 1 :]:
            chain = counted_matmul(
                chain, J_next, tally
            )  # (n_l, n_k) @ (n_k, n_{k+1})
        deltas.append(
            counted_matmul(delta_L, chain.T, tally)
        )  # (1, n_L) @ (n_L, n_l)
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
    Js = [
        rng.normal(size=(n_prev, n))
        for n_prev, n in itertools.pairwise(widths)
    ]
    delta_L = rng.normal(size=(1, widths[-1]))
    forward_tally: list[int] = []
    reverse_tally: list[int] = []
    forward_order(delta_L, Js, forward_tally)
    reverse_order(delta_L, Js, reverse_tally)
    return sum(forward_tally), sum(reverse_tally)
    # --8<-- [end:multiplications]


def check_chain(delta_L: object, Js: list[np.ndarray]) -> None:
    """Raise ``ValueError`` unless ``delta_L`` is one row and ``Js`` = [J_2, ..., J_L] chain.

    J_l is (n_{l-1}, n_l): its rows match the columns of the J before it, and the last J
    has one column per entry of ``delta_L``, of shape (1, n_L).

    >>> check_chain(np.ones((1, 2)), [np.ones((4, 3)), np.ones((3, 1))])
    Traceback (most recent call last):
    ValueError: Js[1]: expected shape (3, 2), got shape (3, 1)
    """
    delta_L = checked("delta_L", delta_L, (1, None))
    for l, J in enumerate(Js):
        rows = np.shape(Js[l - 1])[1] if l else None
        columns = delta_L.shape[1] if l == len(Js) - 1 else None
        checked(f"Js[{l}]", J, (rows, columns))
