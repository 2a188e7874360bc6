"""Back-propagation as local rules on a graph, and what it costs.

Each node of a computational graph passes the gradient it receives back to
its inputs by a rule that looks at the node alone: an addition hands it on
unchanged, a product hands each input the other input's value times it, a
maximum routes it to the larger input. The counts compare the multiplications
of back-propagation with those of finite differences.
"""

# --8<-- [start:imports]
import itertools

# --8<-- [end:imports]
from nnmaths.checks import check_positive


# --8<-- [start:local_rules]
def add_back(grad: float) -> tuple[float, float]:
    """s = u + v: each input gets the gradient unchanged (add distributes).

    >>> add_back(3.0)
    (3.0, 3.0)
    """
    return grad, grad


def multiply_back(u: float, v: float, grad: float) -> tuple[float, float]:
    """p = u v: u gets v times the gradient, v gets u times it (multiply swaps).

    >>> multiply_back(2.0, 5.0, 1.0)
    (5.0, 2.0)
    """
    return v * grad, u * grad


def max_back(u: float, v: float, grad: float) -> tuple[float, float]:
    """m = max(u, v): the larger input gets the gradient, the other 0 (max routes).

    >>> max_back(2.0, 5.0, 1.0)
    (0.0, 1.0)
    """
    return (grad, 0.0) if u >= v else (0.0, grad)
    # --8<-- [end:local_rules]


# --8<-- [start:check_sizes]
def check_sizes(sizes: tuple[int, ...]) -> None:
    """Raise ``ValueError`` unless ``sizes`` lists two or more positive widths.

    >>> check_sizes((3,))
    Traceback (most recent call last):
    ValueError: sizes: expected at least 2 layer widths (inputs, outputs), got (3,)
    """
    if len(sizes) < 2:
        raise ValueError(
            "sizes: expected at least 2 layer widths (inputs, outputs), "
            f"got {sizes}"
        )
    for i, n in enumerate(sizes):
        check_positive(f"sizes[{i}]", n, whole=True)
    # --8<-- [end:check_sizes]


# --8<-- [start:counts]
def forward_count(sizes: tuple[int, ...]) -> int:
    """One example forward: z_l = a_{l-1} W_l costs n_{l-1} n_l, one per weight.

    >>> forward_count((2, 3, 1))
    9
    """
    check_sizes(sizes)
    return sum(n_prev * n for n_prev, n in itertools.pairwise(sizes))


def backprop_count(sizes: tuple[int, ...]) -> int:
    """A forward pass, then a_{l-1}^T delta_l for every layer (one per weight)
    and delta_l W_l^T for every layer but the first.

    >>> backprop_count((2, 3, 1))
    21
    """
    check_sizes(sizes)
    weights = forward_count(sizes)  # one multiplication per weight
    return weights + weights + (weights - sizes[0] * sizes[1])


def finite_difference_count(sizes: tuple[int, ...]) -> int:
    """Two forward passes for each of the P weights and biases.

    >>> finite_difference_count((2, 3, 1))
    234
    """
    check_sizes(sizes)
    P = forward_count(sizes) + sum(sizes[1:])  # weights and biases
    return 2 * P * forward_count(sizes)
    # --8<-- [end:counts]
