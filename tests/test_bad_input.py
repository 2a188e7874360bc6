"""Each kind of bad input stops with a ValueError naming what was expected and what came."""

import re

import numpy as np
import pytest

from nnmaths.backprop import gradients
from nnmaths.cost import cost
from nnmaths.data import training_set
from nnmaths.network import forward, init_weights, predict
from nnmaths.training import train


@pytest.fixture
def good():
    x, y = training_set()
    W1, W2 = init_weights(np.random.RandomState(1))
    return x, y, W1, W2


# Every public function that takes x, called with (x, y, W1, W2).
TAKES_X = {
    "forward": lambda x, y, W1, W2: forward(x, W1, W2),
    "predict": lambda x, y, W1, W2: predict(x, W1, W2),
    "gradients": lambda x, y, W1, W2: gradients(x, y, W1, W2),
    "train": lambda x, y, W1, W2: train(x, y, W1, W2, 1.0, 10),
}
TAKES_Y = {name: TAKES_X[name] for name in ("gradients", "train")}


@pytest.mark.parametrize("call", TAKES_X.values(), ids=TAKES_X.keys())
def test_wrong_number_of_columns(good, call):
    x, y, W1, W2 = good
    message = "x must have 3 columns, got 2 (shape (4, 2))"
    with pytest.raises(ValueError, match=re.escape(message)):
        call(x[:, :2], y, W1, W2)


@pytest.mark.parametrize("call", TAKES_Y.values(), ids=TAKES_Y.keys())
def test_targets_with_a_different_row_count(good, call):
    x, y, W1, W2 = good
    message = "y must have 4 rows (one per example in x), got 3 (shape (3, 1))"
    with pytest.raises(ValueError, match=re.escape(message)):
        call(x, y[:3], W1, W2)


def test_cost_rejects_targets_with_a_different_row_count():
    with pytest.raises(ValueError, match=re.escape("y must have 2 rows")):
        cost(np.zeros((3, 1)), np.zeros((2, 1)))


@pytest.mark.parametrize("call", TAKES_X.values(), ids=TAKES_X.keys())
def test_inputs_that_are_not_2d(good, call):
    x, y, W1, W2 = good
    message = "x must be a 2-D array (one example per row), got 1-D with shape (3,)"
    with pytest.raises(ValueError, match=re.escape(message)):
        call(x[0], y, W1, W2)


def test_weights_that_are_not_2d(good):
    x, _, W1, W2 = good
    with pytest.raises(ValueError, match=re.escape("W1 must be a 2-D array")):
        forward(x, W1[np.newaxis], W2)


def test_weights_that_do_not_chain(good):
    x, _, W1, W2 = good
    message = "W2 must have 4 rows (one per column of W1), got 3 (shape (3, 1))"
    with pytest.raises(ValueError, match=re.escape(message)):
        forward(x, W1, W2[:3])


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf], ids=["nan", "inf", "-inf"])
@pytest.mark.parametrize("call", TAKES_X.values(), ids=TAKES_X.keys())
def test_non_finite_inputs(good, call, bad):
    x, y, W1, W2 = good
    x = x.astype(float)
    x[1, 1] = bad
    with pytest.raises(ValueError, match="x must hold finite numbers only, got NaN or inf"):
        call(x, y, W1, W2)


@pytest.mark.parametrize("call", TAKES_Y.values(), ids=TAKES_Y.keys())
def test_non_finite_targets(good, call):
    x, y, W1, W2 = good
    y = y.astype(float)
    y[2, 0] = np.nan
    with pytest.raises(ValueError, match="y must hold finite numbers only"):
        call(x, y, W1, W2)


def test_non_finite_weights(good):
    x, _, W1, W2 = good
    W2 = W2.copy()
    W2[0, 0] = np.inf
    with pytest.raises(ValueError, match="W2 must hold finite numbers only"):
        predict(x, W1, W2)


@pytest.mark.parametrize("rate", [0, -1.0, np.nan, np.inf])
def test_learning_rate_that_is_not_positive(good, rate):
    x, y, W1, W2 = good
    with pytest.raises(
        ValueError, match=re.escape(f"learning_rate must be a positive number, got {rate!r}")
    ):
        train(x, y, W1, W2, rate, 10)


@pytest.mark.parametrize("iterations", [0, -5, 2.5])
def test_iteration_count_that_is_not_positive(good, iterations):
    x, y, W1, W2 = good
    message = f"iterations must be a positive whole number, got {iterations!r}"
    with pytest.raises(ValueError, match=re.escape(message)):
        train(x, y, W1, W2, 1.0, iterations)


def test_empty_batch(good):
    _, _, W1, W2 = good
    with pytest.raises(
        ValueError, match=re.escape("x must have at least one row, got shape (0, 3)")
    ):
        forward(np.zeros((0, 3)), W1, W2)
