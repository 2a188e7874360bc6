"""Chapter 8's program: train a 64-32-10 network on the handwritten digits.

Run it with ``python -m nnmaths.ch08``. It loads the digits through scikit-learn, which is
installed with the docs and test extras (``pip install -e '.[docs]'``).
"""

import numpy as np

from nnmaths.classify import predict_labels
from nnmaths.digits import Split, load_split
from nnmaths.layers import init_layers
from nnmaths.minibatch import Training, train

# --8<-- [start:settings]
SIZES = (
    64,
    32,
    10,
)  # 8 x 8 pixels in, 32 hidden sigmoid units, one output per digit
SEED = 0  # fixes the test split, the initial weights and every shuffle
LEARNING_RATE = 1.0  # the best of the validation sweep on the page
EPOCHS = 40
BATCH_SIZE = 16
# --8<-- [end:settings]


# --8<-- [start:run_chapter]
def train_network(data: Split) -> Training:
    """Train the chapter's network, with the settings above, on the training part of data."""
    rng = np.random.default_rng(SEED)
    layers = init_layers(rng, SIZES)
    return train(rng, layers, data, LEARNING_RATE, EPOCHS, BATCH_SIZE)


def run_chapter() -> tuple[Split, Training]:
    """Load and split the digits, then train the network on the training part."""
    data = load_split(test_size=0.25, seed=SEED)
    return data, train_network(data)
    # --8<-- [end:run_chapter]


# --8<-- [start:report]
def report(data: Split, history: Training) -> None:
    """Print the scores every 5 epochs and the final test accuracy."""
    print(
        "epoch  loss (train)  loss (test)  accuracy (train)  accuracy (test)"
    )
    row = "{:5d}  {:12.3f}  {:11.3f}  {:14.1f} %  {:13.1f} %"
    for epoch in range(0, EPOCHS + 1, 5):
        losses = history.loss_train[epoch], history.loss_test[epoch]
        accuracies = (
            100 * history.accuracy_train[epoch],
            100 * history.accuracy_test[epoch],
        )
        print(row.format(epoch, *losses, *accuracies))
    wrong = np.sum(
        predict_labels(data.x_test, history.layers) != data.labels_test
    )
    accuracy = 100 * history.accuracy_test[-1]
    print(
        f"Test accuracy: {accuracy:.1f} % ({wrong} of {len(data.x_test)} test digits wrong)"
    )
    # --8<-- [end:report]


# --8<-- [start:main]
def main() -> None:
    """Train and report: what ``python -m nnmaths.ch08`` prints."""
    report(*run_chapter())


if __name__ == "__main__":
    main()
    # --8<-- [end:main]
