"""Unstable gradients: the sizes of the errors, the chain at z = 0, and the error profiles."""

import numpy as np
import pytest

from nnmaths.ch05.unstable import chain_at_zero, error_profile, error_sizes
from nnmaths.cost import cost
from nnmaths.gradcheck import numerical_gradient
from nnmaths.layers import Layer, forward, init_layers


def test_error_sizes_are_the_slopes_of_the_cost_by_each_bias():
    rng = np.random.default_rng(3)
    layers = init_layers(rng, (3, 4, 4, 2))
    x, y = rng.normal(size=(1, 3)), rng.uniform(size=(1, 2))
    for l, size in enumerate(error_sizes(layers, x, y)):

        def C(b, l=l):
            changed = [*layers[:l], Layer(layers[l].W, b), *layers[l + 1 :]]
            return cost(y, forward(x, changed).a[-1])

        numeric = numerical_gradient(C, layers[l].b)
        assert size == pytest.approx(np.linalg.norm(numeric), rel=1e-6)


@pytest.mark.parametrize("w", [2.0, 4.0, 8.0, -6.0])
def test_the_chain_at_zero_multiplies_the_error_by_w_over_4_per_layer(w):
    layers = chain_at_zero(w, 6)
    trace = forward(np.array([[0.5]]), layers)
    assert np.allclose(np.concatenate(trace.z), 0)
    sizes = error_sizes(layers, np.array([[0.5]]), np.array([[1.0]]))
    assert np.allclose(sizes[:-1] / sizes[1:], abs(w) / 4)


def test_small_weights_vanish_and_large_ones_do_not():
    rng = np.random.default_rng(0)
    small = error_profile(rng, 1.0, L=10, n=32, networks=20)
    large = error_profile(rng, 32.0, L=10, n=32, networks=20)
    assert small[0] < 1e-5 and large[0] > 1
    assert small[-1] == large[-1] == 1.0


def test_error_profile_rejects_a_bad_scale():
    with pytest.raises(ValueError, match="scale"):
        error_profile(np.random.default_rng(0), 0.0, 3, 4, 5)
