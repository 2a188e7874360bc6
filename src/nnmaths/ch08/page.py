"""The Chapter 8 page's blocks, in page order: ``python -m nnmaths.ch08.page`` replays it."""

from functools import partial

import numpy as np

from nnmaths.ch08.figures import draw_digits, draw_history
from nnmaths.ch08.program import (
    BATCH_SIZE,
    EPOCHS,
    LEARNING_RATE,
    SEED,
    SIZES,
    report,
    run_chapter,
)
from nnmaths.classify import confusion_matrix, predict_labels
from nnmaths.crossentropy import cross_entropy, dL_dz, one_hot
from nnmaths.digits import load_split, validation_split
from nnmaths.display import show
from nnmaths.gradcheck import (
    numerical_gradient,
    numerical_jacobian,
    numerical_layer_gradients,
    relative_error,
)
from nnmaths.layers import Layer, backward, forward, init_layers
from nnmaths.minibatch import train
from nnmaths.reference import mlp_accuracy
from nnmaths.softmax import log_softmax, softmax, softmax_jacobian

if __name__ == "__main__":
    # --8<-- [start:probabilities]
    z = np.array([[2.0, 1.0, 0.1], [1000.0, 0.0, -1000.0]])
    p = softmax(z)
    show("p = softmax(z):", p)
    print("each row sums to", p.sum(axis=1))
    # --8<-- [end:probabilities]

    # --8<-- [start:jacobian]
    J = softmax_jacobian(z[0])
    show("J for z = [2, 1, 0.1]:", J)
    numeric = numerical_jacobian(lambda z: softmax(z[None])[0], z[0])  # (3, 3)
    print(
        f"against finite differences: relative error {relative_error(J, numeric):.1e}"
    )
    # --8<-- [end:jacobian]

    # --8<-- [start:targets]
    y = one_hot([0, 2], 3)
    show("y = one_hot([0, 2], 3):", y)
    # --8<-- [end:targets]

    # --8<-- [start:loss]
    print(f"L = {cross_entropy(z, y):.3f}")
    first, second = -log_softmax(z)[
        [0, 1], [0, 2]
    ]  # -log p of each example's true class
    print(f"-log p of the true classes: {first:.3f} and {second:.3f}")
    # --8<-- [end:loss]

    # --8<-- [start:gradient]
    z = np.array([[2.0, 1.0, 0.1], [0.5, -1.0, 3.0]])
    analytic = dL_dz(z, y)
    show("dL/dz = (p - y) / m:", analytic)
    numeric = numerical_gradient(lambda z: cross_entropy(z, y), z)
    print(
        f"against finite differences: relative error {relative_error(analytic, numeric):.1e}"
    )
    # --8<-- [end:gradient]

    # --8<-- [start:network_check]
    rng = np.random.default_rng(8)
    layers = [
        Layer(W, rng.normal(size=b.shape))
        for W, b in init_layers(rng, (4, 5, 3))
    ]
    x, y = rng.normal(size=(6, 4)), one_hot(rng.integers(0, 3, size=6), 3)

    def L(layers: list[Layer]) -> float:
        return cross_entropy(forward(x, layers, output=softmax).z[-1], y)

    trace = forward(x, layers, output=softmax)
    grads = backward(trace, layers, dL_dz(trace.z[-1], y))
    for l, (g, n) in enumerate(
        zip(grads, numerical_layer_gradients(L, layers)), start=1
    ):
        W_error, b_error = relative_error(g.W, n.W), relative_error(g.b, n.b)
        print(f"relative error of W{l} {W_error:.1e}, of b{l} {b_error:.1e}")
    # --8<-- [end:network_check]

    # --8<-- [start:digits]
    data = load_split(test_size=0.25, seed=SEED)
    print("training:", data.x_train.shape, " test:", data.x_test.shape)
    print("test digits per class:", np.bincount(data.labels_test))
    # --8<-- [end:digits]

    # --8<-- [start:sweep]
    inner = validation_split(
        data, size=0.25, seed=SEED
    )  # the test part is not used here
    # The blank line ends the paragraph, so that the lines below render as a table.
    print(
        f"training: {inner.x_train.shape}  validation: {inner.x_test.shape}\n"
    )
    runs = {}
    for rate in (0.1, 0.3, 1.0):
        rng = np.random.default_rng(SEED)
        runs[rate] = train(
            rng, init_layers(rng, SIZES), inner, rate, EPOCHS, BATCH_SIZE
        )
    print(
        "| learning rate | validation accuracy, epoch 10 | epoch 20 | epoch 40 | mean of epochs 31 to 40 |"
    )
    print("|---|---|---|---|---|")
    for rate, run in runs.items():
        at = [
            f"{100 * run.accuracy_test[epoch]:.1f} %" for epoch in (10, 20, 40)
        ]
        print(
            f"| {rate} | {' | '.join(at)} | {100 * run.accuracy_test[31:].mean():.1f} % |"
        )
    best = max(runs, key=lambda rate: runs[rate].accuracy_test[31:].mean())
    print(f"\nChosen: learning rate {best}; the program uses {LEARNING_RATE}.")
    # --8<-- [end:sweep]

    # --8<-- [start:training]
    data, history = run_chapter()
    report(data, history)
    # --8<-- [end:training]

    # --8<-- [start:history_figure]
    from nnmaths.figures import render

    alt = (
        f"Two line charts over {EPOCHS} epochs. Left: the mean cross-entropy falls from "
        f"{history.loss_train[0]:.2f} to {history.loss_train[-1]:.3f} on the training set and "
        f"to {history.loss_test[-1]:.3f} on the test set. Right, on an axis starting at 80 %: "
        "the accuracy rises to "
        f"{100 * history.accuracy_train[-1]:.1f} % on the training set and "
        f"{100 * history.accuracy_test[-1]:.1f} % on the test set."
    )
    print(
        render(
            partial(draw_history, history=history),
            "ch08-history",
            alt,
            size=(7, 3),
        )
    )
    # --8<-- [end:history_figure]

    # --8<-- [start:cost_comparison]
    rng = np.random.default_rng(SEED)
    layers = init_layers(rng, SIZES)
    quadratic = train(
        rng, layers, inner, LEARNING_RATE, EPOCHS, BATCH_SIZE, quadratic=True
    )
    cross = runs[
        LEARNING_RATE
    ]  # the same start, shuffles and rate, on the cross-entropy
    print(
        "| loss trained on | validation accuracy, epoch 1 | epoch 5 | epoch 10 | epoch 40 |"
    )
    print("|---|---|---|---|---|")
    for name, run in (
        ("softmax and cross-entropy", cross),
        ("sigmoid and quadratic cost", quadratic),
    ):
        at = [
            f"{100 * run.accuracy_test[epoch]:.1f} %"
            for epoch in (1, 5, 10, 40)
        ]
        print(f"| {name} | {' | '.join(at)} |")
    # --8<-- [end:cost_comparison]

    # --8<-- [start:confusion]
    predicted = predict_labels(data.x_test, history.layers)
    C = confusion_matrix(data.labels_test, predicted, 10)
    print("true  predicted:" + "".join(f"{k:4d}" for k in range(10)))
    for k, row in enumerate(C):
        print(
            f"{k:4d}"
            + " " * 12
            + "".join(f"{n:4d}" if n else "   ." for n in row)
        )
    # --8<-- [end:confusion]

    # --8<-- [start:mistakes]
    wrong = np.flatnonzero(predicted != data.labels_test)[:8]
    truth, guess = data.labels_test[wrong], predicted[wrong]
    titles = [
        f"{t} read as {g}" for t, g in zip(truth, guess)
    ]  # true digit, then prediction
    pairs = ", ".join(titles)
    n_wrong = np.sum(predicted != data.labels_test)
    alt = f"{len(wrong)} of the {n_wrong} misclassified test digits, 8 by 8 pixels each: {pairs}"
    draw = partial(draw_digits, images=data.x_test[wrong], titles=titles)
    print(render(draw, "ch08-mistakes", alt, size=(7, 1.3)))
    # --8<-- [end:mistakes]

    # --8<-- [start:confusion_explorable]
    from nnmaths.ch08.explorables import (
        EPOCHS_SHOWN,
        confusion_numbers,
        draw_confusion,
        layers_by_epoch,
    )
    from nnmaths.explorable import Slider, explorable

    found = layers_by_epoch(inner)  # the layers after each epoch
    print(
        explorable(
            lambda fig, epoch: draw_confusion(fig, inner, found, epoch),
            lambda epoch: confusion_numbers(inner, found, epoch),
            "ch08-confusion",
            "The confusion matrix on the validation digits: a dot per true "
            "digit and digit read, sized by the count, green on the "
            "diagonal, red off it with the count written.",
            Slider("Epoch", EPOCHS_SHOWN, default=40),
            size=(5, 4.5),
        )
    )
    # --8<-- [end:confusion_explorable]

    # --8<-- [start:comparison]
    ours = 100 * history.accuracy_test[-1]
    theirs = 100 * mlp_accuracy(data, hidden=SIZES[1:-1], seed=SEED)
    sizes = "-".join(map(str, SIZES))  # "64-32-10"
    print("| network | sizes | training | test accuracy |")
    print("|---|---|---|---|")
    print(
        f"| this page | {sizes} | mini-batch gradient descent, {EPOCHS} epochs | {ours:.1f} % |"
    )
    print(
        f"| scikit-learn `MLPClassifier` | {sizes} | L-BFGS | {theirs:.1f} % |"
    )
    # --8<-- [end:comparison]
