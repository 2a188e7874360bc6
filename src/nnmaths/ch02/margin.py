"""The separator with the largest margin, the best gamma for Novikoff's bound."""

import numpy as np


# --8<-- [start:max_margin]
def max_margin(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Return (w, b) with the largest margin: minimize b^2 + w @ w with y_i (x_i @ w + b) >= 1.

    Its margin is then 1 / ||(b, w)||. The bias sits in the norm, as it does in
    Novikoff's bound, where it is the weight of the input x0 = 1.

    >>> w, b = max_margin(np.array([[2.0, 0.0], [-2.0, 0.0]]), np.array([1.0, -1.0]))
    >>> w.round(6) + 0.0, round(b, 6) + 0.0
    (array([0.5, 0. ]), 0.0)
    """
    from scipy.optimize import minimize  # only this function needs scipy

    z = y[:, None] * np.hstack(
        [np.ones((len(y), 1)), x]
    )  # rows y_i (1, x_i): (m, n + 1)
    result = minimize(
        lambda u: u @ u,
        np.zeros(z.shape[1]),
        jac=lambda u: 2 * u,
        constraints=[
            {"type": "ineq", "fun": lambda u: z @ u - 1, "jac": lambda u: z}
        ],
        method="SLSQP",
        options={"ftol": 1e-12, "maxiter": 1000},
    )
    if not result.success:
        raise RuntimeError(
            f"max_margin: no separator found ({result.message})"
        )
    return result.x[1:], float(result.x[0])
    # --8<-- [end:max_margin]
