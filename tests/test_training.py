import re

import numpy as np
import pytest

from nnmaths.data import training_set
from nnmaths.network import init_weights, predict
from nnmaths.training import train


def chapter_run(iterations=1000, learning_rate=1.0):
    x, y = training_set()
    W1, W2 = init_weights(np.random.RandomState(1))
    return x, y, W1, W2, train(x, y, W1, W2, learning_rate, iterations)


def test_cost_decreases_at_every_iteration():
    *_, run = chapter_run()
    assert np.all(np.diff(run.costs) < 0)
    assert run.costs[-1] < 0.02 * run.costs[0]


def test_trained_outputs_round_to_the_targets():
    x, y, _, _, run = chapter_run()
    np.testing.assert_array_equal(predict(x, run.W1, run.W2).round(), y)


def test_first_recorded_output_is_the_untrained_network():
    x, _, W1, W2, run = chapter_run(iterations=3)
    np.testing.assert_array_equal(run.outputs[0], predict(x, W1, W2))


def test_training_does_not_modify_the_initial_weights():
    _, _, W1, W2, _ = chapter_run(iterations=5)
    fresh_W1, fresh_W2 = init_weights(np.random.RandomState(1))
    np.testing.assert_array_equal(W1, fresh_W1)
    np.testing.assert_array_equal(W2, fresh_W2)


def test_one_iteration_is_one_gradient_step():
    from nnmaths.network import gradients

    x, y, W1, W2, run = chapter_run(iterations=1, learning_rate=0.3)
    dC_dW1, dC_dW2 = gradients(x, y, W1, W2)
    np.testing.assert_allclose(run.W1, W1 - 0.3 * dC_dW1)
    np.testing.assert_allclose(run.W2, W2 - 0.3 * dC_dW2)


@pytest.fixture
def good():
    return chapter_run(iterations=1)[:4]  # x, y, W1, W2


@pytest.mark.parametrize("rate", [0, -1.0, np.nan, np.inf])
def test_learning_rate_that_is_not_positive(good, rate):
    x, y, W1, W2 = good
    with pytest.raises(
        ValueError,
        match=re.escape(
            f"learning_rate must be a positive number, got {rate!r}"
        ),
    ):
        train(x, y, W1, W2, rate, 10)


@pytest.mark.parametrize("iterations", [0, -5, 2.5])
def test_iteration_count_that_is_not_positive(good, iterations):
    x, y, W1, W2 = good
    message = f"iterations must be a positive whole number, got {iterations!r}"
    with pytest.raises(ValueError, match=re.escape(message)):
        train(x, y, W1, W2, 1.0, iterations)
