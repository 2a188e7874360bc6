"""The Chapter 3 page's session runs alone, and its figures' alt texts quote the run."""

import numpy as np
from pages import run_page

from nnmaths.ch03.figures import (
    batches_alt,
    landscapes_alt,
    learning_rates_alt,
    newton_alt,
    subgradient_alt,
)
from nnmaths.gradient_descent import fit, gradient_descent
from nnmaths.newton import newton
from nnmaths.regression import synthetic_data


def test_the_page_session_runs_alone_and_prints_the_worked_example():
    out = run_page("03")
    assert "after one step: w1 = 0.95, w2 = 1.80, L = 5.72, E = 0.2592" in out
    assert out.count("<svg") == 5


def test_learning_rates_alt_quotes_each_runs_last_cost():
    X, y = synthetic_data(
        np.random.default_rng(0), 20, np.array([1.0]), 0.0, 0.1
    )
    runs = {"a": fit(X, y, 0.1, 5, 20, np.random.default_rng(0))}
    alt = learning_rates_alt({"a": 0.1}, runs)
    assert f"{runs['a'].costs[-1]:.3g}" in alt and "5 steps" in alt


def test_newton_alt_quotes_the_distances():
    descent = gradient_descent(lambda x: np.exp(x) - 2, 2.0, 0.3, 8)
    newtons = newton(lambda x: np.exp(x) - 2, np.exp, 2.0, 8)
    alt = newton_alt(descent, newtons, np.log(2), 0.3)
    assert "9e-03" in alt and "0.693" in alt and "learning rate 0.3 " in alt


def test_landscapes_alt_names_the_eigenvalues():
    alt = landscapes_alt({"saddle": np.diag([2.0, -2.0])})
    assert "saddle (Hessian eigenvalues -2, 2)" in alt


def test_subgradient_alt_names_the_two_points_it_bounces_between():
    path = gradient_descent(np.sign, 5.0, 0.7, 20)
    assert "-0.6 and 0.1" in subgradient_alt(path, 0.7)


def test_batches_alt_quotes_the_step_counts():
    X, y = synthetic_data(
        np.random.default_rng(0), 20, np.array([1.0]), 0.0, 0.1
    )
    runs = {"full": fit(X, y, 0.1, 3, 20, np.random.default_rng(0))}
    assert "full, 3 steps" in batches_alt(runs, 0.001)
