"""The Jacobian of a vector function, estimated by finite differences."""

# --8<-- [start:imports]
from collections.abc import Callable

# --8<-- [end:imports]
import numpy as np

from nnmaths.checks import checked


# --8<-- [start:numerical_jacobian]
def numerical_jacobian(
    f: Callable[[np.ndarray], np.ndarray], x: np.ndarray, eps: float = 1e-6
) -> np.ndarray:
    """Estimate the Jacobian J[j, k] = df_j/dx_k of ``f`` at ``x``, one column at a time.

    Column k is (f(x + eps e_k) - f(x - eps e_k)) / (2 eps), where e_k is 1 in
    entry k and 0 elsewhere.

    ``x`` is a vector of n entries and ``f`` returns a vector of m entries, so
    J is (m, n): row j is the gradient of output j, column k is how every
    output responds to input k.

    >>> J = numerical_jacobian(lambda x: np.array([x[0] * x[1], 3 * x[0]]), np.array([2.0, 5.0]))
    >>> print(J.round(6))
    [[5. 2.]
     [3. 0.]]
    """
    x = checked("x", x, (None,))
    columns = []
    for k in range(x.size):
        nudge = np.zeros_like(x)
        nudge[k] = eps
        f_plus, f_minus = (
            checked("f(x)", f(x + nudge), (None,)),
            checked("f(x)", f(x - nudge), (None,)),
        )
        columns.append((f_plus - f_minus) / (2 * eps))  # (m,): how each output moves with x_k
    return np.stack(columns, axis=1)  # (m, n)
    # --8<-- [end:numerical_jacobian]
