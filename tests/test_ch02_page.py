"""The Chapter 2 page's session runs alone, and its figures' alt texts quote the run."""

import numpy as np
import pytest
from pages import figures, run_page

from nnmaths.ch02 import page
from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.figures import (
    boundaries_alt,
    criterion_alt,
    mistakes_alt,
    nonseparable_alt,
)
from nnmaths.ch02.margin import max_margin
from nnmaths.perceptron_training import (
    criterion_gradient,
    margin,
    radius,
    train,
)


@pytest.fixture(scope="module")
def output():
    return run_page("02")


@pytest.mark.parametrize(
    "line",
    [
        "mistakes per epoch: [9, 0]",
        "rows updated: [0, 1, 2, 4, 5, 6, 11, 12, 13]",
        "w = [-3.6, 8.3]  b = -1.0",
        "R = 8.522, updates made: 9",
        "perceptron: gamma 0.2758, bound 955",
        "max-margin: gamma 0.4317, bound 390",
        "1. v_t . u >= t gamma: True",
        "2. |v_t|^2 <= t R^2: True",
        "perceptron    0.2774  0.2758",
        "best gamma    0.4369  0.4317",
        "best rho      0.5500  0.2078",
        "R = 7.761, bound 22134",
        "best gamma 0.0522, best rho 0.1216",
        "epochs: 344  updates: 1245",
        "mistakes per epoch: [4 4 4 4 4 4 4 4 4 4 4 4]",
        "(b, w) = 0 after every epoch: True",
        "last 5 of 100 epochs: [6, 25, 27, 9, 7]",
        "averaged perceptron: 6 errors",
        "finite differences agree to 1e-6: True",
        "identical to ours: True",
        "w = [-0.36, 0.83]  b = -0.1",
        "mistakes per epoch: [12, 0]",
        "gamma = 0.2688",
        "updates, seeds 0 to 19: 5 to 17",
        "raw: 1245 updates, bound 22134",
        "centered: 4 updates, bound 229",
        "last (w, b): 7 errors",
        "pocket: 4 errors",
        "left out and misclassified: 0 of 100",
        "support vectors: 3, bound 0.03",
    ],
)
def test_the_page_prints(output, line):
    assert line in output.splitlines()


def test_the_page_prints_five_figures_and_no_false(output):
    assert figures(output) == 5
    assert "False" not in output


def test_every_update_is_a_step_against_one_examples_subgradient():
    x, y, _ = iris_two_species(np.random.default_rng(page.SEED), page.FEATURES)
    run = train(x, y, page.EPOCHS)
    for t, i in enumerate(run.rows):  # update t + 1 was made on row i
        g_w, g_b = criterion_gradient(x[[i]], y[[i]], run.w[t], run.b[t])
        np.testing.assert_array_equal(run.w[t] - g_w, run.w[t + 1])
        assert run.b[t] - g_b == run.b[t + 1]


def test_boundaries_alt_quotes_the_final_weights_and_the_update_count():
    x, y, names = iris_two_species(
        np.random.default_rng(page.SEED), page.FEATURES
    )
    alt = boundaries_alt(train(x, y, page.EPOCHS), names)
    assert "each of the 9 updates" in alt
    assert "w = (-3.6, 8.3) and b = -1.0" in alt
    assert "sepal length (cm) and petal length (cm)" in alt


def test_mistakes_alt_quotes_each_runs_epochs_and_ends():
    alt = mistakes_alt({"a": np.array([9, 0]), "b": np.array([4, 4, 4])})
    assert "a: 2 epochs, 9 mistakes in the first and 0 in the last" in alt
    assert "b: 3 epochs, 4 mistakes in the first and 4 in the last" in alt


def test_nonseparable_alt_quotes_the_range_and_the_average():
    alt = nonseparable_alt(np.array([30, 6, 25, 7]), 6)
    assert "each of 4 epochs: it jumps between 6 and 30" in alt
    assert "(after the last epoch, 7)" in alt
    assert "averaged perceptron's 6 errors" in alt


def test_criterion_alt_names_the_kink():
    assert "a kink at 0" in criterion_alt()


@pytest.mark.parametrize(
    "seed, features", [(1, page.FEATURES), (page.SEED, (0, 3))]
)
def test_other_settings_change_the_printed_training_run(seed, features):
    # the page prints the rows updated, [0, 1, 2, 4, 5, 6, 11, 12, 13]
    x, y, _ = iris_two_species(np.random.default_rng(seed), features)
    rows = train(x, y, page.EPOCHS).rows.tolist()
    assert rows != [0, 1, 2, 4, 5, 6, 11, 12, 13]


def test_other_thin_features_change_the_printed_bound():
    # the page prints "R = 7.761, bound 22134" for THIN = (0, 1)
    x, y, _ = iris_two_species(np.random.default_rng(page.SEED), (0, 2))
    R, gamma = radius(x), margin(x, y, *max_margin(x, y))
    assert round((R / gamma) ** 2) != 22134
