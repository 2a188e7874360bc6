"""Newton's method in one variable."""

import numpy as np
import pytest

from nnmaths.newton import newton


def test_newton_solves_a_parabola_in_one_step():
    path = newton(lambda x: 6 * (x + 1), lambda x: 6.0, 40.0, 1)
    assert path.tolist() == [40.0, -1.0]


def test_newton_converges_quadratically_near_the_minimum():
    path = newton(lambda x: np.exp(x) - 2, np.exp, 2.0, 5)
    gaps = np.abs(path - np.log(2))
    # each gap is about (f'''/2f'') times the square of the one before
    assert gaps[4] < 2 * gaps[3] ** 2 and gaps[3] < 2 * gaps[2] ** 2


def test_newton_rejects_a_bad_step_count():
    with pytest.raises(
        ValueError, match="steps must be a positive whole number"
    ):
        newton(lambda x: x, lambda x: 1.0, 1.0, 0)


@pytest.mark.parametrize(
    ("d1", "d2", "x0", "message"),
    [
        (
            lambda x: 3 * x**2,
            lambda x: 6 * x,
            0.0,
            r"d2: expected f''\(x\) != 0 at every step, got f''\(x\) = 0 at x_0",
        ),
        (
            lambda x: 4 * x**3 - 4 * x,
            lambda x: 12 * x**2 - 4,
            1 / np.sqrt(3) + 0.5,
            None,
        ),
        (
            lambda x: x,
            lambda x: float("nan"),
            1.0,
            r"d2\(x_0\): expected one finite number, got nan",
        ),
        (
            lambda x: x,
            lambda x: 1.0,
            float("inf"),
            r"x0: expected one finite number, got inf",
        ),
        (
            lambda x: x,
            lambda x: 1e-320,
            1.0,
            r"x_1: expected one finite number, got -inf",
        ),
    ],
)
def test_a_step_that_cannot_be_taken_is_named(d1, d2, x0, message):
    if message is None:  # a path that stays off f'' = 0 runs
        assert np.isfinite(newton(d1, d2, x0, 5)).all()
        return
    with pytest.raises(ValueError, match=message):
        newton(d1, d2, x0, 5)


def test_f_double_prime_zero_after_the_first_step_is_named():
    # f'' = x - 2 is 1 at x0 = 3, and the step 3 - 1 / 1 lands on x1 = 2, where it is 0.
    with pytest.raises(ValueError, match=r"got f''\(x\) = 0 at x_1 = 2.0"):
        newton(lambda x: x - 2.0, lambda x: x - 2.0, 3.0, 3)
