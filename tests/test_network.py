import re

import numpy as np
import pytest

from nnmaths.activations import sigmoid
from nnmaths.cost import cost
from nnmaths.data import training_set
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.network import backward, forward, gradients, init_weights, predict
from nnmaths.training import train


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
    x, W1, W2 = (
        rng.normal(size=(5, 3)),
        rng.normal(size=(3, 4)),
        rng.normal(size=(4, 2)),
    )
    a0, z1, a1, z2, a2 = forward(x, W1, W2)
    np.testing.assert_array_equal(a0, x)
    np.testing.assert_allclose(z1, x @ W1)
    np.testing.assert_allclose(a1, sigmoid(x @ W1))
    np.testing.assert_allclose(z2, a1 @ W2)
    np.testing.assert_allclose(a2, sigmoid(z2))
    assert a2.shape == (5, 2)


def test_predict_is_the_last_activation():
    rng = np.random.default_rng(4)
    x, W1, W2 = (
        rng.normal(size=(2, 3)),
        rng.normal(size=(3, 4)),
        rng.normal(size=(4, 1)),
    )
    np.testing.assert_array_equal(predict(x, W1, W2), forward(x, W1, W2).a2)


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
    message = "x: expected shape (any, 3), got shape (4, 2)"
    with pytest.raises(ValueError, match=re.escape(message)):
        call(x[:, :2], y, W1, W2)


@pytest.mark.parametrize("call", TAKES_Y.values(), ids=TAKES_Y.keys())
def test_targets_with_a_different_row_count(good, call):
    x, y, W1, W2 = good
    message = "y: expected shape (4, 1), got shape (3, 1)"
    with pytest.raises(ValueError, match=re.escape(message)):
        call(x, y[:3], W1, W2)


@pytest.mark.parametrize("call", TAKES_X.values(), ids=TAKES_X.keys())
def test_inputs_that_are_not_2d(good, call):
    x, y, W1, W2 = good
    message = "x: expected shape (any, 3), got shape (3,)"
    with pytest.raises(ValueError, match=re.escape(message)):
        call(x[0], y, W1, W2)


def test_weights_that_are_not_2d(good):
    x, _, W1, W2 = good
    with pytest.raises(
        ValueError,
        match=re.escape("W1: expected shape (any, any), got shape (1, 3, 4)"),
    ):
        forward(x, W1[np.newaxis], W2)


def test_weights_that_do_not_chain(good):
    x, _, W1, W2 = good
    message = "W2: expected shape (4, any), got shape (3, 1)"
    with pytest.raises(ValueError, match=re.escape(message)):
        forward(x, W1, W2[:3])


@pytest.mark.parametrize(
    "bad", [np.nan, np.inf, -np.inf], ids=["nan", "inf", "-inf"]
)
@pytest.mark.parametrize("call", TAKES_X.values(), ids=TAKES_X.keys())
def test_non_finite_inputs(good, call, bad):
    x, y, W1, W2 = good
    x = x.astype(float)
    x[1, 1] = bad
    with pytest.raises(
        ValueError, match="x: expected finite numbers, got NaN or inf"
    ):
        call(x, y, W1, W2)


@pytest.mark.parametrize("call", TAKES_Y.values(), ids=TAKES_Y.keys())
def test_non_finite_targets(good, call):
    x, y, W1, W2 = good
    y = y.astype(float)
    y[2, 0] = np.nan
    with pytest.raises(
        ValueError, match="y: expected finite numbers, got NaN or inf"
    ):
        call(x, y, W1, W2)


def test_non_finite_weights(good):
    x, _, W1, W2 = good
    W2 = W2.copy()
    W2[0, 0] = np.inf
    with pytest.raises(
        ValueError, match="W2: expected finite numbers, got NaN or inf"
    ):
        predict(x, W1, W2)


def test_empty_batch(good):
    _, _, W1, W2 = good
    with pytest.raises(
        ValueError,
        match=re.escape("x: expected shape (any, 3), got shape (0, 3)"),
    ):
        forward(np.zeros((0, 3)), W1, W2)


def random_problem(seed, m, n, h, k):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(m, n))
    y = rng.uniform(size=(m, k))
    return x, y, rng.normal(size=(n, h)), rng.normal(size=(h, k))


def cost_of(layer, x, y, W1, W2):
    """The cost as a function of one weight matrix, the other held fixed."""
    if layer == 1:
        return lambda W: cost(y, forward(x, W, W2).a2)
    return lambda W: cost(y, forward(x, W1, W).a2)


@pytest.mark.parametrize("layer", [1, 2])
@pytest.mark.parametrize(
    ("seed", "sizes"),
    [(0, (4, 3, 4, 1)), (1, (7, 5, 3, 2)), (2, (1, 2, 6, 3))],
)
def test_gradient_matches_finite_differences(layer, seed, sizes):
    x, y, W1, W2 = random_problem(seed, *sizes)
    analytic = gradients(x, y, W1, W2)[layer - 1]
    numeric = numerical_gradient(
        cost_of(layer, x, y, W1, W2), (W1, W2)[layer - 1]
    )
    assert analytic.shape == numeric.shape
    assert relative_error(analytic, numeric) < 1e-6


def test_gradient_check_detects_a_wrong_gradient():
    """The check is only worth something if a plausible mistake fails it."""
    x, y, W1, W2 = random_problem(5, 4, 3, 4, 1)
    _, dC_dW2 = gradients(x, y, W1, W2)
    f = forward(x, W1, W2)
    forgot_sigmoid_prime = f.a1.T @ (f.a2 - y)
    numeric = numerical_gradient(cost_of(2, x, y, W1, W2), W2)
    assert relative_error(dC_dW2, numeric) < 1e-6
    assert relative_error(forgot_sigmoid_prime, numeric) > 1e-2


def test_gradients_are_sums_over_examples():
    x, y, W1, W2 = random_problem(6, 4, 3, 4, 1)
    total = gradients(x, y, W1, W2)
    per_example = [
        gradients(x[i : i + 1], y[i : i + 1], W1, W2) for i in range(4)
    ]
    np.testing.assert_allclose(total[0], sum(g[0] for g in per_example))
    np.testing.assert_allclose(total[1], sum(g[1] for g in per_example))


def test_backward_uses_the_given_forward_pass():
    x, y, W1, W2 = random_problem(7, 3, 3, 4, 1)
    np.testing.assert_array_equal(
        backward(forward(x, W1, W2), y, W2)[0], gradients(x, y, W1, W2)[0]
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: init_weights(np.random.RandomState(1), (3, 4)),
            r"sizes: expected 3 sizes, got \(3, 4\)",
        ),
        (
            lambda: init_weights(np.random.RandomState(1), (3, 0, 1)),
            r"sizes\[1\] must be a positive whole number, got 0",
        ),
        (
            lambda: backward(
                forward(np.ones((2, 3)), np.ones((3, 4)), np.ones((4, 1))),
                [[0], [1]],
                np.ones((3, 1)),
            ),
            r"W2: expected shape \(4, 1\), got shape \(3, 1\)",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
