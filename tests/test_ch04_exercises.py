import numpy as np
import pytest

from nnmaths.ch04.exercises import (
    dC0_dw,
    dC_dx,
    digit_network_counts,
    gradient_shapes,
    graph_gradients,
)
from nnmaths.chain_rule import dC_dw, path
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.opcount import multiplications
from nnmaths.three_layer import forward, init_params


@pytest.mark.parametrize(
    ("w", "a_prev", "b", "y"), [(0.5, 0.8, 0.1, 0.0), (-1.0, 0.3, 0.2, 1.0)]
)
def test_ex1_the_unhalved_cost_has_twice_the_slope(w, a_prev, b, y):
    C0 = lambda v: (path(float(v), a_prev, b, y).a - y) ** 2
    numeric = float(numerical_gradient(C0, np.array(w)))
    assert dC0_dw(w, a_prev, b, y) == pytest.approx(numeric, rel=1e-7)
    assert dC0_dw(w, a_prev, b, y) == pytest.approx(2 * dC_dw(w, a_prev, b, y))


def test_ex2_counts_for_784_100_100_10():
    forward_count, reverse_count = digit_network_counts()
    assert (forward_count, reverse_count) == (
        100 * 100 * 10 + 10 * 100 + 10 * 100,
        10 * 100 + 100 * 100,
    )
    assert digit_network_counts() == multiplications(
        (100, 100, 10), np.random.default_rng(5)
    )


def test_ex3_each_delta_is_a_row_and_each_gradient_has_its_weights_shape():
    shapes = gradient_shapes((5, 3, 2, 1))
    assert shapes == {
        "delta1": (1, 3),
        "delta2": (1, 2),
        "delta3": (1, 1),
        "dC_dW1": (5, 3),
        "dC_dW2": (3, 2),
        "dC_dW3": (2, 1),
    }


def test_ex4_input_gradient_matches_finite_differences():
    rng = np.random.default_rng(2)
    p = init_params(rng, (3, 4, 4, 2))
    x, y = rng.normal(size=(1, 3)), rng.uniform(size=(1, 2))
    C = lambda v: 0.5 * float(np.sum((forward(v, p).a3 - y) ** 2))
    assert relative_error(dC_dx(x, y, p), numerical_gradient(C, x)) < 1e-6


@pytest.mark.parametrize(
    "point",
    [(1.0, 2.0, 3.0, -1.0), (0.5, -2.0, -1.0, 4.0), (2.0, 1.0, 0.3, 0.2)],
)
def test_ex5_local_rules_match_finite_differences(point):
    f = lambda v: (v[0] + v[1]) * max(v[2], v[3])
    numeric = numerical_gradient(lambda v: float(f(v)), np.array(point))
    assert np.allclose(graph_gradients(*point), numeric, atol=1e-7)


def test_ex5_the_pages_point():
    assert graph_gradients(1.0, 2.0, 3.0, -1.0) == (3.0, 3.0, 3.0, 0.0)
