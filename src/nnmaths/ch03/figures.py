"""The figures of Chapter 3: the cost bowl, descent on it, Newton, landscapes, |x|, batches.

Each ``draw_*`` function fills in a matplotlib Figure it is given (the site's inline SVG, or
a notebook's ``plt.figure()``); each ``*_alt`` function describes its figure in words, with
the numbers of the run it shows.
"""

# --8<-- [start:imports]
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from matplotlib import rcParams
from matplotlib.figure import Figure

# Data colors that read on a white and on a dark page alike (Okabe and Ito's palette).
COLORS = ["#E69F00", "#56B4E9", "#009E73", "#D55E00"]
# --8<-- [end:imports]


# --8<-- [start:draw_bowl]
def contour_map(
    fig: Figure, cost: Callable[[float, float], float], center: np.ndarray
) -> Any:
    """Draw the contours of cost(w1, w2) around ``center``; return the axes."""
    ax = fig.add_subplot()
    w1 = np.linspace(center[0] - 3.5, center[0] + 3.5, 61)
    w2 = np.linspace(center[1] - 3.5, center[1] + 3.5, 61)
    C = np.array([[cost(a, b) for a in w1] for b in w2])  # rows follow w2
    ax.contour(w1, w2, C, levels=np.geomspace(0.05, 40, 9), colors="gray")
    ax.plot(*center, "+", color=rcParams["text.color"], ms=10)
    ax.set_xlim(w1[0], w1[-1])
    ax.set_ylim(w2[0], w2[-1])
    ax.set_aspect("equal")
    ax.set_xlabel("$w_1$")
    ax.set_ylabel("$w_2$")
    return ax


def draw_bowl(
    fig: Figure,
    cost: Callable[[float, float], float],
    center: np.ndarray,
    lam: np.ndarray,
    V: np.ndarray,
) -> None:
    """Draw the contours of a two-weight cost and its Hessian's eigenvectors."""
    ax = contour_map(fig, cost, center)
    for k, color in zip([1, 0], [COLORS[3], COLORS[2]]):
        v = V[:, k] * np.sign(V[:, k].sum())  # the eigenvector, pointing up
        ax.annotate(
            "",
            xy=center + 2.6 * v,  # the arrow's head
            xytext=center,
            arrowprops={"arrowstyle": "->", "color": color, "lw": 2},
        )
        ax.annotate(
            f"$\\lambda$ = {lam[k]:.2f}",
            xy=center + 2.6 * v,
            xytext=(4, 4),
            textcoords="offset points",
            color=color,
            ha="right" if k == 0 else "left",
            va="bottom",
        )
    # --8<-- [end:draw_bowl]


def bowl_alt(center: np.ndarray, lam: np.ndarray) -> str:
    """Describe the bowl figure with its minimum and its two curvatures."""
    return (
        "Contour lines of the cost over the weights w1 and w2, ellipses"
        f" around the minimum at ({center[0]:.2f}, {center[1]:.2f}). An"
        f" arrow along w2 is marked lambda = {lam[1]:.2f}, where the"
        " ellipses are close together (steep); an arrow along w1 is marked"
        f" lambda = {lam[0]:.2f}, where they are far apart (gentle)."
    )


# --8<-- [start:draw_descent_map]
def draw_descent_map(
    fig: Figure,
    cost: Callable[[float, float], float],
    center: np.ndarray,
    rates: Mapping[str, float],
    paths: Mapping[str, np.ndarray],
) -> None:
    """Draw the path of descent at each learning rate on the cost's contours."""
    ax = contour_map(fig, cost, center)
    for (name, path), color, marker in zip(paths.items(), COLORS, "os^"):
        label = f"{rates[name]:.2f} ({name})"
        ax.plot(*path.T, marker=marker, color=color, ms=4, lw=1, label=label)
    fig.legend(loc="outside lower center", ncols=2, title="learning rate")
    # --8<-- [end:draw_descent_map]


def descent_map_alt(
    rates: Mapping[str, float],
    paths: Mapping[str, np.ndarray],
    center: np.ndarray,
) -> str:
    """Describe the descent map with where each path is after its last step."""
    parts = [
        f"{name} ({rates[name]:.2f}) ends"
        f" {np.linalg.norm(path[-1] - center):.2g} from it"
        for name, path in paths.items()
    ]
    steps = len(next(iter(paths.values()))) - 1
    return (
        f"Contour lines of the cost over w1 and w2 with {steps} steps of"
        " gradient descent from (0, 0) toward the minimum at"
        f" ({center[0]:.2f}, {center[1]:.2f}), one path per learning rate: "
        + "; ".join(parts)
        + "."
    )


# --8<-- [start:draw_newton]
def draw_newton(
    fig: Figure,
    f: Callable[[float], float],
    descent: np.ndarray,
    newtons: np.ndarray,
) -> None:
    """Draw f with the points that gradient descent and Newton's method visit."""
    ax = fig.add_subplot()
    xs = np.linspace(-0.2, 2.1, 200)
    ax.plot(xs, [f(x) for x in xs], color=COLORS[1], lw=2)
    for path, color, name in [
        (descent, COLORS[0], "gradient descent"),
        (newtons, COLORS[3], "Newton"),
    ]:
        ax.plot(
            path,
            [f(x) for x in path],
            "o-",
            color=color,
            ms=5,
            alpha=0.8,
            label=name,
        )
    ax.set_xlabel("$x$")
    ax.set_ylabel("$f(x) = e^x - 2x$")
    ax.legend()
    # --8<-- [end:draw_newton]


def newton_alt(
    descent: np.ndarray,
    newtons: np.ndarray,
    x_min: float,
    learning_rate: float,
) -> str:
    """Describe the Newton figure with the distance to the minimum after a few steps."""
    return (
        f"The curve f(x) = e^x - 2x with its minimum at x = {x_min:.3f}. Starting from "
        f"x = {descent[0]:g}, Newton's method is {abs(newtons[3] - x_min):.0e} from the minimum "
        f"after 3 steps; gradient descent with learning rate {learning_rate:g} is still "
        f"{abs(descent[3] - x_min):.2f} away after 3 steps and {abs(descent[-1] - x_min):.0e} "
        f"after {len(descent) - 1}."
    )


# --8<-- [start:draw_landscapes]
def draw_landscapes(fig: Figure, surfaces: Mapping[str, np.ndarray]) -> None:
    """Draw f(p) = p H p^T / 2 over [-2, 2]^2 for each Hessian H, as a surface."""
    grid = np.linspace(
        -2, 2, 9
    )  # 8 x 8 faces show each shape; more only add bytes
    gx, gy = np.meshgrid(grid, grid)
    points = np.stack(
        [gx.ravel(), gy.ravel()], axis=1
    )  # (81, 2): one point per row
    for k, (name, H) in enumerate(surfaces.items()):
        height = (
            np.einsum("ij,jk,ik->i", points, H, points) / 2
        )  # each row's p H p^T / 2
        ax = fig.add_subplot(1, len(surfaces), k + 1, projection="3d")
        # the surface stays inside its box: no clip path repeated on each of its faces
        surface = height.reshape(gx.shape)
        ax.plot_surface(
            gx, gy, surface, cmap="viridis", linewidth=0, clip_on=False
        )
        ax.set_title(name)
        ax.set_xticks([-2, 0, 2])
        ax.set_yticks([-2, 0, 2])
        ax.set_zticks([])
    # --8<-- [end:draw_landscapes]


def landscapes_alt(surfaces: Mapping[str, np.ndarray]) -> str:
    """Describe the three surfaces by the signs of their Hessians' eigenvalues."""
    parts = [
        f"{name} (Hessian eigenvalues {', '.join(f'{v:g}' for v in np.linalg.eigvalsh(H))})"
        for name, H in surfaces.items()
    ]
    return (
        "Three surfaces over x and y from -2 to 2, each flat at the origin: "
        + "; ".join(parts)
        + ". The bowl curves up in every direction, the dome down, the saddle up along x and down along y."
    )


# --8<-- [start:draw_subgradient]
def draw_subgradient(
    fig: Figure, fixed: np.ndarray, shrinking: np.ndarray
) -> None:
    """Plot, for each step t, the largest |x| over steps t to t + 9."""
    ax = fig.add_subplot()
    for path, color, label in [
        (fixed, COLORS[3], "fixed 0.7"),
        (shrinking, COLORS[1], "2 / (t + 1)"),
    ]:
        windows = np.lib.stride_tricks.sliding_window_view(np.abs(path), 10)
        ax.semilogy(windows.max(axis=1), color=color, lw=2, label=label)
    ax.set_xlabel("step $t$")
    ax.set_ylabel("largest $|x|$, steps $t$ to $t + 9$")
    ax.legend()
    # --8<-- [end:draw_subgradient]


def subgradient_alt(
    fixed: np.ndarray, shrinking: np.ndarray, learning_rate: float
) -> str:
    """Describe the subgradient figure with how far each run strays at the end."""
    last = [float(np.abs(path[-10:]).max()) for path in (fixed, shrinking)]
    return (
        "The largest distance |x| from the minimum of |x| over the next ten"
        f" steps, for {len(fixed) - 1} steps from x = {fixed[0]:g}. With the"
        f" fixed step {learning_rate} it levels off at {last[0]:.2g} and stays"
        " there; with the step 2 / (t + 1) it keeps falling, to"
        f" {last[1]:.2g} over the last ten steps."
    )


# --8<-- [start:draw_batches]
def draw_batches(
    fig: Figure, runs: Mapping[str, Any], rates: Mapping[str, float]
) -> None:
    """Plot the cost C against the examples seen, one line per batch size."""
    ax = fig.add_subplot()
    for (name, run), color in zip(runs.items(), COLORS):
        label = f"{name} ({rates[name]})"
        ax.loglog(
            run.seen[1:], run.costs[1:], color=color, lw=1.5, label=label
        )
    ax.set_xlabel("examples seen (log scale)")
    ax.set_ylabel("cost $C$ (log scale)")
    ax.legend()
    # --8<-- [end:draw_batches]


def batches_alt(runs: Mapping[str, Any], rates: Mapping[str, float]) -> str:
    """Describe the batch-size figure with each run's examples and final cost."""
    parts = [
        f"{name} (learning rate {rates[name]}) ends at C ="
        f" {run.costs[-1]:.5f} after {run.seen[-1]} examples"
        for name, run in runs.items()
    ]
    return "Cost C against the examples seen, log scales: " + (
        "; ".join(parts) + "."
    )
