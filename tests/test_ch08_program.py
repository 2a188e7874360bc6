"""The digits run: held-out split, accuracy target, determinism, and the scikit-learn reference."""

import subprocess
import sys

import numpy as np
import pytest

from nnmaths.ch08.program import EPOCHS, SEED, report, run_chapter
from nnmaths.digits import load_split, validation_split
from nnmaths.reference import mlp_accuracy


@pytest.fixture(scope="module")
def run():
    return run_chapter()


def test_split_is_stratified_and_disjoint():
    data = load_split()
    assert len(data.x_train) + len(data.x_test) == 1797
    test_share = np.bincount(data.labels_test) / np.bincount(
        np.r_[data.labels_train, data.labels_test]
    )
    np.testing.assert_allclose(test_share, 0.25, atol=0.01)
    train_rows = {row.tobytes() for row in data.x_train}
    assert (
        sum(row.tobytes() in train_rows for row in data.x_test) < 5
    )  # a few digits repeat


def test_pixels_are_scaled_to_the_unit_interval():
    data = load_split()
    assert data.x_train.min() == 0.0 and data.x_train.max() == 1.0


def test_history_has_one_entry_per_epoch_plus_the_start(run):
    _, history = run
    for scores in history[1:]:
        assert scores.shape == (EPOCHS + 1,)


def test_training_lowers_the_loss_and_reads_95_percent_of_validation_digits(
    run,
):
    _, history = run
    assert history.loss_train[-1] < 0.1 * history.loss_train[0]
    assert history.accuracy_test[0] < 0.2  # chance level before training
    assert history.accuracy_test[-1] >= 0.95  # the validation set


def test_training_never_sees_the_test_set(run):
    data, history = run
    inner = validation_split(data, size=0.25, seed=SEED)
    assert len(inner.x_train) + len(inner.x_test) == len(data.x_train)
    assert len(history.loss_test) == EPOCHS + 1
    test_rows = {row.tobytes() for row in data.x_test}
    assert not any(row.tobytes() in test_rows for row in inner.x_test[:50])


def test_the_test_set_scored_once_reads_95_percent(run, capsys):
    report(*run)
    line = capsys.readouterr().out.splitlines()[-2]
    assert line.startswith("Test set, scored once: ")
    assert float(line.split(": ")[1].rstrip(" %")) >= 95.0


def test_the_run_is_deterministic(run):
    _, again = run_chapter()
    np.testing.assert_array_equal(again.accuracy_test, run[1].accuracy_test)
    np.testing.assert_array_equal(again.layers[0].W, run[1].layers[0].W)


def test_mlp_classifier_reference_converges_without_warnings_and_scores_95_percent():
    # filterwarnings=error: a ConvergenceWarning would fail this test.
    assert mlp_accuracy(load_split(), (32,), seed=0) >= 0.95


def test_the_chapter_modules_need_neither_scikit_learn_nor_matplotlib_to_import():
    modules = "softmax crossentropy classify minibatch gradcheck digits reference ch08.program ch08.figures"
    code = f"import sys\nfor m in {modules.split()!r}: __import__('nnmaths.' + m)\n"
    code += "print(sorted({'sklearn', 'matplotlib'} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"
