import numpy as np
import pytest

from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.margin import max_margin
from nnmaths.perceptron_training import margin


def test_two_species_fifty_each_labeled_minus_and_plus_one():
    x, y, names = iris_two_species(np.random.default_rng(0))
    assert x.shape == (100, 2)
    assert sorted(set(y.tolist())) == [-1.0, 1.0]
    assert (y == 1).sum() == 50
    assert names == ["sepal length (cm)", "petal length (cm)"]


def test_the_shuffle_depends_only_on_the_seed():
    a, ya, _ = iris_two_species(np.random.default_rng(5), (0, 1))
    b, yb, _ = iris_two_species(np.random.default_rng(5), (0, 1))
    c, _, _ = iris_two_species(np.random.default_rng(6), (0, 1))
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(ya, yb)
    assert not np.array_equal(a, c)
    np.testing.assert_array_equal(np.sort(a, axis=0), np.sort(c, axis=0))


def test_setosa_has_the_short_petals():
    x, y, _ = iris_two_species(np.random.default_rng(0))
    assert x[y == -1, 1].max() < x[y == 1, 1].min()


def test_max_margin_beats_other_separators():
    x, y, _ = iris_two_species(np.random.default_rng(0))
    w, b = max_margin(x, y)
    best = margin(x, y, w, b)
    # its closest examples sit exactly on the margin: y (x @ w + b) = 1
    assert np.min(y * (x @ w + b)) == pytest.approx(1.0, abs=1e-8)
    rng = np.random.default_rng(0)
    for _ in range(200):  # nudged separators never do better
        dw, db = rng.normal(scale=0.05, size=2), rng.normal(scale=0.05)
        assert margin(x, y, w + dw, b + db) <= best + 1e-9


def test_max_margin_of_two_points_through_the_origin_is_their_distance_from_it():
    x, y = np.array([[3.0, 0.0], [-3.0, 0.0]]), np.array([1.0, -1.0])
    # the bias is in the norm, so the best (b, w) is (0, 1/3, 0) and the margin is 3
    assert margin(x, y, *max_margin(x, y)) == pytest.approx(3.0, abs=1e-6)
