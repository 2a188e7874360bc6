"""Chapter 7's explorable figure: the size of delta_l in each layer, as the weights grow.

Each frame draws a deep sigmoid network (10 layers of 20 units, as on the page) with every
weight a standard normal draw times one scale, runs the backward pass for one example and
plots ||delta_l|| per layer on a log scale: small weights make it vanish on the way back,
large ones make it grow, until the sigmoids saturate.
"""

# --8<-- [start:imports]
import numpy as np
from matplotlib.figure import Figure

# --8<-- [end:imports]
from nnmaths.layer_training import layer_gradients
from nnmaths.layers import init_layers

# --8<-- [start:draw_deltas]
SCALES = [
    0.1,
    0.15,
    0.2,
    0.3,
    0.5,
    0.7,
    1.0,
    1.5,
    2.0,
    3.0,
    4.0,
    6.0,
    8.0,
    10.0,
]


def delta_sizes(scale: float) -> np.ndarray:
    """Return ||delta_l|| for l = 1..10, weights drawn times ``scale``: shape (10,).

    For one example, dC/db_l is delta_l itself.
    """
    rng = np.random.default_rng(0)
    deep = init_layers(rng, (20,) * 11, scale=scale)
    x_one, y_one = rng.normal(size=(1, 20)), rng.uniform(size=(1, 20))
    grads = layer_gradients(x_one, y_one, deep)
    return np.array([np.linalg.norm(db) for dW, db in grads])


def draw_deltas(fig: Figure, scale: float) -> None:
    """Plot ||delta_l|| against the layer l, on a log scale that every frame shares."""
    ax = fig.add_subplot()
    layers = np.arange(1, 11)
    ax.bar(layers, delta_sizes(scale), color="#0072B2")
    ax.set_yscale("log")
    ax.set(
        ylim=(1e-10, 10),
        xticks=layers,
        xlabel="layer $l$",
        ylabel=r"size of $\delta_l$",
    )


def deltas_numbers(scale: float) -> str:
    """Say the sizes of delta in the last and the first layer, and their ratio."""
    sizes = delta_sizes(scale)
    ratio = sizes[0] / sizes[-1]
    trend = "shrinks" if ratio < 1 else "grows"
    return (
        f"Weights × {scale:g}: ||δ10|| = {sizes[-1]:.1e}, ||δ1|| = "
        f"{sizes[0]:.1e}; δ {trend} by a factor {max(ratio, 1 / ratio):.1e} "
        "on the way back."
    )
    # --8<-- [end:draw_deltas]
