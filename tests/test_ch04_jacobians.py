"""The matrices of Chapter 4's counting are the Jacobians dz_l/dz_{l-1}, entry (j, k) =
dz_{l,j}/dz_{l-1,k} as the notation page defines a Jacobian, and a row times them is back-propagation."""

import numpy as np
import pytest

from nnmaths.activations import sigmoid, sigmoid_prime
from nnmaths.gradcheck import numerical_jacobian
from nnmaths.opcount import forward_order, reverse_order
from nnmaths.three_layer import backward, forward, init_params


def jacobian(W, z_prev):
    """dz_l/dz_{l-1} = W_l^T diag(sigma'(z_{l-1})), (n_l, n_{l-1})."""
    return W.T @ np.diag(sigmoid_prime(z_prev[0]))


@pytest.mark.parametrize("seed", range(3))
def test_the_jacobian_is_dz_l_by_dz_l_minus_1_in_the_notation_pages_layout(
    seed,
):
    rng = np.random.default_rng(seed)
    W, b = rng.normal(size=(4, 3)), rng.normal(size=(1, 3))
    z_prev = rng.normal(size=(1, 4))
    numeric = numerical_jacobian(lambda z: (sigmoid(z) @ W + b)[0], z_prev[0])
    assert numeric.shape == (3, 4)  # one row per output, one column per input
    assert np.allclose(jacobian(W, z_prev), numeric, atol=1e-8)


@pytest.mark.parametrize("order", [reverse_order, forward_order])
def test_a_row_times_the_jacobians_gives_backwards_deltas(order):
    rng = np.random.default_rng(4)
    p = init_params(rng, (3, 4, 5, 2))
    x, y = rng.normal(size=(1, 3)), rng.uniform(size=(1, 2))
    f = forward(x, p)
    g = backward(f, y, p)
    jacobians = [jacobian(p.W2, f.z1), jacobian(p.W3, f.z2)]
    deltas = order(g.b3, jacobians, [])  # dC/db_l is delta_l
    for delta, expected in zip(deltas, (g.b1, g.b2, g.b3)):
        assert np.allclose(delta, expected)
