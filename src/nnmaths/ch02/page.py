"""The session of the Chapter 2 page: ``python -m nnmaths.ch02.page`` prints what the page prints.

The settings are module constants, read when the page runs.
"""

# --8<-- [start:imports]
import numpy as np
from sklearn.linear_model import Perceptron


def shuffle() -> np.random.Generator:
    """A fresh generator seeded with SEED: every draw from it repeats on each run."""
    return np.random.default_rng(SEED)


# --8<-- [end:imports]
from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.exercises import (
    centered_thin_margin,
    learning_rate_runs,
    leave_one_out,
    mistakes_over_orders,
    pocket,
    zero_one_rule,
)
from nnmaths.ch02.margin import distance_margin, max_margin
from nnmaths.ch02.nonseparable import averaged, errors
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

# --8<-- [start:settings]
SEED = 0  # the seed of the one shuffle of the rows
EPOCHS = 1000  # at most; training stops after an epoch without a mistake
FEATURES = (0, 2)  # sepal length and petal length
THIN = (0, 1)  # sepal length and sepal width: separable, but only just
OVERLAP = (2, 3), (1, 2)  # petal length and width; versicolor, virginica
# --8<-- [end:settings]

if __name__ == "__main__":
    # --8<-- [start:data]
    x, y, names = iris_two_species(shuffle(), FEATURES)
    print("x", x.shape, " y", y.shape, " +1:", int(np.sum(y == 1)))
    for j, name in enumerate(names):  # the columns of x
        print(f"x[:, {j}]: {name}")
    # --8<-- [end:data]

    # --8<-- [start:training]
    run = train(x, y, EPOCHS)
    w, b = run.w[-1], run.b[-1]
    print("mistakes per epoch:", run.mistakes.tolist())
    print("rows updated:", run.rows.tolist())
    print("w =", w.round(3).tolist(), " b =", float(b))
    print("accuracy:", np.mean(labels(x, w, b) == y))
    # --8<-- [end:training]

    # --8<-- [start:boundaries_figure]
    from nnmaths.ch02.figures import boundaries_alt, draw_boundaries
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
    R, (w_best, b_best) = radius(x), max_margin(x, y)  # the largest gamma
    gamma_run, gamma_best = margin(x, y, w, b), margin(x, y, w_best, b_best)
    print(f"R = {R:.3f}, updates made: {len(run.rows)}")
    for name, g in [("perceptron", gamma_run), ("max-margin", gamma_best)]:
        print(f"{name}: gamma {g:.4f}, bound {mistake_bound(R, g):.0f}")
    # --8<-- [end:bound]

    # --8<-- [start:proof]
    u = np.append(b_best, w_best) / np.hypot(b_best, np.linalg.norm(w_best))
    v = np.column_stack([run.b, run.w])  # row t: (b, w) after t updates
    t = np.arange(len(v))
    print("1. v_t . u >= t gamma:", np.all(v @ u >= t * gamma_best - 1e-9))
    print("2. |v_t|^2 <= t R^2:", np.all(np.sum(v**2, axis=1) <= t * R**2))
    # --8<-- [end:proof]

    # --8<-- [start:plane]
    w_rho, b_rho = max_margin(x, y, bias_in_norm=False)  # the largest rho
    lines = [(w, b), (w_best, b_best), (w_rho, b_rho)]
    print("line          rho     gamma")
    for name, (w_, b_) in zip(["perceptron", "best gamma", "best rho"], lines):
        rho, gamma = distance_margin(x, y, w_, b_), margin(x, y, w_, b_)
        print(f"{name:12s}  {rho:.4f}  {gamma:.4f}")
    # --8<-- [end:plane]

    # --8<-- [start:thin]
    x_thin, y_thin, _ = iris_two_species(shuffle(), THIN)
    run_thin, R_thin = train(x_thin, y_thin, EPOCHS), radius(x_thin)
    gamma = margin(x_thin, y_thin, *max_margin(x_thin, y_thin))
    rho = distance_margin(x_thin, y_thin, *max_margin(x_thin, y_thin, False))
    print(f"R = {R_thin:.3f}, bound {mistake_bound(R_thin, gamma):.0f}")
    print(f"best gamma {gamma:.4f}, best rho {rho:.4f}")
    print("epochs:", len(run_thin.mistakes), " updates:", len(run_thin.rows))
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
    run_xor = train(x_xor, [-1, 1, 1, -1], epochs=12)  # +1: exactly one 1
    print("mistakes per epoch:", run_xor.mistakes)
    ends = np.cumsum(run_xor.mistakes)  # the updates closing the epochs
    v_xor = np.column_stack([run_xor.b, run_xor.w])[ends]
    print("(b, w) = 0 after every epoch:", not v_xor.any())
    # --8<-- [end:xor]

    # --8<-- [start:mistakes_figure]
    from nnmaths.ch02.figures import draw_mistakes, mistakes_alt
    from nnmaths.figures import render

    runs = {
        "iris, sepal and petal length": run.mistakes,
        "iris, sepal length and width": run_thin.mistakes,
        "XOR": run_xor.mistakes,
    }
    print(
        render(
            lambda fig: draw_mistakes(fig, runs),
            "ch02-mistakes",
            mistakes_alt(runs),
            size=(6, 6),
        )
    )
    # --8<-- [end:mistakes_figure]

    # --8<-- [start:nonseparable]
    x_two, y_two, _ = iris_two_species(shuffle(), *OVERLAP)
    run_two = train(x_two, y_two, 100, rng=shuffle())
    ends = np.cumsum(run_two.mistakes)  # the update closing each epoch
    closing = zip(run_two.w[ends], run_two.b[ends])
    epoch_errors = [errors(x_two, y_two, w_, b_) for w_, b_ in closing]
    w_bar, b_bar = averaged(x_two, y_two, 100, shuffle())
    print(f"last 5 of {len(ends)} epochs:", epoch_errors[-5:])
    print("averaged perceptron:", errors(x_two, y_two, w_bar, b_bar), "errors")
    # --8<-- [end:nonseparable]

    # --8<-- [start:nonseparable_figure]
    from nnmaths.ch02.figures import draw_nonseparable, nonseparable_alt
    from nnmaths.figures import render

    e_bar = errors(x_two, y_two, w_bar, b_bar)
    print(
        render(
            lambda fig: draw_nonseparable(fig, np.array(epoch_errors), e_bar),
            "ch02-nonseparable",
            nonseparable_alt(np.array(epoch_errors), e_bar),
            size=(6, 3),
        )
    )
    # --8<-- [end:nonseparable_figure]

    # --8<-- [start:criterion_figure]
    from nnmaths.ch02.figures import criterion_alt, draw_criterion
    from nnmaths.figures import render

    print(
        render(draw_criterion, "ch02-criterion", criterion_alt(), size=(6, 3))
    )
    # --8<-- [end:criterion_figure]

    # --8<-- [start:gradient_check]
    u = shuffle().normal(size=3)  # a random (w_1, w_2, b)
    dC_dw, dC_db = criterion_gradient(x, y, u[:2], u[2])
    print("dC/dw:", dC_dw.round(3).tolist(), " dC/db:", round(dC_db, 3))
    numeric = numerical_gradient(lambda u: criterion(x, y, u[:2], u[2]), u)
    error = relative_error(np.append(dC_dw, dC_db), numeric)
    print("finite differences agree to 1e-6:", error < 1e-6)
    # --8<-- [end:gradient_check]

    # --8<-- [start:sklearn]
    clf = Perceptron(penalty=None, alpha=0.0, eta0=1.0, tol=None)
    clf.set_params(max_iter=len(run.mistakes), shuffle=False)
    clf.fit(x, y)
    print("scikit-learn: b =", clf.intercept_[0])
    print("w =", clf.coef_[0].tolist())
    same = np.array_equal(clf.coef_[0], w) and clf.intercept_[0] == b
    print("identical to ours:", same)
    # --8<-- [end:sklearn]

    # --8<-- [start:solution_2]
    one, small = learning_rate_runs(0.1)
    print("same rows:", np.array_equal(one.rows, small.rows))
    print("w =", small.w[-1].round(3).tolist(), " b =", round(small.b[-1], 3))
    # --8<-- [end:solution_2]

    # --8<-- [start:solution_3]
    w01, b01, mistakes01 = zero_one_rule(x, (y + 1) / 2, EPOCHS)
    print("mistakes per epoch:", mistakes01)
    print("w =", w01.round(3).tolist(), " b =", b01)
    print(f"gamma = {margin(x, y, w01, b01):.4f}")
    # --8<-- [end:solution_3]

    # --8<-- [start:solution_4]
    counts = mistakes_over_orders(range(20))
    print("updates, seeds 0 to 19:", min(counts), "to", max(counts))
    print("all under the bound:", max(counts) <= mistake_bound(R, gamma_best))
    # --8<-- [end:solution_4]

    # --8<-- [start:solution_5]
    print("means:", x_thin.mean(axis=0).round(1).tolist())
    for name, (count, bound) in centered_thin_margin().items():
        print(f"{name}: {count} updates, bound {bound:.0f}")
    # --8<-- [end:solution_5]

    # --8<-- [start:solution_6]
    w_last, b_last, w_pocket, b_pocket = pocket(x_two, y_two, 100, shuffle())
    print("last (w, b):", errors(x_two, y_two, w_last, b_last), "errors")
    print("pocket:", errors(x_two, y_two, w_pocket, b_pocket), "errors")
    # --8<-- [end:solution_6]

    # --8<-- [start:solution_7]
    wrong, support = leave_one_out(x, y)
    print(f"left out and misclassified: {wrong} of {len(y)}")
    print(f"support vectors: {support}, bound {support / len(y):.2f}")
    # --8<-- [end:solution_7]
