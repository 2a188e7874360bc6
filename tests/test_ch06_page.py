"""Chapter 6's page session: the numbers its prose quotes, computed again from the package."""

import pathlib
import re

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

from nnmaths.ch06 import exercises, program
from nnmaths.ch06.program import run_chapter

ROOT = pathlib.Path(__file__).parents[1]
PAGE = ROOT / "docs" / "chapters" / "06-simple-network.md"
SESSION = ROOT / "src" / "nnmaths" / "ch06" / "page.py"


def test_the_page_session_prints_the_books_numbers_and_four_figures():
    out = run_page("06")
    assert (
        "Output after training:\n[[0.028]\n [0.925]\n [0.925]\n [0.090]]"
        in out
    )
    assert "Prediction for [1, 0, 1]:\n[[0.925]]" in out
    assert figures(out) == 4
    # Every printed line but the figures fits a phone: 45 characters.
    text = without_figures(out)
    assert max(len(line) for line in text.splitlines()) <= 45


def test_the_training_report_shows_the_three_stages_the_prose_describes():
    run, _ = run_chapter()
    costs = run.costs.round(3)
    assert costs[0] == 0.656  # before training
    assert costs[10] == 0.5  # iteration 11: every output near one half
    assert (run.outputs[10].round(2).ravel() == [0.5, 0.5, 0.51, 0.51]).all()
    assert costs[200] == 0.491  # the plateau
    assert costs[500] == 0.097  # the steep fall
    assert costs[-1] == 0.01
    assert (np.diff(run.costs) < 0).all()  # it falls at every iteration


def test_the_gradient_check_tells_a_right_gradient_from_a_doubled_one():
    out = run_page("06")
    errors = [float(e) for e in re.findall(r"relative error (\S+)", out)]
    assert len(errors) == 3
    assert max(errors[:2]) < 1e-8
    assert round(errors[2], 2) == 0.33


def test_exercise_3s_quoted_outputs():
    assert exercises.exercise_3().round(2).ravel().tolist() == [
        0.0,
        0.02,
        0.03,
        0.96,
    ]


@pytest.mark.parametrize(
    ("setting", "value"),
    [("LEARNING_RATE", 0.5), ("ITERATIONS", 900), ("SEED", 2)],
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
    assert {"0.028", "0.925", "0.09", "0.656"} <= quoted
    monkeypatch.setattr(program, setting, value)
    printed = printed_after(SESSION, capsys)
    assert quoted - printed, f"changing {setting} to {value} went unnoticed"
