"""Time Chapter 8's digits training against scikit-learn's MLPClassifier on the same split.

Usage: python bench/digits.py [runs]   (default 5; the median of the runs is reported)

Only the training is timed, not loading the data. Our time includes scoring the network on
both sets after every epoch, as the page's run does. Timing belongs here, not in a test:
it depends on the machine.
"""

import statistics
import sys
import time
import warnings
from collections.abc import Callable
from functools import partial

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

from nnmaths.ch08 import BATCH_SIZE, EPOCHS, LEARNING_RATE, SEED, SIZES
from nnmaths.classify import predict_labels
from nnmaths.digits import Split, load_split
from nnmaths.layers import init_layers
from nnmaths.minibatch import train


def ours(data: Split) -> float:
    """Train the page's network; return its test accuracy."""
    rng = np.random.default_rng(SEED)
    history = train(rng, init_layers(rng, SIZES), data, LEARNING_RATE, EPOCHS, BATCH_SIZE)
    return float(np.mean(predict_labels(data.x_test, history.layers) == data.labels_test))


def mlp(data: Split, /, **settings: object) -> float:
    """Train MLPClassifier with the page's hidden sizes; return its test accuracy."""
    model = MLPClassifier(
        hidden_layer_sizes=SIZES[1:-1], activation="logistic", random_state=SEED, **settings
    )
    with warnings.catch_warnings():
        # The SGD variant stops after EPOCHS epochs, as ours does, by design.
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(data.x_train, data.labels_train)
    return float(model.score(data.x_test, data.labels_test))


def timed(fit: Callable[[], float], runs: int) -> tuple[float, float]:
    """Return the median seconds of ``runs`` calls, and the accuracy (the same every run)."""
    seconds, accuracies = [], set()
    for _ in range(runs):
        start = time.perf_counter()
        accuracies.add(fit())
        seconds.append(time.perf_counter() - start)
    assert len(accuracies) == 1, f"runs disagree: {accuracies}"
    return statistics.median(seconds), accuracies.pop()


# Scikit-learn's SGD with our settings: same batch size, step size and number of epochs.
SAME_STEPS = {
    "solver": "sgd",
    "batch_size": BATCH_SIZE,
    "learning_rate_init": LEARNING_RATE,
    "momentum": 0.0,
    "alpha": 0.0,
    "max_iter": EPOCHS,
    "n_iter_no_change": EPOCHS + 1,
}
CANDIDATES: dict[str, Callable[[Split], float]] = {
    "nnmaths (mini-batch GD, the page's run)": ours,
    "MLPClassifier, L-BFGS (the page's reference)": partial(mlp, solver="lbfgs", max_iter=1000),
    "MLPClassifier, the same mini-batch SGD": partial(mlp, **SAME_STEPS),
    "MLPClassifier, defaults (Adam)": partial(mlp, max_iter=1000),
}


def main(runs: int) -> None:
    data = load_split(seed=SEED)
    print(f"{SIZES} network, {len(data.x_train)} training / {len(data.x_test)} test digits,")
    print(f"median of {runs} runs\n")
    print(f"| {'model':<45} | seconds | test accuracy |")
    print(f"|{'-' * 47}|--------:|--------------:|")
    for name, fit in CANDIDATES.items():
        seconds, accuracy = timed(partial(fit, data), runs)
        print(f"| {name:<45} | {seconds:7.2f} | {100 * accuracy:11.1f} % |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
