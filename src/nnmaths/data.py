"""The training set of Chapter 6, and the new input the trained network is asked about."""

# --8<-- [start:imports]
import numpy as np

# --8<-- [end:imports]


# --8<-- [start:training_set]
def training_set() -> tuple[np.ndarray, np.ndarray]:
    """Return the four examples ``x`` (4, 3) and their targets ``y`` (4, 1).

    Each row of ``x`` is one example. The third column is always 1, so the
    first layer can learn an offset. The target is 1 when exactly one of the
    first two inputs is 1: the XOR of the first two columns.

    >>> x, y = training_set()
    >>> x.shape, y.shape
    ((4, 3), (4, 1))
    """
    x = np.array(
        [
            [0, 0, 1],
            [0, 1, 1],
            [1, 0, 1],
            [1, 1, 1],
        ]
    )  # (4, 3): one example per row
    y = np.array(
        [
            [0],
            [1],
            [1],
            [0],
        ]
    )  # (4, 1): one target per row
    return x, y
    # --8<-- [end:training_set]


# --8<-- [start:new_input]
def new_input() -> np.ndarray:
    """Return the input [1, 0, 1] as one row, shape (1, 3).

    >>> new_input()
    array([[1, 0, 1]])
    """
    return np.array([[1, 0, 1]])  # (1, 3)
    # --8<-- [end:new_input]
