import numpy as np
import pytest

from nnmaths.leaves import DISEASED_CENTER, HEALTHY_CENTER, leaves


def test_leaves_have_one_row_per_leaf_and_healthy_first():
    x, y = leaves(np.random.default_rng(0), m=15)
    assert x.shape == (30, 2)
    np.testing.assert_array_equal(y, [1.0] * 15 + [0.0] * 15)


def test_the_same_seed_draws_the_same_leaves():
    a, _ = leaves(np.random.default_rng(7))
    b, _ = leaves(np.random.default_rng(7))
    np.testing.assert_array_equal(a, b)


def test_each_class_gathers_around_its_center():
    x, y = leaves(np.random.default_rng(3), m=2000)
    np.testing.assert_allclose(
        x[y == 1].mean(axis=0), HEALTHY_CENTER, atol=0.01
    )
    np.testing.assert_allclose(
        x[y == 0].mean(axis=0), DISEASED_CENTER, atol=0.01
    )


def test_a_count_that_is_not_a_positive_whole_number_is_named():
    with pytest.raises(
        ValueError, match=r"m must be a positive whole number, got 2.5"
    ):
        leaves(np.random.default_rng(0), m=2.5)
