"""Chapter 8's explorable: the validation confusion matrix at every shown epoch."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from nnmaths.ch08.explorables import (
    EPOCHS_SHOWN,
    confusion_numbers,
    draw_confusion,
    layers_by_epoch,
    validation_confusion,
)
from nnmaths.ch08.program import EPOCHS, train_network
from nnmaths.classify import predict_labels
from nnmaths.digits import load_split, validation_split

INNER = validation_split(load_split(test_size=0.25, seed=0), size=0.25, seed=0)
FOUND = layers_by_epoch(INNER)


def test_one_epoch_at_a_time_is_the_chapters_run():
    assert len(FOUND) == EPOCHS + 1 and EPOCHS_SHOWN[-1] == EPOCHS
    whole = train_network(INNER).layers
    assert all(np.array_equal(a.W, b.W) for a, b in zip(whole, FOUND[-1]))


@pytest.mark.parametrize("epoch", EPOCHS_SHOWN)
def test_every_frame_draws_a_dot_per_nonzero_count(epoch):
    fig = Figure()
    draw_confusion(fig, INNER, FOUND, epoch)
    C = validation_confusion(INNER, FOUND, epoch)
    ax = fig.axes[0]
    dots = sum(len(c.get_offsets()) for c in ax.collections)
    assert dots == np.count_nonzero(C)
    assert len(ax.texts) == np.count_nonzero(C - np.diag(np.diag(C)))


def test_the_matrix_counts_the_validation_digits():
    C = validation_confusion(INNER, FOUND, 40)
    assert C.sum() == len(INNER.labels_test)
    assert np.array_equal(C.sum(axis=1), np.bincount(INNER.labels_test))


def test_before_training_every_digit_is_read_as_one_of_two():
    read = np.bincount(predict_labels(INNER.x_test, FOUND[0]), minlength=10)
    assert np.sort(read)[-2:].sum() == len(INNER.labels_test)


def test_the_numbers_quote_the_matrix():
    for epoch in EPOCHS_SHOWN:
        C = validation_confusion(INNER, FOUND, epoch)
        line = confusion_numbers(INNER, FOUND, epoch)
        right = np.trace(C)
        assert line.startswith(
            f"Epoch {epoch}: {right} of {C.sum()} validation digits right "
            f"({right / C.sum():.1%})"
        )
