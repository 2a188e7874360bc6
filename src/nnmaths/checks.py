"""Input checks shared by the public functions.

Each check raises ``ValueError`` with a message that names the argument,
what was expected and what came, so a reader who passes the wrong thing
learns how to fix it without reading a traceback into numpy.
"""

import numpy as np


# --8<-- [start:checked]
def checked(
    name: str, value: object, shape: tuple[int | None, ...]
) -> np.ndarray:
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
        raise ValueError(
            f"{name}: expected an array of numbers, got {value!r}"
        ) from None
    sizes = ", ".join("any" if size is None else str(size) for size in shape)
    wanted = f"({sizes},)" if len(shape) == 1 else f"({sizes})"
    fits = a.ndim == len(shape) and all(
        size == n if size is not None else n > 0
        for size, n in zip(shape, a.shape)
    )
    if not fits:
        raise ValueError(
            f"{name}: expected shape {wanted}, got shape {a.shape}"
        )
    if not np.isfinite(a).all():
        raise ValueError(
            f"{name}: expected finite numbers, got NaN or inf in {a.tolist()}"
        )
    return a
    # --8<-- [end:checked]


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
    kinds = (
        (int, np.integer) if whole else (int, float, np.integer, np.floating)
    )
    if not (isinstance(value, kinds) and np.isfinite(value) and value > 0):
        kind = "a positive whole number" if whole else "a positive number"
        raise ValueError(f"{name} must be {kind}, got {value!r}")
    # --8<-- [end:check_positive]
