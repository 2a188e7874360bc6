import numpy as np
import pytest

from nnmaths.perceptron import decide, step


def test_step_is_one_from_zero_up_and_zero_below():
    z = np.array([-2.0, -1e-12, 0.0, 1e-12, 3.0])
    np.testing.assert_array_equal(step(z), [0.0, 0.0, 1.0, 1.0, 1.0])


def test_step_sends_the_boundary_to_one():
    assert step(np.float64(0.0)) == 1.0
    assert step(np.float64(-0.0)) == 1.0


@pytest.mark.parametrize("shape", [(5,), (2, 3), (1, 1)])
def test_step_keeps_the_shape(shape):
    assert step(np.zeros(shape)).shape == shape


def test_decide_gives_one_output_per_row():
    x = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, -3.0]])
    out = decide(x, np.array([1.0, 1.0]), -1.0)
    assert out.shape == (3,)
    np.testing.assert_array_equal(out, [0.0, 1.0, 0.0])


def test_decide_on_one_example_gives_a_scalar():
    out = decide([2.0, 1.0], [1.0, -1.0], 0.0)
    assert np.ndim(out) == 0
    assert float(out) == 1.0


def test_decide_is_step_of_the_score():
    rng = np.random.default_rng(0)
    x, w, b = rng.normal(size=(50, 3)), rng.normal(size=3), 0.3
    np.testing.assert_array_equal(decide(x, w, b), np.where(x @ w + b >= 0, 1.0, 0.0))


def test_decide_agrees_row_by_row_with_one_example_at_a_time():
    rng = np.random.default_rng(1)
    x, w, b = rng.normal(size=(20, 4)), rng.normal(size=4), -0.2
    one_by_one = [float(decide(row, w, b)) for row in x]
    np.testing.assert_array_equal(decide(x, w, b), one_by_one)


def test_decide_puts_a_point_on_the_boundary_in_class_one():
    # 1 * 1 + 1 * 2 - 3 = 0 exactly
    assert float(decide([1.0, 2.0], [1.0, 1.0], -3.0)) == 1.0


@pytest.mark.parametrize(
    ("x", "w", "b", "message"),
    [
        ([[1.0, 2.0, 3.0]], [1.0, 1.0], 0.0, r"x: expected shape \(any, 2\), got shape \(1, 3\)"),
        ([1.0, 2.0, 3.0], [1.0, 1.0], 0.0, r"x: expected shape \(2,\), got shape \(3,\)"),
        ([[[1.0, 2.0]]], [1.0, 1.0], 0.0, r"x: expected shape \(any, 2\), got shape \(1, 1, 2\)"),
        ([1.0, 2.0], [[1.0, 1.0]], 0.0, r"w: expected shape \(any,\), got shape \(1, 2\)"),
        ([1.0, 2.0], [1.0, np.nan], 0.0, r"w: expected finite numbers"),
        ([1.0, 2.0], [1.0, 1.0], [0.0, 1.0], r"b: expected shape \(\), got shape \(2,\)"),
        ([1.0, 2.0], [1.0, 1.0], np.inf, r"b: expected finite numbers"),
        (["a", "b"], [1.0, 1.0], 0.0, r"x: expected an array of numbers"),
    ],
)
def test_decide_rejects_bad_input_naming_the_argument(x, w, b, message):
    with pytest.raises(ValueError, match=message):
        decide(x, w, b)
