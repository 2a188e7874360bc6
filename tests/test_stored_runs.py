"""nnmaths_site.execution.stored_run: the suite's per-chapter runs, once per change."""

import sys

import pytest

from nnmaths_site.execution import RECHECK, run_key, stored_run

# Appends an x to a file named count, and prints how many there are.
COUNT = (
    "import pathlib; p = pathlib.Path('count'); "
    "p.write_text((p.read_text() if p.exists() else '') + 'x'); "
    "print(len(p.read_text()))"
)


@pytest.fixture(autouse=True)
def stored_runs_reused(monkeypatch):
    """These tests show the reuse: `NNMATHS_RECHECK=1 make test` must not turn it off."""
    monkeypatch.delenv(RECHECK, raising=False)


def test_a_run_that_succeeded_is_replayed_without_running_again(tmp_path):
    command = [sys.executable, "-c", COUNT]
    first = stored_run(command, [COUNT], tmp_path, cwd=tmp_path)
    again = stored_run(command, [COUNT], tmp_path, cwd=tmp_path)
    assert first.stdout == again.stdout == "1\n"
    assert (tmp_path / "count").read_text() == "x"


def test_recheck_runs_again_what_was_stored(tmp_path, monkeypatch):
    command = [sys.executable, "-c", COUNT]
    stored_run(command, [COUNT], tmp_path, cwd=tmp_path)
    monkeypatch.setenv(RECHECK, "1")
    again = stored_run(command, [COUNT], tmp_path, cwd=tmp_path)
    assert again.stdout == "2\n"


def test_a_failed_run_is_not_stored(tmp_path):
    code = COUNT + "; raise SystemExit(3)"
    command = [sys.executable, "-c", code]
    for _ in range(2):
        assert (
            stored_run(command, [code], tmp_path, cwd=tmp_path).returncode == 3
        )
    assert (tmp_path / "count").read_text() == "xx"


def test_the_key_changes_with_an_imported_module_and_not_with_others(
    tmp_path,
):
    package = tmp_path / "src" / "nnmaths"
    package.mkdir(parents=True)
    for name in ("__init__", "used", "other"):
        (package / f"{name}.py").write_text(f"# {name}\n")
    sources = ["import nnmaths.used"]
    before = run_key(["python"], sources, tmp_path)
    (package / "other.py").write_text("# other, edited\n")
    assert run_key(["python"], sources, tmp_path) == before
    (package / "used.py").write_text("# used, edited\n")
    assert run_key(["python"], sources, tmp_path) != before
