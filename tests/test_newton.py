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
