import numpy as np
import pytest

from nnmaths.perceptron import (
    boundary_direction,
    boundary_point,
    decide,
    signed_distance,
    step,
    with_bias_input,
)


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
    np.testing.assert_array_equal(
        decide(x, w, b), np.where(x @ w + b >= 0, 1.0, 0.0)
    )


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
        (
            [[1.0, 2.0, 3.0]],
            [1.0, 1.0],
            0.0,
            r"x: expected shape \(any, 2\), got shape \(1, 3\)",
        ),
        (
            [1.0, 2.0, 3.0],
            [1.0, 1.0],
            0.0,
            r"x: expected shape \(2,\), got shape \(3,\)",
        ),
        (
            [[[1.0, 2.0]]],
            [1.0, 1.0],
            0.0,
            r"x: expected shape \(any, 2\), got shape \(1, 1, 2\)",
        ),
        (
            [1.0, 2.0],
            [[1.0, 1.0]],
            0.0,
            r"w: expected shape \(any,\), got shape \(1, 2\)",
        ),
        ([1.0, 2.0], [1.0, np.nan], 0.0, r"w: expected finite numbers"),
        (
            [1.0, 2.0],
            [1.0, 1.0],
            [0.0, 1.0],
            r"b: expected one finite number, got \[0.0, 1.0\]",
        ),
        (
            [1.0, 2.0],
            [1.0, 1.0],
            np.inf,
            r"b: expected one finite number, got inf",
        ),
        (["a", "b"], [1.0, 1.0], 0.0, r"x: expected an array of numbers"),
    ],
)
def test_decide_rejects_bad_input_naming_the_argument(x, w, b, message):
    with pytest.raises(ValueError, match=message):
        decide(x, w, b)


def random_line(seed):
    rng = np.random.default_rng(seed)
    return rng.normal(size=2), float(rng.normal())


@pytest.mark.parametrize("seed", range(5))
def test_w_is_perpendicular_to_the_boundary(seed):
    w, b = random_line(seed)
    start = boundary_point(w, b)
    for t in [-3.0, 0.5, 2.0]:
        on_line = start + t * boundary_direction(w)
        assert on_line @ w + b == pytest.approx(
            0.0, abs=1e-12
        )  # still on the boundary
        assert (on_line - start) @ w == pytest.approx(
            0.0, abs=1e-12
        )  # w is normal to it


@pytest.mark.parametrize("seed", range(5))
def test_points_on_the_side_of_w_score_above_zero(seed):
    w, b = random_line(seed)
    unit = w / np.linalg.norm(w)
    start = boundary_point(w, b) + 0.7 * boundary_direction(w)
    ahead = np.array([start + s * unit for s in [1e-3, 0.5, 4.0]])
    behind = np.array([start - s * unit for s in [1e-3, 0.5, 4.0]])
    assert np.all(ahead @ w + b > 0)
    assert np.all(behind @ w + b < 0)
    np.testing.assert_array_equal(decide(ahead, w, b), 1.0)
    np.testing.assert_array_equal(decide(behind, w, b), 0.0)


def test_score_grows_by_the_length_of_w_per_unit_along_w():
    w, b = np.array([3.0, 4.0]), -2.0
    start = boundary_point(w, b)
    moved = start + 0.5 * w / 5.0
    assert moved @ w + b == pytest.approx(0.5 * 5.0)
    assert signed_distance(moved[None, :], w, b)[0] == pytest.approx(0.5)


def test_without_bias_the_boundary_passes_through_the_origin():
    np.testing.assert_array_equal(
        boundary_point(np.array([2.0, -1.0]), 0.0), [0.0, 0.0]
    )


def test_the_bias_shifts_the_boundary_along_w_by_minus_b_over_length():
    w, b = np.array([3.0, 4.0]), -2.0
    assert signed_distance(np.zeros((1, 2)), w, b)[0] == pytest.approx(b / 5.0)
    assert np.linalg.norm(boundary_point(w, b)) == pytest.approx(2.0 / 5.0)


def test_bias_as_an_input_of_one_gives_the_same_decisions():
    rng = np.random.default_rng(4)
    x, w, b = rng.normal(size=(40, 3)), rng.normal(size=3), 0.4
    x_aug, w_aug = with_bias_input(x), np.concatenate([[b], w])
    assert x_aug.shape == (40, 4)
    np.testing.assert_array_equal(x_aug[:, 0], 1.0)
    np.testing.assert_array_equal(decide(x_aug, w_aug, 0.0), decide(x, w, b))


def test_with_bias_input_on_one_example():
    np.testing.assert_array_equal(
        with_bias_input(np.array([2.0, 3.0])), [1.0, 2.0, 3.0]
    )


ZERO = np.zeros(2)
X = np.array([[1.0, 2.0], [3.0, 4.0]])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: step(np.array([0.5, np.nan])),
            r"z: expected finite numbers, got NaN or inf in \[0.5, nan\]",
        ),
        (
            lambda: boundary_point(ZERO, 1.0),
            r"w: expected a nonzero vector, got \[0.0, 0.0\]",
        ),
        (
            lambda: boundary_point(np.ones(2), np.nan),
            r"b: expected one finite number, got nan",
        ),
        (
            lambda: boundary_point(np.ones((1, 2)), 1.0),
            r"w: expected shape \(any,\), got shape \(1, 2\)",
        ),
        (
            lambda: boundary_direction(ZERO),
            r"w: expected a nonzero vector, got \[0.0, 0.0\]",
        ),
        (
            lambda: boundary_direction(np.ones(3)),
            r"w: expected shape \(2,\), got shape \(3,\)",
        ),
        (
            lambda: signed_distance(X, ZERO, 1.0),
            r"w: expected a nonzero vector, got \[0.0, 0.0\]",
        ),
        (
            lambda: signed_distance(X, np.ones(3), 1.0),
            r"x: expected shape \(any, 3\), got shape \(2, 2\)",
        ),
        (
            lambda: signed_distance(X, np.ones(2), np.inf),
            r"b: expected one finite number, got inf",
        ),
        (
            lambda: with_bias_input(np.ones((2, 2, 2))),
            r"x: expected shape \(any, any\), got shape \(2, 2, 2\)",
        ),
        (
            lambda: with_bias_input(np.array([[np.inf, 0.0]])),
            r"x: expected finite numbers",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
