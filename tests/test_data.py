import numpy as np

from nnmaths.data import new_input, training_set


def test_training_set_shapes():
    x, y = training_set()
    assert x.shape == (4, 3)
    assert y.shape == (4, 1)


def test_targets_are_xor_of_first_two_columns():
    x, y = training_set()
    np.testing.assert_array_equal(y[:, 0], np.logical_xor(x[:, 0], x[:, 1]))


def test_third_column_is_constant_one():
    x, _ = training_set()
    np.testing.assert_array_equal(x[:, 2], 1)


def test_each_call_returns_fresh_arrays():
    x, _ = training_set()
    x[0, 0] = 99
    assert training_set()[0][0, 0] == 0


def test_new_input_is_the_third_training_example():
    x, _ = training_set()
    np.testing.assert_array_equal(new_input(), x[2:3])
