import numpy as np
import pytest

from nnmaths.activations import sigmoid_prime
from nnmaths.ch05.exercises import by_hand, dC_dx, deep_dC_dw1
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


def chain_cost(x, y, ws):
    a = x
    for w in ws:
        a = 1 / (1 + np.exp(-a * w))
    return 0.5 * (a - y) ** 2


@pytest.mark.parametrize(
    "ws", [[0.5, -1.0], [0.5, -1.0, 2.0], [1.5, 0.3, -0.7, 2.2]]
)
def test_ex3_deep_chain_matches_finite_differences(ws):
    C = lambda v: float(chain_cost(0.8, 0.1, [float(v), *ws[1:]]))
    numeric = float(numerical_gradient(C, np.array(ws[0])))
    assert deep_dC_dw1(0.8, 0.1, ws) == pytest.approx(numeric, rel=1e-6)


def test_ex3_each_bracket_is_at_most_a_quarter_of_its_weight():
    z = np.linspace(-10, 10, 2001)  # includes z = 0, where sigma' peaks
    assert sigmoid_prime(z).max() == 0.25
    assert np.all(sigmoid_prime(z) <= 0.25)
