"""Chapter 7's page session: the numbers its prose quotes, computed again from the package."""

import itertools
import pathlib

import numpy as np
import pytest
from pages import (
    figures,
    printed_after,
    run_page,
    session_inputs,
    without_figures,
)
from test_prose_numbers import bare_numbers

from nnmaths.ch07 import program
from nnmaths.ch07.program import (
    ITERATIONS,
    LEARNING_RATE,
    SEED,
    SIZES,
    run_chapter,
)
from nnmaths.cost import cost
from nnmaths.data import training_set
from nnmaths.layer_training import layer_gradients
from nnmaths.layers import forward, init_layers
from nnmaths.seeds import costs_by_seed

ROOT = pathlib.Path(__file__).parents[1]
PAGE = ROOT / "docs" / "chapters" / "07-matrix-calculus.md"
SESSION = ROOT / "src" / "nnmaths" / "ch07" / "page.py"


def test_the_page_session_runs_alone_and_every_check_agrees():
    out = run_page("07")
    assert out.count("equal: True") == 3
    assert out.count("True") == 6
    assert "False" not in out
    assert figures(out) == 3
    # Every printed line but the figures fits a phone: 45 characters.
    text = without_figures(out)
    assert max(len(line) for line in text.splitlines()) <= 45


def test_the_program_ends_where_the_prose_says():
    initial, run = run_chapter()
    x, y = training_set()
    after = forward(x, run.layers).a[-1]
    assert after.round(3).ravel().tolist() == [0.021, 0.975, 0.97, 0.032]
    assert round(cost(y, forward(x, initial).a[-1]), 3) == 0.528
    assert round(cost(y, after), 4) == 0.0015


def test_the_hundred_seeds_end_where_the_prose_says():
    x, y = training_set()
    final = costs_by_seed(x, y, SIZES, range(100), LEARNING_RATE, ITERATIONS)
    counts, _ = np.histogram(final[:, -1], [0, 0.01, 0.05, 0.45, np.inf])
    assert counts.tolist() == [56, 10, 19, 15]
    assert np.sum(final[:, -1] < final[SEED, -1]) + 1 == 3  # third best


def test_the_error_shrinks_by_the_factor_the_prose_quotes():
    rng = np.random.default_rng(0)
    deep = init_layers(rng, (20,) * 11)
    x, y = rng.normal(size=(1, 20)), rng.uniform(size=(1, 20))
    sizes = [np.linalg.norm(db) for dW, db in layer_gradients(x, y, deep)]
    assert f"{sizes[0] / sizes[-1]:.1e}" == "2.6e-06"
    assert all(a < b for a, b in itertools.pairwise(sizes))  # at every layer


@pytest.mark.parametrize(
    ("setting", "value"),
    [("LEARNING_RATE", 0.5), ("ITERATIONS", 900), ("SEED", 3)],
)
def test_the_prose_no_longer_matches_when_a_setting_changes(
    monkeypatch, capsys, setting, value, unless_passed
):
    """The prose quotes the numbers the page prints; another run leaves some unprinted.

    Each runs the whole chapter in this process: skipped while its inputs are unchanged
    since it passed (tests/keyed.py).
    """
    unless_passed(session_inputs(pathlib.Path(__file__), PAGE, SESSION))
    quoted = set(
        bare_numbers(PAGE.read_text(), PAGE.name)
    )  # no doctest prints them
    assert {"0.021", "0.975", "0.97", "0.032", "0.0015", "56"} <= quoted
    monkeypatch.setattr(program, setting, value)
    printed = printed_after(SESSION, capsys)
    assert quoted - printed, f"changing {setting} to {value} went unnoticed"
