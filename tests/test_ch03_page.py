"""The Chapter 3 page's session runs alone and prints what the prose says;
its figures' alt texts quote the runs."""

import re

import numpy as np
import pytest
from pages import run_page, without_figures

from nnmaths.ch03.figures import (
    batches_alt,
    bowl_alt,
    descent_map_alt,
    landscapes_alt,
    newton_alt,
    subgradient_alt,
)
from nnmaths.gradient_descent import fit, gradient_descent
from nnmaths.newton import newton
from nnmaths.regression import least_squares, mse, synthetic_data
from nnmaths.scalar_chain import forward
from nnmaths.step_size import scheduled_descent


@pytest.fixture(name="page", scope="module")
def page_fixture() -> str:
    return without_figures(run_page("03"))


@pytest.fixture(name="data")
def data_fixture():
    return synthetic_data(
        np.random.default_rng(3), 200, np.array([2.0, -3.0]), 0.5, 0.1
    )


def test_the_page_session_runs_alone_and_draws_its_figures():
    out = run_page("03")
    names = ["bowl", "descent-map", "newton", "landscapes", "subgradient"]
    for name in [*names, "batches"]:
        assert f'id="{name}-' in out, name


def test_the_worked_example_steps_down_the_error(page):
    assert "dE/dw1, dE/dw2 = (-4.5, -3.0)" in page
    assert "w1 = 0.95, w2 = 1.80, L = 5.72\nE = 0.2592" in page


def test_descent_meets_least_squares(page):
    assert "equals lstsq to 10 decimals: True" in page
    assert "C: 19.849 -> 0.00457" in page


def test_the_edge_is_two_over_lambda_max(page):
    assert "2 / lambda_max = 0.5164" in page
    gaps = re.findall(r"eta_max, 1000 steps: gap (\S+)", page)
    assert float(gaps[0]) < 1e-8 and float(gaps[1]) > 1e9


def test_each_step_drops_at_least_what_the_descent_lemma_promises(page):
    ratio = float(re.search(r"guaranteed drop >= (\S+)", page)[1])
    assert ratio >= 1


def test_the_measured_rate_matches_kappa(page):
    predicted = float(re.search(r"eta\* = 0.411: factor (\S+)", page)[1])
    measured = float(re.search(r"measured: +factor (\S+)", page)[1])
    assert measured == pytest.approx(predicted, abs=1e-3)


def test_the_saddle_run_falls_then_sits_on_a_plateau(page):
    assert "t = 20: f =  1.3e-04" in page
    assert "|f| < 0.01 from step 11 to step 63" in page


def test_a_fixed_step_stalls_on_a_kink_and_a_shrinking_one_does_not(page):
    assert "fixed 0.7, last x: [-0.6  0.1 -0.6]" in page
    assert "largest |x_t|, t >= 100: 0.60 and 0.020" in page


def test_each_batch_size_is_compared_at_its_own_best_rate(data):
    """Issue 19: full batch at 0.4 < 2 / lambda_max reaches 0.00471 in 10 steps."""
    X, y = data
    run = fit(X, y, 0.4, 10, 200, np.random.default_rng(0))
    assert round(run.costs[-1], 5) == 0.00471


def test_the_tuned_table_picks_each_columns_lowest_cost(page):
    rows = re.findall(r"^ *(0\.\d+) +(\S+) +(\S+) +(\S+)$", page, re.MULTILINE)
    etas = [float(row[0]) for row in rows]
    tuned = {
        name: etas[int(np.argmin([float(r[k + 1]) for r in rows]))]
        for k, name in enumerate(["full", "mini", "single"])
    }
    assert tuned["full"] == 0.4 and tuned["single"] < tuned["mini"]
    for name, eta in tuned.items():
        assert re.search(rf"^{name} +{eta} ", page, re.MULTILINE)


def test_small_batches_win_on_large_redundant_data(page):
    seen = dict(
        re.findall(r"^(full|mini|single) +\S+ +(\d+) ", page, re.MULTILINE)
    )
    costs = dict(re.findall(r"^(full|mini) .* (0\.\d+)$", page, re.MULTILINE))
    assert int(seen["full"]) == 100 * int(seen["mini"])
    assert float(costs["mini"]) < float(costs["full"])


def test_the_books_ascent_gives_the_books_numbers():
    """Erratum 6: w <- w + eta dL/dw with eta = 0.1 gives 0.8, 1.7 and L = 4.92."""
    w1, w2 = (
        0.5 + 0.1 * 1.5 * 2.0,
        1.5 + 0.1 * 2.0,
    )  # dL/dw1 = w2 x, dL/dw2 = z
    assert (round(w1, 1), round(w2, 1)) == (0.8, 1.7)
    assert round(forward(2.0, w1, w2, 1.0, 0.5)[1], 2) == 4.92


def test_bowl_alt_names_the_minimum_and_the_curvatures():
    alt = bowl_alt(np.array([2.0, -3.0]), np.array([1.066, 3.870]))
    assert "(2.00, -3.00)" in alt and "3.87" in alt and "1.07" in alt


def test_descent_map_alt_quotes_where_each_path_ends(data):
    X, y = data
    w_star, b_star = least_squares(X, y)
    paths = {
        "good": gradient_descent(
            lambda w: X.T @ (X @ w + b_star - y) / len(y), np.zeros(2), 0.2, 40
        )
    }
    alt = descent_map_alt({"good": 0.2}, paths, w_star)
    distance = np.linalg.norm(paths["good"][-1] - w_star)
    assert f"good (0.20) ends {distance:.2g} from it" in alt
    assert "40 steps" in alt


def test_newton_alt_quotes_the_distances():
    descent = gradient_descent(lambda x: np.exp(x) - 2, 2.0, 0.25, 8)
    newtons = newton(lambda x: np.exp(x) - 2, np.exp, 2.0, 8)
    alt = newton_alt(descent, newtons, np.log(2), 0.25)
    assert "9e-03" in alt and "0.693" in alt and "learning rate 0.25 " in alt


def test_landscapes_alt_names_the_eigenvalues():
    alt = landscapes_alt({"saddle": np.diag([2.0, -2.0])})
    assert "saddle (Hessian eigenvalues -2, 2)" in alt


def test_subgradient_alt_says_where_each_run_levels_off():
    fixed = gradient_descent(np.sign, 5.0, 0.7, 200)
    shrinking = scheduled_descent(np.sign, 5.0, 2.0 / np.arange(1, 201))
    alt = subgradient_alt(fixed, shrinking, 0.7)
    assert "levels off at 0.6" in alt and "to 0.01" in alt


def test_batches_alt_quotes_the_examples_seen(data):
    X, y = data
    runs = {"full": fit(X, y, 0.4, 3, 200, np.random.default_rng(0))}
    alt = batches_alt(runs, {"full": 0.4})
    assert "full (learning rate 0.4)" in alt and "after 600 examples" in alt
    assert f"{mse(X, y, runs['full'].w, runs['full'].b):.5f}" in alt
