import pytest


@pytest.fixture(scope="session")
def program_output() -> str:
    """What ``python -m nnmaths.ch06`` prints: the book's three results, to three decimals."""
    return """\
Output before training:
[[0.758]
 [0.771]
 [0.791]
 [0.801]]
Output after training:
[[0.028]
 [0.925]
 [0.925]
 [0.090]]
Prediction for [1, 0, 1]:
[[0.925]]
"""
