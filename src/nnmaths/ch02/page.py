"""The session of the Chapter 2 page: ``python -m nnmaths.ch02.page`` prints what the page prints.

The settings are module constants, read when the page runs.
"""

# --8<-- [start:imports]
import numpy as np

from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.figures import draw_boundaries, draw_criterion, draw_mistakes
from nnmaths.ch02.margin import max_margin
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.perceptron_training import (
    criterion,
    criterion_gradient,
    labels,
    margin,
    mistake_bound,
    radius,
    train,
)

# --8<-- [end:imports]

# --8<-- [start:settings]
SEED = 0  # the seed of the one shuffle of the rows
EPOCHS = (
    1000  # at most; training stops after the first epoch without a mistake
)
FEATURES = (0, 2)  # sepal length and petal length
THIN = (0, 1)  # sepal length and sepal width: separable, but only just
# --8<-- [end:settings]

if __name__ == "__main__":
    # --8<-- [start:data]
    x, y, names = iris_two_species(np.random.default_rng(SEED), FEATURES)
    print("features:", names)
    print(
        "x:",
        x.shape,
        " y:",
        y.shape,
        " labels +1:",
        int(np.sum(y == 1)),
        " -1:",
        int(np.sum(y == -1)),
    )
    print("first rows of x:", x[:3].tolist(), " their labels:", y[:3].tolist())
    # --8<-- [end:data]

    # --8<-- [start:training]
    run = train(x, y, EPOCHS)
    w, b = run.w[-1], run.b[-1]
    print("mistakes per epoch:", run.mistakes.tolist())
    print("updates, in the order made, on rows:", run.rows.tolist())
    print("w =", w.round(3).tolist(), " b =", round(float(b), 3))
    print("accuracy on the 100 flowers:", float(np.mean(labels(x, w, b) == y)))
    # --8<-- [end:training]

    # --8<-- [start:boundaries_figure]
    from nnmaths.ch02.figures import boundaries_alt
    from nnmaths.figures import render

    alt = boundaries_alt(run, names)
    print(
        render(
            lambda fig: draw_boundaries(fig, x, y, run, names),
            "ch02-boundaries",
            alt,
            size=(6, 4.5),
        )
    )
    # --8<-- [end:boundaries_figure]

    # --8<-- [start:bound]
    R = radius(x)
    gamma_run = margin(
        x, y, w, b
    )  # the perceptron's own final (w, b), scaled to unit length
    w_best, b_best = max_margin(x, y)
    gamma_best = margin(x, y, w_best, b_best)
    print(f"R = {R:.3f}")
    print(
        f"gamma of the trained (w, b): {gamma_run:.4f}  bound: {mistake_bound(R, gamma_run):.0f}"
    )
    print(
        f"gamma of the max-margin (w, b): {gamma_best:.4f}  bound: {mistake_bound(R, gamma_best):.0f}"
    )
    print("mistakes made:", int(run.mistakes.sum()))
    # --8<-- [end:bound]

    # --8<-- [start:proof]
    u = np.append(b_best, w_best) / np.hypot(
        b_best, np.linalg.norm(w_best)
    )  # unit length
    v = np.column_stack(
        [run.b, run.w]
    )  # row k: (b, w) after k updates, (u + 1, n + 1)
    made = np.arange(len(v))  # row t of v comes after t updates
    print(
        "u . (b, w) >= t gamma after every update:",
        bool(np.all(v @ u >= made * gamma_best - 1e-9)),
    )
    print(
        "||(b, w)||^2 <= t R^2 after every update:",
        bool(np.all(np.sum(v**2, axis=1) <= made * R**2)),
    )
    # --8<-- [end:proof]

    # --8<-- [start:thin]
    x_thin, y_thin, names_thin = iris_two_species(
        np.random.default_rng(SEED), THIN
    )
    run_thin = train(x_thin, y_thin, EPOCHS)
    R_thin = radius(x_thin)
    gamma_thin = margin(x_thin, y_thin, *max_margin(x_thin, y_thin))
    print("features:", names_thin)
    print(
        "epochs:",
        len(run_thin.mistakes),
        " mistakes made:",
        int(run_thin.mistakes.sum()),
    )
    print(
        f"R = {R_thin:.3f}  gamma = {gamma_thin:.4f}  bound: {mistake_bound(R_thin, gamma_thin):.0f}"
    )
    # --8<-- [end:thin]

    # --8<-- [start:update_explorable]
    from nnmaths.ch02.explorables import draw_update, update_numbers
    from nnmaths.explorable import Slider, explorable

    print(
        explorable(
            lambda fig, k: draw_update(fig, x, y, names, run, k),
            lambda k: update_numbers(x, y, run, k),
            "ch02-update",
            "The two species, the boundary after one update of the "
            "perceptron, the earlier boundaries faint, and the flower "
            "whose mistake caused the update ringed.",
            Slider(
                "Update",
                list(range(len(run.rows) + 1)),
                default=len(run.rows),
            ),
            size=(6, 4.5),
        )
    )
    # --8<-- [end:update_explorable]

    # --8<-- [start:xor]
    x_xor = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y_xor = np.array([-1.0, 1.0, 1.0, -1.0])  # +1 when exactly one input is 1
    run_xor = train(x_xor, y_xor, epochs=12)
    print("mistakes per epoch:", run_xor.mistakes.tolist())
    ends = np.cumsum(run_xor.mistakes)  # the update that closes each epoch
    print(
        "(b, w) at the end of each epoch:",
        np.column_stack([run_xor.b, run_xor.w])[ends][:3].tolist(),
        "...",
    )
    # --8<-- [end:xor]

    # --8<-- [start:mistakes_figure]
    runs = {
        "iris, sepal and petal length": run.mistakes,
        "iris, sepal length and width": run_thin.mistakes,
        "XOR": run_xor.mistakes,
    }
    from nnmaths.ch02.figures import mistakes_alt
    from nnmaths.figures import render

    alt = mistakes_alt(runs)
    print(
        render(
            lambda fig: draw_mistakes(fig, runs),
            "ch02-mistakes",
            alt,
            size=(6, 6),
        )
    )
    # --8<-- [end:mistakes_figure]

    # --8<-- [start:criterion_figure]
    from nnmaths.ch02.figures import criterion_alt
    from nnmaths.figures import render

    alt = criterion_alt()
    print(render(draw_criterion, "ch02-criterion", alt, size=(6, 3)))
    # --8<-- [end:criterion_figure]

    # --8<-- [start:gradient_check]
    rng = np.random.default_rng(SEED)
    w_try, b_try = (
        rng.normal(size=2),
        float(rng.normal()),
    )  # a random point, off every kink
    dE_dw, dE_db = criterion_gradient(x, y, w_try, b_try)
    numeric_w = numerical_gradient(lambda v: criterion(x, y, v, b_try), w_try)
    numeric_b = numerical_gradient(
        lambda v: criterion(x, y, w_try, float(v[0])), np.array([b_try])
    )
    print(
        "closest to a kink: |y (x . w + b)| >=",
        round(float(np.min(np.abs(x @ w_try + b_try))), 3),
    )
    print(
        "dE/dw:",
        dE_dw.round(3).tolist(),
        " relative error:",
        f"{relative_error(dE_dw, numeric_w):.1e}",
    )
    print(
        "dE/db:",
        round(dE_db, 3),
        " relative error:",
        f"{relative_error(np.array([dE_db]), numeric_b):.1e}",
    )
    # --8<-- [end:gradient_check]

    # --8<-- [start:sgd_step]
    same = True
    for t, i in enumerate(run.rows):  # update t + 1 was made on row i
        g_w, g_b = criterion_gradient(
            x[i : i + 1], y[i : i + 1], run.w[t], float(run.b[t])
        )
        same &= (
            np.array_equal(run.w[t] - g_w, run.w[t + 1])
            and run.b[t] - g_b == run.b[t + 1]
        )
    print(
        "every update is one step of size 1 against the example's (sub)gradient:",
        bool(same),
    )
    # --8<-- [end:sgd_step]

    # --8<-- [start:sklearn]
    from sklearn.linear_model import Perceptron

    epochs_run = len(run.mistakes)
    clf = Perceptron(
        penalty=None, alpha=0.0, fit_intercept=True, max_iter=epochs_run,
        tol=None, shuffle=False, eta0=1.0,
    )  # fmt: skip
    clf.fit(x, y)
    print("scikit-learn w =", clf.coef_[0].tolist(), " b =", clf.intercept_[0])
    print("ours         w =", w.tolist(), " b =", b)
    print(
        "identical:",
        np.array_equal(clf.coef_[0], w) and clf.intercept_[0] == b,
    )
    # --8<-- [end:sklearn]
