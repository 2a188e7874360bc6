import numpy as np
import pytest

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.gradcheck import numerical_gradient


def test_sigmoid_maps_into_open_unit_interval():
    z = np.linspace(-20, 20, 41)
    a = sigmoid(z)
    assert np.all((a > 0) & (a < 1))
    assert np.all(np.diff(a) > 0)


def test_sigmoid_is_symmetric_about_one_half():
    z = np.array([-3.0, -0.5, 0.0, 0.5, 3.0])
    np.testing.assert_allclose(sigmoid(-z), 1 - sigmoid(z))


def test_sigmoid_prime_matches_finite_differences():
    z = np.array([[-2.0, -0.3, 0.0, 0.7, 4.0]])
    numeric = numerical_gradient(lambda w: float(np.sum(sigmoid(w))), z)
    np.testing.assert_allclose(sigmoid_prime(z), numeric, rtol=1e-7)


@pytest.mark.parametrize("shape", [(4,), (4, 1), (2, 3, 5)])
def test_activations_keep_the_shape(shape):
    z = np.zeros(shape)
    assert sigmoid(z).shape == shape
    assert sigmoid_prime(z).shape == shape


@pytest.mark.parametrize("function", [sigmoid, sigmoid_prime])
def test_nan_is_named_with_what_came(function):
    with pytest.raises(
        ValueError,
        match=r"z: expected finite numbers, got NaN or inf in \[0.0, nan\]",
    ):
        function(np.array([0.0, np.nan]))
