import numpy as np
import pytest

from nnmaths.chain_rule import cost
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.three_layer import (
    Params,
    backward,
    forward,
    gradients,
    init_params,
)


def problem(seed, widths):
    rng = np.random.default_rng(seed)
    p = init_params(rng, widths)
    return rng.normal(size=(1, widths[0])), rng.uniform(size=(1, widths[3])), p


@pytest.mark.parametrize("name", Params._fields)
@pytest.mark.parametrize(
    ("seed", "widths"),
    [(0, (3, 4, 4, 2)), (1, (5, 2, 3, 1)), (2, (1, 6, 2, 3))],
)
def test_every_gradient_matches_finite_differences(name, seed, widths):
    x, y, p = problem(seed, widths)
    analytic = getattr(gradients(x, y, p), name)
    numeric = numerical_gradient(
        lambda v: cost(forward(x, p._replace(**{name: v})).a3, y),
        getattr(p, name),
    )
    assert analytic.shape == getattr(p, name).shape
    assert relative_error(analytic, numeric) < 1e-6


def test_a_wrong_transpose_is_caught_by_the_check():
    """Without the transpose the shapes may still fit (square W3); the numbers do not."""
    x, y, p = problem(3, (3, 4, 4, 4))
    f = forward(x, p)
    delta3 = (f.a3 - y) * f.a3 * (1 - f.a3)
    wrong_delta2 = (delta3 @ p.W3) * f.a2 * (1 - f.a2)
    numeric = numerical_gradient(
        lambda v: cost(forward(x, p._replace(b2=v)).a3, y), p.b2
    )
    assert relative_error(backward(f, y, p).b2, numeric) < 1e-6
    assert relative_error(wrong_delta2, numeric) > 1e-2


def test_the_weight_gradient_is_the_outer_product_of_activation_and_delta():
    x, y, p = problem(4, (3, 4, 4, 2))
    f = forward(x, p)
    g = backward(f, y, p)
    assert np.allclose(g.W3, np.outer(f.a2, g.b3))


@pytest.mark.parametrize(
    ("x", "y", "message"),
    [
        (
            [1.0, 0.0, 1.0],
            [[0.0, 1.0]],
            r"x: expected shape \(1, 3\), got shape \(3,\)",
        ),
        (
            [[1.0, 0.0]],
            [[0.0, 1.0]],
            r"x: expected shape \(1, 3\), got shape \(1, 2\)",
        ),
        (
            [[1.0, 0.0, 1.0]],
            [[0.0]],
            r"y: expected shape \(1, 2\), got shape \(1, 1\)",
        ),
        ([[1.0, np.nan, 1.0]], [[0.0, 1.0]], "x: expected finite numbers"),
        ([[1.0, 0.0, 1.0]], "ab", "y: expected an array of numbers"),
    ],
)
def test_gradients_rejects_bad_input(x, y, message):
    _, _, p = problem(0, (3, 4, 4, 2))
    with pytest.raises(ValueError, match=message):
        gradients(x, y, p)


P = init_params(np.random.default_rng(0), (3, 4, 4, 2))
X1, Y1 = np.array([[1.0, 0.0, 0.5]]), np.array([[0.0, 1.0]])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: init_params(np.random.default_rng(0), (3, 4, 2)),
            r"widths: expected 4 sizes, got \(3, 4, 2\)",
        ),
        (
            lambda: init_params(np.random.default_rng(0), (3, 4, 0, 2)),
            r"widths\[2\] must be a positive whole number, got 0",
        ),
        (
            lambda: forward(np.ones((1, 2)), P),
            r"x: expected shape \(any, 3\), got shape \(1, 2\)",
        ),
        (
            lambda: forward(X1, P._replace(W2=np.ones((3, 4)))),
            r"W2: expected shape \(4, any\), got shape \(3, 4\)",
        ),
        (
            lambda: forward(X1, P._replace(b3=np.zeros((1, 3)))),
            r"b3: expected shape \(1, 2\), got shape \(1, 3\)",
        ),
        (
            lambda: forward(X1, P._replace(b1=np.full((1, 4), np.nan))),
            r"b1: expected finite numbers",
        ),
        (
            lambda: backward(forward(X1, P), np.array([[1.0]]), P),
            r"y: expected shape \(1, 2\), got shape \(1, 1\)",
        ),
        (
            lambda: backward(forward(X1, P), Y1, P[:4]),
            r"p: expected the 6 arrays",
        ),
        (
            lambda: gradients(X1, Y1, P._replace(W3=np.ones((4, 3)))),
            r"b3: expected shape \(1, 3\), got shape \(1, 2\)",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
