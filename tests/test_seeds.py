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
