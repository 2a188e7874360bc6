"""Vectors and the dot product: the sum of products, lengths, angles and projections.

A vector is a 1-D numpy array. In the site's row layout a single example is a
vector, or a 1 x n matrix when it is one row of a batch.
"""

# --8<-- [start:imports]
import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import check_nonzero, checked


# --8<-- [start:dot]
def dot(a: np.ndarray, b: np.ndarray) -> float:
    """The algebraic dot product, the sum of products: a . b = a_1 b_1 + ... + a_n b_n.

    ``a`` and ``b`` have the same shape (n,). numpy's ``a @ b`` computes the same.

    >>> dot(np.array([1.0, 2.0, 3.0]), np.array([4.0, -5.0, 6.0]))
    12.0
    """
    a = checked("a", a, (None,))
    b = checked("b", b, a.shape)
    return float(np.sum(a * b))
    # --8<-- [end:dot]


# --8<-- [start:norm]
def norm(a: np.ndarray) -> float:
    """The length of ``a``: |a| = sqrt(a . a), Pythagoras in n dimensions.

    >>> norm(np.array([3.0, 4.0]))
    5.0
    """
    a = checked("a", a, (None,))
    return float(np.sqrt(dot(a, a)))
    # --8<-- [end:norm]


# --8<-- [start:angle]
def angle(a: np.ndarray, b: np.ndarray) -> float:
    """The angle between ``a`` and ``b`` in radians, from cos(theta) = a . b / (|a| |b|).

    Both must be nonzero. Rounding can push the cosine a hair past 1 for
    parallel vectors, so it is clipped to [-1, 1] before the arccosine.

    >>> round(float(np.degrees(angle(np.array([1.0, 0.0]), np.array([1.0, 1.0])))), 6)
    45.0
    """
    a = checked("a", a, (None,))
    b = checked("b", b, a.shape)
    check_nonzero("a", a)
    check_nonzero("b", b)
    cosine = dot(a, b) / (norm(a) * norm(b))
    return float(np.arccos(np.clip(cosine, -1.0, 1.0)))
    # --8<-- [end:angle]


# --8<-- [start:geometric_dot]
def direction(a: np.ndarray) -> float:
    """The direction of a 2-D vector: its angle from the x axis, in radians.

    >>> round(float(np.degrees(direction(np.array([0.0, 2.0])))), 6)
    90.0
    """
    a = checked("a", a, (2,))
    check_nonzero("a", a)
    return float(np.arctan2(a[1], a[0]))


def geometric_dot(a: np.ndarray, b: np.ndarray) -> float:
    """The geometric dot product of two 2-D vectors: |a| |b| cos(theta).

    The angle theta is measured from the two directions alone, without the
    sum of products, so this is an independent way to the same number.

    >>> round(geometric_dot(np.array([1.0, 2.0]), np.array([3.0, -1.0])), 12)
    1.0
    """
    a = checked("a", a, (2,))
    b = checked("b", b, (2,))
    check_nonzero("a", a)
    check_nonzero("b", b)
    theta = direction(b) - direction(a)
    return norm(a) * norm(b) * float(np.cos(theta))
    # --8<-- [end:geometric_dot]


# --8<-- [start:projection]
def scalar_projection(a: np.ndarray, onto: np.ndarray) -> float:
    """How far ``a`` reaches along ``onto``: a . u with u = onto / |onto|, equal to |a| cos(theta).

    Positive when the angle is below 90 degrees, negative above it.

    >>> scalar_projection(np.array([2.0, 3.0]), np.array([4.0, 0.0]))
    2.0
    """
    a = checked("a", a, (None,))
    onto = checked("onto", onto, a.shape)
    check_nonzero("onto", onto)
    return dot(a, onto) / norm(onto)


def projection(a: np.ndarray, onto: np.ndarray) -> np.ndarray:
    """The vector projection of ``a`` on ``onto``: (a . b / b . b) b, with b = ``onto``.

    What is left, ``a - projection(a, onto)``, is perpendicular to ``onto``.

    >>> projection(np.array([2.0, 3.0]), np.array([4.0, 0.0]))
    array([2., 0.])
    """
    a = checked("a", a, (None,))
    onto = checked("onto", onto, a.shape)
    check_nonzero("onto", onto)
    return dot(a, onto) / dot(onto, onto) * onto
    # --8<-- [end:projection]
