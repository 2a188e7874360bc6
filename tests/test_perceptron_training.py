import numpy as np
import pytest

from nnmaths import perceptron_training as rule
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.perceptron import decide

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([-1.0, 1.0, 1.0, -1.0])


def separable(seed: int, m: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """Points on either side of a random line, at least 0.1 away from it."""
    rng = np.random.default_rng(seed)
    w, b = rng.normal(size=2), rng.normal()
    x = rng.uniform(-3, 3, size=(5 * m, 2))
    z = (x @ w + b) / np.linalg.norm(w)
    keep = np.abs(z) > 0.1
    return x[keep][:m], np.sign(z[keep][:m])


def test_labels_are_two_step_minus_one():
    rng = np.random.default_rng(0)
    x, w = rng.normal(size=(30, 3)), rng.normal(size=3)
    np.testing.assert_array_equal(
        rule.labels(x, w, 0.2), 2 * decide(x, w, 0.2) - 1
    )


def test_a_point_on_the_boundary_is_a_mistake_for_either_label():
    for label in (-1.0, 1.0):
        updates = rule.run_epoch(
            np.array([[1.0, 1.0]]),
            np.array([label]),
            np.array([1.0, -1.0]),
            0.0,
            np.arange(1),
            1.0,
        )
        assert len(updates) == 1


def test_an_update_adds_the_rate_times_y_x_to_w_and_the_rate_times_y_to_b():
    ((i, w, b),) = rule.run_epoch(
        np.array([[2.0, 3.0]]),
        np.array([-1.0]),
        np.array([1.0, 1.0]),
        0.5,
        np.arange(1),
        0.5,
    )
    assert i == 0
    np.testing.assert_array_equal(w, [0.0, -0.5])
    assert b == 0.0


def test_a_right_answer_changes_nothing():
    assert (
        rule.run_epoch(
            np.array([[2.0, 3.0]]),
            np.array([1.0]),
            np.array([1.0, 1.0]),
            0.0,
            np.arange(1),
            1.0,
        )
        == []
    )


def test_train_starts_from_zero_and_records_every_update():
    x, y = separable(1)
    run = rule.train(x, y, 100)
    assert run.w.shape == (len(run.rows) + 1, 2) and run.b.shape == (
        len(run.rows) + 1,
    )
    np.testing.assert_array_equal(run.w[0], [0.0, 0.0])
    assert run.b[0] == 0.0
    assert run.mistakes.sum() == len(run.rows)


@pytest.mark.parametrize("seed", range(5))
def test_train_separates_separable_data_and_stops_after_a_clean_epoch(seed):
    x, y = separable(seed)
    run = rule.train(x, y, 1000)
    assert run.mistakes[-1] == 0 and (run.mistakes[:-1] > 0).all()
    assert (y * (x @ run.w[-1] + run.b[-1]) > 0).all()


@pytest.mark.parametrize("seed", range(5))
def test_mistakes_stay_under_novikoffs_bound(seed):
    x, y = separable(seed)
    run = rule.train(x, y, 1000, rng=np.random.default_rng(seed))
    gamma = rule.margin(
        x, y, run.w[-1], run.b[-1]
    )  # any separator gives a valid bound
    assert run.mistakes.sum() <= rule.mistake_bound(rule.radius(x), gamma)


def test_train_with_a_generator_is_reproducible_and_order_dependent():
    x, y = separable(3)
    a = rule.train(x, y, 100, rng=np.random.default_rng(7))
    b = rule.train(x, y, 100, rng=np.random.default_rng(7))
    c = rule.train(x, y, 100)
    np.testing.assert_array_equal(a.rows, b.rows)
    assert not np.array_equal(a.rows, c.rows)


def test_xor_makes_mistakes_in_every_epoch():
    run = rule.train(XOR_X, XOR_Y, 20)
    assert len(run.mistakes) == 20
    assert (run.mistakes > 0).all()


def test_radius_folds_in_the_bias_input():
    assert rule.radius([[0.0, 0.0]]) == 1.0
    assert rule.radius([[3.0, 4.0], [1.0, 0.0]]) == pytest.approx(np.sqrt(26))


def test_margin_counts_the_bias_in_the_norm():
    # (b, w) = (1, 1, 0): the closest point x = (1, 0) scores 2, and ||(b, w)|| = sqrt 2
    assert rule.margin(
        [[1.0, 0.0], [3.0, 0.0]], [1, 1], [1.0, 0.0], 1.0
    ) == pytest.approx(np.sqrt(2))


def test_margin_is_negative_when_a_point_is_on_the_wrong_side():
    assert rule.margin([[1.0, 0.0], [-1.0, 0.0]], [1, 1], [1.0, 0.0], 0.0) < 0


def test_mistake_bound_is_r_over_gamma_squared():
    assert rule.mistake_bound(2.0, 0.1) == pytest.approx(400.0)


def test_mistake_bound_rejects_a_margin_that_does_not_separate():
    with pytest.raises(
        ValueError, match="gamma must be a positive number, got -0.5"
    ):
        rule.mistake_bound(2.0, -0.5)


@pytest.mark.parametrize("seed", range(5))
def test_criterion_gradient_matches_finite_differences_away_from_the_kink(
    seed,
):
    rng = np.random.default_rng(seed)
    x, y = rng.normal(size=(20, 3)), rng.choice([-1.0, 1.0], size=20)
    w, b = rng.normal(size=3), float(rng.normal())
    assert np.min(np.abs(x @ w + b)) > 1e-4  # no example on a kink
    dE_dw, dE_db = rule.criterion_gradient(x, y, w, b)
    numeric_w = numerical_gradient(lambda v: rule.criterion(x, y, v, b), w)
    numeric_b = numerical_gradient(
        lambda v: rule.criterion(x, y, w, float(v[0])), np.array([b])
    )
    assert relative_error(dE_dw, numeric_w) < 1e-7
    assert relative_error(np.array([dE_db]), numeric_b) < 1e-7


def test_criterion_is_zero_for_a_separator_and_positive_otherwise():
    x, y = separable(0)
    run = rule.train(x, y, 1000)
    assert rule.criterion(x, y, run.w[-1], run.b[-1]) == 0.0
    assert rule.criterion(x, y, -run.w[-1], -run.b[-1]) > 0.0


def test_every_update_is_a_unit_step_against_the_examples_subgradient():
    x, y = separable(2)
    run = rule.train(x, y, 1000)
    for t, i in enumerate(run.rows):
        g_w, g_b = rule.criterion_gradient(
            x[i : i + 1], y[i : i + 1], run.w[t], float(run.b[t])
        )
        np.testing.assert_array_equal(run.w[t] - g_w, run.w[t + 1])
        assert run.b[t] - g_b == run.b[t + 1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ([0.0, 1.0], [1], 5),
            r"x: expected shape \(any, any\), got shape \(2,\)",
        ),
        (
            ([[0.0, 1.0]], [1, -1], 5),
            r"y: expected shape \(1,\), got shape \(2,\)",
        ),
        (([[0.0, 1.0]], [0], 5), r"y: expected labels -1 or \+1, got \[0.0\]"),
        (([[0.0, np.nan]], [1], 5), "x: expected finite numbers"),
        (
            ([[0.0, 1.0]], [1], 0),
            "epochs must be a positive whole number, got 0",
        ),
        (
            ([[0.0, 1.0]], [1], 2.5),
            "epochs must be a positive whole number, got 2.5",
        ),
    ],
)
def test_train_rejects_bad_input(args, message):
    with pytest.raises(ValueError, match=message):
        rule.train(*args)


def test_train_rejects_a_learning_rate_that_is_not_positive():
    with pytest.raises(
        ValueError, match="learning_rate must be a positive number, got 0"
    ):
        rule.train([[0.0, 1.0]], [1], 5, learning_rate=0)


def test_margin_rejects_weights_of_the_wrong_size():
    with pytest.raises(
        ValueError, match=r"w: expected shape \(2,\), got shape \(3,\)"
    ):
        rule.margin([[0.0, 1.0]], [1], [1.0, 0.0, 0.0], 0.0)


W, B = np.array([1.0, -1.0]), 0.5
ORDER = np.arange(4)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: rule.criterion(XOR_X, (XOR_Y + 1) / 2, W, B),
            r"y: expected labels -1 or \+1, got 0.0 at position 0",
        ),
        (
            lambda: rule.criterion(XOR_X, np.array([1.0]), W, B),
            r"y: expected shape \(4,\), got shape \(1,\)",
        ),
        (
            lambda: rule.criterion(XOR_X, XOR_Y, np.ones(3), B),
            r"w: expected shape \(2,\), got shape \(3,\)",
        ),
        (
            lambda: rule.criterion(XOR_X, XOR_Y, W, np.nan),
            r"b: expected one finite number, got nan",
        ),
        (
            lambda: rule.criterion_gradient(XOR_X, (XOR_Y + 1) / 2, W, B),
            r"y: expected labels -1 or \+1, got 0.0 at position 0",
        ),
        (
            lambda: rule.criterion_gradient(XOR_X, np.array([1.0]), W, B),
            r"y: expected shape \(4,\), got shape \(1,\)",
        ),
        (
            lambda: rule.criterion_gradient(XOR_X[:, :1], XOR_Y, W, B),
            r"w: expected shape \(1,\), got shape \(2,\)",
        ),
        (
            lambda: rule.run_epoch(XOR_X, (XOR_Y + 1) / 2, W, B, ORDER, 1.0),
            r"y: expected labels -1 or \+1, got 0.0 at position 0",
        ),
        (
            lambda: rule.run_epoch(XOR_X, XOR_Y[:1], W, B, ORDER, 1.0),
            r"y: expected shape \(4,\), got shape \(1,\)",
        ),
        (
            lambda: rule.run_epoch(XOR_X, XOR_Y, W, B, np.arange(5), 1.0),
            r"order: expected indices 0..3, got 4 at position 4",
        ),
        (
            lambda: rule.run_epoch(XOR_X, XOR_Y, W, B, ORDER * 1.0, 1.0),
            r"order: expected a 1-D array of whole numbers, got dtype float64",
        ),
        (
            lambda: rule.run_epoch(XOR_X, XOR_Y, W, B, ORDER, 0.0),
            r"learning_rate must be a positive number, got 0.0",
        ),
        (
            lambda: rule.run_epoch(XOR_X, XOR_Y, W, np.inf, ORDER, 1.0),
            r"b: expected one finite number, got inf",
        ),
        (
            lambda: rule.margin(XOR_X, XOR_Y, np.zeros(2), 0.0),
            r"\(b, w\): expected a nonzero vector, got \[0.0, 0.0, 0.0\]",
        ),
        (
            lambda: rule.margin(XOR_X, XOR_Y, W, np.nan),
            r"b: expected one finite number, got nan",
        ),
        (
            lambda: rule.mistake_bound(-1.0, 0.5),
            r"R must be a positive number, got -1.0",
        ),
        (
            lambda: rule.history(0, [], []),
            r"n must be a positive whole number, got 0",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
