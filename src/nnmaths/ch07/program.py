"""Chapter 7 as one program: train a 3-4-4-1 network with biases on Chapter 6's XOR data.

Run it with ``python -m nnmaths.ch07``.
"""

import numpy as np

from nnmaths.cost import cost
from nnmaths.data import training_set
from nnmaths.display import show
from nnmaths.layer_training import Training, train
from nnmaths.layers import Layer, forward, init_layers

# --8<-- [start:settings]
SEED = 2  # for np.random.default_rng; the page shows how seeds 0 to 99 fare
SIZES = (3, 4, 4, 1)  # inputs, two hidden layers, one output
LEARNING_RATE = 1.0
ITERATIONS = 1000  # as in Chapter 6, each one sees all four examples
# --8<-- [end:settings]


# --8<-- [start:run_chapter]
def run_chapter() -> tuple[list[Layer], Training]:
    """Return the initial layers and the training run on the XOR data.

    >>> initial, run = run_chapter()
    >>> len(initial), run.costs.shape
    (3, (1000,))
    """
    x, y = training_set()
    initial = init_layers(np.random.default_rng(SEED), SIZES)
    return initial, train(x, y, initial, LEARNING_RATE, ITERATIONS)
    # --8<-- [end:run_chapter]


# --8<-- [start:main]
def main() -> None:
    """Print the outputs and the cost before and after training."""
    initial, run = run_chapter()
    x, y = training_set()
    before, after = forward(x, initial).a[-1], forward(x, run.layers).a[-1]
    show("Output before training:", before)
    show("Output after training:", after)
    print(
        f"C = {cost(y, before):.3f} before training, {cost(y, after):.4f} after"
    )
    # --8<-- [end:main]


if __name__ == "__main__":
    main()
