"""The digits split: a share held out that is not between 0 and 1 is named."""

import pytest

from nnmaths.digits import load_split, validation_split


@pytest.mark.parametrize("test_size", [0.0, 1.0, -0.25, float("nan")])
def test_load_split_names_a_share_outside_zero_to_one(test_size):
    with pytest.raises(ValueError, match=r"test_size: expected"):
        load_split(test_size=test_size)


def test_validation_split_names_a_share_outside_zero_to_one():
    with pytest.raises(
        ValueError,
        match=r"size: expected a number between 0 and 1, got 1.5",
    ):
        validation_split(load_split(), size=1.5)
