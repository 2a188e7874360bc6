"""Chapter 3's explorable: descent at every fraction of 2 / lambda_max."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from nnmaths.ch03.explorables import (
    FRACTIONS,
    STEPS,
    contour,
    descent_path,
    draw_rate,
    rate_numbers,
)
from nnmaths.gradient_descent import fit, largest_stable_step
from nnmaths.regression import least_squares, mse, mse_hessian, synthetic_data

X, Y = synthetic_data(
    np.random.default_rng(3), m=200, w=np.array([2.0, -3.0]), b=0.5, noise=0.1
)
H = mse_hessian(X)


def test_the_fractions_run_from_a_tenth_to_just_past_the_edge():
    assert FRACTIONS[0] == 0.1 and FRACTIONS[-1] == 1.05
    assert len(FRACTIONS) == 20 and 1.0 in FRACTIONS


@pytest.mark.parametrize("fraction", FRACTIONS)
def test_every_frame_draws_the_path_and_the_cost(fraction):
    fig = Figure()
    draw_rate(fig, X, Y, fraction)
    left, right = fig.axes
    assert len(left.lines) == 4  # two contours, the path, the star
    costs = right.lines[0].get_ydata()
    path = descent_path(X, Y, fraction)
    assert np.allclose(costs, [mse(X, Y, t[:2], t[2]) for t in path])


def test_the_path_ends_where_fit_ends_with_the_whole_batch():
    for fraction in (0.3, 1.05):
        eta = fraction * largest_stable_step(H)
        run = fit(X, Y, eta, STEPS, len(Y), np.random.default_rng(0))
        last = descent_path(X, Y, fraction)[-1]
        assert np.allclose(last, np.append(run.w, run.b))


def test_each_contour_is_where_the_cost_has_its_level():
    _, b_star = least_squares(X, Y)
    for level in (1.0, 20.0):
        costs = [mse(X, Y, w, b_star) for w in contour(X, Y, level)]
        assert np.allclose(costs, level)


def errors_along_eigenvectors(fraction):
    """theta_t - theta* in the eigenvector basis of H: (STEPS + 1, 3)."""
    w_star, b_star = least_squares(X, Y)
    _, V = np.linalg.eigh(H)
    return (descent_path(X, Y, fraction) - np.append(w_star, b_star)) @ V


def test_up_to_half_the_path_never_overshoots_and_near_one_it_zigzags():
    for fraction in [f for f in FRACTIONS if f <= 0.5]:
        signs = np.sign(errors_along_eigenvectors(fraction))
        assert (signs == signs[0]).all()
    steepest = errors_along_eigenvectors(0.95)[:, -1]  # largest eigenvalue
    assert (np.sign(steepest[1:]) != np.sign(steepest[:-1])).all()


def test_the_numbers_say_the_rate_and_the_cost_and_past_one_it_diverges():
    for fraction in FRACTIONS:
        line = rate_numbers(X, Y, fraction)
        path = descent_path(X, Y, fraction)
        end = mse(X, Y, path[-1][:2], path[-1][2])
        eta = fraction * largest_stable_step(H)
        assert line.startswith(
            f"Learning rate {fraction:.2f} × 2/λmax = {eta:.3f}"
        )
        assert f"to {end:.3g} in {STEPS} steps" in line
        assert ("diverges" in line) == (fraction > 1.0)
