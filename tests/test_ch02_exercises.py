"""Every solution of Chapter 2's exercises: computed ones run, derived ones checked numerically."""

import numpy as np
import pytest

from nnmaths.ch02.data import iris_two_species
from nnmaths.ch02.exercises import (
    centered_thin_margin,
    learning_rate_runs,
    leave_one_out,
    mistakes_over_orders,
    pocket,
    zero_one_rule,
)
from nnmaths.ch02.margin import max_margin
from nnmaths.ch02.nonseparable import errors
from nnmaths.perceptron_training import (
    margin,
    mistake_bound,
    radius,
    run_epoch,
    train,
)


@pytest.mark.parametrize("seed", range(5))
def test_exercise_1_an_update_raises_the_signed_score_by_eta_times_norm_squared_plus_one(
    seed,
):
    rng = np.random.default_rng(seed)
    x_i, w, b, eta = (
        rng.normal(size=3),
        rng.normal(size=3),
        float(rng.normal()),
        0.3,
    )
    y_i = -np.sign(x_i @ w + b)  # a mistake
    ((_, w_new, b_new),) = run_epoch(
        x_i[None], np.array([y_i]), w, b, np.arange(1), eta
    )
    gain = y_i * (x_i @ w_new + b_new) - y_i * (x_i @ w + b)
    assert gain == pytest.approx(eta * (x_i @ x_i + 1))


@pytest.mark.parametrize("eta", [0.1, 0.5, 3.0])
def test_exercise_2_the_learning_rate_only_scales_the_weights(eta):
    one, other = learning_rate_runs(eta)
    np.testing.assert_array_equal(one.rows, other.rows)
    np.testing.assert_allclose(other.w, eta * one.w, atol=1e-12)
    np.testing.assert_allclose(other.b, eta * one.b, atol=1e-12)


def test_exercise_3_the_zero_one_rule_converges_to_another_separator_under_the_bound():
    x, y, _ = iris_two_species(np.random.default_rng(0))
    w, b, mistakes = zero_one_rule(x, (y + 1) / 2, 1000)
    assert mistakes == [12, 0]
    assert margin(x, y, w, b) > 0
    assert sum(mistakes) <= mistake_bound(
        radius(x), margin(x, y, *max_margin(x, y))
    )


def test_exercise_3_the_zero_one_rule_leaves_a_positive_on_the_boundary_alone():
    w, b, mistakes = zero_one_rule(np.array([[1.0, 2.0]]), np.array([1.0]), 5)
    assert mistakes == [0]
    np.testing.assert_array_equal(w, [0.0, 0.0])
    assert b == 0.0


def test_exercise_3_the_zero_one_rule_matches_ours_off_the_boundary():
    # at a (w, b) that puts no example on the boundary, both rules update the same examples
    rng = np.random.default_rng(4)
    x, y = rng.normal(size=(30, 2)), rng.choice([-1.0, 1.0], size=30)
    w, b = np.array([0.3, -0.2]), 0.1
    for i in range(30):
        ours = run_epoch(x[i : i + 1], y[i : i + 1], w, b, np.arange(1), 1.0)
        error = (y[i] + 1) / 2 - float(
            x[i] @ w + b >= 0
        )  # the book's y - y_hat
        assert len(ours) == (error != 0)
        if ours:
            np.testing.assert_array_equal(ours[0][1], w + error * x[i])


def test_exercise_4_every_order_stays_under_the_bound():
    counts = mistakes_over_orders(range(20))
    assert (min(counts), max(counts)) == (5, 17)
    x, y, _ = iris_two_species(np.random.default_rng(0))
    assert max(counts) <= mistake_bound(
        radius(x), margin(x, y, *max_margin(x, y))
    )


def test_exercise_5_centering_cuts_the_bound_and_the_mistakes():
    result = centered_thin_margin()
    assert result["raw"][0] == 1245 and round(result["raw"][1]) == 22134
    assert result["centered"][0] == 4 and round(result["centered"][1]) == 229
    assert all(count <= bound for count, bound in result.values())


def test_exercise_6_the_pocket_holds_the_fewest_errors_seen():
    x, y, _ = iris_two_species(np.random.default_rng(0), (2, 3), (1, 2))
    w, b, w_pocket, b_pocket = pocket(x, y, 100, np.random.default_rng(0))
    assert (errors(x, y, w, b), errors(x, y, w_pocket, b_pocket)) == (7, 4)
    # no weights the rule passed through make fewer errors
    run = train(x, y, 100, rng=np.random.default_rng(0))
    fewest = min(errors(x, y, w_t, b_t) for w_t, b_t in zip(run.w, run.b))
    assert errors(x, y, w_pocket, b_pocket) == fewest
    np.testing.assert_array_equal(w, run.w[-1])


def test_exercise_6_rejects_labels_zero_and_one():
    with pytest.raises(ValueError, match="y: expected labels"):
        pocket(
            np.ones((2, 1)), np.array([0.0, 1.0]), 3, np.random.default_rng()
        )


def test_exercise_7_leave_one_out_stays_within_the_support_vectors():
    x, y, _ = iris_two_species(np.random.default_rng(0))
    wrong, support = leave_one_out(x, y)
    assert (wrong, support) == (0, 3)


def test_exercise_7_the_bound_is_reached_when_every_support_vector_matters():
    # four points on a line; leaving out an inner one moves the boundary past it
    x = np.array([[0.0], [2.0], [2.2], [4.0]])
    y = np.array([-1.0, -1.0, 1.0, 1.0])
    wrong, support = leave_one_out(x, y)
    assert (wrong, support) == (2, 2)
