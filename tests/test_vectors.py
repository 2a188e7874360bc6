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
