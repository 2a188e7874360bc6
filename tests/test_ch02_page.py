"""The Chapter 2 page's session runs alone, and its figures' alt texts quote the run."""

import numpy as np
from pages import run_page

from nnmaths.ch02 import page
from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.figures import boundaries_alt, criterion_alt, mistakes_alt
from nnmaths.perceptron_training import train


def test_the_page_session_runs_alone_and_prints_the_numbers_the_prose_quotes():
    out = run_page("02")
    assert "mistakes per epoch: [9, 0]" in out
    assert "gamma of the max-margin (w, b): 0.4317  bound: 390" in out
    assert "epochs: 344  mistakes made: 1245" in out
    assert "mistakes per epoch: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]" in out
    assert out.count(": True") == 4 and ": False" not in out
    assert out.count("<svg") == 3


def test_boundaries_alt_quotes_the_final_weights_and_the_update_count():
    x, y, names = iris_two_species(
        np.random.default_rng(page.SEED), page.FEATURES
    )
    alt = boundaries_alt(train(x, y, page.EPOCHS), names)
    assert "each of the 9 updates" in alt
    assert "w = (-3.6, 8.3) and b = -1.0" in alt
    assert "sepal length (cm) and petal length (cm)" in alt


def test_mistakes_alt_quotes_each_runs_epochs_and_ends():
    alt = mistakes_alt({"a": np.array([9, 0]), "b": np.array([4, 4, 4])})
    assert "a: 2 epochs, 9 mistakes in the first and 0 in the last" in alt
    assert "b: 3 epochs, 4 mistakes in the first and 4 in the last" in alt


def test_criterion_alt_names_the_kink():
    assert "a kink at 0" in criterion_alt()
