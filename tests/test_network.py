import numpy as np

from nnmaths.activations import sigmoid
from nnmaths.network import forward, init_weights, predict


def legacy_global_stream(shape_1, shape_2):
    """Draw as the book does, with np.random.seed(1), restoring the global state."""
    saved = np.random.get_state()
    try:
        np.random.seed(1)
        return np.random.random(shape_1), np.random.random(shape_2)
    finally:
        np.random.set_state(saved)


def test_init_weights_reproduces_the_books_seeded_draws():
    W1, W2 = init_weights(np.random.RandomState(1))
    book_W1, book_W2 = legacy_global_stream((3, 4), (4, 1))
    np.testing.assert_array_equal(W1, book_W1)
    np.testing.assert_array_equal(W2, book_W2)


def test_init_weights_follows_the_sizes():
    W1, W2 = init_weights(np.random.default_rng(0), sizes=(5, 7, 2))
    assert W1.shape == (5, 7)
    assert W2.shape == (7, 2)
    assert np.all((W1 >= 0) & (W1 < 1))


def test_init_weights_leaves_the_global_generator_alone():
    before = np.random.get_state()[1].copy()
    init_weights(np.random.RandomState(1))
    np.testing.assert_array_equal(np.random.get_state()[1], before)


def test_forward_computes_each_layer():
    rng = np.random.default_rng(3)
    x, W1, W2 = rng.normal(size=(5, 3)), rng.normal(size=(3, 4)), rng.normal(size=(4, 2))
    a0, z1, a1, z2, a2 = forward(x, W1, W2)
    np.testing.assert_array_equal(a0, x)
    np.testing.assert_allclose(z1, x @ W1)
    np.testing.assert_allclose(a1, sigmoid(x @ W1))
    np.testing.assert_allclose(z2, a1 @ W2)
    np.testing.assert_allclose(a2, sigmoid(z2))
    assert a2.shape == (5, 2)


def test_predict_is_the_last_activation():
    rng = np.random.default_rng(4)
    x, W1, W2 = rng.normal(size=(2, 3)), rng.normal(size=(3, 4)), rng.normal(size=(4, 1))
    np.testing.assert_array_equal(predict(x, W1, W2), forward(x, W1, W2).a2)
