"""Chapter 3's explorable figure: the learning rate as a fraction of 2 / lambda_max.

Each frame runs full-batch gradient descent on the chapter's regression cost C(w1, w2, b)
from zero with one learning rate, and draws its path over the contours of C (b held at
its best value) beside the cost at each step. Past 1.0 the path zigzags outward and the
cost grows.
"""

# --8<-- [start:imports]
import numpy as np
from matplotlib.figure import Figure

# --8<-- [end:imports]
from nnmaths.ch03.figures import COLORS
from nnmaths.gradient_descent import largest_stable_step
from nnmaths.regression import least_squares, mse, mse_gradient, mse_hessian

# --8<-- [start:draw_rate]
FRACTIONS = [round(0.1 + 0.05 * k, 2) for k in range(20)]  # 0.1 ... 1.05
STEPS = 25


def descent_path(X: np.ndarray, y: np.ndarray, fraction: float) -> np.ndarray:
    """Return (w1, w2, b) before each step of descent at fraction * 2 / lambda_max.

    Shape (STEPS + 1, 3): the steps of ``fit`` with the whole batch, every one kept.
    """
    eta = fraction * largest_stable_step(mse_hessian(X))
    w, b = np.zeros(2), 0.0
    path = [np.append(w, b)]
    for _ in range(STEPS):
        dC_dw, dC_db = mse_gradient(X, y, w, b)
        w, b = w - eta * dC_dw, b - eta * dC_db
        path.append(np.append(w, b))
    return np.array(path)


def contour(
    X: np.ndarray, y: np.ndarray, level: float, points: int = 25
) -> np.ndarray:
    """Return points (w1, w2) where C(w, b*) = level, b* the best bias: (points, 2).

    C is quadratic: C(w, b*) = C* + 1/2 (w - w*) H (w - w*), H the (w1, w2) block
    of mse_hessian, so each contour is an ellipse along H's eigenvectors.
    """
    w_star, b_star = least_squares(X, y)
    lowest = mse(X, y, w_star, b_star)
    lam, V = np.linalg.eigh(mse_hessian(X)[:2, :2])
    t = np.linspace(0, 2 * np.pi, points)
    circle = np.stack([np.cos(t), np.sin(t)])  # (2, points)
    radii = np.sqrt(2 * (level - lowest) / lam)  # (2,): the semi-axes
    return w_star + (V @ (radii[:, None] * circle)).T


def draw_rate(
    fig: Figure, X: np.ndarray, y: np.ndarray, fraction: float
) -> None:
    """Draw the path over C's contours (b at its best), and C against the step."""
    path = descent_path(X, y, fraction)
    left, right = fig.subplots(1, 2)
    for level in [1, 20]:
        left.plot(*contour(X, y, level).T, color="gray", lw=0.8)
    w = path[:, :2]
    outside = np.flatnonzero(np.abs(w - [2, -3]).max(axis=1) > 6)
    shown = w[: outside[0] + 1] if len(outside) else w  # up to where it leaves
    left.plot(*shown.T, color=COLORS[3], lw=1.5)
    left.plot(*least_squares(X, y)[0], marker="*", ms=10, color=COLORS[2])
    left.set(
        xlim=(-1, 5),
        ylim=(-7, 1),
        xticks=[],
        yticks=[],
        xlabel="w1",
        ylabel="w2",
    )
    costs = [mse(X, y, wb[:2], wb[2]) for wb in path]
    right.semilogy(costs, color=COLORS[3], lw=1.5)
    right.set(
        ylim=(1e-3, 1e3),
        yticks=[1e-3, 1, 1e3],
        xticks=[],
        yticklabels=["0.001", "1", "1000"],
        xlabel=f"step 0 to {STEPS}",
        ylabel="cost C",
    )
    right.minorticks_off()
    left.spines[:].set_visible(False)  # the frame's weight is the page's
    right.spines[["top", "right"]].set_visible(False)


def rate_numbers(X: np.ndarray, y: np.ndarray, fraction: float) -> str:
    """Say the learning rate and the cost at the start and after STEPS steps."""
    eta = fraction * largest_stable_step(mse_hessian(X))
    first, *_, last = descent_path(X, y, fraction)
    start, end = mse(X, y, first[:2], first[2]), mse(X, y, last[:2], last[2])
    return (
        f"Learning rate {fraction:.2f} × 2/λmax = {eta:.3f}: C goes from "
        f"{start:.3g} to {end:.3g} in {STEPS} steps"
        + (", growing: it diverges." if end > start else ".")
    )
    # --8<-- [end:draw_rate]
