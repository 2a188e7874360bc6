import itertools

import numpy as np
import pytest

from nnmaths.opcount import (
    counted_matmul,
    forward_order,
    multiplications,
    reverse_order,
)

WIDTHS = [(4, 4, 2), (128, 64, 10), (3, 5, 2, 7, 1), (6, 1)]


def chain(widths, seed=0):
    rng = np.random.default_rng(seed)
    Js = [rng.normal(size=(b, a)) for a, b in itertools.pairwise(widths)]
    return rng.normal(size=(1, widths[-1])), Js


def test_counted_matmul_counts_p_q_r_and_multiplies():
    tally = []
    A, B = np.arange(6.0).reshape(2, 3), np.ones((3, 4))
    assert np.array_equal(counted_matmul(A, B, tally), A @ B)
    assert tally == [24]


@pytest.mark.parametrize("widths", WIDTHS)
def test_both_orders_give_the_same_deltas(widths):
    delta_L, Js = chain(widths)
    forward_deltas = forward_order(delta_L, Js, [])
    reverse_deltas = reverse_order(delta_L, Js, [])
    assert len(forward_deltas) == len(reverse_deltas) == len(widths)
    for a, b in zip(forward_deltas, reverse_deltas):
        assert np.allclose(a, b)


@pytest.mark.parametrize("widths", WIDTHS)
def test_reverse_order_costs_one_row_times_matrix_per_layer(widths):
    _, reverse = multiplications(widths, np.random.default_rng(0))
    assert reverse == sum(a * b for a, b in itertools.pairwise(widths))


@pytest.mark.parametrize("widths", WIDTHS)
def test_forward_order_count_matches_its_closed_form(widths):
    forward, _ = multiplications(widths, np.random.default_rng(0))
    L, n = len(widths), widths
    expected = sum(
        sum(n[l] * n[k - 1] * n[k] for k in range(l + 2, L)) + n[-1] * n[l]
        for l in range(L - 1)
    )
    assert forward == expected


def test_the_pages_widths_give_the_pages_counts():
    assert multiplications((128, 64, 10), np.random.default_rng(0)) == (
        83_840,
        8_832,
    )


def test_reverse_order_never_costs_more():
    for widths in WIDTHS:
        forward, reverse = multiplications(widths, np.random.default_rng(1))
        assert reverse <= forward


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: multiplications((), np.random.default_rng(0)),
            r"widths: expected at least 1 size, got \(\)",
        ),
        (
            lambda: multiplications((4, -1), np.random.default_rng(0)),
            r"widths\[1\] must be a positive whole number, got -1",
        ),
        (
            lambda: counted_matmul(np.ones((1, 3)), np.ones((2, 2)), []),
            r"B: expected shape \(3, any\), got shape \(2, 2\)",
        ),
        (
            lambda: counted_matmul(np.ones(3), np.ones((3, 2)), []),
            r"A: expected shape \(any, any\), got shape \(3,\)",
        ),
        (
            lambda: reverse_order(np.ones((1, 2)), [np.ones((4, 3))], []),
            r"jacobians\[0\]: expected shape \(2, any\), got shape \(4, 3\)",
        ),
        (
            lambda: forward_order(
                np.ones((1, 1)), [np.ones((3, 4)), np.ones((1, 2))], []
            ),
            r"jacobians\[1\]: expected shape \(1, 3\), got shape \(1, 2\)",
        ),
        (
            lambda: forward_order(np.ones((2, 1)), [np.ones((4, 1))], []),
            r"delta_L: expected shape \(1, any\), got shape \(2, 1\)",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
