import numpy as np
import pytest

from nnmaths.activations import sigmoid_prime
from nnmaths.ch05.exercises import by_hand, dC_dx, layers_to_grow
from nnmaths.ch05.unstable import chain_at_zero, error_sizes
from nnmaths.chain_rule import cost
from nnmaths.gradcheck import numerical_gradient
from nnmaths.scalar_network import Weights, forward


def test_ex1_the_hand_computation():
    A, B = by_hand()
    assert round(A, 4) == 0.0494
    assert round(B, 4) == -0.0187
    p = Weights(0.5, 0.0, -1.0, 0.0)
    C = lambda name: (
        lambda v: cost(
            forward(np.array(1.0), p._replace(**{name: float(v)})).a2, 0.0
        )
    )
    assert A == pytest.approx(
        float(numerical_gradient(C("w2"), np.array(p.w2))), rel=1e-6
    )
    assert B == pytest.approx(
        float(numerical_gradient(C("w1"), np.array(p.w1))), rel=1e-6
    )


@pytest.mark.parametrize("seed", range(4))
def test_ex2_input_derivative_matches_finite_differences(seed):
    rng = np.random.default_rng(seed)
    x, y = rng.normal(), rng.uniform()
    p = Weights(*rng.normal(size=4))
    numeric = numerical_gradient(
        lambda v: cost(forward(v, p).a2, y), np.array(x)
    )
    assert dC_dx(x, y, p) == pytest.approx(float(numeric), rel=1e-6)


@pytest.mark.parametrize(
    ("w", "factor"), [(8.0, 1000), (-6.0, 50), (4.4, 2.0)]
)
def test_ex3_the_chain_at_zero_grows_as_the_answer_says(w, factor):
    k = layers_to_grow(w, factor)
    a0, y = np.array([[0.5]]), np.array([[1.0]])
    sizes = error_sizes(chain_at_zero(w, k + 1), a0, y)  # k steps back
    assert sizes[0] / sizes[-1] >= factor
    sizes = error_sizes(chain_at_zero(w, k), a0, y)  # one step fewer
    assert sizes[0] / sizes[-1] < factor


def test_ex3_rejects_a_weight_that_cannot_grow_the_error():
    with pytest.raises(ValueError, match=r"w: expected \|w\| > 4"):
        layers_to_grow(4.0, 10)


def test_ex3_each_bracket_is_at_most_a_quarter_of_its_weight():
    z = np.linspace(-10, 10, 2001)  # includes z = 0, where sigma' peaks
    assert sigmoid_prime(z).max() == 0.25
    assert np.all(sigmoid_prime(z) <= 0.25)
