import numpy as np
import pytest

from nnmaths.vectors import (
    angle,
    direction,
    dot,
    geometric_dot,
    norm,
    projection,
    scalar_projection,
)


def pair_at_angle(rng, n, theta, lengths):
    """Two vectors in n dimensions, theta apart, built from an orthonormal pair."""
    q, _ = np.linalg.qr(rng.normal(size=(n, 2)))
    e1, e2 = q[:, 0], q[:, 1]
    return lengths[0] * e1, lengths[1] * (
        np.cos(theta) * e1 + np.sin(theta) * e2
    )


def test_dot_is_the_sum_of_products():
    assert (
        dot(np.array([1.0, 2.0, 3.0]), np.array([4.0, -5.0, 6.0]))
        == 4 - 10 + 18
    )


def test_dot_agrees_with_numpy_matmul():
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(2, 7))
    assert dot(a, b) == pytest.approx(a @ b, rel=1e-12)


def test_norm_is_pythagoras():
    assert norm(np.array([3.0, 4.0])) == 5.0
    assert norm(np.array([1.0, 2.0, 2.0])) == 3.0


def test_geometric_and_algebraic_dot_agree_on_random_plane_vectors():
    rng = np.random.default_rng(1)
    for a, b in rng.normal(size=(500, 2, 2)):
        assert geometric_dot(a, b) == pytest.approx(dot(a, b), abs=1e-12)


@pytest.mark.parametrize("n", [2, 3, 10])
def test_dot_equals_lengths_times_cosine_at_a_known_angle(n):
    rng = np.random.default_rng(n)
    for theta in np.linspace(0.0, np.pi, 13):
        a, b = pair_at_angle(rng, n, theta, (2.0, 0.5))
        assert dot(a, b) == pytest.approx(2.0 * 0.5 * np.cos(theta), abs=1e-12)
        assert angle(a, b) == pytest.approx(theta, abs=1e-6)


def test_angle_of_parallel_vectors_is_zero_despite_rounding():
    a = np.array([0.1, 0.2, 0.3])
    assert angle(a, 3 * a) == pytest.approx(0.0, abs=1e-7)
    assert not np.isnan(angle(a, 3 * a))


def test_the_sign_of_the_dot_product_follows_the_angle():
    rng = np.random.default_rng(2)
    for a, b in rng.normal(size=(200, 2, 3)):
        theta = angle(a, b)
        if abs(theta - np.pi / 2) > 1e-9:
            assert (dot(a, b) > 0) == (theta < np.pi / 2)


def test_direction_measures_from_the_x_axis():
    assert direction(np.array([1.0, 0.0])) == 0.0
    assert direction(np.array([-1.0, 1.0])) == pytest.approx(3 * np.pi / 4)


def test_projection_leaves_a_perpendicular_rest():
    rng = np.random.default_rng(3)
    for a, b in rng.normal(size=(100, 2, 4)):
        assert dot(a - projection(a, b), b) == pytest.approx(0.0, abs=1e-12)


def test_scalar_projection_is_length_times_cosine_and_signed():
    a, b = np.array([3.0, 1.0]), np.array([2.0, 2.0])
    assert scalar_projection(a, b) == pytest.approx(
        norm(a) * np.cos(angle(a, b))
    )
    assert scalar_projection(-a, b) < 0
    assert norm(projection(a, b)) == pytest.approx(
        abs(scalar_projection(a, b))
    )


ZERO = np.zeros(2)
U = np.array([3.0, 1.0])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: dot(U, np.array([1.0, np.nan])),
            r"b: expected finite numbers, got NaN or inf in \[1.0, nan\]",
        ),
        (
            lambda: dot(U, np.ones(3)),
            r"b: expected shape \(2,\), got shape \(3,\)",
        ),
        (
            lambda: dot(U, np.ones(1)),
            r"b: expected shape \(2,\), got shape \(1,\)",
        ),
        (
            lambda: dot(np.ones((2, 2)), np.ones((2, 2))),
            r"a: expected shape \(any,\), got shape \(2, 2\)",
        ),
        (
            lambda: dot(np.array([]), np.array([])),
            r"a: expected shape \(any,\), got shape \(0,\)",
        ),
        (
            lambda: norm(np.array([np.inf, 0.0])),
            r"a: expected finite numbers, got NaN or inf in \[inf, 0.0\]",
        ),
        (
            lambda: angle(ZERO, U),
            r"a: expected a nonzero vector, got \[0.0, 0.0\]",
        ),
        (
            lambda: angle(U, ZERO),
            r"b: expected a nonzero vector, got \[0.0, 0.0\]",
        ),
        (
            lambda: angle(U, np.ones(3)),
            r"b: expected shape \(2,\), got shape \(3,\)",
        ),
        (
            lambda: direction(np.ones(3)),
            r"a: expected shape \(2,\), got shape \(3,\)",
        ),
        (
            lambda: direction(ZERO),
            r"a: expected a nonzero vector, got \[0.0, 0.0\]",
        ),
        (
            lambda: geometric_dot(np.ones(3), np.ones(3)),
            r"a: expected shape \(2,\), got shape \(3,\)",
        ),
        (
            lambda: geometric_dot(U, ZERO),
            r"b: expected a nonzero vector, got \[0.0, 0.0\]",
        ),
        (
            lambda: scalar_projection(U, ZERO),
            r"onto: expected a nonzero vector, got \[0.0, 0.0\]",
        ),
        (
            lambda: projection(U, ZERO),
            r"onto: expected a nonzero vector, got \[0.0, 0.0\]",
        ),
        (
            lambda: projection(U, np.ones(3)),
            r"onto: expected shape \(2,\), got shape \(3,\)",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
