"""Chapter 8's explorable figure: the confusion matrix on the validation digits, epoch by epoch.

The chapter's network (``program.SIZES``, seed, learning rate, batch size) is trained on
the training part of the package's validation split (``digits.validation_split``), one
epoch at a time; each frame counts, for every true digit, what the network read on the
held-out validation part after that many epochs.
"""

# --8<-- [start:imports]
import numpy as np
from matplotlib.figure import Figure

# --8<-- [end:imports]
from nnmaths.ch08.program import BATCH_SIZE, EPOCHS, LEARNING_RATE, SEED, SIZES
from nnmaths.classify import confusion_matrix, predict_labels
from nnmaths.digits import Split
from nnmaths.layers import Layer, init_layers
from nnmaths.minibatch import train

# --8<-- [start:draw_confusion]
EPOCHS_SHOWN = [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 25, 30, 35, 40]


def layers_by_epoch(data: Split) -> list[list[Layer]]:
    """Train as the chapter does, one epoch per call; return the layers after each.

    Item e holds the layers after e epochs (item 0 the initial ones); one shared
    generator shuffles every epoch, so the run is the chapter's run on ``data``.
    """
    rng = np.random.default_rng(SEED)
    layers = init_layers(rng, SIZES)
    found = [layers]
    for _ in range(EPOCHS):
        layers = train(rng, layers, data, LEARNING_RATE, 1, BATCH_SIZE).layers
        found.append(layers)
    return found


def validation_confusion(
    data: Split, found: list[list[Layer]], epoch: int
) -> np.ndarray:
    """Return the (10, 10) confusion matrix on data's held-out part after ``epoch``."""
    predicted = predict_labels(data.x_test, found[epoch])
    return confusion_matrix(data.labels_test, predicted, 10)


def draw_confusion(
    fig: Figure, data: Split, found: list[list[Layer]], epoch: int
) -> None:
    """Draw the counts as dots sized by count: right answers green, mistakes red."""
    C = validation_confusion(data, found, epoch)
    ax = fig.add_subplot()
    true, read = np.nonzero(C)
    right = true == read
    sizes = 400 * np.sqrt(C[true, read] / C.max())
    ax.scatter(read[right], true[right], s=sizes[right], color="#009E73")
    ax.scatter(read[~right], true[~right], s=sizes[~right], color="#D55E00")
    for i, j in zip(true[~right], read[~right]):
        ax.annotate(
            str(C[i, j]),
            (j, i),
            xytext=(0, 7),
            textcoords="offset points",
            ha="center",
            fontsize=7,
        )
    ax.set(
        xticks=range(10),
        yticks=range(10),
        xlim=(-0.6, 9.6),
        ylim=(9.6, -0.6),
        aspect="equal",
        xlabel="read as",
        ylabel="true digit",
    )


def confusion_numbers(
    data: Split, found: list[list[Layer]], epoch: int
) -> str:
    """Say how many validation digits are right, and the most frequent mistake."""
    C = validation_confusion(data, found, epoch)
    right, total = int(np.trace(C)), int(C.sum())
    mistakes = C - np.diag(np.diag(C))
    i, j = np.unravel_index(np.argmax(mistakes), C.shape)
    return (
        f"Epoch {epoch}: {right} of {total} validation digits right "
        f"({right / total:.1%}); most frequent mistake: {i} read as {j} "
        f"({mistakes[i, j]} times)."
    )
    # --8<-- [end:draw_confusion]
