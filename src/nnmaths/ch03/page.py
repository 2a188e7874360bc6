"""The session of the Chapter 3 page, in page order: `python -m nnmaths.ch03.page`."""

import numpy as np

from nnmaths.activations import sigmoid
from nnmaths.ch03.exercises import (
    best_step,
    collapse,
    hessian_bytes,
    newton_step,
    worked_example,
)
from nnmaths.ch03.figures import (
    draw_batches,
    draw_bowl,
    draw_descent_map,
    draw_landscapes,
    draw_newton,
    draw_subgradient,
)
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.gradient_descent import fit, gradient_descent
from nnmaths.newton import newton
from nnmaths.regression import (
    least_squares,
    mse,
    mse_gradient,
    mse_hessian,
    synthetic_data,
)
from nnmaths.scalar_chain import descent_step, error, error_gradient, forward
from nnmaths.step_size import (
    guaranteed_drop,
    scheduled_descent,
)

if __name__ == "__main__":
    # --8<-- [start:one_matrix]
    rng = np.random.default_rng(0)
    a0 = rng.normal(size=(5, 3))  # the input x: five examples, three each
    W1, W2 = rng.normal(size=(3, 4)), rng.normal(size=(4, 2))
    print("(x W1) W2 = x (W1 W2):", np.allclose(a0 @ W1 @ W2, a0 @ (W1 @ W2)))
    f2x, fx = sigmoid(2 * a0 @ W1) @ W2, sigmoid(a0 @ W1) @ W2
    print("with a sigmoid, f(2x) = 2 f(x):", np.allclose(f2x, 2 * fx))
    # --8<-- [end:one_matrix]

    # --8<-- [start:data]
    rng = np.random.default_rng(3)
    X, y = synthetic_data(rng, 200, np.array([2.0, -3.0]), b=0.5, noise=0.1)
    print("X:", X.shape, " y:", y.shape)
    print("C at w = 0, b = 0:", round(mse(X, y, np.zeros(2), 0.0), 3))
    # --8<-- [end:data]

    # --8<-- [start:gradient_check]
    v = rng.normal(size=3)  # any point (w1, w2, b) will do
    exact = np.append(*mse_gradient(X, y, v[:2], v[2]))
    numeric = numerical_gradient(lambda v: mse(X, y, v[:2], v[2]), v)
    print("agrees:", relative_error(exact, numeric) < 1e-8)
    # --8<-- [end:gradient_check]

    # --8<-- [start:fit]
    run = fit(X, y, learning_rate=0.2, steps=200, batch_size=200, rng=rng)
    w_star, b_star = least_squares(X, y)
    print("descent: w =", run.w.round(4), " b =", round(run.b, 4))
    gap = np.abs(np.append(run.w - w_star, run.b - b_star)).max()
    print("equals lstsq to 10 decimals:", gap < 1e-10)
    print(f"C: {run.costs[0]:.3f} -> {run.costs[-1]:.5f}")
    # --8<-- [end:fit]

    # --8<-- [start:curvature]
    H_w = X.T @ X / len(y)  # (2, 2): second derivatives in w1, w2
    lam, V = np.linalg.eigh(H_w)  # eigenvalues; eigenvectors as columns
    for k in [1, 0]:
        print(f"lambda = {lam[k]:.3f} along v = {V[:, k].round(2)}")
    # --8<-- [end:curvature]

    # --8<-- [start:bowl_figure]
    from nnmaths.ch03.figures import bowl_alt
    from nnmaths.figures import render

    def C_w(w1: float, w2: float) -> float:  # C with b held at b*
        return mse(X, y, np.array([w1, w2]), b_star)

    alt = bowl_alt(w_star, lam)
    print(
        render(
            lambda fig: draw_bowl(fig, C_w, w_star, lam, V),
            "bowl",
            alt,
            size=(4.4, 4),
        )
    )
    # --8<-- [end:bowl_figure]

    # --8<-- [start:hessian]
    H = mse_hessian(X)  # (3, 3): second derivatives in w1, w2, b
    lam_H = np.linalg.eigvalsh(H)  # ascending
    eta_max = 2 / lam_H[-1]
    print("eigenvalues of H:", lam_H.round(3))
    print(f"2 / lambda_max = {eta_max:.4f}")
    # --8<-- [end:hessian]

    # --8<-- [start:rates]
    rates = {"small": 0.02, "good": 0.2, "too large": 1.05 * eta_max}
    print("C after 40 steps:")
    for name, eta in rates.items():
        r = fit(X, y, eta, steps=40, batch_size=200, rng=rng)
        print(f"{name:>9}: eta {eta:.3f}, C = {r.costs[-1]:.4g}")
    # --8<-- [end:rates]

    # --8<-- [start:descent_map_figure]
    from nnmaths.ch03.figures import descent_map_alt
    from nnmaths.figures import render

    def dC_dw(w: np.ndarray) -> np.ndarray:  # the gradient with b = b*
        return mse_gradient(X, y, w, b_star)[0]

    paths = {
        name: gradient_descent(dC_dw, np.zeros(2), eta, 40)
        for name, eta in rates.items()
    }
    alt = descent_map_alt(rates, paths, w_star)
    print(
        render(
            lambda fig: draw_descent_map(fig, C_w, w_star, rates, paths),
            "descent-map",
            alt,
            size=(4.4, 4.5),
        )
    )
    # --8<-- [end:descent_map_figure]

    # --8<-- [start:edge]
    for factor in [0.99, 1.01]:
        r = fit(X, y, factor * eta_max, 1000, 200, rng)
        gap = np.abs(np.append(r.w - w_star, r.b - b_star)).max()
        print(f"{factor} * eta_max, 1000 steps: gap {gap:.1e}")
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

    # --8<-- [start:lemma]
    Lambda, eta = np.exp(2.0), 0.25  # f''(x) = e^x <= e^2 for x <= 2
    descent = gradient_descent(lambda x: np.exp(x) - 2, 2.0, eta, steps=8)
    drops = -np.diff(np.exp(descent) - 2 * descent)  # f(x_t) - f(x_t+1)
    least = [guaranteed_drop(np.exp([x]) - 2, eta, Lambda) for x in descent]
    print(f"2 / Lambda = {2 / Lambda:.3f}; x in [{descent.min():.2f}, 2]")
    print("drop / guaranteed drop >=", round(min(drops / least[:-1]), 2))
    # --8<-- [end:lemma]

    # --8<-- [start:rate]
    eta_best, kappa = 2 / (lam_H[0] + lam_H[-1]), lam_H[-1] / lam_H[0]
    print(f"eta* = {eta_best:.3f}: factor {(kappa - 1) / (kappa + 1):.4f}")
    runs = [fit(X, y, eta_best, steps, 200, rng) for steps in (20, 60)]
    d = [np.linalg.norm([*r.w - w_star, r.b - b_star]) for r in runs]
    print(f"measured:     factor {(d[1] / d[0]) ** (1 / 40):.4f}")
    # --8<-- [end:rate]

    # --8<-- [start:newton]
    newtons = newton(lambda x: np.exp(x) - 2, np.exp, 2.0, steps=8)
    gaps = np.abs(np.column_stack([descent, newtons]) - np.log(2))
    print("distance to ln 2\nt  descent  Newton")
    for t, (gap_descent, gap_newton) in enumerate(gaps):
        print(f"{t}  {gap_descent:.1e}  {gap_newton:.1e}")
    # --8<-- [end:newton]

    # --8<-- [start:newton_figure]
    from nnmaths.ch03.figures import newton_alt
    from nnmaths.figures import render

    def f(x: float) -> float:  # smallest at x = ln 2
        return float(np.exp(x) - 2 * x)

    alt = newton_alt(descent, newtons, np.log(2), eta)
    print(
        render(
            lambda fig: draw_newton(fig, f, descent, newtons), "newton", alt
        )
    )
    # --8<-- [end:newton_figure]

    # --8<-- [start:hessian_size]
    N = 10**6  # weights
    print(f"gradient: {N:.0e} numbers, {8 * N / 1e6:.0f} MB")
    print(f"Hessian:  {N**2:.0e} numbers, {8 * N**2 / 1e12:.0f} TB")
    print(f"solving H d = grad C: ~{N**3:.0e} operations")
    # --8<-- [end:hessian_size]

    # --8<-- [start:landscapes_figure]
    from nnmaths.ch03.figures import landscapes_alt
    from nnmaths.figures import render

    surfaces = {  # the Hessians of x1^2 + x2^2, -x1^2 - x2^2, x1^2 - x2^2
        "minimum": np.diag([2.0, 2.0]),
        "maximum": np.diag([-2.0, -2.0]),
        "saddle": np.diag([2.0, -2.0]),
    }
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
    path = gradient_descent(lambda x: x * [2, -2], [1.0, 1e-6], 0.1, 80)
    f_t = path[:, 0] ** 2 - path[:, 1] ** 2  # f = x1^2 - x2^2 at each step
    for t in [0, 10, 20, 40, 60, 64, 70, 80]:
        print(f"t = {t:>2}: f = {f_t[t]:8.1e}")
    flat = np.flatnonzero(np.abs(f_t) < 0.01)  # within 0.01 of f(0, 0)
    print(f"|f| < 0.01 from step {flat[0]} to step {flat[-1]}")
    # --8<-- [end:saddle]

    # --8<-- [start:subgradient]
    fixed = gradient_descent(np.sign, 5.0, learning_rate=0.7, steps=200)
    etas = 2.0 / np.arange(1, 201)  # eta_t = 2 / (t + 1), t = 0..199
    shrinking = scheduled_descent(np.sign, 5.0, etas)
    print("fixed 0.7, last x:", fixed[-3:].round(2))
    far = np.abs(fixed[100:]).max(), np.abs(shrinking[100:]).max()
    print(f"largest |x_t|, t >= 100: {far[0]:.2f} and {far[1]:.3f}")
    # --8<-- [end:subgradient]

    # --8<-- [start:subgradient_figure]
    from nnmaths.ch03.figures import subgradient_alt
    from nnmaths.figures import render

    alt = subgradient_alt(fixed, shrinking, 0.7)
    print(
        render(
            lambda fig: draw_subgradient(fig, fixed, shrinking),
            "subgradient",
            alt,
        )
    )
    # --8<-- [end:subgradient_figure]

    # --8<-- [start:batches]
    sizes = {"full": 200, "mini": 10, "single": 1}  # examples per step
    tried = [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.4]  # learning rates
    C_end = {  # C after 2000 examples seen: ten passes over the data
        n: [fit(X, y, eta, 2000 // s, s, rng).costs[-1] for eta in tried]
        for n, s in sizes.items()
    }
    print("  eta      full      mini    single")
    for k, eta in enumerate(tried):
        print(f"{eta:5}" + "".join(f"{C_end[n][k]:10.3g}" for n in sizes))
    tuned = {n: tried[int(np.argmin(C_end[n]))] for n in sizes}
    # --8<-- [end:batches]

    # --8<-- [start:big_data]
    X_big, y_big = synthetic_data(rng, 20_000, np.array([2.0, -3.0]), 0.5, 0.1)
    sizes["full"] = len(y_big)  # a full step now reads every example
    print(f"m = {len(y_big)}\nmethod  eta    examples seen  C")
    big = {}
    for (n, s), steps in zip(sizes.items(), [10, 200, 2000]):  # as before
        r = big[n] = fit(X_big, y_big, tuned[n], steps, s, rng)
        print(f"{n:6}  {tuned[n]:<5}  {r.seen[-1]:>13}  {r.costs[-1]:.5f}")
    C_best = mse(X_big, y_big, *least_squares(X_big, y_big))
    print(f"least squares:  C = {C_best:.5f}")
    # --8<-- [end:big_data]

    # --8<-- [start:batches_figure]
    from nnmaths.ch03.figures import batches_alt
    from nnmaths.figures import render

    alt = batches_alt(big, tuned)
    print(render(lambda fig: draw_batches(fig, big, tuned), "batches", alt))
    # --8<-- [end:batches_figure]

    # --8<-- [start:worked]
    x, b1, b2, target = 2.0, 1.0, 0.5, 5.0  # fixed
    w1, w2 = 0.5, 1.5  # learned
    z, L = forward(x, w1, w2, b1, b2)
    print(f"z = {z}, L = {L}, E = {error(L, target)}")
    print("dE/dw1, dE/dw2 =", error_gradient(x, w1, w2, b1, b2, target))
    w1, w2 = descent_step(x, w1, w2, b1, b2, target, learning_rate=0.1)
    z, L = forward(x, w1, w2, b1, b2)
    print(f"w1 = {w1:.2f}, w2 = {w2:.2f}, L = {L:.2f}")
    print(f"E = {error(L, target):.4f}")
    # --8<-- [end:worked]

    # --8<-- [start:exercise_1]
    print("eta   w1     w2    L       E")
    for eta in [0.05, 0.2]:
        w1, w2, L, E = worked_example(eta)
        print(f"{eta:<4}  {w1:.3f}  {w2:.2f}  {L:.4f}  {E:.4f}")
    # --8<-- [end:exercise_1]

    # --8<-- [start:exercise_2]
    for layer_sizes in [[3, 4, 1], [784, 100, 10]]:
        count, nbytes = hessian_bytes(layer_sizes)
        print(f"{layer_sizes}: {count:,} parameters")
        print(f"  Hessian: {nbytes:,} bytes")
    # --8<-- [end:exercise_2]

    # --8<-- [start:exercise_3]
    rng = np.random.default_rng(1)
    a0, W1, W2 = (
        rng.normal(size=(5, 3)),
        rng.normal(size=(3, 4)),
        rng.normal(size=(4, 2)),
    )
    c1, c2 = rng.normal(size=(1, 4)), rng.normal(size=(1, 2))  # the biases
    W, c = collapse(W1, c1, W2, c2)  # the one layer x W + c
    print("one layer:", np.allclose((a0 @ W1 + c1) @ W2 + c2, a0 @ W + c))
    # --8<-- [end:exercise_3]

    # --8<-- [start:exercise_4]
    eta_best, factor = best_step(H)
    grid = np.linspace(0.01, eta_max, 1000)
    worst = [np.abs(1 - a * np.linalg.eigvalsh(H)).max() for a in grid]
    k = int(np.argmin(worst))
    print(f"best on a grid: eta {grid[k]:.3f}, factor {worst[k]:.4f}")
    print("best_step agrees:", abs(grid[k] - eta_best) < 1e-3)
    # --8<-- [end:exercise_4]

    # --8<-- [start:exercise_5]
    steps_sum = 2.0 / np.arange(1, 10_001) ** 2  # eta_t = 2 / (t + 1)^2
    x_end = scheduled_descent(np.sign, 5.0, steps_sum)[-1]
    print(f"sum of the steps: {steps_sum.sum():.4f}; x ends at {x_end:.4f}")
    # --8<-- [end:exercise_5]

    # --8<-- [start:exercise_6]
    w_newton, b_newton = newton_step(X, y, np.array([10.0, -7.0]), 3.0)
    print(
        "one Newton step:",
        np.allclose([*w_newton, b_newton], [*w_star, b_star]),
    )
    # --8<-- [end:exercise_6]
