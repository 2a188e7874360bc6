import itertools

import numpy as np
import pytest

from nnmaths.ch01.exercises import (
    exercise_1,
    exercise_2,
    exercise_3,
    exercise_4,
    exercise_5,
)
from nnmaths.perceptron import (
    boundary_direction,
    boundary_point,
    decide,
    signed_distance,
)
from nnmaths.separability import GATES, INPUTS, separating, weight_grid


def test_exercise_1_angle_by_hand():
    dot_uv, cosine, degrees = exercise_1()
    assert dot_uv == 24.0
    assert cosine == pytest.approx(0.96)
    assert degrees == pytest.approx(np.degrees(np.arccos(0.96)))
    assert round(degrees, 2) == 16.26


def test_exercise_2_computes_nand():
    w, b, outputs = exercise_2()
    nand = 1 - GATES["AND"]
    np.testing.assert_array_equal(outputs, nand)
    np.testing.assert_array_equal(decide(INPUTS, w, b), nand)


@pytest.mark.parametrize("seed", range(10))
def test_exercise_3_distance_formula_matches_the_nearest_point(seed):
    # The derivation says |w . x + b| / |w|; find the nearest point by least squares instead.
    rng = np.random.default_rng(seed)
    w, b, x = rng.normal(size=2), float(rng.normal()), rng.normal(size=2) * 3
    start, along = boundary_point(w, b), boundary_direction(w)
    t, *_ = np.linalg.lstsq(along[:, None], x - start, rcond=None)
    nearest = start + t[0] * along
    assert np.linalg.norm(x - nearest) == pytest.approx(
        abs(signed_distance(x[None], w, b)[0])
    )


def test_exercise_3_new_leaf():
    distance, nearest = exercise_3(
        np.array([0.6, 0.3]), np.array([1.0, -1.0]), -0.15
    )
    assert distance == pytest.approx(0.15 / np.sqrt(2))
    assert round(distance, 4) == 0.1061
    np.testing.assert_allclose(nearest, [0.525, 0.375])


@pytest.mark.parametrize("seed", range(10))
def test_exercise_3_no_point_of_the_boundary_is_nearer(seed):
    # Pythagoras: every other point q of the boundary is farther from x than p.
    rng = np.random.default_rng(seed)
    n = 4
    w, b, x = rng.normal(size=n), float(rng.normal()), rng.normal(size=n)
    distance, p = exercise_3(x, w, b)
    assert p @ w + b == pytest.approx(0.0, abs=1e-12)
    steps = rng.normal(size=(200, n))
    q = p + steps - np.outer(steps @ w / (w @ w), w)  # (200, n), on it
    np.testing.assert_allclose(q @ w + b, 0.0, atol=1e-12)
    assert np.all(np.linalg.norm(x - q, axis=1) >= distance)
    squares = np.linalg.norm(x - q, axis=1) ** 2
    np.testing.assert_allclose(
        squares, distance**2 + np.linalg.norm(p - q, axis=1) ** 2
    )


def test_exercise_3_rejects_a_zero_weight_vector():
    with pytest.raises(ValueError, match="the length of w"):
        exercise_3(np.ones(2), np.zeros(2), 1.0)


def test_exercise_4_only_xor_and_xnor_are_missing():
    missing = exercise_4()
    assert missing == [
        tuple(GATES["XOR"].astype(int)),
        tuple(GATES["XNOR"].astype(int)),
    ]


def test_exercise_4_every_other_table_has_a_checked_witness():
    grid = weight_grid(np.linspace(-2.0, 2.0, 9))
    tables = [
        t for t in itertools.product([0, 1], repeat=4) if t not in exercise_4()
    ]
    assert len(tables) == 14
    for t in tables:
        w1, w2, b = separating(INPUTS, np.array(t, dtype=float), grid)[0]
        np.testing.assert_array_equal(decide(INPUTS, [w1, w2], b), t)


@pytest.mark.parametrize("n", [2, 3, 4])
def test_exercise_5_parity_signs_cancel_every_input(n):
    corners, combination = exercise_5(n)
    assert corners.shape == (2**n, n)
    np.testing.assert_array_equal(combination, np.zeros(n + 1))


def test_exercise_5_parity_of_two_is_xor():
    corners, _ = exercise_5(2)
    np.testing.assert_array_equal(corners, INPUTS)


def test_exercise_5_majority_is_separable():
    corners, _ = exercise_5(3)
    majority = (corners.sum(axis=1) >= 2).astype(float)
    np.testing.assert_array_equal(decide(corners, np.ones(3), -1.5), majority)
