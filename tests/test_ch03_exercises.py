"""The computed solutions of Chapter 3's exercises."""

import numpy as np
import pytest

from nnmaths.ch03.exercises import (
    best_step,
    collapse,
    hessian_bytes,
    newton_step,
    worked_example,
)
from nnmaths.gradient_descent import fit
from nnmaths.regression import least_squares, mse_hessian, synthetic_data


@pytest.fixture(name="data")
def data_fixture():
    return synthetic_data(
        np.random.default_rng(3), 200, np.array([2.0, -3.0]), 0.5, 0.1
    )


def test_exercise_1_the_outlines_numbers_for_eta_0_05():
    w1, w2, L, E = worked_example(0.05)
    assert (round(w1, 3), round(w2, 2), round(L, 4), round(E, 3)) == (
        0.725,
        1.65,
        4.5425,
        0.105,
    )


def test_exercise_1_eta_0_2_overshoots_past_the_start():
    assert worked_example(0.2)[3] > 1.125 > worked_example(0.05)[3]


def test_exercise_2_counts_weights_and_biases():
    assert hessian_bytes([3, 4, 1]) == (21, 21 * 21 * 8)
    assert hessian_bytes([784, 100, 10])[0] == 784 * 100 + 100 + 100 * 10 + 10


@pytest.mark.parametrize(("n", "h", "k"), [(3, 4, 2), (1, 1, 1), (5, 2, 7)])
def test_exercise_3_two_linear_layers_are_one(n, h, k):
    rng = np.random.default_rng(n + h + k)
    x, W1, b1 = (
        rng.normal(size=(6, n)),
        rng.normal(size=(n, h)),
        rng.normal(size=(1, h)),
    )
    W2, b2 = rng.normal(size=(h, k)), rng.normal(size=(1, k))
    W, b = collapse(W1, b1, W2, b2)
    np.testing.assert_allclose((x @ W1 + b1) @ W2 + b2, x @ W + b)


def test_exercise_4_best_step_contracts_at_the_predicted_rate(data):
    X, y = data
    eta, rate = best_step(mse_hessian(X))
    w_star, b_star = least_squares(X, y)
    gaps = []
    for steps in [20, 40]:
        run = fit(X, y, eta, steps, len(y), np.random.default_rng(0))
        gaps.append(np.linalg.norm(np.append(run.w - w_star, run.b - b_star)))
    measured = (gaps[1] / gaps[0]) ** (1 / 20)
    assert measured <= rate + 1e-3
    assert measured > rate - 0.1  # the bound is nearly reached


def test_exercise_4_no_other_step_does_better(data):
    X, _ = data
    _, rate = best_step(mse_hessian(X))
    eigenvalues = np.linalg.eigvalsh(mse_hessian(X))
    for a in np.linspace(0.01, 0.51, 51):
        assert np.abs(1 - a * eigenvalues).max() >= rate - 1e-12


@pytest.mark.parametrize("seed", range(3))
def test_exercise_5_one_newton_step_reaches_least_squares_from_anywhere(
    data, seed
):
    X, y = data
    start = np.random.default_rng(seed).normal(scale=10, size=3)
    w, b = newton_step(X, y, start[:2], float(start[2]))
    w_star, b_star = least_squares(X, y)
    np.testing.assert_allclose(w, w_star)
    assert b == pytest.approx(b_star)


def test_exercise_6_a_newton_step_needs_independent_columns():
    X = np.array(
        [[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]
    )  # column 2 = 2 x column 1
    with pytest.raises(ValueError, match="linearly independent"):
        newton_step(X, np.ones(3), np.zeros(2), 0.0)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: worked_example(0.0), "learning_rate must be a positive"),
        (lambda: hessian_bytes([3]), "layer_sizes: expected two or more"),
        (lambda: hessian_bytes([3, 0, 1]), "each layer size must be"),
        (lambda: hessian_bytes([3, 2.5]), "each layer size must be"),
        (
            lambda: collapse(
                np.eye(2), np.ones((1, 3)), np.eye(2), np.ones((1, 2))
            ),
            r"c1: expected shape \(1, 2\)",
        ),
        (
            lambda: collapse(
                np.eye(2), np.ones((1, 2)), np.eye(3), np.ones((1, 3))
            ),
            r"W2: expected shape \(2, any\)",
        ),
        (lambda: best_step(np.array([[1.0, 2.0], [0.0, 1.0]])), "symmetric"),
        (lambda: best_step(np.diag([1.0, -1.0])), "every eigenvalue above 0"),
        (
            lambda: newton_step(np.ones((3, 2)), np.ones(2), np.zeros(2), 0.0),
            r"y: expected shape \(3,\)",
        ),
        (
            lambda: newton_step(np.eye(3), np.ones(3), np.zeros(2), 0.0),
            r"w: expected shape \(3,\)",
        ),
    ],
)
def test_the_exercises_name_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()
