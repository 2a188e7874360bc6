"""The separators with the largest margin: in the space (1, x), and in the plane of x."""

import numpy as np

from nnmaths.ch02.nonseparable import check_labels
from nnmaths.checks import check_positive, checked
from nnmaths.perceptron_training import checked_examples


# --8<-- [start:max_margin]
def max_margin(
    x: np.ndarray, y: np.ndarray, bias_in_norm: bool = True
) -> tuple[np.ndarray, float]:
    """Return (w, b) with the largest margin: the smallest norm with y_i (x_i @ w + b) >= 1.

    The norm is ||(b, w)|| when ``bias_in_norm`` (Novikoff's gamma, in the space
    of (1, x)), and ||w|| otherwise (the distance in the plane of x, the
    support vector machine's margin). The margin is then 1 / that norm.

    >>> w, b = max_margin(np.array([[2.0, 0.0], [-2.0, 0.0]]), np.array([1.0, -1.0]))
    >>> w.round(6) + 0.0, round(b, 6) + 0.0
    (array([0.5, 0. ]), 0.0)
    >>> w, b = max_margin(np.array([[3.0], [1.0]]), np.array([1.0, -1.0]), False)
    >>> w.round(6) + 0.0, round(b, 6) + 0.0
    (array([1.]), -2.0)
    """
    from scipy.optimize import minimize  # only this function needs scipy

    x, y = checked_examples(x, y)
    z = y[:, None] * np.hstack([np.ones((len(y), 1)), x])  # y_i (1, x_i)
    keep = np.ones(z.shape[1])  # which entries of u = (b, w) the norm counts
    keep[0] = 1.0 if bias_in_norm else 0.0
    result = minimize(
        lambda u: (keep * u) @ u,
        np.zeros(z.shape[1]),
        jac=lambda u: 2 * keep * u,
        constraints=[
            {"type": "ineq", "fun": lambda u: z @ u - 1, "jac": lambda u: z}
        ],
        method="SLSQP",
        options={"ftol": 1e-12, "maxiter": 1000},
    )
    if not result.success:
        raise ValueError(
            f"x, y: expected examples a line separates, got none ({result.message})"
        )
    return result.x[1:], float(result.x[0])
    # --8<-- [end:max_margin]


# --8<-- [start:distance_margin]
def distance_margin(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, b: float
) -> float:
    """rho = min_i y_i (x_i @ w + b) / ||w||: how far the closest example is from the line.

    The distance in the plane of x (Chapter 1's signed distance, times the
    label); Novikoff's gamma divides by ||(b, w)|| instead.

    >>> distance_margin(np.array([[3.0], [1.0]]), np.array([1.0, -1.0]), np.array([1.0]), -2.0)
    1.0
    """
    x = checked("x", x, (None, None))
    y = checked("y", y, (x.shape[0],))
    check_labels(y)
    w = checked("w", w, (x.shape[1],))
    check_positive("the length of w", float(np.sqrt(w @ w)))
    return float(np.min(y * (x @ w + b)) / np.sqrt(w @ w))
    # --8<-- [end:distance_margin]
