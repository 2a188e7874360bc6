"""The descent lemma's guaranteed drop, and descent with a schedule of steps."""

import re

import numpy as np
import pytest

from nnmaths.gradient_descent import gradient_descent
from nnmaths.step_size import guaranteed_drop, scheduled_descent


def log_cosh_cost(A: np.ndarray, y: np.ndarray, v: np.ndarray) -> float:
    """A cost that is not quadratic: the mean of log cosh(A v - y)."""
    return float(np.mean(np.log(np.cosh(A @ v - y))))


def log_cosh_gradient(A: np.ndarray, y: np.ndarray, v: np.ndarray):
    return A.T @ np.tanh(A @ v - y) / len(y)


def test_guaranteed_drop_is_the_formula():
    g = np.array([1.0, -2.0, 2.0])  # |g|^2 = 9
    assert guaranteed_drop(g, 0.1, 4.0) == pytest.approx(0.1 * 0.8 * 9)


def test_the_guarantee_vanishes_at_two_over_lambda_and_turns_negative():
    g = np.array([3.0])
    assert guaranteed_drop(g, 0.5, 4.0) == pytest.approx(0.0)
    assert guaranteed_drop(g, 0.6, 4.0) < 0 < guaranteed_drop(g, 0.4, 4.0)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("fraction", [0.3, 1.0, 1.9])
def test_each_step_on_a_smooth_cost_drops_at_least_the_guarantee(
    seed, fraction
):
    """log cosh has curvature at most 1, so the cost's is at most lambda_max(A^T A / m)."""
    rng = np.random.default_rng(seed)
    A, y = rng.normal(size=(50, 3)), rng.normal(size=50)
    Lambda = float(np.linalg.eigvalsh(A.T @ A / len(y)).max())
    eta = fraction / Lambda  # every step size below 2 / Lambda
    v = 3 * rng.normal(size=3)
    for _ in range(20):
        g = log_cosh_gradient(A, y, v)
        drop = log_cosh_cost(A, y, v) - log_cosh_cost(A, y, v - eta * g)
        assert drop >= guaranteed_drop(g, eta, Lambda) - 1e-12
        v = v - eta * g


def test_the_guarantee_is_tight_on_a_parabola_of_curvature_lambda():
    # f(x) = Lambda x^2 / 2: one step from x drops f by exactly the guarantee.
    Lambda, eta, x = 3.0, 0.2, 1.5
    f = lambda x: Lambda * x**2 / 2
    drop = f(x) - f(x - eta * Lambda * x)
    assert drop == pytest.approx(guaranteed_drop([Lambda * x], eta, Lambda))


@pytest.mark.parametrize(
    ("gradient", "learning_rate", "Lambda", "message"),
    [
        ([1.0, np.nan], 0.1, 1.0, "gradient: expected finite numbers"),
        ([[1.0, 2.0]], 0.1, 1.0, "gradient: expected shape (any,)"),
        ([], 0.1, 1.0, "gradient: expected shape (any,)"),
        ([1.0], 0.0, 1.0, "learning_rate must be a positive number"),
        ([1.0], 0.1, -1.0, "Lambda must be a positive number"),
        ([1.0], 0.1, np.inf, "Lambda must be a positive number"),
    ],
)
def test_guaranteed_drop_names_bad_input(
    gradient, learning_rate, Lambda, message
):
    with pytest.raises(ValueError, match=re.escape(message)):
        guaranteed_drop(gradient, learning_rate, Lambda)


def test_a_constant_schedule_is_gradient_descent():
    def gradient(x):
        return np.array([2 * x[0], 8 * x[1]])

    fixed = gradient_descent(gradient, [1.0, -1.0], 0.1, 12)
    scheduled = scheduled_descent(gradient, [1.0, -1.0], np.full(12, 0.1))
    np.testing.assert_array_equal(fixed, scheduled)


def test_steps_that_shrink_like_one_over_t_settle_on_a_kink():
    etas = 2.0 / np.arange(1, 2001)
    path = scheduled_descent(np.sign, 5.0, etas)
    assert np.abs(path[1000:]).max() <= etas[999]  # within one step of 0
    assert np.abs(path[-10:]).max() < 0.01


def test_steps_whose_sum_is_finite_stop_short():
    etas = 2.0 / np.arange(1, 10_001) ** 2  # sum -> pi^2 / 3 < 5
    x_end = scheduled_descent(np.sign, 5.0, etas)[-1]
    assert x_end == pytest.approx(5 - np.pi**2 / 3, abs=1e-3)


@pytest.mark.parametrize(
    ("learning_rates", "message"),
    [
        ([0.1, 0.0], "learning_rates: expected positive numbers"),
        ([0.1, -0.2], "learning_rates: expected positive numbers"),
        ([0.1, np.nan], "learning_rates: expected finite numbers"),
        ([[0.1]], "learning_rates: expected shape"),
        ([], "learning_rates: expected shape"),
    ],
)
def test_scheduled_descent_names_bad_steps(learning_rates, message):
    with pytest.raises(ValueError, match=message):
        scheduled_descent(np.sign, 1.0, learning_rates)
