import re

import numpy as np
import pytest

from nnmaths.crossentropy import cross_entropy, dL_dz, one_hot
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.softmax import softmax


@pytest.fixture
def batch():
    rng = np.random.default_rng(80)
    z = rng.normal(size=(6, 4)) * 2
    y = one_hot(rng.integers(0, 4, size=6), 4)
    return z, y


def test_one_hot_rows_pick_the_label():
    y = one_hot(np.array([3, 0, 3]), 4)
    assert y.shape == (3, 4)
    np.testing.assert_array_equal(y.argmax(axis=1), [3, 0, 3])
    np.testing.assert_array_equal(y.sum(axis=1), [1, 1, 1])


def test_loss_is_the_mean_of_minus_log_p_of_the_true_class(batch):
    z, y = batch
    p = softmax(z)
    expected = np.mean(
        [-np.log(p[i, k]) for i, k in enumerate(y.argmax(axis=1))]
    )
    assert cross_entropy(z, y) == pytest.approx(expected, rel=1e-12)


def test_loss_of_uniform_scores_is_log_K():
    assert cross_entropy(
        np.zeros((3, 10)), one_hot([1, 5, 9], 10)
    ) == pytest.approx(np.log(10))


def test_huge_logits_give_a_finite_loss_and_gradient():
    z = np.array([[1000.0, -1000.0], [-1000.0, 1000.0]])
    y = one_hot([1, 1], 2)
    assert cross_entropy(z, y) == pytest.approx(
        1000.0
    )  # 2000 for a wrong row, 0 for a right one
    np.testing.assert_allclose(dL_dz(z, y), [[0.5, -0.5], [0.0, 0.0]])


def test_gradient_is_p_minus_y_over_m_by_finite_differences(batch):
    z, y = batch
    numeric = numerical_gradient(lambda z: cross_entropy(z, y), z)
    assert relative_error(dL_dz(z, y), numeric) < 1e-7
    np.testing.assert_allclose(dL_dz(z, y), (softmax(z) - y) / len(z))


def test_soft_targets_that_sum_to_one_are_accepted():
    y = np.array([[0.25, 0.75]])
    z = np.array([[0.0, 0.0]])
    assert cross_entropy(z, y) == pytest.approx(np.log(2))


def test_targets_off_one_by_more_than_the_gradient_allows_are_rejected():
    # The repro: a row summing to 1.000004, for which (p - y)/m is not the gradient.
    with pytest.raises(
        ValueError, match=r"summing to 1 .*row 0 = \[0\.500004, 0\.5\]"
    ):
        dL_dz([[0.0, 0.0]], [[0.500004, 0.5]])


def test_accepted_targets_off_one_still_have_gradient_p_minus_y():
    z = np.array([[0.0, 0.0], [1.0, -2.0]])
    y = np.array(
        [[0.5 + 5e-10, 0.5], [0.3, 0.7 + 5e-10]]
    )  # inside the tolerance
    numeric = numerical_gradient(lambda z: cross_entropy(z, y), z)
    np.testing.assert_allclose(dL_dz(z, y), numeric, rtol=0, atol=1e-9)


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


@pytest.mark.parametrize(
    "loss", LOSS_AND_GRADIENT.values(), ids=LOSS_AND_GRADIENT.keys()
)
def test_target_rows_that_do_not_sum_to_one(loss):
    message = "y must have rows of non-negative numbers summing to 1 (one-hot targets), "
    message += "got row 1 = [0.0, 1.0, 1.0]"
    with pytest.raises(ValueError, match=re.escape(message)):
        loss(Z, [[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]])


def test_empty_labels():
    with pytest.raises(
        ValueError, match=re.escape("got dtype float64 with shape (0,)")
    ):
        one_hot([], 3)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_logits(bad):
    z = Z.copy()
    z[1, 2] = bad
    with pytest.raises(
        ValueError, match="z: expected finite numbers, got NaN or inf"
    ):
        cross_entropy(z, Y)


def test_non_finite_targets():
    y = Y.copy()
    y[0, 0] = np.nan
    with pytest.raises(
        ValueError, match="y: expected finite numbers, got NaN or inf"
    ):
        dL_dz(Z, y)


@pytest.mark.parametrize(
    "loss", LOSS_AND_GRADIENT.values(), ids=LOSS_AND_GRADIENT.keys()
)
def test_targets_of_another_shape(loss):
    with pytest.raises(
        ValueError,
        match=re.escape("y: expected shape (2, 3), got shape (2, 4)"),
    ):
        loss(Z, np.eye(4)[:2])
