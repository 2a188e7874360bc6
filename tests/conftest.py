import pathlib

import pytest
from projects import ROOT, build, git_status


@pytest.fixture(scope="session")
def status_before_build() -> str | None:
    return git_status()


@pytest.fixture(scope="session")
def site(tmp_path_factory, status_before_build) -> pathlib.Path:
    """The whole site, built once, strictly and executing everything, as CI and Pages do."""
    out = tmp_path_factory.mktemp("site")
    result = build(ROOT, out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep the tests that read the built site on one xdist worker, which builds it once."""
    for item in items:
        if "site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("site"))
