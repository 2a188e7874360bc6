import numpy as np
import pytest

from nnmaths.chain_rule import cost
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.scalar_network import (
    Weights,
    checked_training,
    dC_db1,
    dC_db2,
    dC_dw1,
    dC_dw2,
    forward,
    gradients,
    train,
)


def problem(seed, m):
    rng = np.random.default_rng(seed)
    return (
        rng.normal(size=m),
        rng.uniform(size=m),
        Weights(*rng.normal(size=4)),
    )


def numeric(name, x, y, p):
    """Finite-difference dC/d(name), the other three parameters held fixed."""
    C = lambda v: cost(forward(x, p._replace(**{name: float(v)})).a2, y)
    return float(numerical_gradient(C, np.array(getattr(p, name))))


@pytest.mark.parametrize(("seed", "m"), [(0, 1), (1, 2), (2, 5)])
def test_result_A_matches_finite_differences(seed, m):
    x, y, p = problem(seed, m)
    assert dC_dw2(forward(x, p), y) == pytest.approx(
        numeric("w2", x, y, p), rel=1e-6
    )


@pytest.mark.parametrize(("seed", "m"), [(0, 1), (1, 2), (2, 5)])
def test_result_B_matches_finite_differences(seed, m):
    x, y, p = problem(seed, m)
    assert dC_dw1(forward(x, p), y, p.w2) == pytest.approx(
        numeric("w1", x, y, p), rel=1e-6
    )


@pytest.mark.parametrize(("seed", "m"), [(0, 1), (1, 2), (2, 5)])
def test_bias_derivatives_match_finite_differences(seed, m):
    x, y, p = problem(seed, m)
    f = forward(x, p)
    assert dC_db2(f, y) == pytest.approx(numeric("b2", x, y, p), rel=1e-6)
    assert dC_db1(f, y, p.w2) == pytest.approx(
        numeric("b1", x, y, p), rel=1e-6
    )


def test_sigma_prime_taken_at_a_instead_of_z_gives_a_wrong_result_A():
    """The original's helper (a) writes sigma'(a2); the check must tell it apart."""
    # z2 far from 0 (about 4.2): there sigma'(z2) and sigma'(a2) differ several times over
    x, y, p = np.array([1.0]), np.array([0.0]), Weights(1.0, 0.0, 5.0, 0.5)
    f = forward(x, p)
    s = lambda v: 1 / (1 + np.exp(-v))
    wrong = float(np.sum(f.a1 * s(f.a2) * (1 - s(f.a2)) * (f.a2 - y)))
    assert abs(wrong / numeric("w2", x, y, p)) > 2


def test_gradients_returns_the_four_in_the_order_of_the_weights():
    x, y, p = problem(4, 3)
    g = gradients(x, y, p)
    assert (
        relative_error(
            np.array(g),
            np.array([numeric(n, x, y, p) for n in Weights._fields]),
        )
        < 1e-6
    )


def test_training_on_not_lowers_the_cost_at_every_step():
    p0 = Weights(*np.random.default_rng(0).normal(size=4))
    p, costs = train(np.array([0.0, 1.0]), np.array([1.0, 0.0]), p0, 1.0, 2000)
    assert np.all(np.diff(costs) < 0)
    assert costs[-1] < 0.001
    assert np.allclose(forward(np.array([0.0, 1.0]), p).a2, [1, 0], atol=0.05)


@pytest.mark.parametrize(
    ("x", "y", "p", "learning_rate", "steps", "message"),
    [
        (
            [[0.0, 1.0]],
            [1.0, 0.0],
            (0, 0, 0, 0),
            1.0,
            3,
            r"x: expected shape \(any,\)",
        ),
        (
            [0.0, 1.0],
            [1.0],
            (0, 0, 0, 0),
            1.0,
            3,
            r"y: expected shape \(2,\), got shape \(1,\)",
        ),
        (
            [0.0, 1.0],
            [1.0, 0.0],
            (0, 0, 0),
            1.0,
            3,
            r"p: expected shape \(4,\), got shape \(3,\)",
        ),
        (
            [0.0, 1.0],
            [1.0, 0.0],
            (0, 0, 0, 0),
            0.0,
            3,
            "learning_rate must be a positive number",
        ),
        (
            [0.0, 1.0],
            [1.0, 0.0],
            (0, 0, 0, 0),
            1.0,
            2.5,
            "steps must be a positive whole number",
        ),
        (
            [0.0, np.inf],
            [1.0, 0.0],
            (0, 0, 0, 0),
            1.0,
            3,
            "x: expected finite numbers",
        ),
    ],
)
def test_checked_training_rejects_bad_input(
    x, y, p, learning_rate, steps, message
):
    with pytest.raises(ValueError, match=message):
        checked_training(x, y, p, learning_rate, steps)


def test_checked_training_trains_on_good_input():
    p, costs = checked_training(
        [0.0, 1.0], [1.0, 0.0], (0.1, 0.0, -0.2, 0.0), 1.0, 50
    )
    assert isinstance(p, Weights)
    assert costs[-1] < costs[0]


XS, YS = np.array([0.0, 1.0]), np.array([1.0, 0.0])
P = Weights(0.8, 0.1, -1.2, 0.3)
F = forward(XS, P)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: dC_dw2(F, np.array([1.0])),
            r"y: expected shape \(2,\), got shape \(1,\)",
        ),
        (
            lambda: dC_dw1(F, np.array([1.0]), P.w2),
            r"y: expected shape \(2,\), got shape \(1,\)",
        ),
        (
            lambda: dC_dw1(F, YS, np.nan),
            r"w2: expected one finite number, got nan",
        ),
        (
            lambda: dC_db2(F, YS[:, None]),
            r"y: expected shape \(2,\), got shape \(2, 1\)",
        ),
        (
            lambda: dC_db1(F, np.array([np.nan, 0.0]), P.w2),
            r"y: expected finite numbers, got NaN or inf in \[nan, 0.0\]",
        ),
        (
            lambda: gradients(XS, np.array([1.0]), P),
            r"y: expected shape \(2,\), got shape \(1,\)",
        ),
        (
            lambda: gradients(XS, YS, (0.8, 0.1, -1.2)),
            r"p: expected shape \(4,\), got shape \(3,\)",
        ),
        (
            lambda: forward(XS, Weights(0.8, np.inf, -1.2, 0.3)),
            r"p: expected finite numbers, got NaN or inf in \[0.8, inf",
        ),
        (
            lambda: forward(np.array([0.0, np.nan]), P),
            r"x: expected finite numbers, got NaN or inf in \[0.0, nan\]",
        ),
        (
            lambda: train(XS, np.array([1.0]), P, 1.0, 10),
            r"y: expected shape \(2,\), got shape \(1,\)",
        ),
        (
            lambda: train(XS, YS, P, 0.0, 10),
            r"learning_rate must be a positive number, got 0.0",
        ),
        (
            lambda: train(XS, YS, P, 1.0, -1),
            r"steps must be a whole number at or above 0, got -1",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
