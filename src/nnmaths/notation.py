"""The site's notation table, with shapes read off a real pass of Chapter 6.

The table is printed as Markdown when the notation page is built, so a
shape on that page is never typed by hand. ``python -m nnmaths.notation``
prints it too.
"""

import numpy as np

from nnmaths import layers
from nnmaths.ch07 import program as ch07
from nnmaths.data import training_set
from nnmaths.layer_training import layer_gradients
from nnmaths.network import backward, forward, init_weights


def chapter6_symbols() -> list[tuple[str, str, tuple[int, ...], str]]:
    """Return (symbol, code name, shape, meaning) for every matrix of Chapter 6.

    >>> [row[:3] for row in chapter6_symbols()][:2]
    [('$x = a_0$', 'x, a0', (4, 3)), ('$y$', 'y', (4, 1))]
    """
    x, y = training_set()
    W1, W2 = init_weights(np.random.RandomState(1))
    f = forward(x, W1, W2)
    a0, z1, a1, z2, a2 = f
    dC_dW1, dC_dW2 = backward(f, y, W2)
    return [
        ("$x = a_0$", "x, a0", a0.shape, "inputs, one example per row"),
        ("$y$", "y", y.shape, "targets, one row per example"),
        (
            "$W_1$",
            "W1",
            W1.shape,
            "weights from the inputs to the hidden layer",
        ),
        ("$z_1$", "z1", z1.shape, "hidden weighted sums, $a_0 W_1$"),
        ("$a_1$", "a1", a1.shape, r"hidden activations, $\sigma(z_1)$"),
        (
            "$W_2$",
            "W2",
            W2.shape,
            "weights from the hidden layer to the output",
        ),
        ("$z_2$", "z2", z2.shape, "output weighted sums, $a_1 W_2$"),
        ("$a_2$", "a2", a2.shape, r"outputs, $\sigma(z_2)$"),
        (
            r"$\partial C/\partial a_2$",
            "dC_da2",
            a2.shape,
            "how the cost changes with each output",
        ),
        (
            r"$\delta_2$",
            "delta2",
            z2.shape,
            r"error at the output, $\partial C/\partial z_2$",
        ),
        (
            r"$\partial C/\partial a_1$",
            "dC_da1",
            a1.shape,
            "how the cost changes with each hidden activation",
        ),
        (
            r"$\delta_1$",
            "delta1",
            z1.shape,
            r"error at the hidden layer, $\partial C/\partial z_1$",
        ),
        (
            r"$\partial C/\partial W_2$",
            "dC_dW2",
            dC_dW2.shape,
            "gradient of the cost, shaped like $W_2$",
        ),
        (
            r"$\partial C/\partial W_1$",
            "dC_dW1",
            dC_dW1.shape,
            "gradient of the cost, shaped like $W_1$",
        ),
    ]


def table_markdown() -> str:
    r"""Return the notation table as Markdown, one row per matrix.

    >>> table_markdown().splitlines()[2]
    '| $x = a_0$ | `x, a0` | $4 \\times 3$ | inputs, one example per row |'
    """
    lines = [
        "| symbol | code | shape in Chapter 6 | meaning |",
        "|---|---|---|---|",
    ]
    for symbol, code, shape, meaning in chapter6_symbols():
        size = r" \times ".join(str(s) for s in shape)
        lines.append(f"| {symbol} | `{code}` | ${size}$ | {meaning} |")
    return "\n".join(lines)


def chapter7_symbols() -> list[tuple[str, str, list[tuple[int, ...]], str]]:
    """Return (symbol, code name, shapes for l = 1..L, meaning) for the network of Chapter 7.

    >>> [row[:3] for row in chapter7_symbols()][1]
    ('$W_l$', 'layers[l - 1].W', [(3, 4), (4, 4), (4, 1)])
    """
    x, y = training_set()
    net = layers.init_layers(np.random.default_rng(ch07.SEED), ch07.SIZES)
    trace = layers.forward(x, net)
    grads = layer_gradients(x, y, net)
    return [
        (
            "$a_0 = x$",
            "trace.a[0]",
            [trace.a[0].shape],
            "inputs, one example per row",
        ),
        (
            "$W_l$",
            "layers[l - 1].W",
            [W.shape for W, _ in net],
            "weights of layer $l$",
        ),
        (
            "$b_l$",
            "layers[l - 1].b",
            [b.shape for _, b in net],
            "biases of layer $l$, one row",
        ),
        (
            "$z_l$",
            "trace.z[l - 1]",
            [z.shape for z in trace.z],
            "weighted sums, $a_{l-1} W_l + b_l$",
        ),
        (
            "$a_l$",
            "trace.a[l]",
            [a.shape for a in trace.a[1:]],
            r"activations, $\sigma(z_l)$",
        ),
        (
            r"$\delta_l$",
            "delta",
            [z.shape for z in trace.z],
            r"error $\partial C/\partial z_l$, shaped like $z_l$",
        ),
        (
            r"$\partial C/\partial W_l$",
            "grads[l - 1].W, dW",
            [dW.shape for dW, _ in grads],
            "gradient, shaped like $W_l$",
        ),
        (
            r"$\partial C/\partial b_l$",
            "grads[l - 1].b, db",
            [db.shape for _, db in grads],
            r"gradient, $\mathbf{1}^\top \delta_l$, shaped like $b_l$",
        ),
        (
            r"$J_l = \partial a_l / \partial a_{l-1}$",
            "np.diag(sigmoid_prime(z)) @ W.T",
            [W.T.shape for W, _ in net],
            (
                r"one example's layer Jacobian, "
                r"$\operatorname{diag}(\sigma'(z_l))\, W_l^\top$: "
                r"one row per unit of layer $l$"
            ),
        ),
    ]


def layers_table_markdown() -> str:
    r"""Return the general network's notation table as Markdown, one row per symbol.

    >>> layers_table_markdown().splitlines()[3]
    '| $W_l$ | `layers[l - 1].W` | $3 \\times 4$, $4 \\times 4$, $4 \\times 1$ | weights of layer $l$ |'
    """
    sizes = "-".join(str(n) for n in ch07.SIZES)
    lines = [
        f"| symbol | code | shapes in the {sizes} network | meaning |",
        "|---|---|---|---|",
    ]
    for symbol, code, shapes, meaning in chapter7_symbols():
        sized = ", ".join(
            "$" + r" \times ".join(str(s) for s in shape) + "$"
            for shape in shapes
        )
        lines.append(f"| {symbol} | `{code}` | {sized} | {meaning} |")
    return "\n".join(lines)


if __name__ == "__main__":
    # --8<-- [start:table]
    from nnmaths.notation import table_markdown

    print(table_markdown())
    # --8<-- [end:table]

    # --8<-- [start:layers_table]
    from nnmaths.notation import layers_table_markdown

    print(layers_table_markdown())
    # --8<-- [end:layers_table]
