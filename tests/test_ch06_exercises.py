import numpy as np
import pytest

from nnmaths.ch06 import exercises
from nnmaths.network import gradients


def test_exercise_1_shapes_follow_the_rule():
    assert exercises.exercise_1() == {
        "x": (10, 5),
        "W1": (5, 8),
        "z1": (10, 8),
        "W2": (8, 2),
        "a2": (10, 2),
    }


def test_exercise_2_mean_cost_with_rate_m_retraces_the_books_run():
    mean_run, book = exercises.exercise_2(iterations=50)
    np.testing.assert_allclose(mean_run, book, rtol=1e-12)


def test_exercise_3_learns_and():
    outputs = exercises.exercise_3().ravel()
    assert (np.round(outputs) == [0, 0, 0, 1]).all()


@pytest.mark.parametrize(
    ("x", "w1", "w2", "y"), [(1.0, 0.3, -0.7, 1.0), (-2.0, 1.5, 0.4, 0.0)]
)
def test_exercise_4_scalar_formulas_are_the_matrix_backward_pass_with_1x1_matrices(
    x, w1, w2, y
):
    dC_dW1, dC_dW2 = gradients(
        np.array([[x]]), np.array([[y]]), np.array([[w1]]), np.array([[w2]])
    )
    A, B = exercises.exercise_4(x, w1, w2, y)
    assert (A, B) == pytest.approx((dC_dW2[0, 0], dC_dW1[0, 0]), rel=1e-12)
