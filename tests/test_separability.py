import numpy as np
import pytest

from nnmaths.perceptron import decide, with_bias_input
from nnmaths.separability import (
    GATES,
    INPUTS,
    SIGNS,
    balance,
    separating,
    weight_grid,
    widest,
)

GRID = weight_grid(np.linspace(-2.0, 2.0, 9))


def test_the_grid_holds_every_triple_once():
    assert GRID.shape == (729, 3)
    assert len(np.unique(GRID, axis=0)) == 729


@pytest.mark.parametrize(
    ("name", "count"), [("AND", 10), ("OR", 30), ("XOR", 0), ("XNOR", 0)]
)
def test_the_search_finds_lines_for_and_and_or_only(name, count):
    assert len(separating(INPUTS, GATES[name], GRID)) == count


@pytest.mark.parametrize("name", ["AND", "OR"])
def test_every_line_found_computes_the_gate(name):
    for w1, w2, b in separating(INPUTS, GATES[name], GRID):
        np.testing.assert_array_equal(decide(INPUTS, [w1, w2], b), GATES[name])


def test_separating_rejects_a_line_that_gets_one_corner_wrong():
    or_line = np.array([[1.0, 1.0, -0.5]])
    assert len(separating(INPUTS, GATES["AND"], or_line)) == 0


def test_widest_keeps_farthest_from_the_corners():
    lines = separating(INPUTS, GATES["AND"], GRID)
    best = widest(INPUTS, lines)
    margins = [
        np.min(np.abs(INPUTS @ c[:2] + c[2])) / np.linalg.norm(c[:2])
        for c in lines
    ]
    best_margin = np.min(np.abs(INPUTS @ best[:2] + best[2])) / np.linalg.norm(
        best[:2]
    )
    assert best_margin == pytest.approx(max(margins))
    np.testing.assert_array_equal(best, [1.0, 1.0, -1.5])


def test_the_signs_cancel_every_input_exactly():
    np.testing.assert_array_equal(
        SIGNS @ with_bias_input(INPUTS), [0.0, 0.0, 0.0]
    )


def test_the_signs_are_plus_where_xor_is_one():
    np.testing.assert_array_equal(SIGNS, 2 * GATES["XOR"] - 1)


def test_the_balance_is_zero_for_every_line():
    candidates = np.random.default_rng(0).normal(scale=10.0, size=(10_000, 3))
    np.testing.assert_allclose(balance(candidates), 0.0, atol=1e-12)


@pytest.mark.parametrize("name", ["XOR", "XNOR"])
def test_the_identity_rules_out_xor_and_xnor_for_random_lines(name):
    # Whatever the line, the on-corners and the off-corners have equal score sums,
    # so the on-scores cannot all be >= 0 while the off-scores are all < 0.
    candidates = np.random.default_rng(1).normal(size=(50_000, 3))
    scores = INPUTS @ candidates[:, :2].T + candidates[:, 2]  # (4, k)
    on, off = GATES[name] == 1, GATES[name] == 0
    np.testing.assert_allclose(
        scores[on].sum(axis=0), scores[off].sum(axis=0), atol=1e-12
    )
    fits = (scores[on] >= 0).all(axis=0) & (scores[off] < 0).all(axis=0)
    assert not fits.any()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: separating(INPUTS, 2 * GATES["AND"] - 1, GRID),
            r"y: expected labels 0 or 1, got -1.0 at position 0",
        ),
        (
            lambda: separating(INPUTS, GATES["AND"][:1], GRID),
            r"y: expected shape \(4,\), got shape \(1,\)",
        ),
        (
            lambda: separating(INPUTS, GATES["AND"], GRID[:, :2]),
            r"candidates: expected shape \(any, 3\), got shape \(729, 2\)",
        ),
        (
            lambda: separating(np.ones((4, 3)), GATES["AND"], GRID),
            r"x: expected shape \(any, 2\), got shape \(4, 3\)",
        ),
        (
            lambda: widest(INPUTS, np.array([[0.0, 0.0, 1.0]])),
            r"w of candidates: expected no row of zeros, got \[0.0, 0.0\]",
        ),
        (
            lambda: widest(INPUTS, np.array([[1.0, np.nan, 1.0]])),
            r"candidates: expected finite numbers",
        ),
        (
            lambda: weight_grid(np.array([])),
            r"values: expected shape \(any,\), got shape \(0,\)",
        ),
        (
            lambda: balance(np.ones((2, 2))),
            r"candidates: expected shape \(any, 3\), got shape \(2, 2\)",
        ),
    ],
)
def test_bad_input_is_named_with_what_came(call, message):
    with pytest.raises(ValueError, match=message):
        call()
