"""The figures of Chapter 2: the boundary turning, the mistakes per epoch, the criterion.

Each ``draw_*`` function fills in a matplotlib Figure that it is given, so the same code
draws into the site's inline SVG (:func:`nnmaths.figures.render`) and into a notebook's
``plt.figure()``. Each ``*_alt`` function describes its figure in words, with the numbers
of the run it shows.
"""

# --8<-- [start:imports]
import matplotlib as mpl
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

# --8<-- [end:imports]
from nnmaths.perceptron_training import History

# --8<-- [start:colors]
# Data colors that read on a white and on a dark page alike (Okabe and Ito's palette).
COLORS = ["#E69F00", "#56B4E9", "#009E73", "#D55E00"]
# --8<-- [end:colors]


# --8<-- [start:scatter_species]
def scatter_species(ax: Axes, x: np.ndarray, y: np.ndarray) -> None:
    """Plot each flower by its two features: setosa (y = -1) and versicolor (y = +1)."""
    for label, color, marker in [(-1, COLORS[2], "o"), (1, COLORS[1], "s")]:
        name = "setosa, y = −1" if label < 0 else "versicolor, y = +1"
        ax.scatter(
            x[y == label, 0],
            x[y == label, 1],
            color=color,
            marker=marker,
            s=14,
            label=name,
            zorder=3,
        )
    # --8<-- [end:scatter_species]


# --8<-- [start:draw_boundaries]
def draw_boundaries(
    fig: Figure, x: np.ndarray, y: np.ndarray, run: History, names: list[str]
) -> None:
    """Plot both classes and the boundary x @ w + b = 0 after each update, light to dark."""
    ax = fig.add_subplot()
    scatter_species(ax, x, y)
    updates = len(run.rows)
    # plasma from purple to orange: no end too pale for a white page or too dark for a black one
    shades = mpl.colors.ListedColormap(
        mpl.colormaps["plasma"](np.linspace(0.15, 0.8, updates))
    )
    for k in range(
        1, updates + 1
    ):  # w = 0 before the first update: no boundary yet
        w, b = run.w[k], run.b[k]
        point = -b * w / (w @ w)  # the point of the line closest to the origin
        along = np.array([-w[1], w[0]])  # the line runs across w, its normal
        ax.axline(
            point,
            point + along,
            color=shades(k - 1),
            lw=2.5 if k == updates else 1,
        )
    tip = run.w[-1] / 4  # the last w, shortened to fit, drawn from the origin
    ax.annotate(
        "",
        tip,
        (0, 0),
        arrowprops={"arrowstyle": "->", "color": shades(updates - 1)},
    )
    ax.annotate(
        "$w$",
        tip,
        textcoords="offset points",
        xytext=(-12, 2),
        color=shades(updates - 1),
    )
    ax.set(
        xlim=(-2, 8),
        ylim=(-2, 6),
        aspect="equal",
        xlabel=names[0],
        ylabel=names[1],
    )
    ax.legend(loc="lower right", fontsize=8)
    scale = mpl.cm.ScalarMappable(
        mpl.colors.Normalize(0.5, updates + 0.5), shades
    )
    fig.colorbar(
        scale,
        ax=ax,
        label="boundary after update",
        ticks=range(1, updates + 1),
    )
    # --8<-- [end:draw_boundaries]


def boundaries_alt(run: History, names: list[str]) -> str:
    """Describe the boundary figure with the numbers of the run."""
    w, b = run.w[-1], run.b[-1]
    return (
        f"Setosa and versicolor flowers plotted by {names[0]} and {names[1]}, zoomed out to "
        f"show the origin, with the boundary line after each of the {len(run.rows)} updates. "
        "The lines pass close to the origin and swing from one angle to another; the last "
        f"one, w = ({w[0]:.1f}, {w[1]:.1f}) and b = {b:.1f}, runs between the two species, "
        "and an arrow from the origin shows w, perpendicular to it."
    )


# --8<-- [start:draw_mistakes]
def draw_mistakes(fig: Figure, runs: dict[str, np.ndarray]) -> None:
    """One panel per run: the mistakes made in each epoch, as bars."""
    axes = fig.subplots(len(runs), 1)
    for ax, (title, mistakes), color in zip(axes, runs.items(), COLORS[1:]):
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
        epochs = np.arange(1, len(mistakes) + 1)
        if (
            len(mistakes) > 50
        ):  # bars that touch: one outline, not one shape per epoch
            ax.stairs(
                mistakes,
                np.append(epochs, len(mistakes) + 1) - 0.5,
                fill=True,
                color=color,
            )
        else:
            ax.bar(epochs, mistakes, color=color, width=0.8)
        ax.set_title(title, fontsize=10)
        ax.set_ylabel("mistakes")
        ax.set_xlim(0.3, len(mistakes) + 0.7)
    axes[-1].set_xlabel("epoch")
    # --8<-- [end:draw_mistakes]


def mistakes_alt(runs: dict[str, np.ndarray]) -> str:
    """Describe the mistakes figure: per run, the epochs and the mistakes of the first and last."""
    parts = [
        f"{title}: {len(m)} epochs, {m[0]} mistakes in the first and {m[-1]} in the last"
        for title, m in runs.items()
    ]
    return "Bar charts of the mistakes per epoch. " + "; ".join(parts) + "."


# --8<-- [start:draw_criterion]
def draw_criterion(fig: Figure) -> None:
    """Plot one example's criterion max(0, -y (x @ w + b)) against y (x @ w + b)."""
    ink = mpl.rcParams["text.color"]
    ax = fig.add_subplot()
    t = np.linspace(-2, 2, 201)
    ax.plot(t, np.maximum(0, -t), color=COLORS[3], lw=2)
    ax.axvline(0, color=ink, lw=0.5, ls=":")
    ax.annotate(
        "slope −1: a mistake,\nthe rule updates", (-1.9, 1.3), fontsize=9
    )
    ax.annotate("slope 0: right side,\nno update", (0.25, 0.35), fontsize=9)
    ax.set(
        xlabel="$y\\,(x \\cdot w + b)$",
        ylabel="criterion of the example",
        ylim=(-0.1, 2.1),
    )
    # --8<-- [end:draw_criterion]


def criterion_alt() -> str:
    """Describe the criterion figure."""
    return (
        "The perceptron criterion of one example, max(0, -y (x·w + b)), against "
        "y (x·w + b): a line of slope -1 where the product is negative and the example "
        "is misclassified, a kink at 0, and zero where the product is positive."
    )


# --8<-- [start:draw_nonseparable]
def draw_nonseparable(
    fig: Figure, epoch_errors: np.ndarray, averaged_errors: int
) -> None:
    """The errors of the plain rule's (w, b) after each epoch, and of the averaged perceptron."""
    ax = fig.add_subplot()
    epochs = np.arange(1, len(epoch_errors) + 1)
    ax.plot(epochs, epoch_errors, color=COLORS[1], lw=1.2, label="last (w, b)")
    ax.axhline(
        averaged_errors, color=COLORS[3], lw=2, ls="--", label="averaged"
    )
    ax.set(xlabel="epoch", ylabel="training errors", ylim=(0, None))
    ax.legend(loc="upper right", fontsize=8)
    # --8<-- [end:draw_nonseparable]


def nonseparable_alt(epoch_errors: np.ndarray, averaged_errors: int) -> str:
    """Describe the figure of the errors per epoch, with the run's numbers."""
    return (
        f"A line of the training errors of the plain rule's weights after each "
        f"of {len(epoch_errors)} epochs: it jumps between {min(epoch_errors)} "
        f"and {max(epoch_errors)} and never settles (after the last epoch, "
        f"{epoch_errors[-1]}). A dashed level line marks the averaged "
        f"perceptron's {averaged_errors} errors."
    )
