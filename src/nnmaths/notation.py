"""The site's notation table, with shapes read off a real pass of Chapter 6.

The table is printed as Markdown when the notation page is built, so a
shape on that page is never typed by hand. ``python -m nnmaths.notation``
prints it too.
"""

import numpy as np

from nnmaths.backprop import backward
from nnmaths.data import training_set
from nnmaths.network import forward, init_weights


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
        ("$W_1$", "W1", W1.shape, "weights from the inputs to the hidden layer"),
        ("$z_1$", "z1", z1.shape, "hidden weighted sums, $a_0 W_1$"),
        ("$a_1$", "a1", a1.shape, r"hidden activations, $\sigma(z_1)$"),
        ("$W_2$", "W2", W2.shape, "weights from the hidden layer to the output"),
        ("$z_2$", "z2", z2.shape, "output weighted sums, $a_1 W_2$"),
        ("$a_2$", "a2", a2.shape, r"outputs, $\sigma(z_2)$"),
        (r"$\partial C/\partial a_2$", "dC_da2", a2.shape, "how the cost changes with each output"),
        (r"$\delta_2$", "delta2", z2.shape, r"error at the output, $\partial C/\partial z_2$"),
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
    lines = ["| symbol | code | shape in Chapter 6 | meaning |", "|---|---|---|---|"]
    for symbol, code, shape, meaning in chapter6_symbols():
        size = r" \times ".join(str(s) for s in shape)
        lines.append(f"| {symbol} | `{code}` | ${size}$ | {meaning} |")
    return "\n".join(lines)


if __name__ == "__main__":
    # --8<-- [start:table]
    from nnmaths.notation import table_markdown

    print(table_markdown())
    # --8<-- [end:table]
