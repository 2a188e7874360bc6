import numpy as np
import pytest

from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.margin import distance_margin, max_margin
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


def test_the_other_two_species_are_versicolor_and_virginica():
    x, y, names = iris_two_species(np.random.default_rng(0), (2, 3), (1, 2))
    assert x.shape == (100, 2) and (y == 1).sum() == 50
    assert names == ["petal length (cm)", "petal width (cm)"]
    # virginica (+1) has the longer petals on average
    assert x[y == 1, 0].mean() > x[y == -1, 0].mean()


@pytest.mark.parametrize(
    "species, features",
    [((1, 1), (0, 2)), ((0, 3), (0, 2)), ((0, 1), (0, 4)), ((0, 1), (2,))],
)
def test_bad_species_or_features_are_named(species, features):
    with pytest.raises(ValueError, match="species|features"):
        iris_two_species(np.random.default_rng(0), features, species)


def test_max_margin_without_the_bias_in_the_norm_beats_other_lines_in_the_plane():
    x, y, _ = iris_two_species(np.random.default_rng(0))
    w, b = max_margin(x, y, bias_in_norm=False)
    best = distance_margin(x, y, w, b)
    assert round(best, 4) == 0.5500
    assert best == pytest.approx(1 / np.linalg.norm(w), rel=1e-6)
    rng = np.random.default_rng(1)
    for _ in range(200):
        dw, db = rng.normal(scale=0.05, size=2), rng.normal(scale=0.05)
        assert distance_margin(x, y, w + dw, b + db) <= best + 1e-9


@pytest.mark.parametrize("seed", range(5))
def test_gamma_never_exceeds_rho(seed):
    # ||(b, w)|| >= ||w||, so the margin in (1, x) is at most the one in the plane
    rng = np.random.default_rng(seed)
    x, y = rng.normal(size=(20, 3)), rng.choice([-1.0, 1.0], size=20)
    w, b = rng.normal(size=3), float(rng.normal())
    assert margin(x, y, w, b) <= distance_margin(x, y, w, b) + 1e-12 or (
        distance_margin(x, y, w, b) < 0
    )


def test_the_thin_margins_in_both_spaces():
    x, y, _ = iris_two_species(np.random.default_rng(0), (0, 1))
    assert round(margin(x, y, *max_margin(x, y)), 4) == 0.0522
    plane = distance_margin(x, y, *max_margin(x, y, bias_in_norm=False))
    assert round(plane, 4) == 0.1216


def test_max_margin_names_data_no_line_separates():
    x, y = np.array([[0.0], [1.0], [2.0]]), np.array([1.0, -1.0, 1.0])
    with pytest.raises(ValueError, match="x, y: expected examples a line"):
        max_margin(x, y)


@pytest.mark.parametrize(
    "x, y, w, b, match",
    [
        ([[1.0]], [1.0], [0.0], 1.0, "the length of w"),
        ([[1.0]], [0.0], [1.0], 1.0, "y: expected labels"),
        ([[1.0, 2.0]], [1.0], [1.0], 1.0, "w: expected shape"),
        ([[np.nan]], [1.0], [1.0], 1.0, "x: expected finite"),
    ],
)
def test_distance_margin_rejects_bad_input(x, y, w, b, match):
    with pytest.raises(ValueError, match=match):
        distance_margin(np.array(x), np.array(y), np.array(w), b)
