import numpy as np
import pytest

from nnmaths.ch08 import exercises


@pytest.mark.parametrize("c", [-50.0, 3.0, 700.0])
def test_exercise_1_adding_a_constant_to_every_logit_changes_nothing(c):
    z = np.array([[2.0, 1.0, 0.1], [0.0, -3.0, 5.0]])
    assert (
        exercises.exercise_1(z, c) < 1e-12
    )  # z + 700 rounds z to about 1e-13


def test_exercise_2_uniform_probabilities_cost_log_K():
    loss, log_K = exercises.exercise_2(10)
    assert loss == pytest.approx(log_K, rel=1e-15)
    assert round(log_K, 3) == 2.303


@pytest.mark.parametrize(("t", "y"), [(-3.0, 1.0), (0.5, 0.0), (2.0, 1.0)])
def test_exercise_3_two_classes_are_a_sigmoid_with_gradient_sigma_minus_y(
    t, y
):
    p_2, sigma, gap = exercises.exercise_3(t, y)
    assert p_2 == pytest.approx(sigma, rel=1e-14)
    assert abs(gap) < 1e-15


def test_exercise_4_smoothed_labels_keep_the_gradient_p_minus_y():
    assert exercises.exercise_4() < 1e-7
