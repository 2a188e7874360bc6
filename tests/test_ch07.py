"""Chapter 7's program, and the page noticing when one of its quoted numbers changes."""

import doctest
import pathlib
import subprocess
import sys

import numpy as np
import pytest

from nnmaths import ch07
from nnmaths.data import training_set
from nnmaths.layers import forward

PAGE = pathlib.Path(__file__).parents[1] / "docs" / "chapters" / "07-matrix-calculus.md"


def test_the_network_learns_xor():
    _, run = ch07.run_chapter()
    x, y = training_set()
    a_L = forward(x, run.layers).a[-1]
    assert np.all(np.abs(a_L - y) < 0.05)


def test_module_runs_as_a_program():
    result = subprocess.run(
        [sys.executable, "-m", "nnmaths.ch07"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("Output before training:\n")
    assert "Output after training:\n" in result.stdout
    assert result.stderr == ""


def run_page_doctests() -> doctest.TestResults:
    return doctest.testfile(
        str(PAGE), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE, report=False
    )


def test_page_doctests_pass():
    result = run_page_doctests()
    assert result.attempted > 15
    assert result.failed == 0


@pytest.mark.parametrize(
    ("setting", "value"), [("LEARNING_RATE", 0.5), ("ITERATIONS", 900), ("SEED", 3)]
)
def test_page_doctests_fail_when_a_printed_number_changes(monkeypatch, capsys, setting, value):
    monkeypatch.setattr(ch07, setting, value)
    result = run_page_doctests()
    assert result.failed > 0, f"changing {setting} to {value} went unnoticed by the page"
    assert "Failed example" in capsys.readouterr().out
