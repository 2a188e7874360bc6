"""Chapter 7's program, and the page noticing when one of its quoted numbers changes."""

import subprocess
import sys

import numpy as np

from nnmaths.ch07 import program as ch07
from nnmaths.data import training_set
from nnmaths.layers import forward


def test_the_network_learns_xor():
    _, run = ch07.run_chapter()
    x, y = training_set()
    a_L = forward(x, run.layers).a[-1]
    assert np.all(np.abs(a_L - y) < 0.05)


def test_module_runs_as_a_program():
    result = subprocess.run(
        [sys.executable, "-m", "nnmaths.ch07"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("Output before training:\n")
    assert "Output after training:\n" in result.stdout
    assert result.stderr == ""
