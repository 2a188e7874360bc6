"""Two linear steps in a chain, L = g(f(x, w1), w2), and gradient descent on its error."""

from nnmaths.checks import check_numbers, check_positive


# --8<-- [start:forward]
def forward(
    x: float, w1: float, w2: float, b1: float, b2: float
) -> tuple[float, float]:
    """Return z = f(x, w1) = x w1 + b1 and L = g(z, w2) = z w2 + b2.

    >>> forward(2.0, 0.5, 1.5, 1.0, 0.5)
    (2.0, 3.5)
    """
    check_numbers(x=x, w1=w1, w2=w2, b1=b1, b2=b2)
    z = x * w1 + b1
    L = z * w2 + b2
    return z, L
    # --8<-- [end:forward]


# --8<-- [start:error]
def error(L: float, target: float) -> float:
    """Return E = (L - target)^2 / 2.

    >>> error(3.5, 5.0)
    1.125
    """
    check_numbers(L=L, target=target)
    return (L - target) ** 2 / 2
    # --8<-- [end:error]


# --8<-- [start:error_gradient]
def error_gradient(
    x: float, w1: float, w2: float, b1: float, b2: float, target: float
) -> tuple[float, float]:
    """Return dE/dw1 = (L - target) w2 x and dE/dw2 = (L - target) z, by the chain rule.

    dE/dL = L - target; dL/dz = w2 and dz/dw1 = x; dL/dw2 = z.

    >>> error_gradient(2.0, 0.5, 1.5, 1.0, 0.5, 5.0)
    (-4.5, -3.0)
    """
    check_numbers(x=x, w1=w1, w2=w2, b1=b1, b2=b2, target=target)
    z, L = forward(x, w1, w2, b1, b2)
    dE_dL = L - target
    return dE_dL * w2 * x, dE_dL * z
    # --8<-- [end:error_gradient]


# --8<-- [start:descent_step]
def descent_step(
    x: float,
    w1: float,
    w2: float,
    b1: float,
    b2: float,
    target: float,
    learning_rate: float,
) -> tuple[float, float]:
    """Return w1 and w2 after one step of gradient descent on E, with eta = ``learning_rate``.

    >>> descent_step(2.0, 0.5, 1.5, 1.0, 0.5, 5.0, 0.1)
    (0.95, 1.8)
    """
    check_numbers(x=x, w1=w1, w2=w2, b1=b1, b2=b2, target=target)
    check_positive("learning_rate", learning_rate)
    dE_dw1, dE_dw2 = error_gradient(x, w1, w2, b1, b2, target)
    return w1 - learning_rate * dE_dw1, w2 - learning_rate * dE_dw2
    # --8<-- [end:descent_step]
