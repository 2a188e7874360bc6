"""Chapter 8's program: train a 64-32-10 network on the handwritten digits.

Run it with ``python -m nnmaths.ch08``. It loads the digits through scikit-learn, which is
installed with the docs and test extras (``pip install -e '.[docs]'``).
"""

import numpy as np

from nnmaths.classify import evaluate
from nnmaths.digits import Split, load_split, validation_split
from nnmaths.layers import init_layers
from nnmaths.minibatch import Training, train

# --8<-- [start:settings]
# 8 x 8 pixels in, 32 hidden sigmoid units, one output per digit
SIZES = (64, 32, 10)
SEED = 0  # fixes the test split, the initial weights and every shuffle
LEARNING_RATE = 1.0  # the best of the validation sweep on the page
EPOCHS = 40
BATCH_SIZE = 16
# --8<-- [end:settings]


# --8<-- [start:run_chapter]
def train_network(data: Split) -> Training:
    """Train with the settings above; score data's held-out part each epoch."""
    rng = np.random.default_rng(SEED)
    layers = init_layers(rng, SIZES)
    return train(rng, layers, data, LEARNING_RATE, EPOCHS, BATCH_SIZE)


def run_chapter() -> tuple[Split, Training]:
    """Split the digits; train on one part, watched on the validation part."""
    data = load_split(test_size=0.25, seed=SEED)
    inner = validation_split(data, size=0.25, seed=SEED)  # train, validation
    return data, train_network(inner)
    # --8<-- [end:run_chapter]


# --8<-- [start:report]
def report(data: Split, history: Training) -> None:
    """Print the scores every 5 epochs, then score the test set, once."""
    print("       loss          accuracy (%)")
    print("epoch  train  valid  train  valid")
    for epoch in range(0, EPOCHS + 1, 5):
        loss = history.loss_train[epoch], history.loss_test[epoch]
        right = (
            100 * history.accuracy_train[epoch],
            100 * history.accuracy_test[epoch],
        )
        print(
            f"{epoch:5d}  {loss[0]:5.3f}  {loss[1]:5.3f}  {right[0]:5.1f}  {right[1]:5.1f}"
        )
    _, accuracy = evaluate(data.x_test, data.labels_test, history.layers)
    wrong = round((1 - accuracy) * len(data.x_test))
    print(f"Test set, scored once: {100 * accuracy:.1f} %")
    print(f"({wrong} of {len(data.x_test)} test digits wrong)")
    # --8<-- [end:report]


# --8<-- [start:main]
def main() -> None:
    """Train and report: what ``python -m nnmaths.ch08`` prints."""
    report(*run_chapter())


if __name__ == "__main__":
    main()
    # --8<-- [end:main]
