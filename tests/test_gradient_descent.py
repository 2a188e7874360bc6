"""Gradient descent on a function and on the regression, and the largest stable step."""

import re

import numpy as np
import pytest

from nnmaths.gradient_descent import (
    descend,
    fit,
    gradient_descent,
    largest_stable_step,
)
from nnmaths.regression import least_squares, mse_hessian, synthetic_data


@pytest.fixture(name="data")
def data_fixture():
    return synthetic_data(
        np.random.default_rng(3), 200, np.array([2.0, -3.0]), 0.5, 0.1
    )


def test_gradient_descent_path_starts_at_x0_and_has_one_point_per_step():
    path = gradient_descent(lambda x: 2 * x, [1.0, -1.0], 0.1, 5)
    assert path.shape == (6, 2)
    np.testing.assert_array_equal(path[0], [1.0, -1.0])


def test_gradient_descent_multiplies_by_one_minus_eta_lambda_on_a_quadratic():
    path = gradient_descent(
        lambda x: 4 * x, 1.0, 0.1, 10
    )  # f = 2 x^2, f'' = 4
    np.testing.assert_allclose(path, 0.6 ** np.arange(11))


@pytest.mark.parametrize(
    ("rate", "steps"), [(0, 1), (-0.1, 1), (0.1, 0), (0.1, 2.5)]
)
def test_gradient_descent_rejects_a_bad_rate_or_step_count(rate, steps):
    with pytest.raises(ValueError, match="must be a positive"):
        gradient_descent(lambda x: x, 1.0, rate, steps)


def test_largest_stable_step_is_two_over_the_largest_eigenvalue():
    H = np.array([[2.0, 1.0], [1.0, 2.0]])  # eigenvalues 1 and 3
    assert largest_stable_step(H) == pytest.approx(2 / 3)


def test_full_batch_descent_converges_to_least_squares(data):
    X, y = data
    run = fit(X, y, 0.2, 200, len(y), np.random.default_rng(0))
    w_star, b_star = least_squares(X, y)
    np.testing.assert_allclose(run.w, w_star, atol=1e-10)
    assert run.b == pytest.approx(b_star, abs=1e-10)


def test_the_cost_falls_at_every_full_batch_step_below_the_limit(data):
    X, y = data
    run = fit(X, y, 0.2, 50, len(y), np.random.default_rng(0))
    assert (np.diff(run.costs) < 0).all()


@pytest.mark.parametrize(
    ("factor", "converges"), [(0.99, True), (1.01, False)]
)
def test_two_over_lambda_max_is_the_edge(data, factor, converges):
    X, y = data
    eta = factor * largest_stable_step(mse_hessian(X))
    run = fit(X, y, eta, 1000, len(y), np.random.default_rng(0))
    gap = np.abs(run.w - least_squares(X, y)[0]).max()
    assert bool(gap < 1e-6) is converges


@pytest.mark.parametrize(
    ("size", "steps"), [(200, 10), (10, 200), (1, 2000), (64, 31)]
)
def test_each_step_sees_one_batch(data, size, steps):
    X, y = data
    run = fit(X, y, 0.05, steps, size, np.random.default_rng(0))
    assert len(run.costs) == len(run.seen) == steps + 1
    assert run.seen[1] == size
    assert run.seen[-1] <= steps * size


def test_a_batch_larger_than_the_data_is_the_full_batch(data):
    X, y = data
    big = fit(X, y, 0.1, 5, 10_000, np.random.default_rng(0))
    assert big.seen.tolist() == [0, 200, 400, 600, 800, 1000]


def test_stochastic_descent_gets_near_the_minimum(data):
    X, y = data
    run = fit(X, y, 0.05, 2000, 1, np.random.default_rng(4))
    assert run.costs[-1] < 0.01 < run.costs[0]


def test_fit_rejects_a_one_dimensional_x(data):
    _, y = data
    with pytest.raises(
        ValueError,
        match=re.escape("X: expected shape (any, any), got shape (200,)"),
    ):
        fit(y, y, 0.1, 1, 1, np.random.default_rng(0))


def test_fit_rejects_targets_of_the_wrong_length(data):
    X, y = data
    with pytest.raises(
        ValueError,
        match=re.escape("y: expected shape (200,), got shape (199,)"),
    ):
        fit(X, y[:-1], 0.1, 1, 1, np.random.default_rng(0))


def test_fit_rejects_nan(data):
    X, y = data
    X = X.copy()
    X[0, 0] = np.nan
    with pytest.raises(ValueError, match="X: expected finite numbers"):
        fit(X, y, 0.1, 1, 1, np.random.default_rng(0))


@pytest.mark.parametrize(
    ("rate", "steps", "size", "name"),
    [
        (0.0, 1, 1, "learning_rate"),
        (0.1, 0, 1, "steps"),
        (0.1, 1, 0, "batch_size"),
    ],
)
def test_fit_rejects_a_non_positive_setting(data, rate, steps, size, name):
    X, y = data
    with pytest.raises(ValueError, match=f"^{name} must be a positive"):
        fit(X, y, rate, steps, size, np.random.default_rng(0))


X3 = np.array([[0.0], [1.0], [2.0]])
Y3 = np.array([1.0, 3.0, 5.0])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: largest_stable_step(np.array([[np.nan, 0.0], [0.0, 1.0]])),
            r"H: expected finite numbers, got NaN or inf in \[\[nan, 0.0\]",
        ),
        (
            lambda: largest_stable_step(np.array([[1.0, 2.0], [0.0, 1.0]])),
            r"H: expected a symmetric matrix, got \[\[1.0, 2.0\], \[0.0, 1.0\]\]",
        ),
        (
            lambda: largest_stable_step(np.ones((2, 3))),
            r"H: expected a square matrix, got shape \(2, 3\)",
        ),
        (
            lambda: largest_stable_step(-np.eye(2)),
            r"the largest eigenvalue of H must be a positive number, got -1.0",
        ),
        (
            lambda: gradient_descent(lambda x: 2 * x, np.nan, 0.1, 3),
            r"x0: expected finite numbers, got NaN or inf in nan",
        ),
        (
            lambda: gradient_descent(lambda x: np.ones(1), [1.0, 2.0], 0.1, 3),
            r"gradient\(x0\): expected shape \(2,\), got shape \(1,\)",
        ),
        (
            lambda: descend(X3, Y3[:1], 0.1, 10, 3, np.random.default_rng(0)),
            r"y: expected shape \(3,\), got shape \(1,\)",
        ),
        (
            lambda: descend(X3, Y3, 0.1, 10, 0, np.random.default_rng(0)),
            r"batch_size must be a positive whole number, got 0",
        ),
        (
            lambda: fit(X3, Y3[:1], 0.1, 10, 3, np.random.default_rng(0)),
            r"y: expected shape \(3,\), got shape \(1,\)",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
