"""The finite-difference Jacobian: known Jacobians, its shape, and bad input."""

import re

import numpy as np
import pytest

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.gradcheck import (
    central_difference,
    loss_with,
    numerical_gradient,
    numerical_jacobian,
    numerical_layer_gradients,
    relative_error,
)
from nnmaths.layers import Layer


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


def total(x):
    return float(np.sum(x))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: relative_error(np.ones(3), np.ones(1)),
            r"numeric: expected shape \(3,\), got shape \(1,\)",
        ),
        (
            lambda: relative_error(np.array([]), np.array([])),
            r"analytic: expected shape \(any,\), got shape \(0,\)",
        ),
        (
            lambda: relative_error(np.ones(2), np.array([1.0, np.nan])),
            r"numeric: expected finite numbers, got NaN or inf in \[1.0, nan\]",
        ),
        (
            lambda: numerical_gradient(total, np.array([np.inf])),
            r"W: expected finite numbers, got NaN or inf in \[inf\]",
        ),
        (
            lambda: numerical_gradient(total, np.ones(2), eps=0.0),
            r"eps must be a positive number, got 0.0",
        ),
        (
            lambda: central_difference(total, np.ones(2), 2, 1e-6),
            r"j: expected the index of one entry of shape \(2,\), got 2",
        ),
        (
            lambda: central_difference(total, np.ones((2, 2)), 0, 1e-6),
            r"j: expected the index of one entry of shape \(2, 2\), got 0",
        ),
        (
            lambda: numerical_jacobian(np.sin, np.ones(2), eps=-1.0),
            r"eps must be a positive number, got -1.0",
        ),
        (
            lambda: loss_with(
                len, [Layer(np.ones((1, 1)), np.ones((1, 1)))], 1, "W", 0.0
            ),
            r"l: expected indices 0..0, got 1 at position 0",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_numerical_layer_gradients_names_the_layer_that_is_not_finite():
    layers = [
        Layer(np.ones((2, 1)), np.zeros((1, 1))),
        Layer(np.array([[np.inf]]), np.zeros((1, 1))),
    ]
    with pytest.raises(
        ValueError, match=r"W2: expected finite numbers, got NaN or inf"
    ):
        numerical_layer_gradients(lambda layers: 0.0, layers)
