import numpy as np
import pytest

from nnmaths.backprop import backward, gradients
from nnmaths.cost import cost
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.network import forward


def random_problem(seed, m, n, h, k):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(m, n))
    y = rng.uniform(size=(m, k))
    return x, y, rng.normal(size=(n, h)), rng.normal(size=(h, k))


def cost_of(layer, x, y, W1, W2):
    """The cost as a function of one weight matrix, the other held fixed."""
    if layer == 1:
        return lambda W: cost(y, forward(x, W, W2).a2)
    return lambda W: cost(y, forward(x, W1, W).a2)


@pytest.mark.parametrize("layer", [1, 2])
@pytest.mark.parametrize(
    ("seed", "sizes"), [(0, (4, 3, 4, 1)), (1, (7, 5, 3, 2)), (2, (1, 2, 6, 3))]
)
def test_gradient_matches_finite_differences(layer, seed, sizes):
    x, y, W1, W2 = random_problem(seed, *sizes)
    analytic = gradients(x, y, W1, W2)[layer - 1]
    numeric = numerical_gradient(cost_of(layer, x, y, W1, W2), (W1, W2)[layer - 1])
    assert analytic.shape == numeric.shape
    assert relative_error(analytic, numeric) < 1e-6


def test_gradient_check_detects_a_wrong_gradient():
    """The check is only worth something if a plausible mistake fails it."""
    x, y, W1, W2 = random_problem(5, 4, 3, 4, 1)
    _, dC_dW2 = gradients(x, y, W1, W2)
    f = forward(x, W1, W2)
    forgot_sigmoid_prime = f.a1.T @ (f.a2 - y)
    numeric = numerical_gradient(cost_of(2, x, y, W1, W2), W2)
    assert relative_error(dC_dW2, numeric) < 1e-6
    assert relative_error(forgot_sigmoid_prime, numeric) > 1e-2


def test_gradients_are_sums_over_examples():
    x, y, W1, W2 = random_problem(6, 4, 3, 4, 1)
    total = gradients(x, y, W1, W2)
    per_example = [gradients(x[i : i + 1], y[i : i + 1], W1, W2) for i in range(4)]
    np.testing.assert_allclose(total[0], sum(g[0] for g in per_example))
    np.testing.assert_allclose(total[1], sum(g[1] for g in per_example))


def test_backward_uses_the_given_forward_pass():
    x, y, W1, W2 = random_problem(7, 3, 3, 4, 1)
    np.testing.assert_array_equal(
        backward(forward(x, W1, W2), y, W2)[0], gradients(x, y, W1, W2)[0]
    )
