"""Chapter 8's program: train a 64-32-10 network on the handwritten digits.

Run it with ``python -m nnmaths.ch08``. It loads the digits through scikit-learn, which is
installed with the docs and test extras (``pip install -e '.[docs]'``).
"""

import numpy as np

from nnmaths.classify import predict_labels
from nnmaths.digits import Split, load_split
from nnmaths.layers import init_layers
from nnmaths.minibatch import History, train

# --8<-- [start:settings]
SIZES = (64, 32, 10)  # 8 x 8 pixels in, 32 hidden sigmoid units, one output per digit
SEED = 0  # fixes the test split, the initial weights and every shuffle
LEARNING_RATE = 0.3
EPOCHS = 40
BATCH_SIZE = 16
# --8<-- [end:settings]


# --8<-- [start:run_chapter]
def run_chapter() -> tuple[Split, History]:
    """Load and split the digits, then train the network on the training part."""
    data = load_split(test_size=0.25, seed=SEED)
    rng = np.random.default_rng(SEED)
    layers = init_layers(rng, SIZES)
    return data, train(rng, layers, data, LEARNING_RATE, EPOCHS, BATCH_SIZE)
    # --8<-- [end:run_chapter]


# --8<-- [start:main]
def main() -> None:
    """Print the scores every 5 epochs and the final test accuracy."""
    data, history = run_chapter()
    print("epoch  loss (train)  loss (test)  accuracy (test)")
    for epoch in range(0, EPOCHS + 1, 5):
        loss_train, loss_test = history.loss_train[epoch], history.loss_test[epoch]
        accuracy = 100 * history.accuracy_test[epoch]
        print(f"{epoch:5d}  {loss_train:12.3f}  {loss_test:11.3f}  {accuracy:14.1f} %")
    wrong = np.sum(predict_labels(data.x_test, history.layers) != data.labels_test)
    print(
        f"Test accuracy: {100 * history.accuracy_test[-1]:.1f} % ({wrong} of {len(data.x_test)} wrong)"
    )


if __name__ == "__main__":
    main()
    # --8<-- [end:main]
