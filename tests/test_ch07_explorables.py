"""Chapter 7's explorable: the size of delta per layer at every weight scale."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from nnmaths.ch07.explorables import (
    SCALES,
    delta_sizes,
    deltas_numbers,
    draw_deltas,
)
from nnmaths.layer_training import layer_gradients
from nnmaths.layers import init_layers


@pytest.mark.parametrize("scale", SCALES)
def test_every_frame_draws_one_bar_per_layer(scale):
    fig = Figure()
    draw_deltas(fig, scale)
    heights = [bar.get_height() for bar in fig.axes[0].patches]
    assert np.allclose(heights, delta_sizes(scale))


def test_the_sizes_are_the_bias_gradients_of_the_pages_network():
    rng = np.random.default_rng(0)
    deep = init_layers(rng, (20,) * 11, scale=0.5)
    x, y = rng.normal(size=(1, 20)), rng.uniform(size=(1, 20))
    grads = layer_gradients(x, y, deep)
    assert np.allclose(
        delta_sizes(0.5), [np.linalg.norm(db) for _, db in grads]
    )


def test_small_weights_vanish_large_ones_explode_then_saturate():
    ratio = {s: delta_sizes(s)[0] / delta_sizes(s)[-1] for s in SCALES}
    assert ratio[0.1] < 1e-6 and ratio[0.2] < 1e-4
    assert all(ratio[s] > 1 for s in (4.0, 6.0))
    assert ratio[10.0] < 1


def test_the_numbers_quote_the_sizes():
    for scale in SCALES:
        sizes = delta_sizes(scale)
        line = deltas_numbers(scale)
        assert f"||δ10|| = {sizes[-1]:.1e}, ||δ1|| = {sizes[0]:.1e}" in line
        assert ("shrinks" in line) == (sizes[0] < sizes[-1])
