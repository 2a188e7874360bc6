"""A made-up leaf data set: two features per leaf, healthy or diseased.

The numbers are synthetic, drawn from a seeded generator, so that the
perceptron of Chapter 1 has something to look at that fits in a plane.
"""

# --8<-- [start:imports]
import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import check_positive

# --8<-- [start:leaves]
# Feature 0: how green the leaf is; feature 1: the fraction of its area with spots.
HEALTHY_CENTER = np.array([0.75, 0.25])
DISEASED_CENTER = np.array([0.35, 0.55])
SPREAD = 0.08


def leaves(
    rng: np.random.Generator, m: int = 15
) -> tuple[np.ndarray, np.ndarray]:
    """Draw ``m`` healthy and ``m`` diseased leaves: x of shape (2m, 2), y of shape (2m,).

    Each class is a round cloud of spread ``SPREAD`` around its center; y is
    1.0 for a healthy leaf and 0.0 for a diseased one. Healthy leaves come first.

    >>> x, y = leaves(np.random.default_rng(0), m=3)
    >>> x.shape, y.tolist()
    ((6, 2), [1.0, 1.0, 1.0, 0.0, 0.0, 0.0])
    """
    check_positive("m", m, whole=True)
    healthy = rng.normal(HEALTHY_CENTER, SPREAD, size=(m, 2))
    diseased = rng.normal(DISEASED_CENTER, SPREAD, size=(m, 2))
    x = np.vstack([healthy, diseased])  # (2m, 2): one leaf per row
    y = np.concatenate([np.ones(m), np.zeros(m)])  # (2m,)
    return x, y
    # --8<-- [end:leaves]
