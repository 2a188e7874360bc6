"""Input checks shared by the public functions.

Each check raises ``ValueError`` with a message that names the argument,
what was expected and what came, so a reader who passes the wrong thing
learns how to fix it without reading a traceback into numpy.
"""

import numpy as np


# --8<-- [start:checked]
def checked(name: str, value: object, shape: tuple[int | None, ...]) -> np.ndarray:
    """Return ``value`` as a finite float array of ``shape``, or raise ``ValueError``.

    An entry ``None`` in ``shape`` accepts any size of at least one; every
    other entry must match exactly. This is the one input check of the package.

    >>> checked("x", [[0, 1], [1, 1]], (None, 2)).shape
    (2, 2)
    >>> checked("x", [0, 1], (None, 2))
    Traceback (most recent call last):
    ValueError: x: expected shape (any, 2), got shape (2,)
    >>> checked("w", [1.0, float("nan")], (2,))
    Traceback (most recent call last):
    ValueError: w: expected finite numbers, got NaN or inf in [1.0, nan]
    """
    try:
        a = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name}: expected an array of numbers, got {value!r}") from None
    sizes = ", ".join("any" if size is None else str(size) for size in shape)
    wanted = f"({sizes},)" if len(shape) == 1 else f"({sizes})"
    fits = a.ndim == len(shape) and all(
        size == n if size is not None else n > 0 for size, n in zip(shape, a.shape)
    )
    if not fits:
        raise ValueError(f"{name}: expected shape {wanted}, got shape {a.shape}")
    if not np.isfinite(a).all():
        raise ValueError(f"{name}: expected finite numbers, got NaN or inf in {a.tolist()}")
    return a
    # --8<-- [end:checked]


# --8<-- [start:check_finite]
def check_finite(name: str, a: np.ndarray) -> None:
    """Raise ``ValueError`` if the array ``a`` holds NaN or an infinity.

    >>> check_finite("x", np.array([1.0, np.nan]))
    Traceback (most recent call last):
    ValueError: x must hold finite numbers only, got NaN or inf in [1.0, nan]
    """
    if not np.isfinite(a).all():
        raise ValueError(f"{name} must hold finite numbers only, got NaN or inf in {a.tolist()}")
    # --8<-- [end:check_finite]


# --8<-- [start:as_matrix]
def as_matrix(name: str, value: object, columns: int | None = None) -> np.ndarray:
    """Return ``value`` as a finite 2-D float array of shape ``(rows, columns)``.

    >>> as_matrix("x", [[0, 1]]).shape
    (1, 2)
    >>> as_matrix("x", [0, 1])
    Traceback (most recent call last):
    ValueError: x must be a 2-D array (one example per row), got 1-D with shape (2,)
    """
    a = np.asarray(value, dtype=float)
    if a.ndim != 2:
        raise ValueError(
            f"{name} must be a 2-D array (one example per row), got {a.ndim}-D with shape {a.shape}"
        )
    if a.shape[0] == 0:
        raise ValueError(f"{name} must have at least one row, got shape {a.shape}")
    if columns is not None and a.shape[1] != columns:
        raise ValueError(f"{name} must have {columns} columns, got {a.shape[1]} (shape {a.shape})")
    check_finite(name, a)
    return a
    # --8<-- [end:as_matrix]


# --8<-- [start:check_rows]
def check_rows(name: str, a: np.ndarray, rows: int, why: str) -> None:
    """Raise ``ValueError`` unless the matrix ``a`` has ``rows`` rows.

    >>> check_rows("y", np.zeros((3, 1)), 4, "one per example in x")
    Traceback (most recent call last):
    ValueError: y must have 4 rows (one per example in x), got 3 (shape (3, 1))
    """
    if a.shape[0] != rows:
        raise ValueError(
            f"{name} must have {rows} rows ({why}), got {a.shape[0]} (shape {a.shape})"
        )
    # --8<-- [end:check_rows]


# --8<-- [start:check_positive]
def check_positive(name: str, value: float, whole: bool = False) -> None:
    """Raise ``ValueError`` unless ``value`` is above zero (and whole, if asked).

    >>> check_positive("learning_rate", 0)
    Traceback (most recent call last):
    ValueError: learning_rate must be a positive number, got 0
    >>> check_positive("iterations", 2.5, whole=True)
    Traceback (most recent call last):
    ValueError: iterations must be a positive whole number, got 2.5
    """
    kinds = (int, np.integer) if whole else (int, float, np.integer, np.floating)
    if not (isinstance(value, kinds) and np.isfinite(value) and value > 0):
        kind = "a positive whole number" if whole else "a positive number"
        raise ValueError(f"{name} must be {kind}, got {value!r}")
    # --8<-- [end:check_positive]


# --8<-- [start:check_shape]
def check_shape(name: str, a: np.ndarray, shape: tuple[int, ...], why: str) -> None:
    """Raise ``ValueError`` unless the array ``a`` has exactly the shape ``shape``.

    >>> check_shape("b2", np.zeros((2, 1)), (1, 2), "one row, one bias per unit")
    Traceback (most recent call last):
    ValueError: b2 must have shape (1, 2) (one row, one bias per unit), got (2, 1)
    """
    if a.shape != shape:
        raise ValueError(f"{name} must have shape {shape} ({why}), got {a.shape}")
    # --8<-- [end:check_shape]


# --8<-- [start:as_vector]
def as_vector(name: str, value: object) -> np.ndarray:
    """Return ``value`` as a finite, non-empty 1-D float array.

    >>> as_vector("x", [[0.0, 1.0]])
    Traceback (most recent call last):
    ValueError: x must be a 1-D array (a vector), got 2-D with shape (1, 2)
    """
    a = np.asarray(value, dtype=float)
    if a.ndim != 1:
        raise ValueError(
            f"{name} must be a 1-D array (a vector), got {a.ndim}-D with shape {a.shape}"
        )
    if a.size == 0:
        raise ValueError(f"{name} must have at least one entry, got shape {a.shape}")
    check_finite(name, a)
    return a
    # --8<-- [end:as_vector]
