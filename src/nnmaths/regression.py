"""Linear regression with the mean squared error: the model, its cost, the cost's gradient."""

# --8<-- [start:imports]
import numpy as np

# --8<-- [end:imports]
from nnmaths.checks import (
    check_not_negative,
    check_numbers,
    check_positive,
    checked,
)


# --8<-- [start:synthetic_data]
def synthetic_data(
    rng: np.random.Generator, m: int, w: np.ndarray, b: float, noise: float
) -> tuple[np.ndarray, np.ndarray]:
    """Draw m examples y = X w + b + noise, with features of different scales.

    Column j of X has spread j + 1, so the cost is a stretched bowl, not a round one.
    Returns X (m, n) and y (m,).

    >>> X, y = synthetic_data(np.random.default_rng(0), 5, np.array([1.0, 2.0]), 0.5, 0.1)
    >>> X.shape, y.shape
    ((5, 2), (5,))
    """
    check_positive("m", m, whole=True)
    w = checked("w", w, (None,))
    check_numbers(b=b)
    check_not_negative("noise", noise)
    X = rng.normal(size=(m, len(w))) * np.arange(1, len(w) + 1)  # (m, n)
    y = X @ w + b + noise * rng.normal(size=m)  # (m, n) @ (n,) -> (m,)
    return X, y
    # --8<-- [end:synthetic_data]


# --8<-- [start:predict]
def predict(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """Return y_hat = X w + b, one prediction per row of X: (m, n) @ (n,) -> (m,).

    >>> predict(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([1.0, -1.0]), 0.5)
    array([-0.5, -0.5])
    """
    X = checked("X", X, (None, None))
    w = checked("w", w, (X.shape[1],))
    check_numbers(b=b)
    return X @ w + b
    # --8<-- [end:predict]


# --8<-- [start:mse]
def mse(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> float:
    """Return C = 1/(2m) * sum_i (y_hat_i - y_i)^2, half the mean squared error.

    >>> mse(np.array([[1.0], [2.0]]), np.array([1.0, 1.0]), np.array([1.0]), 0.0)
    0.25
    """
    X = checked("X", X, (None, None))
    y = checked("y", y, (len(X),))
    w = checked("w", w, (X.shape[1],))
    check_numbers(b=b)
    error = predict(X, w, b) - y  # (m,)
    return float(error @ error / (2 * len(y)))
    # --8<-- [end:mse]


# --8<-- [start:mse_gradient]
def mse_gradient(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float
) -> tuple[np.ndarray, float]:
    """Return dC/dw = X^T (y_hat - y) / m, shape (n,), and dC/db = mean(y_hat - y).

    >>> mse_gradient(np.array([[1.0], [2.0]]), np.array([1.0, 1.0]), np.array([1.0]), 0.0)
    (array([1.]), 0.5)
    """
    X = checked("X", X, (None, None))
    y = checked("y", y, (len(X),))
    w = checked("w", w, (X.shape[1],))
    check_numbers(b=b)
    error = predict(X, w, b) - y  # (m,)
    dC_dw = X.T @ error / len(y)  # (n, m) @ (m,) -> (n,)
    dC_db = float(error.mean())
    return dC_dw, dC_db
    # --8<-- [end:mse_gradient]


# --8<-- [start:mse_hessian]
def mse_hessian(X: np.ndarray) -> np.ndarray:
    """Return the Hessian of C in (w, b): A^T A / m with A = [X 1], shape (n + 1, n + 1).

    C is quadratic in (w, b), so the Hessian is the same at every point and holds no y.

    >>> mse_hessian(np.array([[1.0], [3.0]]))
    array([[5., 2.],
           [2., 1.]])
    """
    X = checked("X", X, (None, None))
    A = np.column_stack(
        [X, np.ones(len(X))]
    )  # (m, n + 1): the bias is a weight on 1
    return A.T @ A / len(X)  # (n + 1, m) @ (m, n + 1) -> (n + 1, n + 1)
    # --8<-- [end:mse_hessian]


# --8<-- [start:least_squares]
def least_squares(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Return the (w, b) of smallest C in closed form, from numpy's least-squares solver.

    >>> w, b = least_squares(np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0]))
    >>> print(w.round(6), round(b, 6))
    [2.] 1.0
    """
    X = checked("X", X, (None, None))
    y = checked("y", y, (len(X),))
    A = np.column_stack([X, np.ones(len(X))])  # (m, n + 1)
    solution = np.linalg.lstsq(A, y, rcond=None)[0]  # (n + 1,)
    return solution[:-1], float(solution[-1])
    # --8<-- [end:least_squares]
