"""The finite-difference Jacobian: known Jacobians, its shape, and bad input."""

import re

import numpy as np
import pytest

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.gradcheck import numerical_jacobian


def test_jacobian_of_a_row_times_a_matrix_is_the_transpose():
    """z = a W for one example: dz_j/da_i = W_ij, so the Jacobian is W^T."""
    rng = np.random.default_rng(0)
    W = rng.normal(size=(4, 2))
    J = numerical_jacobian(lambda a: a @ W, rng.normal(size=4))
    assert J.shape == (2, 4)
    np.testing.assert_allclose(J, W.T, rtol=0, atol=1e-9)


def test_jacobian_of_the_sigmoid_is_diagonal():
    z = np.linspace(-3, 3, 5)
    np.testing.assert_allclose(
        numerical_jacobian(sigmoid, z),
        np.diag(sigmoid_prime(z)),
        rtol=0,
        atol=1e-9,
    )


def test_chain_rule_multiplies_jacobians():
    rng = np.random.default_rng(1)
    W, b, a = rng.normal(size=(3, 5)), rng.normal(size=5), rng.normal(size=3)
    z = a @ W + b
    J = numerical_jacobian(lambda v: sigmoid(v @ W + b), a)
    np.testing.assert_allclose(
        J, np.diag(sigmoid_prime(z)) @ W.T, rtol=0, atol=1e-9
    )


def test_a_scalar_function_has_a_one_row_jacobian():
    J = numerical_jacobian(
        lambda x: np.array([np.sum(x**2)]), np.array([1.0, -2.0, 3.0])
    )
    np.testing.assert_allclose(J, [[2.0, -4.0, 6.0]], rtol=1e-6)


def test_x_that_is_not_a_vector():
    message = "x: expected shape (any,), got shape (1, 3)"
    with pytest.raises(ValueError, match=re.escape(message)):
        numerical_jacobian(sigmoid, np.zeros((1, 3)))


def test_empty_x():
    with pytest.raises(
        ValueError, match=re.escape("x: expected shape (any,), got shape (0,)")
    ):
        numerical_jacobian(sigmoid, np.zeros(0))


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_non_finite_x(bad):
    with pytest.raises(
        ValueError, match="x: expected finite numbers, got NaN or inf"
    ):
        numerical_jacobian(sigmoid, np.array([0.0, bad]))


def test_f_that_does_not_return_a_vector():
    with pytest.raises(
        ValueError,
        match=re.escape("f(x): expected shape (any,), got shape ()"),
    ):
        numerical_jacobian(lambda x: np.sum(x), np.zeros(2))
