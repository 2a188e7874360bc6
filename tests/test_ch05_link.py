"""Chapter 6's matrix code, with one neuron per layer, gives Chapter 5's (A) and (B)."""

import numpy as np
import pytest

from nnmaths.network import forward as matrix_forward
from nnmaths.network import gradients as matrix_gradients
from nnmaths.scalar_network import Weights, dC_dw1, dC_dw2, forward


@pytest.mark.parametrize("seed", range(5))
def test_chapter_6_gradients_reduce_to_A_and_B_for_one_neuron_per_layer(seed):
    rng = np.random.default_rng(seed)
    x, y, w1, w2 = rng.normal(size=4)
    f = forward(
        np.array([x]), Weights(w1, 0.0, w2, 0.0)
    )  # Chapter 6 has no biases
    dC_dW1, dC_dW2 = matrix_gradients(
        [[x]], [[y]], np.array([[w1]]), np.array([[w2]])
    )
    assert dC_dW2.shape == dC_dW1.shape == (1, 1)
    assert dC_dW2[0, 0] == pytest.approx(dC_dw2(f, np.array([y])), rel=1e-12)
    assert dC_dW1[0, 0] == pytest.approx(
        dC_dw1(f, np.array([y]), w2), rel=1e-12
    )


def test_chapter_6_gradients_sum_A_and_B_over_examples_in_rows():
    rng = np.random.default_rng(7)
    x, y = rng.normal(size=4), rng.uniform(size=4)
    w1, w2 = rng.normal(size=2)
    f = forward(x, Weights(w1, 0.0, w2, 0.0))
    dC_dW1, dC_dW2 = matrix_gradients(
        x[:, None], y[:, None], np.array([[w1]]), np.array([[w2]])
    )
    assert dC_dW2[0, 0] == pytest.approx(dC_dw2(f, y), rel=1e-12)
    assert dC_dW1[0, 0] == pytest.approx(dC_dw1(f, y, w2), rel=1e-12)


def test_the_forward_passes_agree():
    f = forward(np.array([0.5]), Weights(0.8, 0.0, -1.2, 0.0))
    g = matrix_forward([[0.5]], np.array([[0.8]]), np.array([[-1.2]]))
    assert g.a2[0, 0] == pytest.approx(f.a2[0])
    assert g.a1[0, 0] == pytest.approx(f.a1[0])
