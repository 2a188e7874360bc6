"""Chapter 6 reproduces the book's printed numbers, and the docs notice when they change."""

import subprocess
import sys

import numpy as np

from nnmaths.ch06 import program as ch06
from nnmaths.data import training_set
from nnmaths.network import predict

# The three results as the book prints them, to three decimals.
BOOK_INITIAL = [0.758, 0.771, 0.791, 0.801]
BOOK_TRAINED = [0.028, 0.925, 0.925, 0.090]
BOOK_PREDICTION = 0.925


def test_initial_output_matches_the_book():
    run, _ = ch06.run_chapter()
    assert run.outputs[0].ravel().round(3).tolist() == BOOK_INITIAL


def test_trained_output_matches_the_book():
    run, _ = ch06.run_chapter()
    x, _ = training_set()
    assert predict(x, run.W1, run.W2).ravel().round(3).tolist() == BOOK_TRAINED
    # The book prints the last forward pass, before the final update.
    assert run.outputs[-1].ravel().round(3).tolist() == BOOK_TRAINED


def test_prediction_matches_the_book():
    _, prediction = ch06.run_chapter()
    assert prediction.shape == (1, 1)
    assert round(float(prediction[0, 0]), 3) == BOOK_PREDICTION


def test_module_runs_as_a_program(program_output):
    result = subprocess.run(
        [sys.executable, "-m", "nnmaths.ch06"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == program_output
    assert result.stderr == ""


def test_run_chapter_reads_its_settings_at_call_time(monkeypatch):
    monkeypatch.setattr(ch06, "ITERATIONS", 3)
    run, _ = ch06.run_chapter()
    assert run.costs.shape == (3,)
    assert not np.array_equal(run.outputs[-1].round(3).ravel(), BOOK_TRAINED)
