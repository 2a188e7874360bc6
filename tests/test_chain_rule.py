import numpy as np
import pytest

from nnmaths.chain_rule import cost, cost_prime, dC_dw, local_derivatives, path
from nnmaths.gradcheck import numerical_gradient, relative_error

POINTS = [(0.5, 0.8, 0.1, 0.0), (-1.3, 0.2, 0.7, 1.0), (2.0, -0.6, -0.4, 0.3)]


def test_path_runs_z_then_a_then_the_half_squared_cost():
    z, a, C = path(0.5, 0.8, 0.1, 0.0)
    assert z == pytest.approx(0.5)
    assert a == pytest.approx(1 / (1 + np.exp(-0.5)))
    assert C == pytest.approx(0.5 * a**2)


def test_cost_prime_is_the_finite_difference_slope_of_cost():
    a = np.array([[0.3, 0.9]])
    y = np.array([[1.0, 0.0]])
    numeric = numerical_gradient(lambda v: cost(v, y), a)
    assert relative_error(cost_prime(a, y), numeric) < 1e-8


@pytest.mark.parametrize(("w", "a_prev", "b", "y"), POINTS)
def test_each_local_derivative_matches_finite_differences(w, a_prev, b, y):
    dz_dw, da_dz, dC_da = local_derivatives(w, a_prev, b, y)
    z, a, _ = path(w, a_prev, b, y)
    assert dz_dw == pytest.approx(
        float(
            numerical_gradient(
                lambda v: path(float(v), a_prev, b, y).z, np.array(w)
            )
        )
    )
    assert da_dz == pytest.approx(
        float(
            numerical_gradient(
                lambda v: 1 / (1 + np.exp(-float(v))), np.array(z)
            )
        )
    )
    assert dC_da == pytest.approx(
        float(numerical_gradient(lambda v: cost(v, y), np.array(a)))
    )


@pytest.mark.parametrize(("w", "a_prev", "b", "y"), POINTS)
def test_the_product_of_the_slopes_is_dC_dw(w, a_prev, b, y):
    numeric = numerical_gradient(
        lambda v: path(float(v), a_prev, b, y).C, np.array(w)
    )
    assert dC_dw(w, a_prev, b, y) == pytest.approx(float(numeric), rel=1e-7)


def test_the_measured_nudge_approaches_the_product_as_the_nudge_shrinks():
    w, a_prev, b, y = POINTS[0]
    slope = dC_dw(w, a_prev, b, y)
    gaps = [
        abs(
            (path(w + dw, a_prev, b, y).C - path(w, a_prev, b, y).C) / dw
            - slope
        )
        for dw in (0.1, 0.01, 0.001)
    ]
    assert gaps[0] > gaps[1] > gaps[2]
    assert gaps[2] < 1e-3 * abs(slope)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: dC_dw(np.nan, 0.8, 0.1, 0.0),
            r"w: expected one finite number, got nan",
        ),
        (
            lambda: dC_dw(0.5, 0.8, 0.1, np.array([0.0, 1.0])),
            r"y: expected one finite number, got array\(\[0., 1.\]\)",
        ),
        (
            lambda: path(0.5, np.inf, 0.1, 0.0),
            r"a_prev: expected one finite number, got inf",
        ),
        (
            lambda: local_derivatives(0.5, 0.8, None, 0.0),
            r"b: expected one finite number, got None",
        ),
        (
            lambda: cost(np.array([0.5, 0.2]), np.array([1.0])),
            r"y: expected shape \(2,\), got shape \(1,\)",
        ),
        (
            lambda: cost(np.array([0.5, np.nan]), np.array([1.0, 0.0])),
            r"a: expected finite numbers, got NaN or inf in \[0.5, nan\]",
        ),
        (
            lambda: cost_prime(np.array([[0.5, 0.2]]), np.array([1.0, 0.0])),
            r"y: expected shape \(1, 2\), got shape \(2,\)",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
