import numpy as np
import pytest

from nnmaths.checks import checked


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
