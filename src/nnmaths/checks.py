"""Input checks shared by the public functions.

Each check raises ``ValueError`` with a message that names the argument,
what was expected and what came, so a reader who passes the wrong thing
learns how to fix it without reading a traceback into numpy.
"""

from typing import Any

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


# --8<-- [start:check_finite]
def check_finite(name: str, value: Any) -> None:
    """Raise ``ValueError`` unless ``value`` is numbers, of any shape, all finite.

    >>> check_finite("z", [[0.0, 2.5]])
    >>> check_finite("z", [0.0, float("nan")])
    Traceback (most recent call last):
    ValueError: z: expected finite numbers, got NaN or inf in [0.0, nan]
    """
    try:
        shape = np.shape(value)
    except ValueError:  # a ragged list: checked names what came
        shape = ()
    checked(name, value, shape)
    # --8<-- [end:check_finite]


# --8<-- [start:check_numbers]
def check_numbers(**values: object) -> None:
    """Raise ``ValueError`` unless every value is one finite real number.

    Each keyword is the argument's name: ``check_numbers(b=b)``.

    >>> check_numbers(w1=0.5, b1=np.float64(1.0))
    >>> check_numbers(w1=0.5, b1=[1.0])
    Traceback (most recent call last):
    ValueError: b1: expected one finite number, got [1.0]
    """
    for name, value in values.items():
        if isinstance(value, np.ndarray) and value.ndim == 0:
            value = value[()]  # a 0-d array holds one number
        if (
            isinstance(value, (int, float, np.integer, np.floating))
            and not isinstance(value, bool)
            and np.isfinite(value)
        ):
            continue
        shown = value.item() if isinstance(value, np.generic) else value
        raise ValueError(f"{name}: expected one finite number, got {shown!r}")
    # --8<-- [end:check_numbers]


# --8<-- [start:check_not_negative]
def check_count(name: str, value: object) -> None:
    """Raise ``ValueError`` unless ``value`` is a whole number at or above 0.

    >>> check_count("steps", 0)
    >>> check_count("steps", 2.5)
    Traceback (most recent call last):
    ValueError: steps must be a whole number at or above 0, got 2.5
    """
    if not isinstance(value, (int, np.integer)) or value < 0:
        raise ValueError(
            f"{name} must be a whole number at or above 0, got {value!r}"
        )


def check_not_negative(name: str, value: float) -> None:
    """Raise ``ValueError`` unless ``value`` is a finite number at or above 0.

    >>> check_not_negative("noise", 0.0)
    >>> check_not_negative("noise", -0.1)
    Traceback (most recent call last):
    ValueError: noise: expected a number >= 0, got -0.1
    """
    check_numbers(**{name: value})
    if value < 0:
        raise ValueError(f"{name}: expected a number >= 0, got {value!r}")
    # --8<-- [end:check_not_negative]


# --8<-- [start:check_labels]
def check_labels(name: str, y: object, values: tuple[float, ...]) -> None:
    """Raise ``ValueError`` unless every entry of ``y`` is one of ``values``.

    >>> check_labels("y", [1.0, -1.0], (-1, 1))
    >>> check_labels("y", [1.0, 0.0], (-1, 1))
    Traceback (most recent call last):
    ValueError: y: expected labels -1 or +1, got 0.0 at position 1
    """
    y = np.asarray(y, dtype=float)
    signed = min(values) < 0
    wanted = " or ".join(
        f"{v:+g}" if signed and v else f"{v:g}" for v in values
    )
    outside = np.flatnonzero(~np.isin(y, values))
    if outside.size:
        i = outside[0]
        raise ValueError(
            f"{name}: expected labels {wanted}, got {float(y.flat[i])!r} "
            f"at position {i}"
        )
    # --8<-- [end:check_labels]


# --8<-- [start:check_nonzero]
def check_nonzero(name: str, v: object) -> None:
    """Raise ``ValueError`` if every entry of ``v`` is zero: it has no direction.

    >>> check_nonzero("w", [0.0, 2.0])
    >>> check_nonzero("w", [0.0, 0.0])
    Traceback (most recent call last):
    ValueError: w: expected a nonzero vector, got [0.0, 0.0]
    """
    a = np.asarray(v, dtype=float)
    if not np.any(a):
        raise ValueError(
            f"{name}: expected a nonzero vector, got {a.tolist()}"
        )
    # --8<-- [end:check_nonzero]


# --8<-- [start:check_sizes]
def check_sizes(
    name: str, sizes: Any, least: int = 1, most: int | None = None
) -> None:
    """Raise ``ValueError`` unless ``sizes`` lists ``least`` to ``most`` whole numbers >= 1.

    >>> check_sizes("widths", (4, 3, 1))
    >>> check_sizes("widths", ())
    Traceback (most recent call last):
    ValueError: widths: expected at least 1 size, got ()
    >>> check_sizes("sizes", (3, 4), least=3, most=3)
    Traceback (most recent call last):
    ValueError: sizes: expected 3 sizes, got (3, 4)
    >>> check_sizes("sizes", (3, 0))
    Traceback (most recent call last):
    ValueError: sizes[1] must be a positive whole number, got 0
    """
    n = len(sizes) if isinstance(sizes, (list, tuple, np.ndarray)) else -1
    if n < least or (most is not None and n > most):
        if most is None:
            count = f"at least {least}"
        elif least == most:
            count = str(least)
        else:
            count = f"{least} to {most}"
        plural = "" if count == "1" or count == "at least 1" else "s"
        raise ValueError(
            f"{name}: expected {count} size{plural}, got {sizes!r}"
        )
    for i, size in enumerate(sizes):
        check_positive(f"{name}[{i}]", size, whole=True)
    # --8<-- [end:check_sizes]


# --8<-- [start:check_symmetric]
def check_symmetric(name: str, H: object) -> None:
    """Raise ``ValueError`` unless ``H`` is a square, symmetric matrix of finite numbers.

    >>> check_symmetric("H", [[2.0, 1.0], [1.0, 3.0]])
    >>> check_symmetric("H", [[2.0, 1.0], [0.0, 3.0]])
    Traceback (most recent call last):
    ValueError: H: expected a symmetric matrix, got [[2.0, 1.0], [0.0, 3.0]]
    """
    a = checked(name, H, (None, None))
    if a.shape[0] != a.shape[1]:
        raise ValueError(
            f"{name}: expected a square matrix, got shape {a.shape}"
        )
    if not np.allclose(a, a.T, rtol=1e-12, atol=0.0):
        raise ValueError(
            f"{name}: expected a symmetric matrix, got {a.tolist()}"
        )
    # --8<-- [end:check_symmetric]


# --8<-- [start:check_indices]
def check_indices(name: str, order: object, m: int) -> None:
    """Raise ``ValueError`` unless ``order`` is a 1-D array of indices 0..m-1.

    >>> check_indices("order", np.array([2, 0, 1]), 3)
    >>> check_indices("order", np.array([0, 3]), 3)
    Traceback (most recent call last):
    ValueError: order: expected indices 0..2, got 3 at position 1
    """
    a = np.asarray(order)
    if a.ndim != 1 or (a.size and a.dtype.kind not in "iu"):
        raise ValueError(
            f"{name}: expected a 1-D array of whole numbers, "
            f"got dtype {a.dtype} with shape {a.shape}"
        )
    outside = np.flatnonzero((a < 0) | (a >= m))
    if outside.size:
        i = outside[0]
        raise ValueError(
            f"{name}: expected indices 0..{m - 1}, got {a[i]} at position {i}"
        )
    # --8<-- [end:check_indices]


# --8<-- [start:check_nonzero_rows]
def check_nonzero_rows(name: str, rows: object) -> None:
    """Raise ``ValueError`` if a row of the matrix ``rows`` is all zeros.

    >>> check_nonzero_rows("w", [[1.0, 0.0], [0.0, 0.0]])
    Traceback (most recent call last):
    ValueError: w: expected no row of zeros, got [0.0, 0.0] in row 1
    """
    a = np.asarray(rows, dtype=float)
    zero = np.flatnonzero(~np.any(a, axis=1))
    if zero.size:
        i = zero[0]
        raise ValueError(
            f"{name}: expected no row of zeros, got {a[i].tolist()} in row {i}"
        )
    # --8<-- [end:check_nonzero_rows]


# --8<-- [start:check_fraction]
def check_fraction(name: str, value: float) -> None:
    """Raise ``ValueError`` unless ``value`` is a number strictly between 0 and 1.

    >>> check_fraction("test_size", 0.25)
    >>> check_fraction("test_size", 1.5)
    Traceback (most recent call last):
    ValueError: test_size: expected a number between 0 and 1, got 1.5
    """
    check_numbers(**{name: value})
    if not 0 < value < 1:
        raise ValueError(
            f"{name}: expected a number between 0 and 1, got {value!r}"
        )
    # --8<-- [end:check_fraction]
