"""Chapter 8's figures, drawn into a matplotlib Figure that ``nnmaths.figures.render`` supplies.

matplotlib is a docs dependency only; these functions only call methods of the figure
they are given, so this module imports it for type checking only (the annotations are
strings, so a page that shows these functions needs no matplotlib import).
"""

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from nnmaths.minibatch import Training

# --8<-- [start:draw_history]
TRAIN, TEST = (
    "C0",
    "C1",
)  # matplotlib's blue and orange read well on light and dark pages


def draw_history(fig: "Figure", history: "Training") -> None:
    """Plot the loss (left) and the accuracy in % (right) after each epoch, on the
    training set and on the validation set."""
    epochs = np.arange(len(history.loss_train))
    loss, accuracy = fig.subplots(1, 2)
    loss.plot(epochs, history.loss_train, color=TRAIN, label="training set")
    loss.plot(
        epochs,
        history.loss_test,
        color=TEST,
        linestyle="--",
        label="validation set",
    )
    loss.set(xlabel="epoch", ylabel="mean cross-entropy", yscale="log")
    accuracy.plot(
        epochs, 100 * history.accuracy_train, color=TRAIN, label="training set"
    )
    accuracy.plot(
        epochs,
        100 * history.accuracy_test,
        color=TEST,
        linestyle="--",
        label="validation set",
    )
    accuracy.set(xlabel="epoch", ylabel="accuracy (%)", ylim=(80, 100.5))
    accuracy.legend(loc="lower right")
    for axes in (loss, accuracy):
        axes.spines[["top", "right"]].set_visible(False)
    # --8<-- [end:draw_history]


# --8<-- [start:draw_digits]
def draw_digits(fig: "Figure", images: np.ndarray, titles: list[str]) -> None:
    """Show each row of ``images`` (n, 64) as an 8 x 8 picture with its title above it."""
    grid = fig.subplots(1, len(images), squeeze=False)[0]
    for axes, image, title in zip(grid, images, titles):
        # viridis runs from dark to bright with no white: legible on either background.
        axes.imshow(image.reshape(8, 8), cmap="viridis", vmin=0, vmax=1)
        axes.set_title(title, fontsize=9)
        axes.set_axis_off()
    # --8<-- [end:draw_digits]
