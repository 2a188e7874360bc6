"""The general network: gradients against finite differences, Chapter 6 as a special case, bad input."""

import re

import numpy as np
import pytest

from nnmaths.activations import sigmoid_prime
from nnmaths.cost import cost
from nnmaths.data import training_set
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.layers import (
    Layer,
    backward,
    forward,
    init_layers,
    layer_gradient,
    update,
)
from nnmaths.network import gradients, init_weights

SIZES = (3, 5, 4, 2)  # three layers


def random_problem(seed):
    rng = np.random.default_rng(seed)
    layers = init_layers(rng, SIZES)
    # Non-zero biases, so that a bias that is dropped anywhere changes the result.
    layers = [Layer(W, rng.normal(size=b.shape)) for W, b in layers]
    x = rng.normal(size=(6, SIZES[0]))
    y = rng.uniform(size=(6, SIZES[-1]))
    return x, y, layers


def quadratic_gradients(x, y, layers):
    """Back-propagate C = 1/2 ||y - a_L||^2: delta_L = (a_L - y) * sigma'(z_L)."""
    trace = forward(x, layers)
    return backward(
        trace, layers, (trace.a[-1] - y) * sigmoid_prime(trace.z[-1])
    )


def cost_of(x, y, layers, l, field):
    """The cost as a function of one parameter matrix, every other one held fixed."""

    def C(value):
        changed = list(layers)
        changed[l] = layers[l]._replace(**{field: value})
        return cost(y, forward(x, changed).a[-1])

    return C


@pytest.mark.parametrize("field", ["W", "b"])
@pytest.mark.parametrize("l", range(len(SIZES) - 1))
@pytest.mark.parametrize("seed", [0, 1])
def test_every_gradient_matches_finite_differences(seed, l, field):
    x, y, layers = random_problem(seed)
    analytic = getattr(quadratic_gradients(x, y, layers)[l], field)
    numeric = numerical_gradient(
        cost_of(x, y, layers, l, field), getattr(layers[l], field)
    )
    assert analytic.shape == numeric.shape == getattr(layers[l], field).shape
    assert relative_error(analytic, numeric) < 1e-6


def test_the_check_catches_a_missing_bias_sum():
    """A bias gradient taken from the first example only must fail the same check."""
    x, y, layers = random_problem(2)
    trace = forward(x, layers)
    delta_L = (trace.a[-1] - y) * sigmoid_prime(trace.z[-1])
    numeric = numerical_gradient(cost_of(x, y, layers, -1, "b"), layers[-1].b)
    assert relative_error(delta_L[:1], numeric) > 1e-2
    assert (
        relative_error(backward(trace, layers, delta_L)[-1].b, numeric) < 1e-6
    )


def test_chapter_6_is_the_special_case_without_biases():
    x, y = training_set()
    W1, W2 = init_weights(np.random.RandomState(1))
    layers = [Layer(W1, np.zeros((1, 4))), Layer(W2, np.zeros((1, 1)))]
    trace = forward(x, layers)
    delta_L = (trace.a[2] - y) * sigmoid_prime(trace.z[1])
    (dW1, _), (dW2, _) = backward(trace, layers, delta_L)
    dC_dW1, dC_dW2 = gradients(x, y, W1, W2)
    np.testing.assert_array_equal(dW1, dC_dW1)
    np.testing.assert_array_equal(dW2, dC_dW2)


def test_trace_lengths_and_shapes():
    x, _, layers = random_problem(3)
    trace = forward(x, layers)
    assert len(trace.a) == len(layers) + 1 and len(trace.z) == len(layers)
    assert [a.shape[1] for a in trace.a] == list(SIZES)
    np.testing.assert_array_equal(trace.a[0], x)
    np.testing.assert_array_equal(trace.z[0], x @ layers[0].W + layers[0].b)


def test_output_function_applies_to_the_last_layer_only():
    x, _, layers = random_problem(4)
    plain, linear = forward(x, layers), forward(x, layers, output=lambda z: z)
    np.testing.assert_array_equal(linear.a[-1], linear.z[-1])
    np.testing.assert_array_equal(linear.a[1], plain.a[1])


def test_update_steps_against_the_gradient_and_keeps_the_old_layers():
    x, y, layers = random_problem(5)
    before = [Layer(W.copy(), b.copy()) for W, b in layers]
    grads = quadratic_gradients(x, y, layers)
    new = update(layers, grads, 0.1)
    np.testing.assert_allclose(new[1].W, layers[1].W - 0.1 * grads[1].W)
    np.testing.assert_allclose(new[2].b, layers[2].b - 0.1 * grads[2].b)
    assert all(np.array_equal(o.W, l.W) for o, l in zip(before, layers))
    assert cost(y, forward(x, new).a[-1]) < cost(y, forward(x, layers).a[-1])


def test_init_layers_scales_by_fan_in_and_zeros_biases():
    layers = init_layers(np.random.default_rng(0), (400, 300, 1))
    assert abs(layers[0].W.std() - 1 / 20) < 0.005
    assert not layers[0].b.any() and not layers[1].b.any()
    scaled = init_layers(np.random.default_rng(0), (2, 2), scale=3.0)[0].W
    np.testing.assert_array_equal(
        scaled, 3.0 * np.random.default_rng(0).standard_normal((2, 2))
    )


def test_init_layers_accepts_the_legacy_generator():
    layers = init_layers(np.random.RandomState(1), (3, 4, 1))
    assert [W.shape for W, _ in layers] == [(3, 4), (4, 1)]


# Bad input: one test per case.


def test_layer_sizes_that_do_not_chain():
    x, _, layers = random_problem(6)
    layers[2] = Layer(np.ones((3, 2)), np.zeros((1, 2)))
    message = "W3: expected shape (4, any), got shape (3, 2)"
    with pytest.raises(ValueError, match=re.escape(message)):
        forward(x, layers)


def test_bias_that_does_not_fit_its_layer():
    x, _, layers = random_problem(6)
    layers[1] = Layer(layers[1].W, np.zeros((4, 1)))
    message = "b2: expected shape (1, 4), got shape (4, 1)"
    with pytest.raises(ValueError, match=re.escape(message)):
        forward(x, layers)


@pytest.mark.parametrize(
    ("sizes", "message"),
    [
        ((3,), r"sizes: expected at least 2 sizes, got \(3,\)"),
        ((3, 0, 1), r"sizes\[1\] must be a positive whole number, got 0"),
        ((3, 2.5, 1), r"sizes\[1\] must be a positive whole number, got 2.5"),
    ],
    ids=["one-size", "zero", "fraction"],
)
def test_init_layers_rejects_bad_sizes(sizes, message):
    with pytest.raises(ValueError, match=message):
        init_layers(np.random.default_rng(0), sizes)


def test_init_layers_rejects_a_scale_that_is_not_positive():
    with pytest.raises(
        ValueError, match=r"scale must be a positive number, got 0.0"
    ):
        init_layers(np.random.default_rng(0), (2, 1), scale=0.0)


def test_empty_batch():
    _, _, layers = random_problem(7)
    with pytest.raises(
        ValueError,
        match=re.escape("x: expected shape (any, 3), got shape (0, 3)"),
    ):
        forward(np.zeros((0, 3)), layers)


@pytest.mark.parametrize(
    "bad", [np.nan, np.inf, -np.inf], ids=["nan", "inf", "-inf"]
)
@pytest.mark.parametrize("where", ["x", "W2", "b3", "delta_L"])
def test_non_finite_values(bad, where):
    x, y, layers = random_problem(8)
    trace = forward(x, layers)
    delta_L = trace.a[-1] - y
    if where == "x":
        x[0, 1] = bad
    elif where == "delta_L":
        delta_L[2, 0] = bad
    else:
        field, l = where[0], int(where[1]) - 1
        getattr(layers[l], field)[0, 0] = bad
    with pytest.raises(
        ValueError, match=f"{where}: expected finite numbers, got NaN or inf"
    ):
        backward(forward(x, layers), layers, delta_L)


def test_x_with_the_wrong_number_of_columns():
    x, _, layers = random_problem(9)
    with pytest.raises(
        ValueError,
        match=re.escape("x: expected shape (any, 3), got shape (6, 2)"),
    ):
        forward(x[:, :2], layers)


def test_delta_L_that_does_not_fit_the_output():
    x, _, layers = random_problem(10)
    trace = forward(x, layers)
    with pytest.raises(
        ValueError,
        match=re.escape("delta_L: expected shape (6, 2), got shape (5, 2)"),
    ):
        backward(trace, layers, np.zeros((5, 2)))
    with pytest.raises(
        ValueError,
        match=re.escape("delta_L: expected shape (6, 2), got shape (6, 1)"),
    ):
        backward(trace, layers, np.zeros((6, 1)))


def test_trace_from_another_network():
    x, _, layers = random_problem(11)
    trace = forward(x, layers[:2], output=lambda z: z)
    with pytest.raises(
        ValueError, match=re.escape("trace must hold 4 activations and 3")
    ):
        backward(trace, layers, np.zeros((6, 2)))


@pytest.mark.parametrize("rate", [0, -0.5, np.nan, np.inf])
def test_learning_rate_that_is_not_positive(rate):
    x, y, layers = random_problem(12)
    grads = quadratic_gradients(x, y, layers)
    message = f"learning_rate must be a positive number, got {rate!r}"
    with pytest.raises(ValueError, match=re.escape(message)):
        update(layers, grads, rate)


def test_gradients_that_do_not_fit_the_layers():
    x, y, layers = random_problem(13)
    grads = quadratic_gradients(x, y, layers)
    with pytest.raises(
        ValueError,
        match=re.escape("grads must hold 3 Layers (one per layer), got 2"),
    ):
        update(layers, grads[:2], 0.1)
    grads[0] = Layer(grads[0].W.T, grads[0].b)
    with pytest.raises(
        ValueError, match=re.escape("dW1: expected shape (3, 5), got shape")
    ):
        update(layers, grads, 0.1)


def test_layer_gradient_names_a_delta_with_other_examples():
    with pytest.raises(
        ValueError,
        match=r"delta: expected shape \(2, any\), got shape \(1, 1\)",
    ):
        layer_gradient(np.ones((2, 3)), np.ones((1, 1)))
