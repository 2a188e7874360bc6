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

from sklearn.exceptions import ConvergenceWarning

from nnmaths.ch08.program import (
    BATCH_SIZE,
    EPOCHS,
    LEARNING_RATE,
    SEED,
    SIZES,
    train_network,
)
from nnmaths.digits import Split, load_split
from nnmaths.reference import mlp_accuracy


def ours(data: Split) -> float:
    """Train the page's network; return its test accuracy."""
    return float(train_network(data).accuracy_test[-1])


def mlp(data: Split, /, **solver: object) -> float:
    """Train MLPClassifier with the page's hidden sizes; return its test accuracy."""
    with warnings.catch_warnings():
        # The SGD variant stops after EPOCHS epochs, as ours does, by design.
        warnings.simplefilter("ignore", ConvergenceWarning)
        return mlp_accuracy(data, SIZES[1:-1], SEED, **solver)


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
    "MLPClassifier, L-BFGS (the page's reference)": mlp,
    "MLPClassifier, the same mini-batch SGD": partial(mlp, **SAME_STEPS),
    "MLPClassifier, defaults (Adam)": partial(mlp, solver="adam"),
}


def main(runs: int) -> None:
    data = load_split(seed=SEED)
    print(
        f"{SIZES} network, {len(data.x_train)} training / {len(data.x_test)} test digits,"
    )
    print(f"median of {runs} runs\n")
    print(f"| {'model':<45} | seconds | test accuracy |")
    print(f"|{'-' * 47}|--------:|--------------:|")
    for name, fit in CANDIDATES.items():
        seconds, accuracy = timed(partial(fit, data), runs)
        print(f"| {name:<45} | {seconds:7.2f} | {100 * accuracy:11.1f} % |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
