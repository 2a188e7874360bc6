"""Chapter 6 as one program: train the 3-4-1 network on XOR and print three results.

Run it with ``python -m nnmaths.ch06``.
"""

import numpy as np

from nnmaths.data import new_input, training_set
from nnmaths.display import show
from nnmaths.network import init_weights, predict
from nnmaths.training import Training, train

# --8<-- [start:settings]
SEED = 1  # the book seeds numpy with 1
LEARNING_RATE = 1.0  # a large step suits this tiny problem
ITERATIONS = 1000  # each one sees all four examples
# --8<-- [end:settings]


# --8<-- [start:run_chapter]
def run_chapter() -> tuple[Training, np.ndarray]:
    """Train on the chapter's data; return the run and the prediction for [1, 0, 1].

    >>> run, prediction = run_chapter()
    >>> run.costs.shape, prediction.shape
    ((1000,), (1, 1))
    """
    x, y = training_set()
    W1, W2 = init_weights(np.random.RandomState(SEED))
    run = train(x, y, W1, W2, LEARNING_RATE, ITERATIONS)
    return run, predict(new_input(), run.W1, run.W2)
    # --8<-- [end:run_chapter]


# --8<-- [start:main]
def main() -> None:
    """Print the output before training, after training, and for [1, 0, 1]."""
    run, prediction = run_chapter()
    x, _ = training_set()
    show("Output before training:", run.outputs[0])
    show("Output after training:", predict(x, run.W1, run.W2))
    show("Prediction for [1, 0, 1]:", prediction)
    # --8<-- [end:main]


if __name__ == "__main__":
    main()
