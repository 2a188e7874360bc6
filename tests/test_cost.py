import re

import numpy as np
import pytest

from nnmaths.cost import cost


def test_cost_is_half_the_sum_of_squares():
    y = np.array([[0.0], [1.0], [1.0]])
    a2 = np.array([[0.5], [0.0], [1.0]])
    assert cost(y, a2) == pytest.approx(0.5 * (0.25 + 1.0))


def test_cost_is_zero_only_at_the_targets():
    y = np.array([[0.0], [1.0]])
    assert cost(y, y.copy()) == 0.0
    assert cost(y, y + 1e-3) > 0.0


def test_cost_rejects_targets_with_a_different_row_count():
    with pytest.raises(
        ValueError,
        match=re.escape("y: expected shape (2, 1), got shape (3, 1)"),
    ):
        cost(np.zeros((3, 1)), np.zeros((2, 1)))


def test_a2_that_is_not_a_matrix_is_named():
    with pytest.raises(
        ValueError, match=r"a2: expected shape \(any, any\), got shape \(2,\)"
    ):
        cost([0.0, 1.0], np.array([0.5, 1.0]))
