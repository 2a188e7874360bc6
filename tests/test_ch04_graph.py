"""Local rules and operation counts: the rules agree with finite differences, and the counts
are the multiplications that back-propagation and finite differences really perform."""

import itertools

import numpy as np
import pytest

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.ch04.graph import (
    add_back,
    backprop_count,
    finite_difference_count,
    forward_count,
    max_back,
    multiply_back,
)
from nnmaths.cost import cost, output_error
from nnmaths.gradcheck import numerical_gradient, numerical_layer_gradients
from nnmaths.layers import Layer, backward, forward, init_layers
from nnmaths.opcount import counted_matmul

SIZES = [(2, 3, 1), (4, 8, 8, 2), (3, 1), (5, 4, 3, 2, 1)]


def test_add_distributes_the_gradient_unchanged():
    assert add_back(-0.7) == (-0.7, -0.7)


def test_multiply_swaps_the_inputs_values():
    u, v, grad = 1.5, -2.0, 0.3
    numeric = numerical_gradient(
        lambda x: float(x[0] * x[1]), np.array([u, v])
    )
    assert np.allclose(multiply_back(u, v, grad), grad * numeric)


@pytest.mark.parametrize(("u", "v"), [(2.0, 1.0), (-1.0, 0.5)])
def test_max_routes_the_gradient_to_the_larger_input(u, v):
    numeric = numerical_gradient(lambda x: float(max(x)), np.array([u, v]))
    assert np.allclose(max_back(u, v, 1.0), numeric)


def counted_forward(x, layers, tally):
    """layers.forward, each matrix product counted."""
    a, z = [x], []
    for W, b in layers:
        z.append(counted_matmul(a[-1], W, tally) + b)
        a.append(sigmoid(z[-1]))
    return a, z


def counted_backprop(x, y, layers, tally):
    """Every gradient by (BP1)-(BP4), each matrix product counted."""
    a, z = counted_forward(x, layers, tally)
    delta = (a[-1] - y) * sigmoid_prime(z[-1])
    grads = []
    for l in range(len(layers), 0, -1):
        grads.insert(0, Layer(counted_matmul(a[l - 1].T, delta, tally), delta))
        if l > 1:
            delta = counted_matmul(delta, layers[l - 1].W.T, tally)
            delta = delta * sigmoid_prime(z[l - 2])
    return grads


def network(sizes, seed=0):
    rng = np.random.default_rng(seed)
    layers = init_layers(rng, sizes)
    x = rng.normal(size=(1, sizes[0]))
    y = rng.uniform(size=(1, sizes[-1]))
    return x, y, layers


@pytest.mark.parametrize("sizes", SIZES)
def test_one_forward_pass_costs_one_multiplication_per_weight(sizes):
    x, _, layers = network(sizes)
    tally = []
    counted_forward(x, layers, tally)
    weights = sum(n * k for n, k in itertools.pairwise(sizes))
    assert sum(tally) == forward_count(sizes) == weights


@pytest.mark.parametrize("sizes", SIZES)
def test_backprop_performs_exactly_its_count_and_gets_the_gradients(sizes):
    x, y, layers = network(sizes)
    tally = []
    grads = counted_backprop(x, y, layers, tally)
    assert sum(tally) == backprop_count(sizes)
    trace = forward(x, layers)
    for mine, theirs in zip(
        grads, backward(trace, layers, output_error(trace, y))
    ):
        assert np.allclose(mine.W, theirs.W) and np.allclose(mine.b, theirs.b)


@pytest.mark.parametrize("sizes", SIZES[:3])
def test_finite_differences_perform_exactly_their_count(sizes):
    x, y, layers = network(sizes)
    tally = []

    def C(layers):
        a, _ = counted_forward(x, layers, tally)
        return cost(y, a[-1])

    numeric = numerical_layer_gradients(C, layers)
    assert sum(tally) == finite_difference_count(sizes)
    exact = counted_backprop(x, y, layers, [])
    for mine, theirs in zip(numeric, exact):
        assert np.allclose(mine.W, theirs.W, atol=1e-8)


def test_the_ratio_grows_like_the_number_of_weights():
    ratios = [
        finite_difference_count((n, n, 1)) / backprop_count((n, n, 1))
        for n in (10, 20, 40)
    ]
    assert 3.5 < ratios[1] / ratios[0] < 4.5  # twice the width, 4x the weights
    assert 3.5 < ratios[2] / ratios[1] < 4.5


@pytest.mark.parametrize(
    ("sizes", "message"),
    [((3,), "sizes: expected at least 2"), ((3, 0, 1), r"sizes\[1\]")],
)
def test_counts_reject_bad_sizes(sizes, message):
    for count in (forward_count, backprop_count, finite_difference_count):
        with pytest.raises(ValueError, match=message):
            count(sizes)
