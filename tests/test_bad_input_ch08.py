"""Chapter 8's functions stop bad input with a ValueError naming what was expected and what came."""

import re

import numpy as np
import pytest

from nnmaths.crossentropy import cross_entropy, dL_dz, one_hot
from nnmaths.softmax import softmax, softmax_jacobian

Z = np.zeros((2, 3))
Y = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
LOSS_AND_GRADIENT = {"cross_entropy": cross_entropy, "dL_dz": dL_dz}


def test_labels_outside_the_classes():
    message = "labels must be classes 0..9 (K = 10), got -1 at position 2"
    with pytest.raises(ValueError, match=re.escape(message)):
        one_hot([0, 9, -1, 10], 10)


def test_labels_that_are_not_whole_numbers():
    message = "labels must be a non-empty 1-D array of whole numbers, got dtype float64"
    with pytest.raises(ValueError, match=re.escape(message)):
        one_hot([0.0, 1.5], 3)


@pytest.mark.parametrize("loss", LOSS_AND_GRADIENT.values(), ids=LOSS_AND_GRADIENT.keys())
def test_target_rows_that_do_not_sum_to_one(loss):
    message = "y must have rows of non-negative numbers summing to 1 (one-hot targets), "
    message += "got row 1 = [0.0, 1.0, 1.0]"
    with pytest.raises(ValueError, match=re.escape(message)):
        loss(Z, [[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]])


@pytest.mark.parametrize(
    "call",
    [lambda: softmax(np.zeros((0, 3))), lambda: cross_entropy(np.zeros((0, 3)), np.zeros((0, 3)))],
    ids=["softmax", "cross_entropy"],
)
def test_empty_batches(call):
    with pytest.raises(
        ValueError, match=re.escape("z must have at least one row, got shape (0, 3)")
    ):
        call()


def test_empty_labels():
    with pytest.raises(ValueError, match=re.escape("got dtype float64 with shape (0,)")):
        one_hot([], 3)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_logits(bad):
    z = Z.copy()
    z[1, 2] = bad
    with pytest.raises(ValueError, match="z must hold finite numbers only, got NaN or inf"):
        cross_entropy(z, Y)


def test_non_finite_targets():
    y = Y.copy()
    y[0, 0] = np.nan
    with pytest.raises(ValueError, match="y must hold finite numbers only, got NaN or inf"):
        dL_dz(Z, y)


@pytest.mark.parametrize("loss", LOSS_AND_GRADIENT.values(), ids=LOSS_AND_GRADIENT.keys())
def test_targets_of_another_shape(loss):
    with pytest.raises(
        ValueError,
        match=re.escape("y must have shape (2, 3) (one row of K targets per row of z), got (2, 4)"),
    ):
        loss(Z, np.eye(4)[:2])


def test_jacobian_of_a_batch_instead_of_one_example():
    message = "z must be a 1-D array (a vector), got 2-D with shape (2, 3)"
    with pytest.raises(ValueError, match=re.escape(message)):
        softmax_jacobian(Z)
