import functools
import json
import os
import pathlib
import shutil
import subprocess
import tempfile
from collections.abc import Callable

import keyed
import pytest
from projects import (
    ROOT,
    build,
    build_in_background,
    git_status,
    wait_for_build,
)

# Where the whole run's site is being built, in the background (see pytest_configure).
PREBUILT = "NNMATHS_PREBUILT_SITE"
# A site built strictly before the tests ran (`make properdocs` builds it with ProperDocs).
BUILT = "NNMATHS_SITE"
BACKGROUND: list[tuple[pathlib.Path, subprocess.Popen]] = []


def pytest_configure(config: pytest.Config) -> None:
    """On a run of the whole suite, start building the site before any test runs.

    The xdist workers inherit the folder through the environment, so the build is done
    once, beside the tests that do not need it, and any worker can read the result.
    """
    worker = hasattr(config, "workerinput")
    whole_run = config.args_source == pytest.Config.ArgsSource.TESTPATHS
    if worker or not whole_run or config.option.collectonly:
        return
    folder = pathlib.Path(tempfile.mkdtemp(prefix="nnmaths-site-"))
    BACKGROUND.append((folder, build_in_background(folder)))
    os.environ[PREBUILT] = str(folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder, process in BACKGROUND:
        process.wait()
        shutil.rmtree(folder, ignore_errors=True)
    os.environ.pop(PREBUILT, None)


@pytest.fixture(scope="session")
def status_before_build() -> str | None:
    prebuilt = os.environ.get(PREBUILT)
    if prebuilt:
        return json.loads(
            (pathlib.Path(prebuilt) / "status.json").read_text(
                encoding="utf-8"
            )
        )
    return git_status()


@pytest.fixture(scope="session")
def site(tmp_path_factory, status_before_build) -> pathlib.Path:
    """The whole site, built once, strictly and executing everything, as CI and Pages do."""
    prebuilt = os.environ.get(PREBUILT)
    if os.environ.get(BUILT):
        return pathlib.Path(os.environ[BUILT])
    if prebuilt:
        result = wait_for_build(pathlib.Path(prebuilt))
        out = pathlib.Path(prebuilt) / "site"
    else:
        out = tmp_path_factory.mktemp("site")
        done = build(ROOT, out)
        result = {
            "returncode": done.returncode,
            "output": done.stdout + done.stderr,
        }
    assert result["returncode"] == 0, result["output"]
    assert "WARNING" not in result["output"], result["output"]
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
    """Run the tests that read the built site last, so the others run while it builds."""
    items.sort(key=lambda item: "site" in getattr(item, "fixturenames", ()))


@pytest.fixture
def unless_passed(request) -> Callable[..., str]:
    """Skip this test if it passed before with the same inputs (tests/keyed.py).

    Called with the inputs as (name, path) pairs (``keyed.named``), it returns their key;
    the pass is recorded once the test has passed (the conftest.py at the root).
    """
    return functools.partial(keyed.skip_if_passed, request.node)
