"""The figures of Chapter 3: learning rates, Newton's method, landscapes, |x|, batch sizes.

Each ``draw_*`` function fills in a matplotlib Figure it is given (the site's inline SVG, or
a notebook's ``plt.figure()``); each ``*_alt`` function describes its figure in words, with
the numbers of the run it shows.
"""

# --8<-- [start:imports]
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from matplotlib.figure import Figure

# Data colors that read on a white and on a dark page alike (Okabe and Ito's palette).
COLORS = ["#E69F00", "#56B4E9", "#009E73", "#D55E00"]
# --8<-- [end:imports]


# --8<-- [start:draw_learning_rates]
def draw_learning_rates(
    fig: Figure, rates: Mapping[str, float], runs: Mapping[str, Any]
) -> None:
    """Plot the cost C against the step for each learning rate, on a log scale."""
    ax = fig.add_subplot()
    for (name, run), color in zip(runs.items(), COLORS):
        label = f"{name} ({rates[name]:.2f})"
        ax.semilogy(run.costs, color=color, lw=2, marker=".", label=label)
    ax.set_xlabel("step")
    ax.set_ylabel("cost $C$ (log scale)")
    ax.legend()
    # --8<-- [end:draw_learning_rates]


def learning_rates_alt(
    rates: Mapping[str, float], runs: Mapping[str, Any]
) -> str:
    """Describe the learning-rate figure with each run's first and last cost."""
    parts = [
        f"{name} ({rates[name]:.3f}) from {run.costs[0]:.3g} to {run.costs[-1]:.3g}"
        for name, run in runs.items()
    ]
    steps = len(next(iter(runs.values())).costs) - 1
    return (
        f"Cost C over {steps} steps of gradient descent, one line per learning rate: "
        + ("; ".join(parts) + ".")
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
def draw_subgradient(fig: Figure, path: np.ndarray) -> None:
    """Draw |x| and the points that subgradient descent visits, numbered by step."""
    ax = fig.add_subplot()
    xs = np.linspace(-6, 6, 121)
    ax.plot(xs, np.abs(xs), color=COLORS[1], lw=2)
    ax.plot(path, np.abs(path), "o", color=COLORS[3], ms=6, alpha=0.7)
    ax.set_xlabel("$x$")
    ax.set_ylabel("$|x|$")
    ax.set_title("subgradient descent on $|x|$ from $x = 5$")
    # --8<-- [end:draw_subgradient]


def subgradient_alt(path: np.ndarray, learning_rate: float) -> str:
    """Describe the subgradient figure with where the last steps land."""
    tail = sorted({round(float(x), 2) for x in path[-6:]})
    return (
        f"The V-shaped curve |x| from -6 to 6. Starting at x = {path[0]:g}, steps of "
        f"{learning_rate} walk down the right arm and then jump back and forth across 0; the "
        f"last steps visit only {' and '.join(f'{x:g}' for x in tail)}."
    )


# --8<-- [start:draw_batches]
def draw_batches(fig: Figure, passes: Mapping[str, Any]) -> None:
    """Plot the full cost C against the number of examples seen, one line per batch size."""
    ax = fig.add_subplot()
    for (name, run), color in zip(passes.items(), COLORS):
        ax.semilogy(run.seen, run.costs, color=color, lw=1.5, label=name)
    ax.set_xlabel("examples seen")
    ax.set_ylabel("cost $C$ (log scale)")
    ax.legend()
    # --8<-- [end:draw_batches]


def batches_alt(passes: Mapping[str, Any], best: float) -> str:
    """Describe the batch-size figure with each run's step count and final cost."""
    parts = [
        f"{name}, {len(run.costs) - 1} steps, ends at {run.costs[-1]:.5f}"
        for name, run in passes.items()
    ]
    seen = next(iter(passes.values())).seen[-1]
    return (
        f"Cost C against examples seen, up to {seen}, for three batch sizes: "
        + "; ".join(parts)
        + f". The least-squares cost is {best:.5f}."
    )
