"""Linear regression: the model, the mean squared error, its gradient and its Hessian."""

import numpy as np
import pytest

from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.regression import (
    least_squares,
    mse,
    mse_gradient,
    mse_hessian,
    predict,
    synthetic_data,
)


def problem(seed: int, m: int = 30, n: int = 3):
    rng = np.random.default_rng(seed)
    X, y = synthetic_data(rng, m, rng.normal(size=n), float(rng.normal()), 0.2)
    return X, y, rng.normal(size=n), float(rng.normal())


def test_synthetic_data_is_reproducible_from_the_seed():
    first = synthetic_data(
        np.random.default_rng(5), 10, np.array([1.0, 2.0]), 0.5, 0.1
    )
    second = synthetic_data(
        np.random.default_rng(5), 10, np.array([1.0, 2.0]), 0.5, 0.1
    )
    assert all(np.array_equal(a, b) for a, b in zip(first, second))


def test_synthetic_data_without_noise_lies_on_the_plane():
    X, y = synthetic_data(
        np.random.default_rng(0), 10, np.array([1.0, -2.0]), 0.5, 0.0
    )
    np.testing.assert_allclose(y, X @ np.array([1.0, -2.0]) + 0.5)


def test_predict_gives_one_value_per_row():
    X, _, w, b = problem(0)
    assert predict(X, w, b).shape == (30,)


def test_mse_is_half_the_mean_of_the_squared_errors():
    X, y, w, b = problem(1)
    assert mse(X, y, w, b) == pytest.approx(np.mean((X @ w + b - y) ** 2) / 2)


@pytest.mark.parametrize("seed", range(5))
def test_mse_gradient_in_w_matches_finite_differences(seed):
    X, y, w, b = problem(seed)
    numeric = numerical_gradient(lambda v: mse(X, y, v, b), w)
    assert relative_error(mse_gradient(X, y, w, b)[0], numeric) < 1e-8


@pytest.mark.parametrize("seed", range(5))
def test_mse_gradient_in_b_matches_finite_differences(seed):
    X, y, w, b = problem(seed)
    numeric = numerical_gradient(
        lambda v: mse(X, y, w, float(v[0])), np.array([b])
    )
    assert (
        relative_error(np.array([mse_gradient(X, y, w, b)[1]]), numeric) < 1e-8
    )


@pytest.mark.parametrize("seed", range(3))
def test_mse_hessian_matches_finite_differences_of_the_gradient(seed):
    X, y, w, b = problem(seed)

    def gradient(theta: np.ndarray) -> np.ndarray:
        dC_dw, dC_db = mse_gradient(X, y, theta[:-1], float(theta[-1]))
        return np.append(dC_dw, dC_db)

    theta = np.append(w, b)
    rows = [
        numerical_gradient(lambda t, j=j: gradient(t)[j], theta)
        for j in range(4)
    ]
    numeric = np.array(rows)
    assert relative_error(mse_hessian(X), numeric) < 1e-7


def test_least_squares_solves_the_normal_equations():
    X, y, _, _ = problem(2)
    w, b = least_squares(X, y)
    dC_dw, dC_db = mse_gradient(X, y, w, b)  # zero at the minimum
    assert np.abs(dC_dw).max() < 1e-10 and abs(dC_db) < 1e-10


def test_least_squares_recovers_noise_free_weights():
    X, y = synthetic_data(
        np.random.default_rng(0), 20, np.array([2.0, -3.0]), 0.5, 0.0
    )
    w, b = least_squares(X, y)
    np.testing.assert_allclose(w, [2.0, -3.0])
    assert b == pytest.approx(0.5)


X2 = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]])
Y3 = np.array([1.0, 2.0, 3.0])
W2 = np.array([0.5, -0.5])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: mse(X2, np.array([1.0]), W2, 0.0),
            r"y: expected shape \(3,\), got shape \(1,\)",
        ),
        (
            lambda: mse(X2, Y3, np.ones(3), 0.0),
            r"w: expected shape \(2,\), got shape \(3,\)",
        ),
        (
            lambda: mse(X2, Y3, W2, np.nan),
            r"b: expected one finite number, got nan",
        ),
        (
            lambda: mse_gradient(X2, np.array([1.0]), W2, 0.0),
            r"y: expected shape \(3,\), got shape \(1,\)",
        ),
        (
            lambda: mse_gradient(X2, Y3[:, None], W2, 0.0),
            r"y: expected shape \(3,\), got shape \(3, 1\)",
        ),
        (
            lambda: predict(X2[0], W2, 0.0),
            r"X: expected shape \(any, any\), got shape \(2,\)",
        ),
        (
            lambda: mse_hessian(np.array([[np.inf]])),
            r"X: expected finite numbers, got NaN or inf in \[\[inf\]\]",
        ),
        (
            lambda: least_squares(X2, np.array([1.0, np.nan, 3.0])),
            r"y: expected finite numbers, got NaN or inf in \[1.0, nan, 3.0\]",
        ),
        (
            lambda: least_squares(X2, Y3[:2]),
            r"y: expected shape \(3,\), got shape \(2,\)",
        ),
        (
            lambda: synthetic_data(np.random.default_rng(0), 5, W2, 0.0, -1),
            r"noise: expected a number >= 0, got -1",
        ),
        (
            lambda: synthetic_data(np.random.default_rng(0), 0, W2, 0.0, 1),
            r"m must be a positive whole number, got 0",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
