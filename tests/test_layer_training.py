"""Training the general network on the quadratic cost."""

import re
from functools import partial

import numpy as np
import pytest

from nnmaths.cost import cost, output_error
from nnmaths.data import training_set
from nnmaths.gradcheck import numerical_layer_gradients
from nnmaths.layer_training import (
    layer_cost,
    layer_gradients,
    train,
)
from nnmaths.layers import forward, init_layers


@pytest.fixture
def xor():
    x, y = training_set()
    return x, y, init_layers(np.random.default_rng(0), (3, 4, 4, 1))


def test_output_error_is_the_gradient_with_respect_to_z_L(xor):
    """dC/db_L for one example equals delta_L, so delta_L can be checked through the bias."""
    x, y, layers = xor
    delta_L = output_error(forward(x[:1], layers), y[:1])
    numeric = numerical_layer_gradients(
        partial(layer_cost, x[:1], y[:1]), layers
    )[-1].b
    np.testing.assert_allclose(delta_L, numeric, rtol=1e-6)


def test_numerical_layer_gradients_match_back_propagation(xor):
    x, y, layers = xor
    for analytic, numeric in zip(
        layer_gradients(x, y, layers),
        numerical_layer_gradients(partial(layer_cost, x, y), layers),
    ):
        np.testing.assert_allclose(analytic.W, numeric.W, rtol=1e-5, atol=1e-9)
        np.testing.assert_allclose(analytic.b, numeric.b, rtol=1e-5, atol=1e-9)


def test_training_lowers_the_cost_and_leaves_the_start_alone(xor):
    x, y, layers = xor
    start = [W.copy() for W, _ in layers]
    run = train(x, y, layers, 1.0, 200)
    assert run.costs.shape == (200,)
    assert run.costs[0] == pytest.approx(cost(y, forward(x, layers).a[-1]))
    assert cost(y, forward(x, run.layers).a[-1]) < run.costs[0]
    assert all(np.array_equal(W, layer.W) for W, layer in zip(start, layers))


def test_targets_that_do_not_fit_the_output(xor):
    x, y, layers = xor
    with pytest.raises(
        ValueError,
        match=re.escape("y: expected shape (4, 1), got shape (3, 1)"),
    ):
        layer_gradients(x, y[:3], layers)


@pytest.mark.parametrize("iterations", [0, 2.5])
def test_iteration_count_that_is_not_positive(xor, iterations):
    x, y, layers = xor
    message = f"iterations must be a positive whole number, got {iterations!r}"
    with pytest.raises(ValueError, match=re.escape(message)):
        train(x, y, layers, 1.0, iterations)
