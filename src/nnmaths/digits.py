"""The handwritten digits that ship with scikit-learn, scaled and split for training.

scikit-learn is a dependency of the docs and tests only, so it is imported inside the
functions that need it: importing ``nnmaths`` or this module never requires it.
"""

from typing import NamedTuple

import numpy as np

from nnmaths.checks import check_fraction


# --8<-- [start:load]
class Split(NamedTuple):
    """Training and test examples, one image of 8 x 8 = 64 pixels per row."""

    x_train: np.ndarray  # (m_train, 64), pixel values in [0, 1]
    labels_train: np.ndarray  # (m_train,), digits 0..9
    x_test: np.ndarray  # (m_test, 64)
    labels_test: np.ndarray  # (m_test,)


def load_split(test_size: float = 0.25, seed: int = 0) -> Split:
    """Load the 1,797 digits, scale pixels from 0..16 to [0, 1], and hold out a test set.

    The split is stratified, so each digit keeps its share in both parts, and ``seed``
    fixes which images are held out.

    >>> split = load_split()
    >>> split.x_train.shape, split.x_test.shape, float(split.x_train.max())
    ((1347, 64), (450, 64), 1.0)
    """
    check_fraction("test_size", test_size)
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    digits = load_digits()
    x = digits.data / 16.0  # (1797, 64); the scanner's 17 gray levels, 0 to 16
    parts = train_test_split(
        x,
        digits.target,
        test_size=test_size,
        stratify=digits.target,
        random_state=seed,
    )
    x_train, x_test, labels_train, labels_test = parts
    return Split(x_train, labels_train, x_test, labels_test)
    # --8<-- [end:load]


# --8<-- [start:validation_split]
def validation_split(data: Split, size: float = 0.25, seed: int = 0) -> Split:
    """Cut the training part of ``data`` again: a Split whose held-out part is a validation set.

    Settings are chosen by scores on the validation set, so the test set is left untouched
    until the end. The split is stratified, like ``load_split``.

    >>> inner = validation_split(load_split())
    >>> inner.x_train.shape, inner.x_test.shape
    ((1010, 64), (337, 64))
    """
    check_fraction("size", size)
    from sklearn.model_selection import train_test_split

    parts = train_test_split(
        data.x_train,
        data.labels_train,
        test_size=size,
        stratify=data.labels_train,
        random_state=seed,
    )
    x_train, x_validation, labels_train, labels_validation = parts
    return Split(x_train, labels_train, x_validation, labels_validation)
    # --8<-- [end:validation_split]
