"""The session of the Chapter 3 page, in page order: `python -m nnmaths.ch03.page`."""

import numpy as np

from nnmaths.activations import sigmoid
from nnmaths.ch03.figures import (
    draw_batches,
    draw_landscapes,
    draw_learning_rates,
    draw_newton,
    draw_subgradient,
)
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.gradient_descent import fit, gradient_descent, largest_stable_step
from nnmaths.newton import newton
from nnmaths.regression import (
    least_squares,
    mse,
    mse_gradient,
    mse_hessian,
    synthetic_data,
)
from nnmaths.scalar_chain import descent_step, error, error_gradient, forward

if __name__ == "__main__":
    # --8<-- [start:one_matrix]
    rng = np.random.default_rng(0)
    a0 = rng.normal(
        size=(5, 3)
    )  # the input x: five examples, three inputs each
    W1 = rng.normal(size=(3, 4))
    W2 = rng.normal(size=(4, 2))
    two_layers = (
        a0 @ W1
    ) @ W2  # (5, 3) @ (3, 4) -> (5, 4); (5, 4) @ (4, 2) -> (5, 2)
    W = W1 @ W2  # (3, 4) @ (4, 2) -> (3, 2): one matrix
    print("W1 then W2 equals one matrix W:", np.allclose(two_layers, a0 @ W))
    # A linear map turns 2x into twice its output; a sigmoid in between breaks that.
    print(
        "linear: f(2x) = 2 f(x):",
        np.allclose((2 * a0) @ W1 @ W2, 2 * (a0 @ W1 @ W2)),
    )
    print(
        "with a sigmoid: f(2x) = 2 f(x):",
        np.allclose(sigmoid((2 * a0) @ W1) @ W2, 2 * (sigmoid(a0 @ W1) @ W2)),
    )
    # --8<-- [end:one_matrix]

    # --8<-- [start:data]
    rng = np.random.default_rng(3)
    X, y = synthetic_data(
        rng, m=200, w=np.array([2.0, -3.0]), b=0.5, noise=0.1
    )
    print("X:", X.shape, " y:", y.shape)
    print("C at w = 0, b = 0:", round(mse(X, y, np.zeros(2), 0.0), 3))
    # --8<-- [end:data]

    # --8<-- [start:gradient_check]
    w, b = rng.normal(size=2), float(rng.normal())  # any point will do
    dC_dw, dC_db = mse_gradient(X, y, w, b)
    numeric_w = numerical_gradient(lambda v: mse(X, y, v, b), w)
    numeric_b = numerical_gradient(
        lambda v: mse(X, y, w, float(v[0])), np.array([b])
    )
    print(
        "dC/dw agrees with finite differences:",
        relative_error(dC_dw, numeric_w) < 1e-8,
    )
    print(
        "dC/db agrees with finite differences:",
        relative_error(np.array([dC_db]), numeric_b) < 1e-8,
    )
    # --8<-- [end:gradient_check]

    # --8<-- [start:fit]
    run = fit(X, y, learning_rate=0.2, steps=200, batch_size=len(y), rng=rng)
    w_star, b_star = least_squares(X, y)
    print("gradient descent: w =", run.w.round(4), " b =", round(run.b, 4))
    print("np.linalg.lstsq:  w =", w_star.round(4), " b =", round(b_star, 4))
    print(f"C: {run.costs[0]:.3f} -> {run.costs[-1]:.5f}")
    # --8<-- [end:fit]

    # --8<-- [start:hessian]
    H = mse_hessian(X)  # (3, 3): w1, w2 and b
    print("eigenvalues of H:", np.linalg.eigvalsh(H).round(3))
    eta_max = largest_stable_step(H)
    print(f"largest stable step 2 / lambda_max = {eta_max:.4f}")
    # --8<-- [end:hessian]

    # --8<-- [start:rates]
    rates = {"too small": 0.02, "good": 0.2, "too large": 1.05 * eta_max}
    runs = {name: fit(X, y, a, 40, len(y), rng) for name, a in rates.items()}
    for name, r in runs.items():
        print(
            f"{name:>9}: learning rate {rates[name]:.3f}, C after 40 steps = {r.costs[-1]:.4g}"
        )
    # --8<-- [end:rates]

    # --8<-- [start:rates_figure]
    from nnmaths.ch03.figures import learning_rates_alt
    from nnmaths.figures import render

    alt = learning_rates_alt(rates, runs)
    print(
        render(lambda fig: draw_learning_rates(fig, rates, runs), "rates", alt)
    )
    # --8<-- [end:rates_figure]

    # --8<-- [start:edge]
    for factor in [0.99, 1.01]:
        r = fit(X, y, factor * eta_max, 1000, len(y), rng)
        gap = np.abs(np.append(r.w - w_star, r.b - b_star)).max()
        print(
            f"{factor} * eta_max: largest gap to lstsq after 1000 steps = {gap:.1e}"
        )
    # --8<-- [end:edge]

    # --8<-- [start:rate_explorable]
    from nnmaths.ch03.explorables import FRACTIONS, draw_rate, rate_numbers
    from nnmaths.explorable import Slider, explorable

    print(
        explorable(
            lambda fig, fraction: draw_rate(fig, X, y, fraction),
            lambda fraction: rate_numbers(X, y, fraction),
            "ch03-rate",
            "Descent's path over contours of C, to the star (left), "
            "and C per step (right).",
            Slider(
                "Learning rate, as a fraction of 2/λmax",
                FRACTIONS,
                default=0.5,
                text="{:.2f}",
            ),
            size=(6, 3),
        )
    )
    # --8<-- [end:rate_explorable]

    # --8<-- [start:newton]
    def f(x: float) -> float:  # smallest at x = ln 2
        return float(np.exp(x) - 2 * x)

    def df(x: float) -> float:
        return float(np.exp(x) - 2)

    def d2f(x: float) -> float:
        return float(np.exp(x))

    eta = 0.3
    descent = gradient_descent(df, 2.0, learning_rate=eta, steps=8)
    newtons = newton(df, d2f, 2.0, steps=8)
    print("step  gradient descent  Newton    (distance to ln 2)")
    for t in range(9):
        print(
            f"{t:>4}  {abs(descent[t] - np.log(2)):16.2e}  {abs(newtons[t] - np.log(2)):.2e}"
        )
    # --8<-- [end:newton]

    # --8<-- [start:newton_figure]
    from nnmaths.ch03.figures import newton_alt
    from nnmaths.figures import render

    alt = newton_alt(descent, newtons, np.log(2), eta)
    print(
        render(
            lambda fig: draw_newton(fig, f, descent, newtons), "newton", alt
        )
    )
    # --8<-- [end:newton_figure]

    # --8<-- [start:hessian_size]
    weights = 10**6
    entries = weights**2  # one second derivative per pair of weights
    nbytes = entries * np.dtype(np.float64).itemsize  # 8 bytes each
    print(f"gradient: {weights:.0e} numbers, {weights * 8 / 1e6:.0f} MB")
    print(f"Hessian:  {entries:.0e} numbers, {nbytes / 1e12:.0f} TB")
    # --8<-- [end:hessian_size]

    # --8<-- [start:landscapes]
    surfaces = {
        "minimum": np.diag([2.0, 2.0]),  # Hessian of x^2 + y^2
        "maximum": np.diag([-2.0, -2.0]),  # of -x^2 - y^2
        "saddle": np.diag([2.0, -2.0]),  # of x^2 - y^2
    }
    for name, hessian in surfaces.items():
        print(
            f"{name:>8}: gradient 0 at the origin, Hessian eigenvalues",
            np.linalg.eigvalsh(hessian),
        )
    # --8<-- [end:landscapes]

    # --8<-- [start:landscapes_figure]
    from nnmaths.ch03.figures import landscapes_alt
    from nnmaths.figures import render

    alt = landscapes_alt(surfaces)
    print(
        render(
            lambda fig: draw_landscapes(fig, surfaces),
            "landscapes",
            alt,
            size=(6, 2.6),
        )
    )
    # --8<-- [end:landscapes_figure]

    # --8<-- [start:saddle]
    def saddle_gradient(p: np.ndarray) -> np.ndarray:  # of f(x, y) = x^2 - y^2
        return np.array([2 * p[0], -2 * p[1]])

    path = gradient_descent(
        saddle_gradient, [1.0, 1e-6], learning_rate=0.1, steps=80
    )
    for t in [0, 20, 40, 60, 80]:
        x_t, y_t = path[t]
        print(
            f"step {t:>2}: x = {x_t:.1e}, y = {y_t:.1e}, f = {x_t**2 - y_t**2:.3g}"
        )
    # --8<-- [end:saddle]

    # --8<-- [start:subgradient]
    path_abs = gradient_descent(
        np.sign, 5.0, learning_rate=0.7, steps=20
    )  # sign(x) of |x|
    print("x:", path_abs.round(2))
    # --8<-- [end:subgradient]

    # --8<-- [start:subgradient_figure]
    from nnmaths.ch03.figures import subgradient_alt
    from nnmaths.figures import render

    alt = subgradient_alt(path_abs, 0.7)
    print(
        render(lambda fig: draw_subgradient(fig, path_abs), "subgradient", alt)
    )
    # --8<-- [end:subgradient_figure]

    # --8<-- [start:batches]
    sizes = {"full batch": len(y), "mini-batch of 10": 10, "stochastic": 1}
    budget = 10 * len(
        y
    )  # every method sees 2000 examples: ten passes over the data
    passes = {
        name: fit(X, y, 0.05, budget // size, size, np.random.default_rng(4))
        for name, size in sizes.items()
    }
    for name, r in passes.items():
        print(
            f"{name:>16}: {len(r.costs) - 1:>4} steps, C after {r.seen[-1]} examples = {r.costs[-1]:.5f}"
        )
    # --8<-- [end:batches]

    # --8<-- [start:batches_figure]
    from nnmaths.ch03.figures import batches_alt
    from nnmaths.figures import render

    alt = batches_alt(passes, mse(X, y, w_star, b_star))
    print(render(lambda fig: draw_batches(fig, passes), "batches", alt))
    # --8<-- [end:batches_figure]

    # --8<-- [start:worked]
    x, b1, b2, target = 2.0, 1.0, 0.5, 5.0  # fixed
    w1, w2 = 0.5, 1.5  # learned
    z, L = forward(x, w1, w2, b1, b2)
    print(f"z = {z}, L = {L}, E = {error(L, target)}")
    dE_dw1, dE_dw2 = error_gradient(x, w1, w2, b1, b2, target)
    print(f"dE/dw1 = {dE_dw1}, dE/dw2 = {dE_dw2}")
    w1, w2 = descent_step(x, w1, w2, b1, b2, target, learning_rate=0.1)
    z, L = forward(x, w1, w2, b1, b2)
    print(
        f"after one step: w1 = {w1:.2f}, w2 = {w2:.2f}, L = {L:.2f}, E = {error(L, target):.4f}"
    )
    # --8<-- [end:worked]
