import numpy as np
import pytest

from nnmaths.checks import (
    check_finite,
    check_fraction,
    check_indices,
    check_labels,
    check_nonzero,
    check_nonzero_rows,
    check_not_negative,
    check_numbers,
    check_sizes,
    check_symmetric,
    checked,
)


def test_checked_returns_a_float_array_of_the_asked_shape():
    a = checked("x", [[1, 2, 3]], (None, 3))
    assert a.dtype == float
    assert a.shape == (1, 3)


@pytest.mark.parametrize(
    ("value", "shape", "message"),
    [
        (
            [[1, 2]],
            (None, 3),
            r"x: expected shape \(any, 3\), got shape \(1, 2\)",
        ),
        (
            np.zeros((0, 3)),
            (None, 3),
            r"x: expected shape \(any, 3\), got shape \(0, 3\)",
        ),
        ([1, 2, 3], (3, 1), r"x: expected shape \(3, 1\), got shape \(3,\)"),
        (
            [[1, 2], [3]],
            (None, 2),
            r"x: expected an array of numbers, got \[\[1, 2\], \[3\]\]",
        ),
        (
            [np.inf, 0.0],
            (2,),
            r"x: expected finite numbers, got NaN or inf in \[inf, 0.0\]",
        ),
    ],
)
def test_checked_names_what_was_expected_and_what_came(value, shape, message):
    with pytest.raises(ValueError, match=message):
        checked("x", value, shape)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: check_finite("z", [[1.0], [float("inf")]]),
            r"z: expected finite numbers, got NaN or inf in \[\[1.0\], \[inf\]\]",
        ),
        (
            lambda: check_finite("z", [[1.0], [2.0, 3.0]]),
            r"z: expected an array of numbers, got \[\[1.0\], \[2.0, 3.0\]\]",
        ),
        (
            lambda: check_numbers(b=np.float64("nan")),
            r"b: expected one finite number, got nan",
        ),
        (
            lambda: check_numbers(b=True),
            r"b: expected one finite number, got True",
        ),
        (
            lambda: check_numbers(b=np.ones(2)),
            r"b: expected one finite number, got array",
        ),
        (
            lambda: check_not_negative("noise", -1e-3),
            r"noise: expected a number >= 0, got -0.001",
        ),
        (
            lambda: check_labels("y", np.array([1.0, -1.0, 0.0]), (-1, 1)),
            r"y: expected labels -1 or \+1, got 0.0 at position 2",
        ),
        (
            lambda: check_labels("y", np.array([1.0, np.nan]), (0, 1)),
            r"y: expected labels 0 or 1, got nan at position 1",
        ),
        (
            lambda: check_nonzero("w", np.zeros(3)),
            r"w: expected a nonzero vector, got \[0.0, 0.0, 0.0\]",
        ),
        (
            lambda: check_nonzero_rows(
                "w", np.array([[1.0, 0.0], [0.0, 0.0]])
            ),
            r"w: expected no row of zeros, got \[0.0, 0.0\] in row 1",
        ),
        (
            lambda: check_sizes("widths", ()),
            r"widths: expected at least 1 size, got \(\)",
        ),
        (
            lambda: check_sizes("widths", 3),
            r"widths: expected at least 1 size, got 3",
        ),
        (
            lambda: check_sizes("sizes", (3, 4, 1, 2), least=2, most=3),
            r"sizes: expected 2 to 3 sizes, got \(3, 4, 1, 2\)",
        ),
        (
            lambda: check_sizes("sizes", (3, 4.0)),
            r"sizes\[1\] must be a positive whole number, got 4.0",
        ),
        (
            lambda: check_symmetric("H", np.ones((2, 3))),
            r"H: expected a square matrix, got shape \(2, 3\)",
        ),
        (
            lambda: check_symmetric("H", np.array([[1.0, 2.0], [3.0, 1.0]])),
            r"H: expected a symmetric matrix, got \[\[1.0, 2.0\], \[3.0, 1.0\]\]",
        ),
        (
            lambda: check_indices("order", np.array([0, -1]), 2),
            r"order: expected indices 0..1, got -1 at position 1",
        ),
        (
            lambda: check_indices("order", np.array([[0, 1]]), 2),
            r"order: expected a 1-D array of whole numbers, got dtype int",
        ),
        (
            lambda: check_fraction("test_size", 0),
            r"test_size: expected a number between 0 and 1, got 0",
        ),
    ],
)
def test_each_check_names_the_argument_and_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_the_checks_pass_good_input_without_a_word():
    check_finite("z", np.float64(2.0))
    check_numbers(a=1, b=0.5, c=np.int64(3), d=np.array(2.0))
    check_not_negative("noise", 0)
    check_labels("y", [0, 1, 1], (0, 1))
    check_nonzero("w", [0.0, -1e-300])
    check_sizes("sizes", [3, 4, 1], least=3, most=3)
    check_symmetric("H", np.eye(3))
    check_indices("order", np.array([], dtype=int), 0)
    check_fraction("test_size", 0.5)
