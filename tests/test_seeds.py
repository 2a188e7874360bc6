import numpy as np
import pytest

from nnmaths.data import training_set
from nnmaths.layer_training import train
from nnmaths.layers import init_layers
from nnmaths.seeds import costs_by_seed


@pytest.mark.parametrize("sizes", [(3, 4, 1), (3, 4, 4, 1)])
def test_each_row_is_the_run_of_layer_training_train_from_that_seed(sizes):
    x, y = training_set()
    stacked = costs_by_seed(x, y, sizes, [0, 5, 2], 1.0, 50)
    for row, seed in zip(stacked, [0, 5, 2]):
        run = train(
            x, y, init_layers(np.random.default_rng(seed), sizes), 1.0, 50
        )
        np.testing.assert_allclose(row, run.costs, rtol=1e-12, atol=0)


X4, Y4 = np.ones((2, 1)), np.ones((2, 1))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: costs_by_seed(X4, np.ones((1, 1)), (1, 1), [0], 1.0, 3),
            r"y: expected shape \(2, 1\), got shape \(1, 1\)",
        ),
        (
            lambda: costs_by_seed(X4, Y4, (2, 1), [0], 1.0, 3),
            r"x: expected shape \(any, 2\), got shape \(2, 1\)",
        ),
        (
            lambda: costs_by_seed(X4, Y4, (1,), [0], 1.0, 3),
            r"sizes: expected at least 2 sizes, got \(1,\)",
        ),
        (
            lambda: costs_by_seed(X4, Y4, (1, 1), [], 1.0, 3),
            r"seeds: expected shape \(any,\), got shape \(0,\)",
        ),
        (
            lambda: costs_by_seed(X4, Y4, (1, 1), [0], 1.0, 0),
            r"iterations must be a positive whole number, got 0",
        ),
        (
            lambda: costs_by_seed(X4, Y4, (1, 1), [0], np.nan, 3),
            r"learning_rate must be a positive number, got nan",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
