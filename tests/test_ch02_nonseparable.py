"""The averaged perceptron and the error count, on data that no line separates."""

import numpy as np
import pytest

from nnmaths.ch02 import page
from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.nonseparable import averaged, errors
from nnmaths.perceptron_training import train


def overlap():
    return iris_two_species(np.random.default_rng(page.SEED), *page.OVERLAP)


def test_errors_count_the_boundary_as_a_mistake():
    x, y = np.array([[1.0], [0.0], [-1.0]]), np.array([1.0, 1.0, -1.0])
    assert errors(x, y, np.array([1.0]), 0.0) == 1  # the middle one, z = 0


def test_the_averaged_weights_are_the_mean_over_every_visit():
    # replay the same visits by hand: the mean of (w, b) after each visit
    rng = np.random.default_rng(3)
    x, y = rng.normal(size=(7, 2)), rng.choice([-1.0, 1.0], size=7)
    w_bar, b_bar = averaged(x, y, 4, np.random.default_rng(9))
    order = np.random.default_rng(9)
    w, b, seen = np.zeros(2), 0.0, []
    for _ in range(4):
        for i in order.permutation(7):
            if y[i] * (x[i] @ w + b) <= 0:
                w, b = w + y[i] * x[i], b + y[i]
            seen.append(np.append(w, b))
    np.testing.assert_allclose(np.append(w_bar, b_bar), np.mean(seen, axis=0))


def test_on_separable_data_the_average_separates_too():
    x, y, _ = iris_two_species(np.random.default_rng(0))
    w_bar, b_bar = averaged(x, y, 5, np.random.default_rng(0))
    assert errors(x, y, w_bar, b_bar) == 0


def test_the_overlapping_species_are_not_separated_and_the_average_helps():
    x, y, _ = overlap()
    run = train(x, y, 100, rng=np.random.default_rng(page.SEED))
    assert run.mistakes.min() > 0  # no clean epoch: no separating line found
    ends = np.cumsum(run.mistakes)
    epoch_errors = [errors(x, y, run.w[k], run.b[k]) for k in ends]
    w_bar, b_bar = averaged(x, y, 100, np.random.default_rng(page.SEED))
    assert epoch_errors[-5:] == [6, 25, 27, 9, 7]
    assert errors(x, y, w_bar, b_bar) == 6
    assert errors(x, y, w_bar, b_bar) < np.median(epoch_errors)


@pytest.mark.parametrize(
    "args, match",
    [
        (([[1.0]], [0.0], 2), "y: expected labels"),
        (([[1.0]], [1.0, -1.0], 2), "y: expected shape"),
        (([[1.0]], [1.0], 0), "epochs must be a positive whole number"),
        (([[np.inf]], [1.0], 2), "x: expected finite"),
    ],
)
def test_averaged_rejects_bad_input(args, match):
    x, y, epochs = args
    with pytest.raises(ValueError, match=match):
        averaged(x, y, epochs, np.random.default_rng(0))


def test_errors_rejects_bad_labels():
    with pytest.raises(ValueError, match="y: expected labels"):
        errors(np.ones((2, 1)), np.array([0.0, 1.0]), np.ones(1), 0.0)
