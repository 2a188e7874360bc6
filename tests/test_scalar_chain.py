"""The worked example L = g(f(x, w1), w2): its gradients and one step of descent on E."""

import numpy as np
import pytest

from nnmaths.gradcheck import numerical_gradient
from nnmaths.scalar_chain import descent_step, error, error_gradient, forward

BOOK = {"x": 2.0, "b1": 1.0, "b2": 0.5, "target": 5.0}


def E(w: np.ndarray, x=2.0, b1=1.0, b2=0.5, target=5.0) -> float:
    return error(forward(x, float(w[0]), float(w[1]), b1, b2)[1], target)


def test_forward_and_error_give_the_books_starting_numbers():
    assert forward(2.0, 0.5, 1.5, 1.0, 0.5) == (2.0, 3.5)
    assert error(3.5, 5.0) == 1.125


@pytest.mark.parametrize("w", [[0.5, 1.5], [-1.0, 2.0], [3.0, -0.7]])
def test_error_gradient_matches_finite_differences(w):
    numeric = numerical_gradient(E, np.array(w))
    analytic = error_gradient(2.0, w[0], w[1], 1.0, 0.5, 5.0)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-7)


def test_one_descent_step_gives_the_corrected_numbers():
    w1, w2 = descent_step(2.0, 0.5, 1.5, 1.0, 0.5, 5.0, 0.1)
    _, L = forward(2.0, w1, w2, 1.0, 0.5)
    assert (
        round(w1, 2),
        round(w2, 2),
        round(L, 2),
        round(error(L, 5.0), 4),
    ) == (
        0.95,
        1.8,
        5.72,
        0.2592,
    )


def test_a_small_step_lowers_the_error():
    w1, w2 = descent_step(2.0, 0.5, 1.5, 1.0, 0.5, 5.0, 0.01)
    assert E(np.array([w1, w2])) < 1.125


def test_the_books_ascent_on_L_gives_its_printed_numbers():
    w1, w2 = 0.5 + 0.1 * 1.5 * 2.0, 1.5 + 0.1 * 2.0  # w + eta dL/dw
    z, L = forward(2.0, w1, w2, 1.0, 0.5)
    assert (round(w1, 2), round(w2, 2), round(z, 2), round(L, 2)) == (
        0.8,
        1.7,
        2.6,
        4.92,
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: forward(2.0, np.nan, 1.5, 1.0, 0.5),
            r"w1: expected one finite number, got nan",
        ),
        (
            lambda: forward(np.array([2.0, 1.0]), 0.5, 1.5, 1.0, 0.5),
            r"x: expected one finite number, got array\(\[2., 1.\]\)",
        ),
        (
            lambda: error(np.inf, 5.0),
            r"L: expected one finite number, got inf",
        ),
        (
            lambda: error_gradient(2.0, 0.5, 1.5, 1.0, 0.5, "5"),
            r"target: expected one finite number, got '5'",
        ),
        (
            lambda: descent_step(2.0, 0.5, 1.5, 1.0, 0.5, 5.0, -0.1),
            r"learning_rate must be a positive number, got -0.1",
        ),
        (
            lambda: descent_step(2.0, 0.5, [1.5], 1.0, 0.5, 5.0, 0.1),
            r"w2: expected one finite number, got \[1.5\]",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
