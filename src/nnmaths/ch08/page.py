"""The Chapter 8 page's blocks, in page order: ``python -m nnmaths.ch08.page`` replays it."""

from functools import partial

import numpy as np

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.ch08.checks import network_check
from nnmaths.ch08.exercises import (
    exercise_1,
    exercise_2,
    exercise_3,
    exercise_4,
)
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
from nnmaths.classify import confusion_matrix, evaluate, predict_labels
from nnmaths.crossentropy import cross_entropy, dL_dz, one_hot
from nnmaths.digits import load_split, validation_split
from nnmaths.display import show
from nnmaths.gradcheck import (
    numerical_gradient,
    numerical_jacobian,
    relative_error,
)
from nnmaths.layers import init_layers
from nnmaths.minibatch import batches, train
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

    # --8<-- [start:slowdown]
    z = np.array([-10.0])  # a confident, wrong output: the target is 1
    print(f"quadratic: {((sigmoid(z) - 1) * sigmoid_prime(z))[0]:.1e}")
    print(
        f"cross-entropy: {dL_dz(np.array([[-10.0, 0.0]]), np.eye(2)[:1])[0, 0]:.3f}"
    )
    # --8<-- [end:slowdown]

    # --8<-- [start:network_check]
    for l, (W_error, b_error) in enumerate(network_check(seed=8), start=1):
        print(f"relative error of W{l} {W_error:.1e}, of b{l} {b_error:.1e}")
    # --8<-- [end:network_check]

    # --8<-- [start:digits]
    data = load_split(test_size=0.25, seed=SEED)
    inner = validation_split(data, size=0.25, seed=SEED)  # test part unused
    print(f"images: {len(data.x_train) + len(data.x_test)} of 8 x 8 pixels")
    print("network:", "-".join(map(str, SIZES)))  # inputs-hidden-outputs
    print(f"training: {len(inner.x_train)}, validation: {len(inner.x_test)}")
    print(f"test: {len(data.x_test)}, per digit:")
    print(np.bincount(data.labels_test))
    rng = np.random.default_rng(SEED)
    steps = len(batches(rng, len(inner.x_train), 16))
    print(f"mini-batches of 16 per epoch: {steps}")
    # --8<-- [end:digits]

    # --8<-- [start:sweep]
    runs = {}
    for rate in (0.1, 0.3, 1.0):
        rng = np.random.default_rng(SEED)
        layers = init_layers(rng, SIZES)
        runs[rate] = train(rng, layers, inner, rate, EPOCHS, BATCH_SIZE)
    # A blank line first, so that the rows below render as a table.
    print("\n| rate | epoch 10 | epoch 20 | epochs 31-40 |\n|---|---|---|---|")
    for rate, run in runs.items():
        at = [f"{100 * run.accuracy_test[e]:.1f} %" for e in (10, 20)]
        late = 100 * run.accuracy_test[31:].mean()
        print(f"| {rate} | {' | '.join(at)} | {late:.1f} % |")
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
        f"Two line charts over {EPOCHS} epochs. Left: the mean cross-entropy "
        f"falls from {history.loss_train[0]:.2f} to {history.loss_train[-1]:.3f} "
        f"on the training set and to {history.loss_test[-1]:.3f} on the "
        "validation set. Right, on an axis starting at 80 %: the accuracy rises "
        f"to {100 * history.accuracy_train[-1]:.1f} % on the training set and "
        f"{100 * history.accuracy_test[-1]:.1f} % on the validation set."
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

    # --8<-- [start:history_summary]
    loss, valid = history.loss_train, history.loss_test
    rises = sum(loss[e] > loss[e - 1] for e in range(1, EPOCHS + 1))
    print(f"training loss: {loss[0]:.2f} -> {loss[-1]:.3f}, rose {rises}x")
    print(f"lowest validation loss: {valid.min():.3f}, epoch {valid.argmin()}")
    print(f"gap to training at the end: {valid[-1] - loss[-1]:.3f}")
    # --8<-- [end:history_summary]

    # --8<-- [start:cost_comparison]
    rng = np.random.default_rng(SEED)  # the same start, shuffles and rate
    layers = init_layers(rng, SIZES)
    settings = (inner, LEARNING_RATE, EPOCHS, BATCH_SIZE)
    quadratic = train(rng, layers, *settings, quadratic=True)
    print("| loss | epoch 1 | 5 | 10 | 40 |\n|---|---|---|---|---|")
    for name, run in (("cross-entropy", runs[1.0]), ("quadratic", quadratic)):
        at = [f"{100 * run.accuracy_test[e]:.1f} %" for e in (1, 5, 10, 40)]
        print(f"| {name} | {' | '.join(at)} |")
    # --8<-- [end:cost_comparison]

    # --8<-- [start:confusion]
    predicted = predict_labels(data.x_test, history.layers)
    C = confusion_matrix(data.labels_test, predicted, 10)
    print("true  predicted:")
    print("    " + "".join(f"{k:3d}" for k in range(10)))
    for k, row in enumerate(C):
        print(f"{k:4d}" + "".join(f"{n:3d}" if n else "  ." for n in row))
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
    final = inner._replace(x_test=data.x_test, labels_test=data.labels_test)
    ours = 100 * evaluate(data.x_test, data.labels_test, history.layers)[1]
    theirs = 100 * mlp_accuracy(final, hidden=SIZES[1:-1], seed=SEED)
    print("| network | optimizer | test accuracy |\n|---|---|---|")
    print(f"| this page | mini-batch descent | {ours:.1f} % |")
    print(f"| `MLPClassifier` | L-BFGS | {theirs:.1f} % |")
    # --8<-- [end:comparison]

    # --8<-- [start:exercise_1]
    z = np.array([[2.0, 1.0, 0.1], [0.0, -3.0, 5.0]])
    print(f"largest change after adding 700: {exercise_1(z, 700.0):.1e}")
    # --8<-- [end:exercise_1]

    # --8<-- [start:exercise_2]
    uniform, log_K = exercise_2(10)
    print(f"loss of a uniform guess: {uniform:.3f}, log 10 = {log_K:.3f}")
    # --8<-- [end:exercise_2]

    # --8<-- [start:exercise_3]
    p_2, sigma, gap = exercise_3(-3.0, 1.0)
    print(f"p_2 = {p_2:.6f}, sigma(-3) = {sigma:.6f}")
    print(f"dL/dt - (sigma(t) - y_2) = {gap:.1e}")
    # --8<-- [end:exercise_3]

    # --8<-- [start:exercise_4]
    print(f"relative error, smoothed labels: {exercise_4(epsilon=0.1):.1e}")
    # --8<-- [end:exercise_4]
