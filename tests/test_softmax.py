import re

import numpy as np
import pytest

from nnmaths.crossentropy import cross_entropy
from nnmaths.gradcheck import relative_error
from nnmaths.softmax import log_softmax, softmax, softmax_jacobian


@pytest.fixture
def z():
    return np.random.default_rng(8).normal(size=(5, 4)) * 3


def test_rows_sum_to_one_and_entries_are_probabilities(z):
    p = softmax(z)
    assert p.shape == z.shape
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=0, atol=1e-15)
    assert ((p > 0) & (p < 1)).all()


def test_huge_logits_neither_overflow_nor_give_nan():
    # filterwarnings=error turns any overflow or invalid-value warning into a failure.
    z = np.array(
        [
            [1000.0, -1000.0, 0.0],
            [1000.0, 1000.0, 999.0],
            [-1000.0, -1000.0, -1000.0],
        ]
    )
    p = softmax(z)
    assert np.isfinite(p).all()
    np.testing.assert_allclose(p[0], [1.0, 0.0, 0.0])
    np.testing.assert_allclose(p[2], [1 / 3, 1 / 3, 1 / 3])
    assert np.isfinite(log_softmax(z)).all()


def test_adding_a_constant_to_a_row_changes_nothing(z):
    np.testing.assert_allclose(softmax(z + 123.0), softmax(z), rtol=1e-12)


def test_log_softmax_is_the_log_of_softmax(z):
    np.testing.assert_allclose(log_softmax(z), np.log(softmax(z)), rtol=1e-12)


def test_log_softmax_is_exact_where_softmax_rounds_to_zero():
    assert log_softmax([[0.0, -800.0]])[0, 1] == pytest.approx(-800.0)
    assert softmax([[0.0, -800.0]])[0, 1] == 0.0


def test_jacobian_equals_finite_differences(z):
    eps = 1e-6
    for row in z:
        numeric = np.empty((row.size, row.size))
        for j in range(row.size):
            nudge = np.zeros_like(row)
            nudge[j] = eps
            up, down = softmax([row + nudge])[0], softmax([row - nudge])[0]
            numeric[:, j] = (up - down) / (
                2 * eps
            )  # column j: how every p_i moves with z_j
        assert relative_error(softmax_jacobian(row), numeric) < 1e-8


def test_jacobian_is_symmetric_and_dense_with_rows_summing_to_zero(z):
    J = softmax_jacobian(z[0])
    np.testing.assert_allclose(J, J.T)
    assert (J != 0).all()
    # The probabilities always sum to 1, so no change of z can change their sum.
    np.testing.assert_allclose(J.sum(axis=0), 0.0, atol=1e-15)


def test_jacobian_of_one_example_is_diag_p_minus_outer_p():
    p = softmax([[1.0, 2.0, 3.0]])[0]
    J = softmax_jacobian([1.0, 2.0, 3.0])
    assert J[0, 1] == pytest.approx(-p[0] * p[1])
    assert J[2, 2] == pytest.approx(p[2] * (1 - p[2]))


Z = np.zeros((2, 3))


@pytest.mark.parametrize(
    "call",
    [
        lambda: softmax(np.zeros((0, 3))),
        lambda: cross_entropy(np.zeros((0, 3)), np.zeros((0, 3))),
    ],
    ids=["softmax", "cross_entropy"],
)
def test_empty_batches(call):
    with pytest.raises(
        ValueError,
        match=re.escape("z: expected shape (any, any), got shape (0, 3)"),
    ):
        call()


def test_jacobian_of_a_batch_instead_of_one_example():
    message = "z: expected shape (any,), got shape (2, 3)"
    with pytest.raises(ValueError, match=re.escape(message)):
        softmax_jacobian(Z)
